using System.Globalization;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Contrats;

/// <summary>Un manquement constaté : contrat non signé ou non renouvelé dans les délais, engagements non respectés (CASF L262-37).</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Type">Le manquement.</param>
/// <param name="Date">La date du constat.</param>
/// <param name="NumeroContrat">Le contrat concerné, s'il y en a un.</param>
public sealed record Manquement(IdentifiantBeneficiaire Beneficiaire, TypeManquement Type, LocalDate Date, int? NumeroContrat = null);

/// <summary>La saisine de l'équipe pluridisciplinaire et, si elle a eu lieu, l'audition du bénéficiaire (CASF L262-37, L262-39).</summary>
/// <param name="Saisine">La date de saisine de l'équipe pluridisciplinaire.</param>
/// <param name="Audition">La date d'audition, ou <see langword="null"/> si le bénéficiaire ne s'est pas présenté.</param>
public sealed record AuditionEquipePluridisciplinaire(LocalDate Saisine, LocalDate? Audition);

/// <summary>Une demande de sanction, à valider selon le régime en vigueur à la date de la décision.</summary>
/// <param name="Manquement">Le manquement qui la fonde.</param>
/// <param name="DateDecision">La date de la décision.</param>
/// <param name="TauxPourcent">La part du RSA suspendue, en pour cent.</param>
/// <param name="DureeEnMois">La durée (suspension-remobilisation) ; <see langword="null"/> avant le 1er juin 2025 (jusqu'à la signature d'un contrat).</param>
/// <param name="Audition">La saisine et l'audition par l'équipe pluridisciplinaire (obligatoire avant le 1er juin 2025).</param>
/// <param name="Reiteration"><see langword="true"/> pour un manquement répété (suspension-remobilisation).</param>
/// <param name="FoyerDePlusieursPersonnes"><see langword="true"/> si le foyer compte plusieurs personnes (suspension-remobilisation : 50 % au plus).</param>
public sealed record DemandeDeSanction(
    Manquement Manquement,
    LocalDate DateDecision,
    int TauxPourcent,
    int? DureeEnMois,
    AuditionEquipePluridisciplinaire? Audition,
    bool Reiteration = false,
    bool FoyerDePlusieursPersonnes = false);

/// <summary>
/// Une sanction décidée : suspension en tout ou partie du RSA (avant le 1er juin 2025), ou suspension-remobilisation
/// (depuis), avec son explication.
/// </summary>
/// <remarks>Une valeur : la reprise (<see cref="Reprendre"/>) ou la remobilisation (<see cref="Remobiliser"/>)
/// renvoient une nouvelle sanction ou un rappel, jamais une modification en place.</remarks>
public sealed class Sanction
{
    internal Sanction(DemandeDeSanction demande, RegimeDeSanction regime, LocalDate? fin, LocalDate? reprise, Explication explication)
    {
        Demande = demande;
        Regime = regime;
        Fin = fin;
        Reprise = reprise;
        Explication = explication;
    }

    /// <summary>La demande validée.</summary>
    public DemandeDeSanction Demande { get; }

    /// <summary>Le régime appliqué.</summary>
    public RegimeDeSanction Regime { get; }

    /// <summary>Premier jour de la suspension (la date de la décision).</summary>
    public LocalDate Debut => Demande.DateDecision;

    /// <summary>La part suspendue, en pour cent.</summary>
    public int TauxPourcent => Demande.TauxPourcent;

    /// <summary>Dernier jour de la suspension, ou <see langword="null"/> tant qu'aucun contrat n'a été signé (avant le 1er juin 2025).</summary>
    public LocalDate? Fin { get; }

    /// <summary>Date de reprise du versement (signature d'un contrat), ou <see langword="null"/>.</summary>
    public LocalDate? Reprise { get; }

    /// <summary>L'explication de la décision (CRPA R311-3-1-2).</summary>
    public Explication Explication { get; }

