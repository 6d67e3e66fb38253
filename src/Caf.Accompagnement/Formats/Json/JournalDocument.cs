namespace Caf.Accompagnement.Json;

/// <summary>
/// L'instantané d'un journal d'activité du travail social (période et entrées) dans le format d'échange JSON,
/// version 1 (voir <c>docs/json.md</c>). <see cref="JournauxJson.FromDocument(JournalDocument, Aides.CatalogueDesAides)"/> le restaure en recréant chaque
/// entrée par sa fabrique publique, qui vérifie ses règles.
/// </summary>
public sealed class JournalDocument
{
    /// <summary>Version actuelle du schéma.</summary>
    public const int VersionActuelle = 1;

    /// <summary>Version du schéma du document.</summary>
    public int Version { get; set; } = VersionActuelle;

    /// <summary>Premier jour de la période couverte (ISO, inclus).</summary>
    public string? Debut { get; set; }

    /// <summary>Dernier jour de la période couverte (ISO, inclus).</summary>
    public string? Fin { get; set; }

    /// <summary>Les entrées, dans l'ordre du journal.</summary>
    public List<EntreeJournalDocument> Entrees { get; set; } = [];
}

/// <summary>Une entrée du journal dans le format d'échange : objet discriminé par <see cref="Nature"/> (code stable de
/// l'entrée : <c>INTERVENTION</c>, <c>DEMANDE</c>, <c>RENDEZ_VOUS</c>, <c>SEANCE</c>, <c>CONTRAT_SIGNE</c>,
/// <c>AIDE_ATTRIBUEE</c>, <c>AIDE_VERSEE</c>) ; seuls les champs de sa nature sont renseignés.</summary>
public sealed class EntreeJournalDocument
{
    /// <summary>La nature de l'entrée (discriminant).</summary>
    public string? Nature { get; set; }

    /// <summary>La date de l'événement (ISO).</summary>
    public string? Date { get; set; }

    /// <summary>Le code du secteur.</summary>
    public string? Secteur { get; set; }

    /// <summary>Code du motif (intervention, demande).</summary>
    public string? Motif { get; set; }

    /// <summary>Identifiant pseudonyme du travailleur social (intervention, rendez-vous).</summary>
    public string? TravailleurSocial { get; set; }

    /// <summary>Code de l'étape du rendez-vous.</summary>
    public string? Statut { get; set; }

    /// <summary>Code de l'origine du rendez-vous.</summary>
    public string? Origine { get; set; }

    /// <summary>Code de l'événement de vie lié au rendez-vous, absent s'il n'y en a pas.</summary>
    public string? Evenement { get; set; }

    /// <summary>Code du thème de la séance collective.</summary>
    public string? Theme { get; set; }

    /// <summary>Code de la modalité de la séance collective.</summary>
    public string? Modalite { get; set; }

    /// <summary>Nombre de participants à la séance collective.</summary>
    public int? Participants { get; set; }

    /// <summary>Numéro du contrat signé dans le parcours.</summary>
    public int? NumeroContrat { get; set; }

    /// <summary>Code du régime du contrat signé.</summary>
    public string? Regime { get; set; }

    /// <summary>Signature au-delà du délai après l'orientation.</summary>
    public bool? SignatureTardive { get; set; }

    /// <summary>Code du type d'aide, résolu dans le catalogue des aides (aide attribuée ou versée).</summary>
    public string? Type { get; set; }

    /// <summary>Code de la forme de l'aide.</summary>
    public string? Forme { get; set; }

    /// <summary>Montant de l'aide, en euros.</summary>
    public decimal? Montant { get; set; }
}
