using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>Base des cibles de travail social : un code stable et un libellé.</summary>
/// <remarks>
/// <para>Deux cibles sont égales si elles ont le même <see cref="Code"/> : une politique de ciblage n'en contient
/// qu'une par code.</para>
/// <para>Code : 1 à 40 caractères parmi <c>A-Z</c>, <c>0-9</c> et <c>_</c>, commençant par une lettre.</para>
/// </remarks>
public abstract class Cible : ICible, IEquatable<Cible>
{
    /// <summary>Crée une cible.</summary>
    /// <param name="code">Code stable.</param>
    /// <param name="libelle">Libellé français.</param>
    /// <exception cref="ArgumentException">Code mal formé ou libellé vide.</exception>
    protected Cible(string code, string libelle)
    {
        Preconditions.CheckArgument(EstCodeValide(code), nameof(code), "Code de cible attendu : 1 à 40 caractères A-Z, 0-9 ou _, commençant par une lettre.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(libelle), nameof(libelle), "Le libellé de la cible est obligatoire.");
        Code = code;
        Libelle = libelle;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string Libelle { get; }

    /// <summary>Vérifie la forme d'un code de cible.</summary>
    /// <param name="code">Le code.</param>
    /// <returns><see langword="true"/> si le code est bien formé.</returns>
    public static bool EstCodeValide(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 40 || code[0] is < 'A' or > 'Z')
        {
            return false;
        }

        foreach (var c in code)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public abstract Resultat<ICibleADate> ADate(LocalDate reference, JeuDeBaremes baremes);

    /// <inheritdoc/>
    public bool Equals(Cible? other) => other is not null && Code == other.Code;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Cible);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Le libellé et le code.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Libelle} ({Code})";
}
