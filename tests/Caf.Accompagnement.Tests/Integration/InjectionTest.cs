using Caf.Accompagnement.Baremes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Caf.Accompagnement.Tests.Integration;

public sealed class InjectionTest
{
    [Fact]
    public void Enregistre_baremes_et_horloge_une_seule_fois()
    {
        var services = new ServiceCollection();
        services.AddCafAccompagnement().AddCafAccompagnement();
        Assert.Single(services, d => d.ServiceType == typeof(JeuDeBaremes));
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        using var fournisseur = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Assert.Same(BaremesOfficiels.Jeu, fournisseur.GetRequiredService<JeuDeBaremes>());
        Assert.Same(SystemClock.Instance, fournisseur.GetRequiredService<IClock>());
    }

    [Fact]
    public void L_horloge_de_l_hote_l_emporte()
    {
        var horloge = new FakeClock(Instant.FromUtc(2022, 6, 30, 8, 0));
        var services = new ServiceCollection().AddSingleton<IClock>(horloge).AddCafAccompagnement();
        using var fournisseur = services.BuildServiceProvider();
        Assert.Same(horloge, fournisseur.GetRequiredService<IClock>());
    }

    [Fact]
    public void Un_organisme_remplace_les_baremes()
    {
        var jeu = BaremesOfficiels.Jeu.AvecSmicMensuel(BaremesOfficiels.SmicMensuel.AvecValeur(new(new LocalDate(2027, 1, 1), Montant.FromEuros(1900m), "Décret 2027")).Valeur);
        var services = new ServiceCollection().AddCafAccompagnement(b => b.UseBaremes(jeu));
        using var fournisseur = services.BuildServiceProvider();
        Assert.Same(jeu, fournisseur.GetRequiredService<JeuDeBaremes>());
    }
}

public sealed class InjectionDesModulesTest
{
    private sealed class SourceEnDouble : Caf.Accompagnement.Aides.ISourceDeTypesDAide
    {
        public IEnumerable<Caf.Accompagnement.Aides.TypeDAide> TypesDAide => [Caf.Accompagnement.Aides.AidesDeReference.Tous[0]];
    }

    private static Caf.Accompagnement.Cibles.CibleLocale Locale(string code) => new(
        code,
        "Cible locale d'essai",
        (foyer, _) => foyer.NombreEnfants > 3,
        (_, _, oui) => new Caf.Accompagnement.Cibles.MotifsDeCible([], [], [oui ? "Plus de 3 enfants" : "3 enfants ou moins"]));

    [Fact]
    public void Enregistre_catalogues_et_politique_avec_les_extensions()
    {
        var services = new ServiceCollection().AddCafAccompagnement(b => b
            .UsePolitiqueDeCiblage(Caf.Accompagnement.Cibles.PolitiqueDeCiblage.Landes2022)
            .AddCible(Locale("FAMILLES_NOMBREUSES")));
        using var fournisseur = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var politique = fournisseur.GetRequiredService<Caf.Accompagnement.Cibles.PolitiqueDeCiblage>();
        Assert.Contains(politique.Cibles, c => c.Code == "FAMILLES_NOMBREUSES");
        Assert.NotEmpty(fournisseur.GetRequiredService<Caf.Accompagnement.Aides.CatalogueDesAides>().Tous);
    }

    /// <summary>Les anciens noms (0.1.0) du constructeur, marqués obsolètes pour une version mineure, font la même chose que les nouveaux.</summary>
    [Fact]
    public void Les_anciens_noms_du_constructeur_restent_utilisables_une_version()
    {
#pragma warning disable CS0618 // Anciens noms, gardés pour une version mineure.
        var services = new ServiceCollection().AddCafAccompagnement(b => b
            .UtiliserBaremes(BaremesOfficiels.Jeu)
            .UtiliserPolitiqueDeCiblage(Caf.Accompagnement.Cibles.PolitiqueDeCiblage.Loire2020)
            .AjouterCible(Locale("FAMILLES_NOMBREUSES"))
            .ConfigurerCampagnes(p => p.JoursAvantEcheance = 11));
#pragma warning restore CS0618
        using var fournisseur = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var politique = fournisseur.GetRequiredService<Caf.Accompagnement.Cibles.PolitiqueDeCiblage>();
        Assert.Equal(["FAMILLE_PRIORITAIRE", "FAMILLES_NOMBREUSES"], politique.Cibles.Select(c => c.Code));
        Assert.Equal(11, fournisseur.GetRequiredService<Caf.Accompagnement.Droits.PolitiqueDeCampagne>().JoursAvantEcheance);
    }

    [Fact]
    public void Une_configuration_invalide_echoue_a_l_enregistrement_en_nommant_le_probleme()
    {
        var code = Caf.Accompagnement.Aides.AidesDeReference.Tous[0].Code;
        var ex = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddCafAccompagnement(b => b
            .AddTypesDAide(new SourceEnDouble())
            .AddCible(Locale("X1"))
            .AddCible(Locale("X1"))));
        Assert.Contains(code, ex.Message, StringComparison.Ordinal);
        Assert.Contains("X1", ex.Message, StringComparison.Ordinal);
    }
}

public sealed class InjectionDesCampagnesTest
{
    [Fact]
    public void Publics_et_politique_de_campagne_enregistres()
    {
        var services = new ServiceCollection().AddCafAccompagnement(b => b.ConfigureCampagnes(p => p.JoursAvantEcheance = 10));
        using var fournisseur = services.BuildServiceProvider();
        Assert.Equal(5, fournisseur.GetRequiredService<Caf.Accompagnement.Droits.CatalogueDesPublics>().Publics.Length);
        Assert.Equal(10, fournisseur.GetRequiredService<Caf.Accompagnement.Droits.PolitiqueDeCampagne>().JoursAvantEcheance);
        Assert.NotNull(fournisseur.GetRequiredService<Caf.Accompagnement.Droits.DetecteurDeRuptures>());
    }
}
