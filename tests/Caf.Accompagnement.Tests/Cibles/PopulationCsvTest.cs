using Caf.Accompagnement.Cibles;
using FsCheck.Xunit;

namespace Caf.Accompagnement.Tests.Cibles;

public sealed class PopulationCsvTest
{
    private const string Valide = "0000042,40192,1990-03-15,ISOLE,2020-01-01,,2018-05-02;2021-07-01:H,1200.50,14406,RSA:600.00:M;AF:141.99,SEPARATION:2022-01-03;IMPAYE_LOYER:2022-03-01,CAF_FR;TELEPHONE,oui";

    /// <summary>La ligne valide, avec un autre numéro allocataire (un numéro ne figure qu'une fois dans un fichier).</summary>
    internal static string Numero(int numero, string ligne) => numero.ToString("D7", System.Globalization.CultureInfo.InvariantCulture) + ligne[7..];

    [Property(MaxTest = 25)]
    public void Ecrire_puis_charger_redonne_les_memes_foyers(int graine)
    {
        var foyers = FoyersAuHasard.Tirer(graine, 40, FoyersAuHasard.Reference);
        var texte = new StringWriter();
        PopulationCsv.Ecrire(texte, foyers);
        var population = PopulationCsv.Lire(new StringReader(texte.ToString())).GetValueOrThrow();
        Assert.Equal(foyers.Count, population.Count);
        var relu = new StringWriter();
        PopulationCsv.Ecrire(relu, Enumerable.Range(0, population.Count).Select(population.Foyer));
        Assert.Equal(texte.ToString(), relu.ToString());
        Assert.True(Population.Create(foyers).GetValueOrThrow().Indicateurs.SequenceEqual(population.Indicateurs));
    }

