using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Contrats.Regles;

// Une classe par règle métier : chacune renvoie l'erreur (code stable, message) si elle est enfreinte, null sinon.

/// <summary>Les orientations d'une personne ne se chevauchent pas : une nouvelle orientation est postérieure au début de la précédente (CASF L262-29).</summary>
internal static class RegleOrientationsSuccessives
{
    internal static Erreur? Verifier(ImmutableArray<Orientation> orientations, LocalDate date) =>
        !orientations.IsEmpty && date <= orientations[^1].Debut
            ? new Erreur("contrats.orientation.anterieure", "date", Dates.FormaterIso(date),
                $"Une nouvelle orientation doit être postérieure au début de l'orientation en vigueur ({Dates.Formater(orientations[^1].Debut)}) : elle l'écourte à la veille de sa date.")
            : null;
}

/// <summary>Les désignations de référent se succèdent dans le temps, et changent de référent.</summary>
internal static class RegleDesignationsSuccessives
{
    internal static Erreur? Verifier(ImmutableArray<DesignationReferent> designations, Referent referent, LocalDate date)
    {
        if (designations.IsEmpty)
        {
            return null;
        }

        var actuelle = designations[^1];
        if (date <= actuelle.Debut)
        {
            return new Erreur("contrats.referent.anterieur", "date", Dates.FormaterIso(date),
                $"Un changement de référent doit être postérieur à la désignation en vigueur ({Dates.Formater(actuelle.Debut)}).");
        }

        return actuelle.Referent == referent
            ? new Erreur("contrats.referent.inchange", "referent", referent.Identifiant, "Ce référent est déjà le référent unique du bénéficiaire.")
            : null;
    }
}

/// <summary>Un référent de la Caf est un travailleur social du secteur du foyer (délégation du département, CASF L262-36).</summary>
internal static class RegleReferentDuSecteur
{
    internal static Erreur? Verifier(Referent referent, Territoires.CodeCommune commune, Territoires.CarteDesSecteurs carte)
    {
        if (referent.TravailleurSocial is not { } travailleur)
        {
            return null;
        }

        if (!carte.TryGetSecteur(commune, out var secteur))
        {
            return new Erreur("contrats.referent.secteur_inconnu", "commune", commune.ToString(),
                "La commune du foyer n'est couverte par aucun secteur de la carte : aucun travailleur social de la Caf ne peut en être le référent.");
        }

        return secteur.TravailleursSociaux.Contains(travailleur)
            ? null
            : new Erreur("contrats.referent.hors_secteur", "referent", referent.Identifiant,
                $"Un référent de la Caf est un travailleur social du secteur du foyer (secteur « {secteur.Nom} »).");
    }
}

/// <summary>
/// L'organisme du référent correspond à l'orientation en vigueur (CASF L262-29 à L262-36) : un travailleur social de la
/// Caf n'est pas référent d'un parcours professionnel.
/// </summary>
internal static class RegleReferentSelonOrientation
{
    internal static Erreur? Verifier(Referent? referent, Orientation? orientation) =>
        referent is null || orientation is null || referent.Organisme.PeutAccompagner(orientation.Type)
            ? null
            : new Erreur("contrats.referent.orientation", "referent", referent.Organisme.Code,
                $"Un référent de l'organisme « {referent.Organisme.Libelle} » n'accompagne pas le « {orientation.Type.Libelle} » (CASF L262-29 à L262-36) : désigner un référent d'un organisme de ce parcours.");
}

/// <summary>Un contrat s'établit pour une personne orientée, qui a un référent, sans autre brouillon en cours.</summary>
internal static class RegleEtablissement
{
    internal static IEnumerable<Erreur> Verifier(Parcours parcours, LocalDate date)
    {
        if (parcours.OrientationAu(date) is null)
        {
            yield return new Erreur("contrats.contrat.sans_orientation", "date", Dates.FormaterIso(date),
                "Le bénéficiaire n'a pas d'orientation en vigueur à cette date (CASF L262-29).");
        }

        if (parcours.ReferentAu(date) is null)
        {
            yield return new Erreur("contrats.contrat.sans_referent", "date", Dates.FormaterIso(date),
                "Le bénéficiaire n'a pas de référent unique désigné à cette date (CASF L262-27).");
        }

        if (RegleReferentSelonOrientation.Verifier(parcours.ReferentAu(date), parcours.OrientationAu(date)) is { } incompatible)
        {
            yield return incompatible;
        }

        if (parcours.Brouillon is { } b)
        {
            yield return new Erreur("contrats.contrat.brouillon_existant", "contrat", b.Numero.ToString(CultureInfo.InvariantCulture),
                "Un projet de contrat est déjà en cours de négociation.");
        }
    }
}

