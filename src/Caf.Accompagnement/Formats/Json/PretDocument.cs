namespace Caf.Accompagnement.Json;

/// <summary>
/// L'instantané d'un prêt (octroi, échéancier accordé et mouvements) dans le format d'échange JSON, version 1 (voir
/// <c>docs/json.md</c>). <see cref="PretsJson.FromDocument"/> le restaure en rejouant l'octroi et chaque mouvement par
/// les commandes du prêt, qui vérifient leurs règles.
/// </summary>
public sealed class PretDocument
{
    /// <summary>Version actuelle du schéma.</summary>
    public const int VersionActuelle = 1;

    /// <summary>Version du schéma du document.</summary>
    public int Version { get; set; } = VersionActuelle;

    /// <summary>Capital prêté, en euros.</summary>
    public decimal Capital { get; set; }

    /// <summary>Date d'octroi (ISO).</summary>
    public string? DateOctroi { get; set; }

    /// <summary>Nombre de mensualités de l'échéancier accordé à l'octroi.</summary>
    public int NombreEcheances { get; set; }

    /// <summary>Première échéance de l'échéancier accordé à l'octroi (ISO).</summary>
    public string? PremiereEcheance { get; set; }

    /// <summary>Reste à vivre minimum en euros, si le prêt se rembourse par retenue sur les prestations.</summary>
    public decimal? ResteAVivreMinimum { get; set; }

    /// <summary>Les mouvements, dans l'ordre chronologique.</summary>
    public List<MouvementDuPretDocument> Mouvements { get; set; } = [];

    /// <summary>Statut (calculé ; vérifié à la lecture s'il est présent).</summary>
    public string? Statut { get; set; }

    /// <summary>Solde restant dû en euros (calculé ; vérifié à la lecture s'il est présent).</summary>
    public decimal? Solde { get; set; }

    /// <summary>L'échéancier en vigueur (calculé, informatif ; ignoré à la lecture).</summary>
    public List<EcheanceDocument>? Echeances { get; set; }
}

/// <summary>Un mouvement d'un prêt dans le format d'échange.</summary>
public sealed class MouvementDuPretDocument
{
    /// <summary>Sorte : <c>REMBOURSEMENT</c>, <c>REECHELONNEMENT</c> ou <c>REMISE</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Date (ISO).</summary>
    public string? Date { get; set; }

    /// <summary>Montant en euros : remboursé, solde repris ou dette remise.</summary>
    public decimal Montant { get; set; }

    /// <summary>Remboursement par retenue sur les prestations.</summary>
    public bool ParRetenue { get; set; }

    /// <summary>Remboursement anticipé de tout le solde.</summary>
    public bool Anticipe { get; set; }

    /// <summary>Rééchelonnement : nombre de mensualités.</summary>
    public int? NombreEcheances { get; set; }

    /// <summary>Rééchelonnement : première échéance (ISO).</summary>
    public string? PremiereEcheance { get; set; }

    /// <summary>Remise de dette : motif.</summary>
    public string? Motif { get; set; }
}

/// <summary>Une échéance dans le format d'échange.</summary>
public sealed class EcheanceDocument
{
    /// <summary>Rang (à partir de 1).</summary>
    public int Rang { get; set; }

    /// <summary>Date (ISO).</summary>
    public string? Date { get; set; }

    /// <summary>Montant en euros.</summary>
    public decimal Montant { get; set; }
}