    [Fact]
    public void La_colonne_droits_devoirs_est_facultative_et_datee()
    {
        // Ancien format (13 colonnes) : la soumission est inconnue.
        var ancien = PopulationCsv.Lire(new StringReader(PopulationCsv.Entete + "\n" + Valide + "\n")).GetValueOrThrow();
        Assert.Null(ancien.DroitsEtDevoirsAllocataire(0));
        Assert.Null(ancien.Foyer(0).Allocataire.DroitsEtDevoirs);

        var texte = PopulationCsv.EnteteAvecDroitsEtDevoirs + "\n" + Valide + ",1:2022-04-01\n" + Valide.Replace("0000042", "0000043", StringComparison.Ordinal) + ",\n";
        var population = PopulationCsv.Lire(new StringReader(texte)).GetValueOrThrow();
        Assert.Equal(new Caf.Accompagnement.Foyers.DroitsEtDevoirs(true, new NodaTime.LocalDate(2022, 4, 1)), population.DroitsEtDevoirsAllocataire(0));
        Assert.Equal(population.DroitsEtDevoirsAllocataire(0), population.Foyer(0).Allocataire.DroitsEtDevoirs);
        Assert.Null(population.DroitsEtDevoirsAllocataire(1));
        Assert.Equal(new NodaTime.LocalDate(2020, 1, 1), population.DateSituation(0));

        // Réécrit : la colonne n'est écrite que si une valeur est connue.
        var ecrit = new StringWriter();
        PopulationCsv.Ecrire(ecrit, [population.Foyer(0), population.Foyer(1)]);
        Assert.StartsWith(PopulationCsv.EnteteAvecDroitsEtDevoirs + "\n", ecrit.ToString(), StringComparison.Ordinal);
        Assert.Contains(",1:2022-04-01\n", ecrit.ToString(), StringComparison.Ordinal);
        var sans = new StringWriter();
        PopulationCsv.Ecrire(sans, [ancien.Foyer(0)]);
        Assert.StartsWith(PopulationCsv.Entete + "\n", sans.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2:2022-04-01", "population.csv.droits_devoirs")]
    [InlineData("1", "population.csv.droits_devoirs")]
    [InlineData("1:2022-13-01", "date.format")]
    [InlineData("1:2022-04-01;1:2022-04-01", "population.csv.droits_devoirs")] // conjoint d'une personne seule
    [InlineData("1:1980-01-01", "foyer.droits_devoirs.date")] // avant la naissance
    public void Une_soumission_mal_ecrite_est_refusee(string valeur, string code)
    {
        var r = PopulationCsv.Lire(new StringReader(PopulationCsv.EnteteAvecDroitsEtDevoirs + "\n" + Valide + "," + valeur + "\n"));
        var erreur = Assert.Single(r.Erreurs);
        Assert.Equal(code, erreur.Code);
        Assert.Equal(2, erreur.Ligne);
    }

    [Fact]
    public void Une_ligne_valide_est_lue_entierement()
    {
        var population = PopulationCsv.Lire(new StringReader(PopulationCsv.Entete + "\n" + Valide + "\n")).GetValueOrThrow();
        var foyer = population.Foyer(0);
        Assert.Equal(2, foyer.NombreEnfants);
        Assert.True(foyer.Enfants[1].Handicap);
        Assert.Equal(Montant.FromEuros(741.99m), foyer.TotalPrestations);
        Assert.True(foyer.Percoit(Caf.Accompagnement.Droits.Prestation.Rsa)!.Majoree);
        Assert.Equal(2, foyer.Evenements.Length);
        Assert.Equal("Mont-de-Marsan", population.Commune(0).Nom);
    }

    [Fact]
    public void Chaque_ligne_fautive_est_signalee_avec_son_champ_et_sa_valeur_et_rien_n_est_ecarte()
    {
        var lignes = new[]
        {
            PopulationCsv.Entete,
            Valide,
            Numero(3, Valide.Replace("1990-03-15", "1990-13-15", StringComparison.Ordinal)),         // ligne 3 : date
            Numero(4, Valide.Replace("RSA:600.00:M", "RSX:600.00", StringComparison.Ordinal)),       // ligne 4 : prestation
            Numero(5, Valide.Replace("ISOLE", "COUPLE", StringComparison.Ordinal)),                  // ligne 5 : conjoint absent
            "0000043,40192,1990-03-15",                                                             // ligne 6 : colonnes
            Numero(7, Valide.Replace("40192", "40999", StringComparison.Ordinal).Replace(",oui", ",peut-être", StringComparison.Ordinal)), // ligne 7 : deux erreurs
            Numero(8, Valide.Replace("2018-05-02", "1980-01-01", StringComparison.Ordinal)),         // ligne 8 : enfant né avant l'allocataire
            Numero(9, Valide),
        };
        var r = PopulationCsv.Lire(new StringReader(string.Join("\n", lignes)));
        Assert.False(r.Reussi);
        var erreurs = r.Erreurs.Select(e => (e.Ligne, e.Code, e.Champ, e.Valeur)).ToList();
        Assert.Contains((3, "date.format", "naissance_allocataire", Erreur.ValeurMasquee), erreurs);
        Assert.Contains((4, "code.inconnu", "prestations", "RSX"), erreurs);
        Assert.Contains((5, "population.conjoint.absent", "naissance_conjoint", null), erreurs);
        Assert.Contains((6, "population.csv.colonnes", "ligne", "3"), erreurs);
        Assert.Contains((7, "population.commune.inconnue", "commune", "40999"), erreurs);
        Assert.Contains((7, "population.csv.telephone", "telephone", "peut-être"), erreurs);
        Assert.Contains(erreurs, e => e.Ligne == 8 && e.Code == "foyer.enfant.naissance");
        Assert.Equal([3, 4, 5, 6, 7, 8], erreurs.Select(e => e.Ligne!.Value).Distinct().Order());
    }

    [Fact]
    public void Le_numero_allocataire_fautif_est_masque()
    {
        var r = PopulationCsv.Lire(new StringReader(PopulationCsv.Entete + "\n" + Valide.Replace("0000042", "12345678", StringComparison.Ordinal)));
        var erreur = Assert.Single(r.Erreurs);
        Assert.Equal((2, "numero_allocataire"), (erreur.Ligne!.Value, erreur.Champ));
        Assert.DoesNotContain("12345678", erreur.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void En_tete_inattendu_refuse_a_la_ligne_1()
    {
        var r = PopulationCsv.Lire(new StringReader("numero,commune\n"));
        Assert.Equal((1, "population.csv.entete"), (r.Erreurs[0].Ligne!.Value, r.Erreurs[0].Code));
    }

    /// <summary>
    /// Les refus de la construction en colonnes (capacité des montants et des dates) citent aussi la ligne du fichier, et
    /// sont rapportés avec les erreurs de lecture des autres lignes, dans l'ordre des lignes.
    /// </summary>
    [Fact]
    public void Les_refus_de_la_population_citent_la_ligne()
    {
        var lignes = new[]
        {
            PopulationCsv.Entete,
            Valide,
            Numero(3, Valide.Replace("1200.50", "30000000.00", StringComparison.Ordinal)),            // ligne 3 : ressources au-delà de la capacité
            Numero(4, Valide.Replace("ISOLE", "VEUF", StringComparison.Ordinal)),                    // ligne 4 : situation inconnue
            Numero(5, Valide.Replace("1990-03-15", "0000-03-15", StringComparison.Ordinal)),          // ligne 5 : naissance avant l'an 1
        };
        var r = PopulationCsv.Lire(new StringReader(string.Join("\n", lignes)));
        Assert.False(r.Reussi);
        Assert.Equal([3, 4, 5], r.Erreurs.Select(e => e.Ligne ?? 0));
        Assert.Contains((3, "population.montant.capacite", "ressources_mensuelles"), r.Erreurs.Select(e => (e.Ligne ?? 0, e.Code, e.Champ)));
        Assert.Contains((5, "population.date.capacite", "naissance_allocataire"), r.Erreurs.Select(e => (e.Ligne ?? 0, e.Code, e.Champ)));
    }
}
