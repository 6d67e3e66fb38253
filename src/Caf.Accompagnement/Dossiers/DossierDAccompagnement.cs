using System.Collections.Immutable;
using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Dossiers.Regles;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Dossiers;

/// <summary>
/// Le dossier d'accompagnement social d'un foyer par un travailleur social de son secteur : son origine, l'offre et sa
/// réponse, les rendez-vous, le diagnostic, les plans et leurs objectifs, les aides et contrats rattachés (par
/// référence), la clôture.
/// </summary>
/// <remarks>
/// <para>Agrégat immuable : chaque commande vérifie ses règles (une classe par règle, <c>Dossiers/Regles</c>) et renvoie
/// soit la <see cref="TransitionDuDossier"/> (nouvel état et événement), soit les règles enfreintes (codes stables
/// <c>dossiers.*</c>) ; en cas de refus, rien ne change.</para>
/// <para>Invariants : les commandes sont datées dans l'ordre ; au plus un rendez-vous à venir ; jamais deux plans
/// ouverts ; le travailleur social est un travailleur social du secteur de la commune ; la clôture est définitive
/// (<c>dossiers.dossier.clos</c>). L'historique des événements reconstruit l'état (<see cref="Rejouer"/>).</para>
/// <para>Déménagement : dans le même secteur, la commune change ; vers un autre secteur de la carte, le dossier est
/// transféré au travailleur social désigné de ce secteur (continuité de l'accompagnement : le plan en cours le suit) ;
/// hors de la carte (autre Caf), le dossier est clos pour déménagement.</para>
/// </remarks>
public sealed class DossierDAccompagnement
{
    private readonly Etat _etat;

    private DossierDAccompagnement(Etat etat) => _etat = etat;

    /// <summary>Le numéro allocataire du foyer (masqué dans <see cref="ToString"/> et dans les erreurs).</summary>
    public NumeroAllocataire Numero => _etat.Numero;

    /// <summary>La commune de résidence du foyer.</summary>
    public CodeCommune Commune => _etat.Commune;

    /// <summary>Le nom du secteur de la commune.</summary>
    public string Secteur => _etat.Secteur;

    /// <summary>Le travailleur social qui suit le dossier.</summary>
    public TravailleurSocial TravailleurSocial => _etat.Travailleur;

    /// <summary>L'origine du dossier.</summary>
    public OrigineDuDossier Origine => _etat.Origine;

    /// <summary>Le motif de la demande (motifs du bilan d'activité : parentalité, insertion, impayés de loyer…).</summary>
    public Motif Motif => _etat.Motif;

    /// <summary>L'offre d'accompagnement et sa réponse, ou <see langword="null"/>.</summary>
    public OffreDAccompagnement? Offre => _etat.Offre;

    /// <summary>Les rendez-vous, par numéro.</summary>
    public ImmutableArray<RendezVousDuDossier> RendezVous => _etat.RendezVous;

    /// <summary>Le diagnostic social, ou <see langword="null"/>.</summary>
    public DiagnosticSocial? Diagnostic => _etat.Diagnostic;

    /// <summary>Les plans d'accompagnement, par numéro ; au plus un ouvert.</summary>
    public ImmutableArray<PlanDAccompagnement> Plans => _etat.Plans;

    /// <summary>Le plan ouvert, ou <see langword="null"/>.</summary>
    public PlanDAccompagnement? PlanOuvert => Plans.FirstOrDefault(p => p.EstOuvert);

    /// <summary>Les identifiants des demandes d'aide rattachées, dans l'ordre.</summary>
    public ImmutableArray<string> Aides => _etat.Aides;

    /// <summary>Les numéros des contrats rattachés, dans l'ordre.</summary>
    public ImmutableArray<int> Contrats => _etat.Contrats;

    /// <summary>La clôture, ou <see langword="null"/> tant que le dossier est ouvert.</summary>
    public ClotureDuDossier? Cloture => _etat.Cloture;

    /// <summary><see langword="true"/> si le dossier est clos.</summary>
    public bool EstClos => Cloture is not null;

