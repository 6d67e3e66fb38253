using System.Globalization;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Contrats;

/// <summary>Un manquement constaté : contrat non signé ou non renouvelé dans les délais, engagements non respectés (CASF L262-37).</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Type">Le manquement.</param>
/// <param name="Date">La date du constat.</param>
/// <param name="NumeroContrat">Le contrat concerné, s'il y en a un.</param>
public sealed record Manquement(IdentifiantBeneficiaire Beneficiaire, TypeManquement Type, LocalDate Date, int? NumeroContrat = null)
{
    /// <summary>Le manquement en français, numéro allocataire masqué.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"{Type.Libelle} constaté le {Dates.Formater(Date)}{(NumeroContrat is { } n ? $" (contrat n° {n})" : string.Empty)} ({Beneficiaire})";
}

/// <summary>La saisine de l'équipe pluridisciplinaire et, si elle a eu lieu, l'audition du bénéficiaire (CASF L262-37, L262-39).</summary>
/// <param name="Saisine">La date de saisine de l'équipe pluridisciplinaire.</param>
/// <param name="Audition">La date d'audition, ou <see langword="null"/> si le bénéficiaire ne s'est pas présenté.</param>
public sealed record AuditionEquipePluridisciplinaire(LocalDate Saisine, LocalDate? Audition)
{
    /// <summary>La saisine et l'audition en français.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"Équipe pluridisciplinaire saisie le {Dates.Formater(Saisine)}, " + (Audition is { } a ? $"audition le {Dates.Formater(a)}" : "bénéficiaire non présenté");
}

/// <summary>
/// La procédure contradictoire préalable à une sanction depuis le 1er juin 2025 : la personne est informée de la
/// sanction envisagée et mise à même de présenter ses observations dans un délai (CASF L262-37 ; CRPA L121-1, L122-1).
/// </summary>
/// <param name="Information">La date à laquelle la personne a été informée de la sanction envisagée et de son droit de présenter des observations.</param>
/// <param name="Observations">La date de ses observations, ou <see langword="null"/> si elle n'en a pas présenté.</param>
public sealed record ObservationsPrealables(LocalDate Information, LocalDate? Observations)
{
    /// <summary>La procédure en français.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"Information le {Dates.Formater(Information)}, " + (Observations is { } o ? $"observations le {Dates.Formater(o)}" : "sans observations");
}

/// <summary>Une demande de sanction, à valider selon le barème en vigueur à la date de la décision.</summary>
/// <param name="Manquement">Le manquement qui la fonde.</param>
/// <param name="DateDecision">La date de la décision (premier jour de la sanction).</param>
/// <param name="TauxPourcent">La part du RSA suspendue ou supprimée, en pour cent.</param>
/// <param name="DureeEnMois">La durée, en mois ; obligatoire sous les deux régimes : une suspension « jusqu'à la
/// signature d'un contrat », sans durée, est refusée (<c>contrats.sanction.duree_indeterminee</c>).</param>
/// <param name="Audition">La saisine et l'audition par l'équipe pluridisciplinaire (obligatoire avant le 1er juin 2025).</param>
/// <param name="Reiteration"><see langword="true"/> si le bénéficiaire a déjà fait l'objet d'une sanction (manquement
/// répété ou persistant).</param>
/// <param name="FoyerDePlusieursPersonnes"><see langword="true"/> si le foyer compte plus d'une personne (50 % au plus).</param>
/// <param name="MajorationIsolement"><see langword="true"/> si la personne bénéficie de la majoration pour isolement de
/// CASF L262-9 (50 % au plus depuis le 1er juin 2025, CASF R262-68-6).</param>
/// <param name="Nature">Suspension (par défaut) ou suppression (depuis le 1er juin 2025, en cas de réitération seulement).</param>
/// <param name="Observations">L'information de la personne et ses observations (obligatoire depuis le 1er juin 2025).</param>
public sealed record DemandeDeSanction(
    Manquement Manquement,
    LocalDate DateDecision,
    int TauxPourcent,
    int? DureeEnMois,
    AuditionEquipePluridisciplinaire? Audition,
    bool Reiteration = false,
    bool FoyerDePlusieursPersonnes = false,
    bool MajorationIsolement = false,
    NatureSanction? Nature = null,
    ObservationsPrealables? Observations = null)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Demande de {(Nature ?? NatureSanction.Suspension).Libelle.ToLowerInvariant()} de {TauxPourcent} %{(DureeEnMois is { } d ? $" pendant {d} mois" : string.Empty)} décidée le {Dates.Formater(DateDecision)}{(Reiteration ? " (réitération)" : string.Empty)} : {Manquement}");
}

