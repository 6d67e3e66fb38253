using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Aides;

/// <summary>Le dépôt d'une demande.</summary>
/// <param name="Date">La date de dépôt.</param>
/// <param name="MontantDemande">Le montant demandé.</param>
public sealed record DemandeDeposee(LocalDate Date, Montant MontantDemande) : EvenementAide(Date);

/// <summary>Un changement de statut sans décision (instruction, pièces, ajournement, reprise, classement).</summary>
/// <param name="Date">La date.</param>
/// <param name="De">Le statut d'origine.</param>
/// <param name="Vers">Le nouveau statut.</param>
/// <param name="Motif">Le motif, s'il y a lieu.</param>
public sealed record ChangementDeStatut(LocalDate Date, StatutDemande De, StatutDemande Vers, string? Motif) : EvenementAide(Date)
{
    /// <summary>Les pièces demandées, pour une demande de pièces (<see cref="DemandeDAide.DemanderDesPieces"/>) ; vide sinon.</summary>
    public ImmutableArray<string> Pieces { get; init; } = [];

    /// <summary>Égalité de valeur, pièces demandées comprises (comparées élément par élément).</summary>
    /// <param name="other">L'autre changement.</param>
    /// <returns><see langword="true"/> si les deux changements sont identiques.</returns>
    public bool Equals(ChangementDeStatut? other) =>
        other is not null
        && base.Equals(other)
        && De.Equals(other.De)
        && Vers.Equals(other.Vers)
        && string.Equals(Motif, other.Motif, StringComparison.Ordinal)
        && Pieces.AsSpan().SequenceEqual(other.Pieces.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), De, Vers, Motif, Pieces.Length);

    /// <summary>Les membres affichés par <c>ToString()</c>, pièces demandées énumérées.</summary>
    /// <param name="builder">Le texte en construction.</param>
    /// <returns><see langword="true"/> : des membres ont été écrits.</returns>
    protected override bool PrintMembers(System.Text.StringBuilder builder)
    {
        base.PrintMembers(builder);
        builder.Append(", De = ").Append(De).Append(", Vers = ").Append(Vers).Append(", Motif = ").Append(Motif);
        builder.Append(", Pieces = [").Append(string.Join(", ", Pieces)).Append(']');
        return true;
    }
}

/// <summary>Une décision d'accord.</summary>
/// <param name="Date">La date de la décision.</param>
/// <param name="Montant">Le montant accordé.</param>
/// <param name="Forme">La forme accordée.</param>
public sealed record DecisionDAccord(LocalDate Date, Montant Montant, FormeAide Forme) : EvenementAide(Date);

/// <summary>Une décision de refus.</summary>
/// <param name="Date">La date de la décision.</param>
/// <param name="Motif">Le motif du refus.</param>
public sealed record DecisionDeRefus(LocalDate Date, string Motif) : EvenementAide(Date);

/// <summary>Le paiement d'une subvention (ou la réalisation d'un service).</summary>
/// <param name="Date">La date du paiement.</param>
/// <param name="Montant">Le montant payé.</param>
public sealed record SubventionPayee(LocalDate Date, Montant Montant) : EvenementAide(Date);

/// <summary>Le décaissement d'un prêt.</summary>
/// <param name="Date">La date du décaissement.</param>
/// <param name="Pret">Le prêt et son échéancier.</param>
public sealed record PretDecaisse(LocalDate Date, Pret Pret) : EvenementAide(Date);

/// <summary>Un mouvement sur le prêt d'une demande (remboursement, rééchelonnement, remise de dette).</summary>
/// <param name="Date">La date.</param>
/// <param name="Mouvement">Le mouvement.</param>
/// <param name="Statut">Le statut de la demande après le mouvement.</param>
public sealed record MouvementSurLePret(LocalDate Date, MouvementDuPret Mouvement, StatutDemande Statut) : EvenementAide(Date);

