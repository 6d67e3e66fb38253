using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Dossiers;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Activite;

/// <summary>Le journal et le bilan dérivés des dossiers d'accompagnement : chaque compteur est le nombre de ses événements sources.</summary>
public sealed class JournalDesDossiersTest
{
    private static readonly Arbitrary<DossierDAccompagnement[]> Dossiers =
        GenerateursCaf.DossierDAccompagnement().ArrayOf().Select(a => a.ToArray()).ToArbitrary();

    /// <summary>Toutes les dates des dossiers générés tiennent dans ces années.</summary>
    private static DateInterval Periode(DossierDAccompagnement[] dossiers) =>
        dossiers.Length == 0
            ? new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31))
            : new DateInterval(new LocalDate(dossiers.Min(d => d.Historique[0].Date).Year, 1, 1), new LocalDate(dossiers.Max(d => d.DerniereDate).Year, 12, 31));

    [Property(MaxTest = 200)]
    public Property Chaque_compteur_du_bilan_derive_egale_le_nombre_de_ses_evenements_sources() =>
        Prop.ForAll(Dossiers, dossiers =>
        {
            var periode = Periode(dossiers);
            var chiffres = JournalDesDossiers.Creer(periode, dossiers, []).GetValueOrThrow().Chiffres(periode).GetValueOrThrow();
            var evenements = dossiers.SelectMany(d => d.Historique).ToList();
            int Constates(IssueDuRendezVous issue) => evenements.OfType<RendezVousConstate>().Count(c => c.Issue == issue);

            Assert.Equal(evenements.OfType<DossierOuvert>().Count(), chiffres.NouvellesDemandes);
            foreach (var motif in Motif.Toutes)
            {
                Assert.Equal(dossiers.Count(d => d.Motif == motif), chiffres.NouvellesDemandesPour(motif));
                Assert.Equal(dossiers.Count(d => d.Motif == motif && d.RendezVous.Any(r => r.Issue == IssueDuRendezVous.Tenu)), chiffres.InterventionsPour(motif));
            }

            Assert.Equal(evenements.OfType<RendezVousFixe>().Count(), chiffres.RendezVous(StatutDeRendezVous.Propose));
            Assert.Equal(Constates(IssueDuRendezVous.Tenu), chiffres.RendezVous(StatutDeRendezVous.Tenu));
            Assert.Equal(Constates(IssueDuRendezVous.NonHonore), chiffres.RendezVous(StatutDeRendezVous.NonHonore));
            Assert.Equal(
                dossiers.Where(d => d.Origine.Sorte == SorteDOrigine.Demande).Sum(d => d.RendezVous.Count(r => r.Issue == IssueDuRendezVous.Tenu)),
                chiffres.RendezVous(StatutDeRendezVous.Tenu, origine: OrigineDeRendezVous.DemandeAllocataire));
        });

    [Property(MaxTest = 100)]
    public Property La_somme_des_secteurs_derives_est_le_departement_et_suit_les_transferts() =>
        Prop.ForAll(Dossiers, dossiers =>
        {
            var periode = Periode(dossiers);
            var journal = JournalDesDossiers.Creer(periode, dossiers, []).GetValueOrThrow();
            var total = journal.Chiffres(periode).GetValueOrThrow();
            Assert.Equal(total, ChiffresDActivite.Sommer(journal.Secteurs.Select(s => journal.Chiffres(periode, s).GetValueOrThrow())));
            Assert.True(journal.VerifierSecteurs(GenerateursCaf.CarteDesLandes).Reussi);
        });

    [Fact]
    public void Les_saisies_d_ailleurs_se_joignent_aux_entrees_derivees_et_hors_periode_sont_refusees()
    {
        var periode = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        var dossier = Caf.Accompagnement.Tests.Dossiers.FixturesDossiers.Diagnostique();
        var seance = SeanceCollective.Create(new LocalDate(2024, 5, 2), ThemeDeSeance.Toutes[0].Code, ModaliteDeSeance.Toutes[0].Code, dossier.Secteur, 12).GetValueOrThrow();

        var journal = JournalDesDossiers.Creer(periode, [dossier], [seance], _ => TypeEvenement.Separation).GetValueOrThrow();
        var chiffres = journal.Chiffres(periode).GetValueOrThrow();

        Assert.Equal(1, chiffres.SeancesCollectives);
        Assert.Equal(1, chiffres.NouvellesDemandes);
        Assert.Equal(1, chiffres.Interventions);
        Assert.Equal(1, chiffres.RendezVous(StatutDeRendezVous.Tenu, TypeEvenement.Separation));

        var horsPeriode = SeanceCollective.Create(new LocalDate(2025, 1, 2), ThemeDeSeance.Toutes[0].Code, ModaliteDeSeance.Toutes[0].Code, dossier.Secteur, 3).GetValueOrThrow();
        var refus = JournalDesDossiers.Creer(periode, [dossier], [seance, horsPeriode]);
        var e = Assert.Single(refus.Erreurs);
        Assert.Equal(("activite.entree.hors_periode", "$[1]"), (e.Code, e.Chemin));
    }

    /// <summary>
    /// Bilan 2022 de la Caf des Landes (seed 000) : 3310 nouvelles demandes dont 1950 pour la parentalité, 1218 pour
    /// l'insertion et 142 pour des impayés de loyer ; 2243 interventions ; 1345 rendez-vous liés à la séparation tenus.
    /// Les chiffres naissent de 3310 dossiers et de leurs rendez-vous, sans ressaisie.
    /// </summary>
    [Fact]
    public void Les_chiffres_des_Landes_2022_naissent_des_dossiers()
    {
        var carte = GenerateursCaf.CarteDesLandes;
        var secteurs = carte.Secteurs.Where(s => s.TravailleursSociaux.Count > 0).ToArray();
        var dossiers = new List<DossierDAccompagnement>();
        for (var i = 0; i < 3310; i++)
        {
            var secteur = secteurs[i % secteurs.Length];
            var ouverture = new LocalDate(2022, 1, 3).PlusDays(i % 300);
            var motif = i < 1950 ? Motif.Parentalite : i < 3168 ? Motif.Insertion : Motif.ImpayesDeLoyer;
            var d = DossierDAccompagnement.Ouvrir(NumeroAllocataire.FromValeur(3_000_000 + i), secteur.Communes[0].Code, OrigineDuDossier.DUneDemande(ouverture), motif, secteur.TravailleursSociaux[0], carte)
                .GetValueOrThrow().Dossier;
            if (i < 2243)
            {
                d = d.Convoquer(ouverture.PlusDays(1), ouverture.PlusDays(5), CanalDeRendezVous.Toutes[0]).GetValueOrThrow().Dossier
                    .ConstaterRendezVous(1, ouverture.PlusDays(5), IssueDuRendezVous.Tenu).GetValueOrThrow().Dossier;
            }

            dossiers.Add(d);
        }

        var journal = JournalDesDossiers.Creer(new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31)), dossiers, [], d => d.Numero.Valeur < 3_001_345 ? TypeEvenement.Separation : null)
            .GetValueOrThrow();
        var texte = BilanAnnuel.Etablir(journal, 2022).GetValueOrThrow().EnTexte();

        Assert.Contains("3310 nouvelles demandes dont 1950 pour la parentalité, 1218 pour l'insertion et 142 pour des impayés de loyer", texte, StringComparison.Ordinal);
        Assert.Contains("2243 interventions", texte, StringComparison.Ordinal);
        Assert.Contains("1345 rendez-vous liés à la séparation tenus en 2022", texte, StringComparison.Ordinal);
    }
}
