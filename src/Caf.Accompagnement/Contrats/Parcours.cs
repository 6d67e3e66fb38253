using System.Collections.Immutable;
using Caf.Accompagnement.Contrats.Regles;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Contrats;

/// <summary>
/// Le parcours d'insertion d'un bénéficiaire du RSA : ses orientations, ses référents successifs et ses contrats.
/// C'est l'agrégat qui garantit qu'un contrat est toujours dans un état légal et cohérent.
/// </summary>
/// <remarks>
/// <para>Chaque changement d'état est une commande qui vérifie ses règles (une classe par règle) et renvoie soit la
/// <see cref="Transition"/> (nouvel état et événement), soit les règles enfreintes (code stable, message) ; l'instance
/// est immuable, l'état n'a donc pas changé en cas de refus.</para>
/// <para>Invariants : les orientations ne se chevauchent pas (une nouvelle écourte la précédente à la veille, et
/// l'enregistre) ; les désignations de référent sont datées et conservées ; les périodes des contrats signés ne se
/// chevauchent jamais (au plus un contrat actif à chaque date) ; un renouvellement commence le lendemain de la fin du
/// contrat renouvelé ; au plus un brouillon à la fois.</para>
/// <para>Chaque membre d'un couple a son propre parcours (CASF L262-27).</para>
/// </remarks>
public sealed class Parcours
{
    private Parcours(
        IdentifiantBeneficiaire beneficiaire,
        CodeCommune commune,
        ParametresDepartementaux parametres,
        ImmutableArray<Orientation> orientations,
        ImmutableArray<DesignationReferent> referents,
        ImmutableArray<Contrat> contrats)
    {
        Beneficiaire = beneficiaire;
        Commune = commune;
        Parametres = parametres;
        Orientations = orientations;
        Referents = referents;
        Contrats = contrats;
    }

    /// <summary>Le bénéficiaire.</summary>
    public IdentifiantBeneficiaire Beneficiaire { get; }

    /// <summary>Restaure un parcours dont les invariants ont été vérifiés (lecture d'un instantané JSON).</summary>
    internal static Parcours Restaurer(
        IdentifiantBeneficiaire beneficiaire,
        CodeCommune commune,
        ParametresDepartementaux parametres,
        ImmutableArray<Orientation> orientations,
        ImmutableArray<DesignationReferent> referents,
        ImmutableArray<Contrat> contrats) =>
        new(beneficiaire, commune, parametres, orientations, referents, contrats);

    /// <summary>La commune de résidence du foyer.</summary>
    public CodeCommune Commune { get; }

    /// <summary>Les paramètres du département.</summary>
    public ParametresDepartementaux Parametres { get; }

    /// <summary>Les orientations, par date croissante ; seule la dernière peut être sans fin.</summary>
    public ImmutableArray<Orientation> Orientations { get; }

    /// <summary>Les désignations du référent unique, par date croissante.</summary>
    public ImmutableArray<DesignationReferent> Referents { get; }

    /// <summary>Les contrats, par numéro.</summary>
    public ImmutableArray<Contrat> Contrats { get; }

    /// <summary>Le projet de contrat en cours de négociation, ou <see langword="null"/>.</summary>
    public Contrat? Brouillon => Contrats.FirstOrDefault(c => c.Statut == StatutContrat.Brouillon);

    /// <summary>Ouvre le parcours d'un bénéficiaire.</summary>
    /// <param name="beneficiaire">Le bénéficiaire.</param>
    /// <param name="commune">La commune de résidence du foyer.</param>
    /// <param name="parametres">Les paramètres départementaux (<see cref="ParametresDepartementaux.ParDefaut"/> si absent).</param>
    /// <returns>Le parcours, vide.</returns>
    /// <exception cref="ArgumentException">Bénéficiaire ou commune non définis.</exception>
    public static Parcours Ouvrir(IdentifiantBeneficiaire beneficiaire, CodeCommune commune, ParametresDepartementaux? parametres = null)
    {
        Preconditions.CheckArgument(beneficiaire.EstDefini, nameof(beneficiaire), "Le bénéficiaire est obligatoire.");
        Preconditions.CheckArgument(commune.EstDefini, nameof(commune), "La commune est obligatoire.");
        return new Parcours(beneficiaire, commune, parametres ?? ParametresDepartementaux.ParDefaut, [], [], []);
    }

