using System.Diagnostics.CodeAnalysis;
using Caf.Accompagnement.Utility;
using OneOf;

namespace Caf.Accompagnement;

/// <summary>
/// Le résultat d'une opération sur des données d'entrée : la valeur obtenue, ou toutes les erreurs trouvées.
/// </summary>
/// <typeparam name="T">Le type de la valeur en cas de succès.</typeparam>
/// <remarks>
/// <para>Les échecs attendus (donnée mal formée, règle métier non respectée) sont des valeurs, jamais des exceptions.
/// Comme tout <see cref="OneOfBase{T0, T1}"/>, on le consomme par <c>Match</c>/<c>Switch</c>, ou par
/// <see cref="TryGetValue(out T)"/> et <see cref="GetValueOrThrow"/> (sur le modèle de <c>NodaTime.Text.ParseResult</c>).</para>
/// <para>Ne pas stocker un résultat dans un champ ou un DTO : stocker la valeur, ou les erreurs.</para>
/// </remarks>
public sealed class Resultat<T> : OneOfBase<T, Erreurs>
    where T : notnull
{
    private Resultat(OneOf<T, Erreurs> valeur)
        : base(valeur)
    {
    }

    /// <summary><see langword="true"/> si l'opération a réussi.</summary>
    public bool Reussi => IsT0;

    /// <summary>La valeur obtenue.</summary>
    /// <exception cref="InvalidOperationException">Le résultat est un échec (le message liste les erreurs).</exception>
    public T Valeur => GetValueOrThrow();

    /// <summary>Les erreurs, ou une liste vide en cas de succès.</summary>
    public IReadOnlyList<Erreur> Erreurs => IsT1 ? AsT1 : Array.Empty<Erreur>();

    /// <summary>Un succès.</summary>
    /// <param name="valeur">La valeur obtenue.</param>
    /// <returns>Le résultat.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="valeur"/> est nulle.</exception>
    public static Resultat<T> Succes(T valeur) => valeur is null ? throw new ArgumentNullException(nameof(valeur)) : new(valeur);

    /// <summary>Un échec.</summary>
    /// <param name="erreurs">Les erreurs trouvées.</param>
    /// <returns>Le résultat.</returns>
    public static Resultat<T> Echec(Erreurs erreurs) => new(Preconditions.CheckNotNull(erreurs));

    /// <summary>Un échec sur une seule erreur.</summary>
    /// <param name="erreur">L'erreur trouvée.</param>
    /// <returns>Le résultat.</returns>
    public static Resultat<T> Echec(Erreur erreur) => new(new Erreurs(Preconditions.CheckNotNull(erreur)));

    /// <summary>Un échec sur une liste d'erreurs non vide.</summary>
    /// <param name="erreurs">Les erreurs trouvées (au moins une).</param>
    /// <returns>Le résultat.</returns>
    public static Resultat<T> Echec(IEnumerable<Erreur> erreurs) => new(new Erreurs(erreurs));

    /// <summary>Convertit une valeur en succès.</summary>
    /// <param name="valeur">La valeur.</param>
    public static implicit operator Resultat<T>(T valeur) => Succes(valeur);

    /// <summary>Convertit des erreurs en échec.</summary>
    /// <param name="erreurs">Les erreurs.</param>
    public static implicit operator Resultat<T>(Erreurs erreurs) => Echec(erreurs);

    /// <summary>Obtient la valeur si l'opération a réussi.</summary>
    /// <param name="valeur">La valeur, ou <see langword="default"/> en cas d'échec.</param>
    /// <returns><see langword="true"/> en cas de succès.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T valeur)
    {
        if (IsT0)
        {
            valeur = AsT0;
            return true;
        }

        valeur = default;
        return false;
    }

    /// <summary>La valeur obtenue, ou une exception qui liste les erreurs.</summary>
    /// <returns>La valeur.</returns>
    /// <exception cref="InvalidOperationException">Le résultat est un échec.</exception>
    public T GetValueOrThrow() =>
        IsT0 ? AsT0 : throw new InvalidOperationException("L'opération a échoué :" + Environment.NewLine + AsT1);

    /// <summary>Transforme la valeur en cas de succès ; propage les erreurs sinon.</summary>
    /// <typeparam name="TResult">Le type du nouveau résultat.</typeparam>
    /// <param name="selecteur">La transformation.</param>
    /// <returns>Le nouveau résultat.</returns>
    public Resultat<TResult> Select<TResult>(Func<T, TResult> selecteur)
        where TResult : notnull
    {
        Preconditions.CheckNotNull(selecteur);
        return IsT0 ? Resultat<TResult>.Succes(selecteur(AsT0)) : Resultat<TResult>.Echec(AsT1);
    }

    /// <summary>Enchaîne une opération qui peut échouer ; propage les erreurs sinon.</summary>
    /// <typeparam name="TResult">Le type du nouveau résultat.</typeparam>
    /// <param name="suite">L'opération suivante.</param>
    /// <returns>Le nouveau résultat.</returns>
    public Resultat<TResult> Bind<TResult>(Func<T, Resultat<TResult>> suite)
        where TResult : notnull
    {
        Preconditions.CheckNotNull(suite);
        return IsT0 ? suite(AsT0) : Resultat<TResult>.Echec(AsT1);
    }

    /// <summary>Forme lisible : la valeur, ou les erreurs.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => IsT0 ? $"Succès : {AsT0}" : $"Échec :{Environment.NewLine}{AsT1}";
}
