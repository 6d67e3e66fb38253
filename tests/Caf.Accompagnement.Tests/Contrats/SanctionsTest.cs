using Caf.Accompagnement.Contrats;
using NodaTime;
using static Caf.Accompagnement.Tests.Contrats.Fixtures;

namespace Caf.Accompagnement.Tests.Contrats;

public sealed class SanctionsTest
{
    private static Manquement Manquement(LocalDate date) => new(Beneficiaire(), TypeManquement.NonRespect, date, 1);

    [Theory]
    [InlineData("2025-05-31", "SUSPENSION")]
    [InlineData("2025-06-01", "SUSPENSION_REMOBILISATION")]
    public void Le_regime_de_sanction_change_le_1er_juin_2025(string date, string code) =>
        Assert.Equal(code, RegimeDeSanction.Au(Dates.Create(date).Valeur).Code);

    // CASF L262-37 (avant le 1er juin 2025) : le bénéficiaire doit avoir pu être entendu par l'équipe
    // pluridisciplinaire, dans le mois qui suit sa saisine.
    [Theory]
    [InlineData("2023-03-01", "2023-03-20", "2023-03-20", null)]
    [InlineData("2023-03-01", "2023-03-20", "2023-03-19", "contrats.sanction.audition_prealable")]
    [InlineData("2023-03-01", "2023-04-01", "2023-04-01", null)]
    [InlineData("2023-03-01", "2023-04-02", "2023-04-05", "contrats.sanction.audition_hors_delai")]
    [InlineData("2023-03-01", null, "2023-03-31", "contrats.sanction.audition_prealable")]
    [InlineData("2023-03-01", null, "2023-04-01", null)]
    public void Suspension_apres_audition_possible_dans_le_mois(string saisine, string? audition, string decision, string? code)
    {
        var demande = new DemandeDeSanction(
            Manquement(new LocalDate(2023, 2, 1)),
            Dates.Create(decision).Valeur,
            50,
            null,
            new AuditionEquipePluridisciplinaire(Dates.Create(saisine).Valeur, audition is null ? null : Dates.Create(audition).Valeur));
        var r = Sanctions.Decider(demande);
        Assert.Equal(code, r.Erreurs.Select(e => e.Code).SingleOrDefault());
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(100, true)]
    [InlineData(0, false)]
    [InlineData(101, false)]
    public void Suspension_en_tout_ou_partie(int taux, bool accepte)
    {
        var d = new LocalDate(2023, 4, 10);
        var r = Sanctions.Decider(new DemandeDeSanction(Manquement(d), d, taux, null, new AuditionEquipePluridisciplinaire(new LocalDate(2023, 3, 1), new LocalDate(2023, 3, 15))));
        Assert.Equal(accepte, r.Reussi);
    }

    [Fact]
    public void Avant_juin_2025_la_suspension_dure_jusqu_a_la_signature_d_un_contrat()
    {
        var d = new LocalDate(2023, 4, 10);
        var sanction = Sanctions.Decider(new DemandeDeSanction(Manquement(d), d, 100, null, new AuditionEquipePluridisciplinaire(new LocalDate(2023, 3, 1), null))).Valeur;
        Assert.Null(sanction.Fin);
        Assert.True(sanction.EstEnVigueurAu(new LocalDate(2024, 1, 1)));
        var reprise = sanction.Reprendre(new LocalDate(2023, 6, 15)).Valeur;
        Assert.Equal(new LocalDate(2023, 6, 14), reprise.Fin);
        Assert.False(reprise.EstEnVigueurAu(new LocalDate(2023, 6, 15)));
        Assert.False(reprise.Reprendre(new LocalDate(2023, 7, 1)).Reussi);
        Assert.Equal("contrats.sanction.duree", Sanctions.Decider(new DemandeDeSanction(Manquement(d), d, 100, 2, new AuditionEquipePluridisciplinaire(new LocalDate(2023, 3, 1), null))).Erreurs[0].Code);
        Assert.Equal("contrats.sanction.audition_absente", Sanctions.Decider(new DemandeDeSanction(Manquement(d), d, 100, null, null)).Erreurs[0].Code);
    }

