using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>Conversion entre <see cref="LocalDate"/> et numéro de jour (jours depuis le 01/01/0001, calendrier ISO) pour les tables en masse.</summary>
internal static class Jours
{
    /// <summary>Valeur d'une date absente : plus petite que tout numéro de jour.</summary>
    internal const int Aucun = int.MinValue;

    internal static int De(LocalDate date) => date.ToDateOnly().DayNumber;

    internal static int De(LocalDate? date) => date is { } d ? De(d) : Aucun;

    internal static LocalDate Date(int jour) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(jour));

    internal static LocalDate? DateOuNull(int jour) => jour == Aucun ? null : Date(jour);
}
