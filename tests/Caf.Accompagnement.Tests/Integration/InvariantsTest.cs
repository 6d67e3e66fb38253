using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Testing;
using Caf.Accompagnement.Tests.Contrats;
using Caf.Accompagnement.Tests.Droits;
using Caf.Accompagnement.Tests.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Integration;

/// <summary>Les vérifications d'invariants du paquet Testing, appliquées aux objets produits par la bibliothèque.</summary>
public sealed class InvariantsTest
{
    [Property(MaxTest = 100)]
    public Property Tout_echeancier_calcule_respecte_ses_invariants()
    {
        var gen = from capital in Gen.Choose(1, 1_000_000)
                  from n in Gen.Choose(1, 120)
                  where capital >= n
                  from premiere in GenerateursCaf.DateEntre(new LocalDate(2020, 1, 1), new LocalDate(2030, 12, 31))
                  select (capital, n, premiere);
        return Prop.ForAll(gen.ToArbitrary(), t =>
            Invariants.Echeancier(Echeancier.Calculer(Montant.FromCentimes(t.capital), t.n, t.premiere)).Count == 0);
    }

    [Property(MaxTest = 20)]
    public Property Toute_carte_validee_est_une_partition() =>
        Prop.ForAll(Gen.Choose(0, 10_000).SelectMany(g => Gen.Choose(1, 12).Select(s => (g, s))).ToArbitrary(), t =>
            Invariants.CarteDesSecteurs(CartesDeTest.Aleatoire(t.g, t.s)).Count == 0);

    [Property(MaxTest = 100)]
    public Property Tout_parcours_rejoue_est_coherent() =>
        Prop.ForAll(ParcoursModeleTest.Scenarios, commandes =>
            Invariants.Parcours(ParcoursModeleTest.Rejouer(commandes, Parcours.Ouvrir(Fixtures.Beneficiaire(), CarteDeTest.MontDeMarsan))).Count == 0);

    [Property(MaxTest = 30)]
    public Property Toute_campagne_planifiee_a_un_contact_par_foyer() =>
        Prop.ForAll(Gen.Choose(0, 100_000).ToArbitrary(), graine =>
        {
            var reference = new LocalDate(2022, 6, 13);
            var campagne = FoyersDeTest.Planificateur().Planifier(FoyersDeTest.Population(new Random(graine), 40, reference), reference);
            return Invariants.Campagne(campagne).Count == 0;
        });

    [Fact]
    public void Exemples_valides()
    {
        var carte = CartesDeTest.Aleatoire(1, 3);
        Assert.Empty(Invariants.CarteDesSecteurs(carte));
        var echeancier = Echeancier.Calculer(Montant.FromEuros(1000m), 3, new LocalDate(2022, 7, 30));
        Assert.Equal(["333,33 €", "333,33 €", "333,34 €"], echeancier.Echeances.Select(e => e.Montant.ToString()));
        Assert.Empty(Invariants.Echeancier(echeancier));
    }
}
