using Caf.Accompagnement.Ruptures;

namespace Caf.Accompagnement.Json;

/// <summary>
/// Le résultat d'une campagne de contacts proactifs dans le format d'échange JSON, version 1 (voir <c>docs/json.md</c>
/// et <c>docs/schemas/campagne.v1.schema.json</c>). Objet de transfert sans invariant :
/// <see cref="CampagnesJson.FromDocument(CampagneDocument)"/> le valide et le convertit en <see cref="Caf.Accompagnement.Campagnes.Campagne"/>.
/// </summary>
public sealed class CampagneDocument
{
    /// <summary>Version actuelle du schéma.</summary>
    public const int VersionActuelle = 1;

    /// <summary>Version du schéma du document.</summary>
    public int Version { get; set; } = VersionActuelle;

    /// <summary>Date de référence de la planification (ISO).</summary>
    public string? Reference { get; set; }

    /// <summary>La politique de campagne appliquée.</summary>
    public PolitiqueDeCampagneDocument? Politique { get; set; }

    /// <summary>Nombre de foyers signalés mais écartés (refus, fenêtre sans nouvel appel, attente d'une nouvelle tentative).</summary>
    public int NombreEcartes { get; set; }

    /// <summary>Nombre de foyers évalués pour produire la campagne.</summary>
    public int FoyersReevalues { get; set; }

    /// <summary>Les contacts planifiés, un par foyer.</summary>
    public List<ContactDocument> Contacts { get; set; } = [];

    /// <summary>Les contacts effectués et leurs issues, par foyer.</summary>
    public List<HistoriqueDocument> Historique { get; set; } = [];

    /// <summary>Les totaux par secteur (calculés ; vérifiés à la lecture s'ils sont présents).</summary>
    public List<TotalSecteurDocument>? TotauxParSecteur { get; set; }

    /// <summary>Le total de la campagne (calculé ; vérifié à la lecture s'il est présent).</summary>
    public TotalSecteurDocument? Total { get; set; }
}

/// <summary>Les paramètres d'une politique de campagne dans le format d'échange (voir <see cref="Caf.Accompagnement.Ruptures.ParametresDeCampagne"/>).</summary>
public sealed class PolitiqueDeCampagneDocument
{
    /// <summary>Nom de la Caf.</summary>
    public string? Caf { get; set; }

    /// <summary>Accueil physique : aucune démarche depuis cette date (ISO).</summary>
    public string? SansDemarcheDepuis { get; set; }

    /// <summary>Accueil physique : aucune démarche depuis au moins ce nombre de jours.</summary>
    public int? SansDemarchePendantJours { get; set; }

    /// <summary>Rupture imminente : fenêtre, en jours, avant la date limite d'une pièce.</summary>
    public int JoursAvantEcheance { get; set; }

    /// <summary>Rupture consommée : fenêtre, en jours, après la clôture.</summary>
    public int JoursApresCloture { get; set; }

    /// <summary>Codes des motifs de suspension du RSA traités comme « pièce manquante ».</summary>
    public List<string> MotifsPieceManquante { get; set; } = [];

    /// <summary>Capacité journalière de la plateforme d'appels de la Caf.</summary>
    public int CapaciteJournaliereCaf { get; set; }

    /// <summary>Capacité journalière d'un travailleur social.</summary>
    public int CapaciteJournaliereTravailleurSocial { get; set; }

    /// <summary>Délai de contact (échéance), en jours.</summary>
    public int DelaiDeContactJours { get; set; }

    /// <summary>Délai avant une nouvelle tentative, en jours.</summary>
    public int DelaiNouvelleTentativeJours { get; set; }

    /// <summary>Nombre maximal de tentatives consécutives.</summary>
    public int TentativesMaximum { get; set; }

    /// <summary>Fenêtre sans nouvel appel après un contact, en jours.</summary>
    public int FenetreSansNouvelAppelJours { get; set; }

    /// <summary>Horizon de planification en jours après la date de référence, ou <see langword="null"/> (sans limite).</summary>
    public int? HorizonJours { get; set; }
}

/// <summary>Un contact planifié dans le format d'échange.</summary>
public sealed class ContactDocument
{
    /// <summary>Numéro allocataire du foyer sur 7 chiffres (donnée personnelle).</summary>
    public string? NumeroAllocataire { get; set; }

    /// <summary>Code du secteur du foyer (<c>HORS_SECTEUR</c> à défaut).</summary>
    public string? Secteur { get; set; }

    /// <summary>Gravité du contact : celle de son premier signal (calculée ; vérifiée à la lecture si présente).</summary>
    public string? Gravite { get; set; }

    /// <summary>L'intervenant qui prend le contact.</summary>
    public IntervenantDocument? Intervenant { get; set; }

    /// <summary>Code du canal (<c>TELEPHONE</c> ou <c>COURRIER</c>).</summary>
    public string? Canal { get; set; }

    /// <summary>Les signaux fusionnés (au moins un), par gravité décroissante.</summary>
    public List<SignalDocument> Signaux { get; set; } = [];

    /// <summary>Le jour ouvré prévu (ISO).</summary>
    public string? DatePrevue { get; set; }

    /// <summary>La date avant laquelle le contact doit avoir lieu (ISO).</summary>
    public string? Echeance { get; set; }

    /// <summary>Le rang de la tentative (1 pour la première).</summary>
    public int Tentative { get; set; }

    /// <summary>L'explication du contact.</summary>
    public ExplicationDocument? Explication { get; set; }
}

/// <summary>Un intervenant dans le format d'échange.</summary>
public sealed class IntervenantDocument
{
    /// <summary>Code stable de l'intervenant.</summary>
    public string? Code { get; set; }

    /// <summary>Libellé.</summary>
    public string? Libelle { get; set; }

