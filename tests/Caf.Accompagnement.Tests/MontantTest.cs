using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Caf.Accompagnement.Tests;

public sealed class MontantTest
{
    [Theory]
    [InlineData(164558, "1 645,58 €")]
    [InlineData(0, "0,00 €")]
    [InlineData(5, "0,05 €")]
    [InlineData(-1250, "-12,50 €")]
    [InlineData(123456789, "1 234 567,89 €")]
    [InlineData(100000, "1 000,00 €")]
    public void Format_francais_quelle_que_soit_la_culture(long centimes, string attendu)
    {
        var avant = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "en-US", "fr-FR", "de-DE", "" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal(attendu, Montant.FromCentimes(centimes).ToString());
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = avant;
        }
    }

    [Theory]
    [InlineData("1 645,58 €", 164558)]
    [InlineData("1645.58", 164558)]
    [InlineData("1\u00A0645,58\u00A0€", 164558)]
    [InlineData("1\u202F645,58 €", 164558)]
    [InlineData("-12,5", -1250)]
    [InlineData("  7 ", 700)]
    [InlineData("0,05 EUR", 5)]
    public void Lecture(string texte, long centimes) => Assert.Equal(centimes, Montant.Parse(texte).Centimes);

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,234")]
    [InlineData("1,")]
    [InlineData(",5")]
    [InlineData("1  000")]
    [InlineData("1,2,3")]
    [InlineData("€")]
    [InlineData("99999999999999999999")]
    public void Lecture_refusee_avec_code_champ_et_valeur(string texte)
    {
        var r = Montant.Create(texte, "ressources");
        Assert.False(r.Reussi);
        var e = Assert.Single(r.Erreurs);
        Assert.Equal("montant.format", e.Code);
        Assert.Equal("ressources", e.Champ);
        Assert.Equal(texte, e.Valeur);
    }

    [Fact]
    public void Create_refuse_plus_de_deux_decimales()
    {
        var r = Montant.Create(12.345m);
        Assert.Equal("montant.precision", Assert.Single(r.Erreurs).Code);
        Assert.Throws<ArgumentException>(() => Montant.FromEuros(12.345m));
    }

    [Fact]
    public void Multiplier_arrondit_au_centime() =>
        Assert.Equal(Montant.FromEuros(2468.37m), Montant.FromEuros(1645.58m).Multiplier(1.5m));

    [Theory]
    [InlineData(150000, 40, 3750, 3750)]
    [InlineData(100000, 3, 33333, 33334)]
    [InlineData(1, 3, 0, 1)]
    public void Repartir_met_le_reste_sur_la_derniere_part(long total, int parts, long courante, long derniere)
    {
        var r = Montant.FromCentimes(total).Repartir(parts);
        Assert.Equal(parts, r.Length);
        Assert.All(r[..^1], p => Assert.Equal(courante, p.Centimes));
        Assert.Equal(derniere, r[^1].Centimes);
    }

    [Property]
    public bool Format_puis_lecture_redonne_le_montant(Montant m) =>
        Montant.Parse(m.ToString()) == m && Montant.Parse(m.ToString("N", null)) == m && Montant.Parse(m.ToString("I", null)) == m;

    [Property]
    public bool Addition_commutative_et_associative(Montant a, Montant b, Montant c) =>
        a + b == b + a && (a + b) + c == a + (b + c) && a + Montant.Zero == a && a - a == Montant.Zero;

    [Property]
    public bool Soustraction_inverse_de_l_addition(Montant a, Montant b) => (a + b) - b == a && -(-a) == a;

    [Property]
    public bool Ordre_coherent_avec_les_centimes(Montant a, Montant b) =>
        (a < b) == (a.Centimes < b.Centimes) && (a.CompareTo(b) == 0) == (a == b) && Montant.Min(a, b) <= Montant.Max(a, b);

    [Property]
    public Property Repartir_conserve_le_total()
    {
        var gen = from total in Gen.Choose(0, 10_000_000)
                  from parts in Gen.Choose(1, 120)
                  select (total, parts);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var r = Montant.FromCentimes(t.total).Repartir(t.parts);
            return r.Sum(p => p.Centimes) == t.total && r.Max(p => p.Centimes) - r.Min(p => p.Centimes) <= 1
                && r.Zip(r.Skip(1)).All(x => x.First <= x.Second) && r.Length == t.parts;
        });
    }

    [Property]
    public bool Egalite_et_hachage(Montant a, Montant b) =>
        a.Equals(b) == (a.GetHashCode() == b.GetHashCode() && a.Centimes == b.Centimes) && a.Equals((object)a);

    [Theory]
    [InlineData("+5", 500)]
    [InlineData("\u22123,10", -310)]
    [InlineData("12,30 eur", 1230)]
    [InlineData("1 000 000", 100000000)]
    [InlineData("92233720368547749,99", 9223372036854774999)]
    public void Lecture_des_signes_suffixes_et_grands_montants(string texte, long centimes)
    {
        Assert.True(Montant.TryParse(texte, out var m));
        Assert.Equal(centimes, m.Centimes);
        Assert.Equal(centimes, Montant.Create(texte).Valeur.Centimes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" 1 ,5")]
    [InlineData("1, 5")]
    [InlineData("1,5 0")]
    [InlineData("- 1")]
    [InlineData("+")]
    [InlineData("1.5.")]
    [InlineData("92233720368547750")]
    public void Lecture_refusee(string? texte)
    {
        Assert.False(Montant.TryParse(texte, out var m));
        Assert.Equal(Montant.Zero, m);
        Assert.Equal("montant.format", Assert.Single(Montant.Create(texte).Erreurs).Code);
        if (texte is not null)
        {
            Assert.Throws<FormatException>(() => Montant.Parse(texte));
        }
    }

    [Fact]
    public void Create_refuse_un_montant_hors_capacite()
    {
        var e = Assert.Single(Montant.Create(1e17m, "plafond").Erreurs);
        Assert.Equal(("montant.capacite", "plafond", "100000000000000000"), (e.Code, e.Champ, e.Valeur));
        Assert.Equal("montant.capacite", Assert.Single(Montant.Create(-1e17m).Erreurs).Code);
        Assert.Equal(Montant.MaxValue, Montant.Create(long.MaxValue / 100m).Valeur);
        Assert.Equal(Montant.FromCentimes(long.MinValue), Montant.Create(long.MinValue / 100m).Valeur);
        Assert.Equal(Montant.FromCentimes(-1234), Montant.Create(-12.34m).Valeur);
        var precision = Assert.Single(Montant.Create(0.001m, "taux").Erreurs);
        Assert.Equal(("taux", "0.001"), (precision.Champ, precision.Valeur));
    }

    [Fact]
    public void Signe_et_euros()
    {
        Assert.False(Montant.Zero.EstNegatif);
        Assert.True(Montant.FromCentimes(-1).EstNegatif);
        Assert.False(Montant.FromCentimes(1).EstNegatif);
        Assert.Equal(-0.01m, Montant.FromCentimes(-1).Euros);
        Assert.Equal(Montant.FromCentimes(1250), Montant.FromEuros(12.5m));
    }

    [Theory]
    [InlineData(0.125, MidpointRounding.AwayFromZero, 13)]
    [InlineData(0.125, MidpointRounding.ToEven, 12)]
    [InlineData(-0.125, MidpointRounding.AwayFromZero, -13)]
    [InlineData(0.124, MidpointRounding.AwayFromZero, 12)]
    public void Arrondir_au_centime_selon_le_mode(double euros, MidpointRounding mode, long centimes) =>
        Assert.Equal(centimes, Montant.Arrondir((decimal)euros, mode).Centimes);

    [Theory]
    [InlineData(5, 0.5, MidpointRounding.AwayFromZero, 3)]
    [InlineData(5, 0.5, MidpointRounding.ToEven, 2)]
    [InlineData(-5, 0.5, MidpointRounding.AwayFromZero, -3)]
    public void Multiplier_selon_le_mode(long centimes, double facteur, MidpointRounding mode, long attendu) =>
        Assert.Equal(attendu, Montant.FromCentimes(centimes).Multiplier((decimal)facteur, mode).Centimes);

    [Theory]
    [InlineData(5, 2, MidpointRounding.AwayFromZero, 3)]
    [InlineData(5, 2, MidpointRounding.ToEven, 2)]
    [InlineData(100, 3, MidpointRounding.AwayFromZero, 33)]
    [InlineData(200, 3, MidpointRounding.AwayFromZero, 67)]
    public void Diviser_selon_le_mode(long centimes, int diviseur, MidpointRounding mode, long attendu) =>
        Assert.Equal(attendu, Montant.FromCentimes(centimes).Diviser(diviseur, mode).Centimes);

    [Fact]
    public void Defauts_d_arrondi_au_plus_eloigne_de_zero()
    {
        Assert.Equal(3, Montant.FromCentimes(5).Multiplier(0.5m).Centimes);
        Assert.Equal(3, Montant.FromCentimes(5).Diviser(2m).Centimes);
        Assert.Equal(13, Montant.Arrondir(0.125m).Centimes);
    }

    [Fact]
    public void Repartir_refuse_zero_part() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Montant.FromCentimes(100).Repartir(0));

    [Fact]
    public void Debordements_leves()
    {
        Assert.Throws<OverflowException>(() => Montant.MaxValue + Montant.FromCentimes(1));
        Assert.Throws<OverflowException>(() => -Montant.MaxValue - Montant.FromCentimes(2));
        Assert.Throws<OverflowException>(() => -(-Montant.MaxValue - Montant.FromCentimes(1)));
        Assert.Throws<OverflowException>(() => Montant.MaxValue * 2);
        Assert.Equal(Montant.FromCentimes(30), 3 * Montant.FromCentimes(10));
    }

    [Fact]
    public void Formats_explicites()
    {
        var m = Montant.FromCentimes(-123456);
        Assert.Equal("-1 234,56 €", m.ToString(null, null));
        Assert.Equal("-1 234,56 €", m.ToString("", null));
        Assert.Equal("-1 234,56 €", m.ToString("G", null));
        Assert.Equal("-1 234,56", m.ToString("N", null));
        Assert.Equal("-1234.56", m.ToString("I", null));
        Assert.Throws<FormatException>(() => m.ToString("X", null));
        Assert.Equal("123,00 €", Montant.FromCentimes(12300).ToString());
        Assert.Equal("12 345,00 €", Montant.FromCentimes(1234500).ToString());
    }

    [Fact]
    public void Comparaison_avec_un_objet()
    {
        var m = Montant.FromCentimes(1);
        Assert.Equal(1, m.CompareTo(null));
        Assert.Equal(0, m.CompareTo((object)Montant.FromCentimes(1)));
        Assert.True(m.CompareTo((object)Montant.FromCentimes(2)) < 0);
        Assert.Throws<ArgumentException>(() => m.CompareTo("1"));
        Assert.False(m.Equals("1"));
    }

    [Property]
    public bool Operateurs_de_comparaison_coherents(Montant a, Montant b) =>
        (a > b) == (a.Centimes > b.Centimes) && (a <= b) == (a.Centimes <= b.Centimes) && (a >= b) == (a.Centimes >= b.Centimes)
        && (a != b) == (a.Centimes != b.Centimes) && (a == b) == a.Equals((object)b)
        && Math.Sign(a.CompareTo(b)) == Math.Sign(a.Centimes.CompareTo(b.Centimes))
        && Montant.Min(a, b).Centimes == Math.Min(a.Centimes, b.Centimes) && Montant.Max(a, b).Centimes == Math.Max(a.Centimes, b.Centimes)
        && (a * 3).Centimes == a.Centimes * 3;

    [Fact]
    public void Comparaisons_strictes_et_larges_a_egalite()
    {
        var a = Montant.FromCentimes(100);
        var b = Montant.FromCentimes(100);
        Assert.False(a < b);
        Assert.False(a > b);
        Assert.True(a <= b);
        Assert.True(a >= b);
        Assert.Equal(0, a.CompareTo(b));
    }
}