    /// <summary>L'orientation en vigueur à une date, ou <see langword="null"/>.</summary>
    /// <param name="date">La date.</param>
    /// <returns>L'orientation.</returns>
    public Orientation? OrientationAu(LocalDate date) => Orientations.LastOrDefault(o => o.EnVigueurAu(date));

    /// <summary>Le référent désigné à une date, ou <see langword="null"/>.</summary>
    /// <param name="date">La date.</param>
    /// <returns>Le référent.</returns>
    public Referent? ReferentAu(LocalDate date) => Referents.LastOrDefault(d => d.EnVigueurAu(date))?.Referent;

    /// <summary>Le contrat actif à une date (au plus un, par invariant), ou <see langword="null"/>.</summary>
    /// <param name="date">La date.</param>
    /// <returns>Le contrat.</returns>
    public Contrat? ContratActifAu(LocalDate date) => Contrats.FirstOrDefault(c => c.EstActifAu(date));

    /// <summary>Essaie de retrouver un contrat par son numéro.</summary>
    /// <param name="numero">Le numéro.</param>
    /// <param name="contrat">Le contrat trouvé.</param>
    /// <returns><see langword="true"/> si le contrat existe.</returns>
    public bool TryGetContrat(int numero, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Contrat contrat)
    {
        contrat = numero >= 1 && numero <= Contrats.Length ? Contrats[numero - 1] : null;
        return contrat is not null;
    }

    /// <summary>
    /// Oriente le bénéficiaire (décision du président du conseil départemental, CASF L262-29). L'orientation en vigueur
    /// est écourtée à la veille, et l'événement l'enregistre.
    /// </summary>
    /// <param name="type">Le parcours.</param>
    /// <param name="date">La date de la décision.</param>
    /// <returns>La transition (<see cref="BeneficiaireOriente"/>), ou <c>contrats.orientation.anterieure</c>.</returns>
    public Resultat<Transition> Orienter(TypeOrientation type, LocalDate date)
    {
        Preconditions.CheckNotNull(type);
        if (RegleOrientationsSuccessives.Verifier(Orientations, date) is { } e)
        {
            return Resultat<Transition>.Echec(e);
        }

        var orientations = Orientations;
        Orientation? ecourtee = null;
        if (!orientations.IsEmpty)
        {
            ecourtee = orientations[^1] with { Fin = date.PlusDays(-1), EcourteeParReorientation = true };
            orientations = orientations.SetItem(orientations.Length - 1, ecourtee);
        }

        var nouvelle = new Orientation(type, date, null, false);
        return Appliquer(new BeneficiaireOriente(Beneficiaire, date, nouvelle, ecourtee), orientations: orientations.Add(nouvelle));
    }

    /// <summary>Désigne le référent unique (CASF L262-27) ; le précédent est conservé, clos à la veille.</summary>
    /// <param name="referent">Le référent.</param>
    /// <param name="date">La date de la désignation.</param>
    /// <param name="carte">La carte des secteurs : un référent de la Caf doit être un travailleur social du secteur du foyer.</param>
    /// <returns>La transition (<see cref="ReferentDesigne"/>), ou <c>contrats.referent.anterieur</c>,
    /// <c>contrats.referent.inchange</c>, <c>contrats.referent.secteur_inconnu</c>, <c>contrats.referent.hors_secteur</c>.</returns>
    public Resultat<Transition> DesignerReferent(Referent referent, LocalDate date, CarteDesSecteurs carte)
    {
        Preconditions.CheckNotNull(referent);
        Preconditions.CheckNotNull(carte);
        var erreurs = Liste(
            RegleDesignationsSuccessives.Verifier(Referents, referent, date),
            RegleReferentDuSecteur.Verifier(referent, Commune, carte),
            RegleReferentSelonOrientation.Verifier(referent, OrientationAu(date)));
        if (erreurs is not null)
        {
            return erreurs;
        }

        var designations = Referents;
        Referent? precedent = null;
        if (!designations.IsEmpty)
        {
            precedent = designations[^1].Referent;
            designations = designations.SetItem(designations.Length - 1, designations[^1] with { Fin = date.PlusDays(-1) });
        }

        return Appliquer(new ReferentDesigne(Beneficiaire, date, referent, precedent), referents: designations.Add(new DesignationReferent(referent, date, null)));
    }

