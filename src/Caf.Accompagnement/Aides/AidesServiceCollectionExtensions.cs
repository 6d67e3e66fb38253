using System.Diagnostics.CodeAnalysis;
using Caf.Accompagnement.Utility;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Caf.Accompagnement.Aides;

/// <summary>Enregistrement du module des aides financières individuelles dans un conteneur d'injection de dépendances.</summary>
public static class AidesServiceCollectionExtensions
{
    /// <summary>
    /// Enregistre le catalogue des aides (<see cref="CatalogueDesAides"/>, singleton) et la source des types fournis
    /// (<see cref="AidesDeReference"/>). Sans effet si déjà fait.
    /// </summary>
    /// <param name="services">Les services.</param>
    /// <returns>Les mêmes services.</returns>
    public static IServiceCollection AddAidesFinancieres(this IServiceCollection services)
    {
        Preconditions.CheckNotNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceDeTypesDAide, AidesDeReference>());
        services.TryAddSingleton(sp => new CatalogueDesAides(sp.GetServices<ISourceDeTypesDAide>()));
        return services;
    }

    /// <summary>
    /// Ajoute une source de types d'aides d'un intégrateur (définie dans son propre assemblage) et enregistre le
    /// catalogue. Ajouter deux fois la même source est sans effet.
    /// </summary>
    /// <typeparam name="TSource">Le type de la source, construit par le conteneur.</typeparam>
    /// <param name="services">Les services.</param>
    /// <returns>Les mêmes services.</returns>
    public static IServiceCollection AddSourceDeTypesDAide<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSource>(this IServiceCollection services)
        where TSource : class, ISourceDeTypesDAide
    {
        Preconditions.CheckNotNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceDeTypesDAide, TSource>());
        return services.AddAidesFinancieres();
    }
}
