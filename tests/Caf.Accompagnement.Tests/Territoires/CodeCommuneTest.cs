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
            return r.Reussi ? r.Valeur.ToString() == s.Trim().ToUpperInvariant() : r.Erreurs.All(e => e.Champ == "x" && e.Valeur == Erreur.Borner(s));
        });
    }

    [Theory]
    [InlineData("97501", "975")]
    [InlineData("97801", "978")]
    [InlineData("98411", "984")]
    [InlineData("98611", "986")]
    [InlineData("98711", "987")]
    [InlineData("98811", "988")]
    [InlineData("98911", "989")]
    [InlineData("2A001", "2A")]
    [InlineData("2B999", "2B")]
    [InlineData("01999", "01")]
    public void Outre_mer_et_bornes_acceptes(string texte, string departement)
    {
        var code = CodeCommune.Parse(texte);
        Assert.True(code.EstDefini);
        Assert.Equal(texte, code.ToString());
        Assert.Equal(departement, code.Departement);
        Assert.True(CodeCommune.TryParse(texte, out var relu) && relu == code);
    }

    [Theory]
    [InlineData("97001")]
    [InlineData("97901")]
    [InlineData("98001")]
    [InlineData("98501")]
    [InlineData("99001")]
    [InlineData("97100")]
    [InlineData("2A000")]
    [InlineData("2b000")]
    [InlineData("2AB01")]
    [InlineData("A0001")]
    public void Outre_mer_et_corse_refuses(string texte)
    {
        Assert.False(CodeCommune.Create(texte).Reussi);
        Assert.False(CodeCommune.TryParse(texte, out var code));
        Assert.False(code.EstDefini);
        Assert.Throws<FormatException>(() => CodeCommune.Parse(texte));
    }

    [Fact]
    public void Messages_d_erreur_explicites()
    {
        Assert.Contains("2A ou 2B", Assert.Single(CodeCommune.Create("20001").Erreurs).Message, StringComparison.Ordinal);
        Assert.Contains("(985)", Assert.Single(CodeCommune.Create("98501").Erreurs).Message, StringComparison.Ordinal);
        Assert.Contains("(96)", Assert.Single(CodeCommune.Create("96001").Erreurs).Message, StringComparison.Ordinal);
        Assert.Contains("reçu 4", Assert.Single(CodeCommune.Create(" 4000 ").Erreurs).Message, StringComparison.Ordinal);
        Assert.Contains("position 5", Assert.Single(CodeCommune.Create("4000x").Erreurs).Message, StringComparison.Ordinal);
        Assert.Equal("commune.code.format", Assert.Single(CodeCommune.Create("2A000").Erreurs).Code);
        Assert.Equal("code_insee", Assert.Single(CodeCommune.Create("x").Erreurs).Champ);
    }

    [Fact]
    public void Code_par_defaut_et_forme_compacte_invalide()
    {
        Assert.False(default(CodeCommune).EstDefini);
        Assert.Equal("(non défini)", default(CodeCommune).ToString());
        Assert.Throws<ArgumentException>(() => CodeCommune.FromCompact(0));
        Assert.Throws<ArgumentException>(() => CodeCommune.FromCompact(-5));
        Assert.Throws<ArgumentException>(() => CodeCommune.FromCompact(1));
        Assert.Throws<ArgumentException>(() => CodeCommune.FromCompact(200_001));
    }

    [Fact]
    public void Ordre_du_code_officiel()
    {
        var codes = new[] { "2B001", "19001", "2A999", "21001", "97101", "01001" }.Select(CodeCommune.Parse).Order().Select(c => c.ToString());
        Assert.Equal(new[] { "01001", "19001", "21001", "2A999", "2B001", "97101" }, codes);
    }

    [Property]
    public Property Egalite_et_hachage_suivent_le_texte()
    {
        return Prop.ForAll(Caf.Accompagnement.Testing.GenerateursCaf.CodeCommune.Two().ToArbitrary(), t =>
        {
            var (a, b) = t;
            var memeTexte = a.ToString() == b.ToString();
            return (a == b) == memeTexte && (a != b) == !memeTexte && a.Equals((object)b) == memeTexte && !a.Equals("x")
                && (a.GetHashCode() == b.GetHashCode()) == memeTexte && (a.CompareTo(b) == 0) == memeTexte;
        });
    }
}

public sealed class CodeCommuneDefautTest
{
    [Fact]
    public void Default_est_sur_et_documente()
    {
        var d = default(CodeCommune);
        Assert.False(d.EstDefini);
        Assert.Equal("(non défini)", d.ToString());
        Assert.Equal(0, d.Compact);
        Assert.Throws<InvalidOperationException>(() => d.Departement);
        Assert.True(d.CompareTo(CodeCommune.Parse("01001")) < 0);
        Assert.True(CodeCommune.Parse("01001").CompareTo(d) > 0);
        Assert.Equal(0, d.CompareTo(default));
        Assert.Equal("Montant.Zero", default(Montant) == Montant.Zero ? "Montant.Zero" : "?");
        Assert.False(default(NumeroAllocataire).EstDefini);
        Assert.Equal("(non défini)", default(NumeroAllocataire).ToString());
    }
}

