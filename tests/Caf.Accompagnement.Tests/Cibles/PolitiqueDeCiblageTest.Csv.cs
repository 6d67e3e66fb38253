using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Foyers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Caf.Accompagnement.Tests.Cibles;

/// <summary>Lecture et écriture d'une politique de ciblage en CSV.</summary>
public sealed class PolitiqueDeCiblageTest
{
    private static string Texte(PolitiqueDeCiblage politique)
    {
        using var ecrivain = new StringWriter();
        politique.Ecrire(ecrivain);
        return ecrivain.ToString();
    }

    private static string Parametres(PolitiqueDeCiblage politique) => string.Join(
        ";",
        politique.Cibles.Select(c => c switch
        {
            CibleRsaMonoparent r => $"{c.Code}={r.Parametres}",
            CibleParentsSeuls p => $"{c.Code}={p.Parametres}",
            CibleEvenementDeVie e => $"{c.Code}={e.Parametres}",
            CibleFamillePrioritaire f => $"{c.Code}={f.Parametres}",
            _ => c.Code,
        }));

    [Fact]
    public void Politique_des_Landes_lue_depuis_un_csv()
    {
        const string csv = """
            cible,parametre,valeur
            RSA_MONOPARENT,age_limite_enfant,6
            PARENTS_SEULS,,
            EVENEMENT_DECES_CONJOINT,,
            EVENEMENT_DECES_ENFANT,,
            EVENEMENT_SEPARATION,,
            EVENEMENT_IMPAYE_LOYER,,
            EVENEMENT_MONOPARENTALITE,,
            """;
        var lue = PolitiqueDeCiblage.Lire("Caf des Landes (2022)", new StringReader(csv)).GetValueOrThrow();
        Assert.Equal(Parametres(PolitiqueDeCiblage.Landes2022), Parametres(lue));
    }

    [Fact]
    public void Erreurs_par_ligne_sans_rien_perdre()
    {
        const string csv = """
            cible,parametre,valeur
            PARENTS_SEULS,age_maximum,trente
            PARENTS_SEULS,multiplicateur_smic,"1,5"
            CIBLE_INCONNUE,,
            EVENEMENT_SEPARATION,delai,10
            EVENEMENT_SEPARATION,delai_jours,10
            EVENEMENT_SEPARATION,delai_jours,20
            FAMILLE_PRIORITAIRE,inclure_monoparentales,peut-être
            """;
        var r = PolitiqueDeCiblage.Lire("Essai", new StringReader(csv));
        Assert.Equal(
            [("ciblage.parametre.valeur", 2), ("ciblage.cible.inconnue", 4), ("ciblage.parametre.inconnu", 5), ("ciblage.parametre.doublon", 7), ("ciblage.parametre.valeur", 8)],
            r.Erreurs.Select(e => (e.Code, e.Ligne ?? 0)).OrderBy(e => e.Item2));
    }

    [Fact]
    public void En_tete_incorrect_et_ages_incoherents()
    {
        Assert.Equal("ciblage.entete", Assert.Single(PolitiqueDeCiblage.Lire("Essai", new StringReader("code,valeur\nX,1")).Erreurs).Code);
        var r = PolitiqueDeCiblage.Lire("Essai", new StringReader("cible,parametre,valeur\nPARENTS_SEULS,age_minimum,40\n"));
        Assert.Equal("ciblage.parametres.incoherents", Assert.Single(r.Erreurs).Code);
    }

    [Fact]
    public void Une_cible_locale_du_catalogue_s_active_par_son_code()
    {
        var locale = new CibleLocale("JEUNES", "Jeunes", (_, _) => true, (_, _, _) => new MotifsDeCible([], [], []));
        var catalogue = new CatalogueDeCibles([locale]);
        var csv = "cible,parametre,valeur\nJEUNES,,\nFAMILLE_PRIORITAIRE,,\n";
        var lue = PolitiqueDeCiblage.Lire("Essai", new StringReader(csv), catalogue).GetValueOrThrow();
        Assert.Same(locale, lue.Cibles[0]);
        Assert.Equal("ciblage.cible.inconnue", Assert.Single(PolitiqueDeCiblage.Lire("Essai", new StringReader(csv)).Erreurs).Code);
        Assert.Equal("ciblage.parametre.inconnu", Assert.Single(PolitiqueDeCiblage.Lire("Essai", new StringReader("cible,parametre,valeur\nJEUNES,age,3\n"), catalogue).Erreurs).Code);
    }

    public static Arbitrary<PolitiqueDeCiblage> Politiques() =>
        (from rsa in Gen.Choose(1, 25)
         from min in Gen.Choose(0, 60)
         from ecart in Gen.Choose(0, 40)
         from multiplicateur in Gen.Choose(1, 400).Select(n => n / 100m)
         from delais in Gen.ArrayOf(Gen.Choose(0, 3660), TypeEvenement.Toutes.Count)
         from mono in Gen.Elements(true, false)
         from uc in Gen.Choose(1, 25)
         from retenues in Gen.ArrayOf(Gen.Elements(true, false), 3 + TypeEvenement.Toutes.Count)
         let cibles = new ICible[]
             {
                 new CibleRsaMonoparent(new ParametresRsaMonoparent(rsa)),
                 new CibleParentsSeuls(new ParametresParentsSeuls(min, min + ecart, multiplicateur)),
                 new CibleFamillePrioritaire(new ParametresFamillePrioritaire(mono, uc)),
             }.Concat(TypeEvenement.Toutes.Select((t, i) => (ICible)new CibleEvenementDeVie(new ParametresEvenementDeVie(t, delais[i]))))
             .Where((_, i) => retenues[i])
             .Reverse()
         select PolitiqueDeCiblage.FromCibles("Politique générée", [.. cibles])).ToArbitrary();

    [Property(Arbitrary = [typeof(PolitiqueDeCiblageTest)], MaxTest = 100)]
    public void Ecrire_puis_lire_redonne_la_meme_politique(PolitiqueDeCiblage politique)
    {
        var lue = PolitiqueDeCiblage.Lire(politique.Nom, new StringReader(Texte(politique))).GetValueOrThrow();
        Assert.Equal(Parametres(politique), Parametres(lue));
    }

    /// <summary>Écrire puis lire une politique est l'identité pour chaque séparateur (nommé ou détecté à la lecture), virgule décimale du point-virgule comprise.</summary>
    [Property(Arbitrary = [typeof(PolitiqueDeCiblageTest)], MaxTest = 100)]
    public void Ecrire_puis_lire_redonne_la_meme_politique_pour_chaque_separateur(PolitiqueDeCiblage politique, bool detecte, bool sep)
    {
        foreach (var separateur in new[] { ',', ';', '\t' })
        {
            var format = new FormatCsv { Separateur = separateur };
            using var ecrivain = new StringWriter();
            politique.Ecrire(ecrivain, format);
            var texte = (sep ? $"sep={separateur}\n" : string.Empty) + ecrivain;
            var lue = PolitiqueDeCiblage.Lire(politique.Nom, new StringReader(texte), detecte ? FormatCsv.Detecte : format).GetValueOrThrow();
            Assert.Equal(Parametres(politique), Parametres(lue));
        }
    }
}
