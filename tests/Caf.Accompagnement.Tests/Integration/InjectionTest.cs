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
        var services = new ServiceCollection().AddCafAccompagnement(b => b.UtiliserBaremes(jeu));
        using var fournisseur = services.BuildServiceProvider();
        Assert.Same(jeu, fournisseur.GetRequiredService<JeuDeBaremes>());
    }
}
