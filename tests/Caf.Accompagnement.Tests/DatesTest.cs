using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests;

public sealed class DatesTest
{
    [Theory]
    [InlineData("2016-06-30", "2022-06-30", 6)]
    [InlineData("2016-06-30", "2022-06-29", 5)]
    [InlineData("1988-01-01", "2022-12-31", 34)]
    [InlineData("1987-07-01", "2022-06-30", 34)]
    [InlineData("1987-06-30", "2022-06-30", 35)]
    // 29 février : l'anniversaire tombe le 28 février les années non bissextiles.
    [InlineData("2020-02-29", "2021-02-27", 0)]
    [InlineData("2020-02-29", "2021-02-28", 1)]
    [InlineData("2020-02-29", "2021-03-01", 1)]
    [InlineData("2020-02-29", "2024-02-28", 3)]
    [InlineData("2020-02-29", "2024-02-29", 4)]
    public void Age_civil_revolu(string naissance, string reference, int age) =>
        Assert.Equal(age, Dates.AgeEnAnnees(Dates.Create(naissance).Valeur, Dates.Create(reference).Valeur));

    [Fact]
    public void Formats() 
    {
        var d = new LocalDate(2022, 6, 30);
        Assert.Equal("30/06/2022", Dates.Formater(d));
        Assert.Equal("2022-06-30", Dates.FormaterIso(d));
        Assert.Equal(d, Dates.Create("30/06/2022").Valeur);
        var e = Assert.Single(Dates.Create("2022-02-30", "naissance").Erreurs);
        Assert.Equal(("date.format", "naissance", "2022-02-30"), (e.Code, e.Champ, e.Valeur));
    }

    [Property]
    public bool L_age_ne_decroit_pas_avec_la_date_de_reference(LocalDate naissance, LocalDate r1, LocalDate r2)
    {
        var (a, b) = r1 <= r2 ? (r1, r2) : (r2, r1);
        return Dates.AgeEnAnnees(naissance, a) <= Dates.AgeEnAnnees(naissance, b);
    }

    [Property]
    public Property Ne_au_plus_tard_le_equivaut_a_la_condition_d_age()
    {
        var gen = from naissance in GenerateursCaf.Date
                  from reference in GenerateursCaf.Date
                  from ans in Gen.Choose(0, 80)
                  select (naissance, reference, ans);
        return Prop.ForAll(gen.ToArbitrary(), t =>
            (Dates.AgeEnAnnees(t.naissance, t.reference) >= t.ans) == (t.naissance <= Dates.NeAuPlusTardLe(t.reference, t.ans)));
    }

    [Theory]
    [InlineData("2021-02-28", 1, "2020-02-29")]
    [InlineData("2024-02-29", 1, "2023-02-28")]
    [InlineData("2022-06-30", 6, "2016-06-30")]
    public void Ne_au_plus_tard_le_29_fevrier(string reference, int ans, string attendu) =>
        Assert.Equal(Dates.Create(attendu).Valeur, Dates.NeAuPlusTardLe(Dates.Create(reference).Valeur, ans));
}
