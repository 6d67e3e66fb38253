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
}
