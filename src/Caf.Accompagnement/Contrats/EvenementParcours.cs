using NodaTime;

namespace Caf.Accompagnement.Contrats;

/// <summary>Un événement du domaine, produit par une commande acceptée sur un <see cref="Parcours"/>.</summary>
/// <param name="Beneficiaire">Le bénéficiaire concerné.</param>
/// <param name="Date">La date de l'événement.</param>
public abstract record EvenementParcours(IdentifiantBeneficiaire Beneficiaire, LocalDate Date)
{
    /// <summary>
    /// L'événement en français, daté au format français, le numéro allocataire masqué (scellé : tous les événements du
    /// parcours s'écrivent ainsi).
    /// </summary>
    /// <returns>Le texte.</returns>
    public sealed override string ToString() => $"{Dates.Formater(Date)} : {Description()} ({Beneficiaire})";

    private string Description() => this switch
    {
        BeneficiaireOriente o => $"orientation vers le « {o.Nouvelle.Type.Libelle} »" + (o.PrecedenteEcourtee is { } p ? $", le « {p.Type.Libelle} » écourté" : string.Empty),
        ReferentDesigne r => $"référent désigné : {r.Nouveau}",
        ContratEtabli e => $"contrat n° {e.NumeroContrat} établi ({e.Regime.Libelle})",
        ContratSigne s => $"contrat n° {s.NumeroContrat} signé, du {Dates.Formater(s.Debut)} au {Dates.Formater(s.Fin)}{(s.SignatureTardive ? $", après la date limite du {Dates.Formater(s.DateLimite)}" : string.Empty)}",
        ContratCommence c => $"contrat n° {c.NumeroContrat} commencé",
        ContratAmende a => $"avenant n° {a.NumeroAvenant} au contrat n° {a.NumeroContrat} ({a.Motif})",
        EngagementSuivi e => $"action {e.IndexEngagement + 1} du contrat n° {e.NumeroContrat} : {e.Statut.Libelle}",
        ContratRenouvele r => $"contrat n° {r.NumeroContrat} renouvelé par le n° {r.NumeroSuccesseur}, à partir du {Dates.Formater(r.DebutSuccesseur)}",
        ContratRompu r => $"contrat n° {r.NumeroContrat} rompu ({r.Motif})",
        ContratTermine t => $"contrat n° {t.NumeroContrat} terminé ({t.Motif})",
        ContratExpire e => $"contrat n° {e.NumeroContrat} arrivé à terme",
        InscriptionFranceTravailEnregistree => "inscription à France Travail",
        OrganismeReferentDecide o => $"organisme référent décidé : {o.Organisme.Libelle}",
        SanctionDecidee s => $"sanction décidée : {s.Sanction}",
        SanctionLevee s => $"versement repris : {s.Sanction}",
        ParcoursClos c => $"sortie du parcours : {c.Motif.Libelle}",
        _ => GetType().Name,
    };
}

/// <summary>Le bénéficiaire a été orienté ; l'orientation précédente éventuelle a été écourtée à la veille.</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Date">La date de la décision.</param>
/// <param name="Nouvelle">La nouvelle orientation.</param>
/// <param name="PrecedenteEcourtee">L'orientation précédente, avec sa nouvelle fin, ou <see langword="null"/>.</param>
public sealed record BeneficiaireOriente(IdentifiantBeneficiaire Beneficiaire, LocalDate Date, Orientation Nouvelle, Orientation? PrecedenteEcourtee)
    : EvenementParcours(Beneficiaire, Date);

/// <summary>Un référent unique a été désigné ; le précédent éventuel reste dans l'historique.</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Date">La date de la désignation.</param>
/// <param name="Nouveau">Le nouveau référent.</param>
/// <param name="Precedent">Le référent précédent, ou <see langword="null"/>.</param>
public sealed record ReferentDesigne(IdentifiantBeneficiaire Beneficiaire, LocalDate Date, Referent Nouveau, Referent? Precedent)
    : EvenementParcours(Beneficiaire, Date);

/// <summary>Un projet de contrat a été établi.</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Date">La date d'établissement.</param>
/// <param name="NumeroContrat">Le numéro du contrat.</param>
/// <param name="Regime">Le régime en vigueur à cette date.</param>
public sealed record ContratEtabli(IdentifiantBeneficiaire Beneficiaire, LocalDate Date, int NumeroContrat, RegimeContrat Regime)
    : EvenementParcours(Beneficiaire, Date);

