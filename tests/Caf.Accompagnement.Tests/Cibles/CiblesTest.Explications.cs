using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using NodaTime;

namespace Caf.Accompagnement.Tests.Cibles;

/// <summary>Les explications (CRPA R311-3-1-2) des cibles et l'évaluation d'un foyer.</summary>
public sealed partial class CiblesTest
{
    private static Foyer ParentSeulLandes() =>
        ParentSeul(new LocalDate(1992, 3, 15), new LocalDate(2018, 9, 1), new LocalDate(2020, 2, 10))
            .AvecRessources(Montant.FromEuros(2310m), Montant.FromEuros(26000m))
            .Percoit(Prestation.Rsa, Montant.FromEuros(350m), majoree: true)
            .Evenement(TypeEvenement.Separation, new LocalDate(2022, 3, 1))
            .Build().GetValueOrThrow();

    [Fact]
    public void Explication_des_ressources_dans_le_ton_attendu()
    {
        var a = new CibleParentsSeuls().ADate(Reference, Jeu).GetValueOrThrow();
        var e = a.Expliquer(ParentSeulLandes());
        Assert.True(e.EstSatisfaite);
        Assert.Contains(
            "Ressources mensuelles 2 310,00 € inférieures à 1,5 × SMIC mensuel brut en vigueur au 30/06/2022 (1 645,58 € depuis le 01/05/2022, Arrêté du 29 avril 2022 relatif au relèvement du salaire minimum de croissance) = 2 468,37 € ; condition remplie.",
            e.Operations);
        Assert.Contains(e.Parametres, p => p.Nom == "SMIC mensuel brut" && p.EnVigueurDepuis == new LocalDate(2022, 5, 1) && p.Valeur == "1 645,58 €");
        Assert.Contains(e.Donnees, d => d.Nom == "Ressources mensuelles" && d.Valeur == "2 310,00 €" && d.Source.Length > 0);
        Assert.False(string.IsNullOrWhiteSpace(e.Contribution));
        Assert.StartsWith("le foyer appartient", e.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void Explication_d_un_refus_nomme_la_condition_non_remplie()
    {
        var foyer = ParentSeul(new LocalDate(1995, 1, 1), new LocalDate(2020, 1, 1)).AvecRessources(Montant.FromEuros(2468.37m), Montant.Zero).Build().GetValueOrThrow();
        var e = new CibleParentsSeuls().ADate(Reference, Jeu).GetValueOrThrow().Expliquer(foyer);
        Assert.False(e.EstSatisfaite);
        var refus = Assert.Single(e.Operations, o => o.Contains("condition non remplie", StringComparison.Ordinal));
        Assert.StartsWith("Ressources mensuelles 2 468,37 € supérieures ou égales à 1,5 × SMIC", refus, StringComparison.Ordinal);
        Assert.StartsWith("le foyer n'appartient pas", e.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void Politique_des_Landes_evaluation_d_un_foyer()
    {
        var politique = PolitiqueDeCiblage.Landes2022;
        Assert.Equal(
            ["RSA_MONOPARENT", "PARENTS_SEULS", "EVENEMENT_DECES_CONJOINT", "EVENEMENT_DECES_ENFANT", "EVENEMENT_SEPARATION", "EVENEMENT_IMPAYE_LOYER", "EVENEMENT_MONOPARENTALITE"],
            politique.Cibles.Select(c => c.Code));
        Assert.Equal(6, Assert.IsType<CibleRsaMonoparent>(politique.Cibles[0]).Parametres.AgeLimiteEnfant);

        var evaluation = politique.Evaluer(ParentSeulLandes(), Reference, Jeu).GetValueOrThrow();
        Assert.Equal(["RSA_MONOPARENT", "PARENTS_SEULS", "EVENEMENT_SEPARATION"], evaluation.CiblesRetenues.Select(c => c.Code));
        Assert.All(evaluation.Decisions, d => Assert.Equal(d.EstSatisfaite, d.Explication is not null));

        var toutes = politique.Evaluer(ParentSeulLandes(), Reference, Jeu, ModeExplication.Toutes).GetValueOrThrow();
        Assert.All(toutes.Decisions, d => Assert.Equal(d.EstSatisfaite, d.Explication!.EstSatisfaite));

        var aucune = politique.Evaluer(ParentSeulLandes(), Reference, Jeu, ModeExplication.Aucune).GetValueOrThrow();
        Assert.All(aucune.Decisions, d => Assert.Null(d.Explication));
        Assert.Equal(evaluation.Decisions.Select(d => d.EstSatisfaite), aucune.Decisions.Select(d => d.EstSatisfaite));
    }

    [Fact]
    public void Le_texte_de_l_evaluation_masque_le_numero_allocataire()
    {
        var texte = PolitiqueDeCiblage.Landes2022.Evaluer(ParentSeulLandes(), Reference, Jeu, ModeExplication.Toutes).GetValueOrThrow().ToString();
        Assert.DoesNotContain("7654321", texte, StringComparison.Ordinal);
        Assert.Contains("1. Contribution du traitement", texte, StringComparison.Ordinal);
    }

    [Fact]
    public void Politique_refuse_deux_cibles_de_meme_code()
    {
        var r = PolitiqueDeCiblage.Create("Essai", [new CibleParentsSeuls(), new CibleParentsSeuls(ParametresParentsSeuls.Defaut with { AgeMaximum = 29 })]);
        Assert.Equal("ciblage.cible.doublon", Assert.Single(r.Erreurs).Code);
        var remplacee = PolitiqueDeCiblage.Landes2022.Avec(new CibleRsaMonoparent(ParametresRsaMonoparent.National));
        Assert.Equal(PolitiqueDeCiblage.Landes2022.Cibles.Length, remplacee.Cibles.Length);
        Assert.Equal(3, Assert.IsType<CibleRsaMonoparent>(remplacee.Cibles[0]).Parametres.AgeLimiteEnfant);
    }

    [Theory]
    [InlineData("")]
    [InlineData("parents")]
    [InlineData("1CIBLE")]
    [InlineData("CIBLE-LOCALE")]
    public void Code_de_cible_mal_forme_est_une_erreur_de_programmation(string code) =>
        Assert.Throws<ArgumentException>(() => new CibleLocale(code, "Libellé", (_, _) => true, (_, _, _) => new MotifsDeCible([], [], [])));
}
