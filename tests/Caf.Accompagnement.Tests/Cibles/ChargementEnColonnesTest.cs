using System.Text;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Foyers;
using FsCheck.Xunit;

namespace Caf.Accompagnement.Tests.Cibles;

/// <summary>La lecture en colonnes d'un fichier de foyers : mêmes foyers et mêmes erreurs, ligne par ligne, que la lecture d'avant (un foyer par ligne).</summary>
public sealed class ChargementEnColonnesTest
{
    private const string Valide = "0000042,40192,1990-03-15,ISOLE,2020-01-01,,2018-05-02;2021-07-01:H,1200.50,14406,RSA:600.00:M;AF:141.99,SEPARATION:2022-01-03;IMPAYE_LOYER:2022-03-01,CAF_FR;TELEPHONE,oui";

    private static readonly char[] Abimures = ['0', '9', ',', ';', '"', '\n', '\r', ':', 'x', ' ', '-', '.', '/', 'H', 'M', '\uFFFD', '\0', '\t'];

    /// <summary>Le texte des foyers d'une population (sa réécriture).</summary>
    private static string Texte(Population p, FormatCsv? format = null)
    {
        var s = new StringWriter();
        PopulationCsv.Ecrire(s, Enumerable.Range(0, p.Count).Select(p.Foyer), format ?? FormatCsv.Rfc4180);
        return s.ToString();
    }

    private static string Ecrire(IEnumerable<Foyer> foyers, FormatCsv format)
    {
        var s = new StringWriter();
        PopulationCsv.Ecrire(s, foyers, format);
        return s.ToString();
    }

    /// <summary>Un fichier valide abîmé à quelques endroits au hasard (caractères ôtés, ajoutés, remplacés, lignes répétées).</summary>
    private static string Abimer(string texte, Random h)
    {
        var mutations = h.Next(1, 6);
        for (var m = 0; m < mutations; m++)
        {
            var p = h.Next(texte.Length);
            texte = h.Next(7) switch
            {
                5 => Citer(texte, p, multiligne: false),
                6 => Citer(texte, p, multiligne: true),
                0 => texte.Remove(p, Math.Min(h.Next(1, 8), texte.Length - p)),
                1 => texte.Insert(p, Abimures[h.Next(Abimures.Length)].ToString()),
                2 => string.Concat(texte.AsSpan(0, p), Abimures[h.Next(Abimures.Length)].ToString(), texte.AsSpan(p + 1)),
                3 => texte.Insert(p, texte.Substring(p, Math.Min(h.Next(1, 60), texte.Length - p))),
                _ => texte.Insert(p, new string('x', h.Next(1, 3) * 9000)),
            };
        }

        return texte;
    }

    /// <summary>Met entre guillemets le champ qui contient la position <paramref name="p"/> (un saut de ligne en son milieu si <paramref name="multiligne"/>).</summary>
    private static string Citer(string texte, int p, bool multiligne)
    {
        var debut = texte.AsSpan(0, p).LastIndexOfAny(",;\n") + 1;
        var apres = texte.AsSpan(p).IndexOfAny(",;\r\n");
        var fin = apres < 0 ? texte.Length : p + apres;
        var champ = texte[debut..fin];
        if (multiligne)
        {
            champ = champ.Insert(champ.Length / 2, "\n");
        }

        return texte[..debut] + "\"" + champ.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + texte[fin..];
    }

