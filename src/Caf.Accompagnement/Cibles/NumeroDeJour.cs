using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// Numéro de jour d'une date : le nombre de jours écoulés depuis le 01/01/0001 (calendrier ISO), soit
/// <see cref="DateOnly.DayNumber"/>. Les formes résolues des cibles l'exposent pour les traitements en masse, qui
/// comparent des entiers au lieu de dates.
/// </summary>
/// <remarks>Croissant : <c>a &lt; b</c> si et seulement si <c>De(a) &lt; De(b)</c>.</remarks>
public static class NumeroDeJour
{
    /// <summary>Le numéro de jour d'une date.</summary>
    /// <param name="date">La date (calendrier ISO).</param>
    /// <returns>Le numéro de jour.</returns>
    /// <remarks>Calculé directement depuis l'année, le mois et le jour (sans passer par <see cref="DateOnly"/>, deux fois
    /// plus lent) pour les dates ISO des années 1 à 9999 ; les autres passent par <see cref="DateOnly"/>.</remarks>
    public static int De(LocalDate date)
    {
        var annee = date.Year;
        if (annee < 1 || date.Calendar != CalendarSystem.Iso)
        {
            return date.ToDateOnly().DayNumber;
        }

        var mois = date.Month;
        var a = annee - 1;
        var bissextile = (annee & 3) == 0 && (annee % 100 != 0 || annee % 400 == 0);
        return (a * 365) + (a / 4) - (a / 100) + (a / 400) + JoursAvantLeMois[mois] + (bissextile && mois > 2 ? 1 : 0) + date.Day - 1;
    }

    /// <summary>Jours de l'année avant le premier du mois (année non bissextile), indexés de 1 à 12.</summary>
    private static ReadOnlySpan<int> JoursAvantLeMois => [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    /// <summary>La date d'un numéro de jour.</summary>
    /// <param name="numero">Le numéro de jour.</param>
    /// <returns>La date.</returns>
    public static LocalDate VersDate(int numero) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(numero));
}
