using System.Collections.Frozen;
using Ardalis.SmartEnum;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement;

/// <summary>Une énumération fermée du domaine qui connaît explicitement toutes ses valeurs.</summary>
/// <typeparam name="TSelf">Le type de l'énumération.</typeparam>
public interface IEnumerationCaf<TSelf>
    where TSelf : EnumerationCaf<TSelf>, IEnumerationCaf<TSelf>
{
    /// <summary>Toutes les valeurs, dans l'ordre de déclaration. Liste explicite : elle survit au découpage (trimming/AOT).</summary>
    static abstract IReadOnlyList<TSelf> Toutes { get; }

    /// <summary>Nom de l'énumération pour les messages d'erreur (« état du droit RSA »).</summary>
    static abstract string NomDuType { get; }
}

/// <summary>
/// Base des ensembles fermés du domaine (prestations, codes Caf, statuts, événements) : un
/// <see cref="SmartEnum{TEnum, TValue}"/> dont la valeur est un code stable, avec un libellé français et des recherches
/// par code qui ne reposent pas sur la réflexion.
/// </summary>
/// <typeparam name="TSelf">Le type de l'énumération.</typeparam>
/// <remarks>
/// <para>Ardalis.SmartEnum 2.1 retrouve ses valeurs par réflexion sur les champs du type (<c>List</c>,
/// <c>FromValue</c>, <c>FromName</c>) : dans une application découpée (trimming, AOT), cette liste peut être vide.
/// Utiliser ici <see cref="IEnumerationCaf{TSelf}.Toutes"/>, <see cref="Create(string?, string)"/> et
/// <see cref="TryFromCode(string?, out TSelf)"/>, construits sur la liste explicite de chaque type.</para>
/// <para>Les ensembles ouverts (types d'aides, cibles locales, publics de campagne) ne sont pas des énumérations
/// mais des catalogues alimentés par injection de dépendances.</para>
/// </remarks>
public abstract class EnumerationCaf<TSelf> : SmartEnum<TSelf, string>
    where TSelf : EnumerationCaf<TSelf>, IEnumerationCaf<TSelf>
{
    /// <summary>Crée une valeur.</summary>
    /// <param name="nom">Nom technique (identifiant C#).</param>
    /// <param name="code">Code stable (valeur d'échange : code Caf, code JSON).</param>
    /// <param name="libelle">Libellé français.</param>
    protected EnumerationCaf(string nom, string code, string libelle)
        : base(nom, code)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(libelle), nameof(libelle), "Le libellé est obligatoire.");
        Libelle = libelle;
    }

    /// <summary>Le code stable.</summary>
    public string Code => Value;

    /// <summary>Le libellé français.</summary>
    public string Libelle { get; }

    /// <summary>Retrouve une valeur par son code (sensible à la casse, espaces autour ignorés).</summary>
    /// <param name="code">Le code.</param>
    /// <param name="champ">Nom du champ, pour l'erreur.</param>
    /// <returns>La valeur, ou l'erreur <c>code.inconnu</c> qui cite la valeur et les codes admis.</returns>
    public static Resultat<TSelf> Create(string? code, string champ) =>
        TryFromCode(code, out var valeur)
            ? valeur
            : Resultat<TSelf>.Echec(new Erreur(
                "code.inconnu",
                champ,
                code,
                $"Code inconnu pour {TSelf.NomDuType} ; codes admis : {string.Join(", ", TSelf.Toutes.Select(t => t.Code))}."));

    /// <summary>Essaie de retrouver une valeur par son code.</summary>
    /// <param name="code">Le code.</param>
    /// <param name="valeur">La valeur trouvée.</param>
    /// <returns><see langword="true"/> si le code est connu.</returns>
    public static bool TryFromCode(string? code, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TSelf valeur)
    {
        if (code is null)
        {
            valeur = null;
            return false;
        }

        return Index.ParCode.TryGetValue(code.Trim(), out valeur);
    }

    /// <summary>Retrouve une valeur par son code ; lève une exception si le code est inconnu.</summary>
    /// <param name="code">Le code.</param>
    /// <returns>La valeur.</returns>
    /// <exception cref="ArgumentException">Code inconnu (erreur de programmation ; pour des données, utiliser <see cref="Create(string?, string)"/>).</exception>
    public static TSelf FromCode(string code) =>
        TryFromCode(code, out var valeur) ? valeur : throw new ArgumentException($"Code inconnu pour {TSelf.NomDuType} : « {code} ».", nameof(code));

    /// <summary>Le libellé et le code : <c>Libellé (code)</c>.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Libelle} ({Code})";

    private static class Index
    {
        internal static readonly FrozenDictionary<string, TSelf> ParCode = TSelf.Toutes.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
    }
}