    /// <summary>Établit un projet de contrat, sous le régime en vigueur à sa date.</summary>
    /// <param name="date">La date d'établissement.</param>
    /// <param name="engagements">Les actions réciproques (au moins une).</param>
    /// <param name="plan">Le plan d'action (obligatoire depuis le 1er janvier 2025, interdit avant).</param>
    /// <param name="dureeEnMois">La durée (la durée par défaut du département si absente).</param>
    /// <returns>La transition (<see cref="ContratEtabli"/>), ou toutes les règles enfreintes.</returns>
    public Resultat<Transition> EtablirContrat(LocalDate date, IEnumerable<Engagement> engagements, PlanDAction? plan = null, int? dureeEnMois = null)
    {
        ImmutableArray<Engagement> actions = [.. Preconditions.CheckNotNull(engagements)];
        var regime = RegimeContrat.Au(date);
        var duree = dureeEnMois ?? Parametres.DureeParDefautEnMois;
        var erreurs = RegleEtablissement.Verifier(this, date)
            .Concat(RegleContenuSelonRegime.Verifier(regime, actions, plan))
            .Append(RegleDuree.Verifier(duree, Parametres))
            .OfType<Erreur>().ToList();
        if (erreurs.Count > 0)
        {
            return Resultat<Transition>.Echec(erreurs);
        }

        var contrat = new Contrat(Contrats.Length + 1, Beneficiaire, Commune, ReferentAu(date)!, OrientationAu(date)!, regime, date, duree, actions, plan, null, 0);
        return Appliquer(new ContratEtabli(Beneficiaire, date, contrat.Numero, regime), contrats: Contrats.Add(contrat));
    }

    /// <summary>
    /// Signe un projet de contrat : sa période commence le jour de la signature. Au-delà de deux mois après
    /// l'orientation (CASF L262-36), la signature est acceptée mais signalée tardive.
    /// </summary>
    /// <param name="numero">Le numéro du contrat.</param>
    /// <param name="date">La date de signature.</param>
    /// <returns>La transition (<see cref="ContratSigne"/>), ou les règles enfreintes (<c>contrats.contrat.inconnu</c>,
    /// <c>contrats.contrat.statut</c>, <c>contrats.contrat.date_anterieure</c>, <c>contrats.contrat.regime_change</c>,
    /// <c>contrats.contrat.chevauchement</c>).</returns>
    public Resultat<Transition> Signer(int numero, LocalDate date)
    {
        if (!TryGetContrat(numero, out var contrat))
        {
            return Inconnu(numero);
        }

        var fin = Contrat.FinPour(date, contrat.DureeEnMois);
        var erreurs = Liste(
            RegleStatutPermis.Verifier(contrat, "signer", StatutContrat.Brouillon),
            RegleDateNonAnterieure.Verifier(date, contrat.DateEtablissement, "l'établissement du projet"),
            RegleRegimeALaSignature.Verifier(contrat, date),
            RegleContratsSansChevauchement.Verifier(Contrats, date, fin));
        if (erreurs is not null)
        {
            return erreurs;
        }

        var (tardive, limite) = RegleDelaiDeSignature.Evaluer(contrat, date, Parametres);
        var signe = contrat.Signer(date, date, tardive);
        return Appliquer(new ContratSigne(Beneficiaire, date, numero, date, fin, tardive, limite), contrats: Contrats.SetItem(numero - 1, signe));
    }

