using System.Collections.Frozen;
using System.Collections.Immutable;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// Le catalogue des cibles locales enregistrées par injection de dépendances (toutes les <see cref="ICible"/> du
/// conteneur), dans l'ordre d'enregistrement.
/// </summary>
/// <remarks>Deux enregistrements du même code : le dernier l'emporte, à la place du premier. Une cible locale (définie
/// hors de la bibliothèque, ou une <see cref="CibleLocale"/>) ne peut pas reprendre le code d'une cible de la
/// bibliothèque (<see cref="CodesDeLaBibliotheque"/>) : elle la remplacerait en silence.</remarks>
public sealed class CatalogueDeCibles
{
    /// <summary>Crée le catalogue.</summary>
    /// <param name="cibles">Les cibles enregistrées.</param>
    /// <exception cref="ArgumentException">Une cible est nulle, ou une cible locale reprend un code de la bibliothèque.</exception>
    public CatalogueDeCibles(IEnumerable<ICible> cibles)
    {
        var liste = new List<ICible>();
        foreach (var c in Preconditions.CheckNotNull(cibles))
        {
            Preconditions.CheckArgument(c is not null, nameof(cibles), "Une cible enregistrée est nulle.");
            Preconditions.CheckArgument(!ReprendUnCodeDeLaBibliotheque(c), nameof(cibles), CodeReserve(c).Message);
            var i = liste.FindIndex(x => x.Code == c.Code);
            if (i >= 0)
            {
                liste[i] = c;
            }
            else
            {
                liste.Add(c);
            }
        }

        Cibles = [.. liste];
    }

    /// <summary>Les cibles, dans l'ordre d'enregistrement.</summary>
    public ImmutableArray<ICible> Cibles { get; }

    /// <summary>
    /// Les codes des cibles que fournit la bibliothèque : <c>RSA_MONOPARENT</c>, <c>PARENTS_SEULS</c>,
    /// <c>FAMILLE_PRIORITAIRE</c> et <c>EVENEMENT_</c> suivi du code de chaque <see cref="Foyers.TypeEvenement"/>.
    /// </summary>
    public static IReadOnlySet<string> CodesDeLaBibliotheque { get; } = new HashSet<string>(
        [CibleRsaMonoparent.CodeCible, CibleParentsSeuls.CodeCible, CibleFamillePrioritaire.CodeCible, .. Foyers.TypeEvenement.Toutes.Select(CibleEvenementDeVie.CodePour)],
        StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// <see langword="true"/> si une cible locale (une <see cref="CibleLocale"/>, une <see cref="CibleEnColonnes"/>, ou un type défini hors de la
    /// bibliothèque) porte le code d'une cible de la bibliothèque.
    /// </summary>
    /// <param name="cible">La cible.</param>
    /// <returns>Le résultat.</returns>
    public static bool ReprendUnCodeDeLaBibliotheque(ICible cible) =>
        Preconditions.CheckNotNull(cible) is var c
        && CodesDeLaBibliotheque.Contains(c.Code)
        && (c is CibleLocale or CibleEnColonnes || c.GetType().Assembly != typeof(ICible).Assembly);

    internal static Erreur CodeReserve(ICible cible) =>
        new("ciblage.cible.code_reserve", "code", cible.Code,
            $"Le code « {cible.Code} » est celui d'une cible de la bibliothèque : une cible locale prend un code qui lui est propre (par exemple préfixé par la Caf).");

    /// <summary>Les codes connus : ceux de la bibliothèque et ceux des cibles du catalogue.</summary>
    public IReadOnlySet<string> CodesConnus => CodesDeLaBibliotheque.Concat(Cibles.Select(c => c.Code)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Essaie de retrouver une cible par son code.</summary>
    /// <param name="code">Le code.</param>
    /// <param name="cible">La cible.</param>
    /// <returns><see langword="true"/> si le catalogue contient la cible.</returns>
    public bool TryGetValue(string? code, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ICible cible)
    {
        cible = Cibles.FirstOrDefault(c => c.Code == code);
        return cible is not null;
    }

    /// <summary>La politique de base complétée par les cibles du catalogue (à la place d'une cible de même code).</summary>
    /// <param name="politique">La politique de base.</param>
    /// <returns>La politique complétée.</returns>
    public PolitiqueDeCiblage Completer(PolitiqueDeCiblage politique)
    {
        var resultat = Preconditions.CheckNotNull(politique);
        foreach (var c in Cibles)
        {
            resultat = resultat.Avec(c);
        }

        return resultat;
    }
}
