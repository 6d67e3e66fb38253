using System.Text;
using Caf.Accompagnement.Territoires;
using static Caf.Accompagnement.Tests.Territoires.CartesDeTest;

namespace Caf.Accompagnement.Tests.Territoires;

public sealed class CarteDesSecteursTest
{
    private static Resultat<CarteDesSecteurs> Importer(string csv, bool migrer = false) =>
        CarteDesSecteurs.Lire(new StringReader(csv), "40", migrerLesAnciensCodes: migrer);

    private static (int? Ligne, string Code)[] Erreurs(Resultat<CarteDesSecteurs> r) => [.. r.Erreurs.Select(e => (e.Ligne, e.Code))];

    [Fact]
    public void Une_carte_par_epci_est_valide_et_couvre_les_Landes()
    {
        var carte = Importer(CsvParEpci()).GetValueOrThrow();
        Assert.Equal(18, carte.Secteurs.Count);
        Assert.Equal(327, carte.Secteurs.Sum(s => s.Communes.Count));
        Assert.Equal(433_570, carte.Population);
        Assert.Empty(carte.Migrations);
        Assert.All(carte.Secteurs, s => Assert.Single(s.TravailleursSociaux));
    }

    [Fact]
    public void Une_carte_d_avant_2019_montre_l_erreur_puis_la_migration()
    {
        // Avant le 1er janvier 2019, Arjuzanx (40009), Garrosse (40107) et Sindères (40302) étaient des communes :
        // elles ont fusionné avec Morcenx dans Morcenx-la-Nouvelle (40197).
        var csv = CsvParEpci(c => c.Code.ToString() == "40197" ? ["40009", "40107", "40197", "40302"] : [c.Code.ToString()]);
        csv = csv.Replace("40197,", "40197X,", StringComparison.Ordinal);
        csv = string.Join('\n', csv.Split('\n').Where(l => !l.StartsWith("40197X", StringComparison.Ordinal)));
        var lignes = csv.Split('\n');
        var ligne40009 = Array.FindIndex(lignes, l => l.StartsWith("40009", StringComparison.Ordinal)) + 1;

        var refus = Importer(csv);
        Assert.False(refus.Reussi);
        var ancien = refus.Erreurs.Where(e => e.Code == "secteur.commune.ancien_code").ToArray();
        Assert.Equal(["40009", "40107", "40302"], ancien.Select(e => e.Valeur));
        Assert.Equal(ligne40009, ancien[0].Ligne);
        Assert.Contains("40197 Morcenx-la-Nouvelle", ancien[0].Message, StringComparison.Ordinal);
        Assert.Contains(refus.Erreurs, e => e.Code == "secteur.commune.absente" && e.Valeur == "40197");

        var migree = Importer(csv, migrer: true).GetValueOrThrow();
        Assert.Equal(["40009", "40107", "40302"], migree.Migrations.Select(m => m.AncienCode.ToString()));
        Assert.All(migree.Migrations, m => Assert.Equal("40197", m.Commune.Code.ToString()));
        Assert.Equal(ligne40009, migree.Migrations[0].Ligne);
        Assert.True(migree.TryGetSecteur(CodeCommune.Parse("40009"), out var secteur));
        Assert.Contains(secteur.Communes, c => c.Code.ToString() == "40197");
        Assert.Equal(Importer(CsvParEpci()).GetValueOrThrow(), migree);
    }

    [Fact]
    public void Un_ancien_code_et_la_commune_nouvelle_dans_deux_secteurs_sont_refuses_meme_avec_migration()
    {
        var csv = CsvParEpci() + "40009,Autre secteur,TS-99\n";
        var r = Importer(csv, migrer: true);
        Assert.Contains(r.Erreurs, e => e.Code == "secteur.commune.deux_secteurs" && e.Valeur == "40009" && e.Ligne == 329);
    }

