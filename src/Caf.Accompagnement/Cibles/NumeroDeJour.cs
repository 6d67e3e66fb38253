using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// Numéro de jour d'une date : le nombre de jours écoulés depuis le 01/01/0001 (calendrier ISO), soit
/// <see cref="DateOnly.DayNumber"/> ; négatif pour les dates antérieures (NodaTime accepte les années 0 et négatives).
/// Les formes résolues des cibles l'exposent pour les traitements en masse, qui comparent des entiers au lieu de dates.
/// </summary>
/// <remarks>Croissant et défini pour toute date ISO de NodaTime (années −9998 à 9999) : <c>a &lt; b</c> si et
/// seulement si <c>De(a) &lt; De(b)</c>. Une date de référence proche du 01/01/0001 peut ainsi faire remonter une
/// fenêtre ou un âge avant l'an 1 sans exception.</remarks>
public static class NumeroDeJour
{
    private static readonly LocalDate An1 = new(1, 1, 1);

    /// <summary>Le numéro de jour d'une date.</summary>
    /// <param name="date">La date (calendrier ISO).</param>
    /// <returns>Le numéro de jour, négatif avant le 01/01/0001.</returns>
    public static int De(LocalDate date) =>
        date.Year >= 1 ? date.ToDateOnly().DayNumber : Period.DaysBetween(An1, date);

    /// <summary>La date d'un numéro de jour.</summary>
    /// <param name="numero">Le numéro de jour (négatif avant le 01/01/0001).</param>
    /// <returns>La date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Le numéro dépasse le 31/12/9999.</exception>
    /// <exception cref="OverflowException">Le numéro précède le calendrier ISO de NodaTime (an −9998).</exception>
    public static LocalDate VersDate(int numero) =>
        numero >= 0 ? LocalDate.FromDateOnly(DateOnly.FromDayNumber(numero)) : An1.PlusDays(numero);
}
