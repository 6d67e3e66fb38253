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
}