/// <summary>
/// Une sanction décidée : réduction ou suspension d'une part du RSA pour une durée fixée (CASF R262-68 avant le
/// 1er juin 2025), ou suspension-remobilisation et suppression (depuis), avec son explication motivée et ses voies de
/// recours.
/// </summary>
/// <remarks>Une valeur : la reprise (<see cref="Reprendre"/>) ou la remobilisation (<see cref="Remobiliser"/>)
/// renvoient une nouvelle sanction ou un rappel, jamais une modification en place. Invariant : le taux et la durée sont
/// dans les bornes du barème en vigueur à la date de la décision (<see cref="Bareme"/>), la durée est toujours fixée.</remarks>
public sealed class Sanction
{
    internal Sanction(DemandeDeSanction demande, BaremeDeSanction bareme, LocalDate fin, LocalDate? reprise, Explication explication)
    {
        Demande = demande;
        Bareme = bareme;
        Fin = fin;
        Reprise = reprise;
        Explication = explication;
    }

    /// <summary>La demande validée.</summary>
    public DemandeDeSanction Demande { get; }

    /// <summary>Le barème appliqué (celui en vigueur à la date de la décision).</summary>
    public BaremeDeSanction Bareme { get; }

    /// <summary>Le régime appliqué.</summary>
    public RegimeDeSanction Regime => Bareme.Regime;

    /// <summary>La nature : suspension ou suppression.</summary>
    public NatureSanction Nature => Demande.Nature ?? NatureSanction.Suspension;

    /// <summary>Premier jour de la sanction (la date de la décision).</summary>
    public LocalDate Debut => Demande.DateDecision;

    /// <summary>La part suspendue ou supprimée, en pour cent.</summary>
    public int TauxPourcent => Demande.TauxPourcent;

    /// <summary>La durée décidée, en mois.</summary>
    public int DureeEnMois => Demande.DureeEnMois!.Value;

    /// <summary>Dernier jour de la sanction : la veille de la reprise si le versement a repris plus tôt.</summary>
    public LocalDate Fin { get; }

    /// <summary>Date de reprise anticipée du versement (signature d'un contrat), ou <see langword="null"/>.</summary>
    public LocalDate? Reprise { get; }

    /// <summary>L'explication motivée de la décision (CRPA R311-3-1-2 et L211-5), avec ses voies de recours.</summary>
    public Explication Explication { get; }

    /// <summary>
    /// Le jour à partir duquel le président du conseil départemental peut mettre fin au droit et radier le bénéficiaire
    /// s'il ne s'est pas conformé à ses obligations : le lendemain d'une suspension totale de quatre mois (CASF L262-38
    /// et R262-40, rédaction antérieure) ou d'une suppression totale de quatre mois (CASF R262-68 et R262-68-1, depuis le
    /// 1er juin 2025) ; <see langword="null"/> pour toute autre sanction ou si le versement a repris.
    /// </summary>
    public LocalDate? RadiationPossibleAPartirDu =>
        Reprise is null && TauxPourcent == 100 && DureeEnMois >= Bareme.DureeAvantRadiationEnMois
        && (!Bareme.SuppressionPossible || Nature == NatureSanction.Suppression)
            ? Fin.PlusDays(1)
            : null;

    /// <summary><see langword="true"/> si la sanction s'applique à une date.</summary>
    /// <param name="date">La date.</param>
    /// <returns>Le résultat.</returns>
    public bool EstEnVigueurAu(LocalDate date) => Debut <= date && date <= Fin;

