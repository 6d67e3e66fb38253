namespace Caf.Accompagnement.Campagnes;

/// <summary>L'issue d'un contact proactif, telle que l'intervenant l'enregistre.</summary>
/// <remarks>Les suites proposées par la Caf de la Loire (2020) : aide aux démarches, rendez-vous téléphonique pour un
/// examen approfondi du dossier, rendez-vous avec un travailleur social en cas d'urgence sociale.</remarks>
public sealed class IssueDuContact : EnumerationCaf<IssueDuContact>, IEnumerationCaf<IssueDuContact>
{
    /// <summary>Foyer joint, sans suite nécessaire.</summary>
    public static readonly IssueDuContact Joint = new(nameof(Joint), "JOINT", "Foyer joint");

    /// <summary>Foyer injoignable : une nouvelle tentative suivra.</summary>
    public static readonly IssueDuContact Injoignable = new(nameof(Injoignable), "INJOIGNABLE", "Foyer injoignable");

    /// <summary>Rendez-vous proposé.</summary>
    public static readonly IssueDuContact RendezVousPropose = new(nameof(RendezVousPropose), "RDV_PROPOSE", "Rendez-vous proposé");

    /// <summary>Rendez-vous téléphonique pour un examen approfondi du dossier.</summary>
    public static readonly IssueDuContact RendezVousTelephonique = new(nameof(RendezVousTelephonique), "RDV_TELEPHONIQUE", "Rendez-vous téléphonique");

    /// <summary>Rendez-vous avec un travailleur social (urgence sociale).</summary>
    public static readonly IssueDuContact RendezVousTravailleurSocial = new(nameof(RendezVousTravailleurSocial), "RDV_TRAVAILLEUR_SOCIAL", "Rendez-vous avec un travailleur social");

    /// <summary>Démarche faite en ligne avec l'aide de l'intervenant.</summary>
    public static readonly IssueDuContact DemarcheFaiteEnLigne = new(nameof(DemarcheFaiteEnLigne), "DEMARCHE_EN_LIGNE", "Démarche faite en ligne avec accompagnement");

    /// <summary>Le foyer refuse d'être contacté : plus aucun appel.</summary>
    public static readonly IssueDuContact Refus = new(nameof(Refus), "REFUS", "Refus du contact");

    private IssueDuContact(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<IssueDuContact> Toutes { get; } =
        [Joint, Injoignable, RendezVousPropose, RendezVousTelephonique, RendezVousTravailleurSocial, DemarcheFaiteEnLigne, Refus];

    /// <inheritdoc/>
    public static string NomDuType => "issue du contact";

    /// <summary><see langword="true"/> si le foyer a été joint.</summary>
    public bool EstJoint => this != Injoignable;
}
