using NodaTime;

namespace Caf.Accompagnement.Contrats;

/// <summary>Le régime juridique d'un contrat : contrat d'engagements réciproques avant le 1er janvier 2025, contrat d'engagement ensuite (loi n° 2023-1196 pour le plein emploi).</summary>
public sealed class RegimeContrat : EnumerationCaf<RegimeContrat>, IEnumerationCaf<RegimeContrat>
{
    /// <summary>Contrat d'engagements réciproques (CASF L262-35 et L262-36 dans leur rédaction antérieure au 1er janvier 2025).</summary>
    public static readonly RegimeContrat ContratEngagementsReciproques = new(nameof(ContratEngagementsReciproques), "CER", "Contrat d'engagements réciproques");

    /// <summary>Contrat d'engagement unique, avec son plan d'action d'au moins 15 heures d'activité par semaine (loi n° 2023-1196, en vigueur le 1er janvier 2025).</summary>
    public static readonly RegimeContrat ContratEngagement = new(nameof(ContratEngagement), "CE", "Contrat d'engagement");

    private RegimeContrat(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<RegimeContrat> Toutes { get; } = [ContratEngagementsReciproques, ContratEngagement];

    /// <inheritdoc/>
    public static string NomDuType => "régime du contrat";

    /// <summary>Date d'entrée en vigueur du contrat d'engagement : le 1er janvier 2025 (loi n° 2023-1196 du 18 décembre 2023, art. 3).</summary>
    public static LocalDate EntreeEnVigueurContratEngagement { get; } = new(2025, 1, 1);

    /// <summary>Le régime en vigueur à une date : CER avant le 1er janvier 2025, contrat d'engagement à partir de cette date.</summary>
    /// <param name="date">La date (celle de l'établissement ou de la signature du contrat).</param>
    /// <returns>Le régime.</returns>
    public static RegimeContrat Au(LocalDate date) => date < EntreeEnVigueurContratEngagement ? ContratEngagementsReciproques : ContratEngagement;

    /// <summary><see langword="true"/> si le régime exige un plan d'action (contrat d'engagement).</summary>
    public bool ExigePlanDAction => this == ContratEngagement;
}