/// <summary>
/// Une demande d'aide financière individuelle, de son dépôt à son paiement ou au solde de son prêt.
/// </summary>
/// <remarks>
/// <para>Agrégat immuable : chaque commande vérifie ses règles et renvoie la nouvelle demande avec son événement, ou la
/// règle enfreinte (code stable et message) ; la demande d'origine ne change jamais.</para>
/// <para>Règles : transitions permises par le cycle de vie (<see cref="StatutDemande"/>) ; aucune décision avant le
/// dépôt, aucun événement avant le précédent ; montant accordé au plus le montant demandé ; forme admise par le type ;
/// refus, ajournement et classement motivés.</para>
/// <para>Aucune donnée personnelle dans <see cref="ToString"/> (numéro allocataire masqué).</para>
/// <para>Coût : chaque événement coûte un temps constant (amorti) ; rejouer <c>n</c> événements (les mouvements d'un
/// prêt, par exemple) est linéaire. Les états successifs partagent le registre des événements, qui n'est jamais modifié
/// en place pour un état existant ; <see cref="Historique"/> est copié une fois par état, à la première lecture.</para>
/// </remarks>
public sealed class DemandeDAide
{
    private readonly RegistreEnAjout<EvenementAide> _registre;
    private readonly int _nombreDEvenements;
    private EvenementAide[]? _historique;

    private DemandeDAide(
        string identifiant,
        NumeroAllocataire numero,
        TypeDAide type,
        Montant montantDemande,
        FormeAide formeDemandee,
        LocalDate dateDepot,
        StatutDemande statut,
        Montant? montantAccorde,
        FormeAide? formeAccordee,
        string? motif,
        ImmutableArray<string> piecesAttendues,
        Pret? pret,
        LocalDate? dateVersement,
        RegistreEnAjout<EvenementAide> registre,
        int nombreDEvenements)
    {
        Identifiant = identifiant;
        Numero = numero;
        Type = type;
        MontantDemande = montantDemande;
        FormeDemandee = formeDemandee;
        DateDepot = dateDepot;
        Statut = statut;
        MontantAccorde = montantAccorde;
        FormeAccordee = formeAccordee;
        Motif = motif;
        PiecesAttendues = piecesAttendues;
        Pret = pret;
        DateVersement = dateVersement;
        _registre = registre;
        _nombreDEvenements = nombreDEvenements;
    }

    /// <summary>L'identifiant de la demande (référence de l'engagement budgétaire).</summary>
    public string Identifiant { get; }

    /// <summary>Le numéro allocataire du foyer demandeur.</summary>
    public NumeroAllocataire Numero { get; }

    /// <summary>Le type d'aide demandé.</summary>
    public TypeDAide Type { get; }

    /// <summary>Le montant demandé.</summary>
    public Montant MontantDemande { get; }

    /// <summary>La forme demandée.</summary>
    public FormeAide FormeDemandee { get; }

    /// <summary>La date de dépôt.</summary>
    public LocalDate DateDepot { get; }

    /// <summary>Le statut.</summary>
    public StatutDemande Statut { get; }

    /// <summary>Le montant accordé, après une décision d'accord.</summary>
    public Montant? MontantAccorde { get; }

    /// <summary>La forme accordée, après une décision d'accord.</summary>
    public FormeAide? FormeAccordee { get; }

    /// <summary>Le motif du dernier refus, ajournement, classement ou de la dernière demande de pièces.</summary>
    public string? Motif { get; }

    /// <summary>Les pièces justificatives attendues (en attente de pièces).</summary>
    public ImmutableArray<string> PiecesAttendues { get; }

    /// <summary>Le prêt, une fois décaissé.</summary>
    public Pret? Pret { get; }

    /// <summary>La date du paiement de la subvention ou du décaissement du prêt.</summary>
    public LocalDate? DateVersement { get; }

    /// <summary>Les événements de la demande, dans l'ordre.</summary>
    public ImmutableArray<EvenementAide> Historique =>
        ImmutableCollectionsMarshal.AsImmutableArray(_historique ??= _registre.Copier(_nombreDEvenements));

    /// <summary>La date du dernier événement.</summary>
    public LocalDate DateDernierEvenement => _registre[_nombreDEvenements - 1].Date;