    /// <summary>Constate le début de la mise en œuvre d'un contrat signé (signé → en cours).</summary>
    /// <param name="numero">Le numéro du contrat.</param>
    /// <param name="date">La date, dans la période du contrat.</param>
    /// <returns>La transition (<see cref="ContratCommence"/>), ou les règles enfreintes.</returns>
    public Resultat<Transition> Commencer(int numero, LocalDate date)
    {
        if (!TryGetContrat(numero, out var contrat))
        {
            return Inconnu(numero);
        }

        var erreurs = Liste(RegleStatutPermis.Verifier(contrat, "commencer", StatutContrat.Signe), RegleDansLaPeriode.Verifier(contrat, date));
        return erreurs ?? Appliquer(new ContratCommence(Beneficiaire, date, numero), contrats: Contrats.SetItem(numero - 1, contrat.AvecStatut(StatutContrat.EnCours)));
    }

    /// <summary>Modifie un contrat signé par avenant : le contenu antérieur est gardé dans l'historique.</summary>
    /// <param name="numero">Le numéro du contrat.</param>
    /// <param name="date">La date de l'avenant.</param>
    /// <param name="motif">Le motif.</param>
    /// <param name="engagements">Les actions après l'avenant.</param>
    /// <param name="plan">Le plan d'action après l'avenant (contrat d'engagement).</param>
    /// <returns>La transition (<see cref="ContratAmende"/>), ou les règles enfreintes.</returns>
    public Resultat<Transition> Amender(int numero, LocalDate date, string motif, IEnumerable<Engagement> engagements, PlanDAction? plan = null)
    {
        ImmutableArray<Engagement> actions = [.. Preconditions.CheckNotNull(engagements)];
        if (!TryGetContrat(numero, out var contrat))
        {
            return Inconnu(numero);
        }

        var repere = contrat.Avenants.IsEmpty ? contrat.DateSignature ?? contrat.DateEtablissement : contrat.Avenants[^1].Date;
        var erreurs = Liste(
            [
                RegleStatutPermis.Verifier(contrat, "modifier par avenant", StatutContrat.Signe, StatutContrat.EnCours),
                RegleMotif.Verifier(motif),
                RegleDateNonAnterieure.Verifier(date, repere, "la signature ou le dernier avenant"),
                .. RegleContenuSelonRegime.Verifier(contrat.Regime, actions, plan),
            ]);
        if (erreurs is not null)
        {
            return erreurs;
        }

        var amende = contrat.Amender(date, motif.Trim(), actions, plan);
        return Appliquer(new ContratAmende(Beneficiaire, date, numero, amende.Avenants.Length, motif.Trim()), contrats: Contrats.SetItem(numero - 1, amende));
    }

    /// <summary>Constate le statut d'une action d'un contrat signé (réalisée, non réalisée, abandonnée).</summary>
    /// <param name="numero">Le numéro du contrat.</param>
    /// <param name="index">La position de l'action (à partir de 0).</param>
    /// <param name="statut">Le statut constaté.</param>
    /// <param name="date">La date du constat.</param>
    /// <returns>La transition (<see cref="EngagementSuivi"/>), ou les règles enfreintes.</returns>
    public Resultat<Transition> SuivreEngagement(int numero, int index, StatutEngagement statut, LocalDate date)
    {
        Preconditions.CheckNotNull(statut);
        if (!TryGetContrat(numero, out var contrat))
        {
            return Inconnu(numero);
        }

        var erreurs = Liste(
            RegleStatutPermis.Verifier(contrat, "suivre les actions d'", StatutContrat.Signe, StatutContrat.EnCours),
            index < 0 || index >= contrat.Engagements.Length
                ? new Erreur("contrats.engagement.inconnu", "index", index.ToString(System.Globalization.CultureInfo.InvariantCulture), "Le contrat n'a pas d'action à cette position.")
                : null,
            RegleDateNonAnterieure.Verifier(date, contrat.DateSignature ?? contrat.DateEtablissement, "la signature"));
        if (erreurs is not null)
        {
            return erreurs;
        }

        var suivi = contrat.AvecEngagements(contrat.Engagements.SetItem(index, contrat.Engagements[index].AvecStatut(statut)));
        return Appliquer(new EngagementSuivi(Beneficiaire, date, numero, index, statut), contrats: Contrats.SetItem(numero - 1, suivi));
    }

