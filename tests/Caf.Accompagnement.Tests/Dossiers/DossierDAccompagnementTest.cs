using static Caf.Accompagnement.Tests.Dossiers.FixturesDossiers;
using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Dossiers;
using Caf.Accompagnement.Droits;
using NodaTime;

namespace Caf.Accompagnement.Tests.Dossiers;

public sealed class DossierDAccompagnementTest
{
    [Fact]
    public void L_ouverture_verifie_le_secteur_du_travailleur_social()
    {
        var r = DossierDAccompagnement.Ouvrir(Numero, Commune(1), OrigineDuDossier.DUneDemande(J0), Motif.Insertion, Ts(1), Carte);
        Assert.True(r.Reussi);
        Assert.Equal(Carte.Secteurs[1].Nom, r.Valeur.Dossier.Secteur);
        Assert.IsType<DossierOuvert>(r.Valeur.Evenement);
        DossierDAccompagnement.Ouvrir(Numero, Commune(1), OrigineDuDossier.DUneDemande(J0), Motif.Insertion, Ts(0), Carte).AssertRefus("dossiers.travailleur.hors_secteur");
        DossierDAccompagnement.Ouvrir(Numero, HorsCarte, OrigineDuDossier.DUneDemande(J0), Motif.Insertion, Ts(0), Carte).AssertRefus("dossiers.commune.hors_carte");
    }

    [Fact]
    public void Les_origines_verifient_leur_donnee()
    {
        Assert.Equal("PARENTS_SEULS", OrigineDuDossier.DUneCible("PARENTS_SEULS", J0).Valeur.CodeCible);
        Assert.Equal("dossiers.origine.cible", OrigineDuDossier.DUneCible("parents seuls", J0).Erreurs[0].Code);
        Assert.Equal(IssueDuContact.RendezVousTravailleurSocial, OrigineDuDossier.DUnContact(IssueDuContact.RendezVousTravailleurSocial, J0).Valeur.IssueDuContact);
        Assert.Equal("dossiers.origine.issue", OrigineDuDossier.DUnContact(IssueDuContact.Injoignable, J0).Erreurs[0].Code);
        Assert.Equal("CD40", OrigineDuDossier.DUnPartenaire("CD40", J0).Valeur.Partenaire);
        var nom = OrigineDuDossier.DUnPartenaire("Jean Dupont", J0).Erreurs[0];
        Assert.Equal("dossiers.origine.partenaire", nom.Code);
        Assert.Equal(Erreur.ValeurMasquee, nom.Valeur);
    }

    [Fact]
    public void L_offre_est_unique_et_sa_reponse_aussi()
    {
        var d = Ouvert();
        d.RepondreALOffre(J0, ReponseALOffre.Acceptee).AssertRefus("dossiers.offre.absente");
        var proposee = d.ProposerOffre(J0.PlusDays(1)).Ok();
        proposee.ProposerOffre(J0.PlusDays(2)).AssertRefus("dossiers.offre.deja_proposee");
        var repondue = proposee.RepondreALOffre(J0.PlusDays(3), ReponseALOffre.Refusee).Ok();
        Assert.Equal(new OffreDAccompagnement(J0.PlusDays(1), ReponseALOffre.Refusee, J0.PlusDays(3)), repondue.Offre);
        repondue.RepondreALOffre(J0.PlusDays(4), ReponseALOffre.Acceptee).AssertRefus("dossiers.offre.deja_repondue");
    }

    [Theory]
    [InlineData("REFUSEE")]
    [InlineData("SANS_REPONSE")]
    public void Aucun_rendez_vous_apres_une_offre_declinee(string reponse)
    {
        var d = Ouvert().ProposerOffre(J0).Ok().RepondreALOffre(J0.PlusDays(1), ReponseALOffre.FromCode(reponse)).Ok();
        d.Convoquer(J0.PlusDays(2), J0.PlusDays(5), CanalDeRendezVous.Telephone).AssertRefus("dossiers.offre.declinee");
    }

