namespace Caf.Accompagnement.Json;

/// <summary>
/// L'instantané d'une demande d'aide financière individuelle (dépôt et historique) dans le format d'échange JSON,
/// version 1 (voir <c>docs/json.md</c>). <see cref="DemandesJson.FromDocument"/> la restaure en rejouant le dépôt puis
/// chaque événement par les commandes de la demande, qui vérifient leurs règles.
/// </summary>
public sealed class DemandeDAideDocument
{
    /// <summary>Version actuelle du schéma.</summary>
    public const int VersionActuelle = 1;

    /// <summary>Version du schéma du document.</summary>
    public int Version { get; set; } = VersionActuelle;

    /// <summary>Identifiant de la demande.</summary>
    public string? Identifiant { get; set; }

    /// <summary>Numéro allocataire en clair (donnée personnelle, à protéger en transit et au repos).</summary>
    public string? NumeroAllocataire { get; set; }

    /// <summary>Code du type d'aide, résolu dans le catalogue des aides.</summary>
    public string? TypeAide { get; set; }

    /// <summary>Montant demandé, en euros.</summary>
    public decimal MontantDemande { get; set; }

    /// <summary>Code de la forme demandée.</summary>
    public string? FormeDemandee { get; set; }

    /// <summary>Date de dépôt (ISO).</summary>
    public string? DateDepot { get; set; }

    /// <summary>Les événements postérieurs au dépôt, dans l'ordre.</summary>
    public List<EvenementDeDemandeDocument> Historique { get; set; } = [];

    /// <summary>Statut (calculé ; vérifié à la lecture s'il est présent).</summary>
    public string? Statut { get; set; }
}

/// <summary>Un événement d'une demande d'aide dans le format d'échange.</summary>
public sealed class EvenementDeDemandeDocument
{
    /// <summary>Sorte : <c>CHANGEMENT_DE_STATUT</c>, <c>ACCORD</c>, <c>REFUS</c>, <c>VERSEMENT</c>, <c>DECAISSEMENT</c>
    /// ou <c>MOUVEMENT_DU_PRET</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Date (ISO).</summary>
    public string? Date { get; set; }

    /// <summary>Changement de statut : statut d'origine (vérifié).</summary>
    public string? De { get; set; }

    /// <summary>Changement de statut : nouveau statut.</summary>
    public string? Vers { get; set; }

    /// <summary>Motif (changement de statut, refus).</summary>
    public string? Motif { get; set; }

    /// <summary>Demande de pièces : les pièces demandées.</summary>
    public List<string>? Pieces { get; set; }

    /// <summary>Montant en euros : accordé (accord), payé (versement) ou prêté (décaissement).</summary>
    public decimal? Montant { get; set; }

    /// <summary>Accord : code de la forme accordée.</summary>
    public string? Forme { get; set; }

    /// <summary>Décaissement : nombre de mensualités.</summary>
    public int? NombreEcheances { get; set; }

    /// <summary>Décaissement : première échéance (ISO).</summary>
    public string? PremiereEcheance { get; set; }

    /// <summary>Décaissement : reste à vivre minimum en euros, si le prêt se rembourse par retenue sur les prestations.</summary>
    public decimal? ResteAVivreMinimum { get; set; }

    /// <summary>Mouvement du prêt : le mouvement, au format de <see cref="PretDocument"/>.</summary>
    public MouvementDuPretDocument? Mouvement { get; set; }

    /// <summary>Mouvement du prêt : statut de la demande après le mouvement (vérifié).</summary>
    public string? Statut { get; set; }
}
