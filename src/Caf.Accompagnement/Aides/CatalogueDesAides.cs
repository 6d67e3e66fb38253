using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Aides;

/// <summary>
/// Une source de types d'aides : les types fournis par la bibliothèque (<see cref="AidesDeReference"/>) ou ceux qu'une
/// Caf définit dans son propre assemblage. Les sources sont enregistrées par injection de dépendances
/// (<see cref="AidesServiceCollectionExtensions.AddSourceDeTypesDAide{TSource}"/>).
/// </summary>
public interface ISourceDeTypesDAide
{
    /// <summary>Les types d'aides de la source.</summary>
    IEnumerable<TypeDAide> TypesDAide { get; }
}

/// <summary>
/// Le catalogue des types d'aides d'une Caf : l'union de ses sources, recherche par code.
/// </summary>
/// <remarks>
/// <para>Invariant : un code n'apparaît qu'une fois, toutes sources confondues (un doublon est une erreur de
/// configuration, refusée à la construction). Les types d'un intégrateur sont servis exactement comme les types
/// fournis.</para>
/// <para>Immuable, donc sûr entre threads.</para>
/// </remarks>
public sealed class CatalogueDesAides
{
    private readonly FrozenDictionary<string, TypeDAide> _parCode;

    private CatalogueDesAides(ImmutableArray<TypeDAide> types)
    {
        Tous = types;
        _parCode = types.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
    }

    /// <summary>Crée le catalogue à partir de ses sources (constructeur utilisé par l'injection de dépendances).</summary>
    /// <param name="sources">Les sources de types d'aides.</param>
    /// <exception cref="ArgumentException">Deux types ont le même code, ou une condition <see cref="CibleRequise"/> cite
    /// un code qui n'est pas celui d'une cible de la bibliothèque (<see cref="CatalogueDeCibles.CodesDeLaBibliotheque"/>).</exception>
    public CatalogueDesAides(IEnumerable<ISourceDeTypesDAide> sources)
        : this(Valider(sources, CatalogueDeCibles.CodesDeLaBibliotheque))
    {
    }

    /// <summary>Crée le catalogue à partir de ses sources, avec les codes des cibles connues de la Caf.</summary>
    /// <param name="sources">Les sources de types d'aides.</param>
    /// <param name="codesDeCibles">Les codes des cibles connues (bibliothèque et cibles locales, par exemple
    /// <see cref="CatalogueDeCibles.CodesConnus"/>).</param>
    /// <exception cref="ArgumentException">Deux types ont le même code, ou une condition cite une cible inconnue (le message la nomme).</exception>
    public CatalogueDesAides(IEnumerable<ISourceDeTypesDAide> sources, IReadOnlySet<string> codesDeCibles)
        : this(Valider(sources, codesDeCibles))
    {
    }

    /// <summary>Tous les types, dans l'ordre des sources.</summary>
    public ImmutableArray<TypeDAide> Tous { get; }

    /// <summary>Le catalogue des seuls types fournis par la bibliothèque.</summary>
    public static CatalogueDesAides Reference { get; } = new([new AidesDeReference()]);

    /// <summary>Crée un catalogue à partir de types, en rapportant les doublons et les cibles inconnues (les codes admis
    /// sont ceux des cibles de la bibliothèque, <see cref="CatalogueDeCibles.CodesDeLaBibliotheque"/>).</summary>
    /// <param name="types">Les types.</param>
    /// <returns>Le catalogue, ou les erreurs <c>aides.catalogue.doublon</c>, <c>aides.cible.inconnue</c>.</returns>
    public static Resultat<CatalogueDesAides> Create(IEnumerable<TypeDAide> types) => Create(types, CatalogueDeCibles.CodesDeLaBibliotheque);

    /// <summary>Crée un catalogue à partir de types, en rapportant les doublons et les cibles inconnues.</summary>
    /// <param name="types">Les types.</param>
    /// <param name="codesDeCibles">Les codes des cibles connues de la Caf (bibliothèque et cibles locales).</param>
    /// <returns>Le catalogue, ou les erreurs <c>aides.catalogue.doublon</c> et <c>aides.cible.inconnue</c> (une par code
    /// inconnu d'une condition <see cref="CibleRequise"/>, champ <c>CODE_AIDE.eligibilite</c>, valeur : le code de cible).</returns>
    /// <remarks>Une aide réservée à une cible qu'aucune cible ne porte ne pourrait jamais être accordée : c'est une erreur
    /// de configuration, refusée à l'enregistrement.</remarks>
    public static Resultat<CatalogueDesAides> Create(IEnumerable<TypeDAide> types, IReadOnlySet<string> codesDeCibles)
    {
        var liste = Preconditions.CheckNotNull(types).ToImmutableArray();
        Preconditions.CheckNotNull(codesDeCibles);
        var erreurs = liste.GroupBy(t => t.Code, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => new Erreur("aides.catalogue.doublon", "code", g.Key, "Deux types d'aides ont le même code."))
            .ToList();
        foreach (var type in liste)
        {
            foreach (var code in type.Conditions.OfType<CibleRequise>().SelectMany(c => c.Codes).Where(c => !codesDeCibles.Contains(c)).Distinct(StringComparer.Ordinal))
            {
                erreurs.Add(new Erreur("aides.cible.inconnue", $"{type.Code}.eligibilite", code, $"L'aide « {type.Code} » exige la cible « {code} », qu'aucune cible connue ne porte."));
            }
        }

        return erreurs.Count > 0 ? Resultat<CatalogueDesAides>.Echec(erreurs) : new CatalogueDesAides(liste);
    }

    /// <summary>Essaie de retrouver un type par son code.</summary>
    /// <param name="code">Le code.</param>
    /// <param name="type">Le type trouvé.</param>
    /// <returns><see langword="true"/> si le code est connu.</returns>
    public bool TryGetValue(string? code, [MaybeNullWhen(false)] out TypeDAide type)
    {
        if (code is null)
        {
            type = null;
            return false;
        }

        return _parCode.TryGetValue(code.Trim(), out type);
    }

    /// <summary>Retrouve un type par son code (donnée d'entrée).</summary>
    /// <param name="code">Le code.</param>
    /// <param name="champ">Le nom du champ, pour l'erreur.</param>
    /// <returns>Le type, ou l'erreur <c>aides.type.inconnu</c>.</returns>
    public Resultat<TypeDAide> Create(string? code, string champ = "type_aide") =>
        TryGetValue(code, out var type)
            ? type
            : Resultat<TypeDAide>.Echec(new Erreur("aides.type.inconnu", champ, code, "Type d'aide inconnu du catalogue de la Caf."));

    /// <summary>Les types d'une catégorie.</summary>
    /// <param name="categorie">La catégorie.</param>
    /// <returns>Les types, dans l'ordre du catalogue.</returns>
    public IEnumerable<TypeDAide> DeLaCategorie(CategorieAide categorie) => Tous.Where(t => t.Categorie == categorie);

    private static ImmutableArray<TypeDAide> Valider(IEnumerable<ISourceDeTypesDAide> sources, IReadOnlySet<string> codesDeCibles)
    {
        var r = Create(Preconditions.CheckNotNull(sources).SelectMany(s => s.TypesDAide), codesDeCibles);
        return r.TryGetValue(out var c) ? c.Tous : throw new ArgumentException(r.ToString(), nameof(sources));
    }
}
