namespace Caf.Accompagnement.Foyers;

/// <summary>Le rôle d'une personne dans le foyer.</summary>
public sealed class RoleDansLeFoyer : EnumerationCaf<RoleDansLeFoyer>, IEnumerationCaf<RoleDansLeFoyer>
{
    /// <summary>L'allocataire, titulaire du dossier.</summary>
    public static readonly RoleDansLeFoyer Allocataire = new(nameof(Allocataire), "ALLOCATAIRE", "Allocataire");

    /// <summary>Le conjoint (marié, pacsé ou concubin).</summary>
    public static readonly RoleDansLeFoyer Conjoint = new(nameof(Conjoint), "CONJOINT", "Conjoint");

    /// <summary>Un enfant à charge.</summary>
    public static readonly RoleDansLeFoyer Enfant = new(nameof(Enfant), "ENFANT", "Enfant à charge");

    private RoleDansLeFoyer(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<RoleDansLeFoyer> Toutes { get; } = [Allocataire, Conjoint, Enfant];

    /// <inheritdoc/>
    public static string NomDuType => "rôle dans le foyer";
}