public sealed class MontantLimitesTest
{
    [Theory]
    [InlineData("1e27")]
    [InlineData("-1e27")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("92233720368547758.08")]
    public void Create_hors_capacite_est_une_erreur(string euros) =>
        Assert.Equal("montant.capacite", Assert.Single(Montant.Create(decimal.Parse(euros, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)).Erreurs).Code);

    [Fact]
    public void Create_aux_bornes_de_la_capacite()
    {
        Assert.Equal(Montant.MaxValue, Montant.Create(92233720368547758.07m).GetValueOrThrow());
        Assert.Equal(Montant.MinValue, Montant.Create(-92233720368547758.08m).GetValueOrThrow());
        Assert.Equal("montant.capacite", Assert.Single(Montant.Create(decimal.MaxValue).Erreurs).Code);
        Assert.Equal("montant.capacite", Assert.Single(Montant.Create(decimal.MinValue).Erreurs).Code);
    }

    [Theory]
    [InlineData("12 34,5")]
    [InlineData("1 2345,00")]
    [InlineData("1234 567")]
    [InlineData("1 23")]
    [InlineData("12 3456")]
    [InlineData("1\u202F23,00 €")]
    public void Les_groupes_de_milliers_ont_trois_chiffres(string texte) => Assert.False(Montant.TryParse(texte, out _));

    [Theory]
    [InlineData("1 234,50", 123450)]
    [InlineData("12 345 678,00 €", 1234567800)]
    [InlineData("1\u202F645,58 €", 164558)]
    [InlineData("1\u00A0645.58", 164558)]
    [InlineData("123 456", 12345600)]
    [InlineData("1234567", 123456700)]
    public void Les_groupes_de_trois_chiffres_sont_acceptes(string texte, long centimes) =>
        Assert.Equal(centimes, Montant.Parse(texte).Centimes);

    [Fact]
    public void Repartir_etale_le_reste_sur_les_dernieres_parts()
    {
        Assert.Equal([14285L, 14285, 14286, 14286, 14286, 14286, 14286], Montant.FromEuros(1000m).Repartir(7).Select(m => m.Centimes));
        Assert.Equal([-33L, -33, -34], Montant.FromCentimes(-100).Repartir(3).Select(m => m.Centimes));
        Assert.Equal([0L, 0, 1, 1, 1], Montant.FromCentimes(3).Repartir(5).Select(m => m.Centimes));
    }
}