    /// <summary>
    /// Met fin à la sanction à la signature d'un nouveau contrat (régime antérieur au 1er juin 2025) : la réduction cesse la
    /// veille de la signature.
    /// </summary>
    /// <param name="dateSignature">La date de signature du contrat.</param>
    /// <returns>La sanction close, ou <c>contrats.sanction.reprise</c>.</returns>
    public Resultat<Sanction> Reprendre(LocalDate dateSignature)
    {
        if (Regime != RegimeDeSanction.Suspension || Reprise is not null || dateSignature <= Debut || dateSignature > Fin)
        {
            return Resultat<Sanction>.Echec(new Erreur(
                "contrats.sanction.reprise", "date_signature", Dates.FormaterIso(dateSignature),
                "La reprise à la signature d'un contrat ne s'applique qu'à une sanction du régime antérieur au 1er juin 2025, en cours à cette date, après son premier jour."));
        }

        return new Sanction(Demande, Bareme, dateSignature.PlusDays(-1), dateSignature, Explication);
    }

    /// <summary>
    /// Le rappel dû quand la personne se conforme à nouveau à ses obligations (suspension-remobilisation) : la
    /// suspension prend fin (CASF R262-68-1) et les sommes suspendues pour chaque mois entamé entre le début de la
    /// suspension et la date de mise en conformité, dans la durée décidée, sont reversées. Une suppression n'est jamais
    /// reversée.
    /// </summary>
    /// <param name="dateConformite">La date à laquelle la personne se conforme à nouveau.</param>
    /// <param name="rsaMensuel">Le montant mensuel du RSA du foyer.</param>
    /// <returns>Le rappel, ou <c>contrats.sanction.remobilisation</c>.</returns>
    public Resultat<Montant> Remobiliser(LocalDate dateConformite, Montant rsaMensuel)
    {
        if (Regime != RegimeDeSanction.SuspensionRemobilisation || Nature != NatureSanction.Suspension || dateConformite < Debut || rsaMensuel.EstNegatif)
        {
            return Resultat<Montant>.Echec(new Erreur(
                "contrats.sanction.remobilisation", "date_conformite", Dates.FormaterIso(dateConformite),
                "Le reversement ne s'applique qu'à une suspension-remobilisation (jamais à une suppression), à une date postérieure à son début, pour un montant positif."));
        }

        var borne = Fin < dateConformite ? Fin : dateConformite;
        var mois = 0;
        while (Debut.PlusMonths(mois) <= borne)
        {
            mois++;
        }

        return rsaMensuel.Multiplier(TauxPourcent / 100m) * mois;
    }

    /// <summary>Résumé.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"{Nature.Libelle} de {TauxPourcent} % du {Dates.Formater(Debut)} au {Dates.Formater(Fin)} ({Regime.Libelle})";
}

