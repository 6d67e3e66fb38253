using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Ruptures;

/// <summary>
/// Le catalogue des publics d'une campagne de contacts : les publics intégrés et ceux qu'un intégrateur ajoute depuis
/// son propre assemblage (injection de dépendances), traités à l'identique.
/// </summary>
/// <remarks>Invariant : codes uniques. Ordre : gravité décroissante, puis code.</remarks>
public sealed class CatalogueDesPublics
{
    /// <summary>Crée un catalogue.</summary>
    /// <param name="publics">Les publics (codes uniques).</param>
    /// <exception cref="ArgumentException">Un public est nul, sans code, ou deux publics ont le même code.</exception>
    public CatalogueDesPublics(IEnumerable<IPublicDeCampagne> publics)
    {
        var liste = Preconditions.CheckNotNull(publics).ToList();
        Preconditions.CheckArgument(liste.TrueForAll(p => p is not null && !string.IsNullOrWhiteSpace(p.Code) && p.Gravite is not null && p.Intervenant is not null), nameof(publics), "Chaque public a un code, une gravité et un intervenant.");
        var doublon = liste.GroupBy(p => p.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(doublon is null, nameof(publics), $"Code de public en double : « {doublon?.Key} ».");
        Publics = [.. liste.OrderByDescending(p => p.Gravite.Rang).ThenBy(p => p.Code, StringComparer.Ordinal)];
    }

    /// <summary>Les publics, par gravité décroissante puis par code.</summary>
    public ImmutableArray<IPublicDeCampagne> Publics { get; }

    /// <summary>Le catalogue des cinq publics intégrés : rupture consommée, suspension faute de pièce, échéance proche,
    /// famille prioritaire, accueil physique.</summary>
    /// <param name="familles">Le repérage des familles prioritaires ; par défaut <see cref="FamillesPrioritairesParCible"/>.</param>
    /// <returns>Le catalogue.</returns>
    public static CatalogueDesPublics ParDefaut(IFamillesPrioritaires? familles = null) =>
        new(PublicsIntegres(familles ?? new FamillesPrioritairesParCible()));

    /// <summary>Les publics intégrés.</summary>
    /// <param name="familles">Le repérage des familles prioritaires.</param>
    /// <returns>Les cinq publics intégrés.</returns>
    public static IEnumerable<IPublicDeCampagne> PublicsIntegres(IFamillesPrioritaires familles) =>
    [
        new PublicRuptureConsommee(),
        new PublicSuspensionPieceManquante(),
        new PublicEcheanceProche(),
        new PublicFamillesPrioritaires(Preconditions.CheckNotNull(familles)),
        new PublicAccueilPhysique(),
    ];

    /// <summary>Cherche un public par son code.</summary>
    /// <param name="code">Le code.</param>
    /// <param name="public">Le public trouvé.</param>
    /// <returns><see langword="true"/> si le code est connu.</returns>
    public bool TryGetValue(string code, [MaybeNullWhen(false)] out IPublicDeCampagne @public)
    {
        foreach (var p in Publics)
        {
            if (string.Equals(p.Code, code, StringComparison.Ordinal))
            {
                @public = p;
                return true;
            }
        }

        @public = null;
        return false;
    }
}