    /// <summary>Dépose une demande.</summary>
    /// <param name="identifiant">L'identifiant de la demande, non vide.</param>
    /// <param name="numero">Le numéro allocataire.</param>
    /// <param name="type">Le type d'aide (du catalogue).</param>
    /// <param name="montantDemande">Le montant demandé (strictement positif ; nul pour un service).</param>
    /// <param name="formeDemandee">La forme demandée, admise par le type.</param>
    /// <param name="date">La date de dépôt.</param>
    /// <returns>La demande déposée, ou les erreurs <c>aides.demande.identifiant</c>, <c>aides.demande.numero</c>,
    /// <c>aides.demande.forme</c>, <c>aides.demande.montant_demande</c>.</returns>
    public static Resultat<DemandeDAide> Deposer(string identifiant, NumeroAllocataire numero, TypeDAide type, Montant montantDemande, FormeAide formeDemandee, LocalDate date)
    {
        Preconditions.CheckNotNull(type);
        Preconditions.CheckNotNull(formeDemandee);
        var erreurs = new List<Erreur>();
        if (string.IsNullOrWhiteSpace(identifiant))
        {
            erreurs.Add(new Erreur("aides.demande.identifiant", "identifiant", identifiant, "L'identifiant de la demande est obligatoire."));
        }

        if (!numero.EstDefini)
        {
            erreurs.Add(new Erreur("aides.demande.numero", "numero_allocataire", null, "Le numéro allocataire est obligatoire."));
        }

        if (RegleFormeAdmise.Verifier(type, formeDemandee) is { } forme)
        {
            erreurs.Add(forme);
        }

        if (formeDemandee.EstMonetaire ? montantDemande.Centimes <= 0 : montantDemande != Montant.Zero)
        {
            erreurs.Add(new Erreur("aides.demande.montant_demande", "montant_demande", montantDemande.ToString(), "Une aide versée se demande pour un montant strictement positif ; un service, pour un montant nul."));
        }

        return erreurs.Count > 0
            ? Resultat<DemandeDAide>.Echec(erreurs)
            : new DemandeDAide(identifiant.Trim(), numero, type, montantDemande, formeDemandee, date, StatutDemande.Deposee, null, null, null, [], null, null, RegistreEnAjout<EvenementAide>.De(new DemandeDeposee(date, montantDemande)), 1);
    }

    /// <summary>Met la demande en instruction.</summary>
    /// <param name="date">La date.</param>
    /// <returns>La nouvelle demande et son événement, ou la règle enfreinte.</returns>
    public Resultat<Evolution<DemandeDAide>> Instruire(LocalDate date) =>
        Changer(date, "Instruire", StatutDemande.EnInstruction, null, StatutDemande.Deposee);

    /// <summary>Demande des pièces justificatives : la demande attend les pièces.</summary>
    /// <param name="date">La date.</param>
    /// <param name="pieces">Les pièces attendues (au moins une).</param>
    /// <returns>La nouvelle demande et son événement, ou la règle enfreinte (<c>aides.demande.motif</c> sans pièce).</returns>
    public Resultat<Evolution<DemandeDAide>> DemanderDesPieces(LocalDate date, IEnumerable<string> pieces)
    {
        var liste = Preconditions.CheckNotNull(pieces).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToImmutableArray();
        var motif = string.Join(", ", liste);
        return Changer(date, "Demander des pièces", StatutDemande.EnAttenteDePieces, motif, [StatutDemande.EnInstruction], liste, "pieces");
    }

    /// <summary>Enregistre la réception des pièces : la demande reprend son instruction.</summary>
    /// <param name="date">La date.</param>
    /// <returns>La nouvelle demande et son événement, ou la règle enfreinte.</returns>
    public Resultat<Evolution<DemandeDAide>> RecevoirLesPieces(LocalDate date) =>
        Changer(date, "Recevoir les pièces", StatutDemande.EnInstruction, null, StatutDemande.EnAttenteDePieces);

    /// <summary>Ajourne la décision, pour un motif.</summary>
    /// <param name="date">La date.</param>
    /// <param name="motif">Le motif.</param>
    /// <returns>La nouvelle demande et son événement, ou la règle enfreinte.</returns>
    public Resultat<Evolution<DemandeDAide>> Ajourner(LocalDate date, string motif) =>
        Changer(date, "Ajourner", StatutDemande.Ajournee, motif, [StatutDemande.EnInstruction], [], "motif");

    /// <summary>Reprend l'instruction d'une demande ajournée.</summary>
    /// <param name="date">La date.</param>
    /// <returns>La nouvelle demande et son événement, ou la règle enfreinte.</returns>
    public Resultat<Evolution<DemandeDAide>> Reprendre(LocalDate date) =>
        Changer(date, "Reprendre", StatutDemande.EnInstruction, null, StatutDemande.Ajournee);