/// <summary>Les règles de sanction du RSA, par barème daté (CASF L262-37, R262-68 et suivants).</summary>
public static class Sanctions
{
    /// <summary>
    /// Le barème des sanctions du RSA (CASF R262-68 et suivants), par version : l'article R262-68 issu du décret
    /// n° 2012-294 du 1er mars 2012 (du 3 mars 2012 au 31 mai 2025), puis les articles R262-68 à R262-68-6 issus du
    /// décret n° 2025-478 du 30 mai 2025 (suspension-remobilisation, à partir du 1er juin 2025). Une décision antérieure au
    /// 3 mars 2012 n'est couverte par aucune valeur.
    /// </summary>
    /// <remarks>
    /// <para>Le délai des observations préalables depuis le 1er juin 2025 (10 jours) est une valeur par défaut de la
    /// procédure contradictoire (CRPA L121-1 et L122-1) : le département qui en retient un autre remplace ce barème par
    /// <see cref="Bareme{T}.AvecValeur"/> ou passe le sien à <see cref="Decider(DemandeDeSanction, Bareme{BaremeDeSanction})"/>.</para>
    /// </remarks>
    public static Bareme<BaremeDeSanction> BaremeOfficiel { get; } = Bareme<BaremeDeSanction>.FromValeurs(
        "Barème des sanctions du RSA",
        new(
            new LocalDate(2012, 3, 3),
            new BaremeDeSanction(
                RegimeDeSanction.Suspension,
                new(1, 80, 1, 3, "CASF R262-68, 1° (décret n° 2012-294 du 1er mars 2012) : au plus 80 % du montant dû au titre du dernier mois du trimestre de référence, de un à trois mois"),
                new(1, 100, 1, 4, "CASF R262-68, 2° (décret n° 2012-294 du 1er mars 2012) : montant déterminé par le président du conseil départemental, de un à quatre mois"),
                50,
                false,
                "CASF R262-68, 3° (décret n° 2012-294 du 1er mars 2012) : foyer de plus d'une personne, 50 % au plus",
                false,
                null,
                "CASF L262-37 (rédaction antérieure au 1er juin 2025) : avis de l'équipe pluridisciplinaire, le bénéficiaire pouvant être entendu dans le mois de sa saisine",
                4,
                "CASF L262-38 et R262-40 (rédaction antérieure au 1er juin 2025) : radiation au terme de quatre mois de suspension totale"),
            "Décret n° 2012-294 du 1er mars 2012 relatif aux procédures d'orientation, de suspension et de radiation applicables aux bénéficiaires du RSA"),
        new(
            RegimeDeSanction.EntreeEnVigueurSuspensionRemobilisation,
            new BaremeDeSanction(
                RegimeDeSanction.SuspensionRemobilisation,
                new(30, 100, 1, 2, "CASF R262-68, 1° et R262-68-1, 1° (décret n° 2025-478 du 30 mai 2025) : suspension d'au moins 30 % pour une durée d'un à deux mois"),
                new(30, 100, 1, 4, "CASF R262-68, 2° et R262-68-1, 2° (décret n° 2025-478 du 30 mai 2025) : persistance ou réitération, suspension ou suppression d'au moins 30 % pour une durée d'un à quatre mois"),
                50,
                true,
                "CASF R262-68-6 (décret n° 2025-478 du 30 mai 2025) : foyer de plus d'une personne ou d'une personne bénéficiant de la majoration de l'article L262-9, 50 % au plus",
                true,
                10,
                "CASF L262-37 (loi n° 2023-1196) et CRPA L121-1, L122-1 : la personne est mise à même de présenter ses observations avant la décision (délai par défaut de 10 jours)",
                4,
                "CASF R262-68, dernier alinéa, et R262-68-1, dernier alinéa (décret n° 2025-478 du 30 mai 2025) : après une suppression totale de quatre mois sans mise en conformité, fin du droit et radiation"),
            "Décret n° 2025-478 du 30 mai 2025 relatif aux sanctions applicables aux demandeurs d'emploi en cas de manquement à leurs obligations (suspension-remobilisation)"));

    /// <summary>Délai dans lequel le bénéficiaire peut être entendu par l'équipe pluridisciplinaire : un mois (CASF L262-37, rédaction antérieure au 1er juin 2025).</summary>
    public static Period DelaiAudition { get; } = Period.FromMonths(1);

    /// <summary>Suspension-remobilisation, premier manquement : taux minimal (30 %, CASF R262-68 et R262-68-1 depuis le 1er juin 2025).</summary>
    public const int PremierManquementTauxMinimum = 30;

    /// <summary>Suspension-remobilisation, premier manquement : durée maximale (2 mois, CASF R262-68 et R262-68-1 depuis le 1er juin 2025).</summary>
    public const int PremierManquementDureeMaximale = 2;

    /// <summary>Suspension-remobilisation, manquement répété : taux minimal (30 %, depuis le 1er juin 2025).</summary>
    public const int ReiterationTauxMinimum = 30;

    /// <summary>Manquement répété : durée maximale (4 mois, sous les deux régimes).</summary>
    public const int ReiterationDureeMaximale = 4;

    /// <summary>Taux maximal pour un foyer de plus d'une personne (50 %, sous les deux régimes).</summary>
    public const int FoyerDePlusieursPersonnesTauxMaximum = 50;

    /// <summary>Avant le 1er juin 2025, premier manquement : taux maximal (80 %, CASF R262-68, 1°).</summary>
    public const int AncienRegimePremierManquementTauxMaximum = 80;

    /// <summary>Avant le 1er juin 2025, premier manquement : durée maximale (3 mois, CASF R262-68, 1°).</summary>
    public const int AncienRegimePremierManquementDureeMaximale = 3;

