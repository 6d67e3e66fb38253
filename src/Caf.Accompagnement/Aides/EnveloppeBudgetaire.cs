using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Aides;

/// <summary>Un engagement sur une enveloppe : le montant d'une aide accordée, réservé à la décision.</summary>
/// <param name="Reference">La référence de la décision (identifiant de la demande).</param>
/// <param name="Categorie">La catégorie de l'aide.</param>
/// <param name="Forme">La forme (subvention ou prêt).</param>
/// <param name="Montant">Le montant engagé.</param>
/// <param name="Date">La date de la décision.</param>
/// <param name="DateConsommation">La date du paiement (ou du décaissement), une fois consommé.</param>
public sealed record EngagementBudgetaire(string Reference, CategorieAide Categorie, FormeAide Forme, Montant Montant, LocalDate Date, LocalDate? DateConsommation)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Engagement {Reference} du {Dates.Formater(Date)} : {Montant} ({Categorie.Libelle}, {Forme.Libelle}), {(DateConsommation is { } d ? $"consommé le {Dates.Formater(d)}" : "non consommé")}";
}

/// <summary>Un montant engagé sur l'enveloppe (décision d'accord).</summary>
/// <param name="Date">La date.</param>
/// <param name="EngagementBudgetaire">L'engagement.</param>
/// <param name="DisponibleApres">Le montant encore disponible après l'engagement.</param>
public sealed record MontantEngage(LocalDate Date, EngagementBudgetaire EngagementBudgetaire, Montant DisponibleApres) : EvenementAide(Date);

/// <summary>Un engagement consommé (subvention payée, prêt décaissé).</summary>
/// <param name="Date">La date.</param>
/// <param name="EngagementBudgetaire">L'engagement consommé.</param>
public sealed record MontantConsomme(LocalDate Date, EngagementBudgetaire EngagementBudgetaire) : EvenementAide(Date);

/// <summary>Un engagement libéré sans paiement (décision retirée, demande classée).</summary>
/// <param name="Date">La date.</param>
/// <param name="EngagementBudgetaire">L'engagement libéré.</param>
public sealed record EngagementLibere(LocalDate Date, EngagementBudgetaire EngagementBudgetaire) : EvenementAide(Date);

/// <summary>Un remboursement de prêt revenu sur l'enveloppe.</summary>
/// <param name="Date">La date.</param>
/// <param name="Montant">Le montant remboursé.</param>
public sealed record RemboursementRecu(LocalDate Date, Montant Montant) : EvenementAide(Date);

/// <summary>
/// L'enveloppe budgétaire annuelle d'aides individuelles d'une Caf, éventuellement plafonnée par catégorie :
/// engagement à la décision, consommation au paiement, prêts suivis en capital sorti et remboursements rentrés.
/// </summary>
/// <remarks>
/// <para>Valeur immuable : chaque opération renvoie la nouvelle enveloppe et son événement, ou la règle enfreinte.
/// Pour des décisions concurrentes, partager une <see cref="EnveloppePartagee"/> (comparer-et-échanger).</para>
/// <para>Invariants : engagé (consommé compris) ≤ dotation ; pour chaque catégorie plafonnée, engagé de la catégorie ≤
/// plafond ; remboursements ≤ capital prêté. Les remboursements sont suivis comme retours de capital : ils ne
/// reconstituent pas la dotation de l'année.</para>
/// </remarks>
public sealed class EnveloppeBudgetaire
{
    private EnveloppeBudgetaire(
        string codeCaf,
        int annee,
        Montant dotation,
        ImmutableDictionary<CategorieAide, Montant> plafonds,
        ImmutableDictionary<string, EngagementBudgetaire> engagements,
        ImmutableDictionary<CategorieAide, Montant> engageParCategorie,
        Montant engage,
        Montant consomme,
        Montant capitalPrete,
        Montant remboursements)
    {
        CodeCaf = codeCaf;
        Annee = annee;
        Dotation = dotation;
        PlafondsParCategorie = plafonds;
        Engagements = engagements;
        _engageParCategorie = engageParCategorie;
        Engage = engage;
        Consomme = consomme;
        CapitalPrete = capitalPrete;
        Remboursements = remboursements;
    }

