using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Testing;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Integration;

/// <summary>
/// CSV mal formés (guillemet mal placé) dans chaque import de la bibliothèque : l'erreur <c>{module}.csv.format</c> cite
/// la ligne physique et la colonne du champ fautif et un extrait de sa valeur ; les erreurs des lignes précédentes
/// restent rapportées ; la lecture s'arrête à l'erreur de format.
/// </summary>
public sealed class CsvMalFormeTest
{
    /// <summary>Un import : son nom, son code d'erreur de format, un document valide de 5 lignes et le chargement.</summary>
    public sealed record Import(string Nom, string Code, string[] Lignes, Func<string, IReadOnlyList<Erreur>> Charger)
    {
        public override string ToString() => Nom;
    }

    private static IReadOnlyList<Erreur> Erreurs<T>(Resultat<T> r)
        where T : notnull => r.Reussi ? [] : r.Erreurs;

    private static string[] CinqLignes(string texte) => texte.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(5).ToArray();

    private static string Foyers()
    {
        using var ecrivain = new StringWriter();
        var communes = ReferentielCommunes.Cog2026.DuDepartement("40").Select(c => c.Code).ToArray();
        PopulationCsv.Ecrire(ecrivain, GenerateursCaf.Foyer(new LocalDate(2022, 6, 30), communes).Sample(4, new Rnd(5UL, 7UL), 10));
        return ecrivain.ToString();
    }

    private static string Politique()
    {
        using var ecrivain = new StringWriter();
        PolitiqueDeCiblage.Landes2022.Ecrire(ecrivain);
        return ecrivain.ToString().ReplaceLineEndings("\n");
    }

    private static readonly Import[] Imports =
    [
        new("bareme", "bareme.csv.format",
            ["debut,valeur,reference", "2024-01-01,1,Décret A", "2025-01-01,2,Décret B", "2026-01-01,3,Décret C", "2027-01-01,4,Décret D"],
            t => Erreurs(Bareme<Montant>.Lire("essai", new StringReader(t), v => Montant.Create(v)))),
        new("referentiel", "referentiel.csv.format",
            CinqLignes(string.Join('\n', new[] { "code_insee,nom,codes_postaux,population,code_epci,anciens_codes,departement" }
                .Concat(ReferentielCommunes.Cog2026.DuDepartement("40").Take(4).Select(c =>
                    $"{c.Code},{c.Nom},{string.Join(';', c.CodesPostaux)},{c.Population},{c.CodeEpci},{string.Join(';', c.AnciensCodes)},40")))),
            t => Erreurs(ReferentielCommunes.Lire(new StringReader(t), "essai"))),
        new("secteurs", "secteur.csv.format",
            CinqLignes(string.Join('\n', new[] { "code_insee,secteur" }
                .Concat(ReferentielCommunes.Cog2026.DuDepartement("40").Take(4).Select(c => $"{c.Code},Nord")))),
            t => Erreurs(CarteDesSecteurs.Lire(new StringReader(t), "40"))),
        new("population", "population.csv.format", CinqLignes(Foyers()), t => Erreurs(PopulationCsv.Lire(new StringReader(t)))),
        new("ciblage", "ciblage.csv.format", CinqLignes(Politique()), t => Erreurs(PolitiqueDeCiblage.Lire("essai", new StringReader(t)))),
    ];

    public static TheoryData<Import> Tous() => [.. Imports];

    private static string Corrompre(string ligne, string champ)
    {
        var virgule = ligne.IndexOf(',', StringComparison.Ordinal);
        return string.Concat(ligne.AsSpan(0, virgule + 1), champ, ligne.AsSpan(virgule));
    }

    private static Erreur ErreurDeFormat(Import import, IReadOnlyList<Erreur> erreurs) =>
        Assert.Single(erreurs, e => e.Code == import.Code);

