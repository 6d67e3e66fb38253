using System.Globalization;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Contrats;

/// <summary>
/// La nature d'une sanction du RSA : une suspension (les sommes suspendues sont reversées, ou la réduction prend fin,
/// quand la personne se conforme à nouveau) ou, depuis le 1er juin 2025 et en cas de persistance ou de réitération
/// seulement, une suppression (les sommes ne sont pas reversées).
/// </summary>
public sealed class NatureSanction : EnumerationCaf<NatureSanction>, IEnumerationCaf<NatureSanction>
{
    /// <summary>Suspension (ou réduction, avant le 1er juin 2025) de tout ou partie de l'allocation.</summary>
    public static readonly NatureSanction Suspension = new(nameof(Suspension), "SUSPENSION", "Suspension");

    /// <summary>Suppression d'une part de l'allocation, sans reversement (CASF R262-68 et R262-68-1, 2°, depuis le 1er juin 2025).</summary>
    public static readonly NatureSanction Suppression = new(nameof(Suppression), "SUPPRESSION", "Suppression");

    private NatureSanction(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<NatureSanction> Toutes { get; } = [Suspension, Suppression];

    /// <inheritdoc/>
    public static string NomDuType => "nature de sanction";
}

/// <summary>Les bornes d'une sanction pour un rang de manquement : taux (en pour cent) et durée (en mois), avec leur source.</summary>
/// <param name="TauxMinimum">Le taux minimal, en pour cent.</param>
/// <param name="TauxMaximum">Le taux maximal, en pour cent (avant le plafond des foyers protégés).</param>
/// <param name="DureeMinimaleEnMois">La durée minimale, en mois.</param>
/// <param name="DureeMaximaleEnMois">La durée maximale, en mois.</param>
/// <param name="Reference">Le texte qui fixe ces bornes (article et version).</param>
public sealed record BornesDeSanction(int TauxMinimum, int TauxMaximum, int DureeMinimaleEnMois, int DureeMaximaleEnMois, string Reference)
{
    /// <summary>Les bornes lisibles (« 1 à 80 %, 1 à 3 mois »).</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{TauxMinimum} à {TauxMaximum} %, {DureeMinimaleEnMois} à {DureeMaximaleEnMois} mois");
}

/// <summary>
/// Le barème des sanctions du RSA en vigueur à une date : bornes du premier manquement et du manquement répété, plafond
/// des foyers protégés, procédure contradictoire préalable, radiation. Une valeur de
/// <see cref="Sanctions.BaremeOfficiel"/>, datée et sourcée.
/// </summary>
/// <remarks>
/// <para>Deux versions sont connues : CASF R262-68 dans sa rédaction issue du décret n° 2012-294 du 1er mars 2012
/// (en vigueur du 3 mars 2012 au 31 mai 2025), et les articles R262-68 à R262-68-6 issus du décret n° 2025-478 du
/// 30 mai 2025 (en vigueur le 1er juin 2025).</para>
/// </remarks>
public sealed record BaremeDeSanction
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Barème des sanctions ({Regime.Libelle}) : premier manquement {PremierManquement}, réitération {Reiteration}{(SuppressionPossible ? ", suppression possible" : string.Empty)}";

    /// <summary>Crée un barème.</summary>
    /// <param name="regime">Le régime.</param>
    /// <param name="premierManquement">Les bornes d'un premier manquement.</param>
    /// <param name="reiteration">Les bornes d'un manquement répété (ou persistant).</param>
    /// <param name="tauxMaximumFoyerProtege">Le plafond du taux pour un foyer de plus d'une personne (et, si
    /// <paramref name="plafondEtenduALaMajoration"/>, pour une personne seule bénéficiant de la majoration pour isolement).</param>
    /// <param name="plafondEtenduALaMajoration"><see langword="true"/> si le plafond s'applique aussi au foyer d'une
    /// personne qui bénéficie de la majoration de CASF L262-9.</param>
    /// <param name="referencePlafond">Le texte qui fixe le plafond.</param>
    /// <param name="suppressionPossible"><see langword="true"/> si une suppression (sans reversement) peut être décidée
    /// en cas de réitération.</param>
    /// <param name="delaiObservationsEnJours">Le délai laissé à la personne pour présenter ses observations avant la
    /// décision, en jours ; <see langword="null"/> quand la procédure est l'audition par l'équipe pluridisciplinaire dans
    /// le mois de sa saisine.</param>
    /// <param name="referenceProcedure">Le texte qui fixe la procédure préalable.</param>
    /// <param name="dureeAvantRadiationEnMois">La durée de suspension totale au terme de laquelle la radiation de la
    /// liste des bénéficiaires peut être prononcée.</param>
    /// <param name="referenceRadiation">Le texte qui fixe la radiation.</param>
    /// <exception cref="ArgumentException">Bornes incohérentes.</exception>
    public BaremeDeSanction(
        RegimeDeSanction regime,
        BornesDeSanction premierManquement,
        BornesDeSanction reiteration,
        int tauxMaximumFoyerProtege,
        bool plafondEtenduALaMajoration,
        string referencePlafond,
        bool suppressionPossible,
        int? delaiObservationsEnJours,
        string referenceProcedure,
        int dureeAvantRadiationEnMois,
        string referenceRadiation)
    {
        Preconditions.CheckNotNull(regime);
        Verifier(Preconditions.CheckNotNull(premierManquement), nameof(premierManquement));
        Verifier(Preconditions.CheckNotNull(reiteration), nameof(reiteration));
        Preconditions.CheckArgumentRange(nameof(tauxMaximumFoyerProtege), tauxMaximumFoyerProtege, 1, 100);
        if (delaiObservationsEnJours is { } jours)
        {
            Preconditions.CheckArgumentRange(nameof(delaiObservationsEnJours), jours, 1, 365);
        }

        Preconditions.CheckArgumentRange(nameof(dureeAvantRadiationEnMois), dureeAvantRadiationEnMois, 1, 120);
        Regime = regime;
        PremierManquement = premierManquement;
        Reiteration = reiteration;
        TauxMaximumFoyerProtege = tauxMaximumFoyerProtege;
        PlafondEtenduALaMajoration = plafondEtenduALaMajoration;
        ReferencePlafond = Preconditions.CheckNotNull(referencePlafond);
        SuppressionPossible = suppressionPossible;
        DelaiObservationsEnJours = delaiObservationsEnJours;
        ReferenceProcedure = Preconditions.CheckNotNull(referenceProcedure);
        DureeAvantRadiationEnMois = dureeAvantRadiationEnMois;
        ReferenceRadiation = Preconditions.CheckNotNull(referenceRadiation);
    }

