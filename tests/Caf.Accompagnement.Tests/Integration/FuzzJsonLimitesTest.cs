using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Tests.Json;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Integration;

/// <summary>
/// Fuzzing structurel de tous les lecteurs JSON : des documents valides dont des valeurs deviennent <c>null</c>, des
/// collections reçoivent un élément <c>null</c>, des propriétés sont dupliquées, des montants passent aux limites du
/// type decimal et des dates aux limites du calendrier. Aucun lecteur ne lève d'exception : il lit le document ou
/// renvoie des erreurs qui portent leur chemin JSON.
/// </summary>
public sealed partial class FuzzJsonLimitesTest
{
    private static readonly string[] NombresLimites =
    [
        "1e27", "-1e27", "79228162514264337593543950335", "-79228162514264337593543950335", "79228162514264337593543950336",
        "92233720368547758.07", "92233720368547758.08", "0.001", "2147483648", "-1", "0", "1e-30",
    ];

    private static readonly string[] DatesLimites = ["0001-01-01", "9999-12-31", "9999-12-01", "0000-12-31", "-0001-01-01"];

    private static readonly Lazy<(string Nom, string Json, Func<string, IReadOnlyList<Erreur>?> Lire)[]> Lecteurs = new(() =>
    [
        ("foyers", FoyersJson.Ecrire(GenerateursCaf.Foyer(new LocalDate(2022, 6, 30)).Sample(3, new Rnd(7UL, 11UL), 20)), j => Erreurs(FoyersJson.Lire(j))),
        ("carte", CartesJson.Ecrire(CartesJsonTest.Cartes.Sample(1, new Rnd(3UL, 5UL), 10)[0]), j => Erreurs(CartesJson.Lire(j))),
        ("pret", PretsJson.Ecrire(PretsJsonTest.Prets.Where(p => p.Mouvements.Length >= 2).Sample(1, new Rnd(3UL, 5UL), 30)[0]), j => Erreurs(PretsJson.Lire(j))),
        ("demande", DemandesJson.Ecrire(DemandesJsonTest.Demandes.Where(d => d.Historique.Length >= 5).Sample(1, new Rnd(7UL, 11UL), 30)[0]), j => Erreurs(DemandesJson.Lire(j))),
        ("parcours", ParcoursJson.Ecrire(ParcoursJsonTest.Parcours.Where(p => p.Contrats.Length >= 2).Sample(1, new Rnd(3UL, 5UL), 30)[0]), j => Erreurs(ParcoursJson.Lire(j, Contrats.CarteDeTest.Instance))),
        ("campagne", CampagnesJson.Ecrire(CampagnesJsonTest.Campagne(5, 12, new LocalDate(2022, 6, 30))), j => Erreurs(CampagnesJson.Lire(j))),
        ("enveloppe", EnveloppesJson.Ecrire(EnveloppesJsonTest.Enveloppes.Where(e => e.Engagements.Count >= 3).Sample(1, new Rnd(7UL, 11UL), 30)[0]), j => Erreurs(EnveloppesJson.Lire(j))),
        ("journal", JournauxJson.Ecrire(GenerateursCaf.Journal(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31))).Where(j => j.Entrees.Length >= 10).Sample(1, new Rnd(7UL, 11UL), 30)[0]), j => Erreurs(JournauxJson.Lire(j))),
    ]);

    private static IReadOnlyList<Erreur>? Erreurs<T>(Resultat<T> r)
        where T : notnull => r.Reussi ? null : r.Erreurs;

    [GeneratedRegex("\"([A-Za-z0-9]+)\":")]
    private static partial Regex Propriete();

    /// <summary>Une mutation structurelle, tirée d'une graine : null, [null], doublon, nombre ou date aux limites.</summary>
    internal static string Muter(string valide, int graine)
    {
        var hasard = new Random(graine);
        var racine = JsonNode.Parse(valide)!;
        var noeuds = new List<(JsonNode Parent, string? Nom, int Indice, JsonNode? Noeud)>();
        void Collecter(JsonNode noeud)
        {
            if (noeud is JsonObject o)
            {
                foreach (var (nom, enfant) in o.ToList())
                {
                    noeuds.Add((o, nom, -1, enfant));
                    if (enfant is not null)
                    {
                        Collecter(enfant);
                    }
                }
            }
            else if (noeud is JsonArray a)
            {
                for (var i = 0; i < a.Count; i++)
                {
                    noeuds.Add((a, null, i, a[i]));
                    if (a[i] is { } enfant)
                    {
                        Collecter(enfant);
                    }
                }
            }
        }

        Collecter(racine);
        void Remplacer((JsonNode Parent, string? Nom, int Indice, JsonNode? Noeud) n, JsonNode? valeur)
        {
            if (n.Parent is JsonObject o && n.Nom is { } nom && o.ContainsKey(nom))
            {
                o[nom] = valeur;
            }
            else if (n.Parent is JsonArray a && n.Indice < a.Count)
            {
                a[n.Indice] = valeur;
            }
        }

        for (var k = hasard.Next(1, 4); k > 0 && noeuds.Count > 0; k--)
        {
            var n = noeuds[hasard.Next(noeuds.Count)];
            switch (hasard.Next(5))
            {
                case 0:
                    Remplacer(n, null);
                    break;
                case 1 when n.Noeud is JsonArray a:
                    a.Insert(hasard.Next(a.Count + 1), null);
                    break;
                case 1:
                    noeuds.Where(x => x.Noeud is JsonArray).Take(1).ToList().ForEach(x => ((JsonArray)x.Noeud!).Insert(0, null));
                    break;
                default:
                    var nombres = noeuds.Where(x => x.Noeud is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number).ToList();
                    var dates = noeuds.Where(x => x.Noeud is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && DateIso().IsMatch(v.ToString())).ToList();
                    if (hasard.Next(2) == 0 && nombres.Count > 0)
                    {
                        Remplacer(nombres[hasard.Next(nombres.Count)], JsonNode.Parse(NombresLimites[hasard.Next(NombresLimites.Length)]));
                    }
                    else if (dates.Count > 0)
                    {
                        Remplacer(dates[hasard.Next(dates.Count)], JsonValue.Create(DatesLimites[hasard.Next(DatesLimites.Length)]));
                    }

                    break;
            }
        }

        var texte = racine.ToJsonString();
        if (hasard.Next(3) == 0)
        {
            // Propriété en double : "nom":null, inséré juste avant une propriété existante du même objet.
            var proprietes = Propriete().Matches(texte);
            if (proprietes.Count > 0)
            {
                var m = proprietes[hasard.Next(proprietes.Count)];
                texte = texte.Insert(m.Index, $"\"{m.Groups[1].Value}\":null,");
            }
        }

        return texte;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateIso();

    [Property(MaxTest = 300)]
    public Property Aucun_lecteur_ne_leve_d_exception_et_toute_erreur_a_un_chemin() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), graine =>
        {
            foreach (var (nom, json, lire) in Lecteurs.Value)
            {
                var mute = Muter(json, graine);
                var erreurs = lire(mute);
                if (erreurs is not null && (erreurs.Count == 0 || erreurs.Any(e => e.Chemin is null || !e.Chemin.StartsWith('$'))))
                {
                    return Prop.Label(false, $"{nom} : {string.Join(" ; ", erreurs.Select(e => $"{e.Code} {e.Chemin}"))}");
                }
            }

            return Prop.Label(true, "ok");
        });

    [Fact]
    public void Les_documents_valides_sont_lus()
    {
        foreach (var (nom, json, lire) in Lecteurs.Value)
        {
            Assert.True(lire(json) is null, nom);
        }
    }
}
