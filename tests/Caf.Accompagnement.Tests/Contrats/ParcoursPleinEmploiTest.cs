using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Json;
using NodaTime;
using static Caf.Accompagnement.Tests.Contrats.Fixtures;

namespace Caf.Accompagnement.Tests.Contrats;

// Depuis le 1er janvier 2025 (loi n° 2023-1196) : inscription à France Travail, décision d'organisme référent
// (CASF L262-29), puis sanctions dans le parcours (CASF L262-37, R262-68) et sortie motivée.
public sealed class ParcoursPleinEmploiTest
{
    private static readonly LocalDate Jour = new(2025, 2, 3);

    private static DemandeDeSanction Demande(LocalDate manquement, LocalDate decision, int taux, int duree, bool reiteration = false, NatureSanction? nature = null) =>
        new(new Manquement(Beneficiaire(), TypeManquement.NonRespect, manquement), decision, taux, duree, null, reiteration,
            Nature: nature, Observations: new ObservationsPrealables(decision.PlusDays(-15), decision.PlusDays(-3)));

    [Theory]
    [InlineData("2024-12-31", "FT1234567", "contrats.france_travail.avant_reforme")]
    [InlineData("2025-01-01", "FT1234567", null)]
    [InlineData("2025-01-01", "", "contrats.france_travail.identifiant")]
    [InlineData("2025-01-01", "ab-12", "contrats.france_travail.identifiant")]
    [InlineData("2025-01-01", "A123456789012345678901", "contrats.france_travail.identifiant")]
    public void Inscription_a_france_travail(string date, string identifiant, string? code)
    {
        var r = Parcours.Ouvrir(Beneficiaire(), CarteDeTest.MontDeMarsan).InscrireAFranceTravail(Dates.Create(date).Valeur, identifiant);
        Assert.Equal(code, r.Erreurs.Select(e => e.Code).SingleOrDefault());
        Assert.All(r.Erreurs.Where(e => e.Champ == "identifiant"), e => Assert.True(e.Valeur is null or Erreur.ValeurMasquee));
        if (r.TryGetValue(out var t))
        {
            Assert.Equal(identifiant, t.Parcours.FranceTravail!.Identifiant);
            Assert.DoesNotContain(identifiant, t.Parcours.FranceTravail.ToString(), StringComparison.Ordinal);
            Assert.Equal("contrats.france_travail.deja_inscrit", t.Parcours.InscrireAFranceTravail(Jour, "X1").Code());
        }
    }

    [Fact]
    public void L_organisme_referent_decide_fixe_l_organisme_du_referent()
    {
        var oriente = Parcours.Ouvrir(Beneficiaire(), CarteDeTest.MontDeMarsan).Orienter(TypeOrientation.Professionnelle, Jour).Apres();
        Assert.Equal("contrats.organisme.avant_reforme", Parcours.Ouvrir(Beneficiaire(), CarteDeTest.MontDeMarsan)
            .Orienter(TypeOrientation.Professionnelle, new LocalDate(2024, 12, 1)).Apres().DeciderOrganismeReferent(OrganismeReferent.FranceTravail, new LocalDate(2024, 12, 31)).Code());
        Assert.Equal("contrats.organisme.sans_orientation", Parcours.Ouvrir(Beneficiaire(), CarteDeTest.MontDeMarsan).DeciderOrganismeReferent(OrganismeReferent.FranceTravail, Jour).Code());
        Assert.Equal("contrats.referent.orientation", oriente.DeciderOrganismeReferent(OrganismeReferent.Caf, Jour).Code());
        var decide = oriente.DeciderOrganismeReferent(OrganismeReferent.MissionLocale, Jour).Apres();
        Assert.Equal(OrganismeReferent.MissionLocale, decide.OrganismeReferentAu(Jour));
        Assert.Equal("contrats.organisme.inchange", decide.DeciderOrganismeReferent(OrganismeReferent.MissionLocale, Jour.PlusDays(1)).Code());
        Assert.Equal("contrats.organisme.anterieure", decide.DeciderOrganismeReferent(OrganismeReferent.FranceTravail, Jour).Code());
        Assert.Equal("contrats.referent.organisme_decide", decide.DesignerReferent(Ft, Jour.PlusDays(1), CarteDeTest.Instance).Code());
        var changement = decide.DeciderOrganismeReferent(OrganismeReferent.FranceTravail, Jour.PlusDays(5)).Apres();
        Assert.True(changement.DesignerReferent(Ft, Jour.PlusDays(5), CarteDeTest.Instance).Reussi);
    }

