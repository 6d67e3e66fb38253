using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Caf.Accompagnement.Tests;

public sealed class NumeroAllocataireTest
{
    [Theory]
    [InlineData("0123456", 123456)]
    [InlineData("012 3456", 123456)]
    [InlineData(" 9999999 ", 9999999)]
    public void Lecture_et_normalisation(string texte, int valeur)
    {
        var n = NumeroAllocataire.Create(texte).GetValueOrThrow();
        Assert.Equal(valeur, n.Valeur);
        Assert.Equal(valeur.ToString("D7", System.Globalization.CultureInfo.InvariantCulture), n.EnClair);
    }

    [Theory]
    [InlineData(null, "allocataire.numero.vide")]
    [InlineData("  ", "allocataire.numero.vide")]
    [InlineData("12345", "allocataire.numero.longueur")]
    [InlineData("123456789", "allocataire.numero.longueur")]
    [InlineData("12A4567", "allocataire.numero.format")]
    public void Refus_nomme_le_champ_et_masque_la_valeur(string? texte, string code)
    {
        var r = NumeroAllocataire.Create(texte, "matricule");
        var e = Assert.Single(r.Erreurs);
        Assert.Equal(code, e.Code);
        Assert.Equal("matricule", e.Champ);
        if (texte is { Length: > 4 })
        {
            Assert.DoesNotContain(texte.Trim()[..4], e.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToString_masque_le_numero()
    {
        var n = NumeroAllocataire.Parse("0123456");
        Assert.Equal("*****56", n.ToString());
        Assert.Equal("(non défini)", default(NumeroAllocataire).ToString());
        Assert.False(default(NumeroAllocataire).EstDefini);
        Assert.Throws<InvalidOperationException>(() => default(NumeroAllocataire).Valeur);
    }

    [Fact]
    public void Parse_ne_cite_pas_le_numero_dans_l_exception()
    {
        var ex = Assert.Throws<FormatException>(() => NumeroAllocataire.Parse("1234X678"));
        Assert.DoesNotContain("1234", ex.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property Aller_retour_et_masquage()
    {
        return Prop.ForAll(Gen.Choose(0, 9_999_999).ToArbitrary(), v =>
        {
            var n = NumeroAllocataire.FromValeur(v);
            var relu = NumeroAllocataire.Create(n.EnClair).GetValueOrThrow();
            return relu == n && relu.Valeur == v && !n.ToString().Contains(n.EnClair[..5], StringComparison.Ordinal)
                && n.ToString().EndsWith(n.EnClair[5..], StringComparison.Ordinal);
        });
    }

    [Property]
    public Property Toute_chaine_invalide_est_refusee_avec_son_champ()
    {
        var gen = Gen.Elements('0', '1', '9', 'a', 'O', '-', ' ', '.').ArrayOf().Select(c => new string(c));
        return Prop.ForAll(gen.ToArbitrary(), s =>
        {
            var r = NumeroAllocataire.Create(s, "champ");
            var chiffres = s.Count(char.IsAsciiDigit);
            var valide = chiffres == 7 && s.All(c => char.IsAsciiDigit(c) || c == ' ');
            return valide ? r.Reussi : !r.Reussi && r.Erreurs.All(e => e.Champ == "champ");
        });
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_000_000)]
    public void FromValeur_refuse_hors_de_sept_chiffres(int valeur) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NumeroAllocataire.FromValeur(valeur));

    [Fact]
    public void Bornes_et_numero_zero_distinct_du_defaut()
    {
        var zero = NumeroAllocataire.FromValeur(0);
        Assert.True(zero.EstDefini);
        Assert.Equal(0, zero.Valeur);
        Assert.Equal("0000000", zero.EnClair);
        Assert.NotEqual(default, zero);
        Assert.True(zero != default);
        Assert.False(zero == default);
        Assert.Equal(9_999_999, NumeroAllocataire.FromValeur(9_999_999).Valeur);
        Assert.Equal(zero, NumeroAllocataire.Parse("000\u00A00000"));
    }

    [Fact]
    public void Un_numero_refuse_est_cite_par_un_masque_fixe_qui_ne_revele_ni_longueur_ni_caracteres()
    {
        var e = Assert.Single(NumeroAllocataire.Create("12345678").Erreurs);
        Assert.Equal("allocataire.numero.longueur", e.Code);
        Assert.Equal("numero_allocataire", e.Champ);
        Assert.DoesNotContain("8", e.Message, StringComparison.Ordinal);
        Assert.Equal(Erreur.ValeurMasquee, e.Valeur);
        Assert.Equal("***", Assert.Single(NumeroAllocataire.Create("1x").Erreurs).Valeur);
        Assert.Equal("***", Assert.Single(NumeroAllocataire.Create("1x3").Erreurs).Valeur);
        Assert.Equal("***", Assert.Single(NumeroAllocataire.Create("x").Erreurs).Valeur);
        Assert.Equal("***", Assert.Single(NumeroAllocataire.Create(new string('9', 10_000)).Erreurs).Valeur);
    }

    [Property]
    public Property Egalite_hachage_et_ordre_suivent_la_valeur()
    {
        var gen = Gen.Choose(0, 9_999_999).Two();
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (a, b) = (NumeroAllocataire.FromValeur(t.Item1), NumeroAllocataire.FromValeur(t.Item2));
            return (a == b) == (t.Item1 == t.Item2) && (a != b) == (t.Item1 != t.Item2) && a.Equals((object)b) == (t.Item1 == t.Item2)
                && (a.GetHashCode() == b.GetHashCode()) == (t.Item1 == t.Item2)
                && Math.Sign(a.CompareTo(b)) == Math.Sign(t.Item1.CompareTo(t.Item2))
                && default(NumeroAllocataire).CompareTo(a) < 0 && !a.Equals("x");
        });
    }
}

public sealed class NumeroAllocataireSeparateursTest
{
    [Theory]
    [InlineData("012 3456")]
    [InlineData("012\u00A03456")]
    [InlineData("012\u202F3456")]
    public void Les_separateurs_de_montant_sont_ignores(string texte) =>
        Assert.Equal(123456, NumeroAllocataire.Create(texte).GetValueOrThrow().Valeur);

    [Fact]
    public void Les_memes_separateurs_sont_admis_par_le_montant() =>
        Assert.True(Montant.TryParse("1\u202F234", out _) && Montant.TryParse("1\u00A0234", out _) && Montant.TryParse("1 234", out _));
}
