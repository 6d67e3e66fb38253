using System.Collections.Immutable;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Contrats;

/// <summary>
/// Un contrat d'engagements réciproques (avant 2025) ou un contrat d'engagement (depuis le 1er janvier 2025) : le
/// bénéficiaire, son référent et l'organisme qui agit par délégation du département, le régime, les actions
/// réciproques, le plan d'action, la période et le statut.
/// </summary>
/// <remarks>
/// <para>Un contrat ne change d'état que par les commandes de son <see cref="Parcours"/>, qui vérifient les règles ;
/// c'est une valeur immuable.</para>
/// <para>Invariants : un brouillon n'a ni signature ni période ; un contrat signé a une période
/// <see cref="Debut"/>–<see cref="Fin"/> de <see cref="DureeEnMois"/> mois, et une <see cref="FinEffective"/> qui vaut
/// la fin, ou la date de rupture ou de fin anticipée ; un contrat d'engagement a un plan d'action, un CER n'en a pas.</para>
/// </remarks>
public sealed class Contrat
{
    internal Contrat(
        int numero,
        IdentifiantBeneficiaire beneficiaire,
        CodeCommune commune,
        Referent referent,
        Orientation orientation,
        RegimeContrat regime,
        LocalDate dateEtablissement,
        int dureeEnMois,
        ImmutableArray<Engagement> engagements,
        PlanDAction? plan,
        int? predecesseur,
        int rangDeRenouvellement)
    {
        Numero = numero;
        Beneficiaire = beneficiaire;
        Commune = commune;
        Referent = referent;
        Orientation = orientation;
        Regime = regime;
        DateEtablissement = dateEtablissement;
        DureeEnMois = dureeEnMois;
        Engagements = engagements;
        PlanDAction = plan;
        Predecesseur = predecesseur;
        RangDeRenouvellement = rangDeRenouvellement;
        Statut = StatutContrat.Brouillon;
        Avenants = [];
    }

    private Contrat(Contrat c)
    {
        Numero = c.Numero;
        Beneficiaire = c.Beneficiaire;
        Commune = c.Commune;
        Referent = c.Referent;
        Orientation = c.Orientation;
        Regime = c.Regime;
        DateEtablissement = c.DateEtablissement;
        DureeEnMois = c.DureeEnMois;
        Engagements = c.Engagements;
        PlanDAction = c.PlanDAction;
        Predecesseur = c.Predecesseur;
        Successeur = c.Successeur;
        RangDeRenouvellement = c.RangDeRenouvellement;
        Statut = c.Statut;
        DateSignature = c.DateSignature;
        SignatureTardive = c.SignatureTardive;
        Debut = c.Debut;
        Fin = c.Fin;
        FinEffective = c.FinEffective;
        Motif = c.Motif;
        Avenants = c.Avenants;
    }

    /// <summary>Numéro du contrat dans le parcours du bénéficiaire (à partir de 1).</summary>
    public int Numero { get; }

    /// <summary>Le bénéficiaire (chaque membre d'un couple a ses propres contrats).</summary>
    public IdentifiantBeneficiaire Beneficiaire { get; }

    /// <summary>La commune de résidence du foyer à l'établissement du contrat (sert au secteur).</summary>
    public CodeCommune Commune { get; }

    /// <summary>Le référent unique qui suit le contrat.</summary>
    public Referent Referent { get; }

    /// <summary>
    /// L'organisme qui conclut et suit le contrat par délégation du département (CASF L262-36), ou
    /// <see langword="null"/> quand le référent appartient au conseil départemental lui-même.
    /// </summary>
    public OrganismeReferent? Delegataire => Referent.Organisme == OrganismeReferent.ConseilDepartemental ? null : Referent.Organisme;

    /// <summary>Le département qui conclut le contrat (code du département de la commune).</summary>
    public string Departement => Commune.Departement;

    /// <summary>L'orientation en vigueur à l'établissement du contrat.</summary>
    public Orientation Orientation { get; }

    /// <summary>
    /// La nature du contrat : PPAE, CER professionnel ou social avant 2025, contrat d'engagement depuis, selon le régime,
    /// l'orientation et l'organisme du référent (<see cref="NatureContrat.Pour"/>) ; elle fixe le délai de signature.
    /// </summary>
    public NatureContrat Nature => NatureContrat.Pour(Regime, Orientation.Type, Referent.Organisme);

    /// <summary>Le régime du contrat, fixé par sa date d'établissement (voir <see cref="RegimeContrat.Au"/>).</summary>
    public RegimeContrat Regime { get; }

    /// <summary>La date d'établissement du brouillon.</summary>
    public LocalDate DateEtablissement { get; }

    /// <summary>La durée prévue, en mois.</summary>
    public int DureeEnMois { get; }

    /// <summary>Les actions réciproques.</summary>
    public ImmutableArray<Engagement> Engagements { get; private init; }

    /// <summary>Le plan d'action (contrat d'engagement), ou <see langword="null"/> pour un CER.</summary>
    public PlanDAction? PlanDAction { get; private init; }

    /// <summary>Le numéro du contrat renouvelé par celui-ci, ou <see langword="null"/>.</summary>
    public int? Predecesseur { get; }

    /// <summary>Le numéro du contrat qui renouvelle celui-ci, ou <see langword="null"/>.</summary>
    public int? Successeur { get; private init; }

    /// <summary>Nombre de renouvellements successifs qui ont mené à ce contrat (0 pour un premier contrat).</summary>
    public int RangDeRenouvellement { get; }

    /// <summary>Le statut.</summary>
    public StatutContrat Statut { get; private init; }

    /// <summary>La date de signature, ou <see langword="null"/> pour un brouillon.</summary>
    public LocalDate? DateSignature { get; private init; }