    /// <summary>
    /// Renouvelle un contrat signé ou en cours : le nouveau contrat, signé à la date donnée (au plus tard le dernier jour
    /// du contrat renouvelé), commence le lendemain de sa fin ; les deux sont liés.
    /// </summary>
    /// <param name="numero">Le numéro du contrat à renouveler.</param>
    /// <param name="date">La date de signature du renouvellement.</param>
    /// <param name="engagements">Les actions du nouveau contrat.</param>
    /// <param name="plan">Le plan d'action (si le régime en vigueur à cette date l'exige).</param>
    /// <param name="dureeEnMois">La durée du nouveau contrat (la durée par défaut si absente).</param>
    /// <returns>La transition (<see cref="ContratRenouvele"/>), ou les règles enfreintes.</returns>
    public Resultat<Transition> Renouveler(int numero, LocalDate date, IEnumerable<Engagement> engagements, PlanDAction? plan = null, int? dureeEnMois = null)
    {
        ImmutableArray<Engagement> actions = [.. Preconditions.CheckNotNull(engagements)];
        if (!TryGetContrat(numero, out var contrat))
        {
            return Inconnu(numero);
        }

        var regime = RegimeContrat.Au(date);
        var duree = dureeEnMois ?? Parametres.DureeParDefautEnMois;
        var statut = RegleStatutPermis.Verifier(contrat, "renouveler", StatutContrat.Signe, StatutContrat.EnCours);
        if (statut is not null)
        {
            return Resultat<Transition>.Echec(statut);
        }

        var debut = contrat.Fin!.Value.PlusDays(1);
        var fin = Contrat.FinPour(debut, duree);
        var erreurs = Liste(
            [
                RegleDateNonAnterieure.Verifier(date, contrat.DateSignature!.Value, "la signature du contrat renouvelé"),
                .. RegleRenouvellement.Verifier(contrat, date, Parametres),
                RegleDuree.Verifier(duree, Parametres),
                .. RegleContenuSelonRegime.Verifier(regime, actions, plan),
                OrientationAu(date) is null ? new Erreur("contrats.contrat.sans_orientation", "date", Dates.FormaterIso(date), "Le bénéficiaire n'a pas d'orientation en vigueur à cette date (CASF L262-29).") : null,
                ReferentAu(date) is null ? new Erreur("contrats.contrat.sans_referent", "date", Dates.FormaterIso(date), "Le bénéficiaire n'a pas de référent unique désigné à cette date (CASF L262-27).") : null,
                RegleReferentSelonOrientation.Verifier(ReferentAu(date), OrientationAu(date)),
                RegleContratsSansChevauchement.Verifier(Contrats, debut, fin, exclu: numero),
            ]);
        if (erreurs is not null)
        {
            return erreurs;
        }

        var successeur = new Contrat(Contrats.Length + 1, Beneficiaire, Commune, ReferentAu(date)!, OrientationAu(date)!, regime, date, duree, actions, plan, numero, contrat.RangDeRenouvellement + 1)
            .Signer(date, debut, tardive: false);
        var contrats = Contrats.SetItem(numero - 1, contrat.RenouvelePar(successeur.Numero)).Add(successeur);
        return Appliquer(new ContratRenouvele(Beneficiaire, date, numero, successeur.Numero, debut), contrats: contrats);
    }

    /// <summary>Rompt un contrat pour manquement, avec son motif ; la date est le dernier jour du contrat.</summary>
    /// <param name="numero">Le numéro du contrat.</param>
    /// <param name="date">Le dernier jour, dans la période du contrat.</param>
    /// <param name="motif">Le motif de la rupture.</param>
    /// <returns>La transition (<see cref="ContratRompu"/>), ou les règles enfreintes.</returns>
    public Resultat<Transition> Rompre(int numero, LocalDate date, string motif) =>
        Clore(numero, date, motif, StatutContrat.Rompu, "rompre", m => new ContratRompu(Beneficiaire, date, numero, m));