/// <summary>Un contrat a été signé ; une signature hors délai est signalée.</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Date">La date de signature.</param>
/// <param name="NumeroContrat">Le numéro du contrat.</param>
/// <param name="Debut">Premier jour du contrat.</param>
/// <param name="Fin">Dernier jour prévu.</param>
/// <param name="SignatureTardive"><see langword="true"/> si la signature dépasse le délai après l'orientation.</param>
/// <param name="DateLimite">La date limite de signature.</param>
public sealed record ContratSigne(IdentifiantBeneficiaire Beneficiaire, LocalDate Date, int NumeroContrat, LocalDate Debut, LocalDate Fin, bool SignatureTardive, LocalDate DateLimite)
    : EvenementParcours(Beneficiaire, Date);

/// <summary>La mise en œuvre d'un contrat signé a commencé.</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Date">La date.</param>
/// <param name="NumeroContrat">Le numéro du contrat.</param>
public sealed record ContratCommence(IdentifiantBeneficiaire Beneficiaire, LocalDate Date, int NumeroContrat)
    : EvenementParcours(Beneficiaire, Date);

/// <summary>Un avenant a modifié un contrat signé.</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Date">La date de l'avenant.</param>
/// <param name="NumeroContrat">Le numéro du contrat.</param>
/// <param name="NumeroAvenant">Le numéro de l'avenant.</param>
/// <param name="Motif">Le motif.</param>
public sealed record ContratAmende(IdentifiantBeneficiaire Beneficiaire, LocalDate Date, int NumeroContrat, int NumeroAvenant, string Motif)
    : EvenementParcours(Beneficiaire, Date);

/// <summary>Le statut d'une action du contrat a été constaté.</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Date">La date du constat.</param>
/// <param name="NumeroContrat">Le numéro du contrat.</param>
/// <param name="IndexEngagement">La position de l'action dans le contrat (à partir de 0).</param>
/// <param name="Statut">Le nouveau statut.</param>
public sealed record EngagementSuivi(IdentifiantBeneficiaire Beneficiaire, LocalDate Date, int NumeroContrat, int IndexEngagement, StatutEngagement Statut)
    : EvenementParcours(Beneficiaire, Date);

/// <summary>Un contrat a été renouvelé : le suivant commence le lendemain de sa fin.</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Date">La date de signature du renouvellement.</param>
/// <param name="NumeroContrat">Le numéro du contrat renouvelé.</param>
/// <param name="NumeroSuccesseur">Le numéro du nouveau contrat.</param>
/// <param name="DebutSuccesseur">Le premier jour du nouveau contrat.</param>
public sealed record ContratRenouvele(IdentifiantBeneficiaire Beneficiaire, LocalDate Date, int NumeroContrat, int NumeroSuccesseur, LocalDate DebutSuccesseur)
    : EvenementParcours(Beneficiaire, Date);

/// <summary>Un contrat a été rompu pour manquement.</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Date">Le dernier jour du contrat.</param>
/// <param name="NumeroContrat">Le numéro du contrat.</param>
/// <param name="Motif">Le motif de la rupture.</param>
public sealed record ContratRompu(IdentifiantBeneficiaire Beneficiaire, LocalDate Date, int NumeroContrat, string Motif)
    : EvenementParcours(Beneficiaire, Date);

/// <summary>Un contrat a pris fin avant son terme pour une autre raison.</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Date">Le dernier jour du contrat.</param>
/// <param name="NumeroContrat">Le numéro du contrat.</param>
/// <param name="Motif">Le motif.</param>
public sealed record ContratTermine(IdentifiantBeneficiaire Beneficiaire, LocalDate Date, int NumeroContrat, string Motif)
    : EvenementParcours(Beneficiaire, Date);

/// <summary>Un contrat est arrivé à son terme sans renouvellement.</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Date">La date du constat.</param>
/// <param name="NumeroContrat">Le numéro du contrat.</param>
public sealed record ContratExpire(IdentifiantBeneficiaire Beneficiaire, LocalDate Date, int NumeroContrat)
    : EvenementParcours(Beneficiaire, Date);

/// <summary>Le résultat d'une commande acceptée : le nouvel état du parcours et l'événement produit.</summary>
/// <param name="Parcours">Le nouvel état.</param>
/// <param name="Evenement">L'événement.</param>
public sealed record Transition(Parcours Parcours, EvenementParcours Evenement)
{
    /// <inheritdoc/>
    public override string ToString() =>
        Evenement.ToString();
}
