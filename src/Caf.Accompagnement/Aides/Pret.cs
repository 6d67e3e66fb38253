using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Aides;

/// <summary>L'état d'un prêt.</summary>
public sealed class StatutDuPret : EnumerationCaf<StatutDuPret>, IEnumerationCaf<StatutDuPret>
{
    /// <summary>En cours de remboursement.</summary>
    public static readonly StatutDuPret EnCours = new(nameof(EnCours), "EN_COURS", "En cours de remboursement");

    /// <summary>Entièrement remboursé.</summary>
    public static readonly StatutDuPret Rembourse = new(nameof(Rembourse), "REMBOURSE", "Remboursé");

    /// <summary>Solde abandonné par une remise de dette.</summary>
    public static readonly StatutDuPret Remis = new(nameof(Remis), "REMIS", "Dette remise");

    private StatutDuPret(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<StatutDuPret> Toutes { get; } = [EnCours, Rembourse, Remis];

    /// <inheritdoc/>
    public static string NomDuType => "statut du prêt";
}

/// <summary>Un mouvement sur un prêt : remboursement, rééchelonnement ou remise de dette.</summary>
/// <param name="Date">La date du mouvement.</param>
public abstract record MouvementDuPret(LocalDate Date) : EvenementAide(Date);

/// <summary>Un remboursement (mensualité, versement libre ou remboursement anticipé).</summary>
/// <param name="Date">La date.</param>
/// <param name="Montant">Le montant remboursé.</param>
/// <param name="ParRetenue">Remboursement par retenue sur les prestations.</param>
/// <param name="Anticipe">Remboursement anticipé du solde.</param>
/// <param name="SoldeApres">Le solde restant dû après le remboursement.</param>
public sealed record Remboursement(LocalDate Date, Montant Montant, bool ParRetenue, bool Anticipe, Montant SoldeApres) : MouvementDuPret(Date);

/// <summary>Un rééchelonnement : un nouvel échéancier reprend le solde restant dû.</summary>
/// <param name="Date">La date.</param>
/// <param name="SoldeRepris">Le solde restant dû repris par le nouvel échéancier.</param>
/// <param name="Echeancier">Le nouvel échéancier.</param>
public sealed record Reechelonnement(LocalDate Date, Montant SoldeRepris, Echeancier Echeancier) : MouvementDuPret(Date);

/// <summary>Une remise de dette : le solde restant dû est abandonné, pour un motif.</summary>
/// <param name="Date">La date.</param>
/// <param name="Montant">Le montant remis (le solde à la date).</param>
/// <param name="Motif">Le motif de la remise.</param>
public sealed record RemiseDeDette(LocalDate Date, Montant Montant, string Motif) : MouvementDuPret(Date);

/// <summary>Une échéance échue, pas (ou pas entièrement) payée.</summary>
/// <param name="Echeance">L'échéance.</param>
/// <param name="ResteDu">Ce qui reste dû sur cette échéance.</param>
public sealed record EcheanceImpayee(Echeance Echeance, Montant ResteDu)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Echeance}, reste dû {ResteDu}";
}

/// <summary>
/// Le remboursement par retenue sur les prestations, qui laisse au foyer un « reste à vivre » minimum.
/// </summary>
/// <param name="ResteAVivreMinimum">Le reste à vivre mensuel minimum laissé au foyer (paramètre local).</param>
public sealed record RetenueSurPrestations(Montant ResteAVivreMinimum)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Retenue sur prestations, reste à vivre minimum {ResteAVivreMinimum} par mois";

    /// <summary>
    /// Le montant à retenir un mois : l'échéance due, sans dépasser les prestations du mois ni entamer le reste à vivre
    /// (prestations + autres ressources − retenue ≥ reste à vivre minimum).
    /// </summary>
    /// <param name="aRetenir">Le montant dû ce mois (échéance et éventuels impayés).</param>
    /// <param name="prestationsDuMois">Les prestations versées ce mois.</param>
    /// <param name="autresRessources">Les autres ressources du mois.</param>
    /// <returns>La retenue, positive ou nulle.</returns>
    public Montant Calculer(Montant aRetenir, Montant prestationsDuMois, Montant autresRessources)
    {
        var marge = prestationsDuMois + autresRessources - ResteAVivreMinimum;
        var retenue = Montant.Min(Montant.Min(aRetenir, prestationsDuMois), marge);
        return Montant.Max(Montant.Zero, retenue);
    }
}

