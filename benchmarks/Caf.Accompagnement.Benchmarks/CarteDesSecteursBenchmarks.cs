using BenchmarkDotNet.Attributes;
using Caf.Accompagnement.Territoires;

namespace Caf.Accompagnement.Benchmarks;

/// <summary>
/// Le secteur de 1 000 000 de codes commune (communes des Landes, avec des anciens codes et 10 % de communes d'autres
/// départements), contre un <c>Dictionary&lt;string, string&gt;</c> code → nom de secteur en référence.
/// Les chiffres sont donnés par recherche (<c>OperationsPerInvoke</c>).
/// </summary>
[MemoryDiagnoser]
public class CarteDesSecteursBenchmarks
{
    private const int Recherches = 1_000_000;

    private CarteDesSecteurs _carte = null!;
    private Dictionary<string, string> _dictionnaire = null!;
    private CodeCommune[] _codes = null!;
    private string[] _textes = null!;

    [GlobalSetup]
    public void Preparer()
    {
        var cog = ReferentielCommunes.Cog2026;
        var landes = cog.DuDepartement("40");
        var builder = CarteDesSecteurs.Builder("40", cog);
        foreach (var epci in landes.GroupBy(c => c.CodeEpci!))
        {
            builder.AjouterSecteur(epci.Key, TravailleurSocial.FromIdentifiant("TS-" + epci.Key)).Affecter(epci.Key, epci.Select(c => c.Code));
        }

        _carte = builder.Build().GetValueOrThrow();
        _dictionnaire = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in _carte.Secteurs)
        {
            foreach (var c in s.Communes)
            {
                _dictionnaire.Add(c.Code.ToString(), s.Nom);
                foreach (var a in c.AnciensCodes)
                {
                    _dictionnaire.Add(a.ToString(), s.Nom);
                }
            }
        }

        var hasard = new Random(40);
        var anciens = landes.SelectMany(c => c.AnciensCodes).ToArray();
        _codes = new CodeCommune[Recherches];
        for (var i = 0; i < Recherches; i++)
        {
            var tirage = hasard.Next(100);
            _codes[i] = tirage < 10 ? cog[hasard.Next(cog.Count)].Code : tirage < 12 ? anciens[hasard.Next(anciens.Length)] : landes[hasard.Next(landes.Count)].Code;
        }

        _textes = [.. _codes.Select(c => c.ToString())];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Recherches)]
    public int Secteur_Dictionnaire()
    {
        var trouves = 0;
        foreach (var t in _textes)
        {
            if (_dictionnaire.TryGetValue(t, out _))
            {
                trouves++;
            }
        }

        return trouves;
    }

    [Benchmark(OperationsPerInvoke = Recherches)]
    public int Secteur_IndexDeSecteur()
    {
        var carte = _carte;
        var trouves = 0;
        foreach (var c in _codes)
        {
            if (carte.IndexDeSecteur(c) >= 0)
            {
                trouves++;
            }
        }

        return trouves;
    }

    [Benchmark(OperationsPerInvoke = Recherches)]
    public int Secteur_TryGetSecteur()
    {
        var carte = _carte;
        var population = 0;
        foreach (var c in _codes)
        {
            if (carte.TryGetSecteur(c, out var s))
            {
                population += s.Index;
            }
        }

        return population;
    }

    [Benchmark(OperationsPerInvoke = Recherches)]
    public int Secteur_TexteLuPuisIndexDeSecteur()
    {
        var carte = _carte;
        var trouves = 0;
        foreach (var t in _textes)
        {
            if (CodeCommune.TryParse(t, out var c) && carte.IndexDeSecteur(c) >= 0)
            {
                trouves++;
            }
        }

        return trouves;
    }
}