    private readonly ImmutableDictionary<CategorieAide, Montant> _engageParCategorie;

    /// <summary>Le code de la Caf (par exemple <c>401</c> pour les Landes).</summary>
    public string CodeCaf { get; }

    /// <summary>L'année budgétaire.</summary>
    public int Annee { get; }

    /// <summary>La dotation annuelle.</summary>
    public Montant Dotation { get; }

    /// <summary>Les plafonds par catégorie (les catégories absentes ne sont limitées que par la dotation).</summary>
    public ImmutableDictionary<CategorieAide, Montant> PlafondsParCategorie { get; }

    /// <summary>Les engagements, par référence.</summary>
    public ImmutableDictionary<string, EngagementBudgetaire> Engagements { get; }

    /// <summary>Le total engagé, consommé compris.</summary>
    public Montant Engage { get; }

    /// <summary>Le total consommé (payé ou décaissé).</summary>
    public Montant Consomme { get; }

    /// <summary>Le capital prêté (prêts décaissés).</summary>
    public Montant CapitalPrete { get; }

    /// <summary>Les remboursements de prêts reçus.</summary>
    public Montant Remboursements { get; }

    /// <summary>Le montant encore disponible : dotation − engagé.</summary>
    public Montant Disponible => Dotation - Engage;

    /// <summary>Crée une enveloppe.</summary>
    /// <param name="codeCaf">Le code de la Caf.</param>
    /// <param name="annee">L'année budgétaire.</param>
    /// <param name="dotation">La dotation annuelle, positive ou nulle.</param>
    /// <param name="plafondsParCategorie">Les plafonds par catégorie, facultatifs, positifs ou nuls.</param>
    /// <returns>L'enveloppe, ou les erreurs <c>aides.enveloppe.caf</c>, <c>aides.enveloppe.annee</c> (année hors du
    /// calendrier, -9998 à 9999 : aucune décision ne pourrait y être datée), <c>aides.enveloppe.dotation</c>,
    /// <c>aides.enveloppe.plafond</c>.</returns>
    public static Resultat<EnveloppeBudgetaire> Create(string codeCaf, int annee, Montant dotation, IReadOnlyDictionary<CategorieAide, Montant>? plafondsParCategorie = null)
    {
        var erreurs = new List<Erreur>();
        if (string.IsNullOrWhiteSpace(codeCaf))
        {
            erreurs.Add(new Erreur("aides.enveloppe.caf", "code_caf", codeCaf, "Le code de la Caf est obligatoire."));
        }

        if (annee < LocalDate.MinIsoValue.Year || annee > LocalDate.MaxIsoValue.Year)
        {
            erreurs.Add(new Erreur("aides.enveloppe.annee", "annee", annee.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"L'année budgétaire est hors du calendrier ({LocalDate.MinIsoValue.Year} à {LocalDate.MaxIsoValue.Year}).")));
        }

        if (dotation.EstNegatif)
        {
            erreurs.Add(new Erreur("aides.enveloppe.dotation", "dotation", dotation.ToString(), "La dotation n'est pas négative."));
        }

        var plafonds = (plafondsParCategorie ?? ImmutableDictionary<CategorieAide, Montant>.Empty).ToImmutableDictionary();
        foreach (var (categorie, plafond) in plafonds)
        {
            if (plafond.EstNegatif)
            {
                erreurs.Add(new Erreur("aides.enveloppe.plafond", categorie.Code, plafond.ToString(), "Un plafond de catégorie n'est pas négatif."));
            }
        }