/// <summary>
/// Un prêt d'action sociale sans intérêt : un capital, des mensualités, une première échéance, remboursé
/// éventuellement par retenue sur les prestations.
/// </summary>
/// <remarks>
/// <para>Agrégat immuable : chaque opération renvoie le nouvel état et son événement, ou la règle enfreinte ; l'état
/// d'origine ne change jamais.</para>
/// <para>Invariants : l'échéancier en vigueur somme exactement au solde qu'il reprend ; les mouvements sont
/// chronologiques ; un remboursement ne dépasse jamais le solde, qui n'est donc jamais négatif et ne remonte jamais ;
/// un prêt remboursé ou remis n'accepte plus de mouvement ; un échéancier a au plus <see cref="DureeMaximale"/>
/// mensualités, toutes dans le calendrier (au plus tard en décembre 9999).</para>
/// <para>Coût : chaque mouvement coûte un temps constant (amorti) ; rejouer <c>n</c> mouvements est linéaire. Les états
/// successifs partagent le registre des mouvements, qui n'est jamais modifié en place pour un état existant.</para>
/// </remarks>
public sealed class Pret
{
    /// <summary>
    /// Nombre maximal de mensualités d'un échéancier (à l'octroi ou après un rééchelonnement) : 120 mois, soit 10 ans.
    /// </summary>
    /// <remarks>Les prêts d'action sociale des Caf se remboursent d'ordinaire en 12 à 60 mois ; 120 mois laissent place
    /// aux rééchelonnements les plus longs (un plan de surendettement dure au plus 7 ans, article L. 732-3 du code de la
    /// consommation) tout en bornant la taille de l'échéancier. Au-delà : erreur <c>aides.pret.duree.maximale</c>.</remarks>
    public const int DureeMaximale = 120;

    private readonly int _premierMouvementDeLEcheancier;
    private readonly RegistreEnAjout<MouvementDuPret> _registre;
    private readonly int _nombreDeMouvements;
    private readonly Montant _solde;
    private Echeancier? _echeancierInitial;
    private MouvementDuPret[]? _mouvements;

    private Pret(Montant capital, LocalDate dateOctroi, Echeancier echeancier, RetenueSurPrestations? retenue, RegistreEnAjout<MouvementDuPret> registre, int nombreDeMouvements, Montant solde, int premierMouvementDeLEcheancier, StatutDuPret statut)
    {
        Capital = capital;
        DateOctroi = dateOctroi;
        Echeancier = echeancier;
        Retenue = retenue;
        _registre = registre;
        _nombreDeMouvements = nombreDeMouvements;
        _solde = solde;
        _premierMouvementDeLEcheancier = premierMouvementDeLEcheancier;
        Statut = statut;
    }

    /// <summary>Le capital prêté.</summary>
    public Montant Capital { get; }

    /// <summary>La date d'octroi (décaissement).</summary>
    public LocalDate DateOctroi { get; }

    /// <summary>L'échéancier en vigueur (le dernier, après d'éventuels rééchelonnements).</summary>
    public Echeancier Echeancier { get; }

    /// <summary>Le remboursement par retenue sur les prestations, s'il est prévu.</summary>
    public RetenueSurPrestations? Retenue { get; }

    /// <summary>Les mouvements, dans l'ordre chronologique.</summary>
    public ImmutableArray<MouvementDuPret> Mouvements =>
        ImmutableCollectionsMarshal.AsImmutableArray(_mouvements ??= _registre.Copier(_nombreDeMouvements));

    /// <summary>Le statut.</summary>
    public StatutDuPret Statut { get; }

    /// <summary>Le solde restant dû aujourd'hui (après tous les mouvements).</summary>
    public Montant Solde => _solde;

