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
            return r.Sum(p => p.Centimes) == t.total && r[..^1].All(p => p == r[0]) && r.Length == t.parts;
        });
    }

    [Property]
    public bool Egalite_et_hachage(Montant a, Montant b) =>
        a.Equals(b) == (a.GetHashCode() == b.GetHashCode() && a.Centimes == b.Centimes) && a.Equals((object)a);
}