    /// <summary><see langword="true"/> si la suspension s'applique à une date.</summary>
    /// <param name="date">La date.</param>
    /// <returns>Le résultat.</returns>
    public bool EstEnVigueurAu(LocalDate date) => Debut <= date && (Fin is null || date <= Fin);

    /// <summary>
    /// Reprend le versement à la signature d'un nouveau contrat (CASF L262-37, rédaction antérieure) : la suspension
    /// cesse la veille de la signature.
    /// </summary>
    /// <param name="dateSignature">La date de signature du contrat.</param>
    /// <returns>La sanction close, ou <c>contrats.sanction.reprise</c>.</returns>
    public Resultat<Sanction> Reprendre(LocalDate dateSignature)
    {
        if (Regime != RegimeDeSanction.Suspension || Reprise is not null || dateSignature <= Debut)
        {
            return Resultat<Sanction>.Echec(new Erreur(
                "contrats.sanction.reprise", "date_signature", Dates.FormaterIso(dateSignature),
                "La reprise à la signature d'un contrat ne s'applique qu'à une suspension (régime antérieur au 1er juin 2025) en cours, après sa date de début."));
        }

        return new Sanction(Demande, Regime, dateSignature.PlusDays(-1), dateSignature, Explication);
    }

    /// <summary>
    /// Le rappel dû quand la personne se conforme à nouveau à ses obligations (suspension-remobilisation) : les sommes
    /// suspendues pour chaque mois entamé entre le début de la suspension et la date de mise en conformité, dans la
    /// durée décidée.
    /// </summary>
    /// <param name="dateConformite">La date à laquelle la personne se conforme à nouveau.</param>
    /// <param name="rsaMensuel">Le montant mensuel du RSA du foyer.</param>
    /// <returns>Le rappel, ou <c>contrats.sanction.remobilisation</c>.</returns>
    public Resultat<Montant> Remobiliser(LocalDate dateConformite, Montant rsaMensuel)
    {
        if (Regime != RegimeDeSanction.SuspensionRemobilisation || dateConformite < Debut || rsaMensuel.EstNegatif)
        {
            return Resultat<Montant>.Echec(new Erreur(
                "contrats.sanction.remobilisation", "date_conformite", Dates.FormaterIso(dateConformite),
                "Le reversement ne s'applique qu'à une suspension-remobilisation, à une date postérieure à son début, pour un montant positif."));
        }

        var borne = Fin is { } f && f < dateConformite ? f : dateConformite;
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
        $"{Regime.Libelle} de {TauxPourcent} % du {Dates.Formater(Debut)}" + (Fin is { } f ? $" au {Dates.Formater(f)}" : " jusqu'à la signature d'un contrat");
}

/// <summary>Les règles de sanction, par régime (CASF L262-37 et L262-38 ; décret du 30 mai 2025).</summary>
public static class Sanctions
{
    /// <summary>Délai dans lequel le bénéficiaire peut être entendu par l'équipe pluridisciplinaire : un mois (CASF L262-37).</summary>
    public static Period DelaiAudition { get; } = Period.FromMonths(1);

    /// <summary>Suspension-remobilisation, premier manquement : taux minimal (30 %).</summary>
    public const int PremierManquementTauxMinimum = 30;

    /// <summary>Suspension-remobilisation, premier manquement : durée maximale (2 mois).</summary>
    public const int PremierManquementDureeMaximale = 2;

    /// <summary>Suspension-remobilisation, manquement répété : taux minimal (30 %).</summary>
    public const int ReiterationTauxMinimum = 30;

    /// <summary>Suspension-remobilisation, manquement répété : durée maximale (4 mois).</summary>
    public const int ReiterationDureeMaximale = 4;

    /// <summary>Suspension-remobilisation : taux maximal pour un foyer de plusieurs personnes (50 %).</summary>
    public const int FoyerDePlusieursPersonnesTauxMaximum = 50;

