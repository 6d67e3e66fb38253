using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Utility;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Caf.Accompagnement;

/// <summary>Enregistrement de Caf.Accompagnement dans un conteneur d'injection de dépendances.</summary>
public static class CafAccompagnementServiceCollectionExtensions
{
    /// <summary>
    /// Enregistre les services de la bibliothèque : barèmes officiels (<see cref="JeuDeBaremes"/>), horloge
    /// (<see cref="IClock"/>, <see cref="SystemClock.Instance"/> sauf si l'hôte en a déjà enregistré une, par exemple une
    /// <c>FakeClock</c>), catalogue des cibles et politique de ciblage (<c>Cibles.CatalogueDeCibles</c>,
    /// <c>Cibles.PolitiqueDeCiblage</c>), catalogue des aides (<c>Aides.CatalogueDesAides</c>), publics et politique des campagnes de contact
    /// (<c>Droits.CatalogueDesPublics</c>, <c>Droits.PolitiqueDeCampagne</c>, <c>Droits.DetecteurDeRuptures</c> ; le
    /// planificateur demande en plus une <c>Droits.IAffectationTerritoriale</c> fournie par l'hôte), et les extensions
    /// configurées par <paramref name="configurer"/>.
    /// </summary>
    /// <param name="services">La collection de services.</param>
    /// <param name="configurer">Configuration facultative (barèmes, extensions des intégrateurs).</param>
    /// <returns>La même collection, pour chaîner.</returns>
    /// <remarks>Idempotent : un second appel n'enregistre rien en double (<c>TryAdd*</c>). La configuration est vérifiée
    /// à l'appel : une configuration invalide lève immédiatement une exception qui nomme le problème.</remarks>
    /// <exception cref="InvalidOperationException">La configuration est invalide.</exception>
    public static IServiceCollection AddCafAccompagnement(this IServiceCollection services, Action<CafAccompagnementBuilder>? configurer = null)
    {
        Preconditions.CheckNotNull(services);
        var builder = new CafAccompagnementBuilder(services);
        configurer?.Invoke(builder);
        builder.Valider();
        services.TryAddSingleton(builder.Baremes ?? BaremesOfficiels.Jeu);
        builder.Enregistrer();
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        return services;
    }
}

/// <summary>Configuration de Caf.Accompagnement dans un conteneur : barèmes et extensions des intégrateurs.</summary>
public sealed partial class CafAccompagnementBuilder
{
    private readonly List<string> _problemes = [];

    internal CafAccompagnementBuilder(IServiceCollection services) => Services = services;

    /// <summary>La collection de services, pour des enregistrements supplémentaires.</summary>
    public IServiceCollection Services { get; }

    internal JeuDeBaremes? Baremes { get; private set; }

    /// <summary>Remplace les barèmes officiels (par exemple un SMIC plus récent chargé d'un fichier).</summary>
    /// <param name="baremes">Le jeu de barèmes.</param>
    /// <returns>Ce constructeur.</returns>
    public CafAccompagnementBuilder UseBaremes(JeuDeBaremes baremes)
    {
        Baremes = Preconditions.CheckNotNull(baremes);
        Services.RemoveAll<JeuDeBaremes>();
        return this;
    }

    /// <summary>Ancien nom de <see cref="UseBaremes"/>.</summary>
    /// <param name="baremes">Le jeu de barèmes.</param>
    /// <returns>Ce constructeur.</returns>
    [Obsolete("Utiliser UseBaremes ; ce nom sera retiré en 0.3.0.")]
    public CafAccompagnementBuilder UtiliserBaremes(JeuDeBaremes baremes) => UseBaremes(baremes);

    internal void Signaler(string probleme) => _problemes.Add(probleme);

    internal void Enregistrer() => EnregistrerModules();

    internal void Valider()
    {
        if (_problemes.Count > 0)
        {
            throw new InvalidOperationException("Configuration de Caf.Accompagnement invalide :" + Environment.NewLine + string.Join(Environment.NewLine, _problemes.Select(p => "- " + p)));
        }
    }
}
