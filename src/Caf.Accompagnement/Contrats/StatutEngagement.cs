namespace Caf.Accompagnement.Contrats;

/// <summary>Où en est une action du contrat.</summary>
public sealed class StatutEngagement : EnumerationCaf<StatutEngagement>, IEnumerationCaf<StatutEngagement>
{
    /// <summary>Action prévue, pas encore échue ou pas encore constatée.</summary>
    public static readonly StatutEngagement Prevu = new(nameof(Prevu), "PREVU", "Prévu");

    /// <summary>Action réalisée.</summary>
    public static readonly StatutEngagement Realise = new(nameof(Realise), "REALISE", "Réalisé");

    /// <summary>Action non réalisée à son échéance.</summary>
    public static readonly StatutEngagement NonRealise = new(nameof(NonRealise), "NON_REALISE", "Non réalisé");

    /// <summary>Action abandonnée d'un commun accord.</summary>
    public static readonly StatutEngagement Abandonne = new(nameof(Abandonne), "ABANDONNE", "Abandonné");

    private StatutEngagement(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<StatutEngagement> Toutes { get; } = [Prevu, Realise, NonRealise, Abandonne];

    /// <inheritdoc/>
    public static string NomDuType => "statut d'engagement";
}