    /// <summary>
    /// Décide une sanction selon le barème officiel (<see cref="BaremeOfficiel"/>) en vigueur à la date
    /// de la décision, et l'explique.
    /// </summary>
    /// <param name="demande">La demande.</param>
    /// <returns>La sanction, ou toutes les règles enfreintes (<c>contrats.sanction.*</c>).</returns>
    /// <remarks>
    /// <para>Avant le 1er juin 2025 (CASF R262-68, décret n° 2012-294) : premier manquement au plus 80 % pour un à trois
    /// mois ; manquement répété, montant fixé par le président du conseil départemental pour un à quatre mois ; au plus
    /// 50 % pour un foyer de plus d'une personne ; après que le bénéficiaire a pu être entendu par l'équipe
    /// pluridisciplinaire dans le mois de sa saisine (CASF L262-37).</para>
    /// <para>Depuis le 1er juin 2025 (CASF R262-68 à R262-68-6, décret n° 2025-478) : premier manquement, suspension
    /// d'au moins 30 % pour un à deux mois ; persistance ou réitération, suspension ou suppression d'au moins 30 % pour un à
    /// quatre mois ; au plus 50 % pour un foyer de plus d'une personne ou d'une personne bénéficiant de la majoration de
    /// CASF L262-9 ; après que la personne a été mise à même de présenter ses observations.</para>
    /// <para>Sous les deux régimes, la durée est fixée : une suspension « jusqu'à la signature d'un contrat » est refusée
    /// (<c>contrats.sanction.duree_indeterminee</c>) ; le manquement doit être prévu par la loi à sa date
    /// (<see cref="TypeManquement.EstPrevuAu"/>).</para>
    /// </remarks>
    public static Resultat<Sanction> Decider(DemandeDeSanction demande) => Decider(demande, BaremeOfficiel);

    /// <summary>Décide une sanction selon un barème donné (celui d'un département qui fixe un autre délai d'observations, par exemple).</summary>
    /// <param name="demande">La demande.</param>
    /// <param name="bareme">Le barème daté des sanctions.</param>
    /// <returns>La sanction, ou toutes les règles enfreintes (<c>contrats.sanction.*</c>).</returns>
    public static Resultat<Sanction> Decider(DemandeDeSanction demande, Bareme<BaremeDeSanction> bareme)
    {
        Preconditions.CheckNotNull(demande);
        Preconditions.CheckNotNull(bareme);
        if (HorsCalendrier(demande) is { } limite)
        {
            return Resultat<Sanction>.Echec(limite);
        }

        if (!bareme.TryGetValeurAu(demande.DateDecision, out var valeur))
        {
            return Resultat<Sanction>.Echec(new Erreur("contrats.sanction.hors_bareme", "date_decision", Dates.FormaterIso(demande.DateDecision),
                $"Aucun barème des sanctions n'est en vigueur à cette date (le barème « {bareme.Nom} » commence le {Dates.Formater(bareme.Debut)})."));
        }

        var b = valeur.Valeur;
        var erreurs = new List<Erreur>();
        var m = demande.Manquement;
        if (demande.DateDecision < m.Date)
        {
            erreurs.Add(new Erreur("contrats.sanction.decision_anterieure", "date_decision", Dates.FormaterIso(demande.DateDecision), "La décision ne peut précéder le constat du manquement."));
        }

        if (!m.Type.EstPrevuAu(m.Date))
        {
            erreurs.Add(new Erreur("contrats.sanction.manquement_hors_regime", "manquement", m.Type.Code,
                $"Le manquement « {m.Type.Libelle} » ({m.Type.Fondement}) n'est pas prévu par la loi en vigueur au {Dates.Formater(m.Date)} : "
                + $"manquements prévus à cette date : {string.Join(", ", TypeManquement.PrevusAu(m.Date).Select(t => t.Code))}."));
        }

        VerifierBornes(demande, b, erreurs);
        if (b.DelaiObservationsEnJours is { } jours)
        {
            VerifierObservations(demande, jours, b, erreurs);
        }
        else
        {
            VerifierAudition(demande, erreurs);
        }

        if (erreurs.Count > 0)
        {
            return Resultat<Sanction>.Echec(erreurs);
        }

        var fin = demande.DateDecision.PlusMonths(demande.DureeEnMois!.Value).PlusDays(-1);
        return new Sanction(demande, b, fin, null, Expliquer(demande, b, valeur.Debut, fin));
    }

