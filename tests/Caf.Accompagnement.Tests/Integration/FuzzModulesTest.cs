using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Testing;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Integration;

/// <summary>Fuzzing des imports CSV des modules (référentiel des communes, carte des secteurs, foyers, politique de
/// ciblage) : documents valides mutés et texte quelconque ; jamais d'exception, toute erreur située par sa ligne, qui
/// est une ligne du fichier (CSV mal formé compris).</summary>
public sealed partial class FuzzModulesTest
{
    private static readonly Gen<string> Quelconque =
        Gen.Elements('0', '4', '9', ',', ';', '"', '\n', '\r', 'a', ' ', '-', '\uFEFF').ArrayOf().Select(c => new string(c));

    /// <summary>Le nombre de lignes physiques d'un texte (<c>\n</c>, <c>\r\n</c> ou <c>\r</c> seul terminent une ligne).</summary>
    internal static int NombreDeLignes(string texte) =>
        1 + texte.Count(c => c == '\n') + texte.Count(c => c == '\r') - (texte.Split("\r\n").Length - 1);

    private static bool ErreursSituees<T>(Resultat<T> r, string csv)
        where T : notnull
    {
        // Seules les erreurs qui portent sur le fichier entier peuvent ne pas avoir de ligne : une commune du département
        // absente de toute ligne, un référentiel sans commune. Toute autre erreur, y compris un CSV mal formé, cite une
        // ligne du fichier.
        var lignes = NombreDeLignes(csv);
        return r.Reussi || r.Erreurs.All(e => e.Ligne is > 0 && e.Ligne <= lignes
            || (e.Ligne is null && (e.Chemin is not null
                || e.Code.EndsWith(".commune.absente", StringComparison.Ordinal) || e.Code == "referentiel.vide")));
    }

    private static readonly string Carte = CartesDeTestCsv();

    private static string CartesDeTestCsv()
    {
        using var ecrivain = new StringWriter();
        Tests.Territoires.CartesDeTest.Aleatoire(5, 4).Ecrire(ecrivain);
        return ecrivain.ToString();
    }

    private static readonly string Communes = string.Join('\n',
        new[] { "code_insee,nom,codes_postaux,population,code_epci,anciens_codes,departement" }
            .Concat(ReferentielCommunes.Cog2026.DuDepartement("40").Take(6).Select(c =>
                $"{c.Code},{c.Nom},{string.Join(';', c.CodesPostaux)},{c.Population},{c.CodeEpci},{string.Join(';', c.AnciensCodes)},40"))) + "\n";

    private static readonly string Foyers = FoyersCsv();

    private static string FoyersCsv()
    {
        using var ecrivain = new StringWriter();
        var communes = ReferentielCommunes.Cog2026.DuDepartement("40").Select(c => c.Code).ToArray();
        PopulationCsv.Ecrire(ecrivain, GenerateursCaf.Foyer(new LocalDate(2022, 6, 30), communes).Sample(20, new Rnd(1UL, 3UL), 10));
        return ecrivain.ToString();
    }

    [Property(MaxTest = 150)]
    public Property Carte_des_secteurs() =>
        Prop.ForAll(Gen.OneOf(FuzzTest.Muter(Carte), Quelconque).ToArbitrary(), csv =>
            ErreursSituees(CarteDesSecteurs.Lire(new StringReader(csv), "40"), csv));

    [Property(MaxTest = 150)]
    public Property Referentiel_des_communes() =>
        Prop.ForAll(Gen.OneOf(FuzzTest.Muter(Communes), Quelconque).ToArbitrary(), csv =>
            ErreursSituees(ReferentielCommunes.Lire(new StringReader(csv), "essai"), csv));

    [Property(MaxTest = 150)]
    public Property Foyers_csv() =>
        Prop.ForAll(Gen.OneOf(FuzzTest.Muter(Foyers), Quelconque).ToArbitrary(), csv =>
            ErreursSituees(PopulationCsv.Lire(new StringReader(csv)), csv));

    [Property(MaxTest = 150)]
    public Property Politique_de_ciblage_csv()
    {
        using var ecrivain = new StringWriter();
        PolitiqueDeCiblage.Landes2022.Ecrire(ecrivain);
        var valide = ecrivain.ToString();
        return Prop.ForAll(Gen.OneOf(FuzzTest.Muter(valide), Quelconque).ToArbitrary(), csv =>
            ErreursSituees(PolitiqueDeCiblage.Lire("essai", new StringReader(csv)), csv));
    }

    [Fact]
    public void Les_documents_valides_non_mutes_sont_lus_sans_perte()
    {
        Assert.Equal(4, CarteDesSecteurs.Lire(new StringReader(Carte), "40").Valeur.Secteurs.Count);
        Assert.Equal(6, ReferentielCommunes.Lire(new StringReader(Communes), "essai").Valeur.Count);
        Assert.Equal(20, PopulationCsv.Lire(new StringReader(Foyers)).Valeur.Count);
    }
}
