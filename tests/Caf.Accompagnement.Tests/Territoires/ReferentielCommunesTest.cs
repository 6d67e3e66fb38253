using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Caf.Accompagnement.Tests.Territoires;

public sealed class ReferentielCommunesTest
{
    private const string Entete = "code_insee,nom,codes_postaux,population,code_epci,anciens_codes,departement";

    private static readonly ReferentielCommunes Cog = ReferentielCommunes.Cog2026;

    [Fact]
    public void Cog2026_contient_les_34_875_communes_et_leur_population()
    {
        Assert.Equal(34_875, Cog.Count);
        Assert.Equal(68_350_798L, Cog.Population);
        Assert.Equal("COG 2026", Cog.Millesime);
        Assert.Equal(101, Cog.Departements.Count);
    }

    [Fact]
    public void Les_Landes_ont_327_communes_et_433_570_habitants()
    {
        var landes = Cog.DuDepartement("40");
        Assert.Equal(327, landes.Count);
        Assert.Equal(433_570, landes.Sum(c => c.Population));
        Assert.Equal(18, landes.Select(c => c.CodeEpci).Distinct().Count());
        Assert.All(landes, c => Assert.Equal("40", c.Departement));
    }

    [Fact]
    public void Les_codes_sont_valides_uniques_et_ranges_dans_l_ordre()
    {
        var codes = Cog.Select(c => c.Code.ToString()).ToArray();
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        for (var i = 0; i < Cog.Count; i++)
        {
            Assert.Equal(i, Cog[i].Index);
            Assert.Equal(Cog[i].Code, CodeCommune.Parse(codes[i]));
        }
    }

    [Property(MaxTest = 300)]
    public Property Tout_code_du_referentiel_se_retrouve_par_son_texte() =>
        Prop.ForAll(Gen.Choose(0, Cog.Count - 1).ToArbitrary(), i =>
        {
            var commune = Cog[i];
            var relu = CodeCommune.Parse(commune.Code.ToString());
            return Cog.TryGetIndex(relu, out var index, out var ancien) && index == i && !ancien
                && Cog.TryGet(relu, out var trouvee) && ReferenceEquals(trouvee, commune)
                && Cog.ParCodePostal(commune.CodesPostaux[0]).Contains(commune)
                && ReferenceEquals(Cog.Rechercher(commune.CodesPostaux[0], commune.Nom), commune);
        });

    [Theory]
    [InlineData("40009")]
    [InlineData("40107")]
    [InlineData("40302")]
    public void Un_ancien_code_donne_la_commune_nouvelle(string ancien)
    {
        Assert.True(Cog.TryGet(CodeCommune.Parse(ancien), out var commune, out var estAncien));
        Assert.True(estAncien);
        Assert.Equal("40197", commune.Code.ToString());
        Assert.Equal("Morcenx-la-Nouvelle", commune.Nom);
        Assert.True(Cog.EstAncienCode(CodeCommune.Parse(ancien)));
        Assert.False(Cog.EstCommuneActuelle(CodeCommune.Parse(ancien)));
        Assert.Contains(CodeCommune.Parse(ancien), commune.AnciensCodes);
    }

    [Fact]
    public void Un_code_inconnu_ou_non_defini_n_est_pas_trouve()
    {
        Assert.False(Cog.TryGet(CodeCommune.Parse("40999"), out _));
        Assert.False(Cog.TryGetIndex(default, out var index));
        Assert.Equal(-1, index);
    }

    [Fact]
    public void Un_code_postal_partage_donne_toutes_ses_communes()
    {
        var communes = Cog.ParCodePostal("51300");
        Assert.Equal(46, communes.Count);
        Assert.All(communes, c => Assert.Contains("51300", c.CodesPostaux));
        Assert.Empty(Cog.ParCodePostal("00000"));
        Assert.Equal(21, Cog.DuDepartement("75").Single().CodesPostaux.Count);
    }

    [Fact]
    public void La_recherche_par_nom_ignore_casse_accents_et_tirets()
    {
        var dax = Cog.Rechercher("40990", "saint paul les dax");
        Assert.NotNull(dax);
        Assert.Equal("Saint-Paul-lès-Dax", dax.Nom);
        Assert.Null(Cog.Rechercher("40990", "Dax"));
    }

