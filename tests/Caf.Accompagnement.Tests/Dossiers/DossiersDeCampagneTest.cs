using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Dossiers;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Testing;
using Caf.Accompagnement.Territoires;
using NodaTime;
using static Caf.Accompagnement.Tests.Dossiers.FixturesDossiers;

namespace Caf.Accompagnement.Tests.Dossiers;

/// <summary>
/// Du contact de campagne à l'accompagnement (Caf de la Loire, 2020 : « un rendez-vous avec un travailleur social en cas
/// d'urgence sociale ») : le dossier s'ouvre, l'offre entre dans la file du travailleur social du secteur, relances et
/// pauses, puis le bilan et les mesures de résultat par public.
/// </summary>
public sealed class DossiersDeCampagneTest
{
    // Un lundi.
    private static readonly LocalDate Lundi = new(2024, 3, 4);

    private static readonly PlanificateurDeCampagne Planificateur =
        new(new DetecteurDeRuptures(CatalogueDesPublics.ParDefaut(), PolitiqueDeCampagne.ParDefaut), new AffectationParCarte(Carte));

    private static NumeroAllocataire N(int i) => NumeroAllocataire.FromValeur(2_000_000 + i);

    private static Foyer Monoparental(int i, CodeCommune commune) =>
        Foyer.Builder(N(i), commune, new LocalDate(1990, 1, 1))
            .Isole(new LocalDate(2010, 1, 1))
            .AvecRessources(Montant.FromEuros(900m), Montant.FromEuros(10000m))
            .Canal(CanalDeContact.CafFr)
            .AvecEnfant(new LocalDate(2020, 1, 1))
            .Telephone()
            .Build().GetValueOrThrow();

    private static Foyer Suspendu(int i, CodeCommune commune, EtatDossierRsa? etat = null) =>
        Foyer.Builder(N(i), commune, new LocalDate(1985, 1, 1))
            .Isole(new LocalDate(2010, 1, 1))
            .AvecRessources(Montant.FromEuros(500m), Montant.FromEuros(6000m))
            .Canal(CanalDeContact.CafFr)
            .Telephone()
            .AvecDroitRsa(etat ?? EtatDossierRsa.VersementSuspendu, Lundi.PlusDays(-10), etat is null ? MotifSuspensionRsa.DeclarationTrimestrielleNonFournie : null)
            .Build().GetValueOrThrow();

    private static (Campagne Campagne, IssueEnregistree Evenement) Contacter(Foyer foyer, IssueDuContact issue)
    {
        var campagne = Planificateur.Planifier([foyer], Lundi).GetValueOrThrow();
        var modifiee = campagne.Enregistrer(foyer.Numero, Lundi.PlusDays(1), issue).GetValueOrThrow();
        return (modifiee.Campagne, modifiee.Evenement);
    }

    [Fact]
    public void Un_rendez_vous_avec_un_travailleur_social_ouvre_le_dossier_et_met_l_offre_dans_sa_file()
    {
        var (campagne, evenement) = Contacter(Monoparental(1, Commune(1)), IssueDuContact.RendezVousTravailleurSocial);

        var dossier = DossiersDeCampagne.Ouvrir(campagne, evenement, Carte).GetValueOrThrow();

        Assert.Equal((SorteDOrigine.Contact, IssueDuContact.RendezVousTravailleurSocial, Lundi.PlusDays(1)), (dossier.Origine.Sorte, dossier.Origine.IssueDuContact, dossier.Origine.Date));
        Assert.Equal(Ts(1), dossier.TravailleurSocial);
        Assert.Equal(Carte.Secteurs[1].Nom, dossier.Secteur);
        Assert.Equal(Motif.Parentalite, dossier.Motif);
        Assert.Equal(Lundi.PlusDays(1), dossier.Offre!.DateProposition);
        Assert.Collection(dossier.Historique, e => Assert.IsType<DossierOuvert>(e), e => Assert.IsType<OffreProposee>(e));

        var file = FileDAttente.Etablir(Ts(1), [dossier], SuiviDesRappels.Vide, RegleDeRappel.ParDefaut, Lundi.PlusDays(1));
        var element = Assert.Single(file.Elements);
        Assert.Equal((EtapeEnAttente.OffreEnAttente, false), (element.Etape, element.RappelDu));
        Assert.Empty(FileDAttente.Etablir(Ts(0), [dossier], SuiviDesRappels.Vide, RegleDeRappel.ParDefaut, Lundi.PlusDays(1)).Elements);
    }

    [Fact]
    public void La_relance_est_due_apres_cinq_jours_ouvres_sans_reponse_sauf_pendant_une_pause()
    {
        var (campagne, evenement) = Contacter(Monoparental(1, Commune(1)), IssueDuContact.RendezVousTravailleurSocial);
        var dossier = DossiersDeCampagne.Ouvrir(campagne, evenement, Carte).GetValueOrThrow();
        var regle = RegleDeRappel.ParDefaut;
        bool Du(SuiviDesRappels s, LocalDate d) => FileDAttente.ElementDe(dossier, s, regle, d)!.RappelDu;

        // Proposée le mardi 5 mars : cinq jours ouvrés plus tard, le mardi 12 mars.
        Assert.False(Du(SuiviDesRappels.Vide, new LocalDate(2024, 3, 11)));
        Assert.True(Du(SuiviDesRappels.Vide, new LocalDate(2024, 3, 12)));

        var enPause = SuiviDesRappels.Vide.Suspendre(dossier.Numero, new LocalDate(2024, 3, 11), new LocalDate(2024, 3, 15)).GetValueOrThrow();
        Assert.False(Du(enPause, new LocalDate(2024, 3, 12)));
        Assert.True(FileDAttente.ElementDe(dossier, enPause, regle, new LocalDate(2024, 3, 12))!.EnPause);
        Assert.True(Du(enPause, new LocalDate(2024, 3, 18)));
        Assert.Equal("dossiers.relance.en_pause", Assert.Single(enPause.RelancerOffre(dossier, new LocalDate(2024, 3, 13)).Erreurs).Code);

        var relance = enPause.RelancerOffre(dossier, new LocalDate(2024, 3, 18)).GetValueOrThrow();
        Assert.False(Du(relance, new LocalDate(2024, 3, 22)));
        Assert.True(Du(relance, new LocalDate(2024, 3, 25)));
        Assert.Equal("dossiers.pause.dates", Assert.Single(SuiviDesRappels.Vide.Suspendre(dossier.Numero, Lundi, Lundi.PlusDays(-1)).Erreurs).Code);
    }

