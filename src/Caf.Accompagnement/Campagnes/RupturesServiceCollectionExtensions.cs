using System.Diagnostics.CodeAnalysis;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Caf.Accompagnement.Campagnes;

/// <summary>Enregistrement de la détection des ruptures de droits et des campagnes de contacts dans un conteneur d'injection de dépendances.</summary>
public static class RupturesServiceCollectionExtensions
{
    /// <summary>
    /// Enregistre la politique de campagne, les publics intégrés, le catalogue des publics, le repérage par défaut des
    /// familles prioritaires, le détecteur et le planificateur. Sans effet la seconde fois (<c>TryAdd</c>) ; un
    /// <see cref="IFamillesPrioritaires"/> ou un <see cref="IAffectationTerritoriale"/> enregistré par l'hôte l'emporte.
    /// </summary>
    /// <param name="services">Les services.</param>
    /// <param name="configurer">Configure les paramètres de campagne de la Caf.</param>
    /// <returns>Les services.</returns>
    /// <remarks>Le planificateur demande un <see cref="IAffectationTerritoriale"/> : par défaut
    /// <see cref="AffectationParCarte"/> sur la <see cref="CarteDesSecteurs"/> enregistrée dans le conteneur ; celui
    /// qu'enregistre l'hôte l'emporte.</remarks>
    /// <exception cref="InvalidOperationException">À la résolution : paramètres invalides (le message liste les erreurs).</exception>
    public static IServiceCollection AddRupturesDeDroits(this IServiceCollection services, Action<ParametresDeCampagne>? configurer = null)
    {
        Preconditions.CheckNotNull(services);
        services.TryAddSingleton(_ =>
        {
            var parametres = new ParametresDeCampagne();
            configurer?.Invoke(parametres);
            return PolitiqueDeCampagne.Create(parametres).GetValueOrThrow();
        });
        services.TryAddSingleton<IFamillesPrioritaires>(_ => new FamillesPrioritairesParCible());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPublicDeCampagne, PublicRuptureConsommee>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPublicDeCampagne, PublicSuspensionPieceManquante>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPublicDeCampagne, PublicEcheanceProche>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPublicDeCampagne, PublicFamillesPrioritaires>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPublicDeCampagne, PublicAccueilPhysique>());
        services.TryAddSingleton(sp => new CatalogueDesPublics(sp.GetServices<IPublicDeCampagne>()));
        services.TryAddSingleton(sp => new DetecteurDeRuptures(sp.GetRequiredService<CatalogueDesPublics>(), sp.GetRequiredService<PolitiqueDeCampagne>()));
        services.TryAddSingleton<IAffectationTerritoriale>(sp => sp.GetService<CarteDesSecteurs>() is { } carte
            ? new AffectationParCarte(carte)
            : throw new InvalidOperationException("Le planificateur de campagne affecte les contacts par secteur : enregistrer une CarteDesSecteurs (affectation par défaut) ou un IAffectationTerritoriale."));
        services.TryAddSingleton(sp => new PlanificateurDeCampagne(sp.GetRequiredService<DetecteurDeRuptures>(), sp.GetRequiredService<IAffectationTerritoriale>()));
        return services;
    }

    /// <summary>Ajoute un public de campagne défini dans l'assemblage de l'intégrateur ; il est traité comme les publics intégrés.</summary>
    /// <typeparam name="T">Le type du public (construit par le conteneur).</typeparam>
    /// <param name="services">Les services.</param>
    /// <returns>Les services.</returns>
    public static IServiceCollection AddPublicDeCampagne<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(this IServiceCollection services)
        where T : class, IPublicDeCampagne
    {
        Preconditions.CheckNotNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPublicDeCampagne, T>());
        return services;
    }
}
