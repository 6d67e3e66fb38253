using Caf.Accompagnement.Json;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Caf.Accompagnement.Tests.Json;

/// <summary>La carte des secteurs en JSON : aller-retour, validation de la carte, erreurs situées par leur chemin.</summary>
public sealed class CartesJsonTest
{
    private static readonly string[] Departements = ["40", "2A", "971", "05"];

    /// <summary>Une carte valide : les communes d'un département réparties au hasard entre 1 à 6 secteurs, chaque secteur
    /// recevant au moins une commune (un secteur vide est refusé, à juste titre, par la carte).</summary>
    internal static Gen<CarteDesSecteurs> Cartes { get; } =
        from departement in Gen.Elements(Departements)
        from nombre in Gen.Choose(1, 6)
        from graine in Gen.Choose(0, 1_000_000)
        select Construire(departement, nombre, new Random(graine));

    private static CarteDesSecteurs Construire(string departement, int nombre, Random hasard)
    {
        var builder = CarteDesSecteurs.Builder(departement);
        for (var s = 0; s < nombre; s++)
        {
            builder.AjouterSecteur($"Secteur {s}", Enumerable.Range(0, hasard.Next(0, 3)).Select(k => TravailleurSocial.FromIdentifiant($"TS-{s}-{k}")));
        }

        var k = 0;
        foreach (var commune in ReferentielCommunes.Cog2026.DuDepartement(departement))
        {
            builder.Affecter($"Secteur {(k < nombre ? k : hasard.Next(nombre))}", commune.Code);
            k++;
        }

        return builder.Build().GetValueOrThrow();
    }

    [Property(MaxTest = 40)]
    public Property Aller_retour_sans_perte() =>
        Prop.ForAll(Cartes.ToArbitrary(), carte =>
        {
            var json = CartesJson.Ecrire(carte);
            var relue = CartesJson.Lire(json).GetValueOrThrow();
            Assert.Equal(carte, relue);
            Assert.Equal(carte.Secteurs.Select(s => s.Population), relue.Secteurs.Select(s => s.Population));
            Assert.Equal(json, CartesJson.Ecrire(relue));
        });

    [Fact]
    public void Erreurs_de_la_carte_situees_par_leur_chemin()
    {
        var document = CartesJson.ToDocument(Construire("40", 3, new Random(1)));
        var deplacee = document.Secteurs[0].Communes[0];
        document.Secteurs[1].Communes.Add(deplacee);
        document.Secteurs[2].Communes.RemoveAt(0);
        document.Secteurs[2].Communes.Add("40999");
        document.Secteurs[0].TravailleursSociaux.Add("Jeanne Martin");
        var r = CartesJson.FromDocument(document);
        Assert.Contains(r.Erreurs, e => e is { Code: "referent.identifiant.format" } && e.Chemin == $"$.secteurs[0].travailleursSociaux[{document.Secteurs[0].TravailleursSociaux.Count - 1}]");

        document.Secteurs[0].TravailleursSociaux.RemoveAt(document.Secteurs[0].TravailleursSociaux.Count - 1);
        r = CartesJson.FromDocument(document);
        var chemins = r.Erreurs.Select(e => (e.Code, e.Chemin)).ToList();
        Assert.Contains(("secteur.commune.deux_secteurs", $"$.secteurs[1].communes[{document.Secteurs[1].Communes.Count - 1}]"), chemins);
        Assert.Contains(("secteur.commune.inconnue", $"$.secteurs[2].communes[{document.Secteurs[2].Communes.Count - 1}]"), chemins);
        Assert.Contains(r.Erreurs, e => e.Code == "secteur.commune.absente" && e.Chemin == "$.secteurs");
        Assert.DoesNotContain(r.Erreurs, e => e.Message.Contains("(ligne", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"version":3}""", "json.version", "$.version")]
    [InlineData("""{"version":1,"departement":"40","secteurs":[{"nom":"","communes":["40192"]}]}""", "secteur.nom.vide", "$.secteurs[0].nom")]
    [InlineData("""{"version":1,"departement":"40","secteurs":[{"nom":"Nord","communes":["4O192"]}]}""", "commune.code.format", "$.secteurs[0].communes[0]")]
    [InlineData("""{"version":1,"departement":"41x","secteurs":[]}""", "secteur.departement.inconnu", "$.departement")]
    [InlineData("""{"version":1,"secteurs":[null]}""", "json.absent", "$.secteurs[0]")]
    public void Erreurs_de_format_situees(string json, string code, string chemin)
    {
        var r = CartesJson.Lire(json);
        Assert.True(r.Erreurs.Any(e => e.Code == code && e.Chemin == chemin), string.Join(Environment.NewLine, r.Erreurs));
    }

    [Property(MaxTest = 150)]
    public Property Fuzz_jamais_d_exception_et_erreurs_situees()
    {
        var valide = CartesJson.Ecrire(Construire("2A", 2, new Random(3)));
        return Prop.ForAll(Gen.OneOf(Caf.Accompagnement.Tests.Integration.FuzzTest.Muter(valide), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)).ToArbitrary(), json =>
        {
            var r = CartesJson.Lire(json);
            return r.Reussi || (r.Erreurs.Count > 0 && r.Erreurs.All(e => e.Chemin is not null));
        });
    }
}