    [Fact]
    public void Un_seul_rendez_vous_a_venir_dont_la_date_suit_la_convocation()
    {
        var d = Ouvert().Convoquer(J0, J0.PlusDays(3), CanalDeRendezVous.Permanence).Ok();
        d.Convoquer(J0.PlusDays(1), J0.PlusDays(4), CanalDeRendezVous.Visio).AssertRefus("dossiers.rendez_vous.deja_prevu");
        Ouvert().Convoquer(J0.PlusDays(2), J0.PlusDays(1), CanalDeRendezVous.Visio).AssertRefus("dossiers.rendez_vous.date_prevue");
        var suivant = d.ConstaterRendezVous(1, J0.PlusDays(3), IssueDuRendezVous.NonHonore).Ok().Convoquer(J0.PlusDays(3), J0.PlusDays(8), CanalDeRendezVous.Visio);
        Assert.Equal(2, Assert.IsType<RendezVousFixe>(suivant.Valeur.Evenement).NumeroRendezVous);
    }

    [Fact]
    public void Un_rappel_precede_un_rendez_vous_a_venir()
    {
        var d = Ouvert().Convoquer(J0, J0.PlusDays(3), CanalDeRendezVous.Permanence).Ok();
        d.Rappeler(2, J0.PlusDays(1)).AssertRefus("dossiers.rendez_vous.inconnu");
        d.Rappeler(1, J0.PlusDays(4)).AssertRefus("dossiers.rappel.apres_rendez_vous");
        var rappele = d.Rappeler(1, J0.PlusDays(2)).Ok().Rappeler(1, J0.PlusDays(3)).Ok();
        Assert.Equal([J0.PlusDays(2), J0.PlusDays(3)], rappele.RendezVous[0].Rappels.ToArray());
        rappele.ConstaterRendezVous(1, J0.PlusDays(3), IssueDuRendezVous.Tenu).Ok().Rappeler(1, J0.PlusDays(3)).AssertRefus("dossiers.rendez_vous.constate");
    }

    [Fact]
    public void L_issue_d_un_rendez_vous_suit_sa_date()
    {
        var d = Ouvert().Convoquer(J0, J0.PlusDays(3), CanalDeRendezVous.Permanence).Ok();
        d.ConstaterRendezVous(1, J0.PlusDays(2), IssueDuRendezVous.Tenu).AssertRefus("dossiers.rendez_vous.avant_date");
        d.ConstaterRendezVous(1, J0.PlusDays(4), IssueDuRendezVous.Annule).AssertRefus("dossiers.rendez_vous.annulation_tardive");
        Assert.True(d.ConstaterRendezVous(1, J0.PlusDays(1), IssueDuRendezVous.Annule).Reussi);
        var constate = d.ConstaterRendezVous(1, J0.PlusDays(5), IssueDuRendezVous.NonHonore).Ok();
        constate.ConstaterRendezVous(1, J0.PlusDays(5), IssueDuRendezVous.Tenu).AssertRefus("dossiers.rendez_vous.constate");
    }

    [Fact]
    public void Le_diagnostic_suit_un_rendez_vous_tenu_une_fois()
    {
        Ouvert().EtablirDiagnostic(J0, [DomaineEngagement.Logement]).AssertRefus("dossiers.diagnostic.sans_rendez_vous");
        var tenu = Ouvert().Convoquer(J0, J0, CanalDeRendezVous.Telephone).Ok().ConstaterRendezVous(1, J0, IssueDuRendezVous.Tenu).Ok();
        tenu.EtablirDiagnostic(J0, []).AssertRefus("dossiers.diagnostic.sans_domaine");
        var d = tenu.EtablirDiagnostic(J0, [DomaineEngagement.Sante, DomaineEngagement.Sante]).Ok();
        Assert.Equal([DomaineEngagement.Sante], d.Diagnostic!.Domaines.ToArray());
        d.EtablirDiagnostic(J0, [DomaineEngagement.Logement]).AssertRefus("dossiers.diagnostic.deja_etabli");
    }

