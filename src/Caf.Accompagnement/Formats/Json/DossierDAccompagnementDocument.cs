using Caf.Accompagnement.Campagnes;

namespace Caf.Accompagnement.Json;

/// <summary>
/// L'instantané d'un dossier d'accompagnement dans le format d'échange JSON, version 1 (voir <c>docs/json.md</c>) :
/// son historique d'événements, que <see cref="DossiersJson.FromDocument"/> rejoue par les commandes du dossier.
/// </summary>
public sealed class DossierDAccompagnementDocument
{
    /// <summary>Version actuelle du schéma.</summary>
    public const int VersionActuelle = 1;

    /// <summary>Version du schéma du document.</summary>
    public int Version { get; set; } = VersionActuelle;

    /// <summary>Numéro allocataire en clair (donnée personnelle, à protéger en transit et au repos).</summary>
    public string? NumeroAllocataire { get; set; }

    /// <summary>Les événements du dossier, dans l'ordre ; le premier est l'ouverture.</summary>
    public List<EvenementDeDossierDocument> Evenements { get; set; } = [];
}

/// <summary>Un événement d'un dossier d'accompagnement dans le format d'échange ; seuls les champs de son type sont écrits.</summary>
public sealed class EvenementDeDossierDocument
{
    /// <summary>Type : <c>OUVERTURE</c>, <c>OFFRE</c>, <c>REPONSE</c>, <c>CONVOCATION</c>, <c>RAPPEL</c>, <c>CONSTAT</c>,
    /// <c>DIAGNOSTIC</c>, <c>PLAN</c>, <c>EVALUATION</c>, <c>CLOTURE_PLAN</c>, <c>AIDE</c>, <c>CONTRAT</c>,
    /// <c>CHANGEMENT_DE_COMMUNE</c>, <c>TRANSFERT</c> ou <c>CLOTURE</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Date (ISO).</summary>
    public string? Date { get; set; }

    /// <summary>Ouverture, changement de commune, transfert : code INSEE de la commune.</summary>
    public string? Commune { get; set; }

    /// <summary>Ouverture, transfert : nom du secteur (vérifié sur la carte).</summary>
    public string? Secteur { get; set; }

    /// <summary>Ouverture, transfert : identifiant pseudonyme du travailleur social.</summary>
    public string? TravailleurSocial { get; set; }

    /// <summary>Ouverture : code de la sorte d'origine (<c>CIBLE</c>, <c>CONTACT</c>, <c>DEMANDE</c>, <c>PARTENAIRE</c>).</summary>
    public string? Origine { get; set; }

    /// <summary>Ouverture d'origine <c>CIBLE</c> : code de la cible.</summary>
    public string? Cible { get; set; }

    /// <summary>Ouverture d'origine <c>CONTACT</c> : code de l'issue du contact.</summary>
    public string? IssueDuContact { get; set; }

    /// <summary>Ouverture d'origine <c>PARTENAIRE</c> : code du partenaire.</summary>
    public string? Partenaire { get; set; }

    /// <summary>Ouverture : code du motif de la demande ; clôture : code du motif de clôture.</summary>
    public string? Motif { get; set; }

    /// <summary>Réponse : code de la réponse à l'offre.</summary>
    public string? Reponse { get; set; }

    /// <summary>Convocation, rappel, constat : numéro du rendez-vous.</summary>
    public int? RendezVous { get; set; }

    /// <summary>Convocation : date prévue (ISO).</summary>
    public string? DatePrevue { get; set; }

    /// <summary>Convocation : code du canal.</summary>
    public string? Canal { get; set; }

    /// <summary>Constat : code de l'issue du rendez-vous.</summary>
    public string? Issue { get; set; }

    /// <summary>Diagnostic : codes des domaines.</summary>
    public List<string>? Domaines { get; set; }

    /// <summary>Plan, évaluation, clôture du plan : numéro du plan.</summary>
    public int? Plan { get; set; }

    /// <summary>Plan : les objectifs.</summary>
    public List<ObjectifDocument>? Objectifs { get; set; }

    /// <summary>Évaluation : position de l'objectif dans le plan (à partir de 0).</summary>
    public int? Objectif { get; set; }

    /// <summary>Évaluation : code du résultat.</summary>
    public string? Resultat { get; set; }

    /// <summary>Aide : identifiant de la demande d'aide rattachée.</summary>
    public string? Aide { get; set; }

    /// <summary>Contrat : numéro du contrat rattaché.</summary>
    public int? Contrat { get; set; }

    /// <summary>Transfert : nom du secteur quitté.</summary>
    public string? SecteurPrecedent { get; set; }

    /// <summary>Transfert : identifiant du travailleur social précédent.</summary>
    public string? TravailleurPrecedent { get; set; }
}

/// <summary>Un objectif d'un plan dans le format d'échange.</summary>
public sealed class ObjectifDocument
{
    /// <summary>Code du domaine.</summary>
    public string? Domaine { get; set; }

    /// <summary>Libellé.</summary>
    public string? Libelle { get; set; }

    /// <summary>Échéance (ISO).</summary>
    public string? Echeance { get; set; }
}