    [Fact]
    public void Quatre_communes_insulaires_n_ont_pas_d_epci()
    {
        Assert.Equal(["22016", "29083", "29155", "85113"], Cog.Where(c => c.CodeEpci is null).Select(c => c.Code.ToString()));
    }

    [Fact]
    public void La_Corse_et_l_outre_mer_sont_presents()
    {
        Assert.Equal(124, Cog.DuDepartement("2A").Count);
        Assert.Equal(236, Cog.DuDepartement("2B").Count);
        Assert.True(Cog.TryGet(CodeCommune.Parse("2A004"), out var ajaccio));
        Assert.Equal("Ajaccio", ajaccio.Nom);
        Assert.True(Cog.TryGet(CodeCommune.Parse("97411"), out var stDenis));
        Assert.Equal("974", stDenis.Departement);
        Assert.Empty(Cog.DuDepartement("975"));
    }

    [Fact]
    public async Task Le_chargement_paresseux_est_sur_entre_fils()
    {
        var instances = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => ReferentielCommunes.Cog2026)));
        Assert.All(instances, r => Assert.Same(Cog, r));
    }

    [Fact]
    public void Un_millesime_se_charge_depuis_un_flux_avec_bom_et_crlf()
    {
        var texte = "\uFEFF" + Entete + "\r\n40197,Morcenx-la-Nouvelle,40110,5022,244000691,40009;40107;40302,40\r\n\"40001\",\"Aire-sur-l'Adour\",40800,6000,200030435,,40\r\n\r\n";
        using var flux = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(texte));
        var r = ReferentielCommunes.Lire(flux, "COG test").GetValueOrThrow();
        Assert.Equal(2, r.Count);
        Assert.Equal("40001", r[0].Code.ToString());
        Assert.True(r.TryGet(CodeCommune.Parse("40107"), out var c, out var ancien));
        Assert.True(ancien);
        Assert.Equal(1, c.Index);
    }

    [Fact]
    public void Un_millesime_errone_donne_toutes_ses_erreurs_avec_leur_ligne()
    {
        var texte = Entete + "\n"
            + "40197,Morcenx-la-Nouvelle,40110,5022,244000691,40009,40\n" // 2 : correcte
            + "4O001,Aire,40800,6000,200030435,,40\n" // 3 : code mal formé
            + "40002,,4080,x,12,,64\n" // 4 : nom vide, code postal, population, EPCI, département
            + "40197,Doublon,40110,1,,,40\n" // 5 : code en double
            + "40003,Ancien,40110,1,,40009,40\n" // 6 : ancien code déjà fusionné ailleurs
            + "40004,Court\n"; // 7 : ligne incomplète
        var r = ReferentielCommunes.Lire(new StringReader(texte), "COG test");
        Assert.False(r.Reussi);
        var codes = r.Erreurs.Select(e => (e.Ligne, e.Code)).ToArray();
        Assert.Contains((3, "commune.code.format"), codes);
        Assert.Contains((4, "referentiel.nom.vide"), codes);
        Assert.Contains((4, "referentiel.code_postal.format"), codes);
        Assert.Contains((4, "referentiel.population.format"), codes);
        Assert.Contains((4, "referentiel.epci.format"), codes);
        Assert.Contains((4, "referentiel.departement.incoherent"), codes);
        Assert.Contains((5, "referentiel.code.doublon"), codes);
        Assert.Contains((6, "referentiel.ancien_code.doublon"), codes);
        Assert.Contains((7, "referentiel.ligne.format"), codes);
        Assert.DoesNotContain(r.Erreurs, e => e.Ligne == 2);
    }

    [Theory]
    [InlineData("", "referentiel.entete.absente")]
    [InlineData("code_insee,nom\n40001,Aire\n", "referentiel.entete.colonne_manquante")]
    [InlineData(Entete + ",commentaire\n", "referentiel.entete.colonne_inconnue")]
    [InlineData(Entete + "\n", "referentiel.vide")]
    public void Un_fichier_sans_en_tete_valide_ou_sans_commune_est_refuse(string texte, string code)
    {
        var r = ReferentielCommunes.Lire(new StringReader(texte), "COG test");
        Assert.Contains(r.Erreurs, e => e.Code == code);
    }
}