    [Fact]
    public void Jamais_deux_plans_ouverts()
    {
        var d = Diagnostique();
        Ouvert().OuvrirPlan(J0, [Objectif()]).AssertRefus("dossiers.plan.sans_diagnostic");
        var ouvert = d.OuvrirPlan(J0.PlusDays(11), [Objectif()]).Ok();
        ouvert.OuvrirPlan(J0.PlusDays(12), [Objectif()]).AssertRefus("dossiers.plan.deja_ouvert");
        var clos = ouvert.EvaluerObjectif(0, J0.PlusDays(20), ResultatDObjectif.Partiel).Ok().ClorePlan(J0.PlusDays(20)).Ok();
        Assert.Null(clos.PlanOuvert);
        var second = clos.OuvrirPlan(J0.PlusDays(21), [Objectif(jours: 120)]).Ok();
        Assert.Equal(2, second.PlanOuvert!.Numero);
    }

    [Fact]
    public void Les_objectifs_d_un_plan_sont_verifies()
    {
        var d = Diagnostique();
        var date = J0.PlusDays(11);
        d.OuvrirPlan(date, []).AssertRefus("dossiers.plan.sans_objectif");
        d.OuvrirPlan(date, [Objectif() with { Libelle = "  " }]).AssertRefus("dossiers.objectif.libelle");
        d.OuvrirPlan(date, [Objectif(jours: 5)]).AssertRefus("dossiers.objectif.echeance");
        d.OuvrirPlan(date, [Objectif(DomaineEngagement.Mobilite)]).AssertRefus("dossiers.objectif.domaine");
    }

    [Fact]
    public void Les_objectifs_s_evaluent_dans_le_plan_ouvert_puis_le_plan_se_clot()
    {
        var d = Diagnostique();
        d.EvaluerObjectif(0, J0.PlusDays(11), ResultatDObjectif.Atteint).AssertRefus("dossiers.plan.aucun_ouvert");
        d.ClorePlan(J0.PlusDays(11)).AssertRefus("dossiers.plan.aucun_ouvert");
        var plan = d.OuvrirPlan(J0.PlusDays(11), [Objectif(), Objectif(DomaineEngagement.Parentalite)]).Ok();
        plan.EvaluerObjectif(2, J0.PlusDays(12), ResultatDObjectif.Atteint).AssertRefus("dossiers.objectif.inconnu");
        var un = plan.EvaluerObjectif(0, J0.PlusDays(12), ResultatDObjectif.Atteint).Ok();
        un.EvaluerObjectif(0, J0.PlusDays(12), ResultatDObjectif.Abandonne).AssertRefus("dossiers.objectif.deja_evalue");
        un.ClorePlan(J0.PlusDays(13)).AssertRefus("dossiers.plan.objectifs_en_cours");
        Assert.True(un.EvaluerObjectif(1, J0.PlusDays(13), ResultatDObjectif.NonAtteint).Ok().ClorePlan(J0.PlusDays(13)).Reussi);
    }

    [Fact]
    public void Aides_et_contrats_sont_rattaches_par_reference_une_fois()
    {
        var d = Ouvert().RattacherAide("D-2024-17", J0).Ok().RattacherContrat(2, J0).Ok();
        Assert.Equal(["D-2024-17"], d.Aides.ToArray());
        Assert.Equal([2], d.Contrats.ToArray());
        d.RattacherAide("D-2024-17", J0).AssertRefus("dossiers.aide.deja_rattachee");
        d.RattacherContrat(2, J0).AssertRefus("dossiers.contrat.deja_rattache");
        d.RattacherContrat(0, J0).AssertRefus("dossiers.contrat.numero");
        var nom = d.RattacherAide("Marie Durand", J0);
        nom.AssertRefus("dossiers.aide.identifiant");
        Assert.Equal(Erreur.ValeurMasquee, nom.Erreurs[0].Valeur);
    }