    private static void AssertMemeResultat(Resultat<Population> attendu, Resultat<Population> lu)
    {
        Assert.Equal(attendu.Reussi, lu.Reussi);
        if (!attendu.Reussi)
        {
            Assert.Equal(
                attendu.Erreurs.Select(e => (e.Code, e.Champ, e.Valeur, e.Ligne, e.Message)),
                lu.Erreurs.Select(e => (e.Code, e.Champ, e.Valeur, e.Ligne, e.Message)));
            return;
        }

        var a = attendu.GetValueOrThrow();
        var p = lu.GetValueOrThrow();
        Assert.Equal(a.Count, p.Count);
        Assert.True(a.Numeros.SequenceEqual(p.Numeros));
        Assert.True(a.IndicesCommunes.SequenceEqual(p.IndicesCommunes));
        Assert.True(a.Indicateurs.SequenceEqual(p.Indicateurs));
        Assert.True(a.RessourcesMensuellesEnCentimes.SequenceEqual(p.RessourcesMensuellesEnCentimes));
        Assert.True(a.PrestationsMensuellesEnCentimes.SequenceEqual(p.PrestationsMensuellesEnCentimes));
        Assert.True(a.NaissancesAllocataire.AsSpan().SequenceEqual(p.NaissancesAllocataire));
        Assert.True(a.DatesSituation.AsSpan().SequenceEqual(p.DatesSituation));
        Assert.True(a.DroitsEtDevoirsDepuis.AsSpan().SequenceEqual(p.DroitsEtDevoirsDepuis));
        Assert.True(a.DebutsEnfants.AsSpan().SequenceEqual(p.DebutsEnfants));
        Assert.True(a.Enfants.AsSpan().SequenceEqual(p.Enfants));
        Assert.True(a.EvenementsFoyers.AsSpan().SequenceEqual(p.EvenementsFoyers));
        Assert.True(a.EvenementsCodes.AsSpan().SequenceEqual(p.EvenementsCodes));
        Assert.Equal(Texte(a), Texte(p));
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(a.Foyer(i).Commune, p.Foyer(i).Commune);
        }
    }

    [Property(MaxTest = 300)]
    public void Un_fichier_abime_donne_les_memes_erreurs_aux_memes_lignes_que_la_lecture_d_avant(int graine)
    {
        var h = new Random(graine);
        var foyers = FoyersAuHasard.Tirer(graine, h.Next(1, 12), FoyersAuHasard.Reference);
        var texte = Ecrire(foyers, FormatCsv.Rfc4180);
        if (h.Next(3) == 0)
        {
            texte = texte.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        var abime = h.Next(6) == 0 ? texte : Abimer(texte, h);
        AssertMemeResultat(PopulationCsv.ChargerParFoyers(new StringReader(abime)), PopulationCsv.Lire(new StringReader(abime), FormatCsv.Rfc4180));
    }

    [Property(MaxTest = 200)]
    public void La_lecture_en_morceaux_paralleles_egale_la_lecture_d_un_trait(int graine)
    {
        var h = new Random(graine);
        var foyers = FoyersAuHasard.Tirer(graine, h.Next(1, 60), FoyersAuHasard.Reference);
        var format = h.Next(4) == 0 ? new FormatCsv { Separateur = ';' } : FormatCsv.Rfc4180;
        var texte = Ecrire(foyers, format);
        if (h.Next(3) == 0)
        {
            texte = texte.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        if (h.Next(4) == 0)
        {
            // Un foyer répété plus bas : doublon, souvent d'un morceau à l'autre.
            var lignes = texte.Split('\n').ToList();
            if (lignes.Count > 3)
            {
                lignes.Insert(h.Next(2, lignes.Count - 1), lignes[h.Next(1, lignes.Count - 1)]);
                texte = string.Join('\n', lignes);
            }
        }

        var abime = h.Next(2) == 0 ? texte : Abimer(texte, h);
        var octets = (h.Next(4) == 0 ? [0xEF, 0xBB, 0xBF] : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(abime)).ToArray();
        var lu = PopulationCsv.ChargerEnMorceaux(new MemoryStream(octets), format, h.Next(2, 6), h.Next(1, 600));
        AssertMemeResultat(PopulationCsv.ChargerEnMorceaux(new MemoryStream(octets), format, 1, 1), lu);
        AssertMemeResultat(PopulationCsv.Lire(new StreamReader(new MemoryStream(octets)), format), lu);
    }

    [Fact]
    public void Un_fichier_en_morceaux_paralleles_depuis_un_chemin()
    {
        var foyers = FoyersAuHasard.Tirer(7, 400, FoyersAuHasard.Reference);
        var chemin = Path.GetTempFileName();
        try
        {
            File.WriteAllText(chemin, Ecrire(foyers, FormatCsv.Rfc4180));
            var d_un_trait = PopulationCsv.Lire(chemin, FormatCsv.Rfc4180, parallelisme: 1);
            AssertMemeResultat(d_un_trait, PopulationCsv.Lire(chemin, FormatCsv.Rfc4180, parallelisme: 4));
            using var flux = File.OpenRead(chemin);
            AssertMemeResultat(d_un_trait, PopulationCsv.ChargerEnMorceaux(flux, FormatCsv.Rfc4180, 4, 1000));
            Assert.Equal(400, d_un_trait.GetValueOrThrow().Count);
            Assert.Throws<ArgumentOutOfRangeException>(() => PopulationCsv.Lire(chemin, FormatCsv.Rfc4180, parallelisme: 0));
        }
        finally
        {
            File.Delete(chemin);
        }
    }

    [Property(MaxTest = 100)]
    public void Un_fichier_abime_au_point_virgule_ne_leve_pas_et_situe_chaque_erreur(int graine)
    {
        var h = new Random(graine);
        var foyers = FoyersAuHasard.Tirer(graine, h.Next(1, 12), FoyersAuHasard.Reference);
        var abime = Abimer((h.Next(2) == 0 ? "sep=;\n" : string.Empty) + Ecrire(foyers, new FormatCsv { Separateur = ';' }), h);
        var lignes = Integration.FuzzModulesTest.NombreDeLignes(abime);
        foreach (var format in new[] { new FormatCsv { Separateur = ';' }, FormatCsv.Detecte })
        {
            var r = PopulationCsv.Lire(new StringReader(abime), format);
            Assert.True(r.Reussi || r.Erreurs.All(e => e.Ligne is > 0 && e.Ligne <= lignes || e.Code == "population.erreurs.nombre"));
        }
    }

    [Property(MaxTest = 40)]
    public void Ecrire_puis_charger_est_l_identite_avec_chaque_separateur(int graine)
    {
        var foyers = FoyersAuHasard.Tirer(graine, 30, FoyersAuHasard.Reference);
        var attendu = Ecrire(foyers, FormatCsv.Rfc4180);
        foreach (var format in new[] { FormatCsv.Rfc4180, new FormatCsv { Separateur = ';' }, new FormatCsv { Separateur = '\t' }, FormatCsv.Detecte })
        {
            var texte = Ecrire(foyers, format);
            var population = PopulationCsv.Lire(new StringReader(texte), format).GetValueOrThrow();
            Assert.Equal(texte, Texte(population, format));
            Assert.Equal(attendu, Texte(population));
        }
    }

    [Property(MaxTest = 40)]
    public void Lignes_lues_egalent_lignes_acceptees_plus_lignes_refusees(int graine)
    {
        var h = new Random(graine);
        var foyers = FoyersAuHasard.Tirer(graine, h.Next(1, 40), FoyersAuHasard.Reference);
        var lignes = Ecrire(foyers, FormatCsv.Rfc4180).TrimEnd('\n').Split('\n');
        var refusees = new SortedSet<int>();
        for (var i = 1; i < lignes.Length; i++)
        {
            if (h.Next(4) == 0)
            {
                lignes[i] = lignes[i][..^3] + "peut-etre";
                refusees.Add(i + 1);
            }
        }

        var r = PopulationCsv.Lire(new StringReader(string.Join('\n', lignes)), FormatCsv.Detecte);
        var sansRefus = PopulationCsv.Lire(new StringReader(string.Join('\n', lignes.Where((_, i) => !refusees.Contains(i + 1)))), FormatCsv.Detecte).GetValueOrThrow();
        Assert.Equal(foyers.Count, sansRefus.Count + refusees.Count);
        Assert.Equal(refusees.Count == 0, r.Reussi);
        if (!r.Reussi)
        {
            Assert.Equal(refusees, new SortedSet<int>(r.Erreurs.Select(e => e.Ligne!.Value)));
        }
    }

    [Fact]
    public void Le_point_virgule_d_Excel_avec_virgule_decimale_et_listes_entre_guillemets()
    {
        var texte = "sep=;\n" + PopulationCsv.Entete.Replace(',', ';') + "\n"
            + "0000042;40192;1990-03-15;ISOLE;2020-01-01;;\"2018-05-02;2021-07-01:H\";1200,50;14406;\"RSA:600,00:M;AF:141,99\";\"SEPARATION:2022-01-03;IMPAYE_LOYER:2022-03-01\";\"CAF_FR;TELEPHONE\";oui\n";
        var population = PopulationCsv.Lire(new StringReader(texte), FormatCsv.Detecte).GetValueOrThrow();
        var reference = PopulationCsv.Lire(new StringReader(PopulationCsv.Entete + "\n" + Valide + "\n")).GetValueOrThrow();
        Assert.Equal(Texte(reference), Texte(population));
        Assert.Equal(120050, population.RessourcesMensuellesEnCentimes[0]);

        // La ligne sep= compte dans la numérotation : la ligne fautive est la ligne 3.
        var faux = PopulationCsv.Lire(new StringReader(texte.Replace(";oui", ";peut-etre", StringComparison.Ordinal)), FormatCsv.Detecte);
        Assert.Equal((3, "population.csv.telephone"), (faux.Erreurs[0].Ligne!.Value, faux.Erreurs[0].Code));
    }

    [Fact]
    public void Ecrire_au_point_virgule_met_les_listes_entre_guillemets_et_la_virgule_decimale()
    {
        var population = PopulationCsv.Lire(new StringReader(PopulationCsv.Entete + "\n" + Valide + "\n")).GetValueOrThrow();
        var texte = Texte(population, new FormatCsv { Separateur = ';' });
        Assert.Contains(";\"2018-05-02;2021-07-01:H\";1200,50;14406,00;\"RSA:600,00:M;AF:141,99\";", texte, StringComparison.Ordinal);
        Assert.StartsWith(PopulationCsv.Entete.Replace(',', ';') + "\n", texte, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(',', ';', "point-virgule")]
    [InlineData(';', ',', "virgule")]
    [InlineData('\t', ';', "point-virgule")]
    public void Un_separateur_nomme_qui_ne_decoupe_pas_l_en_tete_est_signale_ligne_1(char nomme, char utilise, string semble)
    {
        var texte = PopulationCsv.Entete.Replace(',', utilise) + "\n" + Valide.Replace(',', utilise) + "\n";
        var r = PopulationCsv.Lire(new StringReader(texte), new FormatCsv { Separateur = nomme });
        var erreur = Assert.Single(r.Erreurs);
        Assert.Equal(("population.csv.separateur", 1), (erreur.Code, erreur.Ligne!.Value));
        Assert.Contains(semble, erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Un_guillemet_mal_place_apres_des_lignes_lues_donne_l_erreur_de_format_de_toujours()
    {
        var texte = PopulationCsv.Entete + "\n" + Valide + "\n" + "0000043,\"40192\"x,1990-03-15,ISOLE,2020-01-01,,,0,0,,,,oui\n";
        var attendu = PopulationCsv.ChargerParFoyers(new StringReader(texte));
        var lu = PopulationCsv.Lire(new StringReader(texte));
        AssertMemeResultat(attendu, lu);
        Assert.Equal((3, "population.csv.format"), (lu.Erreurs[^1].Ligne!.Value, lu.Erreurs[^1].Code));
    }

    [Fact]
    public void Un_flux_Windows_1252_un_chemin_et_la_progression()
    {
        var texte = "sep=;\r\n" + PopulationCsv.Entete.Replace(',', ';') + "\r\n" + Valide.Replace(',', ';').Replace("1200.50", "1200,50", StringComparison.Ordinal).Replace(";2018-05-02;2021-07-01:H;", ";\"2018-05-02;2021-07-01:H\";", StringComparison.Ordinal)
            .Replace(";RSA:600.00:M;AF:141.99;SEPARATION:2022-01-03;IMPAYE_LOYER:2022-03-01;CAF_FR;TELEPHONE;", ";\"RSA:600.00:M;AF:141.99\";\"SEPARATION:2022-01-03;IMPAYE_LOYER:2022-03-01\";\"CAF_FR;TELEPHONE\";", StringComparison.Ordinal) + "\r\n";
        var chemin = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(chemin, FormatCsv.Windows1252.GetBytes(texte));
            var vus = new List<int>();
            var population = PopulationCsv.Lire(chemin, FormatCsv.ExcelFrancais, progression: new ProgressionImmediate(vus)).GetValueOrThrow();
            Assert.Equal(1, population.Count);
            Assert.Equal(Texte(PopulationCsv.Lire(new StringReader(PopulationCsv.Entete + "\n" + Valide + "\n")).GetValueOrThrow()), Texte(population));
            Assert.NotEmpty(vus);
        }
        finally
        {
            File.Delete(chemin);
        }
    }

    [Fact]
    public void L_annulation_interrompt_la_lecture()
    {
        var lignes = new StringBuilder(PopulationCsv.Entete).Append('\n');
        for (var i = 0; i < 10_000; i++)
        {
            lignes.Append(PopulationCsvTest.Numero(i, Valide)).Append('\n');
        }

        using var annulation = new CancellationTokenSource();
        annulation.Cancel();
        Assert.Throws<OperationCanceledException>(() => PopulationCsv.Lire(new StringReader(lignes.ToString()), FormatCsv.Rfc4180, annulation: annulation.Token));
        Assert.Equal(10_000, PopulationCsv.Lire(new StringReader(lignes.ToString()), FormatCsv.Rfc4180).GetValueOrThrow().Count);
    }

    [Fact]
    public void Un_ancien_code_commune_est_rendu_tel_quel_par_Foyer()
    {
        var table = Caf.Accompagnement.Territoires.ReferentielCommunes.Cog2026;
        var ancien = Enumerable.Range(1, 999).Select(i => Caf.Accompagnement.Territoires.CodeCommune.Parse("40" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)))
            .First(c => table.TryGetIndex(c, out _, out var estAncien) && estAncien);
        var texte = PopulationCsv.Entete + "\n" + Valide.Replace("40192", ancien.ToString(), StringComparison.Ordinal) + "\n";
        var p = PopulationCsv.Lire(new StringReader(texte)).GetValueOrThrow();
        Assert.Equal(ancien, p.Foyer(0).Commune);
        Assert.NotEqual(ancien, p.Commune(0).Code);
        AssertMemeResultat(PopulationCsv.ChargerParFoyers(new StringReader(texte)), PopulationCsv.Lire(new StringReader(texte)));
    }

    private sealed class ProgressionImmediate(List<int> vus) : IProgress<int>
    {
        public void Report(int value) => vus.Add(value);
    }

    [Property(MaxTest = 2000)]
    public void Le_numero_du_jour_calcule_est_celui_de_DateOnly(int graine)
    {
        // Toutes les dates de l'an 1 à 9999 au hasard, plus les bords de février et de l'année.
        var h = new Random(graine);
        var jour = DateOnly.FromDayNumber(h.Next(DateOnly.MaxValue.DayNumber + 1));
        foreach (var d in new[] { jour, new DateOnly(jour.Year, 1, 1), new DateOnly(jour.Year, 2, DateTime.DaysInMonth(jour.Year, 2)), new DateOnly(jour.Year, 3, 1), new DateOnly(jour.Year, 12, 31) })
        {
            Assert.Equal(d.DayNumber, ChargementEnColonnes.NumeroDuJour(d.Year, d.Month, d.Day));
        }
    }

    [Fact]
    public void Un_fichier_au_point_virgule_aux_listes_entre_guillemets_se_lit_en_morceaux_comme_d_un_trait()
    {
        var foyers = FoyersAuHasard.Tirer(11, 500, FoyersAuHasard.Reference);
        var format = new FormatCsv { Separateur = ';' };
        var octets = Encoding.UTF8.GetBytes(Ecrire(foyers, format));
        Assert.Contains((byte)'"', octets);
        Assert.Equal(5, ChargementEnColonnes.Analyser(new MemoryStream(octets), 4, default).Bornes.Count);
        var d_un_trait = PopulationCsv.ChargerEnMorceaux(new MemoryStream(octets), format, 1, 1);
        Assert.Equal(foyers.Count, d_un_trait.GetValueOrThrow().Count);
        AssertMemeResultat(d_un_trait, PopulationCsv.ChargerEnMorceaux(new MemoryStream(octets), format, 4, 1000));
    }

    [Fact]
    public void Une_borne_de_morceau_ne_tombe_pas_dans_un_champ_cite_qui_a_des_sauts_de_ligne()
    {
        // Une en-tête, puis des lignes dont un champ cité s'étend sur cent lignes, au milieu du fichier.
        var texte = "a,b\n" + string.Concat(Enumerable.Repeat("1,2\n", 50)) + "3,\"" + string.Concat(Enumerable.Repeat("x\n", 100)) + "\"\n" + string.Concat(Enumerable.Repeat("4,5\n", 50));
        var octets = Encoding.UTF8.GetBytes(texte);
        var debutDuChamp = texte.IndexOf('"', StringComparison.Ordinal);
        var finDuChamp = texte.LastIndexOf('"');
        var analyse = ChargementEnColonnes.Analyser(new MemoryStream(octets), 2, default);
        Assert.Equal(3, analyse.Bornes.Count);
        var (position, ligne) = analyse.Bornes[1];
        Assert.True(position > finDuChamp);
        Assert.Equal('\n', texte[(int)position - 1]);
        Assert.Equal(1 + texte[..(int)position].Count(c => c == '\n'), ligne);
        Assert.True(debutDuChamp > 0);
    }

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    public void Un_fichier_ecrit_par_la_bibliotheque_est_lu_en_entier_par_la_lecture_rapide(char separateur)
    {
        // La lecture de toujours rend les mêmes foyers : seule cette mesure voit qu'un raccourci de la lecture rapide a cessé de servir.
        var foyers = FoyersAuHasard.Tirer(5, 400, FoyersAuHasard.Reference);
        var format = new FormatCsv { Separateur = separateur };
        var lu = ChargementEnColonnes.Charger(new StringReader(Ecrire(foyers, format)), format, Caf.Accompagnement.Territoires.ReferentielCommunes.Cog2026, null, default, 0, out var lentes);
        Assert.Equal(foyers.Count, lu.GetValueOrThrow().Count);
        Assert.Equal(0, lentes);
    }
}
