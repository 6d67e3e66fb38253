using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Cibles;
using NodaTime;

namespace Caf.Accompagnement.Tests;

// Les fabriques qui prennent des données d'entrée renvoient des erreurs, jamais d'exception ; les formats usuels.
public sealed class FabriquesTest
{
    [Theory]
    [InlineData(0, 10, "aides.pret.capital")]
    [InlineData(1000, 0, "aides.pret.duree")]
    [InlineData(1000, 121, "aides.pret.duree.maximale")]
    [InlineData(1000, 12, null)]
    public void Un_echeancier_se_cree_depuis_des_donnees_d_entree(decimal capital, int nombre, string? prefixe)
    {
        var r = Echeancier.Create(Montant.FromEuros(capital), nombre, new LocalDate(2022, 3, 5));
        if (prefixe is null)
        {
            Assert.True(Echeancier.Calculer(Montant.FromEuros(capital), nombre, new LocalDate(2022, 3, 5)).Echeances.SequenceEqual(r.Valeur.Echeances));
        }
        else
        {
            Assert.StartsWith(prefixe, Assert.Single(r.Erreurs).Code, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Un_echeancier_hors_calendrier_est_une_erreur() =>
        Assert.Equal("aides.pret.calendrier", Assert.Single(Echeancier.Create(Montant.FromEuros(100m), 24, new LocalDate(9999, 1, 1)).Erreurs).Code);

    [Fact]
    public void Un_generateur_de_population_d_un_departement_inconnu_est_une_erreur()
    {
        Assert.Equal("population.generation.departement", Assert.Single(GenerateurDePopulation.Create(new LocalDate(2022, 6, 30), 1, "00").Erreurs).Code);
        Assert.True(GenerateurDePopulation.Create(new LocalDate(2022, 6, 30), 1, "40").Reussi);
        Assert.Throws<ArgumentException>(() => GenerateurDePopulation.From(new LocalDate(2022, 6, 30), 1, "00"));
    }

    [Theory]
    [InlineData("C", "1 645,58 €")]
    [InlineData("G", "1 645,58 €")]
    [InlineData("N", "1 645,58")]
    [InlineData("F", "1645,58")]
    [InlineData("I", "1645.58")]
    public void Formats_de_montant(string format, string attendu) =>
        Assert.Equal(attendu, Montant.FromEuros(1645.58m).ToString(format, null).Replace('\u202F', ' ').Replace('\u00A0', ' '));

    [Fact]
    public void Format_F_d_un_montant_negatif_et_format_inconnu()
    {
        Assert.Equal("-12,50", Montant.FromEuros(-12.5m).ToString("F", null));
        Assert.Throws<FormatException>(() => Montant.FromEuros(1m).ToString("X", null));
    }

    [Fact]
    public void Les_entrees_du_journal_se_creent_aussi_depuis_des_valeurs_typees()
    {
        var date = new LocalDate(2022, 3, 1);
        Assert.Equal(Intervention.Create(date, "PARENTALITE", "S1", "TS-1").Valeur.ToString(), Intervention.Create(date, Motif.Parentalite, "S1", "TS-1").Valeur.ToString());
        Assert.Equal("activite.secteur.absent", Assert.Single(Intervention.Create(date, Motif.Logement, " ", "TS-1").Erreurs).Code);
        Assert.Equal(Motif.ImpayesDeLoyer, NouvelleDemande.Create(date, Motif.ImpayesDeLoyer, "S1").Valeur.Motif);
        var rdv = RendezVous.Create(date, StatutDeRendezVous.Tenu, OrigineDeRendezVous.AppelSortant, "S1", "TS-1", TypeEvenement.Separation).Valeur;
        Assert.Equal(TypeEvenement.Separation, rdv.EvenementLie);
        Assert.Null(RendezVous.Create(date, StatutDeRendezVous.Propose, OrigineDeRendezVous.AppelSortant, "S1", "TS-1").Valeur.EvenementLie);
    }
}