    [Fact]
    public void Un_demenagement_change_la_commune_transfere_ou_clot()
    {
        var d = Ouvert();
        d.Demenager(J0, Commune(0), Carte).AssertRefus("dossiers.demenagement.meme_commune");
        var meme = d.Demenager(J0, Commune(0, 1), Carte, Ts(2));
        Assert.IsType<CommuneChangee>(meme.Valeur.Evenement);
        Assert.Equal((Commune(0, 1), Ts(0)), (meme.Valeur.Dossier.Commune, meme.Valeur.Dossier.TravailleurSocial));
        d.Demenager(J0, Commune(1), Carte).AssertRefus("dossiers.demenagement.travailleur_absent");
        d.Demenager(J0, Commune(1), Carte, Ts(2)).AssertRefus("dossiers.travailleur.hors_secteur");
        var transfere = d.Demenager(J0, Commune(1), Carte, Ts(1));
        var evenement = Assert.IsType<DossierTransfere>(transfere.Valeur.Evenement);
        Assert.Equal((Carte.Secteurs[0].Nom, Ts(0)), (evenement.SecteurPrecedent, evenement.TravailleurPrecedent));
        Assert.Equal((Carte.Secteurs[1].Nom, Ts(1)), (transfere.Valeur.Dossier.Secteur, transfere.Valeur.Dossier.TravailleurSocial));
        var parti = d.Demenager(J0, HorsCarte, Carte);
        Assert.Equal(MotifDeCloture.Demenagement, Assert.IsType<DossierClos>(parti.Valeur.Evenement).Motif);
        Assert.Equal(Commune(0), parti.Valeur.Dossier.Commune);
    }

    [Fact]
    public void La_cloture_pour_objectifs_atteints_suit_un_objectif_atteint_sans_plan_ouvert()
    {
        var plan = Diagnostique().OuvrirPlan(J0.PlusDays(11), [Objectif()]).Ok();
        plan.Clore(J0.PlusDays(12), MotifDeCloture.ObjectifsAtteints).AssertRefus("dossiers.cloture.plan_ouvert");
        var nonAtteint = plan.EvaluerObjectif(0, J0.PlusDays(12), ResultatDObjectif.NonAtteint).Ok().ClorePlan(J0.PlusDays(12)).Ok();
        nonAtteint.Clore(J0.PlusDays(13), MotifDeCloture.ObjectifsAtteints).AssertRefus("dossiers.cloture.aucun_objectif_atteint");
        Assert.True(plan.EvaluerObjectif(0, J0.PlusDays(12), ResultatDObjectif.Atteint).Ok().ClorePlan(J0.PlusDays(12)).Ok().Clore(J0.PlusDays(13), MotifDeCloture.ObjectifsAtteints).Reussi);
        var autre = plan.Clore(J0.PlusDays(12), MotifDeCloture.Autre).Ok();
        Assert.Equal(J0.PlusDays(12), autre.Plans[0].DateCloture);
    }

    public static TheoryData<string> Commandes() => ["offre", "reponse", "convocation", "rappel", "constat", "diagnostic", "plan", "evaluation", "cloture_plan", "aide", "contrat", "demenagement", "cloture"];