    [Fact]
    public void Toutes_les_erreurs_sont_rapportees_a_la_fois_avec_leur_ligne()
    {
        var lignes = CsvParEpci().TrimEnd('\n').Split('\n').ToList();
        var retirees = lignes.Where(l => l.StartsWith("40001,", StringComparison.Ordinal) || l.StartsWith("40002,", StringComparison.Ordinal)).ToList();
        lignes.RemoveAll(retirees.Contains);
        lignes.Add("4O003,Secteur 1,TS-01"); // code mal formé
        lignes.Add("40999,Secteur 1,TS-01"); // code inconnu
        lignes.Add("64102,Secteur 1,TS-01"); // Bayonne : Pyrénées-Atlantiques
        lignes.Add("40003,Secteur 2,TS-02"); // deux secteurs (40003 est déjà plus haut)
        lignes.Add(lignes[1]); // ligne en double
        lignes.Add("40004,,TS-01"); // secteur vide
        lignes.Add("40005,Secteur 1,Dupont"); // un nom, pas un identifiant
        lignes.Add("40006,Secteur 1"); // ligne incomplète
        var n = lignes.Count;
        var r = Importer(string.Join('\n', lignes));

        var attendues = new (int?, string)[]
        {
            (n - 7, "commune.code.format"),
            (n - 6, "secteur.commune.inconnue"),
            (n - 5, "secteur.commune.departement"),
            (n - 4, "secteur.commune.deux_secteurs"),
            (n - 3, "secteur.commune.doublon"),
            (n - 2, "secteur.nom.vide"),
            (n - 1, "referent.identifiant.format"),
            (n, "secteur.ligne.format"),
            (null, "secteur.commune.absente"),
            (null, "secteur.commune.absente"),
        };
        Assert.Equal(attendues.Order(), Erreurs(r).Order());
        Assert.Equal(["40001", "40002"], r.Erreurs.Where(e => e.Code == "secteur.commune.absente").Select(e => e.Valeur));
        Assert.Contains("(ligne 2)", r.Erreurs.Single(e => e.Code == "secteur.commune.doublon").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bom_crlf_et_ligne_blanche_finale_sont_acceptes()
    {
        var csv = "\uFEFF" + CsvParEpci().Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n";
        Assert.True(Importer(csv).Reussi);
        using var flux = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(CsvParEpci() + "\n\n")]);
        Assert.True(CarteDesSecteurs.Lire(flux, "40").Reussi);
    }

    [Fact]
    public void Les_champs_entre_guillemets_sont_lus()
    {
        var csv = CsvParEpci().Replace(",Secteur 1,TS-01", ",\"Secteur 1, \"\"Nord\"\"\",\"TS-01;TS-21\"", StringComparison.Ordinal);
        var carte = Importer(csv).GetValueOrThrow();
        var secteur = carte.Secteurs.Single(s => s.Nom == "Secteur 1, \"Nord\"");
        Assert.Equal(["TS-01", "TS-21"], secteur.TravailleursSociaux.Select(t => t.Identifiant));
        Assert.Equal(carte, Importer(carte.Ecrire()).GetValueOrThrow());
    }

    [Fact]
    public void Un_guillemet_non_ferme_est_une_erreur_et_non_une_exception()
    {
        var r = Importer(CsvParEpci() + "40001,\"Secteur 1,TS-01\n");
        Assert.False(r.Reussi);
        Assert.NotEmpty(r.Erreurs);
    }

    [Theory]
    [InlineData("", "secteur.entete.absente")]
    [InlineData("code_insee,secteur,referent,commentaire\n40001,S,TS-1,x\n", "secteur.entete.colonne_inconnue")]
    [InlineData("code,secteur\n40001,S\n", "secteur.entete.colonne_inconnue")]
    [InlineData("secteur,referent\nS,TS-1\n", "secteur.entete.colonne_manquante")]
    [InlineData("code_insee,secteur,code_insee\n", "secteur.entete.colonne_doublon")]
    public void Une_en_tete_invalide_est_refusee_precisement(string csv, string code)
    {
        var r = Importer(csv);
        Assert.Contains(r.Erreurs, e => e.Code == code && e.Ligne == 1);
    }

    [Fact]
    public void L_en_tete_peut_omettre_le_referent_et_changer_l_ordre()
    {
        var csv = "secteur,CODE_INSEE\n" + string.Concat(Landes.Select(c => $"Unique,{c.Code}\n"));
        var carte = Importer(csv).GetValueOrThrow();
        Assert.Empty(Assert.Single(carte.Secteurs).TravailleursSociaux);
    }

