using System.Text;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Territoires;

namespace Caf.Accompagnement.Tests.Integration;

/// <summary>Les limites documentées des imports CSV (docs/csv.md) : valeur d'erreur bornée, nombre d'erreurs borné,
/// enregistrement trop long refusé à sa ligne sans son contenu, la lecture continuant.</summary>
public sealed class CsvLimitesTest
{
    private const string Valide = "0000042,40192,1990-03-15,ISOLE,2020-01-01,,2018-05-02,1200.50,14406,,,,oui";

    [Fact]
    public void Une_valeur_de_dix_millions_de_caracteres_est_coupee_a_64()
    {
        var e = new Erreur("essai.valeur", new string('c', 10_000), new string('v', 10_000_000), "Message.");

        Assert.Equal(Erreur.LongueurMaximale, e.Valeur!.Length);
        Assert.EndsWith(Erreur.MarqueDeCoupure, e.Valeur, StringComparison.Ordinal);
        Assert.Equal(Erreur.LongueurMaximale, e.Champ.Length);
        Assert.Equal("court", new Erreur("essai.valeur", "c", "court", "Message.").Valeur);
    }

    [Fact]
    public void Une_coupure_ne_separe_pas_une_paire_de_substitution()
    {
        var e = new Erreur("essai.valeur", "c", new string('a', 62) + "😀😀", "Message.");

        Assert.Equal(new string('a', 62) + "…", e.Valeur);
    }

    [Fact]
    public void Un_enregistrement_trop_long_est_refuse_a_sa_ligne_sans_son_contenu_et_la_lecture_continue()
    {
        var csv = PopulationCsv.Entete + "\n" + Valide + "\n9876543," + new string('a', 3_000_000) + "\n" + "0000044" + Valide[7..] + "\n" + "1234567,40192,1990-13-15,ISOLE,2020-01-01,,,,,,,,oui\n";

        var erreurs = PopulationCsv.Lire(new StringReader(csv)).Erreurs;

        Assert.Equal(("population.csv.taille", 3, "ligne", (string?)null), (erreurs[0].Code, erreurs[0].Ligne, erreurs[0].Champ, erreurs[0].Valeur));
        Assert.DoesNotContain("9876543", erreurs[0].ToString(), StringComparison.Ordinal);
        Assert.Equal(5, erreurs[1].Ligne);
        Assert.Equal(2, erreurs.Count);
    }

    [Fact]
    public void Un_premier_enregistrement_trop_long_n_est_pas_impute_a_l_en_tete()
    {
        var e = Assert.Single(PopulationCsv.Lire(new StringReader(PopulationCsv.Entete + "\n1234567," + new string('x', 100_000) + "\n")).Erreurs);

        Assert.Equal(("population.csv.taille", 2), (e.Code, e.Ligne));
    }

    [Fact]
    public void Un_import_garde_au_plus_mille_erreurs_puis_signale_la_coupure()
    {
        var csv = PopulationCsv.Entete + "\n" + string.Concat(Enumerable.Repeat("x\n", 5_000));

        var erreurs = PopulationCsv.Lire(new StringReader(csv)).Erreurs;

        Assert.Equal(Erreurs.MaximumParImport + 1, erreurs.Count);
        Assert.Equal("population.erreurs.nombre", erreurs[^1].Code);
    }

    [Fact]
    public void Un_numero_en_double_est_refuse_a_sa_ligne_en_citant_la_premiere()
    {
        var csv = PopulationCsv.Entete + "\n" + Valide + "\n" + "0000043" + Valide[7..] + "\n" + Valide + "\n";

        var e = Assert.Single(PopulationCsv.Lire(new StringReader(csv)).Erreurs);

        Assert.Equal(("population.numero.doublon", 4, "numero_allocataire", Erreur.ValeurMasquee), (e.Code, e.Ligne, e.Champ, e.Valeur));
        Assert.Contains("ligne 2", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0000042", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Un_conjoint_sans_date_est_dit_absent()
    {
        var e = Assert.Single(PopulationCsv.Lire(new StringReader(PopulationCsv.Entete + "\n" + Valide.Replace("ISOLE", "COUPLE", StringComparison.Ordinal))).Erreurs);

        Assert.Equal(("population.conjoint.absent", "naissance_conjoint", (string?)null), (e.Code, e.Champ, e.Valeur));
        Assert.DoesNotContain("illisible", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Un_bom_dans_un_textreader_est_saute_par_chaque_import()
    {
        Assert.True(PopulationCsv.Lire(new StringReader("\uFEFF" + PopulationCsv.Entete + "\n" + Valide + "\n")).Reussi);
        Assert.True(PolitiqueDeCiblage.Lire("essai", new StringReader("\uFEFFcible,parametre,valeur\nPARENTS_SEULS,,\n")).Reussi);
        Assert.True(Caf.Accompagnement.Baremes.Bareme<Montant>.Lire("essai", new StringReader("\uFEFFdebut,valeur,reference\n2024-01-01,1,A\n"), t => Montant.Create(t)).Reussi);
    }

    [Fact]
    public void Un_nom_de_secteur_en_windows_1252_est_refuse_sauf_si_l_encodage_est_donne()
    {
        var communes = ReferentielCommunes.Cog2026.DuDepartement("40");
        var texte = "code_insee,secteur\n" + string.Join('\n', communes.Select(c => $"{c.Code},Côte")) + "\n";

        var refus = CarteDesSecteurs.Lire(new MemoryStream(Encoding.Latin1.GetBytes(texte)), "40").Erreurs;
        var lue = CarteDesSecteurs.Lire(new MemoryStream(Encoding.Latin1.GetBytes(texte)), "40", encodage: Encoding.Latin1);

        Assert.Equal(("secteur.csv.encodage", 2, "secteur", (string?)null), (refus[0].Code, refus[0].Ligne, refus[0].Champ, refus[0].Valeur));
        Assert.Equal("Côte", Assert.Single(lue.Valeur.Secteurs).Nom);
    }

    [Fact]
    public void Un_referent_refuse_n_est_pas_cite()
    {
        var e = Assert.Single(TravailleurSocial.Create("Jean Dupont").Erreurs);

        Assert.Equal(Erreur.ValeurMasquee, e.Valeur);
        Assert.DoesNotContain("Dupont", e.ToString(), StringComparison.Ordinal);
    }
}