    /// <summary>
    /// La règle d'un an de CASF L262-38 : après une suspension suivie de radiation, une nouvelle demande présentée dans
    /// l'année qui suit la décision de suspension n'ouvre droit au RSA qu'après la signature préalable d'un contrat.
    /// </summary>
    /// <param name="decisionDeSuspension">La date de la décision de suspension.</param>
    /// <param name="nouvelleDemande">La date de la nouvelle demande de RSA.</param>
    /// <returns>L'explication ; <see cref="Explication.EstSatisfaite"/> vaut <see langword="true"/> si un contrat préalable est exigé.</returns>
    public static Explication ContratPrealableExige(LocalDate decisionDeSuspension, LocalDate nouvelleDemande)
    {
        // Au-delà du calendrier, l'année qui suit la décision couvre tout ce qui reste.
        var borne = decisionDeSuspension.Year >= LocalDate.MaxIsoValue.Year;
        var limite = borne ? LocalDate.MaxIsoValue : decisionDeSuspension.PlusYears(1);
        var exige = nouvelleDemande >= decisionDeSuspension && (borne || nouvelleDemande < limite);
        var explication = new Explication(
            "Contrat préalable à un nouveau droit (CASF L262-38)",
            "Le traitement compare des dates ; la décision d'ouverture du droit appartient au président du conseil départemental.",
            [
                new DonneeUtilisee("Date de la décision de suspension", Dates.Formater(decisionDeSuspension), "décision du conseil départemental"),
                new DonneeUtilisee("Date de la nouvelle demande", Dates.Formater(nouvelleDemande), "demande de RSA"),
            ],
            [new ParametreApplique("Délai", "un an après la décision de suspension", null, "CASF L262-38")],
            [$"La demande est {(exige ? "antérieure" : "postérieure ou égale")} au {Dates.Formater(limite)}, un an après la suspension."],
            exige
                ? "La nouvelle demande intervient dans l'année qui suit la suspension : le droit ne s'ouvre qu'après la signature d'un contrat."
                : "La nouvelle demande intervient plus d'un an après la suspension : aucun contrat préalable n'est exigé à ce titre.",
            exige);
        return exige ? explication.AvecVoiesDeRecours(VoieDeRecours.DecisionRsa) : explication;
    }

    /// <summary>La dernière date admise dans une demande : au-delà, la fin de la sanction ou des délais sortirait du calendrier.</summary>
    private static readonly LocalDate DerniereDate = new(9899, 12, 31);

    private static Erreur? HorsCalendrier(DemandeDeSanction d)
    {
        LocalDate?[] dates = [d.DateDecision, d.Manquement.Date, d.Audition?.Saisine, d.Audition?.Audition, d.Observations?.Information, d.Observations?.Observations];
        return dates.FirstOrDefault(x => x > DerniereDate) is { } hors
            ? new Erreur("contrats.sanction.date_limite", "date", Dates.FormaterIso(hors), $"Les dates d'une sanction sont au plus tard le {Dates.Formater(DerniereDate)}.")
            : null;
    }

    private static void VerifierBornes(DemandeDeSanction d, BaremeDeSanction b, List<Erreur> erreurs)
    {
        var bornes = b.Bornes(d.Reiteration);
        var rang = d.Reiteration ? "manquement répété" : "premier manquement";
        var protege = b.EstProtege(d.FoyerDePlusieursPersonnes, d.MajorationIsolement);
        var tauxMax = b.TauxMaximum(d.Reiteration, d.FoyerDePlusieursPersonnes, d.MajorationIsolement);
        if (d.TauxPourcent < bornes.TauxMinimum || d.TauxPourcent > tauxMax)
        {
            erreurs.Add(new Erreur("contrats.sanction.taux", "taux_pourcent", d.TauxPourcent.ToString(CultureInfo.InvariantCulture),
                $"{b.Regime.Libelle}, {rang}{(protege ? ", foyer protégé" : string.Empty)} : de {bornes.TauxMinimum} à {tauxMax} % "
                + $"({bornes.Reference}{(protege ? " ; " + b.ReferencePlafond : string.Empty)})."));
        }

        if (d.DureeEnMois is not { } duree)
        {
            erreurs.Add(new Erreur("contrats.sanction.duree_indeterminee", "duree_mois", null,
                $"Une sanction a une durée fixée ({bornes.DureeMinimaleEnMois} à {bornes.DureeMaximaleEnMois} mois pour un {rang}) : "
                + $"une suspension « jusqu'à la signature d'un contrat » n'est pas une forme légale ({bornes.Reference})."));
        }
        else if (duree < bornes.DureeMinimaleEnMois || duree > bornes.DureeMaximaleEnMois)
        {
            erreurs.Add(new Erreur("contrats.sanction.duree", "duree_mois", duree.ToString(CultureInfo.InvariantCulture),
                $"{b.Regime.Libelle}, {rang} : de {bornes.DureeMinimaleEnMois} à {bornes.DureeMaximaleEnMois} mois ({bornes.Reference})."));
        }

        if (d.Nature == NatureSanction.Suppression && (!b.SuppressionPossible || !d.Reiteration))
        {
            erreurs.Add(new Erreur("contrats.sanction.nature", "nature", NatureSanction.Suppression.Code,
                b.SuppressionPossible
                    ? $"La suppression n'est possible qu'en cas de persistance ou de réitération du manquement ({b.Reiteration.Reference})."
                    : "Avant le 1er juin 2025, la sanction est une réduction ou une suspension, jamais une suppression (CASF R262-68)."));
        }
    }