    /// <summary>Classe la demande sans suite (désistement, pièces jamais reçues, aide accordée non réclamée), pour un motif.</summary>
    /// <param name="date">La date.</param>
    /// <param name="motif">Le motif.</param>
    /// <returns>La nouvelle demande et son événement, ou la règle enfreinte.</returns>
    public Resultat<Evolution<DemandeDAide>> Classer(LocalDate date, string motif) =>
        Changer(date, "Classer", StatutDemande.Classee, motif, [StatutDemande.Deposee, StatutDemande.EnInstruction, StatutDemande.EnAttenteDePieces, StatutDemande.Ajournee, StatutDemande.Accordee], [], "motif");

    /// <summary>Refuse l'aide, pour un motif.</summary>
    /// <param name="date">La date de la décision.</param>
    /// <param name="motif">Le motif du refus.</param>
    /// <returns>La nouvelle demande et l'événement <see cref="DecisionDeRefus"/>, ou la règle enfreinte.</returns>
    public Resultat<Evolution<DemandeDAide>> Refuser(LocalDate date, string motif)
    {
        var erreur = RegleTransitionPermise.Verifier(Statut, "Refuser", StatutDemande.EnInstruction)
            ?? RegleChronologie.Verifier(date, DateDepot, DateDernierEvenement)
            ?? RegleMotifObligatoire.Verifier(motif);
        if (erreur is not null)
        {
            return Resultat<Evolution<DemandeDAide>>.Echec(erreur);
        }

        var evenement = new DecisionDeRefus(date, RegleMotifObligatoire.Normaliser(motif));
        return new Evolution<DemandeDAide>(Avec(StatutDemande.Refusee, evenement, motif: evenement.Motif), evenement);
    }

    /// <summary>Accorde l'aide : montant (au plus le montant demandé) et forme (admise par le type).</summary>
    /// <param name="date">La date de la décision.</param>
    /// <param name="montant">Le montant accordé.</param>
    /// <param name="forme">La forme accordée.</param>
    /// <returns>La nouvelle demande et l'événement <see cref="DecisionDAccord"/>, ou la règle enfreinte
    /// (<c>aides.demande.transition</c>, <c>aides.demande.chronologie</c>, <c>aides.demande.forme</c>,
    /// <c>aides.demande.montant_accorde</c>).</returns>
    public Resultat<Evolution<DemandeDAide>> Accorder(LocalDate date, Montant montant, FormeAide forme)
    {
        Preconditions.CheckNotNull(forme);
        var erreur = RegleTransitionPermise.Verifier(Statut, "Accorder", StatutDemande.EnInstruction)
            ?? RegleChronologie.Verifier(date, DateDepot, DateDernierEvenement)
            ?? RegleFormeAdmise.Verifier(Type, forme)
            ?? RegleMontantAccorde.Verifier(montant, MontantDemande, forme);
        if (erreur is not null)
        {
            return Resultat<Evolution<DemandeDAide>>.Echec(erreur);
        }

        var evenement = new DecisionDAccord(date, montant, forme);
        return new Evolution<DemandeDAide>(Avec(StatutDemande.Accordee, evenement, montantAccorde: montant, formeAccordee: forme), evenement);
    }

    /// <summary>Paie la subvention accordée (ou constate le service rendu).</summary>
    /// <param name="date">La date du paiement.</param>
    /// <returns>La nouvelle demande et l'événement <see cref="SubventionPayee"/>, ou la règle enfreinte.</returns>
    public Resultat<Evolution<DemandeDAide>> Verser(LocalDate date)
    {
        var erreur = RegleTransitionPermise.Verifier(Statut, "Verser", StatutDemande.Accordee)
            ?? RegleChronologie.Verifier(date, DateDepot, DateDernierEvenement)
            ?? (FormeAccordee == FormeAide.Pret ? new Erreur(RegleTransitionPermise.Code, "forme", FormeAide.Pret.Code, "Un prêt se décaisse (Decaisser), il ne se verse pas comme une subvention.") : null);
        if (erreur is not null)
        {
            return Resultat<Evolution<DemandeDAide>>.Echec(erreur);
        }

        var evenement = new SubventionPayee(date, MontantAccorde!.Value);
        return new Evolution<DemandeDAide>(Avec(StatutDemande.Versee, evenement, dateVersement: date), evenement);
    }

