using System.Globalization;

namespace Caf.Accompagnement.Activite;

/// <summary>L'évolution d'un chiffre par rapport à la période précédente, en pourcentage.</summary>
/// <remarks>Le pourcentage est arrondi à l'unité, le demi s'arrondissant en s'éloignant de zéro (2 243 interventions
/// contre 1 885 : +18,99 %, affiché « +19 % »). Sans chiffre précédent, ou si le chiffre précédent est nul,
/// l'évolution n'est pas définie.</remarks>
public static class Evolution
{
    /// <summary>L'évolution exacte en pourcentage, ou <see langword="null"/> si le chiffre précédent est nul.</summary>
    /// <param name="courant">Le chiffre de la période.</param>
    /// <param name="precedent">Le chiffre de la période précédente.</param>
    /// <returns>Le pourcentage exact (18,992… pour 2 243 contre 1 885).</returns>
    public static decimal? Pourcentage(long courant, long precedent) =>
        precedent == 0 ? null : (courant - precedent) * 100m / precedent;

    /// <summary>L'évolution arrondie à l'unité, ou <see langword="null"/> si le chiffre précédent est nul.</summary>
    /// <param name="courant">Le chiffre de la période.</param>
    /// <param name="precedent">Le chiffre de la période précédente.</param>
    /// <returns>Le pourcentage arrondi (19 pour 2 243 contre 1 885).</returns>
    public static int? PourcentageArrondi(long courant, long precedent) =>
        Pourcentage(courant, precedent) is { } p ? (int)decimal.Round(p, 0, MidpointRounding.AwayFromZero) : null;

    /// <summary>L'évolution formatée en français : « +19 % », « -5 % », « 0 % », ou une chaîne vide si elle n'est pas définie.</summary>
    /// <param name="courant">Le chiffre de la période.</param>
    /// <param name="precedent">Le chiffre de la période précédente.</param>
    /// <returns>Le texte.</returns>
    public static string Formater(long courant, long precedent) => PourcentageArrondi(courant, precedent) switch
    {
        null => string.Empty,
        > 0 and var p => string.Create(CultureInfo.InvariantCulture, $"+{p} %"),
        < 0 and var p => string.Create(CultureInfo.InvariantCulture, $"-{-p} %"),
        _ => "0 %",
    };
}
