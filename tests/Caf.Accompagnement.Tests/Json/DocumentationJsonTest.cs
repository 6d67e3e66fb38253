using System.Text.Json;
using System.Text.RegularExpressions;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Caf.Accompagnement.Tests.Json;

/// <summary>
/// La documentation du format d'échange dit vrai : chaque exemple de <c>docs/json.md</c> est lu par la bibliothèque
/// et respecte son schéma ; les documents écrits par la bibliothèque respectent les schémas de <c>docs/schemas/</c>.
/// </summary>
public sealed partial class DocumentationJsonTest
{
    private static readonly string Racine = TrouverRacine();

    private static string TrouverRacine()
    {
        var dossier = new DirectoryInfo(AppContext.BaseDirectory);
        while (dossier is not null && !File.Exists(Path.Combine(dossier.FullName, "Caf.Accompagnement.sln")))
        {
            dossier = dossier.Parent;
        }

        return dossier?.FullName ?? throw new InvalidOperationException("Racine du dépôt introuvable.");
    }

    private static JsonElement Schema(string nom) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Racine, "docs", "schemas", nom))).RootElement;

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex BlocJson();

    public static TheoryData<int> Exemples()
    {
        var donnees = new TheoryData<int>();
        var n = BlocJson().Matches(File.ReadAllText(Path.Combine(TrouverRacine(), "docs", "json.md"))).Count;
        for (var i = 0; i < n; i++)
        {
            donnees.Add(i);
        }

        return donnees;
    }

    [Fact]
    public void La_page_montre_un_exemple_de_chaque_schema() => Assert.Equal(3, Exemples().Count);

    [Theory]
    [MemberData(nameof(Exemples))]
    public void Chaque_exemple_est_lu_et_respecte_son_schema(int index)
    {
        var json = BlocJson().Matches(File.ReadAllText(Path.Combine(Racine, "docs", "json.md")))[index].Groups[1].Value;
        var racine = JsonDocument.Parse(json).RootElement;
        if (racine.TryGetProperty("foyers", out _))
        {
            var foyers = FoyersJson.Lire(json);
            Assert.True(foyers.Reussi, foyers.ToString());
            Assert.Equal(FoyersJson.Ecrire(foyers.Valeur), FoyersJson.Ecrire(FoyersJson.Lire(FoyersJson.Ecrire(foyers.Valeur)).Valeur));
            AssertConforme("foyers.v1.schema.json", json);
        }
        else if (racine.TryGetProperty("contacts", out _))
        {
            var campagne = CampagnesJson.Lire(json);
            Assert.True(campagne.Reussi, campagne.ToString());
            CampagnesJsonTest.AssertEgales(campagne.Valeur, CampagnesJson.Lire(CampagnesJson.Ecrire(campagne.Valeur)).Valeur);
            AssertConforme("campagne.v1.schema.json", json);
        }
        else
        {
            var parcours = ParcoursJson.Lire(json);
            Assert.True(parcours.Reussi, parcours.ToString());
            Assert.Equal(ParcoursJson.Ecrire(parcours.Valeur), ParcoursJson.Ecrire(ParcoursJson.Lire(ParcoursJson.Ecrire(parcours.Valeur)).Valeur));
            AssertConforme("parcours.v1.schema.json", json);
        }
    }

    [Fact]
    public void Les_documents_ecrits_respectent_les_schemas()
    {
        var rnd = new Rnd(17UL, 19UL);
        AssertConforme("foyers.v1.schema.json", FoyersJson.Ecrire(GenerateursCaf.Foyer(new LocalDate(2022, 6, 30)).Sample(40, rnd, 30)));
        foreach (var campagne in CampagnesJsonTest.Campagnes.Sample(8, rnd, 30))
        {
            AssertConforme("campagne.v1.schema.json", CampagnesJson.Ecrire(campagne));
        }

        foreach (var parcours in ParcoursJsonTest.Parcours.Sample(30, rnd, 30))
        {
            AssertConforme("parcours.v1.schema.json", ParcoursJson.Ecrire(parcours));
        }
    }

    [Theory]
    [InlineData("""{"version":1,"foyers":[],"autre":1}""", "$.autre")]
    [InlineData("""{"version":2,"foyers":[]}""", "$.version")]
    [InlineData("""{"version":1,"foyers":[{"numeroAllocataire":"12","commune":"40192","naissance":"1994-03-15","situation":"ISOLE"}]}""", "$.foyers[0].numeroAllocataire")]
    [InlineData("""{"version":1,"foyers":[{"commune":"40192","naissance":"1994-03-15","situation":"MARIE"}]}""", "$.foyers[0].situation")]
    public void Le_verificateur_de_schema_refuse_un_document_non_conforme(string json, string chemin)
    {
        var ecarts = Verifier(Schema("foyers.v1.schema.json"), JsonDocument.Parse(json).RootElement).ToList();
        Assert.Contains(ecarts, e => e.StartsWith(chemin, StringComparison.Ordinal));
    }

    private static void AssertConforme(string schema, string json)
    {
        var ecarts = Verifier(Schema(schema), JsonDocument.Parse(json).RootElement).ToList();
        Assert.True(ecarts.Count == 0, string.Join(Environment.NewLine, ecarts.Take(10)));
    }

    /// <summary>
    /// Vérification structurelle (sous-ensemble de JSON Schema 2020-12 employé par nos schémas) : <c>$ref</c> locales,
    /// <c>type</c>, <c>const</c>, <c>enum</c>, <c>pattern</c>, bornes, <c>multipleOf</c>, <c>properties</c>,
    /// <c>required</c>, <c>additionalProperties</c>, <c>propertyNames</c>, <c>items</c>, <c>minItems</c>, <c>oneOf</c>.
    /// </summary>
    private static IEnumerable<string> Verifier(JsonElement racine, JsonElement valeur) => Verifier(racine, racine, valeur, "$");

    private static IEnumerable<string> Verifier(JsonElement racine, JsonElement schema, JsonElement v, string chemin)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var nom = reference.GetString()!.Replace("#/$defs/", string.Empty, StringComparison.Ordinal);
            foreach (var e in Verifier(racine, racine.GetProperty("$defs").GetProperty(nom), v, chemin))
            {
                yield return e;
            }

            yield break;
        }

        if (schema.TryGetProperty("oneOf", out var variantes))
        {
            var conformes = variantes.EnumerateArray().Count(s => !Verifier(racine, s, v, chemin).Any());
            if (conformes != 1)
            {
                yield return $"{chemin} : {conformes} variante(s) oneOf conforme(s)";
            }

            yield break;
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => EstDuType(v, t)))
            {
                yield return $"{chemin} : type {v.ValueKind} au lieu de {string.Join('|', types)}";
                yield break;
            }
        }

        if (v.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (schema.TryGetProperty("const", out var constante) && !JsonElement.DeepEquals(constante, v))
        {
            yield return $"{chemin} : {v} au lieu de {constante}";
        }

        if (schema.TryGetProperty("enum", out var valeurs) && !valeurs.EnumerateArray().Any(e => JsonElement.DeepEquals(e, v)))
        {
            yield return $"{chemin} : {v} hors de l'énumération";
        }

        if (v.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var motif) && !Regex.IsMatch(v.GetString()!, motif.GetString()!))
        {
            yield return $"{chemin} : « {v.GetString()} » ne suit pas {motif.GetString()}";
        }

        if (v.ValueKind == JsonValueKind.Number)
        {
            var d = v.GetDecimal();
            if (schema.TryGetProperty("minimum", out var min) && d < min.GetDecimal())
            {
                yield return $"{chemin} : {d} < {min}";
            }

            if (schema.TryGetProperty("maximum", out var max) && d > max.GetDecimal())
            {
                yield return $"{chemin} : {d} > {max}";
            }

            if (schema.TryGetProperty("multipleOf", out var pas) && d % pas.GetDecimal() != 0)
            {
                yield return $"{chemin} : {d} n'est pas multiple de {pas}";
            }
        }

        if (v.ValueKind == JsonValueKind.Array)
        {
            if (schema.TryGetProperty("minItems", out var minItems) && v.GetArrayLength() < minItems.GetInt32())
            {
                yield return $"{chemin} : moins de {minItems} élément(s)";
            }

            if (schema.TryGetProperty("items", out var items))
            {
                var i = 0;
                foreach (var element in v.EnumerateArray())
                {
                    foreach (var e in Verifier(racine, items, element, $"{chemin}[{i}]"))
                    {
                        yield return e;
                    }

                    i++;
                }
            }
        }

        if (v.ValueKind == JsonValueKind.Object)
        {
            var proprietes = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var requises))
            {
                foreach (var r in requises.EnumerateArray().Select(r => r.GetString()!).Where(r => !v.TryGetProperty(r, out _)))
                {
                    yield return $"{chemin}.{r} : propriété obligatoire absente";
                }
            }

            foreach (var membre in v.EnumerateObject())
            {
                var c = $"{chemin}.{membre.Name}";
                if (schema.TryGetProperty("propertyNames", out var noms) && Verifier(racine, noms, JsonDocument.Parse(JsonSerializer.Serialize(membre.Name)).RootElement, c).Any())
                {
                    yield return $"{c} : nom de propriété non admis";
                }

                if (proprietes.ValueKind == JsonValueKind.Object && proprietes.TryGetProperty(membre.Name, out var sousSchema))
                {
                    foreach (var e in Verifier(racine, sousSchema, membre.Value, c))
                    {
                        yield return e;
                    }
                }
                else if (schema.TryGetProperty("additionalProperties", out var autres))
                {
                    if (autres.ValueKind == JsonValueKind.False)
                    {
                        yield return $"{c} : propriété non déclarée";
                    }
                    else
                    {
                        foreach (var e in Verifier(racine, autres, membre.Value, c))
                        {
                            yield return e;
                        }
                    }
                }
            }
        }
    }

    private static bool EstDuType(JsonElement v, string type) => type switch
    {
        "string" => v.ValueKind == JsonValueKind.String,
        "integer" => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _),
        "number" => v.ValueKind == JsonValueKind.Number,
        "boolean" => v.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => v.ValueKind == JsonValueKind.Array,
        "object" => v.ValueKind == JsonValueKind.Object,
        "null" => v.ValueKind == JsonValueKind.Null,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type),
    };
}