    /// <summary>
    /// Décide une sanction : valide la demande selon le régime en vigueur à la date de la décision et l'explique.
    /// </summary>
    /// <param name="demande">La demande.</param>
    /// <returns>La sanction, ou toutes les règles enfreintes (<c>contrats.sanction.*</c>).</returns>
    /// <remarks>
    /// <para>Avant le 1er juin 2025 : suspension en tout ou partie (1 à 100 %), jusqu'à la signature d'un contrat,
    /// décidée après que le bénéficiaire a pu être entendu par l'équipe pluridisciplinaire, dans un délai d'un mois au
    /// plus après sa saisine (CASF L262-37).</para>
    /// <para>Depuis le 1er juin 2025 : suspension-remobilisation ; premier manquement 30 à 100 % pendant 1 à 2 mois ;
    /// manquement répété au moins 30 % pendant 1 à 4 mois ; au plus 50 % pour un foyer de plusieurs personnes.</para>
    /// </remarks>
    public static Resultat<Sanction> Decider(DemandeDeSanction demande)
    {
        Preconditions.CheckNotNull(demande);
        var regime = RegimeDeSanction.Au(demande.DateDecision);
        var erreurs = new List<Erreur>();
        if (demande.DateDecision < demande.Manquement.Date)
        {
            erreurs.Add(new Erreur("contrats.sanction.decision_anterieure", "date_decision", Dates.FormaterIso(demande.DateDecision), "La décision ne peut précéder le constat du manquement."));
        }

        if (regime == RegimeDeSanction.Suspension)
        {
            VerifierSuspension(demande, erreurs);
        }
        else
        {
            VerifierSuspensionRemobilisation(demande, erreurs);
        }

        if (erreurs.Count > 0)
        {
            return Resultat<Sanction>.Echec(erreurs);
        }

        LocalDate? fin = demande.DureeEnMois is { } d ? demande.DateDecision.PlusMonths(d).PlusDays(-1) : null;
        return new Sanction(demande, regime, fin, null, Expliquer(demande, regime));
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
        var limite = decisionDeSuspension.PlusYears(1);
        var exige = nouvelleDemande >= decisionDeSuspension && nouvelleDemande < limite;
        return new Explication(
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
    }

    private static void VerifierSuspension(DemandeDeSanction d, List<Erreur> erreurs)
    {
        if (d.TauxPourcent is < 1 or > 100)
        {
            erreurs.Add(Taux(d, "La suspension porte sur tout ou partie du RSA : de 1 à 100 %."));
        }

        if (d.DureeEnMois is not null)
        {
            erreurs.Add(new Erreur("contrats.sanction.duree", "duree_mois", d.DureeEnMois.Value.ToString(CultureInfo.InvariantCulture),
                "Avant le 1er juin 2025, la suspension dure jusqu'à la signature d'un contrat (CASF L262-37) : pas de durée fixée."));
        }

        if (d.Audition is not { } a)
        {
            erreurs.Add(new Erreur("contrats.sanction.audition_absente", "audition", null,
                "La suspension ne peut être décidée sans que le bénéficiaire ait pu être entendu par l'équipe pluridisciplinaire (CASF L262-37)."));
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

    private static void VerifierSuspensionRemobilisation(DemandeDeSanction d, List<Erreur> erreurs)
    {
        var tauxMin = d.Reiteration ? ReiterationTauxMinimum : PremierManquementTauxMinimum;
        var tauxMax = d.FoyerDePlusieursPersonnes ? FoyerDePlusieursPersonnesTauxMaximum : 100;
        var dureeMax = d.Reiteration ? ReiterationDureeMaximale : PremierManquementDureeMaximale;
        if (d.TauxPourcent < tauxMin || d.TauxPourcent > tauxMax)
        {
            erreurs.Add(Taux(d, $"Suspension-remobilisation ({(d.Reiteration ? "manquement répété" : "premier manquement")}"
                + $"{(d.FoyerDePlusieursPersonnes ? ", foyer de plusieurs personnes" : string.Empty)}) : de {tauxMin} à {tauxMax} % (décret du 30 mai 2025)."));
        }

        if (d.DureeEnMois is not { } duree || duree < 1 || duree > dureeMax)
        {
            erreurs.Add(new Erreur("contrats.sanction.duree", "duree_mois", d.DureeEnMois?.ToString(CultureInfo.InvariantCulture),
                $"Suspension-remobilisation ({(d.Reiteration ? "manquement répété" : "premier manquement")}) : de 1 à {dureeMax} mois (décret du 30 mai 2025)."));
        }
    }

    private static Erreur Taux(DemandeDeSanction d, string message) =>
        new("contrats.sanction.taux", "taux_pourcent", d.TauxPourcent.ToString(CultureInfo.InvariantCulture), message);

    private static Explication Expliquer(DemandeDeSanction d, RegimeDeSanction regime)
    {
        var donnees = new List<DonneeUtilisee>
        {
            new("Manquement", d.Manquement.Type.Libelle, "constat du référent"),
            new("Date du constat", Dates.Formater(d.Manquement.Date), "constat du référent"),
            new("Date de la décision", Dates.Formater(d.DateDecision), "décision du président du conseil départemental"),
        };
        var parametres = new List<ParametreApplique>();
        var operations = new List<string> { $"Régime applicable à la date de la décision : {regime.Libelle}." };
        if (regime == RegimeDeSanction.Suspension)
        {
            var a = d.Audition!;
            donnees.Add(new("Saisine de l'équipe pluridisciplinaire", Dates.Formater(a.Saisine), "dossier de l'équipe pluridisciplinaire"));
            donnees.Add(new("Audition", a.Audition is { } au ? Dates.Formater(au) : "le bénéficiaire ne s'est pas présenté", "dossier de l'équipe pluridisciplinaire"));
            parametres.Add(new("Délai pour être entendu", "1 mois", null, "CASF L262-37"));
            parametres.Add(new("Taux de suspension", "de 1 à 100 %", null, "CASF L262-37 (suspension en tout ou partie)"));
            operations.Add("Vérification que la décision suit l'audition, ou l'expiration du délai d'un mois.");
            operations.Add($"Suspension de {d.TauxPourcent} % jusqu'à la signature d'un contrat.");
        }
        else
        {
            donnees.Add(new("Manquement répété", d.Reiteration ? "oui" : "non", "historique des sanctions"));
            donnees.Add(new("Foyer de plusieurs personnes", d.FoyerDePlusieursPersonnes ? "oui" : "non", "dossier allocataire"));
            parametres.Add(new("Premier manquement", "30 à 100 %, 1 à 2 mois", RegimeDeSanction.EntreeEnVigueurSuspensionRemobilisation, "Décret du 30 mai 2025"));
            parametres.Add(new("Manquement répété", "au moins 30 %, 1 à 4 mois", RegimeDeSanction.EntreeEnVigueurSuspensionRemobilisation, "Décret du 30 mai 2025"));
            parametres.Add(new("Foyer de plusieurs personnes", "50 % au plus", RegimeDeSanction.EntreeEnVigueurSuspensionRemobilisation, "Décret du 30 mai 2025"));
            operations.Add($"Vérification du taux ({d.TauxPourcent} %) et de la durée ({d.DureeEnMois} mois) dans les bornes.");
            operations.Add("Les sommes suspendues sont reversées si la personne se conforme à nouveau à ses obligations.");
        }

        return new Explication(
            $"Sanction pour {d.Manquement.Type.Libelle.ToLowerInvariant()} (CASF L262-37)",
            "Le traitement vérifie que la sanction proposée respecte les bornes légales ; la décision appartient au président du conseil départemental.",
            donnees,
            parametres,
            operations,
            $"{regime.Libelle} de {d.TauxPourcent} % conforme aux règles en vigueur au {Dates.Formater(d.DateDecision)}.",
            true);
    }
}
