namespace Caf.Accompagnement.Activite;

/// <summary>L'étape d'un rendez-vous inscrite au journal : proposé, tenu ou non honoré.</summary>
/// <remarks>Chaque étape est une entrée datée : un rendez-vous proposé le 3 mars et tenu le 10 mars donne deux
/// entrées. Le bilan compte les rendez-vous tenus dans la période (bilan 2022 de la Caf des Landes : 1 345 rendez-vous
/// liés à la séparation tenus).</remarks>
public sealed class StatutDeRendezVous : EnumerationCaf<StatutDeRendezVous>, IEnumerationCaf<StatutDeRendezVous>
{
    /// <summary>Rendez-vous proposé à l'allocataire.</summary>
    public static readonly StatutDeRendezVous Propose = new(nameof(Propose), "PROPOSE", "proposé");

    /// <summary>Rendez-vous tenu.</summary>
    public static readonly StatutDeRendezVous Tenu = new(nameof(Tenu), "TENU", "tenu");

    /// <summary>Rendez-vous non honoré (la personne n'est pas venue).</summary>
    public static readonly StatutDeRendezVous NonHonore = new(nameof(NonHonore), "NON_HONORE", "non honoré");

    private StatutDeRendezVous(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<StatutDeRendezVous> Toutes { get; } = [Propose, Tenu, NonHonore];

    /// <inheritdoc/>
    public static string NomDuType => "statut de rendez-vous";
}