    private static void VerifierAudition(DemandeDeSanction d, List<Erreur> erreurs)
    {
        if (d.Audition is not { } a)
        {
            erreurs.Add(new Erreur("contrats.sanction.audition_absente", "audition", null,
                "La sanction ne peut être décidée sans que le bénéficiaire ait pu être entendu par l'équipe pluridisciplinaire (CASF L262-37)."));
            return;
        }

        var limite = a.Saisine.Plus(DelaiAudition);
        if (a.Audition is { } date && (date < a.Saisine || date > limite))
        {
            erreurs.Add(new Erreur("contrats.sanction.audition_hors_delai", "audition", Dates.FormaterIso(date),
                $"L'audition a lieu dans le mois qui suit la saisine de l'équipe pluridisciplinaire (au plus tard le {Dates.Formater(limite)})."));
        }

        var auPlusTot = a.Audition ?? limite;
        if (d.DateDecision < auPlusTot)
        {
            erreurs.Add(new Erreur("contrats.sanction.audition_prealable", "date_decision", Dates.FormaterIso(d.DateDecision),
                $"La décision ne peut précéder l'audition, ou à défaut la fin du délai d'un mois ouvert au bénéficiaire pour être entendu ({Dates.Formater(auPlusTot)})."));
        }
    }

    private static void VerifierObservations(DemandeDeSanction d, int jours, BaremeDeSanction b, List<Erreur> erreurs)
    {
        if (d.Observations is not { } o)
        {
            erreurs.Add(new Erreur("contrats.sanction.observations_absentes", "observations", null,
                $"La personne doit avoir été informée de la sanction envisagée et mise à même de présenter ses observations avant la décision ({b.ReferenceProcedure})."));
            return;
        }

        if (o.Information < d.Manquement.Date || o.Observations is { } avant && avant < o.Information)
        {
            erreurs.Add(new Erreur("contrats.sanction.observations_date", "observations", Dates.FormaterIso(o.Observations ?? o.Information),
                "L'information suit le constat du manquement, et les observations suivent l'information."));
        }

        var limite = o.Information.PlusDays(jours);
        var auPlusTot = o.Observations is { } recues && recues < limite ? recues : limite;
        if (d.DateDecision < auPlusTot)
        {
            erreurs.Add(new Erreur("contrats.sanction.observations_prealables", "date_decision", Dates.FormaterIso(d.DateDecision),
                $"La décision ne peut précéder les observations de la personne, ou à défaut l'expiration du délai de {jours} jours qui suit son information ({Dates.Formater(limite)} ; {b.ReferenceProcedure})."));
        }
    }

