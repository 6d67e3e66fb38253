namespace Caf.Accompagnement.Json;

/// <summary>
/// L'instantané d'un parcours d'insertion (orientations, référents, contrats et leur historique) dans le format
/// d'échange JSON, version 1 (voir <c>docs/json.md</c>). Objet de transfert sans invariant :
/// <see cref="ParcoursJson.FromDocument"/> vérifie les invariants du parcours avant de le restaurer.
/// </summary>
public sealed class ParcoursDocument
{
    /// <summary>Version actuelle du schéma.</summary>
    public const int VersionActuelle = 1;

    /// <summary>Version du schéma du document.</summary>
    public int Version { get; set; } = VersionActuelle;

    /// <summary>Numéro allocataire du dossier sur 7 chiffres (donnée personnelle).</summary>
    public string? NumeroAllocataire { get; set; }

    /// <summary>Code du rôle du bénéficiaire dans le foyer (<c>ALLOCATAIRE</c>, <c>CONJOINT</c>).</summary>
    public string? Role { get; set; }

    /// <summary>Code Insee de la commune de résidence du foyer.</summary>
    public string? Commune { get; set; }

    /// <summary>Les paramètres départementaux.</summary>
    public ParametresDepartementauxDocument? Parametres { get; set; }

    /// <summary>Les orientations, par date croissante.</summary>
    public List<OrientationDocument> Orientations { get; set; } = [];

    /// <summary>Les désignations du référent unique, par date croissante.</summary>
    public List<DesignationReferentDocument> Referents { get; set; } = [];

    /// <summary>Les contrats, par numéro (1, 2…).</summary>
    public List<ContratDocument> Contrats { get; set; } = [];

    /// <summary>L'inscription à France Travail, ou <see langword="null"/>.</summary>
    public InscriptionFranceTravailDocument? FranceTravail { get; set; }

    /// <summary>Les décisions d'organisme référent, par date croissante.</summary>
    public List<DecisionOrganismeReferentDocument> OrganismesReferents { get; set; } = [];

    /// <summary>Les sanctions, par date croissante.</summary>
    public List<SanctionDocument> Sanctions { get; set; } = [];

    /// <summary>La sortie du parcours, ou <see langword="null"/>.</summary>
    public SortieDocument? Sortie { get; set; }
}

/// <summary>L'inscription à France Travail dans le format d'échange.</summary>
public sealed class InscriptionFranceTravailDocument
{
    /// <summary>Date d'inscription (ISO).</summary>
    public string? Date { get; set; }

    /// <summary>Identifiant France Travail (donnée personnelle).</summary>
    public string? Identifiant { get; set; }
}

/// <summary>Une décision d'organisme référent dans le format d'échange.</summary>
public sealed class DecisionOrganismeReferentDocument
{
    /// <summary>Code de l'organisme.</summary>
    public string? Organisme { get; set; }

    /// <summary>Date de la décision (ISO).</summary>
    public string? Date { get; set; }
}

/// <summary>
/// Une sanction dans le format d'échange : la demande décidée ; la lecture la décide à nouveau dans le parcours, selon le
/// barème officiel en vigueur à sa date.
/// </summary>
public sealed class SanctionDocument
{
    /// <summary>Code du manquement.</summary>
    public string? Manquement { get; set; }

    /// <summary>Date du manquement (ISO).</summary>
    public string? DateManquement { get; set; }

    /// <summary>Numéro du contrat concerné, s'il y en a un.</summary>
    public int? NumeroContrat { get; set; }

    /// <summary>Date de la décision (ISO).</summary>
    public string? DateDecision { get; set; }

    /// <summary>Part de l'allocation, en pour cent.</summary>
    public int TauxPourcent { get; set; }

    /// <summary>Durée, en mois.</summary>
    public int? DureeEnMois { get; set; }

    /// <summary>Code de la nature (<c>SUSPENSION</c>, <c>SUPPRESSION</c>).</summary>
    public string? Nature { get; set; }

    /// <summary>Manquement répété.</summary>
    public bool Reiteration { get; set; }

    /// <summary>Foyer de plus d'une personne.</summary>
    public bool FoyerDePlusieursPersonnes { get; set; }

    /// <summary>Majoration pour isolement (CASF L262-9).</summary>
    public bool MajorationIsolement { get; set; }

    /// <summary>Saisine de l'équipe pluridisciplinaire (ISO), avant le 1er juin 2025.</summary>
    public string? Saisine { get; set; }

    /// <summary>Audition par l'équipe pluridisciplinaire (ISO), s'il y a lieu.</summary>
    public string? Audition { get; set; }

    /// <summary>Information préalable de la personne (ISO), depuis le 1er juin 2025.</summary>
    public string? Information { get; set; }

    /// <summary>Observations de la personne (ISO), s'il y a lieu.</summary>
    public string? Observations { get; set; }

    /// <summary>Reprise anticipée du versement (ISO), s'il y a lieu.</summary>
    public string? Reprise { get; set; }
}

/// <summary>La sortie du parcours dans le format d'échange.</summary>
public sealed class SortieDocument
{
    /// <summary>Date de sortie (ISO).</summary>
    public string? Date { get; set; }

    /// <summary>Code du motif.</summary>
    public string? Motif { get; set; }
}

/// <summary>Les paramètres départementaux des contrats dans le format d'échange.</summary>
public sealed class ParametresDepartementauxDocument
{
    /// <summary>Durée par défaut d'un contrat, en mois.</summary>
    public int DureeParDefautEnMois { get; set; }

    /// <summary>Durée maximale d'un contrat, en mois.</summary>
    public int DureeMaximaleEnMois { get; set; }

