using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
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
    /// <exception cref="ArgumentException">Deux types ont le même code.</exception>
    public CatalogueDesAides(IEnumerable<ISourceDeTypesDAide> sources)
        : this(Valider(sources))
    {
    }

    /// <summary>Tous les types, dans l'ordre des sources.</summary>
    public ImmutableArray<TypeDAide> Tous { get; }

    /// <summary>Le catalogue des seuls types fournis par la bibliothèque.</summary>
    public static CatalogueDesAides Reference { get; } = new([new AidesDeReference()]);

    /// <summary>Crée un catalogue à partir de types, en rapportant les doublons.</summary>
    /// <param name="types">Les types.</param>
    /// <returns>Le catalogue, ou les erreurs <c>aides.catalogue.doublon</c>.</returns>
    public static Resultat<CatalogueDesAides> Create(IEnumerable<TypeDAide> types)
    {
        var liste = Preconditions.CheckNotNull(types).ToImmutableArray();
        var erreurs = liste.GroupBy(t => t.Code, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => new Erreur("aides.catalogue.doublon", "code", g.Key, "Deux types d'aides ont le même code."))
            .ToList();
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

    private static ImmutableArray<TypeDAide> Valider(IEnumerable<ISourceDeTypesDAide> sources)
    {
        var r = Create(Preconditions.CheckNotNull(sources).SelectMany(s => s.TypesDAide));
        return r.TryGetValue(out var c) ? c.Tous : throw new ArgumentException(r.ToString(), nameof(sources));
    }
}
