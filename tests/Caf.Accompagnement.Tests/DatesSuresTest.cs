using Caf.Accompagnement.Utility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests;

public sealed class DatesSuresTest
{
    private static readonly Gen<LocalDate> PresDesBornes =
        Gen.OneOf(
            Gen.Choose(0, 800).Select(j => LocalDate.MaxIsoValue.PlusDays(-j)),
            Gen.Choose(0, 800).Select(j => LocalDate.MinIsoValue.PlusDays(j)),
            Gen.Choose(-100_000, 100_000).Select(j => new LocalDate(2000, 2, 29).PlusDays(j)));

    private static readonly Gen<int> Duree = Gen.OneOf(Gen.Choose(-1000, 1000), Gen.Choose(-3_700_000, 3_700_000), Gen.Elements(int.MinValue, int.MaxValue, 0));

    private static LocalDate? Ou(Func<LocalDate> calcul)
    {
        try
        {
            return calcul();
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Une date et un nombre de jours ou de mois qui, souvent, atteint une borne à ±2 près.</summary>
    private static readonly Gen<(LocalDate Date, int N)> DateEtDuree =
        from date in PresDesBornes
        from k in Gen.Choose(-2, 2)
        from n in Gen.OneOf(
            Duree,
            Gen.Constant(Period.DaysBetween(date, LocalDate.MaxIsoValue) + k),
            Gen.Constant(-Period.DaysBetween(LocalDate.MinIsoValue, date) + k),
            Gen.Constant((int)(((9999L * 12) + 11 - ((date.Year * 12L) + date.Month - 1)) + k)),
            Gen.Constant((int)((((-9998L) * 12) - ((date.Year * 12L) + date.Month - 1)) + k)))
        select (date, n);

    [Property(MaxTest = 500)]
    public Property Les_operations_sures_valent_celles_de_NodaTime_ou_null_quand_elles_levent() =>
        Prop.ForAll(DateEtDuree.ToArbitrary(), Gen.Choose(-30, 30).ToArbitrary(), (dn, petit) =>
            dn.Date is var date && dn.N is var n
            && date.PlusJoursOuNull(n) == Ou(() => date.PlusDays(n))
            && date.PlusMoisOuNull(n) == Ou(() => date.PlusMonths(n))
            && date.PlusOuNull(Period.FromYears(petit) + Period.FromMonths(n % 1000) + Period.FromDays(petit * 37)) == Ou(() => date.Plus(Period.FromYears(petit) + Period.FromMonths(n % 1000) + Period.FromDays(petit * 37))));

    [Fact]
    public void Aux_bornes_exactes()
    {
        Assert.Equal(LocalDate.MaxIsoValue, LocalDate.MaxIsoValue.PlusJoursOuNull(0));
        Assert.Null(LocalDate.MaxIsoValue.PlusJoursOuNull(1));
        Assert.Null(LocalDate.MinIsoValue.PlusJoursOuNull(-1));
        Assert.Equal(new LocalDate(9999, 12, 31), new LocalDate(9999, 11, 30).PlusMoisOuNull(1)?.PlusJoursOuNull(1));
        Assert.Null(new LocalDate(9999, 12, 1).PlusMoisOuNull(1));
        Assert.Null(LocalDate.MinIsoValue.PlusMoisOuNull(-1));
        Assert.False(LocalDate.MaxIsoValue.TryPlusDays(1, out _));
        Assert.True(LocalDate.MaxIsoValue.TryPlusMonths(-1, out var mois));
        Assert.Equal(new LocalDate(9999, 11, 30), mois);
        var e = DatesSures.HorsCalendrier("module.objet.calendrier", "date", LocalDate.MaxIsoValue, "La fin");
        Assert.Equal(("module.objet.calendrier", "date", "9999-12-31"), (e.Code, e.Champ, e.Valeur));
        Assert.Contains("-9998-01-01", e.Message, StringComparison.Ordinal);
    }
}
