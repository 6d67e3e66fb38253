using System.Text.RegularExpressions;

namespace Caf.Accompagnement.Tests;

/// <summary>
/// La maison telle que le README la décrit : les formats d'échange (CSV, JSON, flux XML) sont tous sous
/// <c>src/Caf.Accompagnement/Formats/</c>, seul endroit qui emploie Sylvan.Data.Csv ; le domaine n'emploie que NodaTime,
/// Ardalis.SmartEnum, OneOf et les abstractions de l'injection de dépendances ; les données de droits ne dépendent ni
/// de la détection ni des campagnes, ni des foyers, ni des cibles.
/// </summary>
public sealed partial class ArchitectureTest
{
    private static string Source()
    {
        var racine = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(racine, "Caf.Accompagnement.sln")))
        {
            racine = Path.GetDirectoryName(racine) ?? throw new InvalidOperationException("Racine du dépôt introuvable.");
        }

        return Path.Combine(racine, "src", "Caf.Accompagnement");
    }

    private static IEnumerable<(string Chemin, string Texte)> Fichiers(string dossier) =>
        Directory.EnumerateFiles(dossier, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(dossier, f), File.ReadAllText(f)));

    [GeneratedRegex(@"^using\s+([A-Za-z0-9_.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Using();

    [Fact]
    public void Le_domaine_hors_des_formats_n_emploie_que_NodaTime_SmartEnum_OneOf_et_l_injection_de_dependances()
    {
        var admis = new[] { "System", "Caf.Accompagnement", "NodaTime", "Ardalis.SmartEnum", "OneOf", "Microsoft.Extensions.DependencyInjection" };
        var fautifs = Fichiers(Source())
            .Where(f => !f.Chemin.StartsWith("Formats" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .SelectMany(f => Using().Matches(f.Texte).Select(m => (f.Chemin, Espace: m.Groups[1].Value)))
            .Where(u => !admis.Any(a => u.Espace == a || u.Espace.StartsWith(a + ".", StringComparison.Ordinal)))
            .Select(u => $"{u.Chemin} : using {u.Espace}")
            .ToList();
        Assert.True(fautifs.Count == 0, string.Join("\n", fautifs));
        Assert.Contains(Fichiers(Source()), f => f.Chemin.StartsWith("Formats", StringComparison.Ordinal) && f.Texte.Contains("using Sylvan.Data.Csv;", StringComparison.Ordinal));
    }

    [Fact]
    public void Les_donnees_de_droits_ne_dependent_d_aucun_module_au_dessus_d_elles()
    {
        var interdits = new[] { "Caf.Accompagnement.Ruptures", "Caf.Accompagnement.Campagnes", "Caf.Accompagnement.Cibles", "Caf.Accompagnement.Foyers", "Caf.Accompagnement.Dossiers", "Caf.Accompagnement.Activite" };
        var droits = Fichiers(Path.Combine(Source(), "Droits")).ToList();
        Assert.NotEmpty(droits);
        var fautifs = droits.Where(f => interdits.Any(i => f.Texte.Contains(i, StringComparison.Ordinal))).Select(f => f.Chemin).ToList();
        Assert.True(fautifs.Count == 0, string.Join("\n", fautifs));

        // Les foyers et les cibles, sous la détection et les campagnes, ne les emploient pas.
        var dessous = Fichiers(Path.Combine(Source(), "Foyers")).Concat(Fichiers(Path.Combine(Source(), "Cibles"))).Concat(Fichiers(Path.Combine(Source(), "Territoires")));
        var inverses = dessous.Where(f => f.Texte.Contains("using Caf.Accompagnement.Ruptures;", StringComparison.Ordinal) || f.Texte.Contains("using Caf.Accompagnement.Campagnes;", StringComparison.Ordinal)).Select(f => f.Chemin).ToList();
        Assert.True(inverses.Count == 0, string.Join("\n", inverses));
    }

    /// <summary>Les modules qu'un module emploie : <c>using</c> et noms qualifiés hors commentaires de documentation et membres obsolètes.</summary>
    private static Dictionary<string, HashSet<string>> Dependances()
    {
        var modules = Directory.GetDirectories(Source()).Select(Path.GetFileName).Where(m => m is not ("bin" or "obj" or "Formats" or "Properties")).Select(m => m!).ToList();
        var dependances = modules.ToDictionary(m => m, _ => new HashSet<string>());
        foreach (var m in modules)
        {
            foreach (var (_, texte) in Fichiers(Path.Combine(Source(), m)))
            {
                var lignes = texte.Split('\n');
                var code = lignes.Where((l, k) => !l.TrimStart().StartsWith("///", StringComparison.Ordinal) && !l.Contains("[Obsolete(", StringComparison.Ordinal) && !(k > 0 && lignes[k - 1].Contains("[Obsolete(", StringComparison.Ordinal)));
                var joint = string.Join('\n', code);
                foreach (var autre in modules.Where(o => o != m))
                {
                    if (joint.Contains($"using Caf.Accompagnement.{autre};", StringComparison.Ordinal) || Regex.IsMatch(joint, $@"(?<![A-Za-z0-9_]){autre}\.[A-Z]"))
                    {
                        dependances[m].Add(autre);
                    }
                }
            }
        }

        return dependances;
    }

    [Fact]
    public void Les_modules_dependent_les_uns_des_autres_sans_cycle()
    {
        // Les modules ôtés un à un quand ils n'emploient plus que des modules déjà ôtés : il n'en reste aucun.
        var dependances = Dependances();
        var restants = dependances.Keys.ToHashSet();
        bool progres;
        do
        {
            var libres = restants.Where(m => !dependances[m].Overlaps(restants)).ToList();
            progres = libres.Count > 0;
            restants.ExceptWith(libres);
        }
        while (progres);

        Assert.True(restants.Count == 0, "Cycle entre : " + string.Join(", ", restants.Order().Select(m => $"{m} → {string.Join("/", dependances[m].Intersect(restants).Order())}")));
        Assert.DoesNotContain("Contrats", dependances["Baremes"]);
        Assert.DoesNotContain("Campagnes", dependances["Ruptures"]);
        Assert.Contains("Baremes", dependances["Contrats"]);
    }
}
