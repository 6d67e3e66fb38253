using System.Text;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Caf.Accompagnement.Tests.Integration;

/// <summary>
/// Les fichiers CSV tels qu'ils sortent d'Excel en français et des outils de la Caf : point-virgule (détecté ou nommé),
/// première ligne <c>sep=;</c>, virgule décimale, Windows-1252 nommé, BOM ; et le message d'un séparateur ou d'un
/// encodage faux. Pour le barème, le référentiel des communes, la carte des secteurs et la politique de ciblage.
/// </summary>
public sealed class CsvFrancaisTest
{
    private static readonly FormatCsv PointVirgule = new() { Separateur = ';' };

    private static Resultat<Bareme<Montant>> Bareme(string texte, FormatCsv? format = null) =>
        Bareme<Montant>.Lire("essai", new StringReader(texte), format ?? FormatCsv.Detecte, t => Montant.Create(t, "valeur"));

    private const string BaremePointVirgule = "debut;valeur;reference\n2025-01-01;1 801,80;Décret n° 2024-951\n2026-01-01;1823,03;Décret n° 2025-1228\n";

    [Fact]
    public void Le_format_d_excel_en_francais_nomme_le_point_virgule_et_windows_1252()
    {
        Assert.Equal(';', FormatCsv.ExcelFrancais.Separateur);
        Assert.Same(FormatCsv.Windows1252, FormatCsv.ExcelFrancais.Encodage);
        Assert.Equal(1252, FormatCsv.ExcelFrancais.Encodage!.CodePage);
        Assert.Equal("CSV, séparateur point-virgule, windows-1252", FormatCsv.ExcelFrancais.ToString());
    }

    [Fact]
    public void Bareme_au_point_virgule_detecte_ou_nomme_avec_virgule_decimale()
    {
        foreach (var format in new[] { FormatCsv.Detecte, PointVirgule })
        {
            var b = Bareme(BaremePointVirgule, format).GetValueOrThrow();
            Assert.Equal(Montant.FromCentimes(180_180), b.Valeurs[0].Valeur);
            Assert.Equal(Montant.FromCentimes(182_303), b.Valeurs[1].Valeur);
        }
    }