    /// <summary>La date du dernier événement : aucune commande ne peut être datée avant.</summary>
    public LocalDate DerniereDate => Historique[^1].Date;

    /// <summary>Les événements des commandes acceptées, dans l'ordre ; le premier est <see cref="DossierOuvert"/>.</summary>
    public ImmutableArray<EvenementDossier> Historique => _etat.Historique;

    /// <summary>
    /// Le délai du premier rendez-vous, en jours : de l'acceptation de l'offre (ou, sans offre acceptée, de l'origine)
    /// à la date prévue du premier rendez-vous tenu ; <see langword="null"/> sans rendez-vous tenu.
    /// </summary>
    public int? DelaiPremierRendezVous
    {
        get
        {
            var premier = RendezVous.FirstOrDefault(r => r.Issue == IssueDuRendezVous.Tenu);
            if (premier is null)
            {
                return null;
            }

            var depart = Offre is { Reponse: { } r, DateReponse: { } d } && r == ReponseALOffre.Acceptee ? d : Origine.Date;
            return Period.Between(depart, premier.DatePrevue, PeriodUnits.Days).Days;
        }
    }

    /// <summary>Ouvre un dossier : le travailleur social doit être un travailleur social du secteur de la commune sur la carte.</summary>
    /// <param name="numero">Le numéro allocataire du foyer.</param>
    /// <param name="commune">La commune de résidence.</param>
    /// <param name="origine">L'origine (sa date est la date d'ouverture).</param>
    /// <param name="motif">Le motif de la demande.</param>
    /// <param name="travailleur">Le travailleur social.</param>
    /// <param name="carte">La carte des secteurs.</param>
    /// <returns>La transition (<see cref="DossierOuvert"/>), ou <c>dossiers.commune.hors_carte</c>, <c>dossiers.travailleur.hors_secteur</c>.</returns>
    /// <exception cref="ArgumentException">Numéro ou commune non définis, argument nul.</exception>
    public static Resultat<TransitionDuDossier> Ouvrir(NumeroAllocataire numero, CodeCommune commune, OrigineDuDossier origine, Motif motif, TravailleurSocial travailleur, CarteDesSecteurs carte)
    {
        Preconditions.CheckArgument(numero.EstDefini, nameof(numero), "Le numéro allocataire est obligatoire.");
        Preconditions.CheckArgument(commune.EstDefini, nameof(commune), "La commune est obligatoire.");
        Preconditions.CheckNotNull(origine);
        Preconditions.CheckNotNull(motif);
        Preconditions.CheckNotNull(travailleur);
        Preconditions.CheckNotNull(carte);
        if (RegleTravailleurDuSecteur.Verifier(commune, travailleur, carte, out var secteur) is { } e)
        {
            return Resultat<TransitionDuDossier>.Echec(e);
        }

        var ouvert = new DossierOuvert(numero, origine.Date, commune, secteur!.Nom, travailleur, origine, motif);
        var etat = new Etat(numero, commune, secteur.Nom, travailleur, origine, motif, null, [], null, [], [], [], null, [ouvert]);
        return new TransitionDuDossier(new DossierDAccompagnement(etat), ouvert);
    }

    /// <summary>Propose l'offre d'accompagnement au foyer (une fois).</summary>
    /// <param name="date">La date de la proposition.</param>
    /// <returns>La transition (<see cref="OffreProposee"/>), ou <c>dossiers.offre.deja_proposee</c>.</returns>
    public Resultat<TransitionDuDossier> ProposerOffre(LocalDate date) =>
        Verifier(date, RegleOffreUnique.Verifier(Offre))
        ?? Appliquer(new OffreProposee(Numero, date), _etat with { Offre = new OffreDAccompagnement(date, null, null) });

    /// <summary>Enregistre la réponse du foyer à l'offre.</summary>
    /// <param name="date">La date de la réponse (ou du constat de l'absence de réponse).</param>
    /// <param name="reponse">La réponse.</param>
    /// <returns>La transition (<see cref="OffreRepondue"/>), ou <c>dossiers.offre.absente</c>, <c>dossiers.offre.deja_repondue</c>.</returns>
    public Resultat<TransitionDuDossier> RepondreALOffre(LocalDate date, ReponseALOffre reponse)
    {
        Preconditions.CheckNotNull(reponse);
        return Verifier(date, RegleOffreEnAttente.Verifier(Offre))
            ?? Appliquer(new OffreRepondue(Numero, date, reponse), _etat with { Offre = Offre! with { Reponse = reponse, DateReponse = date } });
    }

