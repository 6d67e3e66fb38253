using System.Diagnostics.CodeAnalysis;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Utility;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Caf.Accompagnement;

/// <content>Les modules ouverts aux extensions : cibles de travail social et types d'aides.</content>
public sealed partial class CafAccompagnementBuilder
{
    private readonly HashSet<string> _codesDeCibles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _codesDAides = new(AidesDeReference.Tous.Select(t => t.Code), StringComparer.Ordinal);

    internal PolitiqueDeCiblage? Politique { get; private set; }

    /// <summary>Fixe la politique de ciblage de la Caf (par défaut celle de la Caf des Landes, <see cref="PolitiqueDeCiblage.Landes2022"/>).</summary>
    /// <param name="politique">La politique.</param>
    /// <returns>Ce constructeur.</returns>
    public CafAccompagnementBuilder UsePolitiqueDeCiblage(PolitiqueDeCiblage politique)
    {
        Politique = Preconditions.CheckNotNull(politique);
        return this;
    }

    /// <summary>Ajoute une cible locale, définie dans l'assemblée de l'intégrateur ; elle figure dans tous les résultats comme les cibles de la bibliothèque.</summary>
    /// <param name="cible">La cible.</param>
    /// <returns>Ce constructeur.</returns>
    /// <remarks>Deux cibles locales de même code rendent la configuration invalide (exception à l'appel d'<c>AddCafAccompagnement</c>).</remarks>
    public CafAccompagnementBuilder AddCible(ICible cible)
    {
        Preconditions.CheckNotNull(cible);
        if (!_codesDeCibles.Add(cible.Code))
        {
            Signaler($"deux cibles locales ont le code « {cible.Code} ».");
        }

        Services.AddCibleLocale(cible);
        return this;
    }

    /// <summary>Ajoute une cible locale construite par le conteneur.</summary>
    /// <typeparam name="TCible">Le type de la cible.</typeparam>
    /// <returns>Ce constructeur.</returns>
    public CafAccompagnementBuilder AddCible<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TCible>()
        where TCible : class, ICible
    {
        Services.AddCibleLocale<TCible>();
        return this;
    }

    /// <summary>Ajoute des types d'aides locaux ; ils se comportent partout comme ceux de la bibliothèque (recherche, éligibilité, budgets, bilans).</summary>
    /// <param name="source">La source de types d'aides.</param>
    /// <returns>Ce constructeur.</returns>
    /// <remarks>Un code déjà pris (par la bibliothèque ou une autre source) rend la configuration invalide : exception à l'appel
    /// d'<c>AddCafAccompagnement</c>, qui nomme le code.</remarks>
    public CafAccompagnementBuilder AddTypesDAide(ISourceDeTypesDAide source)
    {
        Preconditions.CheckNotNull(source);
        foreach (var type in source.TypesDAide)
        {
            if (!_codesDAides.Add(type.Code))
            {
                Signaler($"le type d'aide « {type.Code} » de {source.GetType().Name} a un code déjà utilisé.");
            }
        }

        Services.TryAddEnumerable(ServiceDescriptor.Singleton(source));
        return this;
    }

    /// <summary>Ajoute une source de types d'aides construite par le conteneur (doublons de codes signalés à la première résolution du catalogue).</summary>
    /// <typeparam name="TSource">Le type de la source.</typeparam>
    /// <returns>Ce constructeur.</returns>
    public CafAccompagnementBuilder AddTypesDAide<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSource>()
        where TSource : class, ISourceDeTypesDAide
    {
        Services.AddSourceDeTypesDAide<TSource>();
        return this;
    }

    private Action<ParametresDeCampagne>? _campagne;

    /// <summary>Règle les paramètres des campagnes de contact proactif (délais, capacités, motifs de suspension…).</summary>
    /// <param name="configurer">Le réglage des paramètres par défaut.</param>
    /// <returns>Ce constructeur.</returns>
    public CafAccompagnementBuilder ConfigureCampagnes(Action<ParametresDeCampagne> configurer)
    {
        _campagne = Preconditions.CheckNotNull(configurer);
        return this;
    }

