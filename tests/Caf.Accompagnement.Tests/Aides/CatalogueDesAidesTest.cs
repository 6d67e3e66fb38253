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
}
