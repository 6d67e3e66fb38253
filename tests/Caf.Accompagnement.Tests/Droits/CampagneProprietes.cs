using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Ruptures;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Droits;

/// <summary>Propriétés de la campagne de contacts, sur des populations générées par les fabriques publiques.</summary>
public sealed class CampagneProprietes
{
    private const int Essais = 40;

    /// <summary>Une population (graine et taille), une date de référence bornée, des capacités et une mise à jour.</summary>
    public sealed record Scenario(int Graine, int Taille, LocalDate Reference, int CapaciteCaf, int CapaciteTs, int JoursSuivants)
    {
        public override string ToString() => $"graine {Graine}, {Taille} foyers, {Dates.FormaterIso(Reference)}, capacités {CapaciteCaf}/{CapaciteTs}, +{JoursSuivants} j";
    }

    private static Arbitrary<Scenario> Scenarios() =>
        (from graine in Gen.Choose(0, 1_000_000)
         from taille in Gen.Choose(0, 60)
         from jour in Gen.Choose(0, 5 * 365)
         from capaciteCaf in Gen.Choose(1, 8)
         from capaciteTs in Gen.Choose(1, 4)
         from suivants in Gen.Choose(0, 40)
         select new Scenario(graine, taille, new LocalDate(2019, 6, 1).PlusDays(jour), capaciteCaf, capaciteTs, suivants)).ToArbitrary();

    private static PlanificateurDeCampagne Planificateur(Scenario s) =>
        FoyersDeTest.Planificateur(FoyersDeTest.Politique(p =>
        {
            p.CapaciteJournaliereCaf = s.CapaciteCaf;
            p.CapaciteJournaliereTravailleurSocial = s.CapaciteTs;
        }));

    /// <summary>
    /// Déroule un scénario : campagne initiale, issues enregistrées au hasard, puis population modifiée (foyers changés,
    /// retirés, ajoutés) à une date ultérieure. Rend la campagne avec historique, les changements et la population à jour.
    /// </summary>
    private static (Campagne AvecHistorique, List<Foyer> Modifies, List<NumeroAllocataire> Retires, List<Foyer> Population, LocalDate Suivante) Derouler(Scenario s)
    {
        var hasard = new Random(s.Graine);
        var planificateur = Planificateur(s);
        var population = FoyersDeTest.Population(hasard, s.Taille, s.Reference);
        var campagne = planificateur.Planifier(population, s.Reference).Valeur;
        foreach (var c in campagne.Contacts)
        {
            if (hasard.Next(3) > 0)
            {
                var issue = IssueDuContact.Toutes[hasard.Next(IssueDuContact.Toutes.Count)];
                campagne = campagne.Enregistrer(c.Numero, s.Reference.PlusDays(hasard.Next(0, 5)), issue).GetValueOrThrow().Campagne;
            }
        }

        var suivante = s.Reference.PlusDays(s.JoursSuivants);
        var modifies = new List<Foyer>();
        var retires = new List<NumeroAllocataire>();
        var nouvelle = new List<Foyer>();
        for (var i = 0; i < population.Count; i++)
        {
            switch (hasard.Next(10))
            {
                case 0:
                    retires.Add(population[i].Numero);
                    break;
                case 1 or 2:
                    var modifie = FoyersDeTest.Aleatoire(hasard, i, suivante);
                    modifies.Add(modifie);
                    nouvelle.Add(modifie);
                    break;
                default:
                    nouvelle.Add(population[i]);
                    break;
            }
        }

        for (var i = 0; i < hasard.Next(0, 5); i++)
        {
            var ajoute = FoyersDeTest.Aleatoire(hasard, population.Count + i, suivante);
            modifies.Add(ajoute);
            nouvelle.Add(ajoute);
        }

        return (campagne, modifies, retires, nouvelle, suivante);
    }

