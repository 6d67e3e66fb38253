using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Testing;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Integration;

/// <summary>
/// Fuzzing des analyseurs par FsCheck : entrées aléatoires et documents presque valides (mutations d'un document
/// valide). Jamais d'exception non gérée ; toute erreur porte sa position (ligne ou chemin) ; rien de valide n'est perdu.
/// </summary>
public sealed class FuzzTest
{
    private static readonly Gen<string> TexteQuelconque =
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
            Gen.Elements('0', '1', '9', ',', '.', ' ', '-', '€', '"', '\n', '\r', '{', '}', '[', ']', ':', 'a', 'A', '\u00A0').ArrayOf().Select(c => new string(c)));

    /// <summary>Applique des mutations (suppression, insertion, remplacement, duplication) à un texte valide.</summary>
    internal static Gen<string> Muter(string valide) =>
        from mutations in (from position in Gen.Choose(0, Math.Max(0, valide.Length - 1))
                           from sorte in Gen.Choose(0, 3)
                           from c in Gen.Elements('0', '9', ',', '"', '\n', '{', '}', ':', 'x', ' ', '-', '.', '\uFEFF')
                           from longueur in Gen.Choose(1, 8)
                           select (position, sorte, c, longueur)).ArrayOf().Select(a => a.Take(4).ToArray())
        select mutations.Aggregate(valide, (t, m) =>
        {
            var p = Math.Min(m.position, t.Length);
            return m.sorte switch
            {
                0 => t.Remove(p, Math.Min(m.longueur, t.Length - p)),
                1 => t.Insert(p, new string(m.c, 1)),
                2 when p < t.Length => string.Concat(t.AsSpan(0, p), new string(m.c, 1), t.AsSpan(p + 1)),
                _ => t.Insert(p, t.Substring(p, Math.Min(m.longueur, t.Length - p))),
            };
        });

    [Property(MaxTest = 500)]
    public Property Valeurs_simples_jamais_d_exception()
    {
        return Prop.ForAll(TexteQuelconque.ToArbitrary(), t =>
        {
            var r1 = Montant.Create(t, "m");
            var r2 = CodeCommune.Create(t, "c");
            var r3 = NumeroAllocataire.Create(t, "n");
            var r4 = Dates.Create(t, "d");
            return (r1.Reussi || r1.Erreurs.All(e => e.Champ == "m"))
                && (r2.Reussi || r2.Erreurs.All(e => e.Champ == "c"))
                && (r3.Reussi || r3.Erreurs.All(e => e.Champ == "n"))
                && (r4.Reussi || r4.Erreurs.All(e => e.Champ == "d"));
        });
    }

    private const string BaremeValide = "debut,valeur,reference\n2026-01-01,1823.03,Décret n° 2025-1228\n2026-06-01,1867.02,Arrêté du 22 mai 2026\n";

    [Property(MaxTest = 300)]
    public Property Bareme_csv_mute_jamais_d_exception_et_erreurs_situees()
    {
        return Prop.ForAll(Gen.OneOf(Muter(BaremeValide), TexteQuelconque).ToArbitrary(), csv =>
        {
            var r = Bareme<Montant>.Lire("essai", new StringReader(csv), t => Montant.Create(t));
            return r.Reussi
                // Une ligne faite d'un BOM (et d'espaces) est blanche : le BOM en tête d'une ligne est sauté.
                ? r.Valeur.Valeurs.Length == csv.Split('\n').Skip(1).Count(l => l.TrimStart('\uFEFF').Trim().Length > 0)
                : r.Erreurs.All(e => (e.Ligne is > 0 && e.Ligne <= FuzzModulesTest.NombreDeLignes(csv))
                    || (e.Ligne is null && e.Code.StartsWith("bareme.", StringComparison.Ordinal) && e.Code != "bareme.csv.format"));
        });
    }

    [Property(MaxTest = 200)]
    public Property Foyers_json_mute_jamais_d_exception_et_erreurs_situees()
    {
        var valide = FoyersJson.Ecrire(GenerateursCaf.Foyer(new LocalDate(2022, 6, 30)).Sample(3, new Rnd(7UL, 11UL), 20));
        return Prop.ForAll(Gen.OneOf(Muter(valide), TexteQuelconque).ToArbitrary(), json =>
        {
            var r = FoyersJson.Lire(json);
            return r.Reussi || r.Erreurs.All(e => e.Chemin is not null);
        });
    }

    [Fact]
    public void Le_document_valide_non_mute_est_lu_entierement()
    {
        var foyers = GenerateursCaf.Foyer(new LocalDate(2022, 6, 30)).Sample(25, new Rnd(11UL, 13UL), 20);
        Assert.Equal(25, FoyersJson.Lire(FoyersJson.Ecrire(foyers)).Valeur.Count);
    }
}