/// <summary>La durée d'un contrat respecte le paramètre départemental.</summary>
internal static class RegleDuree
{
    internal static Erreur? Verifier(int mois, ParametresDepartementaux parametres) =>
        mois < 1 || mois > parametres.DureeMaximaleEnMois
            ? new Erreur("contrats.contrat.duree", "duree_mois", mois.ToString(CultureInfo.InvariantCulture),
                $"La durée d'un contrat est de 1 à {parametres.DureeMaximaleEnMois} mois (paramètre départemental).")
            : null;
}

/// <summary>Le contenu d'un contrat suit son régime : un plan d'action pour le contrat d'engagement, aucun pour un CER ; au moins une action.</summary>
internal static class RegleContenuSelonRegime
{
    internal static IEnumerable<Erreur> Verifier(RegimeContrat regime, ImmutableArray<Engagement> engagements, PlanDAction? plan)
    {
        if (engagements.IsEmpty)
        {
            yield return new Erreur("contrats.contrat.sans_engagement", "engagements", null,
                "Un contrat liste au moins une action (engagements réciproques, CASF L262-36).");
        }

        if (regime.ExigePlanDAction && plan is null)
        {
            yield return new Erreur("contrats.plan.absent", "plan_action", null,
                "Depuis le 1er janvier 2025, le contrat d'engagement comporte un plan d'action (loi n° 2023-1196).");
        }

        if (!regime.ExigePlanDAction && plan is not null)
        {
            yield return new Erreur("contrats.plan.sans_objet", "plan_action", plan.HeuresHebdomadaires.ToString(CultureInfo.InvariantCulture),
                "Un contrat d'engagements réciproques (avant 2025) n'a pas de plan d'action hebdomadaire.");
        }
    }
}

/// <summary>Une commande n'est permise que dans certains statuts du contrat.</summary>
internal static class RegleStatutPermis
{
    internal static Erreur? Verifier(Contrat contrat, string action, params StatutContrat[] permis) =>
        permis.Contains(contrat.Statut)
            ? null
            : new Erreur("contrats.contrat.statut", "statut", contrat.Statut.Code,
                $"Impossible de {action} un contrat au statut « {contrat.Statut.Libelle} » (statuts permis : {string.Join(", ", permis.Select(s => s.Libelle))}).");
}

/// <summary>Un contrat établi sous un régime ne peut être signé sous l'autre : un CER non signé au 31 décembre 2024 ne peut plus l'être.</summary>
internal static class RegleRegimeALaSignature
{
    internal static Erreur? Verifier(Contrat contrat, LocalDate date) =>
        RegimeContrat.Au(date) == contrat.Regime
            ? null
            : new Erreur("contrats.contrat.regime_change", "date", Dates.FormaterIso(date),
                $"Le régime en vigueur au {Dates.Formater(date)} est « {RegimeContrat.Au(date).Libelle} » ; le projet relève du régime « {contrat.Regime.Libelle} » : établir un nouveau projet (loi n° 2023-1196, en vigueur le 1er janvier 2025).");
}

/// <summary>Une commande ne peut être datée avant un repère du contrat.</summary>
internal static class RegleDateNonAnterieure
{
    internal static Erreur? Verifier(LocalDate date, LocalDate repere, string nomRepere) =>
        date < repere
            ? new Erreur("contrats.contrat.date_anterieure", "date", Dates.FormaterIso(date), $"La date précède {nomRepere} ({Dates.Formater(repere)}).")
            : null;
}

/// <summary>Une date d'effet doit tomber dans la période prévue du contrat.</summary>
internal static class RegleDansLaPeriode
{
    internal static Erreur? Verifier(Contrat contrat, LocalDate date) =>
        contrat.Debut is { } d && contrat.Fin is { } f && d <= date && date <= f
            ? null
            : new Erreur("contrats.contrat.hors_periode", "date", Dates.FormaterIso(date),
                $"La date doit être comprise dans la période du contrat ({(contrat.Debut is { } dd ? Dates.Formater(dd) : "?")} – {(contrat.Fin is { } ff ? Dates.Formater(ff) : "?")}).");
}