    private static Explication Expliquer(DemandeDeSanction d, BaremeDeSanction b, LocalDate enVigueurDepuis, LocalDate fin)
    {
        var nature = d.Nature ?? NatureSanction.Suspension;
        var bornes = b.Bornes(d.Reiteration);
        var protege = b.EstProtege(d.FoyerDePlusieursPersonnes, d.MajorationIsolement);
        var donnees = new List<DonneeUtilisee>
        {
            new("Manquement", d.Manquement.Type.Libelle, "constat du référent"),
            new("Date du constat", Dates.Formater(d.Manquement.Date), "constat du référent"),
            new("Date de la décision", Dates.Formater(d.DateDecision), "décision du président du conseil départemental"),
            new("Manquement répété", d.Reiteration ? "oui" : "non", "historique des sanctions"),
            new("Foyer de plus d'une personne", d.FoyerDePlusieursPersonnes ? "oui" : "non", "dossier allocataire"),
        };
        if (b.PlafondEtenduALaMajoration)
        {
            donnees.Add(new("Majoration pour isolement (CASF L262-9)", d.MajorationIsolement ? "oui" : "non", "dossier allocataire"));
        }

        var parametres = new List<ParametreApplique>
        {
            new("Manquement prévu par la loi", d.Manquement.Type.Libelle, d.Manquement.Type.Debut, d.Manquement.Type.Fondement),
            new(d.Reiteration ? "Manquement répété" : "Premier manquement", bornes.ToString(), enVigueurDepuis, bornes.Reference),
        };
        if (protege)
        {
            parametres.Add(new("Plafond du foyer protégé", $"{b.TauxMaximumFoyerProtege} % au plus", enVigueurDepuis, b.ReferencePlafond));
        }

        var operations = new List<string> { $"Barème applicable à la date de la décision : {b.Regime.Libelle}, en vigueur depuis le {Dates.Formater(enVigueurDepuis)}." };
        if (d.Observations is { } o && b.DelaiObservationsEnJours is { } jours)
        {
            donnees.Add(new("Information de la personne", Dates.Formater(o.Information), "courrier d'information préalable"));
            donnees.Add(new("Observations", o.Observations is { } obs ? Dates.Formater(obs) : "aucune observation présentée", "dossier de la personne"));
            parametres.Add(new("Délai des observations préalables", $"{jours} jours", enVigueurDepuis, b.ReferenceProcedure));
            operations.Add("Vérification que la décision suit les observations de la personne, ou l'expiration du délai qui lui était ouvert.");
        }
        else if (d.Audition is { } a)
        {
            donnees.Add(new("Saisine de l'équipe pluridisciplinaire", Dates.Formater(a.Saisine), "dossier de l'équipe pluridisciplinaire"));
            donnees.Add(new("Audition", a.Audition is { } au ? Dates.Formater(au) : "le bénéficiaire ne s'est pas présenté", "dossier de l'équipe pluridisciplinaire"));
            parametres.Add(new("Délai pour être entendu", "1 mois", enVigueurDepuis, b.ReferenceProcedure));
            operations.Add("Vérification que la décision suit l'audition, ou l'expiration du délai d'un mois.");
        }

        operations.Add($"Vérification du taux ({d.TauxPourcent} %) et de la durée ({d.DureeEnMois} mois) dans les bornes.");
        operations.Add($"{nature.Libelle} de {d.TauxPourcent} % du {Dates.Formater(d.DateDecision)} au {Dates.Formater(fin)}.");
        if (b.Regime == RegimeDeSanction.SuspensionRemobilisation)
        {
            operations.Add(nature == NatureSanction.Suspension
                ? "La suspension prend fin et les sommes suspendues sont reversées si la personne se conforme à nouveau à ses obligations."
                : "Les sommes supprimées ne sont pas reversées.");
        }

        if (d.TauxPourcent == 100 && d.DureeEnMois >= b.DureeAvantRadiationEnMois && (!b.SuppressionPossible || nature == NatureSanction.Suppression))
        {
            parametres.Add(new("Radiation", $"possible après {b.DureeAvantRadiationEnMois} mois", enVigueurDepuis, b.ReferenceRadiation));
            operations.Add($"À défaut de mise en conformité, la radiation peut être prononcée à partir du {Dates.Formater(fin.PlusDays(1))}.");
        }

        return new Explication(
            $"{nature.Libelle} du RSA pour {d.Manquement.Type.Libelle.ToLowerInvariant()} (CASF L262-37)",
            "Le traitement vérifie que la sanction proposée respecte les bornes légales en vigueur à sa date ; la décision appartient au président du conseil départemental.",
            donnees,
            parametres,
            operations,
            $"{nature.Libelle} de {d.TauxPourcent} % pendant {d.DureeEnMois} mois conforme au barème en vigueur au {Dates.Formater(d.DateDecision)}.",
            true).AvecVoiesDeRecours(VoieDeRecours.DecisionRsa);
    }
}
