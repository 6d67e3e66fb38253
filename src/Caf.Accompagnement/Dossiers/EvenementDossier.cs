using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Dossiers;

/// <summary>
/// Un événement du domaine, produit par une commande acceptée sur un <see cref="DossierDAccompagnement"/> ; la suite
/// des événements d'un dossier (<see cref="DossierDAccompagnement.Historique"/>) le reconstruit
/// (<see cref="DossierDAccompagnement.Rejouer"/>).
/// </summary>
/// <param name="Numero">Le numéro allocataire du foyer (masqué dans <c>ToString()</c>).</param>
/// <param name="Date">La date de l'événement.</param>
public abstract record EvenementDossier(NumeroAllocataire Numero, LocalDate Date)
{
    /// <summary>L'événement en français, avec sa date ; le numéro allocataire est masqué.</summary>
    /// <returns>Le texte.</returns>
    public sealed override string ToString() => $"{Dates.Formater(Date)} : {Description()} (dossier {Numero})";

    private string Description() => this switch
    {
        DossierOuvert o => $"dossier ouvert ({o.Motif.Libelle}) dans le secteur {o.Secteur}, suivi par {o.TravailleurSocial}, origine : {o.Origine}",
        OffreProposee => "offre d'accompagnement proposée",
        OffreRepondue r => $"réponse à l'offre : {r.Reponse.Libelle}",
        RendezVousFixe f => string.Create(CultureInfo.InvariantCulture, $"rendez-vous n° {f.NumeroRendezVous} fixé au {Dates.Formater(f.DatePrevue)} ({f.Canal.Libelle})"),
        RappelEnvoye r => string.Create(CultureInfo.InvariantCulture, $"rappel du rendez-vous n° {r.NumeroRendezVous}"),
        RendezVousConstate c => string.Create(CultureInfo.InvariantCulture, $"rendez-vous n° {c.NumeroRendezVous} : {c.Issue.Libelle}"),
        DiagnosticEtabli d => $"diagnostic social : {string.Join(", ", d.Domaines.Select(x => x.Libelle))}",
        PlanOuvert p => string.Create(CultureInfo.InvariantCulture, $"plan n° {p.NumeroPlan} ouvert, {p.Objectifs.Length} objectif(s)"),
        ObjectifEvalue e => string.Create(CultureInfo.InvariantCulture, $"objectif {e.IndexObjectif + 1} du plan n° {e.NumeroPlan} : {e.Resultat.Libelle}"),
        PlanClos p => string.Create(CultureInfo.InvariantCulture, $"plan n° {p.NumeroPlan} clos"),
        AideRattachee a => $"demande d'aide {a.Identifiant} rattachée",
        ContratRattache c => string.Create(CultureInfo.InvariantCulture, $"contrat n° {c.NumeroContrat} rattaché"),
        CommuneChangee c => $"déménagement dans le secteur, commune {c.Commune}",
        DossierTransfere t => $"dossier transféré du secteur {t.SecteurPrecedent} au secteur {t.Secteur} ({t.TravailleurSocial})",
        DossierClos c => $"dossier clos : {c.Motif.Libelle}",
        _ => GetType().Name,
    };
}

/// <summary>Le dossier a été ouvert.</summary>
/// <param name="Numero">Le numéro allocataire.</param>
/// <param name="Date">La date d'ouverture (celle de l'origine).</param>
/// <param name="Commune">La commune de résidence du foyer.</param>
/// <param name="Secteur">Le nom du secteur de la commune.</param>
/// <param name="TravailleurSocial">Le travailleur social du secteur.</param>
/// <param name="Origine">L'origine.</param>
/// <param name="Motif">Le motif de la demande.</param>
public sealed record DossierOuvert(NumeroAllocataire Numero, LocalDate Date, CodeCommune Commune, string Secteur, TravailleurSocial TravailleurSocial, OrigineDuDossier Origine, Motif Motif)
    : EvenementDossier(Numero, Date);