        return erreurs.Count > 0
            ? Resultat<EnveloppeBudgetaire>.Echec(erreurs)
            : new EnveloppeBudgetaire(codeCaf.Trim(), annee, dotation, plafonds, ImmutableDictionary<string, EngagementBudgetaire>.Empty.WithComparers(StringComparer.Ordinal), ImmutableDictionary<CategorieAide, Montant>.Empty, Montant.Zero, Montant.Zero, Montant.Zero, Montant.Zero);
    }

    /// <summary>Le montant engagé sur une catégorie.</summary>
    /// <param name="categorie">La catégorie.</param>
    /// <returns>Le montant engagé, consommé compris.</returns>
    public Montant EngagePour(CategorieAide categorie) => _engageParCategorie.GetValueOrDefault(Preconditions.CheckNotNull(categorie));

    /// <summary>Le montant disponible pour une catégorie : le reste de la dotation, limité par le plafond de la catégorie.</summary>
    /// <param name="categorie">La catégorie.</param>
    /// <returns>Le montant disponible.</returns>
    public Montant DisponiblePour(CategorieAide categorie) =>
        PlafondsParCategorie.TryGetValue(Preconditions.CheckNotNull(categorie), out var plafond)
            ? Montant.Min(Disponible, plafond - EngagePour(categorie))
            : Disponible;

    /// <summary>Engage le montant d'une décision d'accord.</summary>
    /// <param name="reference">La référence de la décision (unique dans l'enveloppe).</param>
    /// <param name="categorie">La catégorie de l'aide.</param>
    /// <param name="forme">La forme (subvention ou prêt).</param>
    /// <param name="montant">Le montant, strictement positif.</param>
    /// <param name="date">La date de la décision, dans l'année de l'enveloppe.</param>
    /// <returns>La nouvelle enveloppe et l'événement <see cref="MontantEngage"/>, ou la règle enfreinte
    /// (<c>aides.enveloppe.annee</c>, <c>aides.enveloppe.montant</c>, <c>aides.enveloppe.reference</c>,
    /// <c>aides.enveloppe.depassement</c>, <c>aides.enveloppe.categorie.depassement</c>) dont le message indique le
    /// montant restant.</returns>
    public Resultat<Evolution<EnveloppeBudgetaire>> Engager(string reference, CategorieAide categorie, FormeAide forme, Montant montant, LocalDate date)
    {
        Preconditions.CheckNotNull(categorie);
        Preconditions.CheckNotNull(forme);
        if (date.Year != Annee)
        {
            return Echec("aides.enveloppe.annee", "date", Dates.FormaterIso(date), $"La décision n'est pas dans l'année de l'enveloppe ({Annee.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (montant.Centimes <= 0 || !forme.EstMonetaire)
        {
            return Echec("aides.enveloppe.montant", "montant", montant.ToString(), "Seule une aide versée, de montant strictement positif, s'engage sur l'enveloppe.");
        }

        if (string.IsNullOrWhiteSpace(reference) || Engagements.ContainsKey(reference))
        {
            return Echec("aides.enveloppe.reference", "reference", reference, "La référence de l'engagement est obligatoire et unique dans l'enveloppe.");
        }

        if (montant > Disponible)
        {
            return Echec("aides.enveloppe.depassement", "montant", montant.ToString(), $"Dépassement de l'enveloppe : il reste {Disponible} disponible.");
        }

        if (PlafondsParCategorie.ContainsKey(categorie) && montant > DisponiblePour(categorie))
        {
            return Echec("aides.enveloppe.categorie.depassement", "montant", montant.ToString(), $"Dépassement du plafond « {categorie.Libelle} » : il reste {DisponiblePour(categorie)} disponible.");
        }

        var engagement = new EngagementBudgetaire(reference, categorie, forme, montant, date, null);
        var nouvelle = new EnveloppeBudgetaire(
            CodeCaf, Annee, Dotation, PlafondsParCategorie,
            Engagements.Add(reference, engagement),
            _engageParCategorie.SetItem(categorie, EngagePour(categorie) + montant),
            Engage + montant, Consomme, CapitalPrete, Remboursements);
        return new Evolution<EnveloppeBudgetaire>(nouvelle, new MontantEngage(date, engagement, nouvelle.Disponible));
    }

    /// <summary>Consomme un engagement au paiement de la subvention ou au décaissement du prêt.</summary>
    /// <param name="reference">La référence de l'engagement.</param>
    /// <param name="date">La date du paiement, pas avant la décision.</param>
    /// <returns>La nouvelle enveloppe et l'événement <see cref="MontantConsomme"/>, ou la règle enfreinte
    /// (<c>aides.enveloppe.engagement.inconnu</c>, <c>aides.enveloppe.engagement.consomme</c>,
    /// <c>aides.enveloppe.chronologie</c>).</returns>
    public Resultat<Evolution<EnveloppeBudgetaire>> Consommer(string reference, LocalDate date)
    {
        if (VerifierEngagementOuvert(reference, date) is { } erreur)
        {
            return Resultat<Evolution<EnveloppeBudgetaire>>.Echec(erreur);
        }

        var engagement = Engagements[reference] with { DateConsommation = date };
        var pret = engagement.Forme == FormeAide.Pret ? engagement.Montant : Montant.Zero;
        var nouvelle = new EnveloppeBudgetaire(
            CodeCaf, Annee, Dotation, PlafondsParCategorie,
            Engagements.SetItem(reference, engagement),
            _engageParCategorie, Engage, Consomme + engagement.Montant, CapitalPrete + pret, Remboursements);
        return new Evolution<EnveloppeBudgetaire>(nouvelle, new MontantConsomme(date, engagement));
    }

    /// <summary>Libère un engagement non consommé (la décision ne sera pas payée).</summary>
    /// <param name="reference">La référence de l'engagement.</param>
    /// <param name="date">La date.</param>
    /// <returns>La nouvelle enveloppe et l'événement <see cref="EngagementLibere"/>, ou la règle enfreinte.</returns>
    public Resultat<Evolution<EnveloppeBudgetaire>> Liberer(string reference, LocalDate date)
    {
        if (VerifierEngagementOuvert(reference, date) is { } erreur)
        {
            return Resultat<Evolution<EnveloppeBudgetaire>>.Echec(erreur);
        }

        var engagement = Engagements[reference];
        var nouvelle = new EnveloppeBudgetaire(
            CodeCaf, Annee, Dotation, PlafondsParCategorie,
            Engagements.Remove(reference),
            _engageParCategorie.SetItem(engagement.Categorie, EngagePour(engagement.Categorie) - engagement.Montant),
            Engage - engagement.Montant, Consomme, CapitalPrete, Remboursements);
        return new Evolution<EnveloppeBudgetaire>(nouvelle, new EngagementLibere(date, engagement));
    }

    /// <summary>Enregistre un remboursement de prêt reçu.</summary>
    /// <param name="date">La date.</param>
    /// <param name="montant">Le montant, strictement positif, au plus le capital prêté non encore remboursé.</param>
    /// <returns>La nouvelle enveloppe et l'événement <see cref="RemboursementRecu"/>, ou la règle enfreinte
    /// (<c>aides.enveloppe.remboursement</c>).</returns>
    public Resultat<Evolution<EnveloppeBudgetaire>> EnregistrerRemboursement(LocalDate date, Montant montant)
    {
        if (montant.Centimes <= 0 || montant > CapitalPrete - Remboursements)
        {
            return Echec("aides.enveloppe.remboursement", "montant", montant.ToString(), $"Un remboursement est positif et ne dépasse pas le capital prêté restant ({CapitalPrete - Remboursements}).");
        }

        var nouvelle = new EnveloppeBudgetaire(CodeCaf, Annee, Dotation, PlafondsParCategorie, Engagements, _engageParCategorie, Engage, Consomme, CapitalPrete, Remboursements + montant);
        return new Evolution<EnveloppeBudgetaire>(nouvelle, new RemboursementRecu(date, montant));
    }

    /// <summary>Résumé de l'enveloppe.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"Enveloppe {CodeCaf} {Annee.ToString(CultureInfo.InvariantCulture)} : dotation {Dotation}, engagé {Engage}, consommé {Consomme}, disponible {Disponible} ; prêts {CapitalPrete}, remboursés {Remboursements}";

    private static Resultat<Evolution<EnveloppeBudgetaire>> Echec(string code, string champ, string? valeur, string message) =>
        Resultat<Evolution<EnveloppeBudgetaire>>.Echec(new Erreur(code, champ, valeur, message));

    private Erreur? VerifierEngagementOuvert(string reference, LocalDate date)
    {
        if (reference is null || !Engagements.TryGetValue(reference, out var engagement))
        {
            return new Erreur("aides.enveloppe.engagement.inconnu", "reference", reference, "Aucun engagement sous cette référence.");
        }

        if (engagement.DateConsommation is not null)
        {
            return new Erreur("aides.enveloppe.engagement.consomme", "reference", reference, "L'engagement est déjà consommé.");
        }

        return date < engagement.Date
            ? new Erreur("aides.enveloppe.chronologie", "date", Dates.FormaterIso(date), "Un paiement ne précède pas la décision.")
            : null;
    }
}

/// <summary>
/// Une enveloppe budgétaire partagée entre plusieurs décisions concurrentes : chaque opération s'applique à l'état
/// courant et le remplace par comparer-et-échanger, en recommençant si un autre thread l'a modifié entre-temps.
/// </summary>
/// <remarks>Sûr entre threads : aucune suite de décisions, séquentielle ou concurrente, ne dépasse l'enveloppe, puisque
/// chaque état publié a été vérifié par <see cref="EnveloppeBudgetaire"/> à partir de l'état qu'il remplace.</remarks>
public sealed class EnveloppePartagee
{
    private EnveloppeBudgetaire _etat;

    /// <summary>Partage une enveloppe.</summary>
    /// <param name="initiale">L'état initial.</param>
    public EnveloppePartagee(EnveloppeBudgetaire initiale) => _etat = Preconditions.CheckNotNull(initiale);

    /// <summary>L'état courant.</summary>
    public EnveloppeBudgetaire Etat => Volatile.Read(ref _etat);

    /// <summary>Applique une opération à l'état courant, atomiquement.</summary>
    /// <param name="operation">L'opération (pure : elle peut être rejouée si l'état a changé entre-temps).</param>
    /// <returns>Le résultat de l'opération sur l'état qu'elle a effectivement remplacé.</returns>
    public Resultat<Evolution<EnveloppeBudgetaire>> Appliquer(Func<EnveloppeBudgetaire, Resultat<Evolution<EnveloppeBudgetaire>>> operation)
    {
        Preconditions.CheckNotNull(operation);
        while (true)
        {
            var courant = Volatile.Read(ref _etat);
            var resultat = operation(courant);
            if (!resultat.TryGetValue(out var evolution))
            {
                return resultat;
            }

            if (ReferenceEquals(Interlocked.CompareExchange(ref _etat, evolution.Etat, courant), courant))
            {
                return resultat;
            }
        }
    }

    /// <summary>Engage atomiquement le montant d'une décision (voir <see cref="EnveloppeBudgetaire.Engager"/>).</summary>
    /// <param name="reference">La référence de la décision.</param>
    /// <param name="categorie">La catégorie.</param>
    /// <param name="forme">La forme.</param>
    /// <param name="montant">Le montant.</param>
    /// <param name="date">La date de la décision.</param>
    /// <returns>Le résultat.</returns>
    public Resultat<Evolution<EnveloppeBudgetaire>> Engager(string reference, CategorieAide categorie, FormeAide forme, Montant montant, LocalDate date) =>
        Appliquer(e => e.Engager(reference, categorie, forme, montant, date));

    /// <summary>Consomme atomiquement un engagement (voir <see cref="EnveloppeBudgetaire.Consommer"/>).</summary>
    /// <param name="reference">La référence.</param>
    /// <param name="date">La date du paiement.</param>
    /// <returns>Le résultat.</returns>
    public Resultat<Evolution<EnveloppeBudgetaire>> Consommer(string reference, LocalDate date) => Appliquer(e => e.Consommer(reference, date));

    /// <summary>Libère atomiquement un engagement (voir <see cref="EnveloppeBudgetaire.Liberer"/>).</summary>
    /// <param name="reference">La référence.</param>
    /// <param name="date">La date.</param>
    /// <returns>Le résultat.</returns>
    public Resultat<Evolution<EnveloppeBudgetaire>> Liberer(string reference, LocalDate date) => Appliquer(e => e.Liberer(reference, date));

    /// <summary>Enregistre atomiquement un remboursement (voir <see cref="EnveloppeBudgetaire.EnregistrerRemboursement"/>).</summary>
    /// <param name="date">La date.</param>
    /// <param name="montant">Le montant.</param>
    /// <returns>Le résultat.</returns>
    public Resultat<Evolution<EnveloppeBudgetaire>> EnregistrerRemboursement(LocalDate date, Montant montant) => Appliquer(e => e.EnregistrerRemboursement(date, montant));
}
