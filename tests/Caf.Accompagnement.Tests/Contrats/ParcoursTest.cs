using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Foyers;
using NodaTime;
using static Caf.Accompagnement.Tests.Contrats.Fixtures;

namespace Caf.Accompagnement.Tests.Contrats;

public sealed class ParcoursTest
{
    private static readonly LocalDate Orientation = new(2022, 3, 15);

    [Fact]
    public void Une_nouvelle_orientation_ecourte_la_precedente_a_la_veille_et_l_enregistre()
    {
        var p = Parcours.Ouvrir(Beneficiaire(), CarteDeTest.MontDeMarsan).Orienter(TypeOrientation.Professionnelle, Orientation).Apres();
        var r = p.Orienter(TypeOrientation.Sociale, new LocalDate(2022, 9, 1));

        var evenement = Assert.IsType<BeneficiaireOriente>(r.Valeur.Evenement);
        Assert.Equal(new LocalDate(2022, 8, 31), evenement.PrecedenteEcourtee!.Fin);
        Assert.True(evenement.PrecedenteEcourtee.EcourteeParReorientation);
        var apres = r.Apres();
        Assert.Equal(TypeOrientation.Professionnelle, apres.OrientationAu(new LocalDate(2022, 8, 31))!.Type);
        Assert.Equal(TypeOrientation.Sociale, apres.OrientationAu(new LocalDate(2022, 9, 1))!.Type);
        Assert.Null(apres.OrientationAu(Orientation.PlusDays(-1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void Une_orientation_non_posterieure_a_la_precedente_est_refusee(int jours)
    {
        var p = Parcours.Ouvrir(Beneficiaire(), CarteDeTest.MontDeMarsan).Orienter(TypeOrientation.Sociale, Orientation).Apres();
        var r = p.Orienter(TypeOrientation.MoinsDe25Ans, Orientation.PlusDays(jours));
        Assert.Equal("contrats.orientation.anterieure", r.Code());
        Assert.Single(p.Orientations);
    }

    [Fact]
    public void Un_referent_caf_doit_etre_le_travailleur_social_du_secteur_du_foyer()
    {
        var p = Parcours.Ouvrir(Beneficiaire(), CarteDeTest.MontDeMarsan);
        Assert.Equal("contrats.referent.hors_secteur", p.DesignerReferent(Ts2, Orientation, CarteDeTest.Instance).Code());
        Assert.True(p.DesignerReferent(Ts1, Orientation, CarteDeTest.Instance).Reussi);
        Assert.True(p.DesignerReferent(Cd, Orientation, CarteDeTest.Instance).Reussi);
        var horsCarte = Parcours.Ouvrir(Beneficiaire(), CarteDeTest.HorsCarte);
        Assert.Equal("contrats.referent.secteur_inconnu", horsCarte.DesignerReferent(Ts1, Orientation, CarteDeTest.Instance).Code());
        Assert.True(horsCarte.DesignerReferent(Cd, Orientation, CarteDeTest.Instance).Reussi);
    }

    [Fact]
    public void Les_changements_de_referent_sont_dates_et_conserves()
    {
        var p = Oriente(Orientation).DesignerReferent(Cd, new LocalDate(2022, 6, 1), CarteDeTest.Instance).Apres();
        Assert.Equal(2, p.Referents.Length);
        Assert.Equal(Ts1, p.ReferentAu(new LocalDate(2022, 5, 31)));
        Assert.Equal(Cd, p.ReferentAu(new LocalDate(2022, 6, 1)));
        Assert.Equal(new LocalDate(2022, 5, 31), p.Referents[0].Fin);
        Assert.Equal("contrats.referent.inchange", p.DesignerReferent(Cd, new LocalDate(2022, 7, 1), CarteDeTest.Instance).Code());
        Assert.Equal("contrats.referent.anterieur", p.DesignerReferent(Ts1, new LocalDate(2022, 6, 1), CarteDeTest.Instance).Code());
    }

    [Fact]
    public void Chaque_membre_d_un_couple_signe_son_propre_contrat()
    {
        var numero = NumeroAllocataire.FromValeur(7654321);
        var allocataire = IdentifiantBeneficiaire.From(numero, RoleDansLeFoyer.Allocataire);
        var conjoint = IdentifiantBeneficiaire.From(numero, RoleDansLeFoyer.Conjoint);
        Assert.NotEqual(allocataire, conjoint);
        Assert.Equal("contrats.beneficiaire.role", IdentifiantBeneficiaire.Create(numero, RoleDansLeFoyer.Enfant).Erreurs[0].Code);
        Assert.DoesNotContain("7654321", allocataire.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Etablir_sans_orientation_ni_referent_rapporte_les_deux_regles()
    {
        var r = Parcours.Ouvrir(Beneficiaire(), CarteDeTest.MontDeMarsan).EtablirContrat(Orientation, Actions(Orientation));
        Assert.Equal(["contrats.contrat.sans_orientation", "contrats.contrat.sans_referent"], r.Erreurs.Select(e => e.Code));
    }

    // CASF L262-36 : signature dans les deux mois de l'orientation ; au-delà, la signature est enregistrée et signalée.
    [Theory]
    [InlineData("2022-03-15", "2022-05-15", false)]
    [InlineData("2022-03-15", "2022-05-16", true)]
    [InlineData("2022-12-31", "2023-02-28", false)]
    [InlineData("2022-12-31", "2023-03-01", true)]
    [InlineData("2023-12-31", "2024-02-29", false)]
    public void Le_delai_de_signature_est_de_deux_mois_apres_l_orientation(string orientation, string signature, bool tardive)
    {
        var o = Dates.Create(orientation).Valeur;
        var s = Dates.Create(signature).Valeur;
        var r = AvecBrouillon(o).Signer(1, s);
        var evenement = Assert.IsType<ContratSigne>(r.Valeur.Evenement);
        Assert.Equal(tardive, evenement.SignatureTardive);
        Assert.Equal(tardive, r.Apres().Contrats[0].SignatureTardive);
        Assert.Equal(o.PlusMonths(2), evenement.DateLimite);
    }

    // Loi n° 2023-1196 : le contrat d'engagement remplace le CER le 1er janvier 2025.
    [Theory]
    [InlineData("2024-12-31", "CER")]
    [InlineData("2025-01-01", "CE")]
    public void Le_regime_bascule_le_1er_janvier_2025(string date, string regime)
    {
        var d = Dates.Create(date).Valeur;
        Assert.Equal(regime, RegimeContrat.Au(d).Code);
        var contrat = AvecBrouillon(d).Contrats[0];
        Assert.Equal(regime, contrat.Regime.Code);
        Assert.Equal(regime == "CE", contrat.PlanDAction is not null);
    }

    [Fact]
    public void Un_contrat_d_engagement_exige_un_plan_d_action_et_un_cer_n_en_a_pas()
    {
        var d2025 = new LocalDate(2025, 2, 1);
        Assert.Equal("contrats.plan.absent", Oriente(d2025).EtablirContrat(d2025, Actions(d2025)).Code());
        Assert.Equal("contrats.plan.sans_objet", Oriente(Orientation).EtablirContrat(Orientation, Actions(Orientation), Plan15).Code());
    }

    [Theory]
    [InlineData(15, null, true)]
    [InlineData(20, null, true)]
    [InlineData(14, null, false)]
    [InlineData(8, "Parent isolé sans solution de garde", true)]
    [InlineData(0, "Raison de santé", true)]
    [InlineData(-1, "x", false)]
    public void Le_plan_d_action_compte_au_moins_15_heures_sauf_ajustement_motive(int heures, string? motif, bool accepte)
    {
        var r = PlanDAction.Create(heures, motif);
        Assert.Equal(accepte, r.Reussi);
        if (accepte)
        {
            Assert.Equal(heures < 15, r.Valeur.EstAjuste);
        }
    }

    [Fact]
    public void Un_cer_non_signe_au_31_decembre_2024_ne_peut_plus_etre_signe()
    {
        var p = AvecBrouillon(new LocalDate(2024, 12, 1));
        Assert.True(p.Signer(1, new LocalDate(2024, 12, 31)).Reussi);
        Assert.Equal("contrats.contrat.regime_change", p.Signer(1, new LocalDate(2025, 1, 1)).Code());
    }

    [Fact]
    public void Cycle_de_vie_signe_en_cours_renouvele_puis_rompu()
    {
        var p = AvecBrouillon(Orientation, duree: 6).Signer(1, new LocalDate(2022, 4, 1)).Apres();
        var c1 = p.Contrats[0];
        Assert.Equal(StatutContrat.Signe, c1.Statut);
        Assert.Equal(new LocalDate(2022, 9, 30), c1.Fin);
        p = p.Commencer(1, new LocalDate(2022, 4, 1)).Apres();
        Assert.Equal(StatutContrat.EnCours, p.Contrats[0].Statut);

        var r = p.Renouveler(1, new LocalDate(2022, 9, 15), Actions(new LocalDate(2022, 12, 1)), dureeEnMois: 3);
        var ev = Assert.IsType<ContratRenouvele>(r.Valeur.Evenement);
        p = r.Apres();
        Assert.Equal(StatutContrat.Renouvele, p.Contrats[0].Statut);
        Assert.Equal(2, p.Contrats[0].Successeur);
        Assert.Equal(1, p.Contrats[1].Predecesseur);
        Assert.Equal(new LocalDate(2022, 10, 1), p.Contrats[1].Debut);
        Assert.Equal(ev.DebutSuccesseur, p.Contrats[1].Debut);
        Assert.Equal("contrats.contrat.statut", p.Rompre(1, new LocalDate(2022, 9, 20), "absences").Code());

        p = p.Rompre(2, new LocalDate(2022, 11, 10), "Absence répétée aux rendez-vous").Apres();
        Assert.Equal(StatutContrat.Rompu, p.Contrats[1].Statut);
        Assert.Equal(new LocalDate(2022, 11, 10), p.Contrats[1].FinEffective);
        Assert.Equal("Absence répétée aux rendez-vous", p.Contrats[1].Motif);
        Assert.Null(p.ContratActifAu(new LocalDate(2022, 11, 11)));
    }

    [Fact]
    public void Un_avenant_garde_l_historique()
    {
        var p = AvecBrouillon(Orientation).Signer(1, Orientation).Apres();
        var avant = p.Contrats[0].Engagements;
        var nouvelles = new[] { new Engagement(DomaineEngagement.Mobilite, DebiteurEngagement.Beneficiaire, "Passer le code de la route", new LocalDate(2022, 8, 1)) };
        p = p.Amender(1, new LocalDate(2022, 5, 2), "Nouveau projet de mobilité", nouvelles).Apres();
        var c = p.Contrats[0];
        Assert.Equal(nouvelles, c.Engagements);
        var avenant = Assert.Single(c.Avenants);
        Assert.Equal(avant, avenant.EngagementsAvant);
        Assert.Equal("contrats.contrat.motif_vide", p.Amender(1, new LocalDate(2022, 5, 3), " ", nouvelles).Code());
        Assert.Equal("contrats.contrat.date_anterieure", p.Amender(1, new LocalDate(2022, 5, 1), "x", nouvelles).Code());
    }

    [Fact]
    public void Signer_un_contrat_qui_chevauche_un_contrat_en_cours_est_refuse_et_rien_ne_change()
    {
        var p = AvecBrouillon(Orientation).Signer(1, Orientation).Apres();
        p = p.EtablirContrat(new LocalDate(2022, 5, 1), Actions(new LocalDate(2022, 8, 1))).Apres();
        var r = p.Signer(2, new LocalDate(2022, 5, 2));
        Assert.Equal("contrats.contrat.chevauchement", r.Code());
        Assert.Equal(StatutContrat.Brouillon, p.Contrats[1].Statut);
        p = p.Terminer(1, new LocalDate(2022, 5, 1), "Déménagement dans le département").Apres();
        Assert.True(p.Signer(2, new LocalDate(2022, 5, 2)).Reussi);
    }

    [Fact]
    public void Un_renouvellement_apres_la_fin_ou_au_dela_de_la_limite_est_refuse()
    {
        var parametres = new ParametresDepartementaux(3, 6, 1);
        var p = Oriente(Orientation, parametres).EtablirContrat(Orientation, Actions(Orientation)).Apres().Signer(1, Orientation).Apres();
        Assert.Equal("contrats.renouvellement.tardif", p.Renouveler(1, p.Contrats[0].Fin!.Value.PlusDays(1), Actions(Orientation)).Code());
        p = p.Renouveler(1, Orientation.PlusMonths(2), Actions(Orientation)).Apres();
        Assert.Equal("contrats.renouvellement.limite", p.Renouveler(2, Orientation.PlusMonths(4), Actions(Orientation)).Code());
        Assert.Equal("contrats.contrat.duree", p.EtablirContrat(Orientation.PlusMonths(4), Actions(Orientation), dureeEnMois: 7).Erreurs[0].Code);
    }

    [Fact]
    public void L_expiration_se_constate_apres_la_fin()
    {
        var p = AvecBrouillon(Orientation, duree: 2).Signer(1, Orientation).Apres();
        Assert.Equal("contrats.contrat.non_echu", p.ConstaterExpiration(1, new LocalDate(2022, 5, 14)).Code());
        Assert.Equal(StatutContrat.Expire, p.ConstaterExpiration(1, new LocalDate(2022, 5, 15)).Apres().Contrats[0].Statut);
    }

    [Fact]
    public void Le_suivi_d_une_action_met_a_jour_son_statut()
    {
        var p = AvecBrouillon(Orientation).Signer(1, Orientation).Apres();
        p = p.SuivreEngagement(1, 0, StatutEngagement.Realise, new LocalDate(2022, 6, 1)).Apres();
        Assert.Equal(StatutEngagement.Realise, p.Contrats[0].Engagements[0].Statut);
        Assert.Equal("contrats.engagement.inconnu", p.SuivreEngagement(1, 5, StatutEngagement.Realise, new LocalDate(2022, 6, 1)).Code());
    }

    [Fact]
    public void Un_contrat_de_la_caf_agit_par_delegation_du_departement()
    {
        var c = AvecBrouillon(Orientation).Contrats[0];
        Assert.Equal(OrganismeReferent.Caf, c.Delegataire);
        Assert.Equal("40", c.Departement);
        Assert.DoesNotContain("1234567", c.ToString(), StringComparison.Ordinal);
    }
}
