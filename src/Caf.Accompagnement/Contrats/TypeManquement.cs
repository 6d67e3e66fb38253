using NodaTime;

namespace Caf.Accompagnement.Contrats;

/// <summary>
/// Le manquement qui peut fonder une sanction (CASF L262-37), avec l'alinéa qui le prévoit et la période pendant
/// laquelle il est prévu (date du manquement) : la liste change le 1er janvier 2025 (loi n° 2023-1196 pour le plein
/// emploi, art. 3).
/// </summary>
public sealed class TypeManquement : EnumerationCaf<TypeManquement>, IEnumerationCaf<TypeManquement>
{
    private static readonly LocalDate Reforme = RegimeContrat.EntreeEnVigueurContratEngagement;

    /// <summary>Le projet personnalisé d'accès à l'emploi ou le contrat n'a pas été établi dans les délais (jusqu'au 31 décembre 2024).</summary>
    public static readonly TypeManquement NonSignature = new(nameof(NonSignature), "NON_SIGNATURE", "Contrat non signé dans les délais",
        "CASF L262-37, 1° (rédaction antérieure au 1er janvier 2025)", null, Reforme);

    /// <summary>Le projet personnalisé d'accès à l'emploi ou le contrat n'a pas été renouvelé (jusqu'au 31 décembre 2024).</summary>
    public static readonly TypeManquement NonRenouvellement = new(nameof(NonRenouvellement), "NON_RENOUVELLEMENT", "Contrat non renouvelé",
        "CASF L262-37, 1° (rédaction antérieure au 1er janvier 2025)", null, Reforme);

    /// <summary>Les engagements du contrat ou du plan d'action ne sont pas respectés sans motif légitime.</summary>
    public static readonly TypeManquement NonRespect = new(nameof(NonRespect), "NON_RESPECT", "Engagements non respectés",
        "CASF L262-37, 2° (rédaction antérieure) ; L262-37, I, 2° (loi n° 2023-1196)", null, null);

    /// <summary>Le bénéficiaire accompagné par Pôle emploi a été radié de la liste des demandeurs d'emploi (jusqu'au 31 décembre 2024).</summary>
    public static readonly TypeManquement RadiationDemandeursEmploi = new(nameof(RadiationDemandeursEmploi), "RADIATION_DE", "Radiation de la liste des demandeurs d'emploi",
        "CASF L262-37, 3° (rédaction antérieure au 1er janvier 2025)", null, Reforme);

    /// <summary>Le bénéficiaire refuse de se soumettre aux contrôles.</summary>
    public static readonly TypeManquement RefusControle = new(nameof(RefusControle), "REFUS_CONTROLE", "Refus de se soumettre aux contrôles",
        "CASF L262-37, 4° (rédaction antérieure) ; L262-37, I (loi n° 2023-1196)", null, null);

    /// <summary>Le bénéficiaire refuse d'élaborer ou d'actualiser son contrat d'engagement (depuis le 1er janvier 2025).</summary>
    public static readonly TypeManquement RefusContratEngagement = new(nameof(RefusContratEngagement), "REFUS_CONTRAT", "Refus d'élaborer ou d'actualiser le contrat d'engagement",
        "CASF L262-37, I, 1° (loi n° 2023-1196) ; CASF R262-68 (décret n° 2025-478)", Reforme, null);

    /// <summary>Le bénéficiaire a refusé deux offres raisonnables d'emploi (depuis le 1er janvier 2025).</summary>
    public static readonly TypeManquement RefusOffresRaisonnables = new(nameof(RefusOffresRaisonnables), "REFUS_OFFRES", "Refus de deux offres raisonnables d'emploi",
        "CASF L262-37, I (loi n° 2023-1196) ; code du travail L5411-6-2", Reforme, null);

    private TypeManquement(string nom, string code, string libelle, string fondement, LocalDate? debut, LocalDate? fin)
        : base(nom, code, libelle)
    {
        Fondement = fondement;
        Debut = debut;
        Fin = fin;
    }

    /// <inheritdoc/>
    public static IReadOnlyList<TypeManquement> Toutes { get; } =
        [NonSignature, NonRenouvellement, NonRespect, RadiationDemandeursEmploi, RefusControle, RefusContratEngagement, RefusOffresRaisonnables];

    /// <inheritdoc/>
    public static string NomDuType => "type de manquement";

    /// <summary>Le texte qui prévoit ce manquement.</summary>
    public string Fondement { get; }

    /// <summary>Premier jour où le manquement est prévu par la loi, ou <see langword="null"/>.</summary>
    public LocalDate? Debut { get; }

    /// <summary>Premier jour où le manquement n'est plus prévu (fin exclue), ou <see langword="null"/>.</summary>
    public LocalDate? Fin { get; }

    /// <summary><see langword="true"/> si le manquement est prévu par la loi en vigueur à une date (celle du manquement).</summary>
    /// <param name="date">La date du manquement.</param>
    /// <returns>Le résultat.</returns>
    public bool EstPrevuAu(LocalDate date) => (Debut is not { } d || d <= date) && (Fin is not { } f || date < f);

    /// <summary>Les manquements prévus à une date.</summary>
    /// <param name="date">La date du manquement.</param>
    /// <returns>Les manquements, dans l'ordre de <see cref="Toutes"/>.</returns>
    public static IEnumerable<TypeManquement> PrevusAu(LocalDate date) => Toutes.Where(t => t.EstPrevuAu(date));
}