    [Fact]
    public void La_reiteration_est_celle_de_l_historique_et_les_sanctions_ne_se_chevauchent_pas()
    {
        var p = Oriente(Jour);
        Assert.Equal("contrats.sanction.reiteration", p.Sanctionner(Demande(Jour.PlusMonths(5), Jour.PlusMonths(6), 40, 2, reiteration: true)).Code());
        Assert.Equal("contrats.sanction.hors_parcours", p.Sanctionner(Demande(Jour.PlusDays(-1), Jour.PlusMonths(6), 40, 2)).Code());
        var autre = new DemandeDeSanction(new Manquement(Beneficiaire(7654321), TypeManquement.NonRespect, Jour.PlusMonths(5)), Jour.PlusMonths(6), 40, 2, null,
            Observations: new ObservationsPrealables(Jour.PlusMonths(5), null));
        Assert.Equal("contrats.sanction.beneficiaire", p.Sanctionner(autre).Code());

        var premiere = p.Sanctionner(Demande(Jour.PlusMonths(5), Jour.PlusMonths(6), 40, 2)).Valeur;
        var s1 = Assert.IsType<SanctionDecidee>(premiere.Evenement).Sanction;
        Assert.Equal(new LocalDate(2025, 10, 2), s1.Fin);
        var p1 = premiere.Parcours;
        Assert.Equal("contrats.sanction.reiteration", p1.Sanctionner(Demande(Jour.PlusMonths(8), Jour.PlusMonths(9), 40, 2)).Code());
        Assert.Equal("contrats.sanction.chevauchement", p1.Sanctionner(Demande(Jour.PlusMonths(7), s1.Fin, 40, 2, reiteration: true)).Code());
        Assert.True(p1.Sanctionner(Demande(Jour.PlusMonths(7), s1.Fin.PlusDays(1), 40, 4, reiteration: true)).Reussi);

        // Les bornes du barème s'appliquent dans le parcours : premier manquement de 3 mois refusé depuis juin 2025.
        Assert.Equal("contrats.sanction.duree", p.Sanctionner(Demande(Jour.PlusMonths(5), Jour.PlusMonths(6), 40, 3)).Code());
    }

    [Fact]
    public void Radiation_apres_une_suppression_totale_de_quatre_mois_puis_parcours_clos()
    {
        var p = Oriente(Jour)
            .Sanctionner(Demande(Jour.PlusMonths(5), Jour.PlusMonths(6), 30, 1)).Apres()
            .Sanctionner(Demande(Jour.PlusMonths(7), Jour.PlusMonths(8), 100, 4, reiteration: true, nature: NatureSanction.Suppression)).Apres();
        var possible = p.Sanctions[^1].RadiationPossibleAPartirDu!.Value;
        Assert.Equal(new LocalDate(2026, 2, 3), possible);
        Assert.Equal("contrats.sortie.radiation", p.Radier(possible.PlusDays(-1)).Code());
        var radie = p.Radier(possible).Valeur;
        Assert.Equal(MotifSortie.Radiation, Assert.IsType<ParcoursClos>(radie.Evenement).Motif);
        Assert.Equal("contrats.parcours.clos", radie.Parcours.Orienter(TypeOrientation.Sociale, possible.PlusDays(10)).Code());
        Assert.Equal("contrats.parcours.clos", radie.Parcours.Sanctionner(Demande(possible, possible.PlusMonths(1), 30, 1, reiteration: true)).Code());
        Assert.Equal("contrats.sortie.radiation", Oriente(Jour).Radier(Jour.PlusYears(1)).Code());
    }

    [Fact]
    public void La_sortie_exige_que_les_contrats_soient_clos()
    {
        var p = AvecBrouillon(Jour).Signer(1, Jour.PlusDays(3)).Apres();
        Assert.Equal("contrats.sortie.contrat_en_cours", p.Sortir(Jour.PlusMonths(2), MotifSortie.Emploi).Code());
        Assert.Equal("contrats.sortie.motif", p.Sortir(Jour.PlusMonths(2), MotifSortie.Radiation).Erreurs.First().Code);
        var termine = p.Terminer(1, Jour.PlusMonths(2), "Reprise d'emploi").Apres();
        Assert.Equal("contrats.sortie.date", termine.Sortir(Jour.PlusDays(-1), MotifSortie.Emploi).Erreurs.First().Code);
        var sorti = termine.Sortir(Jour.PlusMonths(2).PlusDays(1), MotifSortie.Emploi).Apres();
        Assert.Equal(new SortieDuParcours(Jour.PlusMonths(2).PlusDays(1), MotifSortie.Emploi), sorti.Sortie);
    }

