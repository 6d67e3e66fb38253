using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Testing;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Integration;

// Les arbitraires par défaut du paquet Testing, tels qu'un intégrateur les reçoit.
public sealed class ArbitrairesTest
{
    [Property(MaxTest = 50)]
    public Property Les_foyers_par_defaut_forment_une_population(Foyer[] foyers)
    {
        var distincts = foyers.DistinctBy(f => f.Numero).ToList();
        return Population.Create(distincts).Reussi.Label(string.Join(", ", distincts.Select(f => f.Commune)));
    }

    [Property(MaxTest = 200)]
    public bool Les_communes_par_defaut_existent(CodeCommune commune) => ReferentielCommunes.Cog2026.TryGet(commune, out _);

    [Property(MaxTest = 100)]
    public bool Les_retrecissements_d_un_foyer_sont_valides_et_plus_simples(Foyer foyer) =>
        RetrecisseursCaf.Foyer(foyer).All(f => f.Numero == foyer.Numero
            && (f.Enfants.Length < foyer.Enfants.Length || f.Evenements.Length < foyer.Evenements.Length
                || f.Prestations.Length < foyer.Prestations.Length || f.Demarches.Length < foyer.Demarches.Length
                || (f.Conjoint is null && foyer.Conjoint is not null)));

    [Fact]
    public void Un_contre_exemple_est_retreci_au_foyer_le_plus_simple()
    {
        // Propriété fausse dès qu'un foyer a un enfant : le contre-exemple retréci n'en a qu'un, sans conjoint ni événement.
        var arbitraire = ArbitrairesCaf.Foyer();
        var echec = Assert.ThrowsAny<Exception>(() => Prop.ForAll(arbitraire, f => f.Enfants.Length == 0)
            .QuickCheckThrowOnFailure());
        Assert.Contains("shrink", echec.Message, StringComparison.OrdinalIgnoreCase);
        var foyer = Gen.Sample(GenerateursCaf.Foyer(new LocalDate(2022, 6, 30)), 200).First(f => f.Enfants.Length > 1);
        var plusSimple = foyer;
        while (RetrecisseursCaf.Foyer(plusSimple).FirstOrDefault(f => f.Enfants.Length > 0) is { } suivant)
        {
            plusSimple = suivant;
        }

        Assert.Single(plusSimple.Enfants);
        Assert.Null(plusSimple.Conjoint);
        Assert.Empty(plusSimple.Evenements);
    }

    [Fact]
    public void Les_montants_dates_et_numeros_se_retrecissent_vers_leur_valeur_simple()
    {
        Assert.Equal(Montant.Zero, RetrecisseursCaf.Montant(Montant.FromEuros(12.34m)).First());
        Assert.Empty(RetrecisseursCaf.Montant(Montant.Zero));
        var repere = new LocalDate(2022, 6, 30);
        Assert.Equal([repere, repere.PlusDays(5)], RetrecisseursCaf.Date(repere.PlusDays(10), repere));
        Assert.Equal(1, RetrecisseursCaf.NumeroAllocataire(NumeroAllocataire.FromValeur(1234567)).First().Valeur);
    }
}