    /// <summary>Fixe un rendez-vous (convocation) ; au plus un rendez-vous à venir à la fois.</summary>
    /// <param name="date">La date de la convocation.</param>
    /// <param name="datePrevue">La date prévue du rendez-vous.</param>
    /// <param name="canal">Le canal.</param>
    /// <returns>La transition (<see cref="RendezVousFixe"/>), ou <c>dossiers.offre.declinee</c>, <c>dossiers.rendez_vous.deja_prevu</c>,
    /// <c>dossiers.rendez_vous.date_prevue</c>.</returns>
    public Resultat<TransitionDuDossier> Convoquer(LocalDate date, LocalDate datePrevue, CanalDeRendezVous canal)
    {
        Preconditions.CheckNotNull(canal);
        var numero = RendezVous.Length + 1;
        return Verifier(date, [RegleOffreNonDeclinee.Verifier(Offre), .. RegleConvocation.Verifier(RendezVous, date, datePrevue)])
            ?? Appliquer(
                new RendezVousFixe(Numero, date, numero, datePrevue, canal),
                _etat with { RendezVous = RendezVous.Add(new RendezVousDuDossier(numero, date, datePrevue, canal, [], null, null)) });
    }

    /// <summary>Enregistre un rappel d'un rendez-vous à venir, au plus tard le jour prévu.</summary>
    /// <param name="numero">Le numéro du rendez-vous.</param>
    /// <param name="date">La date du rappel.</param>
    /// <returns>La transition (<see cref="RappelEnvoye"/>), ou <c>dossiers.rendez_vous.inconnu</c>, <c>dossiers.rendez_vous.constate</c>,
    /// <c>dossiers.rappel.apres_rendez_vous</c>.</returns>
    public Resultat<TransitionDuDossier> Rappeler(int numero, LocalDate date)
    {
        if (Verifier(date, RegleRendezVousAVenir.Verifier(RendezVous, numero)) is { } refus)
        {
            return refus;
        }

        var rdv = RendezVous[numero - 1];
        return Verifier(date, RegleRappelAvantRendezVous.Verifier(rdv, date))
            ?? Appliquer(new RappelEnvoye(Numero, date, numero), _etat with { RendezVous = RendezVous.SetItem(numero - 1, rdv with { Rappels = rdv.Rappels.Add(date) }) });
    }

    /// <summary>Constate l'issue d'un rendez-vous à venir : tenu ou non honoré à partir de sa date prévue, annulé au plus tard ce jour-là.</summary>
    /// <param name="numero">Le numéro du rendez-vous.</param>
    /// <param name="date">La date du constat.</param>
    /// <param name="issue">L'issue.</param>
    /// <returns>La transition (<see cref="RendezVousConstate"/>), ou <c>dossiers.rendez_vous.inconnu</c>, <c>dossiers.rendez_vous.constate</c>,
    /// <c>dossiers.rendez_vous.avant_date</c>, <c>dossiers.rendez_vous.annulation_tardive</c>.</returns>
    public Resultat<TransitionDuDossier> ConstaterRendezVous(int numero, LocalDate date, IssueDuRendezVous issue)
    {
        Preconditions.CheckNotNull(issue);
        if (Verifier(date, RegleRendezVousAVenir.Verifier(RendezVous, numero)) is { } refus)
        {
            return refus;
        }

        var rdv = RendezVous[numero - 1];
        return Verifier(date, RegleConstatSelonLaDate.Verifier(rdv, date, issue))
            ?? Appliquer(new RendezVousConstate(Numero, date, numero, issue), _etat with { RendezVous = RendezVous.SetItem(numero - 1, rdv with { Issue = issue, DateIssue = date }) });
    }

