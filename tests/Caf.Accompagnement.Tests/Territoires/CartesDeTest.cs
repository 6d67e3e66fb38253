using System.Text;
using Caf.Accompagnement.Territoires;

namespace Caf.Accompagnement.Tests.Territoires;

/// <summary>Cartes des Landes pour les tests, construites par les fabriques publiques de la bibliothèque.</summary>
internal static class CartesDeTest
{
    internal static readonly ReferentielCommunes Cog = ReferentielCommunes.Cog2026;

    internal static IReadOnlyList<Commune> Landes => Cog.DuDepartement("40");

    /// <summary>Une carte valide des Landes : un secteur par EPCI, nommé d'après lui, avec un travailleur social.</summary>
    internal static string CsvParEpci(Func<Commune, IEnumerable<string>>? codes = null)
    {
        var sb = new StringBuilder("code_insee,secteur,referent\n");
        var epcis = Landes.Select(c => c.CodeEpci!).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var c in Landes)
        {
            var rang = epcis.IndexOf(c.CodeEpci!) + 1;
            foreach (var code in codes?.Invoke(c) ?? [c.Code.ToString()])
            {
                sb.Append($"{code},Secteur {rang},TS-{rang:D2}\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>Une répartition aléatoire (reproductible) des communes des Landes en <paramref name="secteurs"/> secteurs.</summary>
    internal static CarteDesSecteurs Aleatoire(int graine, int secteurs)
    {
        var hasard = new Random(graine);
        var builder = CarteDesSecteurs.Builder("40");
        for (var s = 0; s < secteurs; s++)
        {
            var referents = Enumerable.Range(0, hasard.Next(0, 3)).Select(r => TravailleurSocial.FromIdentifiant($"TS-{s}.{r}"));
            builder.AjouterSecteur(s % 3 == 0 ? $"Secteur {s}, \"quoté\"" : $"Secteur {s}", referents);
        }

        var communes = Landes.ToArray();
        hasard.Shuffle(communes);
        for (var i = 0; i < communes.Length; i++)
        {
            // Chaque secteur reçoit au moins une commune, puis au hasard.
            var s = i < secteurs ? i : hasard.Next(secteurs);
            builder.Affecter(s % 3 == 0 ? $"Secteur {s}, \"quoté\"" : $"Secteur {s}", communes[i].Code);
        }

        return builder.Build().GetValueOrThrow();
    }
}
