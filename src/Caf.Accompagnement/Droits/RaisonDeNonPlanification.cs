namespace Caf.Accompagnement.Droits;

/// <summary>Pourquoi un foyer signalé n'a pas de contact dans la campagne.</summary>
/// <remarks>Rien n'est perdu en silence : foyers signalés = contacts planifiés + foyers non planifiés
/// (<see cref="Campagne.NonPlanifies"/>), chacun avec sa raison.</remarks>
public sealed class RaisonDeNonPlanification : EnumerationCaf<RaisonDeNonPlanification>, IEnumerationCaf<RaisonDeNonPlanification>
{
    /// <summary>La capacité journalière de l'intervenant ne permet pas de le contacter avant la fin de l'horizon de planification.</summary>
    public static readonly RaisonDeNonPlanification CapaciteDansLHorizon = new(nameof(CapaciteDansLHorizon), "CAPACITE_HORIZON", "capacité insuffisante dans l'horizon de planification");

    /// <summary>Le foyer a refusé tout contact.</summary>
    public static readonly RaisonDeNonPlanification Refus = new(nameof(Refus), "REFUS", "refus du contact");

    /// <summary>Foyer injoignable : le délai avant une nouvelle tentative n'est pas écoulé.</summary>
    public static readonly RaisonDeNonPlanification AttenteNouvelleTentative = new(nameof(AttenteNouvelleTentative), "ATTENTE_TENTATIVE", "attente d'une nouvelle tentative");

    /// <summary>Contacté récemment : la fenêtre sans nouvel appel n'est pas écoulée.</summary>
    public static readonly RaisonDeNonPlanification FenetreSansNouvelAppel = new(nameof(FenetreSansNouvelAppel), "FENETRE_SANS_APPEL", "fenêtre sans nouvel appel");

    private RaisonDeNonPlanification(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<RaisonDeNonPlanification> Toutes { get; } = [CapaciteDansLHorizon, Refus, AttenteNouvelleTentative, FenetreSansNouvelAppel];

    /// <inheritdoc/>
    public static string NomDuType => "raison de non-planification";

    /// <summary><see langword="true"/> pour un foyer écarté par les règles de rappel (refus, attente, fenêtre), <see langword="false"/> pour un manque de capacité.</summary>
    public bool EstUnEcartement => this != CapaciteDansLHorizon;
}
