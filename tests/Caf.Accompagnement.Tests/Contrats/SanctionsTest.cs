using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Contrats;
using NodaTime;
using static Caf.Accompagnement.Tests.Contrats.Fixtures;

namespace Caf.Accompagnement.Tests.Contrats;

public sealed class SanctionsTest
{
    private static readonly AuditionEquipePluridisciplinaire Entendu = new(new LocalDate(2023, 3, 1), new LocalDate(2023, 3, 15));

    private static Manquement Manquement(LocalDate date, TypeManquement? type = null) => new(Beneficiaire(), type ?? TypeManquement.NonRespect, date, 1);

    private static ObservationsPrealables Observe(LocalDate decision) => new(decision.PlusDays(-20), decision.PlusDays(-5));

    private static Resultat<Sanction> Ancien(int taux, int? duree, bool reiteration = false, bool plusieurs = false, NatureSanction? nature = null)
    {
        var d = new LocalDate(2023, 4, 10);
        return Sanctions.Decider(new DemandeDeSanction(Manquement(new LocalDate(2023, 2, 1)), d, taux, duree, Entendu, reiteration, plusieurs, Nature: nature));
    }

    private static Resultat<Sanction> Nouveau(int taux, int? duree, bool reiteration = false, bool plusieurs = false, bool majoration = false, NatureSanction? nature = null)
    {
        var d = new LocalDate(2025, 7, 1);
        return Sanctions.Decider(new DemandeDeSanction(Manquement(new LocalDate(2025, 6, 5)), d, taux, duree, null, reiteration, plusieurs, majoration, nature, Observe(d)));
    }

    private static string? Code(Resultat<Sanction> r) => r.Erreurs.Select(e => e.Code).SingleOrDefault();

    [Theory]
    [InlineData("2025-05-31", "SUSPENSION")]
    [InlineData("2025-06-01", "SUSPENSION_REMOBILISATION")]
    public void Le_regime_de_sanction_change_le_1er_juin_2025(string date, string code)
    {
        var jour = Dates.Create(date).Valeur;
        Assert.Equal(code, RegimeDeSanction.Au(jour).Code);
        Assert.Equal(code, Sanctions.BaremeOfficiel.ValeurAuOuLever(jour).Valeur.Regime.Code);
    }

    // CASF R262-68 (décret n° 2012-294), 1° : premier manquement, au plus 80 %, de un à trois mois ; 3° : foyer de plus
    // d'une personne, au plus 50 %.
    [Theory]
    [InlineData(1, 1, false, null)]
    [InlineData(80, 1, false, null)]
    [InlineData(81, 1, false, "contrats.sanction.taux")]
    [InlineData(100, 3, false, "contrats.sanction.taux")]
    [InlineData(0, 1, false, "contrats.sanction.taux")]
    [InlineData(80, 3, false, null)]
    [InlineData(80, 4, false, "contrats.sanction.duree")]
    [InlineData(80, 0, false, "contrats.sanction.duree")]
    [InlineData(50, 3, true, null)]
    [InlineData(51, 3, true, "contrats.sanction.taux")]
    public void Avant_juin_2025_premier_manquement(int taux, int duree, bool plusieurs, string? code)
    {
        var r = Ancien(taux, duree, plusieurs: plusieurs);
        Assert.Equal(code, Code(r));
        if (r.Reussi)
        {
            Assert.Equal(RegimeDeSanction.Suspension, r.Valeur.Regime);
            Assert.Equal(new LocalDate(2023, 4, 10).PlusMonths(duree).PlusDays(-1), r.Valeur.Fin);
            Assert.Contains(r.Valeur.Explication.Parametres, p => p.Reference.Contains("R262-68, 1°", StringComparison.Ordinal));
        }
    }

    // CASF R262-68, 2° : réitération, montant fixé par le président du conseil départemental, de un à quatre mois ; 3° :
    // 50 % au plus pour un foyer de plus d'une personne.
    [Theory]
    [InlineData(100, 4, false, null)]
    [InlineData(100, 5, false, "contrats.sanction.duree")]
    [InlineData(1, 1, false, null)]
    [InlineData(50, 4, true, null)]
    [InlineData(51, 4, true, "contrats.sanction.taux")]
    public void Avant_juin_2025_reiteration(int taux, int duree, bool plusieurs, string? code) =>
        Assert.Equal(code, Code(Ancien(taux, duree, reiteration: true, plusieurs: plusieurs)));

