using NodaTime;

namespace Caf.Accompagnement.Contrats;

/// <summary>Le régime des sanctions applicable à la date de la décision.</summary>
public sealed class RegimeDeSanction : EnumerationCaf<RegimeDeSanction>, IEnumerationCaf<RegimeDeSanction>
{
    /// <summary>Suspension en tout ou partie après audition possible par l'équipe pluridisciplinaire ; reprise à la signature d'un contrat (CASF L262-37 avant le 1er juin 2025).</summary>
    public static readonly RegimeDeSanction Suspension = new(nameof(Suspension), "SUSPENSION", "Suspension (L262-37, rédaction antérieure)");

    /// <summary>Suspension-remobilisation : taux et durée bornés, reversement quand la personne se conforme à nouveau (décret du 30 mai 2025, en vigueur le 1er juin 2025).</summary>
    public static readonly RegimeDeSanction SuspensionRemobilisation = new(nameof(SuspensionRemobilisation), "SUSPENSION_REMOBILISATION", "Suspension-remobilisation");

    private RegimeDeSanction(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<RegimeDeSanction> Toutes { get; } = [Suspension, SuspensionRemobilisation];

    /// <inheritdoc/>
    public static string NomDuType => "régime de sanction";

    /// <summary>Date d'entrée en vigueur de la suspension-remobilisation : le 1er juin 2025 (décret du 30 mai 2025).</summary>
    public static LocalDate EntreeEnVigueurSuspensionRemobilisation { get; } = new(2025, 6, 1);

    /// <summary>Le régime applicable à une décision prise à une date.</summary>
    /// <param name="dateDecision">La date de la décision de sanction.</param>
    /// <returns>Le régime.</returns>
    public static RegimeDeSanction Au(LocalDate dateDecision) =>
        dateDecision < EntreeEnVigueurSuspensionRemobilisation ? Suspension : SuspensionRemobilisation;
}