    // Décret du 30 mai 2025 : premier manquement 30-100 % pendant 1-2 mois ; réitération au moins 30 % pendant 1-4
    // mois ; au plus 50 % pour un foyer de plusieurs personnes.
    [Theory]
    [InlineData(false, false, 30, 1, null)]
    [InlineData(false, false, 100, 2, null)]
    [InlineData(false, false, 29, 1, "contrats.sanction.taux")]
    [InlineData(false, false, 30, 3, "contrats.sanction.duree")]
    [InlineData(false, false, 30, 0, "contrats.sanction.duree")]
    [InlineData(true, false, 30, 4, null)]
    [InlineData(true, false, 100, 1, null)]
    [InlineData(true, false, 29, 4, "contrats.sanction.taux")]
    [InlineData(true, false, 30, 5, "contrats.sanction.duree")]
    [InlineData(false, true, 50, 2, null)]
    [InlineData(false, true, 51, 2, "contrats.sanction.taux")]
    [InlineData(true, true, 50, 4, null)]
    [InlineData(true, true, 60, 4, "contrats.sanction.taux")]
    public void Bornes_de_la_suspension_remobilisation(bool reiteration, bool plusieurs, int taux, int duree, string? code)
    {
        var d = new LocalDate(2025, 7, 1);
        var r = Sanctions.Decider(new DemandeDeSanction(Manquement(d), d, taux, duree, null, reiteration, plusieurs));
        Assert.Equal(code, r.Erreurs.Select(e => e.Code).SingleOrDefault());
        if (r.Reussi)
        {
            Assert.Equal(RegimeDeSanction.SuspensionRemobilisation, r.Valeur.Regime);
            Assert.Equal(d.PlusMonths(duree).PlusDays(-1), r.Valeur.Fin);
            Assert.Contains("Décret du 30 mai 2025", r.Valeur.Explication.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void La_remobilisation_reverse_les_sommes_suspendues()
    {
        var d = new LocalDate(2025, 7, 1);
        var sanction = Sanctions.Decider(new DemandeDeSanction(Manquement(d), d, 50, 2, null)).Valeur;
        var rsa = Montant.FromEuros(646.52m);
        Assert.Equal(Montant.FromEuros(323.26m), sanction.Remobiliser(new LocalDate(2025, 7, 20), rsa).Valeur);
        Assert.Equal(Montant.FromEuros(646.52m), sanction.Remobiliser(new LocalDate(2025, 8, 1), rsa).Valeur);
        Assert.Equal(Montant.FromEuros(646.52m), sanction.Remobiliser(new LocalDate(2025, 12, 1), rsa).Valeur);
        Assert.False(sanction.Remobiliser(new LocalDate(2025, 6, 30), rsa).Reussi);
    }

    [Fact]
    public void Une_decision_ne_precede_pas_le_manquement()
    {
        var r = Sanctions.Decider(new DemandeDeSanction(Manquement(new LocalDate(2025, 7, 2)), new LocalDate(2025, 7, 1), 30, 1, null));
        Assert.Contains(r.Erreurs, e => e.Code == "contrats.sanction.decision_anterieure");
    }

    // CASF L262-38 : nouvelle demande dans l'année qui suit la décision de suspension → contrat préalable.
    [Theory]
    [InlineData("2023-04-10", "2024-04-09", true)]
    [InlineData("2023-04-10", "2024-04-10", false)]
    [InlineData("2024-02-29", "2025-02-27", true)]
    [InlineData("2024-02-29", "2025-02-28", false)]
    public void Regle_d_un_an(string suspension, string demande, bool exige)
    {
        var e = Sanctions.ContratPrealableExige(Dates.Create(suspension).Valeur, Dates.Create(demande).Valeur);
        Assert.Equal(exige, e.EstSatisfaite);
        Assert.Contains("L262-38", e.ToString(), StringComparison.Ordinal);
    }
}
