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

    [Fact]
    public void Lecture_tolere_les_espaces_et_refuse_le_vide()
    {
        Assert.Equal(new LocalDate(2022, 6, 30), Dates.Create("  2022-06-30 ").Valeur);
        Assert.Equal(new LocalDate(2022, 6, 30), Dates.Create(" 30/06/2022").Valeur);
        foreach (var texte in new[] { null, "", "   ", "30-06-2022", "2022/06/30" })
        {
            var e = Assert.Single(Dates.Create(texte).Erreurs);
            Assert.Equal(("date.format", "date", texte), (e.Code, e.Champ, e.Valeur));
        }
    }

    [Fact]
    public void Ne_au_plus_tard_le_hors_29_fevrier_et_age_zero()
    {
        // Avant la naissance, l'âge est négatif : né le lendemain de la référence, on n'a pas 0 an.
        Assert.Equal(-1, Dates.AgeEnAnnees(new LocalDate(2022, 3, 2), new LocalDate(2022, 3, 1)));
        Assert.Equal(-1, Dates.AgeEnAnnees(new LocalDate(2023, 3, 1), new LocalDate(2022, 3, 1)));
        Assert.Equal(-2, Dates.AgeEnAnnees(new LocalDate(2023, 3, 2), new LocalDate(2022, 3, 1)));
        var reference = new LocalDate(2022, 3, 1);
        Assert.Equal(new LocalDate(2004, 3, 1), Dates.NeAuPlusTardLe(reference, 18));
        Assert.Equal(reference, Dates.NeAuPlusTardLe(reference, 0));
        Assert.Equal(18, Dates.AgeEnAnnees(Dates.NeAuPlusTardLe(reference, 18), reference));
        Assert.Equal(17, Dates.AgeEnAnnees(Dates.NeAuPlusTardLe(reference, 18).PlusDays(1), reference));
    }
}