    /// <summary>Ajoute un public de campagne défini par l'intégrateur (« d'autres actions proactives suivront ») ; il est
    /// détecté, expliqué, priorisé et planifié comme les publics de la bibliothèque.</summary>
    /// <typeparam name="TPublic">Le type du public.</typeparam>
    /// <returns>Ce constructeur.</returns>
    public CafAccompagnementBuilder AddPublic<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TPublic>()
        where TPublic : class, IPublicDeCampagne
    {
        Services.AddPublicDeCampagne<TPublic>();
        return this;
    }

    // Anciens noms (0.1.0), gardés une version mineure : la convention de nommage (CONTRIBUTING.md) veut les verbes .NET
    // du conteneur en anglais (Add…, Use…, Configure…), suivis du nom du domaine en français.

    /// <summary>Ancien nom de <see cref="UsePolitiqueDeCiblage"/>.</summary>
    /// <param name="politique">La politique.</param>
    /// <returns>Ce constructeur.</returns>
    [Obsolete("Utiliser UsePolitiqueDeCiblage ; ce nom sera retiré en 0.3.0.")]
    public CafAccompagnementBuilder UtiliserPolitiqueDeCiblage(PolitiqueDeCiblage politique) => UsePolitiqueDeCiblage(politique);

    /// <summary>Ancien nom de <see cref="AddCible(ICible)"/>.</summary>
    /// <param name="cible">La cible.</param>
    /// <returns>Ce constructeur.</returns>
    [Obsolete("Utiliser AddCible ; ce nom sera retiré en 0.3.0.")]
    public CafAccompagnementBuilder AjouterCible(ICible cible) => AddCible(cible);

    /// <summary>Ancien nom de <see cref="AddCible{TCible}"/>.</summary>
    /// <typeparam name="TCible">Le type de la cible.</typeparam>
    /// <returns>Ce constructeur.</returns>
    [Obsolete("Utiliser AddCible ; ce nom sera retiré en 0.3.0.")]
    public CafAccompagnementBuilder AjouterCible<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TCible>()
        where TCible : class, ICible => AddCible<TCible>();

    /// <summary>Ancien nom de <see cref="AddTypesDAide(ISourceDeTypesDAide)"/>.</summary>
    /// <param name="source">La source de types d'aides.</param>
    /// <returns>Ce constructeur.</returns>
    [Obsolete("Utiliser AddTypesDAide ; ce nom sera retiré en 0.3.0.")]
    public CafAccompagnementBuilder AjouterTypesDAide(ISourceDeTypesDAide source) => AddTypesDAide(source);

    /// <summary>Ancien nom de <see cref="AddTypesDAide{TSource}"/>.</summary>
    /// <typeparam name="TSource">Le type de la source.</typeparam>
    /// <returns>Ce constructeur.</returns>
    [Obsolete("Utiliser AddTypesDAide ; ce nom sera retiré en 0.3.0.")]
    public CafAccompagnementBuilder AjouterTypesDAide<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSource>()
        where TSource : class, ISourceDeTypesDAide => AddTypesDAide<TSource>();

    /// <summary>Ancien nom de <see cref="ConfigureCampagnes"/>.</summary>
    /// <param name="configurer">Le réglage des paramètres par défaut.</param>
    /// <returns>Ce constructeur.</returns>
    [Obsolete("Utiliser ConfigureCampagnes ; ce nom sera retiré en 0.3.0.")]
    public CafAccompagnementBuilder ConfigurerCampagnes(Action<ParametresDeCampagne> configurer) => ConfigureCampagnes(configurer);

    /// <summary>Ancien nom de <see cref="AddPublic{TPublic}"/>.</summary>
    /// <typeparam name="TPublic">Le type du public.</typeparam>
    /// <returns>Ce constructeur.</returns>
    [Obsolete("Utiliser AddPublic ; ce nom sera retiré en 0.3.0.")]
    public CafAccompagnementBuilder AjouterPublic<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TPublic>()
        where TPublic : class, IPublicDeCampagne => AddPublic<TPublic>();

    private void EnregistrerModules()
    {
        Services.AddCiblesDeTravailSocial(Politique);
        Services.AddAidesFinancieres();
        Services.AddRupturesDeDroits(_campagne);
    }
}