    /// <summary>Termine un contrat avant son terme pour une autre raison (sortie du RSA, déménagement…).</summary>
    /// <param name="numero">Le numéro du contrat.</param>
    /// <param name="date">Le dernier jour, dans la période du contrat.</param>
    /// <param name="motif">Le motif.</param>
    /// <returns>La transition (<see cref="ContratTermine"/>), ou les règles enfreintes.</returns>
    public Resultat<Transition> Terminer(int numero, LocalDate date, string motif) =>
        Clore(numero, date, motif, StatutContrat.Termine, "terminer", m => new ContratTermine(Beneficiaire, date, numero, m));

    /// <summary>Constate qu'un contrat est arrivé à son terme sans renouvellement.</summary>
    /// <param name="numero">Le numéro du contrat.</param>
    /// <param name="date">La date du constat, après la fin du contrat.</param>
    /// <returns>La transition (<see cref="ContratExpire"/>), ou les règles enfreintes (<c>contrats.contrat.non_echu</c>).</returns>
    public Resultat<Transition> ConstaterExpiration(int numero, LocalDate date)
    {
        if (!TryGetContrat(numero, out var contrat))
        {
            return Inconnu(numero);
        }

        var erreurs = Liste(
            RegleStatutPermis.Verifier(contrat, "constater l'expiration d'", StatutContrat.Signe, StatutContrat.EnCours),
            contrat.Fin is { } fin && date <= fin
                ? new Erreur("contrats.contrat.non_echu", "date", Dates.FormaterIso(date), $"Le contrat court jusqu'au {Dates.Formater(fin)}.")
                : null);
        return erreurs ?? Appliquer(new ContratExpire(Beneficiaire, date, numero), contrats: Contrats.SetItem(numero - 1, contrat.AvecStatut(StatutContrat.Expire)));
    }

    /// <summary>Résumé sans donnée personnelle en clair.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"Parcours de {Beneficiaire} : {Orientations.Length} orientation(s), {Referents.Length} référent(s), {Contrats.Length} contrat(s)";

    private static Resultat<Transition>? Liste(params Erreur?[] erreurs)
    {
        var trouvees = erreurs.OfType<Erreur>().ToList();
        return trouvees.Count == 0 ? null : Resultat<Transition>.Echec(trouvees);
    }

    private static Resultat<Transition> Inconnu(int numero) =>
        Resultat<Transition>.Echec(new Erreur("contrats.contrat.inconnu", "contrat", numero.ToString(System.Globalization.CultureInfo.InvariantCulture), "Aucun contrat de ce numéro dans le parcours."));

    private Resultat<Transition> Clore(int numero, LocalDate date, string motif, StatutContrat statut, string action, Func<string, EvenementParcours> evenement)
    {
        if (!TryGetContrat(numero, out var contrat))
        {
            return Inconnu(numero);
        }

        var erreurs = Liste(
            RegleStatutPermis.Verifier(contrat, action, StatutContrat.Signe, StatutContrat.EnCours),
            RegleMotif.Verifier(motif),
            contrat.Statut.EstSigne ? RegleDansLaPeriode.Verifier(contrat, date) : null);
        return erreurs ?? Appliquer(evenement(motif.Trim()), contrats: Contrats.SetItem(numero - 1, contrat.Clore(statut, date, motif.Trim())));
    }

    private Resultat<Transition> Appliquer(
        EvenementParcours evenement,
        ImmutableArray<Orientation>? orientations = null,
        ImmutableArray<DesignationReferent>? referents = null,
        ImmutableArray<Contrat>? contrats = null) =>
        new Transition(new Parcours(Beneficiaire, Commune, Parametres, orientations ?? Orientations, referents ?? Referents, contrats ?? Contrats), evenement);
}
