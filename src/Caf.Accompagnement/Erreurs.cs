using System.Collections;
using System.Collections.Immutable;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement;

/// <summary>Une liste non vide d'<see cref="Erreur"/>, dans l'ordre où elles ont été trouvées.</summary>
/// <remarks>
/// <para>Une validation rapporte toutes ses erreurs en une fois ; cette liste n'est jamais vide.</para>
/// <para>Un import de fichier (CSV) garde au plus <see cref="MaximumParImport"/> erreurs, suivies d'une erreur
/// <c>{module}.erreurs.nombre</c> qui dit que la liste est coupée : un fichier entièrement faux ne produit pas des
/// millions d'erreurs.</para>
/// </remarks>
public sealed class Erreurs : IReadOnlyList<Erreur>, IEquatable<Erreurs>
{
    /// <summary>
    /// Le nombre maximal d'erreurs gardées par un import de fichier : au-delà, la lecture s'arrête et une dernière
    /// erreur <c>{module}.erreurs.nombre</c> (sans ligne) signale que la liste est coupée.
    /// </summary>
    public const int MaximumParImport = 1000;

    private readonly ImmutableArray<Erreur> _erreurs;

    /// <summary>Crée une liste d'erreurs.</summary>
    /// <param name="erreurs">Les erreurs, au moins une.</param>
    /// <exception cref="ArgumentException">La liste est vide ou contient <see langword="null"/>.</exception>
    public Erreurs(IEnumerable<Erreur> erreurs)
    {
        Preconditions.CheckNotNull(erreurs);
        _erreurs = [.. erreurs];
        Preconditions.CheckArgument(_erreurs.Length > 0, nameof(erreurs), "Une liste d'erreurs n'est jamais vide.");
        Preconditions.CheckArgument(!_erreurs.Contains(null!), nameof(erreurs), "Une erreur ne peut être nulle.");
    }

    /// <summary>Crée une liste d'erreurs.</summary>
    /// <param name="erreurs">Les erreurs, au moins une.</param>
    /// <exception cref="ArgumentException">La liste est vide.</exception>
    public Erreurs(params Erreur[] erreurs)
        : this((IEnumerable<Erreur>)erreurs)
    {
    }

    /// <inheritdoc/>
    public int Count => _erreurs.Length;

    /// <inheritdoc/>
    public Erreur this[int index] => _erreurs[index];

    /// <summary>Concatène deux listes d'erreurs.</summary>
    /// <param name="autres">Les erreurs à ajouter à la suite.</param>
    /// <returns>Une nouvelle liste.</returns>
    public Erreurs Ajouter(Erreurs autres) => new(_erreurs.AddRange(Preconditions.CheckNotNull(autres)._erreurs));

    /// <summary>Les mêmes erreurs, toutes situées à une ligne d'un fichier.</summary>
    /// <param name="ligne">Numéro de ligne, à partir de 1.</param>
    /// <returns>Une nouvelle liste.</returns>
    public Erreurs ALigne(int ligne) => new(_erreurs.Select(e => e.ALigne(ligne)));

    /// <inheritdoc/>
    public IEnumerator<Erreur> GetEnumerator() => ((IEnumerable<Erreur>)_erreurs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(Erreurs? other) => other is not null && _erreurs.SequenceEqual(other._erreurs);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Erreurs);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var e in _erreurs)
        {
            hash.Add(e);
        }

        return hash.ToHashCode();
    }

    /// <summary>Les erreurs, une par ligne.</summary>
    /// <returns>Le texte des erreurs.</returns>
    public override string ToString() => string.Join(Environment.NewLine, _erreurs);
}