    [Fact]
    public void Avant_juin_2025_la_signature_d_un_contrat_reprend_le_versement()
    {
        var debut = new LocalDate(2023, 1, 10);
        var p = AvecBrouillon(debut)
            .Sanctionner(new DemandeDeSanction(new Manquement(Beneficiaire(), TypeManquement.NonSignature, debut.PlusMonths(3)), debut.PlusMonths(5), 50, 3,
                new AuditionEquipePluridisciplinaire(debut.PlusMonths(4), debut.PlusMonths(4).PlusDays(5)))).Apres();
        Assert.Equal("contrats.sanction.reprise_sans_contrat", p.ReprendreLeVersement(debut.PlusMonths(6)).Code());
        var signe = p.Signer(1, debut.PlusMonths(6)).Apres();
        var repris = signe.ReprendreLeVersement(debut.PlusMonths(6)).Valeur;
        Assert.Equal(debut.PlusMonths(6).PlusDays(-1), repris.Parcours.Sanctions[^1].Fin);
        Assert.IsType<SanctionLevee>(repris.Evenement);
    }

    [Fact]
    public void Le_json_garde_inscription_organismes_sanctions_et_sortie()
    {
        var p = Parcours.Ouvrir(Beneficiaire(), CarteDeTest.MontDeMarsan)
            .InscrireAFranceTravail(Jour, "FT1234567").Apres()
            .Orienter(TypeOrientation.Professionnelle, Jour).Apres()
            .DeciderOrganismeReferent(OrganismeReferent.FranceTravail, Jour).Apres()
            .DesignerReferent(Ft, Jour.PlusDays(1), CarteDeTest.Instance).Apres()
            .Sanctionner(Demande(Jour.PlusMonths(5), Jour.PlusMonths(6), 30, 1)).Apres()
            .Sanctionner(Demande(Jour.PlusMonths(7), Jour.PlusMonths(8), 100, 4, reiteration: true, nature: NatureSanction.Suppression)).Apres();
        p = p.Radier(p.Sanctions[^1].RadiationPossibleAPartirDu!.Value).Apres();
        var json = ParcoursJson.Ecrire(p);
        var relu = ParcoursJson.Lire(json).GetValueOrThrow();
        Assert.Equal(json, ParcoursJson.Ecrire(relu));
        Assert.Equal(p.Sortie, relu.Sortie);
        Assert.Equal(p.FranceTravail, relu.FranceTravail);
        Assert.True(p.OrganismesReferents.SequenceEqual(relu.OrganismesReferents));
        Assert.Equal(2, relu.Sanctions.Length);

        // Une sanction devenue illégale dans le document est refusée à son chemin.
        var document = ParcoursJson.ToDocument(p);
        document.Sanctions[0].DureeEnMois = 3;
        var refus = ParcoursJson.FromDocument(document);
        Assert.Contains(refus.Erreurs, e => e.Code == "contrats.sanction.duree" && e.Chemin == "$.sanctions[0]");
        Assert.DoesNotContain(refus.Erreurs, e => e.Message.Contains("1234567", StringComparison.Ordinal));
    }
}

/// <summary>Les événements du parcours s'écrivent en français, datés au format français, sans numéro en clair.</summary>
public sealed class EvenementsEnFrancaisTest
{
    private static readonly string[] Anglais = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "ImmutableArray", "{ "];

    [FsCheck.Xunit.Property(MaxTest = 100)]
    public bool Chaque_evenement_genere_s_ecrit_en_francais(Caf.Accompagnement.Testing.ParcoursAvecHistorique p) =>
        p.Evenements.All(e =>
        {
            var texte = e.ToString();
            return System.Text.RegularExpressions.Regex.IsMatch(texte, @"^\d{2}/\d{2}/\d{4} : ")
                && !Anglais.Any(a => texte.Contains(a, StringComparison.Ordinal))
                && !texte.Contains(e.Beneficiaire.Dossier.EnClair, StringComparison.Ordinal)
                && !texte.Contains(": " + e.GetType().Name, StringComparison.Ordinal);
        });

    [Fact]
    public void Les_valeurs_du_parcours_s_ecrivent_en_francais()
    {
        var jour = new LocalDate(2025, 2, 3);
        Assert.Equal("Organisme référent France Travail depuis le 03/02/2025", new DecisionOrganismeReferent(OrganismeReferent.FranceTravail, jour).ToString());
        Assert.Equal("Sortie du parcours le 03/02/2025 : Reprise d'emploi", new SortieDuParcours(jour, MotifSortie.Emploi).ToString());
        Assert.Equal("Information le 03/02/2025, sans observations", new ObservationsPrealables(jour, null).ToString());
        Assert.Equal("Équipe pluridisciplinaire saisie le 03/02/2025, audition le 10/02/2025", new AuditionEquipePluridisciplinaire(jour, jour.PlusDays(7)).ToString());
        var m = new Manquement(Beneficiaire(), TypeManquement.NonRespect, jour, 2).ToString();
        Assert.StartsWith("Engagements non respectés constaté le 03/02/2025 (contrat n° 2)", m, StringComparison.Ordinal);
        Assert.DoesNotContain("1234567", m, StringComparison.Ordinal);
    }
}
