using System.Text.RegularExpressions;

namespace Caf.Accompagnement.Tests.Integration;

/// <summary>L'exemple du paquet Testing dans le README est la copie exacte de <c>ExempleTesting.cs</c>, compilé et exécuté avec la suite.</summary>
public sealed partial class ExempleTestingTest
{
    [Fact]
    public void Le_readme_contient_exactement_cet_exemple()
    {
        var racine = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(racine, "Caf.Accompagnement.sln")))
        {
            racine = Path.GetDirectoryName(racine) ?? throw new InvalidOperationException("Racine du dépôt introuvable.");
        }

        foreach (var fichier in new[] { Path.Combine(racine, "README.md"), Path.Combine(racine, "src", "Caf.Accompagnement.Testing", "PACKAGE.md") })
        {
            var readme = File.ReadAllText(fichier);
            var source = File.ReadAllText(Path.Combine(racine, "tests", "Caf.Accompagnement.Tests", "Integration", "ExempleTesting.cs"));
            var bloc = BlocReadme().Match(readme);
            Assert.True(bloc.Success, "Le README doit contenir un bloc ```csharp marqué <!-- exemple-testing -->.");
            var code = BlocSource().Match(source);
            Assert.True(code.Success);
            Assert.Equal(Normaliser(code.Groups[1].Value), Normaliser(bloc.Groups[1].Value));
            Assert.DoesNotMatch(@"\]\((?!https?://)[^)]+\)", fichier.EndsWith("PACKAGE.md", StringComparison.Ordinal) ? readme : string.Empty);
        }
    }

    private static string Normaliser(string code) =>
        string.Join('\n', code.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [GeneratedRegex(@"<!-- exemple-testing -->\s*```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BlocReadme();

    [GeneratedRegex(@"// début\n(.*?)// fin", RegexOptions.Singleline)]
    private static partial Regex BlocSource();
}
