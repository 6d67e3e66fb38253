using System.Runtime.InteropServices;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Caf.Accompagnement.Tests.Territoires.CartesDeTest;

namespace Caf.Accompagnement.Tests.Territoires;

public sealed class CarteDesSecteursProprietes
{
    private static readonly Arbitrary<(int Graine, int Secteurs)> Cartes =
        Gen.Choose(0, int.MaxValue).SelectMany(_ => Gen.Choose(1, 12), (g, s) => (g, s)).ToArbitrary();

    /// <summary>
    /// Un CSV des Landes tiré au hasard : chaque commune y figure une fois (parfois sous un ancien code) dans un secteur
    /// au hasard ; une fois sur deux, une perturbation : une commune retirée, une commune répétée (même secteur ou
    /// autre, même code ou ancien code), ou une commune d'un autre département.
    /// </summary>
    private static string CsvAleatoire(int graine, int secteurs)
    {
        var hasard = new Random(graine);
        var lignes = new List<string>();
        foreach (var c in Landes)
        {
            lignes.Add(Ligne(hasard, c, hasard.Next(secteurs)));
        }

        switch (hasard.Next(8))
        {
            case 0:
                lignes.RemoveAt(hasard.Next(lignes.Count));
                break;
            case 1:
                lignes.Add(lignes[hasard.Next(lignes.Count)]);
                break;
            case 2:
                lignes.Add(Ligne(hasard, Landes[hasard.Next(Landes.Count)], hasard.Next(secteurs)));
                break;
            case 3:
                lignes.Add(Ligne(hasard, Cog[hasard.Next(Cog.Count)], hasard.Next(secteurs)));
                break;
        }

        hasard.Shuffle(CollectionsMarshal.AsSpan(lignes));
        return "code_insee,secteur,referent\n" + string.Concat(lignes.Select(l => l + "\n"));
    }

    private static string Ligne(Random hasard, Commune c, int secteur)
    {
        var code = c.AnciensCodes.Count > 0 && hasard.Next(3) == 0 ? c.AnciensCodes[hasard.Next(c.AnciensCodes.Count)] : c.Code;
        return $"{code},S{secteur},TS-{secteur}";
    }

    [Property(MaxTest = 60)]
    public Property Toute_carte_validee_est_une_partition_du_departement() =>
        Prop.ForAll(Cartes, x =>
        {
            var r = CarteDesSecteurs.Lire(new StringReader(CsvAleatoire(x.Graine, x.Secteurs)), "40", migrerLesAnciensCodes: x.Graine % 2 == 0);
            if (!r.TryGetValue(out var carte))
            {
                return r.Erreurs.Count > 0;
            }

            var communes = carte.Secteurs.SelectMany(s => s.Communes).ToList();
            return communes.Count == Landes.Count
                && communes.Select(c => c.Index).Order().SequenceEqual(Landes.Select(c => c.Index))
                && carte.Secteurs.All(s => s.Communes.Count > 0);
        });

    [Property(MaxTest = 60)]
    public Property Une_carte_avec_une_commune_absente_ou_en_double_est_refusee() =>
        Prop.ForAll(Cartes, x =>
        {
            var csv = CsvAleatoire(x.Graine, x.Secteurs);
            var lignes = csv.TrimEnd('\n').Split('\n').Skip(1).ToList();
            var parCommune = lignes.GroupBy(l => Cog.TryGetIndex(CodeCommune.Parse(l[..5]), out var i) ? i : -1).ToList();
            var complete = Landes.All(c => parCommune.Any(g => g.Key == c.Index)) && parCommune.All(g => g.Key >= 0 && Cog[g.Key].Departement == "40");
            var uneFois = parCommune.All(g => g.Count() == 1 || g.Select(l => l[5..]).Distinct().Count() == 1 && g.Select(l => l[..5]).Distinct().Count() == g.Count());
            var r = CarteDesSecteurs.Lire(new StringReader(csv), "40", migrerLesAnciensCodes: true);
            return r.Reussi == (complete && uneFois);
        });

    [Property(MaxTest = 40)]
    public Property L_export_reimporte_donne_la_meme_carte() =>
        Prop.ForAll(Cartes, x =>
        {
            var carte = Aleatoire(x.Graine, x.Secteurs);
            var relue = CarteDesSecteurs.Lire(new StringReader(carte.Ecrire()), "40").GetValueOrThrow();
            return relue.Equals(carte) && relue.Ecrire() == carte.Ecrire();
        });

    [Property(MaxTest = 40)]
    public Property La_migration_est_idempotente() =>
        Prop.ForAll(Cartes, x =>
        {
            var r = CarteDesSecteurs.Lire(new StringReader(CsvAleatoire(x.Graine, x.Secteurs)), "40", migrerLesAnciensCodes: true);
            if (!r.TryGetValue(out var migree))
            {
                return true.Label("carte refusée pour une autre raison");
            }

            var encore = CarteDesSecteurs.Lire(new StringReader(migree.Ecrire()), "40", migrerLesAnciensCodes: true).GetValueOrThrow();
            var sans = CarteDesSecteurs.Lire(new StringReader(migree.Ecrire()), "40").GetValueOrThrow();
            return (encore.Equals(migree) && encore.Migrations.Count == 0 && sans.Equals(migree)).Label("migrée deux fois = migrée une fois");
        });

    [Property(MaxTest = 40)]
    public Property La_recherche_concorde_avec_la_carte_pour_chaque_commune() =>
        Prop.ForAll(Cartes, x =>
        {
            var carte = Aleatoire(x.Graine, x.Secteurs);
            var table = carte.SecteursParCommune.ToArray();
            var ok = true;
            foreach (var secteur in carte.Secteurs)
            {
                foreach (var c in secteur.Communes)
                {
                    ok &= carte.TryGetSecteur(c.Code, out var s) && ReferenceEquals(s, secteur)
                        && carte.IndexDeSecteur(c.Code) == secteur.Index
                        && table[c.Index] == secteur.Index
                        && ReferenceEquals(carte.SecteurDe(c), secteur)
                        && c.AnciensCodes.All(a => carte.IndexDeSecteur(a) == secteur.Index)
                        && carte.TryGetSecteur(c.CodesPostaux[0], c.Nom, out var parNom) && ReferenceEquals(parNom, secteur);
                }
            }

            var hors = Enumerable.Range(0, Cog.Count).Where(i => Cog[i].Departement != "40").ToArray();
            return ok && hors.All(i => table[i] == -1) && hors.Where(i => i % 97 == 0).All(i => carte.IndexDeSecteur(Cog[i].Code) == -1 && !carte.TryGetSecteur(Cog[i].Code, out _));
        });
}
