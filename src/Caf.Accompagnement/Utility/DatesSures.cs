using System.Globalization;
using NodaTime;

namespace Caf.Accompagnement.Utility;

/// <summary>
/// Date arithmetic that never leaves the ISO calendar of NodaTime (<see cref="LocalDate.MinIsoValue"/>,
/// -9998-01-01, to <see cref="LocalDate.MaxIsoValue"/>, 9999-12-31): each operation answers <see langword="null"/>
/// (or <see langword="false"/>) instead of throwing when the result would fall outside.
/// </summary>
/// <remarks>
/// Use it wherever a date from the input data meets a duration from the input data (a contract length, a delay, a
/// campaign window): the caller turns <see langword="null"/> into an error value (<see cref="HorsCalendrier"/>) or
/// into the meaning the rule gives it (no revision date, no deadline reached).
/// </remarks>
internal static class DatesSures
{
    private static readonly long MoisMinimum = MoisAbsolu(LocalDate.MinIsoValue);
    private static readonly long MoisMaximum = MoisAbsolu(LocalDate.MaxIsoValue);

    /// <summary>The date plus a number of days, or <see langword="null"/> outside the calendar.</summary>
    internal static LocalDate? PlusJoursOuNull(this LocalDate date, long jours)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            return null;
        }

        var restantAvant = Period.DaysBetween(date, LocalDate.MaxIsoValue);
        var restantApres = Period.DaysBetween(LocalDate.MinIsoValue, date);
        return jours > restantAvant || -jours > restantApres ? null : date.PlusDays((int)jours);
    }

    /// <summary>The date plus a number of months (day truncated at the end of a shorter month), or <see langword="null"/> outside the calendar.</summary>
    internal static LocalDate? PlusMoisOuNull(this LocalDate date, long mois)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            return null;
        }

        var cible = MoisAbsolu(date) + mois;
        return cible < MoisMinimum || cible > MoisMaximum ? null : date.PlusMonths((int)mois);
    }

    /// <summary>
    /// The date plus a period of years, months, weeks and days, applied in that order as <see cref="LocalDate.Plus(Period)"/>
    /// does, or <see langword="null"/> when a step leaves the calendar.
    /// </summary>
    /// <exception cref="ArgumentException">The period has time units (programmer error).</exception>
    internal static LocalDate? PlusOuNull(this LocalDate date, Period periode)
    {
        Preconditions.CheckNotNull(periode);
        Preconditions.CheckArgument(!periode.HasTimeComponent, nameof(periode), "A period added to a date has no time units.");
        return date.PlusMoisOuNull(periode.Years * 12L) is { } ans && ans.PlusMoisOuNull(periode.Months) is { } mois
            ? mois.PlusJoursOuNull((periode.Weeks * 7L) + periode.Days)
            : null;
    }

    /// <summary>The date plus a number of days, as a <c>Try</c> pattern.</summary>
    internal static bool TryPlusDays(this LocalDate date, long jours, out LocalDate resultat)
    {
        var r = date.PlusJoursOuNull(jours);
        resultat = r.GetValueOrDefault();
        return r.HasValue;
    }

    /// <summary>The date plus a number of months, as a <c>Try</c> pattern.</summary>
    internal static bool TryPlusMonths(this LocalDate date, long mois, out LocalDate resultat)
    {
        var r = date.PlusMoisOuNull(mois);
        resultat = r.GetValueOrDefault();
        return r.HasValue;
    }

    /// <summary>
    /// The error of a date whose arithmetic leaves the calendar: stable code, field, the date in ISO form and a message
    /// naming the limits.
    /// </summary>
    internal static Erreur HorsCalendrier(string code, string champ, LocalDate date, string quoi) =>
        new(code, champ, Dates.FormaterIso(date), string.Create(CultureInfo.InvariantCulture, $"{quoi} tomberait hors du calendrier ({Dates.FormaterIso(LocalDate.MinIsoValue)} – {Dates.FormaterIso(LocalDate.MaxIsoValue)})."));

    private static long MoisAbsolu(LocalDate date) => (date.Year * 12L) + date.Month - 1;
}