/// <summary>Une offre d'accompagnement a été proposée au foyer.</summary>
/// <param name="Numero">Le numéro allocataire.</param>
/// <param name="Date">La date de la proposition.</param>
public sealed record OffreProposee(NumeroAllocataire Numero, LocalDate Date) : EvenementDossier(Numero, Date);

/// <summary>La réponse du foyer à l'offre a été enregistrée.</summary>
/// <param name="Numero">Le numéro allocataire.</param>
/// <param name="Date">La date de la réponse.</param>
/// <param name="Reponse">La réponse.</param>
public sealed record OffreRepondue(NumeroAllocataire Numero, LocalDate Date, ReponseALOffre Reponse) : EvenementDossier(Numero, Date);

/// <summary>Un rendez-vous a été fixé (convocation).</summary>
/// <param name="Numero">Le numéro allocataire.</param>
/// <param name="Date">La date de la convocation.</param>
/// <param name="NumeroRendezVous">Le numéro du rendez-vous.</param>
/// <param name="DatePrevue">La date prévue.</param>
/// <param name="Canal">Le canal.</param>
public sealed record RendezVousFixe(NumeroAllocataire Numero, LocalDate Date, int NumeroRendezVous, LocalDate DatePrevue, CanalDeRendezVous Canal) : EvenementDossier(Numero, Date);

/// <summary>Un rappel du rendez-vous a été envoyé.</summary>
/// <param name="Numero">Le numéro allocataire.</param>
/// <param name="Date">La date du rappel.</param>
/// <param name="NumeroRendezVous">Le numéro du rendez-vous.</param>
public sealed record RappelEnvoye(NumeroAllocataire Numero, LocalDate Date, int NumeroRendezVous) : EvenementDossier(Numero, Date);

/// <summary>L'issue d'un rendez-vous a été constatée.</summary>
/// <param name="Numero">Le numéro allocataire.</param>
/// <param name="Date">La date du constat.</param>
/// <param name="NumeroRendezVous">Le numéro du rendez-vous.</param>
/// <param name="Issue">L'issue.</param>
public sealed record RendezVousConstate(NumeroAllocataire Numero, LocalDate Date, int NumeroRendezVous, IssueDuRendezVous Issue) : EvenementDossier(Numero, Date);

/// <summary>Le diagnostic social a été établi.</summary>
/// <param name="Numero">Le numéro allocataire.</param>
/// <param name="Date">La date du diagnostic.</param>
/// <param name="Domaines">Les domaines repérés.</param>
public sealed record DiagnosticEtabli(NumeroAllocataire Numero, LocalDate Date, ImmutableArray<DomaineEngagement> Domaines) : EvenementDossier(Numero, Date)
{
    /// <inheritdoc/>
    public bool Equals(DiagnosticEtabli? other) => other is not null && Numero == other.Numero && Date == other.Date && Domaines.SequenceEqual(other.Domaines);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Numero, Date, Domaines.Length);
}

/// <summary>Un plan d'accompagnement a été ouvert.</summary>
/// <param name="Numero">Le numéro allocataire.</param>
/// <param name="Date">La date d'ouverture.</param>
/// <param name="NumeroPlan">Le numéro du plan.</param>
/// <param name="Objectifs">Les objectifs.</param>
public sealed record PlanOuvert(NumeroAllocataire Numero, LocalDate Date, int NumeroPlan, ImmutableArray<ObjectifPrevu> Objectifs) : EvenementDossier(Numero, Date)
{
    /// <inheritdoc/>
    public bool Equals(PlanOuvert? other) => other is not null && Numero == other.Numero && Date == other.Date && NumeroPlan == other.NumeroPlan && Objectifs.SequenceEqual(other.Objectifs);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Numero, Date, NumeroPlan, Objectifs.Length);
}

