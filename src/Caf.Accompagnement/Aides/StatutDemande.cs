namespace Caf.Accompagnement.Aides;

/// <summary>Le statut d'une demande d'aide financière individuelle.</summary>
/// <remarks>
/// Cycle de vie : déposée → en instruction (éventuellement en attente de pièces) → accordée / refusée / ajournée /
/// classée ; accordée → versée (subvention, service) ou décaissée puis en remboursement → soldée (prêt). Une demande
/// ajournée peut être reprise en instruction.
/// </remarks>
public sealed class StatutDemande : EnumerationCaf<StatutDemande>, IEnumerationCaf<StatutDemande>
{
    /// <summary>Déposée, pas encore instruite.</summary>
    public static readonly StatutDemande Deposee = new(nameof(Deposee), "DEPOSEE", "Déposée", estClos: false);

    /// <summary>En cours d'instruction.</summary>
    public static readonly StatutDemande EnInstruction = new(nameof(EnInstruction), "EN_INSTRUCTION", "En instruction", estClos: false);

    /// <summary>En attente de pièces justificatives.</summary>
    public static readonly StatutDemande EnAttenteDePieces = new(nameof(EnAttenteDePieces), "EN_ATTENTE_DE_PIECES", "En attente de pièces", estClos: false);

    /// <summary>Accordée (montant et forme décidés), pas encore payée.</summary>
    public static readonly StatutDemande Accordee = new(nameof(Accordee), "ACCORDEE", "Accordée", estClos: false);

    /// <summary>Refusée, pour un motif.</summary>
    public static readonly StatutDemande Refusee = new(nameof(Refusee), "REFUSEE", "Refusée", estClos: true);

    /// <summary>Ajournée (décision reportée), pour un motif ; peut être reprise.</summary>
    public static readonly StatutDemande Ajournee = new(nameof(Ajournee), "AJOURNEE", "Ajournée", estClos: false);

    /// <summary>Classée sans suite, pour un motif.</summary>
    public static readonly StatutDemande Classee = new(nameof(Classee), "CLASSEE", "Classée sans suite", estClos: true);

    /// <summary>Subvention payée (ou service rendu).</summary>
    public static readonly StatutDemande Versee = new(nameof(Versee), "VERSEE", "Versée", estClos: true);

    /// <summary>Prêt décaissé, en cours de remboursement.</summary>
    public static readonly StatutDemande EnRemboursement = new(nameof(EnRemboursement), "EN_REMBOURSEMENT", "Prêt décaissé, en remboursement", estClos: false);

    /// <summary>Prêt soldé (remboursé, ou dette remise).</summary>
    public static readonly StatutDemande Soldee = new(nameof(Soldee), "SOLDEE", "Prêt soldé", estClos: true);

    private StatutDemande(string nom, string code, string libelle, bool estClos)
        : base(nom, code, libelle)
    {
        EstClos = estClos;
    }

    /// <inheritdoc/>
    public static IReadOnlyList<StatutDemande> Toutes { get; } =
        [Deposee, EnInstruction, EnAttenteDePieces, Accordee, Refusee, Ajournee, Classee, Versee, EnRemboursement, Soldee];

    /// <inheritdoc/>
    public static string NomDuType => "statut de demande d'aide";

    /// <summary><see langword="true"/> pour un statut final.</summary>
    public bool EstClos { get; }
}
