namespace Caf.Accompagnement.Aides;

/// <summary>D'où vient le quotient familial retenu : la valeur officielle du dossier Caf, ou un recalcul.</summary>
public sealed class OrigineDuQuotientFamilial : EnumerationCaf<OrigineDuQuotientFamilial>, IEnumerationCaf<OrigineDuQuotientFamilial>
{
    /// <summary>La valeur officielle établie par la Caf et lue dans son dossier, retenue telle quelle.</summary>
    public static readonly OrigineDuQuotientFamilial DossierCaf = new(nameof(DossierCaf), "DOSSIER_CAF", "Valeur officielle du dossier Caf");

    /// <summary>Recalculé par la bibliothèque à partir des données du dossier (ressources N-2, prestations, enfants).</summary>
    public static readonly OrigineDuQuotientFamilial Recalcule = new(nameof(Recalcule), "RECALCULE", "Recalculé à partir des données du dossier");

    private OrigineDuQuotientFamilial(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<OrigineDuQuotientFamilial> Toutes { get; } = [DossierCaf, Recalcule];

    /// <inheritdoc/>
    public static string NomDuType => "origine du quotient familial";
}