    /// <summary><see langword="true"/> si la signature est intervenue après le délai suivant l'orientation (CASF L262-36).</summary>
    public bool SignatureTardive { get; private init; }

    /// <summary>Premier jour de la période du contrat, ou <see langword="null"/> pour un brouillon.</summary>
    public LocalDate? Debut { get; private init; }

    /// <summary>Dernier jour prévu de la période, ou <see langword="null"/> pour un brouillon.</summary>
    public LocalDate? Fin { get; private init; }

    /// <summary>Dernier jour effectif : la fin prévue, ou la date de rupture ou de fin anticipée.</summary>
    public LocalDate? FinEffective { get; private init; }

    /// <summary>Le motif de la rupture ou de la fin anticipée, ou <see langword="null"/>.</summary>
    public string? Motif { get; private init; }

    /// <summary>Les avenants, dans l'ordre.</summary>
    public ImmutableArray<Avenant> Avenants { get; private init; }

    /// <summary><see langword="true"/> si le contrat couvre une date : signé, et la date est dans sa période effective.</summary>
    /// <param name="date">La date.</param>
    /// <returns>Le résultat.</returns>
    public bool EstActifAu(LocalDate date) => Debut is { } d && FinEffective is { } f && d <= date && date <= f;

    /// <summary>La période effective, ou <see langword="null"/> pour un brouillon.</summary>
    public DateInterval? Periode => Debut is { } d && FinEffective is { } f ? new DateInterval(d, f) : null;

    /// <summary>Restaure un contrat dont les invariants ont été vérifiés (lecture d'un instantané JSON).</summary>
    internal static Contrat Restaurer(Contrat brouillon, EtatRestaure etat) =>
        new(brouillon)
        {
            Successeur = etat.Successeur,
            Statut = etat.Statut,
            DateSignature = etat.DateSignature,
            SignatureTardive = etat.SignatureTardive,
            Debut = etat.Debut,
            Fin = etat.Fin,
            FinEffective = etat.FinEffective,
            Motif = etat.Motif,
            Avenants = etat.Avenants,
        };

    /// <summary>La fin d'un contrat de <paramref name="mois"/> mois commencé le <paramref name="debut"/> (la veille du même jour, <paramref name="mois"/> mois plus tard).</summary>
    /// <exception cref="ArgumentOutOfRangeException">La fin tomberait après le 31/12/9999 (voir <see cref="FinPourOuNull"/>).</exception>
    internal static LocalDate FinPour(LocalDate debut, int mois) =>
        FinPourOuNull(debut, mois) ?? throw new ArgumentOutOfRangeException(nameof(debut), Dates.FormaterIso(debut), "La fin du contrat tomberait après le 31/12/9999.");

    /// <summary>La fin d'un contrat de <paramref name="mois"/> mois commencé le <paramref name="debut"/>, ou <see langword="null"/> hors du calendrier.</summary>
    /// <remarks>Un contrat commencé le 1er juillet 9999 pour six mois finit le 31/12/9999 : le lendemain de sa fin
    /// (1er janvier 10000) n'a pas à exister.</remarks>
    internal static LocalDate? FinPourOuNull(LocalDate debut, int mois)
    {
        if (debut.PlusMoisOuNull(mois) is { } apres)
        {
            return apres.PlusJoursOuNull(-1);
        }

        // Seul cas où le même jour, mois plus tard, sort du calendrier mais pas sa veille : le 1er janvier 10000.
        var mois10000 = ((LocalDate.MaxIsoValue.Year + 1) * 12L) - ((debut.Year * 12L) + debut.Month - 1);
        return debut.Day == 1 && mois == mois10000 && debut.Calendar == CalendarSystem.Iso ? LocalDate.MaxIsoValue : null;
    }

    internal Contrat Signer(LocalDate date, LocalDate debut, bool tardive) =>
        new(this) { Statut = StatutContrat.Signe, DateSignature = date, SignatureTardive = tardive, Debut = debut, Fin = FinPour(debut, DureeEnMois), FinEffective = FinPour(debut, DureeEnMois) };

    internal Contrat AvecStatut(StatutContrat statut) => new(this) { Statut = statut };

    internal Contrat Clore(StatutContrat statut, LocalDate dernierJour, string motif) =>
        new(this) { Statut = statut, FinEffective = dernierJour, Motif = motif };

    internal Contrat RenouvelePar(int successeur) => new(this) { Statut = StatutContrat.Renouvele, Successeur = successeur };

    internal Contrat Amender(LocalDate date, string motif, ImmutableArray<Engagement> engagements, PlanDAction? plan) =>
        new(this)
        {
            Engagements = engagements,
            PlanDAction = plan,
            Avenants = Avenants.Add(new Avenant(Avenants.Length + 1, date, motif, Engagements, PlanDAction)),
        };

    internal Contrat AvecEngagements(ImmutableArray<Engagement> engagements) => new(this) { Engagements = engagements };

    /// <summary>Résumé sans donnée personnelle en clair.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"Contrat n° {Numero} ({Regime.Code}) de {Beneficiaire} : {Statut.Libelle}"
        + (Debut is { } d && FinEffective is { } f ? $" du {Dates.Formater(d)} au {Dates.Formater(f)}" : string.Empty)
        + (SignatureTardive ? ", signé hors délai" : string.Empty);
}

/// <summary>L'état d'un contrat au-delà de son établissement, pour sa restauration depuis un instantané.</summary>
internal sealed record EtatRestaure(
    StatutContrat Statut,
    int? Successeur,
    LocalDate? DateSignature,
    bool SignatureTardive,
    LocalDate? Debut,
    LocalDate? Fin,
    LocalDate? FinEffective,
    string? Motif,
    ImmutableArray<Avenant> Avenants);