    /// <summary>Décaisse le prêt accordé et fixe son échéancier.</summary>
    /// <param name="date">La date du décaissement.</param>
    /// <param name="nombreEcheances">Le nombre de mensualités.</param>
    /// <param name="premiereEcheance">La première échéance, après le décaissement.</param>
    /// <param name="retenue">Le remboursement par retenue sur les prestations, facultatif.</param>
    /// <returns>La nouvelle demande (en remboursement) et l'événement <see cref="PretDecaisse"/>, ou la règle enfreinte
    /// (dont celles de <see cref="Aides.Pret.Create"/>).</returns>
    public Resultat<Evolution<DemandeDAide>> Decaisser(LocalDate date, int nombreEcheances, LocalDate premiereEcheance, RetenueSurPrestations? retenue = null)
    {
        var erreur = RegleTransitionPermise.Verifier(Statut, "Décaisser", StatutDemande.Accordee)
            ?? RegleChronologie.Verifier(date, DateDepot, DateDernierEvenement)
            ?? (FormeAccordee != FormeAide.Pret ? new Erreur(RegleTransitionPermise.Code, "forme", FormeAccordee?.Code, "Seul un prêt se décaisse.") : null);
        if (erreur is not null)
        {
            return Resultat<Evolution<DemandeDAide>>.Echec(erreur);
        }

        var pret = Aides.Pret.Create(MontantAccorde!.Value, nombreEcheances, premiereEcheance, date, retenue);
        if (!pret.TryGetValue(out var p))
        {
            return Resultat<Evolution<DemandeDAide>>.Echec(pret.AsT1);
        }

        var evenement = new PretDecaisse(date, p);
        return new Evolution<DemandeDAide>(Avec(StatutDemande.EnRemboursement, evenement, pret: p, dateVersement: date), evenement);
    }

    /// <summary>Enregistre un remboursement du prêt ; la demande est soldée quand le solde atteint zéro.</summary>
    /// <param name="date">La date.</param>
    /// <param name="montant">Le montant.</param>
    /// <param name="parRetenue">Remboursement par retenue sur les prestations.</param>
    /// <returns>La nouvelle demande et l'événement <see cref="MouvementSurLePret"/>, ou la règle enfreinte.</returns>
    public Resultat<Evolution<DemandeDAide>> Rembourser(LocalDate date, Montant montant, bool parRetenue = false) =>
        SurLePret(date, "Rembourser", p => p.Rembourser(date, montant, parRetenue));

    /// <summary>Rembourse le prêt par anticipation : la demande est soldée.</summary>
    /// <param name="date">La date.</param>
    /// <returns>La nouvelle demande et l'événement, ou la règle enfreinte.</returns>
    public Resultat<Evolution<DemandeDAide>> RembourserParAnticipation(LocalDate date) =>
        SurLePret(date, "Rembourser par anticipation", p => p.RembourserParAnticipation(date));

    /// <summary>Rééchelonne le solde du prêt.</summary>
    /// <param name="date">La date.</param>
    /// <param name="nombreEcheances">Le nouveau nombre de mensualités.</param>
    /// <param name="premiereEcheance">La première nouvelle échéance.</param>
    /// <returns>La nouvelle demande et l'événement, ou la règle enfreinte.</returns>
    public Resultat<Evolution<DemandeDAide>> Reechelonner(LocalDate date, int nombreEcheances, LocalDate premiereEcheance) =>
        SurLePret(date, "Rééchelonner", p => p.Reechelonner(date, nombreEcheances, premiereEcheance));

    /// <summary>Remet la dette restante, pour un motif : la demande est soldée.</summary>
    /// <param name="date">La date.</param>
    /// <param name="motif">Le motif.</param>
    /// <returns>La nouvelle demande et l'événement, ou la règle enfreinte.</returns>
    public Resultat<Evolution<DemandeDAide>> RemettreLaDette(LocalDate date, string motif) =>
        SurLePret(date, "Remettre la dette", p => p.RemettreLaDette(date, motif));