    [Fact]
    public void Une_suspension_jusqu_a_la_signature_d_un_contrat_est_refusee_sous_les_deux_regimes()
    {
        Assert.Equal("contrats.sanction.duree_indeterminee", Code(Ancien(50, null)));
        Assert.Equal("contrats.sanction.duree_indeterminee", Code(Nouveau(50, null)));
    }

    [Fact]
    public void Avant_juin_2025_pas_de_suppression() =>
        Assert.Equal("contrats.sanction.nature", Code(Ancien(50, 2, reiteration: true, nature: NatureSanction.Suppression)));

    // CASF L262-37 (avant le 1er juin 2025) : le bénéficiaire doit avoir pu être entendu par l'équipe
    // pluridisciplinaire, dans le mois qui suit sa saisine.
    [Theory]
    [InlineData("2023-03-01", "2023-03-20", "2023-03-20", null)]
    [InlineData("2023-03-01", "2023-03-20", "2023-03-19", "contrats.sanction.audition_prealable")]
    [InlineData("2023-03-01", "2023-04-01", "2023-04-01", null)]
    [InlineData("2023-03-01", "2023-04-02", "2023-04-05", "contrats.sanction.audition_hors_delai")]
    [InlineData("2023-03-01", null, "2023-03-31", "contrats.sanction.audition_prealable")]
    [InlineData("2023-03-01", null, "2023-04-01", null)]
    public void Sanction_apres_audition_possible_dans_le_mois(string saisine, string? audition, string decision, string? code)
    {
        var demande = new DemandeDeSanction(
            Manquement(new LocalDate(2023, 2, 1)),
            Dates.Create(decision).Valeur,
            50,
            2,
            new AuditionEquipePluridisciplinaire(Dates.Create(saisine).Valeur, audition is null ? null : Dates.Create(audition).Valeur));
        Assert.Equal(code, Code(Sanctions.Decider(demande)));
    }

    [Fact]
    public void Avant_juin_2025_la_signature_d_un_contrat_met_fin_a_la_sanction()
    {
        var sanction = Ancien(80, 3).Valeur;
        Assert.Equal(new LocalDate(2023, 7, 9), sanction.Fin);
        Assert.True(sanction.EstEnVigueurAu(new LocalDate(2023, 7, 9)));
        Assert.False(sanction.EstEnVigueurAu(new LocalDate(2023, 7, 10)));
        var reprise = sanction.Reprendre(new LocalDate(2023, 6, 15)).Valeur;
        Assert.Equal(new LocalDate(2023, 6, 14), reprise.Fin);
        Assert.False(reprise.EstEnVigueurAu(new LocalDate(2023, 6, 15)));
        Assert.False(reprise.Reprendre(new LocalDate(2023, 7, 1)).Reussi);
        Assert.False(sanction.Reprendre(new LocalDate(2023, 7, 10)).Reussi);
        Assert.Equal("contrats.sanction.audition_absente", Code(Sanctions.Decider(new DemandeDeSanction(Manquement(new LocalDate(2023, 2, 1)), new LocalDate(2023, 4, 10), 50, 2, null))));
    }

    // CASF L262-38 et R262-40 (rédaction antérieure) : radiation au terme de quatre mois de suspension totale.
    [Fact]
    public void Avant_juin_2025_la_radiation_suit_quatre_mois_de_suspension_totale()
    {
        var totale = Ancien(100, 4, reiteration: true).Valeur;
        Assert.Equal(new LocalDate(2023, 8, 10), totale.RadiationPossibleAPartirDu);
        Assert.Null(Ancien(100, 3, reiteration: true).Valeur.RadiationPossibleAPartirDu);
        Assert.Null(Ancien(99, 4, reiteration: true).Valeur.RadiationPossibleAPartirDu);
        Assert.Null(totale.Reprendre(new LocalDate(2023, 6, 1)).Valeur.RadiationPossibleAPartirDu);
    }

