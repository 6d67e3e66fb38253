using BenchmarkDotNet.Attributes;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;
using RulesEngine.Models;

namespace Caf.Accompagnement.Benchmarks;

/// <summary>
/// Segmentation d'un million de foyers générés (France entière, comptes par département) sous la politique nationale
/// (8 cibles) : la segmentation colonnaire sur un fil et sur tous les cœurs, contre une segmentation LINQ sur les objets
/// <see cref="Foyer"/> (référence) et contre Microsoft RulesEngine 6.0.1 (sur 10 000 foyers). Chaque méthode déclare
/// le nombre de foyers traités (<c>OperationsPerInvoke</c>) : les temps et octets affichés sont par foyer.
/// </summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private const int Foyers = 1_000_000;
    private const int FoyersRulesEngine = 10_000;
    private static readonly LocalDate Reference = new(2022, 6, 30);

    private IReadOnlyList<Foyer> _foyers = [];
    private FoyerPlat[] _foyersPlats = [];
    private Population _population = null!;
    private Segmentation _segmentation = null!;
    private ResultatDeSegmentation _resultat = null!;
    private RulesEngine.RulesEngine _moteur = null!;
    private (TypeEvenement Type, int Delai, string Code)[] _evenements = [];
    private int _ageRsa;
    private Segmentation _segmentationLocale = null!;
    private ResultatDeSegmentation _resultatLocal = null!;

    /// <summary>La politique nationale et trois cibles locales en colonnes (<see cref="CibleEnColonnes"/>).</summary>
    internal static PolitiqueDeCiblage NationaleEtLocales() => PolitiqueDeCiblage.National
        .Avec(CibleEnColonnes.Builder("LOCALE_FAMILLES_NOMBREUSES_RSA", "Familles de trois enfants ou plus au RSA").Avec(IndicateursFoyer.Rsa).NombreEnfants(3).Build().GetValueOrThrow())
        .Avec(CibleEnColonnes.Builder("LOCALE_JEUNES_APL", "Jeunes de 18 à 25 ans à l'aide au logement, sans téléphone connu").Avec(IndicateursFoyer.Apl).Sans(IndicateursFoyer.TelephoneConnu).AgeAllocataire(18, 25).Build().GetValueOrThrow())
        .Avec(CibleEnColonnes.Builder("LOCALE_TOUT_PETITS", "Parents seuls d'un enfant de moins de 3 ans sous 1 500 € par mois").Sans(IndicateursFoyer.EnCouple).PlusJeuneEnfantDeMoinsDe(3).RessourcesMensuelles(null, Montant.FromEuros(1500m)).Build().GetValueOrThrow());

    [GlobalSetup]
    public void Preparer()
    {
        var generateur = GenerateurDePopulation.From(Reference, graine: 2022);
        _foyers = generateur.Foyers(Foyers);
        _population = Population.Create(_foyers).GetValueOrThrow();
        var politique = PolitiqueDeCiblage.National;
        _segmentation = Segmentation.Create(politique, Reference).GetValueOrThrow();
        _resultat = _segmentation.Segmenter(_population, ParDepartement());
        _ageRsa = politique.Cibles.OfType<CibleRsaMonoparent>().Single().Parametres.AgeLimiteEnfant;
        _evenements = [.. politique.Cibles.OfType<CibleEvenementDeVie>().Select(c => (c.Parametres.Evenement, c.Parametres.DelaiEnJours, c.Code))];
        _moteur = CreerMoteur(politique);
        _foyersPlats = [.. _foyers.Take(FoyersRulesEngine).Select(f => FoyerPlat.De(f, Reference))];
        _segmentationLocale = Segmentation.Create(NationaleEtLocales(), Reference).GetValueOrThrow();
        _resultatLocal = _segmentationLocale.Segmenter(_population, ParDepartement());
        for (var i = 0; i < FoyersRulesEngine; i++)
        {
            for (var k = _segmentation.Cibles.Length; k < _segmentationLocale.Cibles.Length; k++)
            {
                if (_segmentationLocale.Politique.Cibles[k].Contient(_foyers[i]) != _resultatLocal.Appartient(i, k))
                {
                    throw new InvalidOperationException($"Cible locale {_segmentationLocale.Cibles[k].Code} : colonnes et foyer par foyer diffèrent.");
                }
            }
        }

        // Les trois façons de faire donnent les mêmes comptes : elles appliquent bien les mêmes cibles.
        var linq = Segmenter_Linq();
        var rules = Segmenter_RulesEngine();
        for (var k = 0; k < _segmentation.Cibles.Length; k++)
        {
            var code = _segmentation.Cibles[k].Code;
            var attendu = linq.Where(x => x.Key.Cible == code).Sum(x => x.Value);
            if (attendu != _resultat.Total(k))
            {
                throw new InvalidOperationException($"LINQ et segmentation diffèrent pour {code} : {attendu} contre {_resultat.Total(k)}.");
            }

            var premiers = Enumerable.Range(0, FoyersRulesEngine).Count(i => _resultat.Appartient(i, k));
            if (rules.Where(x => x.Key.Cible == code).Sum(x => x.Value) != premiers)
            {
                throw new InvalidOperationException($"RulesEngine et segmentation diffèrent pour {code}.");
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Foyers)]
    public long Segmenter_Colonnes_UnFil()
    {
        _segmentation.SegmenterDans(_resultat, partitions: 1);
        return _resultat.Total(0);
    }

    /// <summary>La politique nationale et trois cibles locales en colonnes, sur un fil (objectif : au plus 2 × <see cref="Segmenter_Colonnes_UnFil"/>).</summary>
    [Benchmark(OperationsPerInvoke = Foyers)]
    public long Segmenter_Colonnes_UnFil_AvecCiblesLocales()
    {
        _segmentationLocale.SegmenterDans(_resultatLocal, partitions: 1);
        return _resultatLocal.Total(0);
    }

    [Benchmark(OperationsPerInvoke = Foyers)]
    public long Segmenter_Colonnes_TousLesCoeurs()
    {
        _segmentation.SegmenterDans(_resultat);
        return _resultat.Total(0);
    }

    /// <summary>Ce qu'écrit aujourd'hui un développeur averti : seuils résolus une fois, puis LINQ sur les objets du modèle.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Foyers)]
    public Dictionary<(string Departement, string Cible), int> Segmenter_Linq()
    {
        var d = Reference;
        var plafond = BaremesOfficiels.SmicMensuel.ValeurAu(d).Valeur.Valeur.Multiplier(1.5m);
        var seuil = BaremesOfficiels.SeuilDePauvrete.ValeurAu(d).Valeur.Valeur;
        var fenetres = _evenements.Select(e => (e.Type, Debut: d.PlusDays(-e.Delai), e.Code)).ToArray();
        return _foyers
            .SelectMany(f => CiblesLinq(f, d, plafond, seuil, fenetres).Select(c => (f.Commune.Departement, c)))
            .GroupBy(x => x)
            .ToDictionary(g => g.Key, g => g.Count());
    }

    [Benchmark(OperationsPerInvoke = FoyersRulesEngine)]
    public Dictionary<(string Departement, string Cible), int> Segmenter_RulesEngine()
    {
        var comptes = new Dictionary<(string, string), int>();
        foreach (var f in _foyersPlats)
        {
            var resultats = _moteur.ExecuteAllRulesAsync("Cibles", f).GetAwaiter().GetResult();
            foreach (var r in resultats)
            {
                if (r.IsSuccess)
                {
                    var cle = (f.Departement, r.Rule.RuleName);
                    comptes[cle] = comptes.GetValueOrDefault(cle) + 1;
                }
            }
        }

        return comptes;
    }

    private IEnumerable<string> CiblesLinq(Foyer f, LocalDate d, Montant plafond, Montant seuil, (TypeEvenement Type, LocalDate Debut, string Code)[] fenetres)
    {
        // La situation est celle en vigueur à la date : datée après, elle n'est pas connue et aucune condition qui en dépend
        // n'est remplie ; le RSA parent isolé suppose l'allocataire soumis aux droits et devoirs (présumé s'il est inconnu).
        var situation = f.SituationAu(d);
        var isole = situation == SituationFamiliale.Isole;
        var nes = f.Enfants.Where(e => e.DateNaissance <= d).ToList();
        if (f.Percoit(Prestation.Rsa) is not null && isole && f.Allocataire.EstSoumisAuxDroitsEtDevoirs(d) != false && nes.Count > 0 && nes.Min(e => e.Age(d)) < _ageRsa)
        {
            yield return CibleRsaMonoparent.CodeCible;
        }

        var age = f.Allocataire.Age(d);
        if (isole && f.NombreEnfants > 0 && age >= 18 && age <= 34 && f.RessourcesMensuelles < plafond)
        {
            yield return CibleParentsSeuls.CodeCible;
        }

        foreach (var (type, debut, code) in fenetres)
        {
            if (f.DernierEvenement(type, d) is { } date && date >= debut && (!type.SupposeUnePersonneSeule || isole))
            {
                yield return code;
            }
        }

        if (situation is not null && f.NombreEnfants > 0 && (isole || (decimal)f.RevenuDisponibleMensuel.Centimes / f.UnitesDeConsommation(d) < seuil.Centimes))
        {
            yield return CibleFamillePrioritaire.CodeCible;
        }
    }

    private static DecoupageEnSecteurs ParDepartement()
    {
        var referentiel = ReferentielCommunes.Cog2026;
        var departements = referentiel.Departements.ToList();
        var table = new short[referentiel.Count];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (short)departements.IndexOf(referentiel[i].Departement);
        }

        return DecoupageEnSecteurs.FromTable(referentiel, departements, table);
    }

    /// <summary>Les mêmes cibles en règles RulesEngine, seuils résolus à la date et écrits dans les expressions.</summary>
    private static RulesEngine.RulesEngine CreerMoteur(PolitiqueDeCiblage politique)
    {
        var plafond = BaremesOfficiels.SmicMensuel.ValeurAu(Reference).Valeur.Valeur.Multiplier(1.5m).Centimes;
        var seuil = BaremesOfficiels.SeuilDePauvrete.ValeurAu(Reference).Valeur.Valeur.Centimes;
        var ageRsa = politique.Cibles.OfType<CibleRsaMonoparent>().Single().Parametres.AgeLimiteEnfant;
        var regles = new List<Rule>
        {
            Regle(CibleRsaMonoparent.CodeCible, $"input1.Rsa && input1.Isole && input1.SoumisAuxDroitsEtDevoirs && input1.AgePlusJeuneEnfant >= 0 && input1.AgePlusJeuneEnfant < {ageRsa}"),
            Regle(CibleParentsSeuls.CodeCible, $"input1.Isole && input1.NombreEnfants > 0 && input1.AgeAllocataire >= 18 && input1.AgeAllocataire <= 34 && input1.RessourcesCentimes < {plafond}"),
            Regle(CibleFamillePrioritaire.CodeCible, $"input1.SituationConnue && input1.NombreEnfants > 0 && (input1.Isole || input1.RevenuDisponibleCentimes * 10 < {seuil} * input1.UnitesDeConsommationEnDixiemes)"),
        };
        foreach (var c in politique.Cibles.OfType<CibleEvenementDeVie>())
        {
            var seul = c.Parametres.Evenement.SupposeUnePersonneSeule ? " && input1.Isole" : string.Empty;
            regles.Add(Regle(c.Code, $"input1.JoursDepuis{c.Parametres.Evenement.Name} >= 0 && input1.JoursDepuis{c.Parametres.Evenement.Name} <= {c.Parametres.DelaiEnJours}{seul}"));
        }

        var workflow = new Workflow { WorkflowName = "Cibles", Rules = regles };
        return new RulesEngine.RulesEngine([workflow], new ReSettings());

        static Rule Regle(string nom, string expression) =>
            new() { RuleName = nom, Expression = expression, RuleExpressionType = RuleExpressionType.LambdaExpression };
    }

    /// <summary>Le foyer aplati pour RulesEngine (âges et délais calculés à la date de référence).</summary>
    public sealed class FoyerPlat
    {
        public string Departement { get; init; } = string.Empty;
        public bool Rsa { get; init; }
        public bool Isole { get; init; }
        public bool SituationConnue { get; init; }
        public bool SoumisAuxDroitsEtDevoirs { get; init; }
        public int NombreEnfants { get; init; }
        public int AgeAllocataire { get; init; }
        public int AgePlusJeuneEnfant { get; init; }
        public long RessourcesCentimes { get; init; }
        public long RevenuDisponibleCentimes { get; init; }
        public int UnitesDeConsommationEnDixiemes { get; init; }
        public int JoursDepuisDecesConjoint { get; init; }
        public int JoursDepuisDecesEnfant { get; init; }
        public int JoursDepuisSeparation { get; init; }
        public int JoursDepuisImpayeDeLoyer { get; init; }
        public int JoursDepuisMonoparentalite { get; init; }

        public static FoyerPlat De(Foyer f, LocalDate d)
        {
            var nes = f.Enfants.Where(e => e.DateNaissance <= d).ToList();
            int Jours(TypeEvenement t) => f.DernierEvenement(t, d) is { } x ? Period.Between(x, d, PeriodUnits.Days).Days : -1;
            return new FoyerPlat
            {
                Departement = f.Commune.Departement,
                Rsa = f.Percoit(Prestation.Rsa) is not null,
                Isole = f.SituationAu(d) == SituationFamiliale.Isole,
                SituationConnue = f.SituationAu(d) is not null,
                SoumisAuxDroitsEtDevoirs = f.Allocataire.EstSoumisAuxDroitsEtDevoirs(d) != false,
                NombreEnfants = f.NombreEnfants,
                AgeAllocataire = f.Allocataire.Age(d),
                AgePlusJeuneEnfant = nes.Count == 0 ? -1 : nes.Min(e => e.Age(d)),
                RessourcesCentimes = f.RessourcesMensuelles.Centimes,
                RevenuDisponibleCentimes = f.RevenuDisponibleMensuel.Centimes,
                UnitesDeConsommationEnDixiemes = (int)(f.UnitesDeConsommation(d) * 10),
                JoursDepuisDecesConjoint = Jours(TypeEvenement.DecesConjoint),
                JoursDepuisDecesEnfant = Jours(TypeEvenement.DecesEnfant),
                JoursDepuisSeparation = Jours(TypeEvenement.Separation),
                JoursDepuisImpayeDeLoyer = Jours(TypeEvenement.ImpayeDeLoyer),
                JoursDepuisMonoparentalite = Jours(TypeEvenement.Monoparentalite),
            };
        }
    }
}