/// <summary>Le résultat d'un objectif du plan ouvert a été constaté.</summary>
/// <param name="Numero">Le numéro allocataire.</param>
/// <param name="Date">La date du constat.</param>
/// <param name="NumeroPlan">Le numéro du plan.</param>
/// <param name="IndexObjectif">La position de l'objectif dans le plan (à partir de 0).</param>
/// <param name="Resultat">Le résultat.</param>
public sealed record ObjectifEvalue(NumeroAllocataire Numero, LocalDate Date, int NumeroPlan, int IndexObjectif, ResultatDObjectif Resultat) : EvenementDossier(Numero, Date);

/// <summary>Le plan ouvert a été clos, tous ses objectifs évalués.</summary>
/// <param name="Numero">Le numéro allocataire.</param>
/// <param name="Date">La date de clôture.</param>
/// <param name="NumeroPlan">Le numéro du plan.</param>
public sealed record PlanClos(NumeroAllocataire Numero, LocalDate Date, int NumeroPlan) : EvenementDossier(Numero, Date);

/// <summary>Une demande d'aide financière individuelle a été rattachée au dossier (par son identifiant).</summary>
/// <param name="Numero">Le numéro allocataire.</param>
/// <param name="Date">La date du rattachement.</param>
/// <param name="Identifiant">L'identifiant de la demande d'aide.</param>
public sealed record AideRattachee(NumeroAllocataire Numero, LocalDate Date, string Identifiant) : EvenementDossier(Numero, Date);

/// <summary>Un contrat (CER, contrat d'engagement) a été rattaché au dossier (par son numéro).</summary>
/// <param name="Numero">Le numéro allocataire.</param>
/// <param name="Date">La date du rattachement.</param>
/// <param name="NumeroContrat">Le numéro du contrat dans le parcours du bénéficiaire.</param>
public sealed record ContratRattache(NumeroAllocataire Numero, LocalDate Date, int NumeroContrat) : EvenementDossier(Numero, Date);

/// <summary>Le foyer a déménagé dans une autre commune du même secteur : le travailleur social reste le même.</summary>
/// <param name="Numero">Le numéro allocataire.</param>
/// <param name="Date">La date du déménagement.</param>
/// <param name="Commune">La nouvelle commune.</param>
public sealed record CommuneChangee(NumeroAllocataire Numero, LocalDate Date, CodeCommune Commune) : EvenementDossier(Numero, Date);

/// <summary>Le foyer a déménagé dans un autre secteur de la carte : le dossier est transféré au travailleur social de ce secteur.</summary>
/// <param name="Numero">Le numéro allocataire.</param>
/// <param name="Date">La date du transfert.</param>
/// <param name="Commune">La nouvelle commune.</param>
/// <param name="Secteur">Le nouveau secteur.</param>
/// <param name="TravailleurSocial">Le nouveau travailleur social.</param>
/// <param name="SecteurPrecedent">Le secteur quitté.</param>
/// <param name="TravailleurPrecedent">Le travailleur social précédent.</param>
public sealed record DossierTransfere(NumeroAllocataire Numero, LocalDate Date, CodeCommune Commune, string Secteur, TravailleurSocial TravailleurSocial, string SecteurPrecedent, TravailleurSocial TravailleurPrecedent)
    : EvenementDossier(Numero, Date);

/// <summary>Le dossier a été clos (définitivement) ; un plan encore ouvert est clos le même jour.</summary>
/// <param name="Numero">Le numéro allocataire.</param>
/// <param name="Date">La date de clôture.</param>
/// <param name="Motif">Le motif.</param>
public sealed record DossierClos(NumeroAllocataire Numero, LocalDate Date, MotifDeCloture Motif) : EvenementDossier(Numero, Date);

/// <summary>Le résultat d'une commande acceptée : le nouvel état du dossier et l'événement produit.</summary>
/// <param name="Dossier">Le dossier après la commande.</param>
/// <param name="Evenement">L'événement.</param>
public sealed record TransitionDuDossier(DossierDAccompagnement Dossier, EvenementDossier Evenement)
{
    /// <inheritdoc/>
    public override string ToString() =>
        Evenement.ToString();
}
