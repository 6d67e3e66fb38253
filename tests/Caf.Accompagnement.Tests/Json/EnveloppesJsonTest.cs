using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Json;

/// <summary>L'instantané JSON d'une enveloppe budgétaire : aller-retour, règles de l'enveloppe rejouées à la lecture, erreurs situées.</summary>
public sealed class EnveloppesJsonTest
{
    private static readonly LocalDate Decision = new(2024, 3, 1);

    /// <summary>Les enveloppes du paquet de test, créées puis suivies par les commandes publiques (engager, consommer, libérer, rembourser).</summary>
    internal static Gen<EnveloppeBudgetaire> Enveloppes { get; } = GenerateursCaf.EnveloppeBudgetaire;

    private static string Empreinte(EnveloppeBudgetaire e) =>
        string.Join("|", e.CodeCaf, e.Annee, e.Dotation, e.Engage, e.Consomme, e.CapitalPrete, e.Remboursements, e.Disponible,
            string.Join(";", e.PlafondsParCategorie.OrderBy(p => p.Key.Code, StringComparer.Ordinal).Select(p => $"{p.Key.Code}={p.Value}")),
            string.Join(";", e.Engagements.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value.ToString())),
            string.Join(";", CategorieAide.Toutes.Select(c => $"{e.EngagePour(c)}/{e.DisponiblePour(c)}")));

    private static EnveloppeBudgetaire Exemple()
    {
        var e = EnveloppeBudgetaire.Create("401", 2024, Montant.FromEuros(1000m), new Dictionary<CategorieAide, Montant> { [CategorieAide.CoupDePouce] = Montant.FromEuros(400m) }).GetValueOrThrow();
        e = e.Engager("D-1", CategorieAide.CoupDePouce, FormeAide.Subvention, Montant.FromEuros(300m), Decision).GetValueOrThrow().Etat;
        e = e.Engager("D-2", CategorieAide.CadreDeVie, FormeAide.Pret, Montant.FromEuros(500m), Decision.PlusDays(3)).GetValueOrThrow().Etat;
        e = e.Consommer("D-2", Decision.PlusDays(10)).GetValueOrThrow().Etat;
        return e.EnregistrerRemboursement(Decision.PlusDays(40), Montant.FromEuros(50m)).GetValueOrThrow().Etat;
    }

    [Property(MaxTest = 200)]
    public Property Aller_retour_sans_perte() =>
        Prop.ForAll(Enveloppes.ToArbitrary(), enveloppe =>
        {
            var json = EnveloppesJson.Ecrire(enveloppe);
            var relu = EnveloppesJson.Lire(json);
            Assert.True(relu.Reussi, relu.ToString());
            Assert.Equal(Empreinte(enveloppe), Empreinte(relu.Valeur));
            Assert.Equal(json, EnveloppesJson.Ecrire(relu.Valeur));
        });

    [Fact]
    public void Exemple_complet_relu_a_l_identique()
    {
        var enveloppe = Exemple();
        var relu = EnveloppesJson.Lire(EnveloppesJson.Ecrire(enveloppe)).GetValueOrThrow();
        Assert.Equal(Empreinte(enveloppe), Empreinte(relu));
        Assert.Equal(Montant.FromEuros(50m), relu.Remboursements);
        Assert.Equal(Montant.FromEuros(500m), relu.CapitalPrete);
    }

    [Fact]
    public void L_exemple_de_la_documentation_est_celui_qu_ecrit_la_bibliotheque()
    {
        var dossier = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dossier!.FullName, "Caf.Accompagnement.sln")))
        {
            dossier = dossier.Parent;
        }

        var page = File.ReadAllText(Path.Combine(dossier.FullName, "docs", "json.md"));
        var section = page[page.IndexOf("## Instantané d'une enveloppe budgétaire", StringComparison.Ordinal)..];
        var debut = section.IndexOf('\n', section.IndexOf("```", StringComparison.Ordinal)) + 1;
        var exemple = section[debut..section.IndexOf("\n```", debut, StringComparison.Ordinal)];
        var relue = EnveloppesJson.Lire(exemple).GetValueOrThrow();
        Assert.Equal(EnveloppesJson.Ecrire(Exemple()), EnveloppesJson.Ecrire(relue));
    }

    [Fact]
    public void Regles_de_l_enveloppe_rejouees_et_situees()
    {
        var document = EnveloppesJson.ToDocument(Exemple());
        document.Engagements.Add(new EngagementBudgetaireDocument { Reference = "D-3", Categorie = "COUP_DE_POUCE", Forme = "SUBVENTION", Montant = 150m, Date = "2024-04-01" });
        var e = Assert.Single(EnveloppesJson.FromDocument(document).Erreurs);
        Assert.Equal(("aides.enveloppe.categorie.depassement", "$.engagements[2].montant"), (e.Code, e.Chemin));

        document.Engagements[2] = new EngagementBudgetaireDocument { Reference = "D-1", Categorie = "CADRE_DE_VIE", Forme = "SUBVENTION", Montant = 10m, Date = "2024-04-01" };
        e = Assert.Single(EnveloppesJson.FromDocument(document).Erreurs);
        Assert.Equal(("aides.enveloppe.reference", "$.engagements[2].reference"), (e.Code, e.Chemin));

        document.Engagements[2] = new EngagementBudgetaireDocument { Reference = "D-3", Categorie = "CADRE_DE_VIE", Forme = "SUBVENTION", Montant = 10m, Date = "2024-04-01", DateConsommation = "2024-03-01" };
        e = Assert.Single(EnveloppesJson.FromDocument(document).Erreurs);
        Assert.Equal(("aides.enveloppe.chronologie", "$.engagements[2].dateConsommation"), (e.Code, e.Chemin));

        document.Engagements[2] = new EngagementBudgetaireDocument { Reference = "D-3", Categorie = "CADRE_DE_VIE", Forme = "SUBVENTION", Montant = 10m, Date = "2025-04-01" };
        e = Assert.Single(EnveloppesJson.FromDocument(document).Erreurs);
        Assert.Equal(("aides.enveloppe.annee", "$.engagements[2].date"), (e.Code, e.Chemin));

        document.Engagements.RemoveAt(2);
        document.Remboursements = 501m;
        e = Assert.Single(EnveloppesJson.FromDocument(document).Erreurs);
        Assert.Equal(("aides.enveloppe.remboursement", "$.remboursements"), (e.Code, e.Chemin));

        document.Remboursements = 50m;
        document.Engage = 10m;
        e = Assert.Single(EnveloppesJson.FromDocument(document).Erreurs);
        Assert.Equal(("enveloppe.engage.incoherent", "$.engage"), (e.Code, e.Chemin));
    }

    [Theory]
    [InlineData("""{"version":2}""", "json.version", "$.version")]
    [InlineData("""{"version":1,"codeCaf":" ","annee":2024,"dotation":10}""", "aides.enveloppe.caf", "$.codeCaf")]
    [InlineData("""{"version":1,"codeCaf":"401","annee":2024,"dotation":-10}""", "aides.enveloppe.dotation", "$.dotation")]
    [InlineData("""{"version":1,"codeCaf":"401","annee":2024,"dotation":10.001}""", "montant", "$.dotation")]
    [InlineData("""{"version":1,"codeCaf":"401","annee":2024,"dotation":10,"plafonds":[{"categorie":"SERVICES","montant":1},{"categorie":"COUP_DE_POUCE","montant":-1}]}""", "aides.enveloppe.plafond", "$.plafonds[1].montant")]
    [InlineData("""{"version":1,"codeCaf":"401","annee":2024,"dotation":10,"plafonds":[{"categorie":"SERVICES","montant":1},{"categorie":"SERVICES","montant":2}]}""", "enveloppe.plafond.doublon", "$.plafonds[1].categorie")]
    [InlineData("""{"version":1,"codeCaf":"401","annee":2024,"dotation":10,"plafonds":[{"categorie":"LUNE","montant":1}]}""", "", "$.plafonds[0].categorie")]
    [InlineData("""{"version":1,"codeCaf":"401","annee":2024,"dotation":10,"engagements":[null]}""", "json.absent", "$.engagements[0]")]
    [InlineData("""{"version":1,"codeCaf":"401","annee":2024,"dotation":10,"engagements":[{"reference":"A","categorie":"SERVICES","forme":"PIGEON","montant":1,"date":"2024-01-02"}]}""", "", "$.engagements[0].forme")]
    [InlineData("""{"version":1,"codeCaf":"401","annee":2024,"dotation":10,"engagements":[{"reference":"A","categorie":"SERVICES","forme":"SUBVENTION","montant":11,"date":"2024-01-02"}]}""", "aides.enveloppe.depassement", "$.engagements[0].montant")]
    [InlineData("""{"version":1,"codeCaf":"401","annee":2024,"dotation":10,"remboursements":1}""", "aides.enveloppe.remboursement", "$.remboursements")]
    public void Erreurs_de_format_situees(string json, string code, string chemin)
    {
        var r = EnveloppesJson.Lire(json);
        Assert.True(r.Erreurs.Any(e => e.Code.StartsWith(code, StringComparison.Ordinal) && e.Chemin == chemin), string.Join(Environment.NewLine, r.Erreurs));
    }

    [Property(MaxTest = 150)]
    public Property Fuzz_jamais_d_exception_et_erreurs_situees()
    {
        var valide = EnveloppesJson.Ecrire(Exemple());
        return Prop.ForAll(Gen.OneOf(Caf.Accompagnement.Tests.Integration.FuzzTest.Muter(valide), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)).ToArbitrary(), json =>
        {
            var r = EnveloppesJson.Lire(json);
            return r.Reussi || (r.Erreurs.Count > 0 && r.Erreurs.All(e => e.Chemin is not null));
        });
    }
}