    [Fact]
    public void Le_constructeur_rapporte_secteur_vide_secteur_inconnu_et_doublon_de_declaration()
    {
        var r = CarteDesSecteurs.Builder("40")
            .AjouterSecteur("Tout", TravailleurSocial.FromIdentifiant("TS-01"))
            .AjouterSecteur("Vide")
            .AjouterSecteur("Tout")
            .AjouterSecteur(" ")
            .Affecter("Tout", Landes.Select(c => c.Code))
            .Affecter("Inconnu", CodeCommune.Parse("40001"))
            .Build();
        Assert.Equal(
            new (int?, string)[] { (null, "secteur.nom.doublon"), (null, "secteur.nom.vide"), (null, "secteur.inconnu"), (null, "secteur.vide") },
            Erreurs(r));
    }

    [Fact]
    public void Un_departement_inconnu_est_refuse()
    {
        var r = CarteDesSecteurs.Builder("975").AjouterSecteur("S").Build();
        Assert.Equal("secteur.departement.inconnu", r.Erreurs[0].Code);
    }

    [Fact]
    public void Le_secteur_se_trouve_par_code_postal_et_nom()
    {
        var carte = Importer(CsvParEpci()).GetValueOrThrow();
        Assert.True(carte.TryGetSecteur("40100", "dax", out var parNom));
        Assert.True(carte.TryGetSecteur(CodeCommune.Parse("40088"), out var parCode));
        Assert.Same(parCode, parNom);
        Assert.False(carte.TryGetSecteur("64100", "Bayonne", out _));
        Assert.False(carte.TryGetSecteur(CodeCommune.Parse("64102"), out _));
        Assert.Null(carte.SecteurDe(Cog.DuDepartement("64")[0]));
    }

    [Fact]
    public void Un_identifiant_de_travailleur_social_est_pseudonyme()
    {
        Assert.True(TravailleurSocial.Create("TS-04").Reussi);
        Assert.Equal("referent.identifiant.format", TravailleurSocial.Create("Marie Dupont").Erreurs[0].Code);
        Assert.Equal("referent.identifiant.format", TravailleurSocial.Create("Dupont").Erreurs[0].Code);
        Assert.Equal("referent.identifiant.vide", TravailleurSocial.Create(" ").Erreurs[0].Code);
        Assert.Equal("referent.identifiant.longueur", TravailleurSocial.Create(new string('1', 33)).Erreurs[0].Code);
        Assert.Throws<ArgumentException>(() => TravailleurSocial.FromIdentifiant("Dupont"));
    }
}

public sealed class CarteDesSecteursLignesTest
{
    [Fact]
    public void Les_numeros_de_ligne_comptent_les_lignes_blanches()
    {
        var csv = CartesDeTest.CsvParEpci().Replace("\n40002,", "\n\n\n40002,", StringComparison.Ordinal) + "4O999,Secteur 1,TS-01\n";
        var lignes = csv.Split('\n');
        var r = CarteDesSecteurs.Lire(new StringReader(csv), "40");
        var erreur = Assert.Single(r.Erreurs);
        Assert.Equal("commune.code.format", erreur.Code);
        Assert.Equal(Array.FindIndex(lignes, l => l.StartsWith("4O999", StringComparison.Ordinal)) + 1, erreur.Ligne);
    }

    [Fact]
    public void Au_dela_de_dix_communes_absentes_une_seule_erreur_les_compte()
    {
        // Une carte d'une seule commune des Landes : les 326 autres sont absentes.
        var r = CarteDesSecteurs.Lire(new StringReader("code_insee,secteur,referent\n40192,Mont-de-Marsan,TS-1\n"), "40");
        var absentes = r.Erreurs.Where(e => e.Code == "secteur.commune.absente").ToList();
        Assert.Equal(CarteDesSecteurs.CommunesAbsentesNommees + 1, absentes.Count);
        Assert.All(absentes.Take(CarteDesSecteurs.CommunesAbsentesNommees), e => Assert.NotNull(e.Valeur));
        Assert.Null(absentes[^1].Valeur);
        Assert.Contains("316 autre(s) commune(s)", absentes[^1].Message, StringComparison.Ordinal);
        Assert.Contains("326 en tout", absentes[^1].Message, StringComparison.Ordinal);
    }
}
