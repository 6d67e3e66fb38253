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
    /// <exception cref="ArgumentOutOfRangeException">La date est antérieure au 01/01/0001 (NodaTime accepte les années 0 et
    /// négatives, qui n'ont pas de numéro de jour) : une population les refuse à la construction
    /// (<c>population.date.capacite</c>), et une date de référence ne doit pas faire remonter une fenêtre ou un âge avant
    /// l'an 1.</exception>
    public static int De(LocalDate date) => date.ToDateOnly().DayNumber;

    /// <summary>La date d'un numéro de jour.</summary>
    /// <param name="numero">Le numéro de jour.</param>
    /// <returns>La date.</returns>
    public static LocalDate VersDate(int numero) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(numero));
}