    [Fact]
    public void Bareme_decimal_lu_avec_la_virgule_ou_le_point()
    {
        var texte = "debut;valeur;reference\n2025-01-01;11,88;Décret n° 2024-951\n2026-01-01;12.02;Décret n° 2025-1228\n";
        var b = Bareme<decimal>.Lire("SMIC horaire", new StringReader(texte), FormatCsv.Detecte, ValeursDeBareme.LireDecimal).GetValueOrThrow();
        Assert.Equal([11.88m, 12.02m], b.Valeurs.Select(v => v.Valeur));
        Assert.Equal(12.02m, ValeursDeBareme.LireDecimal(" 12,02 ").GetValueOrThrow());
        Assert.Equal("bareme.valeur.format", Assert.Single(ValeursDeBareme.LireDecimal("1.234,5").Erreurs).Code);

        // Avec la virgule comme séparateur, une valeur à virgule décimale s'écrit entre guillemets.
        var virgule = "debut,valeur,reference\n2025-01-01,\"11,88\",Décret\n";
        Assert.Equal(11.88m, Bareme<decimal>.Lire("SMIC horaire", new StringReader(virgule), ValeursDeBareme.LireDecimal).GetValueOrThrow().Valeurs[0].Valeur);
        var e = Assert.Single(Bareme<decimal>.Lire("SMIC horaire", new StringReader("debut,valeur,reference\n2025-01-01,11,88,Décret\n"), ValeursDeBareme.LireDecimal).Erreurs);
        Assert.Equal(("bareme.ligne.colonnes", 2), (e.Code, e.Ligne));
        Assert.Contains("virgule", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void La_ligne_sep_d_excel_n_est_pas_un_enregistrement_mais_compte_dans_les_lignes()
    {
        foreach (var fin in new[] { "\n", "\r\n", "\r" })
        {
            var texte = "sep=;" + fin + BaremePointVirgule.Replace("\n", fin, StringComparison.Ordinal);
            Assert.Equal(2, Bareme(texte).GetValueOrThrow().Valeurs.Length);
            Assert.Equal(2, Bareme(texte, PointVirgule).GetValueOrThrow().Valeurs.Length);

            // Une erreur de la première valeur est à la ligne physique 3.
            var abime = texte.Replace("1 801,80", "abc", StringComparison.Ordinal);
            var e = Assert.Single(Bareme(abime).Erreurs);
            Assert.Equal(("montant.format", 3), (e.Code, e.Ligne));
        }

        // BOM avant sep=, BOM après (en tête de l'en-tête), et en-tête faux : rapporté à la ligne 2.
        Assert.True(Bareme("\uFEFFsep=;\n\uFEFF" + BaremePointVirgule).Reussi);
        var entete = Assert.Single(Bareme("sep=;\ndebut;montant;reference\n").Erreurs);
        Assert.Equal(("bareme.entete", 2), (entete.Code, entete.Ligne));
    }

    [Fact]
    public void Un_separateur_nomme_qui_ne_decoupe_pas_l_en_tete_est_refuse_a_la_ligne_1_sans_citer_l_en_tete()
    {
        var e = Assert.Single(Bareme("debut,valeur,reference\n2025-01-01,1,A\n", PointVirgule).Erreurs);
        Assert.Equal(("bareme.csv.separateur", 1, "entete"), (e.Code, e.Ligne, e.Champ));
        Assert.Null(e.Valeur);
        Assert.Contains("point-virgule", e.Message, StringComparison.Ordinal);
        Assert.Contains("semble utiliser la virgule", e.Message, StringComparison.Ordinal);

        var t = Assert.Single(Bareme("debut;valeur;reference\n2025-01-01;1;A\n", new FormatCsv { Separateur = '\t' }).Erreurs);
        Assert.Contains("le point-virgule", t.Message, StringComparison.Ordinal);

        // sep=, contredit par le format nommé.
        var s = Assert.Single(Bareme("sep=,\ndebut,valeur,reference\n2025-01-01,1,A\n", PointVirgule).Erreurs);
        Assert.Equal(("bareme.csv.separateur", 1), (s.Code, s.Ligne));

        // Un fichier sans en-tête (données personnelles possibles) n'est pas une erreur de séparateur ni n'est cité.
        var sans = Assert.Single(CarteDesSecteurs.Lire(new StringReader("40192;Nord;TS-01\n"), FormatCsv.Rfc4180, "40").Erreurs);
        Assert.Equal("secteur.entete.absente", sans.Code);
        Assert.DoesNotContain("TS-01", sans.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Chaque_import_dit_son_erreur_de_separateur()
    {
        var carte = CartesDeTestCsv();
        Assert.Equal("secteur.csv.separateur", Assert.Single(CarteDesSecteurs.Lire(new StringReader(carte), PointVirgule, "40").Erreurs).Code);
        Assert.Equal("referentiel.csv.separateur", Assert.Single(ReferentielCommunes.Lire(new StringReader(Communes), PointVirgule, "essai").Erreurs).Code);
        Assert.Equal("ciblage.csv.separateur", Assert.Single(PolitiqueDeCiblage.Lire("essai", new StringReader("cible,parametre,valeur\nPARENTS_SEULS,,\n"), PointVirgule).Erreurs).Code);
    }

    private const string Communes = "code_insee,nom,codes_postaux,population,code_epci,anciens_codes,departement\n40197,Morcenx-la-Nouvelle,40110,5022,244000691,40009;40107;40302,40\n40001,Aire-sur-l'Adour,40800,6000,200030435,,40\n";

    private static string CartesDeTestCsv() => Territoires.CartesDeTest.CsvParEpci();

    [Fact]
    public void Referentiel_au_point_virgule_avec_champs_a_plusieurs_valeurs_entre_guillemets()
    {
        var texte = "sep=;\r\ncode_insee;nom;codes_postaux;population;code_epci;anciens_codes;departement\r\n40197;Morcenx-la-Nouvelle;40110;5022;244000691;\"40009;40107;40302\";40\r\n40001;Aire-sur-l'Adour;40800;6000;200030435;;40\r\n";
        foreach (var format in new[] { FormatCsv.Detecte, PointVirgule })
        {
            var r = ReferentielCommunes.Lire(new StringReader(texte), format, "essai").GetValueOrThrow();
            Assert.Equal(2, r.Count);
        }

        // Sans guillemets, le champ à plusieurs valeurs déborde : la ligne est refusée à sa ligne physique, qui compte sep=.
        var e = Assert.Single(ReferentielCommunes.Lire(new StringReader(texte.Replace("\"", string.Empty, StringComparison.Ordinal)), "essai").Erreurs);
        Assert.Equal(("referentiel.ligne.format", 3), (e.Code, e.Ligne));
        Assert.Contains("point-virgule", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Carte_au_point_virgule_et_windows_1252_par_l_api_stream()
    {
        var texte = CartesDeTestCsv().Replace(',', ';').Replace("Secteur 1;", "Secteur 1 – Mont-de-Marsan é;", StringComparison.Ordinal);
        var octets = FormatCsv.Windows1252.GetBytes(texte);
        var carte = CarteDesSecteurs.Lire(new MemoryStream(octets), FormatCsv.ExcelFrancais, "40").GetValueOrThrow();
        Assert.Contains(carte.Secteurs, s => s.Nom == "Secteur 1 – Mont-de-Marsan é");
        Assert.True(CarteDesSecteurs.Lire(new MemoryStream(octets), FormatCsv.Detecte with { Encodage = FormatCsv.Windows1252 }, "40").Reussi);

        // Les mêmes octets lus en UTF-8 (par défaut) : chaque ligne au caractère illisible est refusée à sa ligne.
        var erreurs = CarteDesSecteurs.Lire(new MemoryStream(octets), PointVirgule, "40").Erreurs;
        var lignes = texte.Split('\n').Select((l, i) => (l, i + 1)).Where(t => t.l.Any(c => c > 127)).Select(t => t.Item2).ToArray();
        Assert.NotEmpty(lignes);
        Assert.Equal(lignes, erreurs.Where(e => e.Code == "secteur.csv.encodage").Select(e => e.Ligne!.Value));
        Assert.Contains("FormatCsv.Windows1252", erreurs.First(e => e.Code == "secteur.csv.encodage").Message, StringComparison.Ordinal);

        // Un BOM UTF-8 l'emporte sur l'encodage nommé.
        var utf8 = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(texte)).ToArray();
        Assert.True(CarteDesSecteurs.Lire(new MemoryStream(utf8), FormatCsv.ExcelFrancais, "40").Reussi);
    }

    [Fact]
    public void Bareme_et_politique_en_windows_1252_par_l_api_stream()
    {
        var bareme = FormatCsv.Windows1252.GetBytes("sep=;\r\n" + BaremePointVirgule.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Equal("Décret n° 2024-951", Bareme<Montant>.Lire("essai", new MemoryStream(bareme), FormatCsv.ExcelFrancais, t => Montant.Create(t)).GetValueOrThrow().Valeurs[0].Reference);
        var enUtf8 = Bareme<Montant>.Lire("essai", new MemoryStream(bareme), FormatCsv.Detecte, t => Montant.Create(t)).Erreurs;
        Assert.Equal([3, 4], enUtf8.Where(e => e.Code == "bareme.csv.encodage").Select(e => e.Ligne!.Value));

        var politique = FormatCsv.Windows1252.GetBytes("cible;parametre;valeur\r\nPARENTS_SEULS;multiplicateur_smic;1,25\r\nJEUNES_DIPLÔMÉS;;\r\n");
        var e = Assert.Single(PolitiqueDeCiblage.Lire("essai", new MemoryStream(politique), FormatCsv.ExcelFrancais).Erreurs);
        Assert.Equal(("ciblage.cible.inconnue", "JEUNES_DIPLÔMÉS", 3), (e.Code, e.Valeur, e.Ligne));
        var lue = PolitiqueDeCiblage.Lire("essai", new MemoryStream(politique[..politique.AsSpan().IndexOf("JEUNES"u8)]), FormatCsv.ExcelFrancais).GetValueOrThrow();
        Assert.Equal(1.25m, ((CibleParentsSeuls)lue.Cibles[0]).Parametres.MultiplicateurSmic);
    }

    [Fact]
    public void Politique_au_point_virgule_ecrit_la_virgule_decimale()
    {
        var politique = PolitiqueDeCiblage.FromCibles("essai", new CibleParentsSeuls(new ParametresParentsSeuls(18, 30, 1.5m)));
        using var sortie = new StringWriter { NewLine = "\n" };
        politique.Ecrire(sortie, FormatCsv.ExcelFrancais);
        Assert.Equal("cible;parametre;valeur\nPARENTS_SEULS;age_minimum;18\nPARENTS_SEULS;age_maximum;30\nPARENTS_SEULS;multiplicateur_smic;1,5\n", sortie.ToString());
        var lue = PolitiqueDeCiblage.Lire("essai", new StringReader("sep=;\n" + sortie), FormatCsv.Detecte).GetValueOrThrow();
        Assert.Equal(1.5m, ((CibleParentsSeuls)lue.Cibles[0]).Parametres.MultiplicateurSmic);
    }

    [Fact]
    public void Carte_exportee_au_point_virgule_met_les_referents_entre_guillemets_et_neutralise_les_formules()
    {
        var carte = CarteDesSecteurs.Builder("40");
        carte.AjouterSecteur("=SOMME(A1)", [TravailleurSocial.FromIdentifiant("TS-1"), TravailleurSocial.FromIdentifiant("TS-2")]);
        foreach (var c in Territoires.CartesDeTest.Landes)
        {
            carte.Affecter("=SOMME(A1)", c.Code);
        }

        var texte = carte.Build().GetValueOrThrow().Ecrire(FormatCsv.ExcelFrancais);
        Assert.StartsWith("code_insee;secteur;referent\n", texte, StringComparison.Ordinal);
        Assert.Contains(";'=SOMME(A1);\"TS-1;TS-2\"\n", texte, StringComparison.Ordinal);
        Assert.Equal("=SOMME(A1)", CarteDesSecteurs.Lire(new StringReader(texte), "40").GetValueOrThrow().Secteurs[0].Nom);
    }

    private static readonly FormatCsv[] Formats = [FormatCsv.Rfc4180, PointVirgule, new() { Separateur = '\t' }];

    private static readonly Gen<string> Noms =
        from debut in Gen.Elements("S", "=", "+", "'", "-", "@", "Secteur ", "\"")
        from reste in Gen.Elements('a', 'é', ';', ',', '"', '\t', ' ', '\'', '=', '1', '-', '.').ArrayOf()
        let nom = (debut + new string(reste)).Trim()
        where nom.Length > 0
        select nom;

    /// <summary>
    /// Exporter puis importer une carte est l'identité, pour chaque séparateur (virgule, point-virgule, tabulation), que le
    /// séparateur soit nommé ou détecté à la lecture : noms de secteurs faits de séparateurs, guillemets, apostrophes et
    /// caractères de formule compris.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property Carte_exportee_puis_importee_est_l_identite_pour_chaque_separateur() =>
        Prop.ForAll(
            (from noms in Noms.ArrayOf().Select(n => n.Distinct().Take(6).ToArray()).Where(n => n.Length > 0)
             from graine in Gen.Choose(0, 10_000)
             from format in Gen.Elements(Formats)
             from detecte in Gen.Elements(false, true)
             select (noms, graine, format, detecte)).ToArbitrary(),
            x =>
            {
                var hasard = new Random(x.graine);
                var builder = CarteDesSecteurs.Builder("40");
                foreach (var (nom, i) in x.noms.Select((n, i) => (n, i)))
                {
                    builder.AjouterSecteur(nom, Enumerable.Range(0, hasard.Next(3)).Select(r => TravailleurSocial.FromIdentifiant($"TS-{i}.{r}")));
                }

                var landes = Territoires.CartesDeTest.Landes;
                for (var i = 0; i < landes.Count; i++)
                {
                    builder.Affecter(x.noms[i < x.noms.Length ? i : hasard.Next(x.noms.Length)], landes[i].Code);
                }

                var construite = builder.Build();
                if (!construite.TryGetValue(out var carte))
                {
                    return true.Label("nom refusé par la fabrique : " + construite);
                }

                var texte = carte.Ecrire(x.format);
                var relue = CarteDesSecteurs.Lire(new StringReader(texte), x.detecte ? FormatCsv.Detecte : x.format, "40");
                return (relue.TryGetValue(out var c) && c.Equals(carte) && c.Ecrire(x.format) == texte)
                    .Label($"{x.format} : {relue}");
            });
}