public sealed class ExportsCsvTest
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+33 6", "'+33 6")]
    [InlineData("-x", "'-x")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("-12.50", "-12.50")]
    [InlineData("+3", "+3")]
    [InlineData("Grand Dax", "Grand Dax")]
    [InlineData("", "")]
    public void Les_prefixes_de_formule_sont_neutralises(string champ, string attendu) =>
        Assert.Equal(attendu, Utility.EcritureCsv.Neutraliser(champ));

    [Fact]
    public void L_export_de_la_carte_neutralise_un_nom_de_secteur_formule()
    {
        var carte = CarteDesSecteurs.Builder("40")
            .AjouterSecteur("=HYPERLINK(\"http://exemple.test\",\"clic\")", TravailleurSocial.FromIdentifiant("TS-01"))
            .Affecter("=HYPERLINK(\"http://exemple.test\",\"clic\")", ReferentielCommunes.Cog2026.DuDepartement("40").Select(c => c.Code))
            .Build().GetValueOrThrow();
        var csv = carte.Ecrire();
        Assert.Contains(",\"'=HYPERLINK(\"\"http://exemple.test\"\",\"\"clic\"\")\",TS-01\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'=x", "''=x")]
    [InlineData("''+x", "'''+x")]
    [InlineData("'abc", "'abc")]
    [InlineData("'", "'")]
    [InlineData("' =x", "' =x")]
    public void Un_champ_d_apostrophes_puis_formule_recoit_une_apostrophe_de_plus(string champ, string attendu) =>
        Assert.Equal(attendu, Utility.EcritureCsv.Neutraliser(champ));

    /// <summary>Des champs qui mêlent apostrophes, caractères de formule, nombres signés et texte.</summary>
    private static readonly Gen<string> ChampsDeFormule =
        Gen.Elements("'", "=", "+", "-", "@", "\t", "\r", "1", "2.5", "a", " ", ",", "\"").ArrayOf().Select(a => string.Concat(a.Take(6)));

    [Property(MaxTest = 500)]
    public Property Lire_un_champ_exporte_rend_le_champ() =>
        Prop.ForAll(ChampsDeFormule.ToArbitrary(), champ =>
            Utility.EcritureCsv.Restaurer(Utility.EcritureCsv.Neutraliser(champ)) == champ
            && (Utility.EcritureCsv.Neutraliser(champ) is var n && (n.Length == 0 || n[0] is not ('=' or '+' or '@' or '\t' or '\r') || decimal.TryParse(n, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _))));

    /// <summary>Un nom de secteur qui commence souvent par un caractère de formule ou des apostrophes.</summary>
    private static readonly Gen<string> PrefixesDeNom =
        Gen.Elements("", "=", "+", "-", "@", "'", "''", "'=", "''+", "'-", "-1", "+2.5", "=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "-12.5");

    [Property(MaxTest = 100)]
    public Property Toute_carte_repasse_par_le_csv_noms_de_formule_compris() =>
        Prop.ForAll(PrefixesDeNom.ArrayOf().ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (prefixes, graine) =>
        {
            var noms = prefixes.Take(8).Select((p, i) => p + (i % 2 == 0 ? string.Empty : " Secteur, ") + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (noms.Count == 0)
            {
                noms.Add("=1+1");
            }

            var builder = CarteDesSecteurs.Builder("40");
            foreach (var nom in noms)
            {
                builder.AjouterSecteur(nom, TravailleurSocial.FromIdentifiant("TS-01"));
            }

            var communes = ReferentielCommunes.Cog2026.DuDepartement("40").ToArray();
            var hasard = new Random(graine);
            for (var i = 0; i < communes.Length; i++)
            {
                builder.Affecter(noms[i < noms.Count ? i : hasard.Next(noms.Count)], communes[i].Code);
            }

            var carte = builder.Build().GetValueOrThrow();
            var relue = CarteDesSecteurs.Lire(new StringReader(carte.Ecrire()), "40");
            return relue.Reussi && relue.Valeur.Equals(carte) && relue.Valeur.Secteurs.Select(x => x.Nom).SequenceEqual(carte.Secteurs.Select(x => x.Nom));
        });

    [Theory]
    [InlineData("Secteur | Nord", "Secteur \\| Nord")]
    [InlineData("A\nB", "A B")]
    [InlineData("A\r\nB", "A B")]
    [InlineData("C:\\x", "C:\\\\x")]
    [InlineData("Dax", "Dax")]
    public void Une_cellule_markdown_ne_casse_pas_le_tableau(string texte, string attendu) =>
        Assert.Equal(attendu, Utility.EcritureMarkdown.Cellule(texte));
}
