using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Caf.Accompagnement.Cibles;
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
        services.TryAddSingleton(sp => new CatalogueDesAides(sp.GetServices<ISourceDeTypesDAide>(), CodesDeCibles(sp)));
        return services;
    }

    /// <summary>Les codes de cibles connus du conteneur : ceux de la bibliothèque, des cibles locales et de la politique enregistrée.</summary>
    private static FrozenSet<string> CodesDeCibles(IServiceProvider sp) =>
        CatalogueDeCibles.CodesDeLaBibliotheque
            .Concat(sp.GetServices<ICible>().Select(c => c.Code))
            .Concat(sp.GetService<PolitiqueDeCiblage>()?.Cibles.Select(c => c.Code) ?? [])
            .ToFrozenSet(StringComparer.Ordinal);

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