    /// <summary>Code du type d'intervenant (<c>AGENT_CAF</c>, <c>TRAVAILLEUR_SOCIAL</c>).</summary>
    public string? Type { get; set; }
}

/// <summary>Un signal (motif de contact) dans le format d'échange.</summary>
public sealed class SignalDocument
{
    /// <summary>Code du public de campagne qui a émis le signal.</summary>
    public string? Public { get; set; }

    /// <summary>Libellé du motif.</summary>
    public string? Libelle { get; set; }

    /// <summary>Code de la gravité.</summary>
    public string? Gravite { get; set; }

    /// <summary>Code du type d'intervenant attendu.</summary>
    public string? Intervenant { get; set; }

    /// <summary>Date avant laquelle agir (ISO), s'il y a lieu.</summary>
    public string? Echeance { get; set; }

    /// <summary>L'explication du signal.</summary>
    public ExplicationDocument? Explication { get; set; }
}

/// <summary>Une explication (les quatre points du CRPA R311-3-1-2) dans le format d'échange.</summary>
public sealed class ExplicationDocument
{
    /// <summary>La règle appliquée.</summary>
    public string? Regle { get; set; }

    /// <summary>Point 1 : contribution du traitement à la décision.</summary>
    public string? Contribution { get; set; }

    /// <summary>Point 2 : données utilisées et leurs sources.</summary>
    public List<DonneeUtiliseeDocument> Donnees { get; set; } = [];

    /// <summary>Point 3 : paramètres appliqués.</summary>
    public List<ParametreAppliqueDocument> Parametres { get; set; } = [];

    /// <summary>Point 4 : opérations effectuées.</summary>
    public List<string> Operations { get; set; } = [];

    /// <summary>La conclusion.</summary>
    public string? Conclusion { get; set; }

    /// <summary>Le sens de la décision.</summary>
    public bool EstSatisfaite { get; set; }

    /// <summary>La motivation dérivée (CRPA L211-5), écrite pour le lecteur ; ignorée à la lecture (recalculée).</summary>
    public string? Motivation { get; set; }

    /// <summary>Les voies et délais de recours de la décision (CRPA L211-2 ; CJA R421-5) ; absent ou vide si aucun.</summary>
    public List<VoieDeRecoursDocument>? VoiesDeRecours { get; set; }
}

/// <summary>Une voie de recours, dans le format d'échange.</summary>
public sealed class VoieDeRecoursDocument
{
    /// <summary>La nature du recours.</summary>
    public string? Nature { get; set; }

    /// <summary>L'autorité ou la juridiction à saisir.</summary>
    public string? Autorite { get; set; }

    /// <summary>Le délai, en mois (1 à 24).</summary>
    public int DelaiEnMois { get; set; }

    /// <summary>Le point de départ du délai.</summary>
    public string? PointDeDepart { get; set; }

    /// <summary>Le texte qui ouvre le recours.</summary>
    public string? Reference { get; set; }
}

/// <summary>Une donnée utilisée par une décision, dans le format d'échange.</summary>
public sealed class DonneeUtiliseeDocument
{
    /// <summary>Nom de la donnée.</summary>
    public string? Nom { get; set; }

    /// <summary>Valeur utilisée.</summary>
    public string? Valeur { get; set; }

    /// <summary>Source de la donnée.</summary>
    public string? Source { get; set; }
}

/// <summary>Un paramètre appliqué par une décision, dans le format d'échange.</summary>
public sealed class ParametreAppliqueDocument
{
    /// <summary>Nom du paramètre.</summary>
    public string? Nom { get; set; }

    /// <summary>Valeur appliquée.</summary>
    public string? Valeur { get; set; }

    /// <summary>Date d'effet (ISO), si le paramètre est daté.</summary>
    public string? EnVigueurDepuis { get; set; }

    /// <summary>Référence juridique ou politique locale.</summary>
    public string? Reference { get; set; }
}

/// <summary>Les contacts effectués pour un foyer, dans le format d'échange.</summary>
public sealed class HistoriqueDocument
{
    /// <summary>Numéro allocataire du foyer sur 7 chiffres (donnée personnelle).</summary>
    public string? NumeroAllocataire { get; set; }

    /// <summary>Les contacts effectués, dans l'ordre chronologique.</summary>
    public List<AppelDocument> Appels { get; set; } = [];
}

/// <summary>Un contact effectué et son issue, dans le format d'échange.</summary>
public sealed class AppelDocument
{
    /// <summary>Date du contact (ISO).</summary>
    public string? Date { get; set; }

    /// <summary>Code de l'issue (<c>JOINT</c>, <c>INJOIGNABLE</c>, <c>REFUS</c>…).</summary>
    public string? Issue { get; set; }

    /// <summary>L'intervenant qui l'a effectué.</summary>
    public IntervenantDocument? Intervenant { get; set; }

    /// <summary>Le rang de la tentative.</summary>
    public int Tentative { get; set; }
}

/// <summary>Les totaux d'une campagne pour un secteur, dans le format d'échange.</summary>
public sealed class TotalSecteurDocument
{
    /// <summary>Code du secteur (<c>TOUS</c> pour le total).</summary>
    public string? Secteur { get; set; }

    /// <summary>Nombre de contacts.</summary>
    public int Contacts { get; set; }

    /// <summary>Contacts par téléphone.</summary>
    public int ParTelephone { get; set; }

    /// <summary>Contacts par courrier.</summary>
    public int ParCourrier { get; set; }

    /// <summary>Contacts par code de gravité.</summary>
    public Dictionary<string, int> ParGravite { get; set; } = [];

    /// <summary>Signaux par code de public.</summary>
    public Dictionary<string, int> ParMotif { get; set; } = [];
}
