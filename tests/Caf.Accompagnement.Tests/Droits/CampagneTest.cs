using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Tests.Droits;

public sealed class CampagneTest
{
    // Un lundi.
    private static readonly LocalDate Lundi = new(2022, 6, 27);

    private static Foyer Suspendu(int i, bool telephone = true, CodeCommune? commune = null) =>
        FoyersDeTest.Builder(i, commune)
            .Telephone(telephone)
            .AvecDroitRsa(EtatDossierRsa.VersementSuspendu, Lundi.PlusDays(-10), MotifSuspensionRsa.DeclarationTrimestrielleNonFournie)
            .Valide();

    private static Foyer Monoparental(int i, CodeCommune commune) =>
        FoyersDeTest.Builder(i, commune).AvecEnfant(new LocalDate(2016, 1, 1)).Telephone().Valide();

    [Fact]
    public void Deux_foyers_au_meme_numero_donnent_une_erreur_sans_le_numero_et_non_une_exception()
    {
        var r = FoyersDeTest.Planificateur().Planifier([Suspendu(1), Suspendu(2), Suspendu(1)], Lundi);

        var e = Assert.Single(r.Erreurs);
        Assert.Equal(("campagne.foyer.doublon", "foyers", (string?)null, "$[2]"), (e.Code, e.Champ, e.Valeur, e.Chemin));
        Assert.Contains("n° 3", e.Message, StringComparison.Ordinal);
        Assert.Contains("n° 1", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Suspendu(1).Numero.EnClair, e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Un_seul_contact_par_foyer_motifs_fusionnes_priorite_du_plus_grave()
    {
        var foyer = FoyersDeTest.Builder(1)
            .AvecEnfant(new LocalDate(2016, 1, 1))
            .AvecDroitRsa(EtatDossierRsa.VersementSuspendu, Lundi.PlusDays(-10), MotifSuspensionRsa.DeclarationTrimestrielleNonFournie)
            .AvecPieceDemandee(NaturePiece.JustificatifDeLogement, Lundi.PlusDays(-10), Lundi.PlusDays(4))
            .Valide();

        var campagne = FoyersDeTest.Planificateur().Planifier([foyer], Lundi).Valeur;

        var contact = Assert.Single(campagne.Contacts);
        Assert.Equal(Gravite.Suspension, contact.Gravite);
        Assert.Equal(3, contact.Signaux.Length);
        Assert.Equal(Intervenant.PlateformeCaf, contact.Intervenant);
        Assert.Equal(Lundi.PlusDays(4), contact.Echeance);
        Assert.Contains("Fusion de 3 motif(s)", contact.Explication.Operations[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Fragilite_orientee_vers_le_travailleur_social_du_secteur_sinon_la_Caf()
    {
        var campagne = FoyersDeTest.Planificateur().Planifier(
            [Monoparental(1, FoyersDeTest.Dax), Monoparental(2, FoyersDeTest.Mimizan), Monoparental(3, FoyersDeTest.HorsSecteur)],
            Lundi).Valeur;

        Assert.Equal(FoyersDeTest.TsSud, campagne.ContactDe(FoyersDeTest.Numero(1))!.Intervenant);
        Assert.Equal("SUD", campagne.ContactDe(FoyersDeTest.Numero(1))!.Secteur);
        Assert.Equal(FoyersDeTest.TsNord, campagne.ContactDe(FoyersDeTest.Numero(2))!.Intervenant);
        Assert.Equal(Intervenant.PlateformeCaf, campagne.ContactDe(FoyersDeTest.Numero(3))!.Intervenant);
        Assert.Equal(Campagne.HorsSecteur, campagne.ContactDe(FoyersDeTest.Numero(3))!.Secteur);
    }

    [Fact]
    public void Telephone_si_connu_sinon_courrier()
    {
        var campagne = FoyersDeTest.Planificateur().Planifier([Suspendu(1, telephone: true), Suspendu(2, telephone: false)], Lundi).Valeur;

        Assert.Equal(CanalDeContact.Telephone, campagne.ContactDe(FoyersDeTest.Numero(1))!.Canal);
        Assert.Equal(CanalDeContact.Courrier, campagne.ContactDe(FoyersDeTest.Numero(2))!.Canal);
    }

    [Fact]
    public void Capacite_journaliere_en_jours_ouvres_par_ordre_de_priorite()
    {
        var politique = FoyersDeTest.Politique(p => { p.CapaciteJournaliereCaf = 2; p.DelaiDeContactJours = 3; });
        var foyers = Enumerable.Range(1, 11).Select(i => Suspendu(i)).ToList();

        var contacts = FoyersDeTest.Planificateur(politique).Planifier(foyers, Lundi).Valeur.Contacts;

        // 2 par jour : lundi, mardi, mercredi, jeudi, vendredi, puis lundi suivant (le week-end est sauté).
        Assert.Equal(
            [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 7],
            contacts.Select(c => Period.Between(Lundi, c.DatePrevue, PeriodUnits.Days).Days));
        Assert.Equal(Enumerable.Range(1, 11).Select(FoyersDeTest.Numero), contacts.Select(c => c.Numero));
        Assert.Equal(3, contacts.Count(c => c.EnRetard));
    }

    [Fact]
    public void Une_campagne_un_samedi_commence_le_lundi() =>
        Assert.Equal(Lundi.PlusDays(7), FoyersDeTest.Planificateur().Planifier([Suspendu(1)], Lundi.PlusDays(5)).Valeur.Contacts[0].DatePrevue);

    [Fact]
    public void Enregistrer_une_issue_garde_l_etat_inchange_en_cas_de_refus()
    {
        var campagne = FoyersDeTest.Planificateur().Planifier([Suspendu(1)], Lundi).Valeur;

        var inconnu = campagne.Enregistrer(FoyersDeTest.Numero(99), Lundi, IssueDuContact.Joint);
        var avant = campagne.Enregistrer(FoyersDeTest.Numero(1), Lundi.PlusDays(-1), IssueDuContact.Joint);
        var ok = campagne.Enregistrer(FoyersDeTest.Numero(1), Lundi, IssueDuContact.DemarcheFaiteEnLigne);

        Assert.Equal("campagne.contact.inconnu", inconnu.Erreurs.Single().Code);
        Assert.DoesNotContain(FoyersDeTest.Numero(99).EnClair, inconnu.Erreurs.Single().ToString(), StringComparison.Ordinal);
        Assert.Equal("campagne.appel.date", avant.Erreurs.Single().Code);
        Assert.Empty(campagne.AppelsDe(FoyersDeTest.Numero(1)));
        var modifiee = ok.GetValueOrThrow();
        Assert.Equal(IssueDuContact.DemarcheFaiteEnLigne, modifiee.Evenement.Appel.Issue);
        Assert.Single(modifiee.Campagne.AppelsDe(FoyersDeTest.Numero(1)));
        Assert.Equal("campagne.appel.deja", modifiee.Campagne.Enregistrer(FoyersDeTest.Numero(1), Lundi, IssueDuContact.Joint).Erreurs.Single().Code);
    }

    [Theory]
    [InlineData(2, false, 0)]
    [InlineData(3, true, 2)]
    public void Seconde_tentative_apres_N_jours_pour_un_injoignable(int joursApres, bool recontacte, int tentative)
    {
        var planificateur = FoyersDeTest.Planificateur();
        var foyer = Suspendu(1);
        var campagne = planificateur.Planifier([foyer], Lundi).Valeur.Enregistrer(foyer.Numero, Lundi, IssueDuContact.Injoignable).GetValueOrThrow().Campagne;

        var suite = planificateur.MettreAJour(campagne, [], [], Lundi.PlusDays(joursApres));

        Assert.Equal(recontacte, suite.ContactDe(foyer.Numero) is not null);
        Assert.Equal(recontacte ? 0 : 1, suite.NombreEcartes);
        if (recontacte)
        {
            Assert.Equal(tentative, suite.ContactDe(foyer.Numero)!.Tentative);
        }
    }

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    public void Pas_de_nouvel_appel_dans_la_fenetre_de_N_jours(int joursApres, bool recontacte)
    {
        var planificateur = FoyersDeTest.Planificateur();
        var foyer = Suspendu(1);
        var campagne = planificateur.Planifier([foyer], Lundi).Valeur.Enregistrer(foyer.Numero, Lundi, IssueDuContact.RendezVousTelephonique).GetValueOrThrow().Campagne;

        Assert.Equal(recontacte, planificateur.Planifier([foyer], Lundi.PlusDays(joursApres), campagne).Valeur.ContactDe(foyer.Numero) is not null);
    }

    [Fact]
    public void Apres_deux_echecs_la_fenetre_s_applique()
    {
        var planificateur = FoyersDeTest.Planificateur();
        var foyer = Suspendu(1);
        var c1 = planificateur.Planifier([foyer], Lundi).Valeur.Enregistrer(foyer.Numero, Lundi, IssueDuContact.Injoignable).GetValueOrThrow().Campagne;
        var c2 = planificateur.MettreAJour(c1, [], [], Lundi.PlusDays(3)).Enregistrer(foyer.Numero, Lundi.PlusDays(3), IssueDuContact.Injoignable).GetValueOrThrow().Campagne;

        Assert.Null(planificateur.MettreAJour(c2, [], [], Lundi.PlusDays(6)).ContactDe(foyer.Numero));
        Assert.NotNull(planificateur.MettreAJour(c2, [], [], Lundi.PlusDays(33)).ContactDe(foyer.Numero));
    }

    [Fact]
    public void Jamais_apres_un_refus()
    {
        var planificateur = FoyersDeTest.Planificateur();
        var foyer = Suspendu(1);
        var campagne = planificateur.Planifier([foyer], Lundi).Valeur.Enregistrer(foyer.Numero, Lundi, IssueDuContact.Refus).GetValueOrThrow().Campagne;

        Assert.Null(planificateur.MettreAJour(campagne, [foyer], [], Lundi.PlusDays(3650)).ContactDe(foyer.Numero));
    }

    [Fact]
    public void Mise_a_jour_ne_reevalue_que_les_foyers_modifies_ou_a_reviser()
    {
        var planificateur = FoyersDeTest.Planificateur();
        var stables = Enumerable.Range(1, 5).Select(i => Suspendu(i)).ToList();
        var echeance = FoyersDeTest.Builder(10).AvecPieceDemandee(NaturePiece.Autre, Lundi, Lundi.PlusDays(20)).Valide();
        var campagne = planificateur.Planifier([.. stables, echeance], Lundi).Valeur;
        Assert.Equal(6, campagne.FoyersReevalues);
        Assert.Null(campagne.ContactDe(echeance.Numero));

        var lendemain = planificateur.MettreAJour(campagne, [Suspendu(1, telephone: false)], [FoyersDeTest.Numero(2)], Lundi.PlusDays(1));
        Assert.Equal(1, lendemain.FoyersReevalues);
        Assert.Equal(CanalDeContact.Courrier, lendemain.ContactDe(FoyersDeTest.Numero(1))!.Canal);
        Assert.Null(lendemain.ContactDe(FoyersDeTest.Numero(2)));

        // La date limite entre dans la fenêtre de 15 jours le 5e jour : le foyer est réévalué sans avoir changé.
        var cinquieme = planificateur.MettreAJour(lendemain, [], [], Lundi.PlusDays(5));
        Assert.Equal(1, cinquieme.FoyersReevalues);
        Assert.NotNull(cinquieme.ContactDe(echeance.Numero));
    }

    [Fact]
    public void Totaux_par_secteur()
    {
        var campagne = FoyersDeTest.Planificateur().Planifier(
            [Suspendu(1, commune: FoyersDeTest.Dax), Suspendu(2, false, FoyersDeTest.Dax), Monoparental(3, FoyersDeTest.Mimizan)],
            Lundi).Valeur;

        Assert.Equal(["NORD", "SUD"], campagne.TotauxParSecteur.Select(t => t.Secteur));
        var sud = campagne.TotauxParSecteur[1];
        Assert.Equal((2, 1, 1), (sud.Contacts, sud.ParTelephone, sud.ParCourrier));
        Assert.Equal(2, sud.ParGravite[Gravite.Suspension.Code]);
        Assert.Equal(3, campagne.Total.Contacts);
    }
}