    /// <summary>Le régime.</summary>
    public RegimeDeSanction Regime { get; }

    /// <summary>Les bornes d'un premier manquement.</summary>
    public BornesDeSanction PremierManquement { get; }

    /// <summary>Les bornes d'un manquement répété ou persistant.</summary>
    public BornesDeSanction Reiteration { get; }

    /// <summary>Le plafond du taux pour un foyer protégé, en pour cent.</summary>
    public int TauxMaximumFoyerProtege { get; }

    /// <summary><see langword="true"/> si le plafond vaut aussi pour une personne seule bénéficiant de la majoration de CASF L262-9.</summary>
    public bool PlafondEtenduALaMajoration { get; }

    /// <summary>Le texte qui fixe le plafond.</summary>
    public string ReferencePlafond { get; }

    /// <summary><see langword="true"/> si la suppression peut être décidée en cas de réitération.</summary>
    public bool SuppressionPossible { get; }

    /// <summary>Le délai des observations préalables, en jours, ou <see langword="null"/> (audition par l'équipe pluridisciplinaire).</summary>
    public int? DelaiObservationsEnJours { get; }

    /// <summary>Le texte qui fixe la procédure préalable.</summary>
    public string ReferenceProcedure { get; }

    /// <summary>La durée de suspension totale au terme de laquelle la radiation peut être prononcée, en mois.</summary>
    public int DureeAvantRadiationEnMois { get; }

    /// <summary>Le texte qui fixe la radiation.</summary>
    public string ReferenceRadiation { get; }

    /// <summary>Les bornes applicables à un rang de manquement.</summary>
    /// <param name="reiteration"><see langword="true"/> pour un manquement répété ou persistant.</param>
    /// <returns>Les bornes.</returns>
    public BornesDeSanction Bornes(bool reiteration) => reiteration ? Reiteration : PremierManquement;

    /// <summary>Le taux maximal pour un foyer.</summary>
    /// <param name="reiteration"><see langword="true"/> pour un manquement répété.</param>
    /// <param name="foyerDePlusieursPersonnes"><see langword="true"/> si le foyer compte plus d'une personne.</param>
    /// <param name="majorationIsolement"><see langword="true"/> si la personne bénéficie de la majoration de CASF L262-9.</param>
    /// <returns>Le taux maximal, en pour cent.</returns>
    public int TauxMaximum(bool reiteration, bool foyerDePlusieursPersonnes, bool majorationIsolement) =>
        EstProtege(foyerDePlusieursPersonnes, majorationIsolement)
            ? Math.Min(TauxMaximumFoyerProtege, Bornes(reiteration).TauxMaximum)
            : Bornes(reiteration).TauxMaximum;

    /// <summary><see langword="true"/> si le plafond des foyers protégés s'applique.</summary>
    /// <param name="foyerDePlusieursPersonnes"><see langword="true"/> si le foyer compte plus d'une personne.</param>
    /// <param name="majorationIsolement"><see langword="true"/> si la personne bénéficie de la majoration de CASF L262-9.</param>
    /// <returns>Le résultat.</returns>
    public bool EstProtege(bool foyerDePlusieursPersonnes, bool majorationIsolement) =>
        foyerDePlusieursPersonnes || (PlafondEtenduALaMajoration && majorationIsolement);

    private static void Verifier(BornesDeSanction b, string nom)
    {
        Preconditions.CheckArgument(b.TauxMinimum >= 1 && b.TauxMinimum <= b.TauxMaximum && b.TauxMaximum <= 100, nom, "Taux incohérents.");
        Preconditions.CheckArgument(b.DureeMinimaleEnMois >= 1 && b.DureeMinimaleEnMois <= b.DureeMaximaleEnMois && b.DureeMaximaleEnMois <= 120, nom, "Durées incohérentes.");
        Preconditions.CheckNotNull(b.Reference);
    }
}