    [Theory]
    [MemberData(nameof(Tous))]
    public void Texte_apres_un_guillemet_fermant_ligne_3_est_rapporte_ligne_3(Import import)
    {
        var lignes = import.Lignes.ToArray();
        Assert.Equal(5, lignes.Length);
        Assert.DoesNotContain(import.Charger(string.Join('\n', lignes) + "\n"), e => e.Code.EndsWith(".csv.format", StringComparison.Ordinal));
        lignes[2] = Corrompre(lignes[2], "\"abc\"def");

        var e = ErreurDeFormat(import, import.Charger(string.Join('\n', lignes) + "\n"));

        Assert.Equal(3, e.Ligne);
        Assert.Equal(import.Lignes[0].Split(',')[1], e.Champ);
        Assert.Equal("\"abc\"def", e.Valeur);
        Assert.Contains("ligne 3", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Tous))]
    public void Guillemet_jamais_ferme_ligne_3_est_rapporte_ligne_3_en_crlf(Import import)
    {
        var lignes = import.Lignes.ToArray();
        lignes[2] = Corrompre(lignes[2], "\"ouvert");

        var e = ErreurDeFormat(import, import.Charger(string.Join("\r\n", lignes) + "\r\n"));

        Assert.Equal(3, e.Ligne);
        Assert.Equal(import.Lignes[0].Split(',')[1], e.Champ);
        if (import.Nom == "population")
        {
            // Un guillemet jamais fermé absorbe les colonnes suivantes, dont des dates de naissance : l'extrait est masqué.
            Assert.Equal(Erreur.ValeurMasquee, e.Valeur);
        }
        else
        {
            Assert.StartsWith("\"ouvert,", e.Valeur, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Tous))]
    public void En_tete_mal_formee_est_rapportee_ligne_1_colonne_entete(Import import)
    {
        var lignes = import.Lignes.ToArray();
        lignes[0] = Corrompre(lignes[0], "\"x\"y");

        var e = Assert.Single(import.Charger(string.Join('\n', lignes)));

        Assert.Equal((import.Code, 1, "entete"), (e.Code, e.Ligne, e.Champ));
        if (import.Nom is "population" or "secteurs")
        {
            // Un fichier sans en-tête commence par un foyer, ou par un référent : la première ligne n'est jamais citée.
            Assert.Equal(Erreur.ValeurMasquee, e.Valeur);
        }
        else
        {
            Assert.StartsWith("\"x\"y", e.Valeur, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void La_ligne_est_physique_un_champ_sur_plusieurs_lignes_compte_toutes_ses_lignes()
    {
        var csv = "debut,valeur,reference\r\n2024-01-01,1,\"Décret\r\ndu 1er janvier\"\n2025-01-01,2,\"B\rC\"\n2026-01-01,\"3\"x,D\n";

        var erreurs = Bareme<Montant>.Lire("essai", new StringReader(csv), v => Montant.Create(v)).Erreurs;

        Assert.Equal(("bareme.csv.format", 6, "valeur", "\"3\"x"), (erreurs[0].Code, erreurs[0].Ligne, erreurs[0].Champ, erreurs[0].Valeur));
    }

    [Fact]
    public void Le_champ_fautif_apres_un_champ_sur_plusieurs_lignes_est_rapporte_a_sa_propre_ligne()
    {
        var csv = "debut,valeur,reference\n2024-01-01,\"1\n\",\"Décret\"x\n";

        var e = Assert.Single(Bareme<Montant>.Lire("essai", new StringReader(csv), v => Montant.Create(v)).Erreurs);

        Assert.Equal(("bareme.csv.format", 3, "reference", "\"Décret\"x"), (e.Code, e.Ligne, e.Champ, e.Valeur));
    }

    [Fact]
    public void Les_erreurs_des_lignes_avant_l_erreur_de_format_sont_gardees()
    {
        var csv = "debut,valeur,reference\n2024-13-01,1,A\n2025-01-01,1,\n2026-01-01,\"3\"x,D\n2027-01-01,4,E\n";

        var erreurs = Bareme<Montant>.Lire("essai", new StringReader(csv), v => Montant.Create(v)).Erreurs;

        Assert.Equal([2, 3, 4], erreurs.Select(e => e.Ligne!.Value));
        Assert.Equal("bareme.csv.format", erreurs[^1].Code);
    }

    [Fact]
    public void Le_numero_allocataire_d_une_ligne_mal_formee_est_masque()
    {
        var lignes = Imports.Single(i => i.Nom == "population").Lignes.ToArray();
        var numero = lignes[2][..lignes[2].IndexOf(',', StringComparison.Ordinal)];
        lignes[2] = "\"" + numero + "\"9" + lignes[2][numero.Length..];

        var e = Assert.Single(PopulationCsv.Lire(new StringReader(string.Join('\n', lignes))).Erreurs);

        Assert.Equal(("population.csv.format", 3, "numero_allocataire"), (e.Code, e.Ligne, e.Champ));
        Assert.DoesNotContain(numero, e.Valeur!, StringComparison.Ordinal);
        Assert.DoesNotContain(numero, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(numero, e.ToString(), StringComparison.Ordinal);
        Assert.Equal(Erreur.ValeurMasquee, e.Valeur);
    }

    [Fact]
    public void L_extrait_est_borne_a_quarante_caracteres()
    {
        var csv = "debut,valeur,reference\n2026-01-01,1,\"" + new string('a', 100) + "\"b\n";

        var e = Assert.Single(Bareme<Montant>.Lire("essai", new StringReader(csv), v => Montant.Create(v)).Erreurs);

        Assert.Equal("\"" + new string('a', 39) + "…", e.Valeur);
    }

    private static readonly Gen<(string[] References, int Fautive, string Fin)> Documents =
        from n in Gen.Choose(1, 8)
        from references in Gen.Elements("A", "\"B, C\"", "\"D\nE\"", "\"F\r\nG\nH\"", "\"\"\"I\"\"\"").ArrayOf(n)
        from fautive in Gen.Choose(0, n)
        from fin in Gen.Elements("\n", "\r\n")
        select (references, fautive, fin);

    [Property(MaxTest = 100)]
    public Property La_ligne_rapportee_est_la_ligne_physique_de_la_ligne_fautive() =>
        Prop.ForAll(Documents.ToArbitrary(), d =>
        {
            // n lignes valides, dont des références entre guillemets sur plusieurs lignes ; la ligne d'indice « fautive »
            // (ou aucune si fautive = n) a un texte après le guillemet fermant de sa valeur.
            var lignes = d.References.Select((r, i) => $"{2000 + i}-01-01,{(i == d.Fautive ? "\"1\"x" : "1")},{r}").ToArray();
            var csv = "debut,valeur,reference" + d.Fin + string.Join(d.Fin, lignes) + d.Fin;
            var attendue = 2 + lignes.Take(d.Fautive).Sum(l => l.Count(c => c == '\n') + l.Count(c => c == '\r') - (l.Split("\r\n").Length - 1) + 1);
            var r = Bareme<Montant>.Lire("essai", new StringReader(csv), v => Montant.Create(v));
            return d.Fautive == d.References.Length
                ? r.Reussi && r.Valeur.Valeurs.Length == d.References.Length
                : !r.Reussi && Assert.Single(r.Erreurs).Ligne == attendue;
        });
}
