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
        ImmutableArray<Contrat> contrats,
        SuiviDuParcours suivi)
    {
        Beneficiaire = beneficiaire;
        Commune = commune;
        Parametres = parametres;
        Orientations = orientations;
        Referents = referents;
        Contrats = contrats;
        Suivi = suivi;
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
        new(beneficiaire, commune, parametres, orientations, referents, contrats, SuiviDuParcours.Vide);

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

    /// <summary>L'inscription à France Travail (depuis le 1er janvier 2025), ou <see langword="null"/>.</summary>
    public InscriptionFranceTravail? FranceTravail => Suivi.FranceTravail;

    /// <summary>Les décisions d'organisme référent (depuis le 1er janvier 2025), par date croissante.</summary>
    public ImmutableArray<DecisionOrganismeReferent> OrganismesReferents => Suivi.Organismes;

    /// <summary>Les sanctions décidées, par date croissante ; elles ne se chevauchent pas.</summary>
    public ImmutableArray<Sanction> Sanctions => Suivi.Sanctions;

    /// <summary>La sortie du parcours, ou <see langword="null"/> tant qu'il est ouvert.</summary>
    public SortieDuParcours? Sortie => Suivi.Sortie;

    internal SuiviDuParcours Suivi { get; }

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
        return new Parcours(beneficiaire, commune, parametres ?? ParametresDepartementaux.ParDefaut, [], [], [], SuiviDuParcours.Vide);
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
        if (Clos() is { } clos)
        {
            return clos;
        }

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
        if (Clos() is { } clos)
        {
            return clos;
        }

        Preconditions.CheckNotNull(referent);
        Preconditions.CheckNotNull(carte);
        var erreurs = Liste(
            RegleDesignationsSuccessives.Verifier(Referents, referent, date),
            RegleReferentDuSecteur.Verifier(referent, Commune, carte),
            RegleReferentSelonOrientation.Verifier(referent, OrientationAu(date)),
            OrganismeReferentAu(date) is { } decide && decide != referent.Organisme
                ? new Erreur("contrats.referent.organisme_decide", "referent", referent.Organisme.Code,
                    $"L'organisme référent décidé est « {decide.Libelle} » (CASF L262-29) : le référent unique en relève.")
                : null);
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
        if (Clos() is { } clos)
        {
            return clos;
        }

        var regime = RegimeContrat.Au(date);
        var duree = dureeEnMois ?? Parametres.DureeParDefautEnMois;
        var erreurs = RegleEtablissement.Verifier(this, date)
            .Concat(RegleContenuSelonRegime.Verifier(regime, actions, plan))
            .Append(RegleDuree.Verifier(duree, Parametres))
            .OfType<Erreur>().ToList();
        if (erreurs.Count == 0 && RegleCalendrierDuContrat.Verifier(date, duree) is { } horsCalendrier)
        {
            // Un projet qui ne pourrait pas être signé à sa date : sa période finirait après le 31/12/9999.
            erreurs.Add(horsCalendrier);
        }

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
        if (Clos() is { } clos)
        {
            return clos;
        }

        if (!TryGetContrat(numero, out var contrat))
        {
            return Inconnu(numero);
        }

        if (RegleCalendrierDuContrat.Verifier(date, contrat.DureeEnMois) is { } horsCalendrier)
        {
            return Resultat<Transition>.Echec(horsCalendrier);
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
        if (Clos() is { } clos)
        {
            return clos;
        }

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
        if (Clos() is { } clos)
        {
            return clos;
        }

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
        if (Clos() is { } clos)
        {
            return clos;
        }

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
        if (Clos() is { } clos)
        {
            return clos;
        }

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

        if (RegleDuree.Verifier(duree, Parametres) is null && RegleCalendrierDuContrat.VerifierSuccesseur(contrat.Fin!.Value, duree) is { } horsCalendrier)
        {
            return Resultat<Transition>.Echec(horsCalendrier);
        }

        var debut = contrat.Fin!.Value.PlusJoursOuNull(1) ?? contrat.Fin!.Value;
        var fin = Contrat.FinPourOuNull(debut, Math.Max(duree, 1)) ?? LocalDate.MaxIsoValue;
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
        if (Clos() is { } clos)
        {
            return clos;
        }

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

    /// <summary>
    /// Enregistre l'inscription du bénéficiaire à France Travail (depuis le 1er janvier 2025, code du travail L5411-6 ;
    /// loi n° 2023-1196) : sa date et l'identifiant France Travail, qui n'apparaît jamais dans un message.
    /// </summary>
    /// <param name="date">La date d'inscription.</param>
    /// <param name="identifiant">L'identifiant France Travail (1 à 20 lettres majuscules ou chiffres).</param>
    /// <returns>La transition (<see cref="InscriptionFranceTravailEnregistree"/>), ou <c>contrats.france_travail.avant_reforme</c>,
    /// <c>contrats.france_travail.deja_inscrit</c>, <c>contrats.france_travail.identifiant</c>, <c>contrats.parcours.clos</c>.</returns>
    public Resultat<Transition> InscrireAFranceTravail(LocalDate date, string? identifiant)
    {
        if (Clos() is { } clos)
        {
            return clos;
        }

        var texte = identifiant?.Trim() ?? string.Empty;
        var erreurs = Liste(
            date < RegimeContrat.EntreeEnVigueurContratEngagement
                ? new Erreur("contrats.france_travail.avant_reforme", "date", Dates.FormaterIso(date),
                    "L'inscription des bénéficiaires du RSA à France Travail s'applique depuis le 1er janvier 2025 (loi n° 2023-1196).")
                : null,
            FranceTravail is { } deja
                ? new Erreur("contrats.france_travail.deja_inscrit", "date", Dates.FormaterIso(date), $"Le bénéficiaire est inscrit à France Travail depuis le {Dates.Formater(deja.Date)}.")
                : null,
            texte.Length is < 1 or > 20 || !texte.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
                ? new Erreur("contrats.france_travail.identifiant", "identifiant", texte.Length == 0 ? null : Erreur.ValeurMasquee,
                    "L'identifiant France Travail comporte de 1 à 20 lettres majuscules ou chiffres.")
                : null);
        return erreurs ?? Appliquer(new InscriptionFranceTravailEnregistree(Beneficiaire, date), suivi: Suivi with { FranceTravail = new InscriptionFranceTravail(date, texte) });
    }

    /// <summary>
    /// Enregistre la décision du président du conseil départemental qui désigne l'organisme référent (depuis le
    /// 1er janvier 2025, CASF L262-29) : l'organisme doit accompagner le parcours en vigueur, et les référents désignés
    /// ensuite en relèvent.
    /// </summary>
    /// <param name="organisme">L'organisme référent.</param>
    /// <param name="date">La date de la décision.</param>
    /// <returns>La transition (<see cref="OrganismeReferentDecide"/>), ou <c>contrats.organisme.avant_reforme</c>,
    /// <c>contrats.organisme.sans_orientation</c>, <c>contrats.organisme.anterieure</c>, <c>contrats.organisme.inchange</c>,
    /// <c>contrats.referent.orientation</c>, <c>contrats.parcours.clos</c>.</returns>
    public Resultat<Transition> DeciderOrganismeReferent(OrganismeReferent organisme, LocalDate date)
    {
        Preconditions.CheckNotNull(organisme);
        if (Clos() is { } clos)
        {
            return clos;
        }

        var orientation = OrientationAu(date);
        var derniere = OrganismesReferents.IsEmpty ? null : OrganismesReferents[^1];
        var erreurs = Liste(
            date < RegimeContrat.EntreeEnVigueurContratEngagement
                ? new Erreur("contrats.organisme.avant_reforme", "date", Dates.FormaterIso(date),
                    "La décision d'organisme référent s'applique depuis le 1er janvier 2025 (CASF L262-29, loi n° 2023-1196) ; avant, le référent est désigné directement.")
                : null,
            orientation is null
                ? new Erreur("contrats.organisme.sans_orientation", "date", Dates.FormaterIso(date), "Le bénéficiaire n'a pas d'orientation en vigueur à cette date (CASF L262-29).")
                : null,
            derniere is not null && date <= derniere.Date
                ? new Erreur("contrats.organisme.anterieure", "date", Dates.FormaterIso(date), $"Une nouvelle décision suit la précédente ({Dates.Formater(derniere.Date)}).")
                : derniere is not null && derniere.Organisme == organisme
                    ? new Erreur("contrats.organisme.inchange", "organisme", organisme.Code, "Cet organisme est déjà l'organisme référent.")
                    : null,
            orientation is not null && !organisme.PeutAccompagner(orientation.Type)
                ? new Erreur("contrats.referent.orientation", "organisme", organisme.Code,
                    $"L'organisme « {organisme.Libelle} » n'accompagne pas le « {orientation.Type.Libelle} » (CASF L262-29 à L262-36).")
                : null);
        return erreurs ?? Appliquer(new OrganismeReferentDecide(Beneficiaire, date, organisme), suivi: Suivi with { Organismes = OrganismesReferents.Add(new DecisionOrganismeReferent(organisme, date)) });
    }

    /// <summary>L'organisme référent décidé en vigueur à une date, ou <see langword="null"/>.</summary>
    /// <param name="date">La date.</param>
    /// <returns>L'organisme.</returns>
    public OrganismeReferent? OrganismeReferentAu(LocalDate date) => OrganismesReferents.LastOrDefault(d => d.Date <= date)?.Organisme;

    /// <summary>
    /// Décide une sanction dans le parcours : le manquement concerne ce bénéficiaire, la réitération est celle de
    /// l'historique (« lorsque le bénéficiaire a déjà fait l'objet d'une telle décision », CASF R262-68), les sanctions ne
    /// se chevauchent pas, puis les bornes du barème en vigueur à la date de la décision s'appliquent
    /// (<see cref="global::Caf.Accompagnement.Contrats.Sanctions.Decider(DemandeDeSanction, Baremes.Bareme{BaremeDeSanction})"/>).
    /// </summary>
    /// <param name="demande">La demande.</param>
    /// <param name="bareme">Le barème (<see cref="global::Caf.Accompagnement.Contrats.Sanctions.BaremeOfficiel"/> si absent).</param>
    /// <returns>La transition (<see cref="SanctionDecidee"/>), ou les règles enfreintes : <c>contrats.sanction.beneficiaire</c>,
    /// <c>contrats.sanction.hors_parcours</c>, <c>contrats.sanction.reiteration</c>, <c>contrats.sanction.chevauchement</c>,
    /// <c>contrats.contrat.inconnu</c>, <c>contrats.parcours.clos</c> et celles de <see cref="global::Caf.Accompagnement.Contrats.Sanctions.Decider(DemandeDeSanction)"/>.</returns>
    public Resultat<Transition> Sanctionner(DemandeDeSanction demande, Baremes.Bareme<BaremeDeSanction>? bareme = null)
    {
        Preconditions.CheckNotNull(demande);
        if (Clos() is { } clos)
        {
            return clos;
        }

        var m = demande.Manquement;
        var precedente = Sanctions.IsEmpty ? null : Sanctions[^1];
        var erreurs = Liste(
            m.Beneficiaire != Beneficiaire
                ? new Erreur("contrats.sanction.beneficiaire", "manquement", null, "Le manquement concerne un autre bénéficiaire que celui du parcours.")
                : null,
            Orientations.IsEmpty || m.Date < Orientations[0].Debut
                ? new Erreur("contrats.sanction.hors_parcours", "date_manquement", Dates.FormaterIso(m.Date), "Le manquement est antérieur à la première orientation du parcours.")
                : null,
            m.NumeroContrat is { } n && !TryGetContrat(n, out _) ? Inconnu(n).Erreurs[0] : null,
            demande.Reiteration != (precedente is not null)
                ? new Erreur("contrats.sanction.reiteration", "reiteration", demande.Reiteration ? "oui" : "non",
                    precedente is null
                        ? "Le bénéficiaire n'a jamais fait l'objet d'une sanction : c'est un premier manquement (CASF R262-68, 1°)."
                        : $"Le bénéficiaire a déjà fait l'objet d'une sanction (le {Dates.Formater(precedente.Debut)}) : c'est un manquement répété (CASF R262-68, 2°).")
                : null,
            precedente is not null && demande.DateDecision <= precedente.Fin
                ? new Erreur("contrats.sanction.chevauchement", "date_decision", Dates.FormaterIso(demande.DateDecision),
                    $"Une sanction court jusqu'au {Dates.Formater(precedente.Fin)} : la suivante commence après.")
                : null);
        if (erreurs is not null)
        {
            return erreurs;
        }

        var decision = global::Caf.Accompagnement.Contrats.Sanctions.Decider(demande, bareme ?? global::Caf.Accompagnement.Contrats.Sanctions.BaremeOfficiel);
        if (!decision.TryGetValue(out var sanction))
        {
            return Resultat<Transition>.Echec(decision.Erreurs);
        }

        return Appliquer(new SanctionDecidee(Beneficiaire, demande.DateDecision, sanction), suivi: Suivi with { Sanctions = Sanctions.Add(sanction) });
    }

    /// <summary>
    /// Reprend le versement avant le terme de la dernière sanction, à la signature d'un contrat (régime antérieur au
    /// 1er juin 2025) : un contrat du parcours doit avoir été signé ce jour-là.
    /// </summary>
    /// <param name="dateSignature">La date de signature du contrat.</param>
    /// <returns>La transition (<see cref="SanctionLevee"/>), ou <c>contrats.sanction.reprise</c>, <c>contrats.sanction.reprise_sans_contrat</c>,
    /// <c>contrats.parcours.clos</c>.</returns>
    public Resultat<Transition> ReprendreLeVersement(LocalDate dateSignature)
    {
        if (Clos() is { } clos)
        {
            return clos;
        }

        if (!Contrats.Any(c => c.DateSignature == dateSignature))
        {
            return Resultat<Transition>.Echec(new Erreur("contrats.sanction.reprise_sans_contrat", "date_signature", Dates.FormaterIso(dateSignature),
                "Aucun contrat du parcours n'a été signé à cette date."));
        }

        if (Sanctions.IsEmpty)
        {
            return Resultat<Transition>.Echec(new Erreur("contrats.sanction.reprise", "date_signature", Dates.FormaterIso(dateSignature), "Le parcours ne compte aucune sanction."));
        }

        var reprise = Sanctions[^1].Reprendre(dateSignature);
        return reprise.TryGetValue(out var levee)
            ? Appliquer(new SanctionLevee(Beneficiaire, dateSignature, levee), suivi: Suivi with { Sanctions = Sanctions.SetItem(Sanctions.Length - 1, levee) })
            : Resultat<Transition>.Echec(reprise.Erreurs);
    }

    /// <summary>
    /// Radie le bénéficiaire de la liste des bénéficiaires du RSA, quand la dernière sanction l'autorise
    /// (<see cref="Sanction.RadiationPossibleAPartirDu"/>), et clôt le parcours.
    /// </summary>
    /// <param name="date">La date de la radiation.</param>
    /// <returns>La transition (<see cref="ParcoursClos"/>), ou <c>contrats.sortie.radiation</c>,
    /// <c>contrats.sortie.contrat_en_cours</c>, <c>contrats.parcours.clos</c>.</returns>
    public Resultat<Transition> Radier(LocalDate date)
    {
        if (Clos() is { } clos)
        {
            return clos;
        }

        var possible = Sanctions.IsEmpty ? null : Sanctions[^1].RadiationPossibleAPartirDu;
        var erreurs = Liste(
            possible is null || date < possible
                ? new Erreur("contrats.sortie.radiation", "date", Dates.FormaterIso(date),
                    possible is { } p
                        ? $"La radiation n'est possible qu'à partir du {Dates.Formater(p)}, au terme de la sanction."
                        : "La radiation suit une suspension totale (avant le 1er juin 2025) ou une suppression totale (depuis) de quatre mois (CASF L262-38, R262-40 ; R262-68).")
                : null,
            ContratEnCours(date));
        return erreurs ?? Fermer(date, MotifSortie.Radiation);
    }

    /// <summary>Clôt le parcours pour un autre motif que la radiation (fin de droit, emploi, déménagement, décès…).</summary>
    /// <param name="date">La date de sortie.</param>
    /// <param name="motif">Le motif (pas <see cref="MotifSortie.Radiation"/> : utiliser <see cref="Radier"/>).</param>
    /// <returns>La transition (<see cref="ParcoursClos"/>), ou <c>contrats.sortie.motif</c>, <c>contrats.sortie.date</c>,
    /// <c>contrats.sortie.contrat_en_cours</c>, <c>contrats.parcours.clos</c>.</returns>
    public Resultat<Transition> Sortir(LocalDate date, MotifSortie motif)
    {
        Preconditions.CheckNotNull(motif);
        if (Clos() is { } clos)
        {
            return clos;
        }

        var erreurs = Liste(
            motif == MotifSortie.Radiation
                ? new Erreur("contrats.sortie.motif", "motif", motif.Code, "La radiation suit une sanction : utiliser Radier, qui en vérifie les conditions.")
                : null,
            !Orientations.IsEmpty && date < Orientations[^1].Debut
                ? new Erreur("contrats.sortie.date", "date", Dates.FormaterIso(date), $"La sortie ne précède pas la dernière orientation ({Dates.Formater(Orientations[^1].Debut)}).")
                : null,
            ContratEnCours(date));
        return erreurs ?? Fermer(date, motif);
    }

    private Erreur? ContratEnCours(LocalDate date) =>
        Contrats.FirstOrDefault(c => c.Statut.EstVivant && c.FinEffective is { } f && f >= date) is { } c
            ? new Erreur("contrats.sortie.contrat_en_cours", "contrat", c.Numero.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Le contrat n° {c.Numero} court au-delà de la date de sortie : le rompre ou le terminer d'abord.")
            : null;

    private Resultat<Transition> Fermer(LocalDate date, MotifSortie motif) =>
        Appliquer(new ParcoursClos(Beneficiaire, date, motif), suivi: Suivi with { Sortie = new SortieDuParcours(date, motif) });

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
        if (Clos() is { } clos)
        {
            return clos;
        }

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
        ImmutableArray<Contrat>? contrats = null,
        SuiviDuParcours? suivi = null) =>
        new Transition(new Parcours(Beneficiaire, Commune, Parametres, orientations ?? Orientations, referents ?? Referents, contrats ?? Contrats, suivi ?? Suivi), evenement);

    private Resultat<Transition>? Clos() =>
        Sortie is { } s
            ? Resultat<Transition>.Echec(new Erreur("contrats.parcours.clos", "sortie", Dates.FormaterIso(s.Date),
                $"Le parcours est clos depuis le {Dates.Formater(s.Date)} ({s.Motif.Libelle}) : une nouvelle demande de RSA ouvre un nouveau parcours."))
            : null;
}