    [Theory]
    [MemberData(nameof(Commandes))]
    public void Apres_la_cloture_toute_commande_est_refusee(string commande)
    {
        var d = Diagnostique().OuvrirPlan(J0.PlusDays(11), [Objectif()]).Ok().Clore(J0.PlusDays(12), MotifDeCloture.Refus).Ok();
        var date = J0.PlusDays(30);
        var r = commande switch
        {
            "offre" => d.ProposerOffre(date),
            "reponse" => d.RepondreALOffre(date, ReponseALOffre.Acceptee),
            "convocation" => d.Convoquer(date, date, CanalDeRendezVous.Visio),
            "rappel" => d.Rappeler(1, date),
            "constat" => d.ConstaterRendezVous(1, date, IssueDuRendezVous.Tenu),
            "diagnostic" => d.EtablirDiagnostic(date, [DomaineEngagement.Sante]),
            "plan" => d.OuvrirPlan(date, [Objectif(jours: 200)]),
            "evaluation" => d.EvaluerObjectif(0, date, ResultatDObjectif.Atteint),
            "cloture_plan" => d.ClorePlan(date),
            "aide" => d.RattacherAide("D-1", date),
            "contrat" => d.RattacherContrat(1, date),
            "demenagement" => d.Demenager(date, Commune(1), Carte, Ts(1)),
            _ => d.Clore(date, MotifDeCloture.Autre),
        };
        r.AssertRefus("dossiers.dossier.clos");
        Assert.Single(r.Erreurs);
    }

    [Fact]
    public void Les_commandes_sont_datees_dans_l_ordre()
    {
        var d = Ouvert().ProposerOffre(J0.PlusDays(5)).Ok();
        d.RattacherAide("D-1", J0.PlusDays(4)).AssertRefus("dossiers.date.anterieure");
        Ouvert().ProposerOffre(J0.PlusDays(-1)).AssertRefus("dossiers.date.anterieure");
    }

    [Fact]
    public void Le_delai_du_premier_rendez_vous_part_de_l_acceptation_ou_de_l_origine()
    {
        Assert.Equal(6, Diagnostique().DelaiPremierRendezVous); // acceptée le 5 mars, tenu le 11
        var sansOffre = Ouvert().Convoquer(J0.PlusDays(2), J0.PlusDays(3), CanalDeRendezVous.Visio).Ok()
            .ConstaterRendezVous(1, J0.PlusDays(3), IssueDuRendezVous.NonHonore).Ok()
            .Convoquer(J0.PlusDays(3), J0.PlusDays(9), CanalDeRendezVous.Domicile).Ok();
        Assert.Null(sansOffre.DelaiPremierRendezVous);
        Assert.Equal(9, sansOffre.ConstaterRendezVous(2, J0.PlusDays(10), IssueDuRendezVous.Tenu).Ok().DelaiPremierRendezVous);
    }

    [Fact]
    public void Le_numero_allocataire_n_apparait_jamais_en_clair()
    {
        var d = Diagnostique().Demenager(J0.PlusDays(12), HorsCarte, Carte).Ok();
        Assert.DoesNotContain(Numero.EnClair, d.ToString(), StringComparison.Ordinal);
        Assert.All(d.Historique, e => Assert.DoesNotContain(Numero.EnClair, e.ToString(), StringComparison.Ordinal));
        Assert.Contains("*****56", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Le_rejeu_refuse_un_historique_sans_ouverture_ou_d_un_autre_foyer()
    {
        var d = Diagnostique();
        Assert.Equal("dossiers.rejeu.vide", DossierDAccompagnement.Rejouer([], Carte).Erreurs[0].Code);
        Assert.Equal("dossiers.rejeu.ouverture", DossierDAccompagnement.Rejouer(d.Historique.Skip(1), Carte).Erreurs[0].Code);
        Assert.Equal("dossiers.rejeu.ouverture", DossierDAccompagnement.Rejouer([d.Historique[0], d.Historique[0]], Carte).Erreurs[0].Code);
        var autre = new OffreProposee(NumeroAllocataire.Parse("7654321"), J0.PlusDays(20));
        var erreur = DossierDAccompagnement.Rejouer([.. d.Historique, autre], Carte).Erreurs[0];
        Assert.Equal(("dossiers.rejeu.numero", "evenements[6]"), (erreur.Code, erreur.Champ));
        Assert.Equal("dossiers.offre.deja_proposee", DossierDAccompagnement.Rejouer([.. d.Historique, new OffreProposee(Numero, J0.PlusDays(20))], Carte).Erreurs[0].Code);
    }
}
