using System.Diagnostics.CodeAnalysis;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Utility;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Caf.Accompagnement.Cibles;

/// <summary>Enregistrement des cibles de travail social dans un conteneur d'injection de dépendances.</summary>
/// <remarks>
/// <para><see cref="AddCiblesDeTravailSocial"/> enregistre le <see cref="JeuDeBaremes"/> officiel (si aucun autre ne
/// l'est), le <see cref="CatalogueDeCibles"/> des cibles locales et la <see cref="PolitiqueDeCiblage"/> de la Caf :
/// la politique de base, complétée de toutes les cibles <see cref="ICible"/> enregistrées
/// (<see cref="AddCibleLocale(IServiceCollection, ICible)"/>). Appelée plusieurs fois, la dernière politique de base
/// l'emporte.</para>
/// </remarks>
public static class CiblesServiceCollectionExtensions
{
    /// <summary>Enregistre la politique de ciblage et le catalogue des cibles locales.</summary>
    /// <param name="services">Le conteneur.</param>
    /// <param name="politique">La politique de base de la Caf (défaut : <see cref="PolitiqueDeCiblage.Landes2022"/>).</param>
    /// <returns>Le conteneur.</returns>
    public static IServiceCollection AddCiblesDeTravailSocial(this IServiceCollection services, PolitiqueDeCiblage? politique = null)
    {
        Preconditions.CheckNotNull(services);
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(PolitiqueDeBase))
            {
                services.RemoveAt(i);
            }
        }

        services.AddSingleton(new PolitiqueDeBase(politique ?? PolitiqueDeCiblage.Landes2022));
        services.TryAddSingleton(BaremesOfficiels.Jeu);
        services.TryAddSingleton(sp => new CatalogueDeCibles(sp.GetServices<ICible>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<CatalogueDeCibles>().Completer(sp.GetRequiredService<PolitiqueDeBase>().Politique));
        return services;
    }

    /// <summary>Enregistre une cible locale (instance) ; elle s'ajoute à la politique de ciblage enregistrée.</summary>
    /// <param name="services">Le conteneur.</param>
    /// <param name="cible">La cible.</param>
    /// <returns>Le conteneur.</returns>
    public static IServiceCollection AddCibleLocale(this IServiceCollection services, ICible cible)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(cible);
        services.AddSingleton(cible);
        return services;
    }

    /// <summary>Enregistre une cible locale par son type (construite par le conteneur, une seule fois par type).</summary>
    /// <typeparam name="TCible">Le type de la cible.</typeparam>
    /// <param name="services">Le conteneur.</param>
    /// <returns>Le conteneur.</returns>
    public static IServiceCollection AddCibleLocale<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TCible>(this IServiceCollection services)
        where TCible : class, ICible
    {
        Preconditions.CheckNotNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICible, TCible>());
        return services;
    }

    private sealed record PolitiqueDeBase(PolitiqueDeCiblage Politique);
}
