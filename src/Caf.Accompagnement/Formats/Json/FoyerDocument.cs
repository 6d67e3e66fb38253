namespace Caf.Accompagnement.Json;

/// <summary>
/// Un foyer dans le format d'échange JSON, version 1 (voir <c>docs/json.md</c>). Objet de transfert sans invariant :
/// <see cref="FoyersJson.Lire(string)"/> le valide et le convertit en <see cref="Foyers.Foyer"/>.
/// </summary>
public sealed class FoyerDocument
{
    /// <summary>Numéro allocataire sur 7 chiffres (donnée personnelle).</summary>
    public string? NumeroAllocataire { get; set; }

    /// <summary>Code Insee de la commune de résidence.</summary>
    public string? Commune { get; set; }

    /// <summary>Date de naissance de l'allocataire (ISO).</summary>
    public string? Naissance { get; set; }

    /// <summary>Situation familiale : <c>ISOLE</c> ou <c>COUPLE</c>.</summary>
    public string? Situation { get; set; }

    /// <summary>Date de la situation familiale (ISO).</summary>
    public string? SituationDepuis { get; set; }

    /// <summary>Date de naissance du conjoint (ISO), en couple.</summary>
    public string? NaissanceConjoint { get; set; }

    /// <summary>Enfants à charge.</summary>
    public List<EnfantDocument> Enfants { get; set; } = [];

    /// <summary>Ressources mensuelles hors prestations, en euros.</summary>
    public decimal RessourcesMensuelles { get; set; }

    /// <summary>Ressources annuelles N-2, en euros.</summary>
    public decimal RessourcesAnnuellesN2 { get; set; }

    /// <summary>Prestations perçues.</summary>
    public List<PrestationDocument> Prestations { get; set; } = [];

    /// <summary>Événements de vie.</summary>
    public List<EvenementDocument> Evenements { get; set; } = [];

    /// <summary>Codes des canaux de contact utilisés.</summary>
    public List<string> Canaux { get; set; } = [];

    /// <summary>Démarches.</summary>
    public List<DemarcheDocument> Demarches { get; set; } = [];

    /// <summary>Un numéro de téléphone est connu.</summary>
    public bool TelephoneConnu { get; set; }

    /// <summary>Soumission de l'allocataire aux droits et devoirs du RSA (facultatif : absent, inconnue).</summary>
    public DroitsEtDevoirsDocument? DroitsEtDevoirsAllocataire { get; set; }

    /// <summary>Soumission du conjoint aux droits et devoirs du RSA, en couple (facultatif : absent, inconnue).</summary>
    public DroitsEtDevoirsDocument? DroitsEtDevoirsConjoint { get; set; }

    /// <summary>Quotient familial officiel du dossier Caf (facultatif : absent, il est recalculé).</summary>
    public QuotientFamilialDocument? QuotientFamilialCaf { get; set; }
}

/// <summary>La soumission datée d'une personne aux droits et devoirs du RSA (<c>TOPPERSDRODEVORSA</c>, CASF L262-28).</summary>
public sealed class DroitsEtDevoirsDocument
{
    /// <summary>La personne est soumise aux droits et devoirs.</summary>
    public bool Soumis { get; set; }

    /// <summary>Date depuis laquelle la valeur vaut (ISO), obligatoire.</summary>
    public string? Depuis { get; set; }
}

/// <summary>Un enfant à charge dans le format d'échange.</summary>
public sealed class EnfantDocument
{
    /// <summary>Date de naissance (ISO).</summary>
    public string? Naissance { get; set; }

    /// <summary>Handicap reconnu.</summary>
    public bool Handicap { get; set; }

    /// <summary>Résidence alternée au domicile de chacun des parents (facultatif : absent, <see langword="false"/>).</summary>
    public bool ResidenceAlternee { get; set; }
}

/// <summary>Le quotient familial officiel du dossier Caf dans le format d'échange.</summary>
public sealed class QuotientFamilialDocument
{
    /// <summary>Valeur en euros par mois et par part.</summary>
    public decimal Valeur { get; set; }

    /// <summary>Date à laquelle la Caf l'a établi (ISO), obligatoire.</summary>
    public string? ConnuAu { get; set; }
}

/// <summary>Une prestation perçue dans le format d'échange.</summary>
public sealed class PrestationDocument
{
    /// <summary>Code de la prestation (<c>RSA</c>, <c>AF</c>…).</summary>
    public string? Code { get; set; }

    /// <summary>Montant mensuel en euros.</summary>
    public decimal MontantMensuel { get; set; }

    /// <summary>RSA majoré.</summary>
    public bool Majoree { get; set; }
}

/// <summary>Un événement de vie dans le format d'échange.</summary>
public sealed class EvenementDocument
{
    /// <summary>Code du type d'événement (<c>SEPARATION</c>…).</summary>
    public string? Type { get; set; }

    /// <summary>Date (ISO).</summary>
    public string? Date { get; set; }
}

/// <summary>Une démarche dans le format d'échange.</summary>
public sealed class DemarcheDocument
{
    /// <summary>Date (ISO).</summary>
    public string? Date { get; set; }

    /// <summary>Code du canal (<c>ACCUEIL</c>…).</summary>
    public string? Canal { get; set; }
}

/// <summary>Le document d'échange de foyers : une version de schéma et une liste de foyers.</summary>
public sealed class FoyersDocument
{
    /// <summary>Version actuelle du schéma.</summary>
    public const int VersionActuelle = 1;

    /// <summary>Version du schéma du document.</summary>
    public int Version { get; set; } = VersionActuelle;

    /// <summary>Les foyers.</summary>
    public List<FoyerDocument> Foyers { get; set; } = [];
}