    /// <summary>Accorde un prêt.</summary>
    /// <param name="capital">Le capital, strictement positif.</param>
    /// <param name="nombreEcheances">Le nombre de mensualités : au moins 1, au plus <see cref="DureeMaximale"/> et au
    /// plus le nombre de centimes du capital.</param>
    /// <param name="premiereEcheance">La date de la première échéance, postérieure à l'octroi.</param>
    /// <param name="dateOctroi">La date d'octroi (décaissement).</param>
    /// <param name="retenue">Le remboursement par retenue sur les prestations, facultatif.</param>
    /// <returns>Le prêt, ou les erreurs <c>aides.pret.capital</c>, <c>aides.pret.duree</c>,
    /// <c>aides.pret.duree.maximale</c>, <c>aides.pret.premiere_echeance</c>, <c>aides.pret.calendrier</c> (dernière
    /// échéance au-delà de décembre 9999), <c>aides.pret.reste_a_vivre</c>.</returns>
    public static Resultat<Pret> Create(Montant capital, int nombreEcheances, LocalDate premiereEcheance, LocalDate dateOctroi, RetenueSurPrestations? retenue = null)
    {
        var erreurs = new List<Erreur>();
        if (capital.Centimes <= 0)
        {
            erreurs.Add(new Erreur("aides.pret.capital", "capital", capital.ToString(), "Le capital d'un prêt est strictement positif."));
        }

        if (VerifierDuree(nombreEcheances, capital) is { } duree)
        {
            erreurs.Add(duree);
        }
        else if (VerifierCalendrier(nombreEcheances, premiereEcheance) is { } calendrier)
        {
            erreurs.Add(calendrier);
        }

        if (premiereEcheance <= dateOctroi)
        {
            erreurs.Add(new Erreur("aides.pret.premiere_echeance", "premiere_echeance", Dates.FormaterIso(premiereEcheance), "La première échéance suit la date d'octroi."));
        }

        if (retenue is { ResteAVivreMinimum.EstNegatif: true })
        {
            erreurs.Add(new Erreur("aides.pret.reste_a_vivre", "reste_a_vivre", retenue.ResteAVivreMinimum.ToString(), "Le reste à vivre minimum n'est pas négatif."));
        }

        return erreurs.Count > 0
            ? Resultat<Pret>.Echec(erreurs)
            : new Pret(capital, dateOctroi, Echeancier.Calculer(capital, nombreEcheances, premiereEcheance), retenue, new RegistreEnAjout<MouvementDuPret>(), 0, capital, 0, StatutDuPret.EnCours);
    }

    /// <summary>L'échéancier accordé à l'octroi, avant tout rééchelonnement (instantané JSON).</summary>
    internal Echeancier EcheancierInitial => _echeancierInitial ?? Echeancier;

    /// <summary>Le solde restant dû à une date (après les mouvements de cette date).</summary>
    /// <param name="date">La date.</param>
    /// <returns>Le solde ; le capital avant l'octroi.</returns>
    public Montant SoldeAu(LocalDate date)
    {
        var solde = Capital;
        for (var i = 0; i < _nombreDeMouvements && _registre[i].Date <= date; i++)
        {
            solde -= _registre[i] switch
            {
                Remboursement r => r.Montant,
                RemiseDeDette d => d.Montant,
                _ => Montant.Zero,
            };
        }

        return solde;
    }

    /// <summary>Les échéances de l'échéancier en vigueur échues à une date et non entièrement payées (les paiements
    /// faits depuis l'échéancier s'imputent sur les échéances les plus anciennes).</summary>
    /// <param name="date">La date.</param>
    /// <returns>Les échéances impayées, par date.</returns>
    public ImmutableArray<EcheanceImpayee> EcheancesImpayees(LocalDate date)
    {
        if (Statut != StatutDuPret.EnCours)
        {
            return [];
        }

        var paye = Montant.Zero;
        for (var i = _premierMouvementDeLEcheancier; i < _nombreDeMouvements; i++)
        {
            if (_registre[i] is Remboursement r && r.Date <= date)
            {
                paye += r.Montant;
            }
        }

        var impayees = ImmutableArray.CreateBuilder<EcheanceImpayee>();
        foreach (var e in Echeancier.Echeances)
        {
            if (e.Date > date)
            {
                break;
            }

            var impute = Montant.Min(paye, e.Montant);
            paye -= impute;
            if (impute < e.Montant)
            {
                impayees.Add(new EcheanceImpayee(e, e.Montant - impute));
            }
        }

        return impayees.ToImmutable();
    }

    /// <summary>Le retard de paiement à une date : total des échéances échues non payées.</summary>
    /// <param name="date">La date.</param>
    /// <returns>Le montant en retard.</returns>
    public Montant RetardAu(LocalDate date)
    {
        var total = Montant.Zero;
        foreach (var e in EcheancesImpayees(date))
        {
            total += e.ResteDu;
        }

        return total;
    }

    /// <summary>
    /// Le montant à retenir sur les prestations d'un mois : les échéances échues non payées à la date, limitées par la
    /// retenue prévue (sans dépasser les prestations du mois ni entamer le reste à vivre minimum).
    /// </summary>
    /// <param name="date">La date de la retenue (jour de paiement des prestations).</param>
    /// <param name="prestationsDuMois">Les prestations versées ce mois.</param>
    /// <param name="autresRessources">Les autres ressources du mois.</param>
    /// <returns>Le montant à retenir ; zéro si le prêt n'est pas remboursé par retenue ou s'il est clos.</returns>
    public Montant MontantARetenir(LocalDate date, Montant prestationsDuMois, Montant autresRessources) =>
        Retenue is { } r && Statut == StatutDuPret.EnCours
            ? r.Calculer(RetardAu(date), prestationsDuMois, autresRessources)
            : Montant.Zero;

