using Caf.Accompagnement.Campagnes;

namespace Caf.Accompagnement.Activite;

/// <summary>Ce qui a conduit à un rendez-vous.</summary>
/// <remarks>Le bilan 2022 de la Caf des Landes rattache ses rendez-vous « séparation » à des actions proactives
/// d'information vers les parents séparés (appels sortants) ; la Caf de la Loire propose des rendez-vous à l'issue de
/// contacts téléphoniques proactifs.</remarks>
public sealed class OrigineDeRendezVous : EnumerationCaf<OrigineDeRendezVous>, IEnumerationCaf<OrigineDeRendezVous>
{
    /// <summary>Appel sortant : la Caf a pris l'initiative du contact.</summary>
    public static readonly OrigineDeRendezVous AppelSortant = new(nameof(AppelSortant), "APPEL_SORTANT", "appel sortant");

    /// <summary>Demande de l'allocataire.</summary>
    public static readonly OrigineDeRendezVous DemandeAllocataire = new(nameof(DemandeAllocataire), "DEMANDE", "demande de l'allocataire");

    /// <summary>Orientation par un partenaire (conseil départemental, France Travail, bailleur…).</summary>
    public static readonly OrigineDeRendezVous Partenaire = new(nameof(Partenaire), "PARTENAIRE", "orientation par un partenaire");

    private OrigineDeRendezVous(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<OrigineDeRendezVous> Toutes { get; } = [AppelSortant, DemandeAllocataire, Partenaire];

    /// <inheritdoc/>
    public static string NomDuType => "origine de rendez-vous";
}