    [Fact]
    public void Un_contact_sans_rendez_vous_n_ouvre_pas_de_dossier()
    {
        var (campagne, evenement) = Contacter(Monoparental(1, Commune(1)), IssueDuContact.Joint);
        var e = Assert.Single(DossiersDeCampagne.Ouvrir(campagne, evenement, Carte).Erreurs);
        Assert.Equal("dossiers.origine.issue", e.Code);
    }

    [Fact]
    public void Un_contact_de_la_plateforme_va_au_travailleur_social_du_secteur_et_tout_est_compte()
    {
        var foyers = new[] { Suspendu(1, Commune(2)), Monoparental(2, Commune(0)), Monoparental(3, Commune(3)) };
        var campagne = Planificateur.Planifier(foyers, Lundi).GetValueOrThrow();
        campagne = campagne.Enregistrer(N(1), Lundi, IssueDuContact.RendezVousTelephonique).GetValueOrThrow().Campagne;
        campagne = campagne.Enregistrer(N(2), Lundi, IssueDuContact.RendezVousPropose).GetValueOrThrow().Campagne;
        campagne = campagne.Enregistrer(N(3), Lundi, IssueDuContact.Injoignable).GetValueOrThrow().Campagne;

        var ouvertures = DossiersDeCampagne.OuvrirTout(campagne, Carte, [N(2)]);

        var dossier = Assert.Single(ouvertures.Dossiers);
        Assert.Equal((Ts(2), Motif.AccesAuxDroits), (dossier.TravailleurSocial, dossier.Motif));
        Assert.Empty(ouvertures.Erreurs);
        Assert.Equal(1, ouvertures.DejaOuverts);
        Assert.Equal("1 dossier(s) ouvert(s), 0 erreur(s), 1 foyer(s) déjà suivi(s)", ouvertures.ToString());
    }

    [Fact]
    public void Du_contact_au_bilan_et_aux_mesures_de_resultat_par_public()
    {
        var foyers = new[] { Suspendu(1, Commune(2)), Monoparental(2, Commune(0)), Monoparental(3, Commune(3)), Suspendu(4, Commune(1)) };
        var campagne = Planificateur.Planifier(foyers, Lundi).GetValueOrThrow();
        campagne = campagne.Enregistrer(N(1), Lundi, IssueDuContact.DemarcheFaiteEnLigne).GetValueOrThrow().Campagne;
        campagne = campagne.Enregistrer(N(2), Lundi, IssueDuContact.RendezVousTravailleurSocial).GetValueOrThrow().Campagne;
        campagne = campagne.Enregistrer(N(3), Lundi, IssueDuContact.Injoignable).GetValueOrThrow().Campagne;
        var dossier = Assert.Single(DossiersDeCampagne.OuvrirTout(campagne, Carte).Dossiers)
            .RepondreALOffre(Lundi.PlusDays(1), ReponseALOffre.Acceptee).Ok()
            .Convoquer(Lundi.PlusDays(2), Lundi.PlusDays(7), CanalDeRendezVous.Toutes[0]).Ok()
            .ConstaterRendezVous(1, Lundi.PlusDays(7), IssueDuRendezVous.Tenu).Ok();

        // Deux semaines plus tard, le foyer 1 a fourni sa déclaration : son droit est de nouveau versable.
        var ulterieure = Planificateur.MettreAJour(campagne, [Suspendu(1, Commune(2), EtatDossierRsa.OuvertVersable)], [], Lundi.PlusDays(14));
        var resultats = ResultatsDeCampagne.Calculer(campagne, [dossier], ulterieure);

        Assert.Equal(new ResultatDUnPublic(PublicSuspensionPieceManquante.CodePublic, 1, 1, 1, 0, 1), resultats.Pour(PublicSuspensionPieceManquante.CodePublic));
        Assert.Equal(new ResultatDUnPublic(ResultatsDeCampagne.TousPublics, 3, 2, 2, 1, 1), resultats.Total);
        Assert.Null(ResultatsDeCampagne.Calculer(campagne, [dossier]).Total.DroitsRetablis);
        Assert.Equal("TOUS : 3 contactés, 2 joints, 2 avec un besoin d'accompagnement, 1 rendez-vous tenus, 1 droits rétablis", resultats.Total.ToString());

        var periode = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        var chiffres = JournalDesDossiers.Creer(periode, [dossier], []).GetValueOrThrow().Chiffres(periode).GetValueOrThrow();
        Assert.Equal((1, 1, 1), (chiffres.NouvellesDemandesPour(Motif.Parentalite), chiffres.RendezVous(StatutDeRendezVous.Tenu, origine: OrigineDeRendezVous.AppelSortant), chiffres.Interventions));
    }
}