    // Décret n° 2025-478 : premier manquement, suspension d'au moins 30 % pendant 1 à 2 mois (CASF R262-68, 1° ;
    // R262-68-1, 1°) ; réitération, au moins 30 % pendant 1 à 4 mois (2°) ; au plus 50 % pour un foyer de plus d'une
    // personne ou d'une personne bénéficiant de la majoration de L262-9 (R262-68-6).
    [Theory]
    [InlineData(false, false, false, 30, 1, null)]
    [InlineData(false, false, false, 100, 2, null)]
    [InlineData(false, false, false, 29, 1, "contrats.sanction.taux")]
    [InlineData(false, false, false, 30, 3, "contrats.sanction.duree")]
    [InlineData(false, false, false, 30, 0, "contrats.sanction.duree")]
    [InlineData(true, false, false, 30, 4, null)]
    [InlineData(true, false, false, 100, 1, null)]
    [InlineData(true, false, false, 29, 4, "contrats.sanction.taux")]
    [InlineData(true, false, false, 30, 5, "contrats.sanction.duree")]
    [InlineData(false, true, false, 50, 2, null)]
    [InlineData(false, true, false, 51, 2, "contrats.sanction.taux")]
    [InlineData(true, true, false, 50, 4, null)]
    [InlineData(true, true, false, 60, 4, "contrats.sanction.taux")]
    [InlineData(false, false, true, 50, 2, null)]
    [InlineData(false, false, true, 51, 2, "contrats.sanction.taux")]
    [InlineData(true, false, true, 51, 4, "contrats.sanction.taux")]
    public void Bornes_de_la_suspension_remobilisation(bool reiteration, bool plusieurs, bool majoration, int taux, int duree, string? code)
    {
        var r = Nouveau(taux, duree, reiteration, plusieurs, majoration);
        Assert.Equal(code, Code(r));
        if (r.Reussi)
        {
            Assert.Equal(RegimeDeSanction.SuspensionRemobilisation, r.Valeur.Regime);
            Assert.Equal(new LocalDate(2025, 7, 1).PlusMonths(duree).PlusDays(-1), r.Valeur.Fin);
            Assert.Contains("décret n° 2025-478", r.Valeur.Explication.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Avant_juin_2025_la_majoration_seule_ne_plafonne_pas() =>
        Assert.Null(Code(Sanctions.Decider(new DemandeDeSanction(Manquement(new LocalDate(2023, 2, 1)), new LocalDate(2023, 4, 10), 80, 1, Entendu, MajorationIsolement: true))));

    // Le barème est celui de la date de la décision, un jour de part et d'autre du 1er juin 2025.
    [Fact]
    public void Bascule_du_bareme_le_1er_juin_2025()
    {
        var constat = new LocalDate(2025, 3, 1);
        var veille = new LocalDate(2025, 5, 31);
        var jour = new LocalDate(2025, 6, 1);
        var saisine = new AuditionEquipePluridisciplinaire(new LocalDate(2025, 4, 1), new LocalDate(2025, 4, 15));
        var observations = new ObservationsPrealables(new LocalDate(2025, 4, 1), null);

        // 80 % pendant 3 mois : légal la veille (R262-68 ancien, 1°), illégal le jour même (1 à 2 mois).
        Assert.Null(Code(Sanctions.Decider(new DemandeDeSanction(Manquement(constat, TypeManquement.RefusContratEngagement), veille, 80, 3, saisine))));
        Assert.Equal("contrats.sanction.duree", Code(Sanctions.Decider(new DemandeDeSanction(Manquement(constat, TypeManquement.RefusContratEngagement), jour, 80, 3, null, Observations: observations))));

        // 20 % : légal la veille, sous le minimum de 30 % le jour même.
        Assert.Null(Code(Sanctions.Decider(new DemandeDeSanction(Manquement(constat), veille, 20, 1, saisine))));
        Assert.Equal("contrats.sanction.taux", Code(Sanctions.Decider(new DemandeDeSanction(Manquement(constat), jour, 20, 1, null, Observations: observations))));

        // La procédure change aussi : audition la veille, observations le jour même.
        Assert.Equal("contrats.sanction.audition_absente", Code(Sanctions.Decider(new DemandeDeSanction(Manquement(constat), veille, 30, 1, null, Observations: observations))));
        Assert.Equal("contrats.sanction.observations_absentes", Code(Sanctions.Decider(new DemandeDeSanction(Manquement(constat), jour, 30, 1, saisine))));
    }

    [Fact]
    public void Une_date_aux_limites_du_calendrier_est_une_erreur()
    {
        var fin = new LocalDate(9999, 12, 31);
        var r = Sanctions.Decider(new DemandeDeSanction(Manquement(fin), fin, 100, 4, new AuditionEquipePluridisciplinaire(fin, null), Observations: new ObservationsPrealables(fin, null)));
        Assert.Equal("contrats.sanction.date_limite", Code(r));
        Assert.True(Sanctions.ContratPrealableExige(fin, fin).EstSatisfaite);
        var debut = new LocalDate(1, 1, 1);
        Assert.Equal("contrats.sanction.hors_bareme", Code(Sanctions.Decider(new DemandeDeSanction(Manquement(debut), debut, 50, 1, new AuditionEquipePluridisciplinaire(debut, null)))));
    }

    [Fact]
    public void Aucune_decision_avant_le_premier_bareme()
    {
        var d = new LocalDate(2012, 3, 2);
        Assert.Equal("contrats.sanction.hors_bareme", Code(Sanctions.Decider(new DemandeDeSanction(Manquement(d.PlusDays(-30)), d, 50, 2, new AuditionEquipePluridisciplinaire(d.PlusDays(-40), d.PlusDays(-35))))));
        Assert.True(Sanctions.Decider(new DemandeDeSanction(Manquement(d.PlusDays(-29)), d.PlusDays(1), 50, 2, new AuditionEquipePluridisciplinaire(d.PlusDays(-39), d.PlusDays(-34)))).Reussi);
    }

    // Depuis le 1er juin 2025 : la personne est mise à même de présenter ses observations avant la décision.
    [Theory]
    [InlineData("2025-07-01", null, "2025-07-11", null)]
    [InlineData("2025-07-01", null, "2025-07-10", "contrats.sanction.observations_prealables")]
    [InlineData("2025-07-01", "2025-07-04", "2025-07-04", null)]
    [InlineData("2025-07-01", "2025-07-04", "2025-07-03", "contrats.sanction.observations_prealables")]
    [InlineData("2025-07-01", "2025-06-30", "2025-07-15", "contrats.sanction.observations_date")]
    public void Observations_prealables(string information, string? observations, string decision, string? code)
    {
        var o = new ObservationsPrealables(Dates.Create(information).Valeur, observations is null ? null : Dates.Create(observations).Valeur);
        var r = Sanctions.Decider(new DemandeDeSanction(Manquement(new LocalDate(2025, 6, 20)), Dates.Create(decision).Valeur, 30, 1, null, Observations: o));
        Assert.Equal(code, Code(r));
    }

    [Fact]
    public void Le_delai_des_observations_est_un_parametre_date()
    {
        var officiel = Sanctions.BaremeOfficiel.ValeurAuOuLever(new LocalDate(2025, 6, 1));
        var departement = Sanctions.BaremeOfficiel.AvecValeur(officiel with
        {
            Debut = new LocalDate(2026, 1, 1),
            Valeur = new BaremeDeSanction(
                officiel.Valeur.Regime, officiel.Valeur.PremierManquement, officiel.Valeur.Reiteration, 50, true, officiel.Valeur.ReferencePlafond,
                true, 15, "Règlement départemental : 15 jours", 4, officiel.Valeur.ReferenceRadiation),
            Reference = "Règlement départemental",
        }).Valeur;
        var o = new ObservationsPrealables(new LocalDate(2026, 3, 1), null);
        var demande = new DemandeDeSanction(Manquement(new LocalDate(2026, 2, 20)), new LocalDate(2026, 3, 11), 30, 1, null, Observations: o);
        Assert.True(Sanctions.Decider(demande).Reussi);
        Assert.Equal("contrats.sanction.observations_prealables", Code(Sanctions.Decider(demande, departement)));
        Assert.True(Sanctions.Decider(demande with { DateDecision = new LocalDate(2026, 3, 16) }, departement).Reussi);
    }

    // CASF R262-68 et R262-68-1, 2° : la suppression n'est possible qu'en cas de persistance ou de réitération, et n'est
    // jamais reversée ; une suppression totale de quatre mois ouvre la radiation.
    [Fact]
    public void Suppression_seulement_en_cas_de_reiteration_et_sans_reversement()
    {
        Assert.Equal("contrats.sanction.nature", Code(Nouveau(50, 2, nature: NatureSanction.Suppression)));
        var suppression = Nouveau(100, 4, reiteration: true, nature: NatureSanction.Suppression).Valeur;
        Assert.Equal(NatureSanction.Suppression, suppression.Nature);
        Assert.False(suppression.Remobiliser(new LocalDate(2025, 8, 1), Montant.FromEuros(646.52m)).Reussi);
        Assert.Equal(new LocalDate(2025, 11, 1), suppression.RadiationPossibleAPartirDu);
        Assert.Null(Nouveau(100, 4, reiteration: true).Valeur.RadiationPossibleAPartirDu);
        Assert.Null(Nouveau(100, 3, reiteration: true, nature: NatureSanction.Suppression).Valeur.RadiationPossibleAPartirDu);
        Assert.Contains("Les sommes supprimées ne sont pas reversées.", suppression.Explication.Operations);
    }

    [Fact]
    public void La_remobilisation_reverse_les_sommes_suspendues()
    {
        var sanction = Nouveau(50, 2).Valeur;
        var rsa = Montant.FromEuros(646.52m);
        Assert.Equal(Montant.FromEuros(323.26m), sanction.Remobiliser(new LocalDate(2025, 7, 20), rsa).Valeur);
        Assert.Equal(Montant.FromEuros(646.52m), sanction.Remobiliser(new LocalDate(2025, 8, 1), rsa).Valeur);
        Assert.Equal(Montant.FromEuros(646.52m), sanction.Remobiliser(new LocalDate(2025, 12, 1), rsa).Valeur);
        Assert.False(sanction.Remobiliser(new LocalDate(2025, 6, 30), rsa).Reussi);
    }

    // CASF L262-37 : les manquements prévus changent le 1er janvier 2025 (loi n° 2023-1196).
    [Theory]
    [InlineData("2024-12-31", "NON_SIGNATURE", true)]
    [InlineData("2025-01-01", "NON_SIGNATURE", false)]
    [InlineData("2024-12-31", "RADIATION_DE", true)]
    [InlineData("2025-01-01", "RADIATION_DE", false)]
    [InlineData("2024-12-31", "REFUS_CONTRAT", false)]
    [InlineData("2025-01-01", "REFUS_CONTRAT", true)]
    [InlineData("2025-01-01", "REFUS_OFFRES", true)]
    [InlineData("2024-12-31", "NON_RESPECT", true)]
    [InlineData("2025-01-01", "REFUS_CONTROLE", true)]
    public void Les_manquements_prevus_par_la_loi_a_leur_date(string date, string code, bool prevu)
    {
        var jour = Dates.Create(date).Valeur;
        var type = TypeManquement.Create(code, "manquement").Valeur;
        Assert.Equal(prevu, type.EstPrevuAu(jour));
        var decision = new LocalDate(2025, 7, 15);
        var r = Sanctions.Decider(new DemandeDeSanction(new Manquement(Beneficiaire(), type, jour), decision, 30, 1, null, Observations: Observe(decision)));
        Assert.Equal(prevu ? null : "contrats.sanction.manquement_hors_regime", Code(r));
    }

    [Fact]
    public void Une_decision_ne_precede_pas_le_manquement()
    {
        var r = Sanctions.Decider(new DemandeDeSanction(Manquement(new LocalDate(2025, 7, 2)), new LocalDate(2025, 7, 1), 30, 1, null, Observations: new ObservationsPrealables(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 2))));
        Assert.Contains(r.Erreurs, e => e.Code == "contrats.sanction.decision_anterieure");
    }

    // CRPA L211-2 et L211-5 : la décision défavorable est motivée ; CASF L262-47 et CJA R421-5 : ses voies et délais de
    // recours sont mentionnés.
    [Fact]
    public void Une_sanction_est_motivee_et_porte_ses_voies_de_recours()
    {
        var e = Nouveau(40, 2).Valeur.Explication;
        Assert.True(VoieDeRecours.DecisionRsa.SequenceEqual(e.VoiesDeRecours));
        Assert.Contains(e.VoiesDeRecours, v => v.Reference.Contains("L262-47", StringComparison.Ordinal) && v.DelaiEnMois == 2);
        Assert.Contains(e.VoiesDeRecours, v => v.Reference.Contains("R421-5", StringComparison.Ordinal));
        Assert.Contains("En droit : ", e.Motivation, StringComparison.Ordinal);
        Assert.Contains("R262-68", e.Motivation, StringComparison.Ordinal);
        Assert.Contains("En fait : ", e.Motivation, StringComparison.Ordinal);
        Assert.Contains("Voies et délais de recours", e.ToString(), StringComparison.Ordinal);
        Assert.Contains("Président du conseil départemental", e.ToString(), StringComparison.Ordinal);
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
        Assert.Equal(exige, !e.VoiesDeRecours.IsEmpty);
    }
}
