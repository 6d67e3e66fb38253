namespace Caf.Accompagnement.Dossiers;

/// <summary>Le motif de clôture d'un dossier d'accompagnement ; la clôture est définitive.</summary>
public sealed class MotifDeCloture : EnumerationCaf<MotifDeCloture>, IEnumerationCaf<MotifDeCloture>
{
    /// <summary>Les objectifs du plan sont atteints (au moins un objectif atteint, aucun plan ouvert).</summary>
    public static readonly MotifDeCloture ObjectifsAtteints = new(nameof(ObjectifsAtteints), "OBJECTIFS_ATTEINTS", "objectifs atteints");

    /// <summary>Le foyer a quitté le territoire de la Caf (un déménagement vers un autre secteur de la carte transfère le dossier).</summary>
    public static readonly MotifDeCloture Demenagement = new(nameof(Demenagement), "DEMENAGEMENT", "déménagement");

    /// <summary>Le foyer refuse l'accompagnement.</summary>
    public static readonly MotifDeCloture Refus = new(nameof(Refus), "REFUS", "refus");

    /// <summary>Le foyer n'a pu être joint ou n'a pas donné suite.</summary>
    public static readonly MotifDeCloture SansContact = new(nameof(SansContact), "SANS_CONTACT", "sans contact");

    /// <summary>Autre motif.</summary>
    public static readonly MotifDeCloture Autre = new(nameof(Autre), "AUTRE", "autre motif");

    private MotifDeCloture(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<MotifDeCloture> Toutes { get; } = [ObjectifsAtteints, Demenagement, Refus, SansContact, Autre];

    /// <inheritdoc/>
    public static string NomDuType => "motif de clôture";
}
