using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Caf.Accompagnement.Tests.Territoires;

public sealed class CodeCommuneTest
{
    [Theory]
    [InlineData("40197", "40")]
    [InlineData("01001", "01")]
    [InlineData("2A004", "2A")]
    [InlineData("2b033", "2B")]
    [InlineData("97411", "974")]
    [InlineData("97601", "976")]
    [InlineData("95690", "95")]
    public void Codes_valides(string texte, string departement)
    {
        var code = CodeCommune.Create(texte).GetValueOrThrow();
        Assert.Equal(texte.ToUpperInvariant(), code.ToString());
        Assert.Equal(departement, code.Departement);
        Assert.Equal(code, CodeCommune.FromCompact(code.Compact));
    }

    [Theory]
    [InlineData("4O001", "commune.code.format")]
    [InlineData("4000", "commune.code.longueur")]
    [InlineData("400011", "commune.code.longueur")]
    [InlineData("", "commune.code.vide")]
    [InlineData(null, "commune.code.vide")]
    [InlineData("20001", "commune.code.departement")]
    [InlineData("00001", "commune.code.departement")]
    [InlineData("96001", "commune.code.departement")]
    [InlineData("97901", "commune.code.departement")]
    [InlineData("40000", "commune.code.format")]
    [InlineData("2C001", "commune.code.format")]
    public void Codes_invalides_avec_code_champ_et_valeur(string? texte, string codeErreur)
    {
        var r = CodeCommune.Create(texte, "code_insee");
        var e = Assert.Single(r.Erreurs);
        Assert.Equal(codeErreur, e.Code);
        Assert.Equal("code_insee", e.Champ);
        Assert.Equal(texte, e.Valeur);
    }

    [Fact]
    public void Lettre_O_au_lieu_de_zero()
    {
        var e = Assert.Single(CodeCommune.Create("4O001").Erreurs);
        Assert.Contains("position 2", e.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property Aller_retour_texte_et_compact()
    {
        var departements = Enumerable.Range(1, 95).Where(d => d != 20).Select(d => d.ToString("D2", System.Globalization.CultureInfo.InvariantCulture))
            .Concat(["2A", "2B"]).ToArray();
        var gen = from dep in Gen.Elements(departements)
                  from numero in Gen.Choose(1, 999)
                  select dep + numero.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        var outremer = from dep in Gen.Elements("971", "972", "973", "974", "976")
                       from numero in Gen.Choose(1, 99)
                       select dep + numero.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        return Prop.ForAll(Gen.OneOf(gen, outremer).ToArbitrary(), texte =>
        {
            var code = CodeCommune.Parse(texte);
            return code.ToString() == texte && CodeCommune.FromCompact(code.Compact) == code && texte.StartsWith(code.Departement, StringComparison.Ordinal);
        });
    }

    [Property]
    public Property Chaine_quelconque_acceptee_ssi_valide()
    {
        var gen = Gen.Elements('0', '1', '2', '4', '9', 'A', 'B', 'O', ' ').ArrayOf().Select(c => new string(c));
        return Prop.ForAll(gen.ToArbitrary(), s =>
        {
            var r = CodeCommune.Create(s, "x");
            return r.Reussi ? r.Valeur.ToString() == s.Trim().ToUpperInvariant() : r.Erreurs.All(e => e.Champ == "x" && e.Valeur == s);
        });
    }
}