    /// <summary>Établit le diagnostic social (une fois, après un rendez-vous tenu) ; les domaines en double sont ignorés.</summary>
    /// <param name="date">La date du diagnostic.</param>
    /// <param name="domaines">Les domaines repérés (au moins un).</param>
    /// <returns>La transition (<see cref="DiagnosticEtabli"/>), ou <c>dossiers.diagnostic.deja_etabli</c>,
    /// <c>dossiers.diagnostic.sans_rendez_vous</c>, <c>dossiers.diagnostic.sans_domaine</c>.</returns>
    public Resultat<TransitionDuDossier> EtablirDiagnostic(LocalDate date, IEnumerable<DomaineEngagement> domaines)
    {
        ImmutableArray<DomaineEngagement> liste = [.. Preconditions.CheckNotNull(domaines).Select(d => Preconditions.CheckNotNull(d)).Distinct()];
        return Verifier(date, [.. RegleDiagnostic.Verifier(this, liste)])
            ?? Appliquer(new DiagnosticEtabli(Numero, date, liste), _etat with { Diagnostic = new DiagnosticSocial(date, liste) });
    }

    /// <summary>Ouvre un plan d'accompagnement ; jamais deux plans ouverts.</summary>
    /// <param name="date">La date d'ouverture.</param>
    /// <param name="objectifs">Les objectifs (au moins un, chacun d'un domaine du diagnostic).</param>
    /// <returns>La transition (<see cref="Dossiers.PlanOuvert"/>), ou <c>dossiers.plan.deja_ouvert</c>, <c>dossiers.plan.sans_diagnostic</c>,
    /// <c>dossiers.plan.sans_objectif</c>, <c>dossiers.objectif.libelle</c>, <c>dossiers.objectif.echeance</c>, <c>dossiers.objectif.domaine</c>.</returns>
    public Resultat<TransitionDuDossier> OuvrirPlan(LocalDate date, IEnumerable<ObjectifPrevu> objectifs)
    {
        ImmutableArray<ObjectifPrevu> liste = [.. Preconditions.CheckNotNull(objectifs).Select(o => Preconditions.CheckNotNull(o) with { Libelle = o.Libelle?.Trim() ?? string.Empty })];
        var numero = Plans.Length + 1;
        return Verifier(date, [RegleUnSeulPlanOuvert.Verifier(this), .. RegleObjectifs.Verifier(liste, date, Diagnostic)])
            ?? Appliquer(
                new PlanOuvert(Numero, date, numero, liste),
                _etat with { Plans = Plans.Add(new PlanDAccompagnement(numero, date, [.. liste.Select(o => new ObjectifDuPlan(o.Domaine, o.Libelle, o.Echeance, null, null))], null)) });
    }

    /// <summary>Constate le résultat d'un objectif du plan ouvert.</summary>
    /// <param name="index">La position de l'objectif dans le plan (à partir de 0).</param>
    /// <param name="date">La date du constat.</param>
    /// <param name="resultat">Le résultat.</param>
    /// <returns>La transition (<see cref="ObjectifEvalue"/>), ou <c>dossiers.plan.aucun_ouvert</c>, <c>dossiers.objectif.inconnu</c>,
    /// <c>dossiers.objectif.deja_evalue</c>.</returns>
    public Resultat<TransitionDuDossier> EvaluerObjectif(int index, LocalDate date, ResultatDObjectif resultat)
    {
        Preconditions.CheckNotNull(resultat);
        var plan = PlanOuvert;
        return Verifier(date, RegleObjectifAEvaluer.Verifier(plan, index))
            ?? Appliquer(
                new ObjectifEvalue(Numero, date, plan!.Numero, index, resultat),
                _etat with { Plans = Plans.SetItem(plan.Numero - 1, plan with { Objectifs = plan.Objectifs.SetItem(index, plan.Objectifs[index] with { Resultat = resultat, DateResultat = date }) }) });
    }

