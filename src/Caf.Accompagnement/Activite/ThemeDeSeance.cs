namespace Caf.Accompagnement.Activite;

/// <summary>Le thème d'une séance collective.</summary>
public sealed class ThemeDeSeance : EnumerationCaf<ThemeDeSeance>, IEnumerationCaf<ThemeDeSeance>
{
    /// <summary>Parents après la séparation (PALS) : information collective des parents séparés.</summary>
    public static readonly ThemeDeSeance Pals = new(nameof(Pals), "PALS", "PALS (Parents Après La Séparation)");

    /// <summary>Accès aux droits.</summary>
    public static readonly ThemeDeSeance AccesAuxDroits = new(nameof(AccesAuxDroits), "ACCES_DROITS", "accès aux droits");

    /// <summary>Autre thème.</summary>
    public static readonly ThemeDeSeance Autre = new(nameof(Autre), "AUTRE", "autre thème");

    private ThemeDeSeance(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<ThemeDeSeance> Toutes { get; } = [Pals, AccesAuxDroits, Autre];

    /// <inheritdoc/>
    public static string NomDuType => "thème de séance";
}
