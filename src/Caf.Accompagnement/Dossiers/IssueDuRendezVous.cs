namespace Caf.Accompagnement.Dossiers;

/// <summary>L'issue constatée d'un rendez-vous fixé.</summary>
public sealed class IssueDuRendezVous : EnumerationCaf<IssueDuRendezVous>, IEnumerationCaf<IssueDuRendezVous>
{
    /// <summary>Le rendez-vous a eu lieu.</summary>
    public static readonly IssueDuRendezVous Tenu = new(nameof(Tenu), "TENU", "tenu");

    /// <summary>La personne n'est pas venue (ou n'a pas répondu).</summary>
    public static readonly IssueDuRendezVous NonHonore = new(nameof(NonHonore), "NON_HONORE", "non honoré");

    /// <summary>Le rendez-vous a été annulé avant sa date.</summary>
    public static readonly IssueDuRendezVous Annule = new(nameof(Annule), "ANNULE", "annulé");

    private IssueDuRendezVous(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<IssueDuRendezVous> Toutes { get; } = [Tenu, NonHonore, Annule];

    /// <inheritdoc/>
    public static string NomDuType => "issue du rendez-vous";
}