    /// <summary>Clôt le plan ouvert, quand tous ses objectifs sont évalués.</summary>
    /// <param name="date">La date de clôture.</param>
    /// <returns>La transition (<see cref="PlanClos"/>), ou <c>dossiers.plan.aucun_ouvert</c>, <c>dossiers.plan.objectifs_en_cours</c>.</returns>
    public Resultat<TransitionDuDossier> ClorePlan(LocalDate date)
    {
        var plan = PlanOuvert;
        return Verifier(date, RegleObjectifsEvalues.Verifier(plan))
            ?? Appliquer(new PlanClos(Numero, date, plan!.Numero), _etat with { Plans = Plans.SetItem(plan.Numero - 1, plan with { DateCloture = date }) });
    }

    /// <summary>Rattache une demande d'aide financière individuelle par son identifiant (la demande reste dans son propre agrégat).</summary>
    /// <param name="identifiant">L'identifiant de la demande d'aide.</param>
    /// <param name="date">La date du rattachement.</param>
    /// <returns>La transition (<see cref="AideRattachee"/>), ou <c>dossiers.aide.identifiant</c>, <c>dossiers.aide.deja_rattachee</c>.</returns>
    public Resultat<TransitionDuDossier> RattacherAide(string? identifiant, LocalDate date)
    {
        var texte = identifiant?.Trim();
        return Verifier(date, RegleReferenceDAide.Verifier(Aides, texte))
            ?? Appliquer(new AideRattachee(Numero, date, texte!), _etat with { Aides = Aides.Add(texte!) });
    }

    /// <summary>Rattache un contrat (CER, contrat d'engagement) par son numéro dans le parcours du bénéficiaire.</summary>
    /// <param name="numeroContrat">Le numéro du contrat.</param>
    /// <param name="date">La date du rattachement.</param>
    /// <returns>La transition (<see cref="ContratRattache"/>), ou <c>dossiers.contrat.numero</c>, <c>dossiers.contrat.deja_rattache</c>.</returns>
    public Resultat<TransitionDuDossier> RattacherContrat(int numeroContrat, LocalDate date) =>
        Verifier(date, RegleReferenceDeContrat.Verifier(Contrats, numeroContrat))
        ?? Appliquer(new ContratRattache(Numero, date, numeroContrat), _etat with { Contrats = Contrats.Add(numeroContrat) });

    /// <summary>
    /// Enregistre le déménagement du foyer : dans le même secteur, la commune change (<see cref="CommuneChangee"/>) ;
    /// vers un autre secteur de la carte, le dossier est transféré au travailleur social désigné, qui doit être de ce
    /// secteur (<see cref="DossierTransfere"/>) ; hors de la carte, le dossier est clos pour déménagement
    /// (<see cref="DossierClos"/>, la commune quittée reste la dernière connue).
    /// </summary>
    /// <param name="date">La date du déménagement.</param>
    /// <param name="commune">La nouvelle commune.</param>
    /// <param name="carte">La carte des secteurs.</param>
    /// <param name="nouveauTravailleur">Le travailleur social du nouveau secteur (ignoré dans le même secteur ou hors de la carte).</param>
    /// <returns>La transition, ou <c>dossiers.demenagement.meme_commune</c>, <c>dossiers.demenagement.travailleur_absent</c>,
    /// <c>dossiers.travailleur.hors_secteur</c>.</returns>
    public Resultat<TransitionDuDossier> Demenager(LocalDate date, CodeCommune commune, CarteDesSecteurs carte, TravailleurSocial? nouveauTravailleur = null)
    {
        Preconditions.CheckArgument(commune.EstDefini, nameof(commune), "La commune est obligatoire.");
        Preconditions.CheckNotNull(carte);
        if (Verifier(date, RegleDemenagement.Verifier(Commune, commune)) is { } refus)
        {
            return refus;
        }

        if (!carte.TryGetSecteur(commune, out var secteur))
        {
            return Fermer(date, MotifDeCloture.Demenagement);
        }

        if (secteur.Nom == Secteur)
        {
            return Appliquer(new CommuneChangee(Numero, date, commune), _etat with { Commune = commune });
        }

        if (nouveauTravailleur is null)
        {
            return Resultat<TransitionDuDossier>.Echec(RegleDemenagement.TravailleurAbsent(secteur));
        }

        return RegleTravailleurDuSecteur.Verifier(commune, nouveauTravailleur, carte, out _) is { } e
            ? Resultat<TransitionDuDossier>.Echec(e)
            : Appliquer(
                new DossierTransfere(Numero, date, commune, secteur.Nom, nouveauTravailleur, Secteur, TravailleurSocial),
                _etat with { Commune = commune, Secteur = secteur.Nom, Travailleur = nouveauTravailleur });
    }

