using NodaTime;

namespace Caf.Accompagnement.Contrats;

/// <summary>
/// La nature du contrat d'un bénéficiaire du RSA, déterminée par le régime, l'orientation et l'organisme du référent :
/// avant le 1er janvier 2025, projet personnalisé d'accès à l'emploi avec Pôle emploi (CASF L262-34), contrat
/// d'engagements réciproques professionnel avec un autre organisme dans le mois (L262-35) ou social dans les deux mois
/// (L262-36) ; depuis, le contrat d'engagement unique (loi n° 2023-1196).
/// </summary>
public sealed class NatureContrat : EnumerationCaf<NatureContrat>, IEnumerationCaf<NatureContrat>
{
    /// <summary>Projet personnalisé d'accès à l'emploi, élaboré avec Pôle emploi (CASF L262-34, rédaction antérieure au 1er janvier 2025).</summary>
    public static readonly NatureContrat Ppae = new(nameof(Ppae), "PPAE", "Projet personnalisé d'accès à l'emploi", "CASF L262-34 (rédaction antérieure au 1er janvier 2025)", 1);

    /// <summary>Contrat d'engagements réciproques en matière professionnelle, avec un autre organisme que Pôle emploi, signé dans le mois (CASF L262-35).</summary>
    public static readonly NatureContrat CerProfessionnel = new(nameof(CerProfessionnel), "CER_PRO", "Contrat d'engagements réciproques professionnel", "CASF L262-35 (rédaction antérieure au 1er janvier 2025) : un mois", 1);

    /// <summary>Contrat d'engagements réciproques social, signé dans les deux mois (CASF L262-36).</summary>
    public static readonly NatureContrat CerSocial = new(nameof(CerSocial), "CER_SOCIAL", "Contrat d'engagements réciproques social", "CASF L262-36 (rédaction antérieure au 1er janvier 2025) : deux mois", null);

    /// <summary>Contrat d'engagement, avec son plan d'action (loi n° 2023-1196, depuis le 1er janvier 2025).</summary>
    public static readonly NatureContrat ContratEngagement = new(nameof(ContratEngagement), "CE", "Contrat d'engagement", "Loi n° 2023-1196 du 18 décembre 2023 ; code du travail L5411-6", null);

    private readonly int? _delaiLegalEnMois;

    private NatureContrat(string nom, string code, string libelle, string fondement, int? delaiLegalEnMois)
        : base(nom, code, libelle)
    {
        Fondement = fondement;
        _delaiLegalEnMois = delaiLegalEnMois;
    }

    /// <inheritdoc/>
    public static IReadOnlyList<NatureContrat> Toutes { get; } = [Ppae, CerProfessionnel, CerSocial, ContratEngagement];

    /// <inheritdoc/>
    public static string NomDuType => "nature du contrat";

    /// <summary>Le texte qui prévoit ce contrat et son délai.</summary>
    public string Fondement { get; }

    /// <summary>
    /// La nature du contrat d'une personne : le régime à la date, l'orientation en vigueur et l'organisme de son référent.
    /// </summary>
    /// <param name="regime">Le régime du contrat.</param>
    /// <param name="orientation">Le parcours.</param>
    /// <param name="organisme">L'organisme du référent.</param>
    /// <returns>La nature.</returns>
    public static NatureContrat Pour(RegimeContrat regime, TypeOrientation orientation, OrganismeReferent organisme)
    {
        Utility.Preconditions.CheckNotNull(regime);
        Utility.Preconditions.CheckNotNull(orientation);
        Utility.Preconditions.CheckNotNull(organisme);
        if (regime == RegimeContrat.ContratEngagement)
        {
            return ContratEngagement;
        }

        if (orientation == TypeOrientation.Sociale)
        {
            return CerSocial;
        }

        return organisme == OrganismeReferent.FranceTravail ? Ppae : CerProfessionnel;
    }

    /// <summary>
    /// Le délai de signature après l'orientation : un mois sur un parcours professionnel (CASF L262-35, retenu aussi pour
    /// le PPAE), le délai départemental (deux mois par défaut, CASF L262-36) sinon.
    /// </summary>
    /// <param name="parametres">Les paramètres du département.</param>
    /// <returns>Le délai.</returns>
    public Period DelaiDeSignature(ParametresDepartementaux parametres) =>
        _delaiLegalEnMois is { } mois ? Period.FromMonths(mois) : Utility.Preconditions.CheckNotNull(parametres).DelaiDeSignature;
}
