using System.Text.RegularExpressions;

namespace Caf.Accompagnement.Tests;

/// <summary>Le « démarrage rapide » du README est compilé et exécuté ici ; le test vérifie que le README en est la copie exacte.</summary>
public sealed partial class DemarrageRapideTest
{
    [Fact]
    public void Le_demarrage_rapide_s_execute()
    {
        var sortie = new StringWriter();
        DemarrageRapide.Executer(sortie);
        var texte = sortie.ToString();
        Assert.Contains("SMIC mensuel brut au 30/06/2022 : 1 645,58 €", texte, StringComparison.Ordinal);
        Assert.Contains("Niveau de vie : 1 028,75 €", texte, StringComparison.Ordinal);
        Assert.Contains("Âge du plus jeune enfant : 6 ans", texte, StringComparison.Ordinal);
        Assert.Contains("2 468,37 €", texte, StringComparison.Ordinal);
        Assert.Contains("arents seuls", texte, StringComparison.Ordinal);
    }

    [Fact]
    public void Le_readme_contient_exactement_ce_code()
    {
        var racine = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(racine, "Caf.Accompagnement.sln")))
        {
            racine = Path.GetDirectoryName(racine) ?? throw new InvalidOperationException("Racine du dépôt introuvable.");
        }

        foreach (var fichier in new[] { Path.Combine(racine, "README.md"), Path.Combine(racine, "src", "Caf.Accompagnement", "PACKAGE.md") })
        {
            var readme = File.ReadAllText(fichier);
            var source = File.ReadAllText(Path.Combine(racine, "tests", "Caf.Accompagnement.Tests", "DemarrageRapide.cs"));
            var bloc = BlocReadme().Match(readme);
            Assert.True(bloc.Success, "Le README doit contenir un bloc ```csharp marqué <!-- demarrage-rapide -->.");
            var code = BlocSource().Match(source);
            Assert.True(code.Success);
            Assert.Equal(Normaliser(code.Groups[1].Value), Normaliser(bloc.Groups[1].Value));
            Assert.DoesNotMatch(@"\]\((?!https?://)[^)]+\)", fichier.EndsWith("PACKAGE.md", StringComparison.Ordinal) ? readme : string.Empty);
        }
    }

    private static string Normaliser(string code) =>
        string.Join('\n', code.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [GeneratedRegex(@"<!-- demarrage-rapide -->\s*```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BlocReadme();

    [GeneratedRegex(@"// début\n(.*?)// fin", RegexOptions.Singleline)]
    private static partial Regex BlocSource();
}