    /// <summary>Clôt le dossier, définitivement ; un plan encore ouvert est clos le même jour.</summary>
    /// <param name="date">La date de clôture.</param>
    /// <param name="motif">Le motif.</param>
    /// <returns>La transition (<see cref="DossierClos"/>), ou <c>dossiers.cloture.plan_ouvert</c>, <c>dossiers.cloture.aucun_objectif_atteint</c>
    /// (motif objectifs atteints), <c>dossiers.dossier.clos</c>, <c>dossiers.date.anterieure</c>.</returns>
    public Resultat<TransitionDuDossier> Clore(LocalDate date, MotifDeCloture motif)
    {
        Preconditions.CheckNotNull(motif);
        return Verifier(date, RegleClotureObjectifsAtteints.Verifier(this, motif)) ?? Fermer(date, motif);
    }

    /// <summary>
    /// Reconstruit un dossier à partir de son historique, en rejouant chaque événement par la commande qui l'a produit :
    /// l'état obtenu est celui du dossier qui a produit l'historique.
    /// </summary>
    /// <param name="evenements">Les événements, dans l'ordre ; le premier est <see cref="DossierOuvert"/>, tous du même numéro allocataire.</param>
    /// <param name="carte">La carte des secteurs (ouverture et déménagements).</param>
    /// <returns>Le dossier, ou les erreurs de l'événement refusé (champ <c>evenements[i]</c>) : les règles des commandes,
    /// <c>dossiers.rejeu.vide</c>, <c>dossiers.rejeu.ouverture</c>, <c>dossiers.rejeu.numero</c>, <c>dossiers.rejeu.incoherent</c>.</returns>
    public static Resultat<DossierDAccompagnement> Rejouer(IEnumerable<EvenementDossier> evenements, CarteDesSecteurs carte)
    {
        Preconditions.CheckNotNull(carte);
        var liste = Preconditions.CheckNotNull(evenements).ToList();
        if (liste.Count == 0)
        {
            return Resultat<DossierDAccompagnement>.Echec(new Erreur("dossiers.rejeu.vide", "evenements", null, "Un historique commence par l'ouverture du dossier."));
        }

        DossierDAccompagnement? dossier = null;
        for (var i = 0; i < liste.Count; i++)
        {
            var e = Preconditions.CheckNotNull(liste[i]);
            var champ = FormattableString.Invariant($"evenements[{i}]");
            var r = Appliquer(dossier, e, carte, champ);
            if (!r.TryGetValue(out var t))
            {
                return Resultat<DossierDAccompagnement>.Echec(r.Erreurs.Select(x => x.PourChamp(champ)));
            }

            if (!t.Evenement.Equals(e))
            {
                return Resultat<DossierDAccompagnement>.Echec(new Erreur("dossiers.rejeu.incoherent", champ, e.GetType().Name,
                    $"La commande rejouée produit un autre événement ({t.Evenement.GetType().Name}) : l'historique ne correspond pas à la carte ou à l'état qui le précède."));
            }

            dossier = t.Dossier;
        }

        return dossier!;
    }

    /// <summary>Résumé sans donnée personnelle en clair.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"Dossier d'accompagnement de {Numero} ({Secteur}, {TravailleurSocial}) : {RendezVous.Length} rendez-vous, {Plans.Length} plan(s){(Cloture is { } c ? $", clos le {Dates.Formater(c.Date)} ({c.Motif.Libelle})" : string.Empty)}";

