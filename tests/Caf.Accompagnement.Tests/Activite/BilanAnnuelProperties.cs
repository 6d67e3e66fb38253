using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Foyers;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Activite;

public sealed class BilanAnnuelProperties
{
    [Property(Arbitrary = [typeof(ArbitrairesActivite)], MaxTest = 60)]
    public bool Les_totaux_sont_la_somme_de_leurs_parties(JournalAleatoire j)
    {
        var bilan = BilanAnnuel.Etablir(j.Journal, 2022).Valeur;
        var tous = bilan.Secteurs.SelectMany(s => new[] { s.Chiffres, s.ChiffresPrecedents! })
            .Append(bilan.Chiffres).Append(bilan.ChiffresPrecedents!);
        return tous.All(TotauxCoherents)
            && bilan.Chiffres.AidesIndividuellesVersees == new TotalDAides(bilan.Aides.TotalVersees.Nombre, bilan.Aides.TotalVersees.Montant)
            && bilan.Secteurs.All(s => s.Chiffres.AidesIndividuellesVersees == new TotalDAides(s.Aides.TotalVersees.Nombre, s.Aides.TotalVersees.Montant))
            && CategorieAide.Toutes.All(c => bilan.Chiffres.AidesVersees(c).Nombre == bilan.Aides.DeLaCategorie(c).Nombre)
            && bilan.Chiffres.Interventions == j.Journal.Entrees.OfType<Intervention>().Count(e => e.Date.Year == 2022)
            && bilan.ChiffresPrecedents!.NouvellesDemandes == j.Journal.Entrees.OfType<NouvelleDemande>().Count(e => e.Date.Year == 2021)
            && bilan.Chiffres.RendezVous(StatutDeRendezVous.Tenu, TypeEvenement.Separation)
                == j.Journal.Entrees.OfType<RendezVous>().Count(e => e.Date.Year == 2022 && e.Statut == StatutDeRendezVous.Tenu && e.EvenementLie == TypeEvenement.Separation);
    }

    [Property(Arbitrary = [typeof(ArbitrairesActivite)], MaxTest = 60)]
    public bool Les_secteurs_somment_au_departement(JournalAleatoire j)
    {
        var bilan = BilanAnnuel.Etablir(j.Journal, 2022).Valeur;
        return ChiffresDActivite.Sommer(bilan.Secteurs.Select(s => s.Chiffres)).Equals(bilan.Chiffres)
            && ChiffresDActivite.Sommer(bilan.Secteurs.Select(s => s.ChiffresPrecedents!)).Equals(bilan.ChiffresPrecedents);
    }

    [Property(Arbitrary = [typeof(ArbitrairesActivite)], MaxTest = 60)]
    public bool Le_bilan_d_une_periode_est_la_somme_de_ses_mois(JournalAleatoire j)
    {
        var annee = BilanAnnuel.Etablir(j.Journal, 2022).Valeur;
        var mois = Enumerable.Range(1, 12)
            .Select(m => new DateInterval(new LocalDate(2022, m, 1), new LocalDate(2022, m, 1).PlusMonths(1).PlusDays(-1)))
            .Select(p => BilanAnnuel.Etablir(j.Journal, p).Valeur)
            .ToList();
        return ChiffresDActivite.Sommer(mois.Select(b => b.Chiffres)).Equals(annee.Chiffres)
            && ChiffresDActivite.Sommer(mois.Select(b => b.ChiffresPrecedents!)).Equals(annee.ChiffresPrecedents)
            && annee.Secteurs.All(s => ChiffresDActivite.Sommer(mois.SelectMany(b => b.Secteurs).Where(x => x.Secteur == s.Secteur).Select(x => x.Chiffres)).Equals(s.Chiffres));
    }

    [Property(Arbitrary = [typeof(ArbitrairesActivite)], MaxTest = 100)]
    public bool Une_saisie_a_motif_inconnu_ou_hors_periode_est_refusee_jamais_comptee(SaisieBrute[] saisies)
    {
        var journal = Journal.Vide(2022);
        var acceptees = 0;
        foreach (var s in saisies)
        {
            var motifConnu = Motif.TryFromCode(s.Motif, out _);
            var dansPeriode = s.Date.Year == 2022;
            var avant = journal;
            var resultat = journal.Ajouter(Intervention.Create(s.Date, s.Motif, s.Secteur, "TS1"));
            if (resultat.TryGetValue(out var nouveau))
            {
                if (!motifConnu || !dansPeriode)
                {
                    return false;
                }

                journal = nouveau;
                acceptees++;
            }
            else
            {
                var codes = resultat.Erreurs.Select(e => e.Code).ToList();
                var attendu = motifConnu ? "activite.entree.hors_periode" : "activite.motif.inconnu";
                if ((motifConnu && dansPeriode) || !codes.Contains(attendu) || avant.Entrees.Length != journal.Entrees.Length
                    || resultat.Erreurs.Any(e => string.IsNullOrWhiteSpace(e.Message)))
                {
                    return false;
                }
            }
        }

        return journal.Chiffres(journal.Periode).Valeur.Interventions == acceptees;
    }

    private static bool TotauxCoherents(ChiffresDActivite c) =>
        c.Interventions == Motif.Toutes.Sum(c.InterventionsPour)
        && c.NouvellesDemandes == Motif.Toutes.Sum(c.NouvellesDemandesPour)
        && c.SeancesCollectives == ThemeDeSeance.Toutes.Sum(t => ModaliteDeSeance.Toutes.Sum(m => c.Seances(t, m)))
        && c.SeancesCollectives == ThemeDeSeance.Toutes.Sum(t => c.Seances(t))
        && StatutDeRendezVous.Toutes.All(s => c.RendezVous(s) == OrigineDeRendezVous.Toutes.Sum(o => c.RendezVous(s, origine: o)))
        && StatutDeRendezVous.Toutes.All(s => c.RendezVous(s) >= TypeEvenement.Toutes.Sum(e => c.RendezVous(s, e)))
        && c.ContratsSignes == RegimeContrat.Toutes.Sum(c.ContratsSignesSelon)
        && c.AidesVersees() == Somme(CategorieAide.Toutes.Select(x => c.AidesVersees(x)))
        && c.AidesVersees() == Somme(FormeAide.Toutes.Select(f => c.AidesVersees(forme: f)))
        && c.AidesIndividuellesVersees == Somme(CategorieAide.Toutes.Where(x => x.EstVersee).Select(x => c.AidesVersees(x)))
        && CategorieAide.Toutes.All(x => c.AidesVersees(x) == Somme(AidesDeReference.Tous.Where(t => t.Categorie == x).Select(t => c.AidesVersees(x, t))))
        && c.AidesAttribuees() == Somme(FormeAide.Toutes.Select(f => c.AidesAttribuees(forme: f)));

    private static TotalDAides Somme(IEnumerable<TotalDAides> totaux) =>
        totaux.Aggregate(new TotalDAides(0, Montant.Zero), (a, b) => new TotalDAides(a.Nombre + b.Nombre, a.Montant + b.Montant));
}
