using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Foyers;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Caf.Accompagnement.Tests.Cibles;

/// <summary>Cibles locales enregistrées par injection de dépendances.</summary>
public sealed partial class CiblesTest
{
    private static CibleLocale JeunesSansEnfant() => new(
        "JEUNES_SANS_ENFANT",
        "Jeunes allocataires de moins de 25 ans sans enfant",
        (foyer, date) => foyer.NombreEnfants == 0 && foyer.Allocataire.Age(date) < 25,
        (foyer, date, oui) => new MotifsDeCible(
            [new DonneeUtilisee("Âge de l'allocataire", $"{foyer.Allocataire.Age(date)} ans", "dossier allocataire")],
            [new ParametreApplique("Âge maximum (exclu)", "25 ans", new LocalDate(2022, 1, 1), "délibération du conseil d'administration")],
            [$"Âge {(oui ? "inférieur" : "supérieur ou égal")} à 25 ans sans enfant à charge"]));

    /// <summary>Une cible locale construite par le conteneur.</summary>
    public sealed class CibleImpayeEnergie() : Cible("IMPAYE_ENERGIE", "Impayé d'énergie signalé")
    {
        public override Resultat<ICibleADate> ADate(LocalDate reference, JeuDeBaremes baremes) =>
            new CibleLocale(Code, Libelle, (_, _) => false, (_, _, _) => new MotifsDeCible([], [], ["Aucun signalement d'impayé d'énergie"])).ADate(reference, baremes);
    }

    [Fact]
    public void Une_cible_locale_enregistree_apparait_dans_les_resultats()
    {
        var services = new ServiceCollection()
            .AddCiblesDeTravailSocial()
            .AddCibleLocale(JeunesSansEnfant())
            .AddCibleLocale<CibleImpayeEnergie>()
            .AddCibleLocale<CibleImpayeEnergie>();
        using var fournisseur = services.BuildServiceProvider();
        var politique = fournisseur.GetRequiredService<PolitiqueDeCiblage>();
        var jeu = fournisseur.GetRequiredService<JeuDeBaremes>();

        Assert.Equal(PolitiqueDeCiblage.Landes2022.Cibles.Length + 2, politique.Cibles.Length);
        Assert.Equal(["JEUNES_SANS_ENFANT", "IMPAYE_ENERGIE"], politique.Cibles.Skip(PolitiqueDeCiblage.Landes2022.Cibles.Length).Select(c => c.Code));

        var jeune = ParentSeul(new LocalDate(2000, 1, 1)).Build().GetValueOrThrow();
        var evaluation = politique.Evaluer(jeune, Reference, jeu, ModeExplication.Toutes).GetValueOrThrow();
        Assert.True(evaluation.Appartient("JEUNES_SANS_ENFANT"));
        var decision = evaluation.Decision("JEUNES_SANS_ENFANT")!;
        Assert.True(decision.Explication!.EstSatisfaite);
        Assert.Equal("Âge inférieur à 25 ans sans enfant à charge", Assert.Single(decision.Explication.Operations));
        Assert.False(evaluation.Appartient("IMPAYE_ENERGIE"));
        Assert.True(fournisseur.GetRequiredService<CatalogueDeCibles>().TryGetValue("IMPAYE_ENERGIE", out _));
    }

    [Fact]
    public void La_derniere_politique_de_base_l_emporte()
    {
        var services = new ServiceCollection()
            .AddCiblesDeTravailSocial()
            .AddCiblesDeTravailSocial(PolitiqueDeCiblage.Loire2020);
        using var fournisseur = services.BuildServiceProvider();
        Assert.Equal(["FAMILLE_PRIORITAIRE"], fournisseur.GetRequiredService<PolitiqueDeCiblage>().Cibles.Select(c => c.Code));
    }
}

/// <summary>Une cible locale ne reprend pas le code d'une cible de la bibliothèque.</summary>
public sealed class CodeReserveTest
{
    private static CibleLocale Locale(string code) => new(code, "Cible locale", (_, _) => true, (_, _, _) => new MotifsDeCible([], [], ["Toujours"]));

    [Fact]
    public void Une_cible_locale_au_code_de_la_bibliotheque_est_refusee_partout()
    {
        var usurpatrice = Locale(CibleParentsSeuls.CodeCible);
        Assert.True(CatalogueDeCibles.ReprendUnCodeDeLaBibliotheque(usurpatrice));
        Assert.False(CatalogueDeCibles.ReprendUnCodeDeLaBibliotheque(Locale("LANDES_JEUNES")));
        Assert.False(CatalogueDeCibles.ReprendUnCodeDeLaBibliotheque(new CibleParentsSeuls(ParametresParentsSeuls.Defaut)));

        var refus = PolitiqueDeCiblage.Create("Caf de test", [usurpatrice]);
        Assert.Equal("ciblage.cible.code_reserve", Assert.Single(refus.Erreurs).Code);
        Assert.Throws<ArgumentException>(() => PolitiqueDeCiblage.Landes2022.Avec(usurpatrice));
        Assert.Throws<ArgumentException>(() => new CatalogueDeCibles([usurpatrice]));
        var services = new ServiceCollection().AddCiblesDeTravailSocial().AddCibleLocale(usurpatrice).BuildServiceProvider();
        Assert.Throws<ArgumentException>(() => services.GetRequiredService<CatalogueDeCibles>());

        // Une cible de la bibliothèque autrement paramétrée remplace toujours celle de même code.
        var autre = PolitiqueDeCiblage.Landes2022.Avec(new CibleParentsSeuls(ParametresParentsSeuls.Defaut));
        Assert.Equal(PolitiqueDeCiblage.Landes2022.Cibles.Length, autre.Cibles.Length);
    }
}