    /// <summary>Nombre maximal de renouvellements successifs.</summary>
    public int RenouvellementsMaximum { get; set; }

    /// <summary>Délai de signature après l'orientation, en mois.</summary>
    public int DelaiDeSignatureEnMois { get; set; }
}

/// <summary>Une orientation dans le format d'échange.</summary>
public sealed class OrientationDocument
{
    /// <summary>Code du type d'orientation.</summary>
    public string? Type { get; set; }

    /// <summary>Date de la décision (ISO).</summary>
    public string? Debut { get; set; }

    /// <summary>Dernier jour (ISO), si l'orientation a été écourtée.</summary>
    public string? Fin { get; set; }

    /// <summary>Écourtée par une réorientation.</summary>
    public bool EcourteeParReorientation { get; set; }
}

/// <summary>Un référent unique dans le format d'échange.</summary>
public sealed class ReferentDocument
{
    /// <summary>Identifiant pseudonyme du référent (jamais un nom).</summary>
    public string? Identifiant { get; set; }

    /// <summary>Code de l'organisme (<c>CAF</c> pour un travailleur social de la Caf, <c>CD</c>, <c>FT</c>…).</summary>
    public string? Organisme { get; set; }
}

/// <summary>Une désignation de référent dans le format d'échange.</summary>
public sealed class DesignationReferentDocument
{
    /// <summary>Le référent.</summary>
    public ReferentDocument? Referent { get; set; }

    /// <summary>Date de la désignation (ISO).</summary>
    public string? Debut { get; set; }

    /// <summary>Dernier jour (ISO), si un autre référent a été désigné depuis.</summary>
    public string? Fin { get; set; }
}

/// <summary>Une action réciproque d'un contrat dans le format d'échange.</summary>
public sealed class EngagementDocument
{
    /// <summary>Code du domaine.</summary>
    public string? Domaine { get; set; }

    /// <summary>Code de la partie qui doit l'action.</summary>
    public string? Debiteur { get; set; }

    /// <summary>Libellé de l'action.</summary>
    public string? Libelle { get; set; }

    /// <summary>Échéance (ISO).</summary>
    public string? Echeance { get; set; }

    /// <summary>Code du statut de l'action.</summary>
    public string? Statut { get; set; }
}

/// <summary>Un plan d'action (contrat d'engagement) dans le format d'échange.</summary>
public sealed class PlanDActionDocument
{
    /// <summary>Heures d'activité par semaine.</summary>
    public int HeuresHebdomadaires { get; set; }

    /// <summary>Motif de l'ajustement sous 15 heures.</summary>
    public string? MotifAjustement { get; set; }
}

/// <summary>Un avenant dans le format d'échange : le contenu du contrat avant l'avenant.</summary>
public sealed class AvenantDocument
{
    /// <summary>Numéro de l'avenant (1, 2…).</summary>
    public int Numero { get; set; }

    /// <summary>Date de l'avenant (ISO).</summary>
    public string? Date { get; set; }

    /// <summary>Motif.</summary>
    public string? Motif { get; set; }

    /// <summary>Les actions avant l'avenant.</summary>
    public List<EngagementDocument> EngagementsAvant { get; set; } = [];

    /// <summary>Le plan d'action avant l'avenant.</summary>
    public PlanDActionDocument? PlanAvant { get; set; }
}

/// <summary>Un contrat dans le format d'échange.</summary>
public sealed class ContratDocument
{
    /// <summary>Numéro du contrat dans le parcours (sa position, à partir de 1).</summary>
    public int Numero { get; set; }

    /// <summary>Code du régime (<c>CER</c>, <c>CE</c>) : celui en vigueur à la date d'établissement.</summary>
    public string? Regime { get; set; }

    /// <summary>Code du statut.</summary>
    public string? Statut { get; set; }

    /// <summary>Le référent qui suit le contrat.</summary>
    public ReferentDocument? Referent { get; set; }

    /// <summary>L'orientation en vigueur à l'établissement, telle qu'elle était alors.</summary>
    public OrientationDocument? Orientation { get; set; }

    /// <summary>Date d'établissement du brouillon (ISO).</summary>
    public string? DateEtablissement { get; set; }

    /// <summary>Durée prévue, en mois.</summary>
    public int DureeEnMois { get; set; }

    /// <summary>Les actions réciproques (au moins une).</summary>
    public List<EngagementDocument> Engagements { get; set; } = [];

    /// <summary>Le plan d'action (contrat d'engagement seulement).</summary>
    public PlanDActionDocument? PlanDAction { get; set; }

    /// <summary>Numéro du contrat renouvelé par celui-ci.</summary>
    public int? Predecesseur { get; set; }

    /// <summary>Numéro du contrat qui renouvelle celui-ci.</summary>
    public int? Successeur { get; set; }

    /// <summary>Nombre de renouvellements qui ont mené à ce contrat.</summary>
    public int RangDeRenouvellement { get; set; }

    /// <summary>Date de signature (ISO), absente pour un brouillon.</summary>
    public string? DateSignature { get; set; }

    /// <summary>Signature hors délai après l'orientation.</summary>
    public bool SignatureTardive { get; set; }

    /// <summary>Premier jour (ISO), absent pour un brouillon.</summary>
    public string? Debut { get; set; }

    /// <summary>Dernier jour prévu (ISO), absent pour un brouillon.</summary>
    public string? Fin { get; set; }

    /// <summary>Dernier jour effectif (ISO), absent pour un brouillon.</summary>
    public string? FinEffective { get; set; }

    /// <summary>Motif de la rupture ou de la fin anticipée.</summary>
    public string? Motif { get; set; }

    /// <summary>Les avenants, dans l'ordre.</summary>
    public List<AvenantDocument> Avenants { get; set; } = [];
}