    [Property(MaxTest = Essais)]
    public Property Un_seul_contact_par_foyer_et_seulement_pour_les_foyers_signales() =>
        Prop.ForAll(Scenarios(), s =>
        {
            var population = FoyersDeTest.Population(new Random(s.Graine), s.Taille, s.Reference);
            var campagne = Planificateur(s).Planifier(population, s.Reference).Valeur;
            var detecteur = new DetecteurDeRuptures(CatalogueDesPublics.ParDefaut(), campagne.Politique);
            var signales = population.Where(f => detecteur.Detecter(f, s.Reference).EstSignale).Select(f => f.Numero).ToHashSet();

            return campagne.Contacts.Select(c => c.Numero).Distinct().Count() == campagne.Contacts.Length
                && campagne.Contacts.Select(c => c.Numero).ToHashSet().SetEquals(signales);
        });

    [Property(MaxTest = Essais)]
    public Property Chaque_contact_a_au_moins_un_signal_et_une_explication() =>
        Prop.ForAll(Scenarios(), s =>
        {
            var campagne = Planificateur(s).Planifier(FoyersDeTest.Population(new Random(s.Graine), s.Taille, s.Reference), s.Reference).Valeur;

            return campagne.Contacts.All(c =>
                !c.Signaux.IsEmpty
                && c.Gravite == c.Signaux.MaxBy(x => x.Gravite.Rang)!.Gravite
                && c.Signaux.All(x => x.Explication.Operations.Length > 0 && !string.IsNullOrWhiteSpace(x.Explication.Conclusion))
                && c.Explication.Conclusion.Contains(Dates.Formater(c.DatePrevue), StringComparison.Ordinal)
                && c.Explication.Operations.Length > 0
                && !c.Explication.ToString().Contains(c.Numero.EnClair, StringComparison.Ordinal));
        });