    /// <summary>Enregistre un remboursement.</summary>
    /// <param name="date">La date du remboursement.</param>
    /// <param name="montant">Le montant, strictement positif et au plus le solde.</param>
    /// <param name="parRetenue">Remboursement par retenue sur les prestations.</param>
    /// <returns>Le nouvel état et l'événement <see cref="Remboursement"/>, ou la règle enfreinte
    /// (<c>aides.pret.clos</c>, <c>aides.pret.chronologie</c>, <c>aides.pret.remboursement.montant</c>,
    /// <c>aides.pret.remboursement.excedent</c>).</returns>
    public Resultat<Evolution<Pret>> Rembourser(LocalDate date, Montant montant, bool parRetenue = false) => Rembourser(date, montant, parRetenue, anticipe: false);

    /// <summary>Rembourse par anticipation tout le solde restant dû.</summary>
    /// <param name="date">La date.</param>
    /// <returns>Le nouvel état (remboursé) et l'événement, ou la règle enfreinte.</returns>
    public Resultat<Evolution<Pret>> RembourserParAnticipation(LocalDate date) => Rembourser(date, Solde, parRetenue: false, anticipe: true);

    /// <summary>Rééchelonne le solde restant dû sur un nouvel échéancier (par exemple après des impayés).</summary>
    /// <param name="date">La date du rééchelonnement.</param>
    /// <param name="nombreEcheances">Le nouveau nombre de mensualités.</param>
    /// <param name="premiereEcheance">La première échéance du nouvel échéancier, postérieure à la date.</param>
    /// <returns>Le nouvel état et l'événement <see cref="Reechelonnement"/>, ou la règle enfreinte
    /// (<c>aides.pret.clos</c>, <c>aides.pret.chronologie</c>, <c>aides.pret.duree</c>, <c>aides.pret.duree.maximale</c>,
    /// <c>aides.pret.premiere_echeance</c>, <c>aides.pret.calendrier</c>).</returns>
    public Resultat<Evolution<Pret>> Reechelonner(LocalDate date, int nombreEcheances, LocalDate premiereEcheance)
    {
        if (VerifierMouvement(date) is { } erreur)
        {
            return Resultat<Evolution<Pret>>.Echec(erreur);
        }

        var solde = Solde;
        if ((VerifierDuree(nombreEcheances, solde) ?? VerifierCalendrier(nombreEcheances, premiereEcheance)) is { } duree)
        {
            return Resultat<Evolution<Pret>>.Echec(duree);
        }

        if (premiereEcheance <= date)
        {
            return Resultat<Evolution<Pret>>.Echec(new Erreur("aides.pret.premiere_echeance", "premiere_echeance", Dates.FormaterIso(premiereEcheance), "La première échéance du nouvel échéancier suit la date du rééchelonnement."));
        }

        var echeancier = Echeancier.Calculer(solde, nombreEcheances, premiereEcheance);
        var mouvement = new Reechelonnement(date, solde, echeancier);
        var pret = new Pret(Capital, DateOctroi, echeancier, Retenue, Ajouter(mouvement), _nombreDeMouvements + 1, solde, _nombreDeMouvements + 1, StatutDuPret.EnCours) { _echeancierInitial = EcheancierInitial };
        return new Evolution<Pret>(pret, mouvement);
    }

    /// <summary>Remet la dette : le solde restant dû est abandonné, pour un motif.</summary>
    /// <param name="date">La date de la remise.</param>
    /// <param name="motif">Le motif (obligatoire).</param>
    /// <returns>Le nouvel état (remis) et l'événement <see cref="RemiseDeDette"/>, ou la règle enfreinte
    /// (<c>aides.pret.clos</c>, <c>aides.pret.chronologie</c>, <c>aides.pret.remise.motif</c>).</returns>
    public Resultat<Evolution<Pret>> RemettreLaDette(LocalDate date, string motif)
    {
        if (VerifierMouvement(date) is { } erreur)
        {
            return Resultat<Evolution<Pret>>.Echec(erreur);
        }

        if (string.IsNullOrWhiteSpace(motif))
        {
            return Resultat<Evolution<Pret>>.Echec(new Erreur("aides.pret.remise.motif", "motif", motif, "Une remise de dette est motivée."));
        }

        var mouvement = new RemiseDeDette(date, Solde, motif.Trim());
        var pret = new Pret(Capital, DateOctroi, Echeancier, Retenue, Ajouter(mouvement), _nombreDeMouvements + 1, Montant.Zero, _premierMouvementDeLEcheancier, StatutDuPret.Remis) { _echeancierInitial = EcheancierInitial };
        return new Evolution<Pret>(pret, mouvement);
    }