/// <summary>Les périodes des contrats d'une personne ne se chevauchent jamais : au plus un contrat actif à chaque date.</summary>
internal static class RegleContratsSansChevauchement
{
    internal static Erreur? Verifier(ImmutableArray<Contrat> contrats, LocalDate debut, LocalDate fin, int? exclu = null)
    {
        foreach (var c in contrats)
        {
            if (c.Numero != exclu && c.Debut is { } d && c.FinEffective is { } f && d <= fin && debut <= f)
            {
                return new Erreur("contrats.contrat.chevauchement", "periode", $"{Dates.FormaterIso(debut)}/{Dates.FormaterIso(fin)}",
                    $"La période chevauche celle du contrat n° {c.Numero} ({Dates.Formater(d)} – {Dates.Formater(f)}) : renouveler, rompre ou terminer ce contrat d'abord.");
            }
        }

        return null;
    }
}

/// <summary>Le contrat est signé dans le mois (parcours professionnel, CASF L262-35) ou les deux mois (CASF L262-36) de l'orientation ; au-delà, la signature reste possible mais est signalée.</summary>
internal static class RegleDelaiDeSignature
{
    internal static (bool Tardive, LocalDate Limite) Evaluer(Contrat contrat, LocalDate signature, ParametresDepartementaux parametres)
    {
        var limite = contrat.Orientation.DateLimiteDeSignature(contrat.Nature.DelaiDeSignature(parametres));
        return (signature > limite, limite);
    }
}

/// <summary>Un renouvellement est signé avant la fin du contrat renouvelé et dans la limite départementale de renouvellements successifs.</summary>
internal static class RegleRenouvellement
{
    internal static IEnumerable<Erreur> Verifier(Contrat contrat, LocalDate date, ParametresDepartementaux parametres)
    {
        if (contrat.Fin is { } fin && date > fin)
        {
            yield return new Erreur("contrats.renouvellement.tardif", "date", Dates.FormaterIso(date),
                $"Le contrat a pris fin le {Dates.Formater(fin)} : un renouvellement se signe au plus tard ce jour-là ; établir un nouveau contrat.");
        }

        if (contrat.RangDeRenouvellement + 1 > parametres.RenouvellementsMaximum)
        {
            yield return new Erreur("contrats.renouvellement.limite", "renouvellements", (contrat.RangDeRenouvellement + 1).ToString(CultureInfo.InvariantCulture),
                $"Au plus {parametres.RenouvellementsMaximum} renouvellements successifs (paramètre départemental) : établir un nouveau contrat négocié.");
        }
    }
}

/// <summary>
/// La période d'un contrat reste dans le calendrier : son début (le lendemain de la fin d'un contrat renouvelé) et sa
/// fin (début + durée − 1 jour) sont des dates ISO, au plus tard le 31/12/9999.
/// </summary>
internal static class RegleCalendrierDuContrat
{
    internal const string Code = "contrats.contrat.calendrier";

    /// <summary>La fin d'un contrat commencé le <paramref name="debut"/> pour <paramref name="mois"/> mois, ou l'erreur <see cref="Code"/>.</summary>
    internal static Erreur? Verifier(LocalDate debut, int mois) =>
        Contrat.FinPourOuNull(debut, mois) is null
            ? DatesSures.HorsCalendrier(Code, "date", debut, $"La fin d'un contrat de {mois.ToString(CultureInfo.InvariantCulture)} mois commencé le {Dates.FormaterIso(debut)}")
            : null;

    /// <summary>Le lendemain de la fin d'un contrat renouvelé (début du successeur), ou l'erreur <see cref="Code"/>.</summary>
    internal static Erreur? VerifierSuccesseur(LocalDate finDuContrat, int mois) =>
        finDuContrat.PlusJoursOuNull(1) is { } debut
            ? Verifier(debut, mois)
            : DatesSures.HorsCalendrier(Code, "date", finDuContrat, "Le lendemain de la fin du contrat renouvelé");
}

/// <summary>Un motif est obligatoire (avenant, rupture, fin anticipée).</summary>
internal static class RegleMotif
{
    internal static Erreur? Verifier(string? motif) =>
        string.IsNullOrWhiteSpace(motif) ? new Erreur("contrats.contrat.motif_vide", "motif", null, "Le motif est obligatoire.") : null;
}