    private static Resultat<TransitionDuDossier> Appliquer(DossierDAccompagnement? dossier, EvenementDossier e, CarteDesSecteurs carte, string champ)
    {
        if (dossier is null)
        {
            return e is DossierOuvert o
                ? Ouvrir(o.Numero, o.Commune, o.Origine, o.Motif, o.TravailleurSocial, carte)
                : Resultat<TransitionDuDossier>.Echec(new Erreur("dossiers.rejeu.ouverture", champ, e.GetType().Name, "Un historique commence par l'ouverture du dossier."));
        }

        if (e.Numero != dossier.Numero)
        {
            return Resultat<TransitionDuDossier>.Echec(new Erreur("dossiers.rejeu.numero", champ, Erreur.ValeurMasquee, "L'événement concerne un autre foyer que celui du dossier."));
        }

        return e switch
        {
            DossierOuvert => Resultat<TransitionDuDossier>.Echec(new Erreur("dossiers.rejeu.ouverture", champ, e.GetType().Name, "Le dossier est déjà ouvert.")),
            OffreProposee x => dossier.ProposerOffre(x.Date),
            OffreRepondue x => dossier.RepondreALOffre(x.Date, x.Reponse),
            RendezVousFixe x => dossier.Convoquer(x.Date, x.DatePrevue, x.Canal),
            RappelEnvoye x => dossier.Rappeler(x.NumeroRendezVous, x.Date),
            RendezVousConstate x => dossier.ConstaterRendezVous(x.NumeroRendezVous, x.Date, x.Issue),
            DiagnosticEtabli x => dossier.EtablirDiagnostic(x.Date, x.Domaines),
            PlanOuvert x => dossier.OuvrirPlan(x.Date, x.Objectifs),
            ObjectifEvalue x => dossier.EvaluerObjectif(x.IndexObjectif, x.Date, x.Resultat),
            PlanClos x => dossier.ClorePlan(x.Date),
            AideRattachee x => dossier.RattacherAide(x.Identifiant, x.Date),
            ContratRattache x => dossier.RattacherContrat(x.NumeroContrat, x.Date),
            CommuneChangee x => dossier.Demenager(x.Date, x.Commune, carte),
            DossierTransfere x => dossier.Demenager(x.Date, x.Commune, carte, x.TravailleurSocial),
            DossierClos x => dossier.Clore(x.Date, x.Motif),
            _ => throw new ArgumentException($"Événement inconnu : {e.GetType().Name}.", nameof(e)),
        };
    }

    private Resultat<TransitionDuDossier> Fermer(LocalDate date, MotifDeCloture motif)
    {
        var plans = PlanOuvert is { } p ? Plans.SetItem(p.Numero - 1, p with { DateCloture = date }) : Plans;
        return Appliquer(new DossierClos(Numero, date, motif), _etat with { Plans = plans, Cloture = new ClotureDuDossier(date, motif) });
    }

    /// <summary>Vérifie la clôture, la chronologie, puis les règles de la commande ; <see langword="null"/> si rien n'est enfreint.</summary>
    private Resultat<TransitionDuDossier>? Verifier(LocalDate date, params Erreur?[] regles)
    {
        if (RegleDossierNonClos.Verifier(Cloture) is { } clos)
        {
            return Resultat<TransitionDuDossier>.Echec(clos);
        }

        var erreurs = regles.Prepend(RegleChronologie.Verifier(date, DerniereDate)).OfType<Erreur>().ToList();
        return erreurs.Count == 0 ? null : Resultat<TransitionDuDossier>.Echec(erreurs);
    }

    private Resultat<TransitionDuDossier> Appliquer(EvenementDossier evenement, Etat etat) =>
        new TransitionDuDossier(new DossierDAccompagnement(etat with { Historique = Historique.Add(evenement) }), evenement);

    private sealed record Etat(
        NumeroAllocataire Numero,
        CodeCommune Commune,
        string Secteur,
        TravailleurSocial Travailleur,
        OrigineDuDossier Origine,
        Motif Motif,
        OffreDAccompagnement? Offre,
        ImmutableArray<RendezVousDuDossier> RendezVous,
        DiagnosticSocial? Diagnostic,
        ImmutableArray<PlanDAccompagnement> Plans,
        ImmutableArray<string> Aides,
        ImmutableArray<int> Contrats,
        ClotureDuDossier? Cloture,
        ImmutableArray<EvenementDossier> Historique);
}
