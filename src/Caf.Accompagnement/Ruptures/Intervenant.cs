using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Ruptures;

/// <summary>Un intervenant qui prend des contacts en charge : la plateforme d'appels de la Caf, ou un travailleur social.</summary>
public sealed class Intervenant : IEquatable<Intervenant>
{
    /// <summary>Crée un intervenant.</summary>
    /// <param name="code">Code stable (identifiant interne, pas de nom de personne).</param>
    /// <param name="libelle">Libellé (« Travailleur social du secteur Nord »).</param>
    /// <param name="type">Le type d'intervenant.</param>
    /// <exception cref="ArgumentException">Code ou libellé vide.</exception>
    public Intervenant(string code, string libelle, TypeIntervenant type)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(code), nameof(code), "Le code est obligatoire.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(libelle), nameof(libelle), "Le libellé est obligatoire.");
        Code = code;
        Libelle = libelle;
        Type = Preconditions.CheckNotNull(type);
    }

    /// <summary>La plateforme d'appels de la Caf (agents de la Caf).</summary>
    public static Intervenant PlateformeCaf { get; } = new("CAF", "Plateforme d'appels de la Caf", TypeIntervenant.AgentCaf);

    /// <summary>Code stable.</summary>
    public string Code { get; }

    /// <summary>Libellé.</summary>
    public string Libelle { get; }

    /// <summary>Type.</summary>
    public TypeIntervenant Type { get; }

    /// <inheritdoc/>
    public bool Equals(Intervenant? other) => other is not null && Code == other.Code && Libelle == other.Libelle && Type == other.Type;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Intervenant);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Type);

    /// <summary>Le libellé.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => Libelle;
}
