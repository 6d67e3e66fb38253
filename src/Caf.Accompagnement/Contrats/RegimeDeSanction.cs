using NodaTime;

namespace Caf.Accompagnement.Contrats;

/// <summary>Le régime des sanctions applicable à la date de la décision.</summary>
public sealed class RegimeDeSanction : EnumerationCaf<RegimeDeSanction>, IEnumerationCaf<RegimeDeSanction>
{
    /// <summary>Réduction ou suspension d'une part du RSA pour une durée fixée, après audition possible par l'équipe pluridisciplinaire (CASF L262-37 et R262-68 avant le 1er juin 2025).</summary>
    public static readonly RegimeDeSanction Suspension = new(nameof(Suspension), "SUSPENSION", "Régime antérieur au 1er juin 2025 (CASF R262-68)");

    /// <summary>Suspension-remobilisation : taux et durée bornés, reversement quand la personne se conforme à nouveau (décret du 30 mai 2025, en vigueur le 1er juin 2025).</summary>
    public static readonly RegimeDeSanction SuspensionRemobilisation = new(nameof(SuspensionRemobilisation), "SUSPENSION_REMOBILISATION", "Suspension-remobilisation (CASF R262-68 à R262-68-6, depuis le 1er juin 2025)");

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