    [Property(MaxTest = Essais)]
    public Property Priorites_respectees_dans_la_limite_des_capacites() =>
        Prop.ForAll(Scenarios(), s =>
        {
            var campagne = Planificateur(s).Planifier(FoyersDeTest.Population(new Random(s.Graine), s.Taille, s.Reference), s.Reference).Valeur;
            foreach (var file in campagne.Contacts.GroupBy(c => c.Intervenant.Code))
            {
                var capacite = file.First().Intervenant.Type == TypeIntervenant.TravailleurSocial ? s.CapaciteTs : s.CapaciteCaf;
                var parJour = file.GroupBy(c => c.DatePrevue).OrderBy(g => g.Key).ToList();

                // Jamais plus que la capacité un jour ouvré ; tous les jours pleins sauf le dernier ; pas avant la référence.
                if (parJour.Any(j => j.Count() > capacite || j.Key < s.Reference || j.Key.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
                    || parJour.SkipLast(1).Any(j => j.Count() != capacite))
                {
                    return false;
                }

                // Un contact plus prioritaire n'est jamais prévu après un contact moins prioritaire.
                var ordonnes = file.OrderByDescending(c => c.Gravite.Rang).ThenBy(c => c.Echeance).ThenBy(c => c.Numero).ToList();
                for (var i = 1; i < ordonnes.Count; i++)
                {
                    if (ordonnes[i].DatePrevue < ordonnes[i - 1].DatePrevue)
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Property(MaxTest = Essais)]
    public Property Personne_dans_la_fenetre_d_ecartement_n_est_contacte() =>
        Prop.ForAll(Scenarios(), s =>
        {
            var (avecHistorique, _, _, population, suivante) = Derouler(s);
            var campagne = Planificateur(s).Planifier(population, suivante, avecHistorique).Valeur;
            var politique = campagne.Politique;

            return campagne.Contacts.All(c =>
            {
                var appels = campagne.AppelsDe(c.Numero);
                if (appels.Count == 0)
                {
                    return c.Tentative == 1;
                }

                var echecs = appels.Reverse().TakeWhile(a => a.Issue == IssueDuContact.Injoignable).Count();
                var delai = echecs > 0 && echecs < politique.TentativesMaximum ? politique.DelaiNouvelleTentativeJours : politique.FenetreSansNouvelAppelJours;
                return appels.All(a => a.Issue != IssueDuContact.Refus)
                    && c.DatePrevue >= appels[^1].Date.PlusDays(delai)
                    && c.Tentative == (echecs > 0 && echecs < politique.TentativesMaximum ? echecs + 1 : 1);
            });
        });

    [Property(MaxTest = Essais)]
    public Property Mise_a_jour_incrementale_egale_recalcul_complet() =>
        Prop.ForAll(Scenarios(), s =>
        {
            var (avecHistorique, modifies, retires, population, suivante) = Derouler(s);
            var planificateur = Planificateur(s);

            var incrementale = planificateur.MettreAJour(avecHistorique, modifies, retires, suivante);
            var complete = planificateur.Planifier(population, suivante, avecHistorique).Valeur;

            return (incrementale.Contacts.SequenceEqual(complete.Contacts)
                    && incrementale.NombreEcartes == complete.NombreEcartes
                    && incrementale.Historique.Count == avecHistorique.Historique.Count
                    && incrementale.Historique.All(h => h.Value.SequenceEqual(avecHistorique.Historique[h.Key]))
                    && incrementale.FoyersReevalues <= complete.FoyersReevalues)
                .Label($"{incrementale.Contacts.Length} contacts en incrémental, {complete.Contacts.Length} en complet");
        });

    [Property(MaxTest = Essais)]
    public Property Totaux_de_la_campagne_egaux_a_la_somme_des_secteurs() =>
        Prop.ForAll(Scenarios(), s =>
        {
            var campagne = Planificateur(s).Planifier(FoyersDeTest.Population(new Random(s.Graine), s.Taille, s.Reference), s.Reference).Valeur;
            var secteurs = campagne.TotauxParSecteur;

            static Dictionary<string, int> Somme(IEnumerable<IReadOnlyDictionary<string, int>> d) =>
                d.SelectMany(x => x).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Sum(x => x.Value));

            return secteurs.Sum(t => t.Contacts) == campagne.Total.Contacts
                && campagne.Total.Contacts == campagne.Contacts.Length
                && secteurs.Sum(t => t.ParTelephone) == campagne.Total.ParTelephone
                && secteurs.Sum(t => t.ParCourrier) == campagne.Total.ParCourrier
                && Somme(secteurs.Select(t => t.ParGravite)).OrderBy(x => x.Key).SequenceEqual(campagne.Total.ParGravite)
                && Somme(secteurs.Select(t => t.ParMotif)).OrderBy(x => x.Key).SequenceEqual(campagne.Total.ParMotif)
                && secteurs.All(t => t.Contacts == campagne.Contacts.Count(c => c.Secteur == t.Secteur));
        });

    [Property(MaxTest = Essais)]
    public Property Detection_en_masse_egale_detection_foyer_par_foyer() =>
        Prop.ForAll(Scenarios(), s =>
        {
            var population = FoyersDeTest.Population(new Random(s.Graine), s.Taille, s.Reference);
            var politique = s.JoursSuivants % 2 == 0 ? PolitiqueDeCampagne.ParDefaut : FoyersDeTest.Politique(p => p.SansDemarchePendantJours = 30 + s.JoursSuivants);
            var detecteur = new DetecteurDeRuptures(CatalogueDesPublics.ParDefaut(), politique);
            var colonnes = PopulationDeDroits.Create(population);
            var masques = new byte[population.Count];
            var bits = new Dictionary<string, byte>
            {
                [PublicRuptureConsommee.CodePublic] = DetectionEnMasse.BitRuptureConsommee,
                [PublicSuspensionPieceManquante.CodePublic] = DetectionEnMasse.BitSuspension,
                [PublicEcheanceProche.CodePublic] = DetectionEnMasse.BitEcheance,
                [PublicFamillesPrioritaires.CodePublic] = DetectionEnMasse.BitFamillePrioritaire,
                [PublicAccueilPhysique.CodePublic] = DetectionEnMasse.BitAccueilPhysique,
            };

            var comptes = DetectionEnMasse.Detecter(colonnes, s.Reference, politique, masques);
            var attendus = population.Select(f => detecteur.Detecter(f, s.Reference).Signaux.Aggregate(0, (m, x) => m | bits[x.CodePublic])).ToList();

            return masques.Select(m => (int)m).SequenceEqual(attendus)
                && comptes.Signales == attendus.Count(m => m != 0)
                && comptes.FamillePrioritaire == attendus.Count(m => (m & DetectionEnMasse.BitFamillePrioritaire) != 0)
                && comptes.AccueilPhysique == attendus.Count(m => (m & DetectionEnMasse.BitAccueilPhysique) != 0);
        });
}
