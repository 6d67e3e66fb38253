namespace Caf.Accompagnement.Json;

/// <summary>
/// L'instantané d'une enveloppe budgétaire d'aides individuelles (dotation, plafonds par catégorie, engagements et
/// remboursements de prêts reçus) dans le format d'échange JSON, version 1 (voir <c>docs/json.md</c>).
/// <see cref="EnveloppesJson.FromDocument"/> la restaure en rejouant la création puis chaque engagement, sa consommation
/// et les remboursements par les commandes de l'enveloppe, qui vérifient leurs règles.
/// </summary>
public sealed class EnveloppeBudgetaireDocument
{
    /// <summary>Version actuelle du schéma.</summary>
    public const int VersionActuelle = 1;

    /// <summary>Version du schéma du document.</summary>
    public int Version { get; set; } = VersionActuelle;

    /// <summary>Code de la Caf (par exemple <c>401</c>).</summary>
    public string? CodeCaf { get; set; }

    /// <summary>Année budgétaire.</summary>
    public int Annee { get; set; }

    /// <summary>Dotation annuelle, en euros.</summary>
    public decimal Dotation { get; set; }

    /// <summary>Plafonds par catégorie d'aide (une catégorie au plus une fois).</summary>
    public List<PlafondDeCategorieDocument> Plafonds { get; set; } = [];

    /// <summary>Les engagements en cours ou consommés, rejoués dans l'ordre du document.</summary>
    public List<EngagementBudgetaireDocument> Engagements { get; set; } = [];

    /// <summary>Total des remboursements de prêts reçus, en euros (au plus le capital prêté).</summary>
    public decimal Remboursements { get; set; }

    /// <summary>Total engagé en euros, consommé compris (calculé ; vérifié à la lecture s'il est présent).</summary>
    public decimal? Engage { get; set; }

    /// <summary>Total consommé en euros (calculé ; vérifié à la lecture s'il est présent).</summary>
    public decimal? Consomme { get; set; }

    /// <summary>Capital prêté en euros (calculé ; vérifié à la lecture s'il est présent).</summary>
    public decimal? CapitalPrete { get; set; }

    /// <summary>Montant disponible en euros (calculé ; vérifié à la lecture s'il est présent).</summary>
    public decimal? Disponible { get; set; }
}

/// <summary>Le plafond d'une catégorie d'aide dans le format d'échange.</summary>
public sealed class PlafondDeCategorieDocument
{
    /// <summary>Code de la catégorie d'aide.</summary>
    public string? Categorie { get; set; }

    /// <summary>Plafond en euros.</summary>
    public decimal Montant { get; set; }
}

/// <summary>Un engagement sur l'enveloppe dans le format d'échange.</summary>
public sealed class EngagementBudgetaireDocument
{
    /// <summary>Référence de la décision (unique dans l'enveloppe).</summary>
    public string? Reference { get; set; }

    /// <summary>Code de la catégorie d'aide.</summary>
    public string? Categorie { get; set; }

    /// <summary>Code de la forme de l'aide (subvention ou prêt).</summary>
    public string? Forme { get; set; }

    /// <summary>Montant engagé en euros.</summary>
    public decimal Montant { get; set; }

    /// <summary>Date de la décision (ISO).</summary>
    public string? Date { get; set; }

    /// <summary>Date du paiement ou du décaissement (ISO), absente tant que l'engagement n'est pas consommé.</summary>
    public string? DateConsommation { get; set; }
}