    /// <summary>
    /// Les voies et délais de recours ouverts contre la décision, si la demande est refusée (CRPA L211-2 ; CJA R421-5) :
    /// ceux du type d'aide ; vide dans tout autre statut.
    /// </summary>
    public ImmutableArray<VoieDeRecours> VoiesDeRecours => Statut == StatutDemande.Refusee ? Type.VoiesDeRecours : [];

    /// <summary>L'aide telle que le bilan la compte, une fois versée ou décaissée.</summary>
    /// <returns>L'aide versée, ou <see langword="null"/> avant le versement.</returns>
    public AideVersee? PourLeBilan() =>
        DateVersement is { } d && MontantAccorde is { } m && FormeAccordee is { } f
            ? AideVersee.Create(Type, f, m, d).GetValueOrThrow()
            : null;

    /// <summary>Résumé sans donnée personnelle en clair.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"Demande {Identifiant} ({Numero}) : {Type.Libelle}, {MontantDemande} demandés, {Statut.Libelle}"
        + (MontantAccorde is { } m ? $", {m} accordés en {FormeAccordee!.Libelle.ToLowerInvariant()}" : string.Empty);

    private Resultat<Evolution<DemandeDAide>> Changer(LocalDate date, string commande, StatutDemande vers, string? motif, params StatutDemande[] depuis) =>
        Changer(date, commande, vers, motif, depuis, PiecesAttendues, champMotif: null);

    private Resultat<Evolution<DemandeDAide>> Changer(LocalDate date, string commande, StatutDemande vers, string? motif, StatutDemande[] depuis, ImmutableArray<string> pieces, string? champMotif)
    {
        var erreur = RegleTransitionPermise.Verifier(Statut, commande, depuis)
            ?? RegleChronologie.Verifier(date, DateDepot, DateDernierEvenement)
            ?? (champMotif is null ? null : RegleMotifObligatoire.Verifier(motif, champMotif));
        if (erreur is not null)
        {
            return Resultat<Evolution<DemandeDAide>>.Echec(erreur);
        }

        var texte = motif?.Trim();
        var attendues = vers == StatutDemande.EnAttenteDePieces ? pieces : [];
        var evenement = new ChangementDeStatut(date, Statut, vers, texte) { Pieces = attendues };
        return new Evolution<DemandeDAide>(Avec(vers, evenement, motif: texte ?? Motif, pieces: attendues), evenement);
    }

    private Resultat<Evolution<DemandeDAide>> SurLePret(LocalDate date, string commande, Func<Pret, Resultat<Evolution<Pret>>> operation)
    {
        var erreur = RegleTransitionPermise.Verifier(Statut, commande, StatutDemande.EnRemboursement)
            ?? RegleChronologie.Verifier(date, DateDepot, DateDernierEvenement);
        if (erreur is not null)
        {
            return Resultat<Evolution<DemandeDAide>>.Echec(erreur);
        }

        var r = operation(Pret!);
        if (!r.TryGetValue(out var evolution))
        {
            return Resultat<Evolution<DemandeDAide>>.Echec(r.AsT1);
        }

        var statut = evolution.Etat.Statut == StatutDuPret.EnCours ? StatutDemande.EnRemboursement : StatutDemande.Soldee;
        var evenement = new MouvementSurLePret(date, (MouvementDuPret)evolution.Evenement, statut);
        return new Evolution<DemandeDAide>(Avec(statut, evenement, pret: evolution.Etat), evenement);
    }

    private DemandeDAide Avec(
        StatutDemande statut,
        EvenementAide evenement,
        Montant? montantAccorde = null,
        FormeAide? formeAccordee = null,
        string? motif = null,
        ImmutableArray<string>? pieces = null,
        Pret? pret = null,
        LocalDate? dateVersement = null) =>
        new(
            Identifiant,
            Numero,
            Type,
            MontantDemande,
            FormeDemandee,
            DateDepot,
            statut,
            montantAccorde ?? MontantAccorde,
            formeAccordee ?? FormeAccordee,
            motif ?? Motif,
            pieces ?? PiecesAttendues,
            pret ?? Pret,
            dateVersement ?? DateVersement,
            _registre.Ajouter(_nombreDEvenements, evenement),
            _nombreDEvenements + 1);
}
