using Caf.Accompagnement.Aides;
using Microsoft.Extensions.DependencyInjection;

namespace Caf.Accompagnement.Tests.Aides;

public sealed class CatalogueDesAidesTest
{
    private sealed class SourceLocale : ISourceDeTypesDAide
    {
        internal static readonly TypeDAide Permis = new(
            "LOCAL.PERMIS",
            "Aide au permis de conduire",
            CategorieAide.CoupDePouce,
            [FormeAide.Subvention, FormeAide.Pret],
            [new AgeDeLAllocataire(18, 25, "Règlement local")],
            new PartDuCout(0.5m, Montant.FromEuros(600m), "Règlement local"),
            "Règlement local");

        public IEnumerable<TypeDAide> TypesDAide => [Permis];
    }

    private sealed class SourceEnDoublon : ISourceDeTypesDAide
    {
        public IEnumerable<TypeDAide> TypesDAide => [AidesDeReference.Projets];
    }

    [Fact]
    public void Le_catalogue_de_reference_contient_les_types_du_bilan()
    {
        var c = CatalogueDesAides.Reference;
        foreach (var code in new[] { "PROJETS", "AVF", "AVS", "GARDE_HORAIRES_DECALES", "JEUNES", "URGENCE", "EQUIPEMENT_MENAGER", "PRECARITE_ENERGETIQUE", "REPIT_PARENTAL", "AIDE_AUX_DEVOIRS", "CONSTAT_LOGEMENT", "CONTROLE_DECENCE", "PALS" })
        {
            Assert.True(c.TryGetValue(code, out _), code);
        }

        Assert.Equal("aides.type.inconnu", Assert.Single(c.Create("INCONNU").Erreurs).Code);
        Assert.All(c.DeLaCategorie(CategorieAide.Services), t => Assert.Equal(FormeAide.Service, Assert.Single(t.FormesAdmises)));
    }

    [Fact]
    public void Un_type_d_integrateur_est_servi_comme_un_type_fourni()
    {
        var services = new ServiceCollection().AddAidesFinancieres().AddSourceDeTypesDAide<SourceLocale>().AddSourceDeTypesDAide<SourceLocale>();
        using var sp = services.BuildServiceProvider();
        var catalogue = sp.GetRequiredService<CatalogueDesAides>();
        Assert.Equal(AidesDeReference.Tous.Count + 1, catalogue.Tous.Length);
        Assert.True(catalogue.TryGetValue("LOCAL.PERMIS", out var permis));
        Assert.Same(SourceLocale.Permis, permis);
        Assert.True(catalogue.TryGetValue("AVF", out _));
    }

    [Fact]
    public void Un_code_en_doublon_est_refuse()
    {
        var services = new ServiceCollection().AddAidesFinancieres().AddSourceDeTypesDAide<SourceEnDoublon>();
        using var sp = services.BuildServiceProvider();
        Assert.Throws<ArgumentException>(() => sp.GetRequiredService<CatalogueDesAides>());
        Assert.Equal("aides.catalogue.doublon", Assert.Single(CatalogueDesAides.Create([AidesDeReference.Projets, AidesDeReference.Projets]).Erreurs).Code);
    }

    [Fact]
    public void Un_code_mal_forme_est_une_erreur_de_programmation() =>
        Assert.Throws<ArgumentException>(() => new TypeDAide("minuscule", "x", CategorieAide.CoupDePouce, [FormeAide.Subvention], [], new SansMontant(), "r"));

    private static TypeDAide ReserveeA(params string[] cibles) => new(
        "LOCAL.REPIT",
        "Répit local",
        CategorieAide.CoupDePouce,
        [FormeAide.Subvention],
        [new CibleRequise("Règlement local", cibles)],
        new SansMontant(),
        "Règlement local");

    [Fact]
    public void Le_repit_parental_reference_des_cibles_qui_existent()
    {
        var codes = AidesDeReference.RepitParental.Conditions.OfType<CibleRequise>().SelectMany(c => c.Codes).ToList();
        Assert.Equal(["PARENTS_SEULS", "RSA_MONOPARENT", "EVENEMENT_MONOPARENTALITE"], codes);
        Assert.All(codes, c => Assert.True(Caf.Accompagnement.Cibles.PolitiqueDeCiblage.Landes2022.TryGetCible(c, out _), c));
        Assert.True(CatalogueDesAides.Create(AidesDeReference.Tous).Reussi);
    }

    [Fact]
    public void Une_aide_reservee_a_une_cible_inconnue_est_une_erreur_d_enregistrement_qui_la_nomme()
    {
        var erreur = Assert.Single(CatalogueDesAides.Create([ReserveeA("PARENTS_SEULS", "MONOPARENTALITE")]).Erreurs);
        Assert.Equal("aides.cible.inconnue", erreur.Code);
        Assert.Equal("MONOPARENTALITE", erreur.Valeur);
        Assert.Equal("LOCAL.REPIT.eligibilite", erreur.Champ);
        Assert.Contains("MONOPARENTALITE", erreur.Message, StringComparison.Ordinal);

        // Une cible locale connue de la Caf est admise.
        var codes = Caf.Accompagnement.Cibles.CatalogueDeCibles.CodesDeLaBibliotheque.Append("LOCAL_FAMILLES").ToHashSet(StringComparer.Ordinal);
        Assert.True(CatalogueDesAides.Create([ReserveeA("LOCAL_FAMILLES")], codes).Reussi);
        Assert.False(CatalogueDesAides.Create([ReserveeA("LOCAL_FAMILLES")]).Reussi);
    }

    private sealed class SourceReservee : ISourceDeTypesDAide
    {
        public IEnumerable<TypeDAide> TypesDAide => [ReserveeA("CIBLE_ABSENTE")];
    }

    [Fact]
    public void L_injection_refuse_une_aide_reservee_a_une_cible_inconnue()
    {
        using var sp = new ServiceCollection().AddSourceDeTypesDAide<SourceReservee>().BuildServiceProvider();
        var ex = Assert.Throws<ArgumentException>(() => sp.GetRequiredService<CatalogueDesAides>());
        Assert.Contains("CIBLE_ABSENTE", ex.Message, StringComparison.Ordinal);
    }
}
