namespace Caf.Accompagnement.Dossiers;

/// <summary>Le résultat d'un objectif du plan d'accompagnement, constaté par le travailleur social.</summary>
public sealed class ResultatDObjectif : EnumerationCaf<ResultatDObjectif>, IEnumerationCaf<ResultatDObjectif>
{
    /// <summary>L'objectif est atteint.</summary>
    public static readonly ResultatDObjectif Atteint = new(nameof(Atteint), "ATTEINT", "atteint");

    /// <summary>L'objectif est partiellement atteint.</summary>
    public static readonly ResultatDObjectif Partiel = new(nameof(Partiel), "PARTIEL", "partiellement atteint");

    /// <summary>L'objectif n'est pas atteint.</summary>
    public static readonly ResultatDObjectif NonAtteint = new(nameof(NonAtteint), "NON_ATTEINT", "non atteint");

    /// <summary>L'objectif a été abandonné (situation changée, priorité revue).</summary>
    public static readonly ResultatDObjectif Abandonne = new(nameof(Abandonne), "ABANDONNE", "abandonné");

    private ResultatDObjectif(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<ResultatDObjectif> Toutes { get; } = [Atteint, Partiel, NonAtteint, Abandonne];

    /// <inheritdoc/>
    public static string NomDuType => "résultat d'objectif";
}