    /// <summary>Le capital, le solde et le statut.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"Prêt de {Capital} ({Echeancier}) : solde {Solde}, {Statut.Libelle}";

    private Resultat<Evolution<Pret>> Rembourser(LocalDate date, Montant montant, bool parRetenue, bool anticipe)
    {
        if (VerifierMouvement(date) is { } erreur)
        {
            return Resultat<Evolution<Pret>>.Echec(erreur);
        }

        if (montant.Centimes <= 0)
        {
            return Resultat<Evolution<Pret>>.Echec(new Erreur("aides.pret.remboursement.montant", "montant", montant.ToString(), "Un remboursement est strictement positif."));
        }

        var solde = Solde;
        if (montant > solde)
        {
            return Resultat<Evolution<Pret>>.Echec(new Erreur("aides.pret.remboursement.excedent", "montant", montant.ToString(), $"Le remboursement dépasse le solde restant dû ({solde})."));
        }

        var apres = solde - montant;
        var mouvement = new Remboursement(date, montant, parRetenue, anticipe, apres);
        var statut = apres == Montant.Zero ? StatutDuPret.Rembourse : StatutDuPret.EnCours;
        var pret = new Pret(Capital, DateOctroi, Echeancier, Retenue, Ajouter(mouvement), _nombreDeMouvements + 1, apres, _premierMouvementDeLEcheancier, statut) { _echeancierInitial = EcheancierInitial };
        return new Evolution<Pret>(pret, mouvement);
    }

    private Erreur? VerifierMouvement(LocalDate date)
    {
        if (Statut != StatutDuPret.EnCours)
        {
            return new Erreur("aides.pret.clos", "statut", Statut.Code, "Le prêt est clos : plus aucun mouvement n'est possible.");
        }

        var derniere = _nombreDeMouvements == 0 ? DateOctroi : _registre[_nombreDeMouvements - 1].Date;
        return date < derniere
            ? new Erreur("aides.pret.chronologie", "date", Dates.FormaterIso(date), $"Un mouvement ne précède pas l'octroi ni le mouvement précédent ({Dates.Formater(derniere)}).")
            : null;
    }

    internal static Erreur? VerifierDuree(int nombreEcheances, Montant capital)
    {
        if (nombreEcheances > DureeMaximale)
        {
            return new Erreur("aides.pret.duree.maximale", "nombre_echeances", nombreEcheances.ToString(CultureInfo.InvariantCulture), $"Un échéancier a au plus {DureeMaximale} mensualités.");
        }

        return nombreEcheances < 1 || (capital.Centimes > 0 && nombreEcheances > capital.Centimes)
            ? new Erreur("aides.pret.duree", "nombre_echeances", nombreEcheances.ToString(CultureInfo.InvariantCulture), "Au moins une mensualité, et pas de mensualité nulle.")
            : null;
    }

    /// <summary>La dernière échéance (première plus n − 1 mois) reste dans le calendrier ISO (au plus tard décembre 9999).</summary>
    internal static Erreur? VerifierCalendrier(int nombreEcheances, LocalDate premiereEcheance)
    {
        var mois = (premiereEcheance.Year * 12L) + premiereEcheance.Month - 1 + (nombreEcheances - 1);
        return mois <= (LocalDate.MaxIsoValue.Year * 12L) + 11 && premiereEcheance.Calendar == CalendarSystem.Iso
            ? null
            : new Erreur("aides.pret.calendrier", "premiere_echeance", Dates.FormaterIso(premiereEcheance), $"La dernière des {nombreEcheances.ToString(CultureInfo.InvariantCulture)} échéances tomberait au-delà du calendrier (décembre {LocalDate.MaxIsoValue.Year.ToString(CultureInfo.InvariantCulture)}).");
    }

    private RegistreEnAjout<MouvementDuPret> Ajouter(MouvementDuPret mouvement) => _registre.Ajouter(_nombreDeMouvements, mouvement);
}
