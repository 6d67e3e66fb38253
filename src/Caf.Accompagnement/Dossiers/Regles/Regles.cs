using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Dossiers.Regles;

// Une classe par règle métier : chacune renvoie l'erreur (code stable, message) si elle est enfreinte, null sinon.
// Aucun message ne cite le numéro allocataire.

/// <summary>La clôture est définitive : toute commande sur un dossier clos est refusée.</summary>
internal static class RegleDossierNonClos
{
    internal static Erreur? Verifier(ClotureDuDossier? cloture) =>
        cloture is { } c
            ? new Erreur("dossiers.dossier.clos", "cloture", Dates.FormaterIso(c.Date),
                $"Le dossier est clos depuis le {Dates.Formater(c.Date)} ({c.Motif.Libelle}) : une nouvelle situation ouvre un nouveau dossier.")
            : null;
}

/// <summary>Les commandes se suivent dans le temps : aucune n'est datée avant le dernier événement du dossier.</summary>
internal static class RegleChronologie
{
    internal static Erreur? Verifier(LocalDate date, LocalDate derniere) =>
        date < derniere
            ? new Erreur("dossiers.date.anterieure", "date", Dates.FormaterIso(date),
                $"La date précède le dernier événement du dossier ({Dates.Formater(derniere)}).")
            : null;
}

/// <summary>La commune du foyer est couverte par la carte, et le travailleur social est un travailleur social de son secteur.</summary>
internal static class RegleTravailleurDuSecteur
{
    internal static Erreur? Verifier(CodeCommune commune, TravailleurSocial travailleur, CarteDesSecteurs carte, out Secteur? secteur)
    {
        if (!carte.TryGetSecteur(commune, out secteur))
        {
            return new Erreur("dossiers.commune.hors_carte", "commune", commune.ToString(),
                "La commune du foyer n'est couverte par aucun secteur de la carte : aucun travailleur social de la Caf ne peut suivre le dossier.");
        }

        return secteur.TravailleursSociaux.Contains(travailleur)
            ? null
            : new Erreur("dossiers.travailleur.hors_secteur", "travailleur_social", travailleur.Identifiant,
                $"Le dossier est suivi par un travailleur social du secteur du foyer (secteur « {secteur.Nom} »).");
    }
}

/// <summary>Une seule offre d'accompagnement par dossier.</summary>
internal static class RegleOffreUnique
{
    internal static Erreur? Verifier(OffreDAccompagnement? offre) =>
        offre is { } o
            ? new Erreur("dossiers.offre.deja_proposee", "offre", Dates.FormaterIso(o.DateProposition), $"Une offre a déjà été proposée le {Dates.Formater(o.DateProposition)}.")
            : null;
}

/// <summary>Une réponse suit une offre proposée qui n'a pas encore de réponse.</summary>
internal static class RegleOffreEnAttente
{
    internal static Erreur? Verifier(OffreDAccompagnement? offre) =>
        offre is null
            ? new Erreur("dossiers.offre.absente", "offre", null, "Aucune offre d'accompagnement n'a été proposée.")
            : offre.Reponse is { } r
                ? new Erreur("dossiers.offre.deja_repondue", "reponse", r.Code, $"L'offre a déjà reçu une réponse ({r.Libelle}).")
                : null;
}

/// <summary>Aucun rendez-vous ne se fixe après une offre refusée ou restée sans réponse : le foyer est libre de refuser.</summary>
internal static class RegleOffreNonDeclinee
{
    internal static Erreur? Verifier(OffreDAccompagnement? offre) =>
        offre?.Reponse is { } r && r != ReponseALOffre.Acceptee
            ? new Erreur("dossiers.offre.declinee", "reponse", r.Code, $"L'offre est « {r.Libelle} » : aucun rendez-vous ne peut être fixé ; clore le dossier.")
            : null;
}

/// <summary>Au plus un rendez-vous à venir à la fois ; la date prévue ne précède pas la convocation.</summary>
internal static class RegleConvocation
{
    internal static IEnumerable<Erreur> Verifier(ImmutableArray<RendezVousDuDossier> rendezVous, LocalDate convocation, LocalDate prevue)
    {
        if (rendezVous.FirstOrDefault(r => r.EstAVenir) is { } aVenir)
        {
            yield return new Erreur("dossiers.rendez_vous.deja_prevu", "rendez_vous", aVenir.Numero.ToString(CultureInfo.InvariantCulture),
                $"Le rendez-vous n° {aVenir.Numero} du {Dates.Formater(aVenir.DatePrevue)} est à venir : constater son issue d'abord.");
        }

        if (prevue < convocation)
        {
            yield return new Erreur("dossiers.rendez_vous.date_prevue", "date_prevue", Dates.FormaterIso(prevue),
                $"La date prévue précède la convocation ({Dates.Formater(convocation)}).");
        }
    }
}

/// <summary>Un rappel ou un constat porte sur un rendez-vous du dossier encore à venir.</summary>
internal static class RegleRendezVousAVenir
{
    internal static Erreur? Verifier(ImmutableArray<RendezVousDuDossier> rendezVous, int numero) =>
        numero < 1 || numero > rendezVous.Length
            ? new Erreur("dossiers.rendez_vous.inconnu", "rendez_vous", numero.ToString(CultureInfo.InvariantCulture), "Aucun rendez-vous de ce numéro dans le dossier.")
            : rendezVous[numero - 1].Issue is { } issue
                ? new Erreur("dossiers.rendez_vous.constate", "rendez_vous", numero.ToString(CultureInfo.InvariantCulture), $"L'issue de ce rendez-vous est déjà constatée ({issue.Libelle}).")
                : null;
}

/// <summary>Un rappel s'envoie au plus tard le jour du rendez-vous.</summary>
internal static class RegleRappelAvantRendezVous
{
    internal static Erreur? Verifier(RendezVousDuDossier rendezVous, LocalDate date) =>
        date > rendezVous.DatePrevue
            ? new Erreur("dossiers.rappel.apres_rendez_vous", "date", Dates.FormaterIso(date), $"Le rendez-vous était prévu le {Dates.Formater(rendezVous.DatePrevue)} : un rappel le précède.")
            : null;
}

/// <summary>Un rendez-vous n'est tenu ou non honoré qu'à partir de sa date prévue ; une annulation la précède ou l'accompagne.</summary>
internal static class RegleConstatSelonLaDate
{
    internal static Erreur? Verifier(RendezVousDuDossier rendezVous, LocalDate date, IssueDuRendezVous issue) =>
        issue != IssueDuRendezVous.Annule && date < rendezVous.DatePrevue
            ? new Erreur("dossiers.rendez_vous.avant_date", "date", Dates.FormaterIso(date), $"Le rendez-vous est prévu le {Dates.Formater(rendezVous.DatePrevue)} : il ne peut être tenu ou manqué avant.")
            : issue == IssueDuRendezVous.Annule && date > rendezVous.DatePrevue
                ? new Erreur("dossiers.rendez_vous.annulation_tardive", "date", Dates.FormaterIso(date), $"Le rendez-vous du {Dates.Formater(rendezVous.DatePrevue)} est passé : constater qu'il a été tenu ou non honoré.")
                : null;
}

/// <summary>Le diagnostic suit un rendez-vous tenu, une seule fois, et repère au moins un domaine.</summary>
internal static class RegleDiagnostic
{
    internal static IEnumerable<Erreur> Verifier(DossierDAccompagnement dossier, ImmutableArray<DomaineEngagement> domaines)
    {
        if (dossier.Diagnostic is { } d)
        {
            yield return new Erreur("dossiers.diagnostic.deja_etabli", "diagnostic", Dates.FormaterIso(d.Date), $"Le diagnostic a été établi le {Dates.Formater(d.Date)}.");
        }

        if (!dossier.RendezVous.Any(r => r.Issue == IssueDuRendezVous.Tenu))
        {
            yield return new Erreur("dossiers.diagnostic.sans_rendez_vous", "rendez_vous", null, "Le diagnostic s'établit avec le foyer : il suit un rendez-vous tenu.");
        }

        if (domaines.IsEmpty)
        {
            yield return new Erreur("dossiers.diagnostic.sans_domaine", "domaines", null, "Le diagnostic repère au moins un domaine.");
        }
    }
}

/// <summary>Jamais deux plans ouverts : un plan s'ouvre après le diagnostic, quand aucun autre n'est ouvert.</summary>
internal static class RegleUnSeulPlanOuvert
{
    internal static Erreur? Verifier(DossierDAccompagnement dossier) =>
        dossier.PlanOuvert is { } p
            ? new Erreur("dossiers.plan.deja_ouvert", "plan", p.Numero.ToString(CultureInfo.InvariantCulture), $"Le plan n° {p.Numero} est ouvert : le clore avant d'en ouvrir un autre.")
            : dossier.Diagnostic is null
                ? new Erreur("dossiers.plan.sans_diagnostic", "diagnostic", null, "Un plan d'accompagnement suit le diagnostic social.")
                : null;
}

/// <summary>Un plan a au moins un objectif ; chacun a un libellé, une échéance qui ne précède pas l'ouverture, et un domaine du diagnostic.</summary>
internal static class RegleObjectifs
{
    internal const int LongueurMaximaleDuLibelle = 200;

    internal static IEnumerable<Erreur> Verifier(ImmutableArray<ObjectifPrevu> objectifs, LocalDate date, DiagnosticSocial? diagnostic)
    {
        if (objectifs.IsEmpty)
        {
            yield return new Erreur("dossiers.plan.sans_objectif", "objectifs", null, "Un plan d'accompagnement a au moins un objectif.");
        }

        for (var i = 0; i < objectifs.Length; i++)
        {
            var o = objectifs[i];
            var champ = FormattableString.Invariant($"objectifs[{i}]");
            if (string.IsNullOrWhiteSpace(o.Libelle) || o.Libelle.Length > LongueurMaximaleDuLibelle)
            {
                yield return new Erreur("dossiers.objectif.libelle", champ, null, $"Un objectif a un libellé de 1 à {LongueurMaximaleDuLibelle} caractères.");
            }

            if (o.Echeance < date)
            {
                yield return new Erreur("dossiers.objectif.echeance", champ, Dates.FormaterIso(o.Echeance), $"L'échéance précède l'ouverture du plan ({Dates.Formater(date)}).");
            }

            if (diagnostic is not null && !diagnostic.Domaines.Contains(o.Domaine))
            {
                yield return new Erreur("dossiers.objectif.domaine", champ, o.Domaine.Code, "Le domaine de l'objectif n'a pas été repéré par le diagnostic.");
            }
        }
    }
}

/// <summary>Un objectif évalué appartient au plan ouvert et n'a pas encore de résultat.</summary>
internal static class RegleObjectifAEvaluer
{
    internal static Erreur? Verifier(PlanDAccompagnement? plan, int index) =>
        plan is null
            ? new Erreur("dossiers.plan.aucun_ouvert", "plan", null, "Aucun plan d'accompagnement n'est ouvert.")
            : index < 0 || index >= plan.Objectifs.Length
                ? new Erreur("dossiers.objectif.inconnu", "objectif", index.ToString(CultureInfo.InvariantCulture), $"Le plan n° {plan.Numero} a {plan.Objectifs.Length} objectif(s).")
                : plan.Objectifs[index].Resultat is { } r
                    ? new Erreur("dossiers.objectif.deja_evalue", "objectif", index.ToString(CultureInfo.InvariantCulture), $"L'objectif est déjà évalué ({r.Libelle}).")
                    : null;
}

/// <summary>Un plan se clôt quand tous ses objectifs sont évalués.</summary>
internal static class RegleObjectifsEvalues
{
    internal static Erreur? Verifier(PlanDAccompagnement? plan) =>
        plan is null
            ? new Erreur("dossiers.plan.aucun_ouvert", "plan", null, "Aucun plan d'accompagnement n'est ouvert.")
            : plan.Objectifs.Count(o => o.Resultat is null) is var n and > 0
                ? new Erreur("dossiers.plan.objectifs_en_cours", "plan", plan.Numero.ToString(CultureInfo.InvariantCulture), $"{n} objectif(s) du plan n'ont pas de résultat.")
                : null;
}

/// <summary>
/// Une demande d'aide se rattache par son identifiant (1 à 40 caractères parmi les lettres ASCII, les chiffres, <c>-</c>,
/// <c>_</c>, <c>.</c>), une seule fois.
/// </summary>
internal static class RegleReferenceDAide
{
    internal const int LongueurMaximale = 40;

    internal static bool EstValide(string? identifiant) =>
        identifiant is { Length: > 0 and <= LongueurMaximale } && identifiant.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    internal static Erreur? Verifier(ImmutableArray<string> aides, string? identifiant) =>
        !EstValide(identifiant)
            ? new Erreur("dossiers.aide.identifiant", "aide", string.IsNullOrWhiteSpace(identifiant) ? null : Erreur.ValeurMasquee,
                $"L'identifiant d'une demande d'aide a 1 à {LongueurMaximale} caractères : lettres sans accent, chiffres, « - », « _ » ou « . ».")
            : aides.Contains(identifiant!)
                ? new Erreur("dossiers.aide.deja_rattachee", "aide", identifiant, "Cette demande d'aide est déjà rattachée au dossier.")
                : null;
}

/// <summary>Un contrat se rattache par son numéro dans le parcours (au moins 1), une seule fois.</summary>
internal static class RegleReferenceDeContrat
{
    internal static Erreur? Verifier(ImmutableArray<int> contrats, int numero) =>
        numero < 1
            ? new Erreur("dossiers.contrat.numero", "contrat", numero.ToString(CultureInfo.InvariantCulture), "Le numéro d'un contrat est au moins 1.")
            : contrats.Contains(numero)
                ? new Erreur("dossiers.contrat.deja_rattache", "contrat", numero.ToString(CultureInfo.InvariantCulture), "Ce contrat est déjà rattaché au dossier.")
                : null;
}

/// <summary>Un déménagement change de commune ; vers un autre secteur, il désigne un travailleur social de ce secteur.</summary>
internal static class RegleDemenagement
{
    internal static Erreur? Verifier(CodeCommune actuelle, CodeCommune nouvelle) =>
        actuelle == nouvelle
            ? new Erreur("dossiers.demenagement.meme_commune", "commune", nouvelle.ToString(), "Le foyer réside déjà dans cette commune.")
            : null;

    internal static Erreur TravailleurAbsent(Secteur secteur) =>
        new("dossiers.demenagement.travailleur_absent", "travailleur_social", null,
            $"La nouvelle commune relève du secteur « {secteur.Nom} » : le dossier est transféré à un travailleur social de ce secteur, à désigner.");
}

/// <summary>Une clôture « objectifs atteints » suit au moins un objectif atteint, sans plan encore ouvert.</summary>
internal static class RegleClotureObjectifsAtteints
{
    internal static Erreur? Verifier(DossierDAccompagnement dossier, MotifDeCloture motif) =>
        motif != MotifDeCloture.ObjectifsAtteints
            ? null
            : dossier.PlanOuvert is not null
                ? new Erreur("dossiers.cloture.plan_ouvert", "motif", motif.Code, "Un plan est ouvert : évaluer ses objectifs et le clore avant de clore le dossier pour objectifs atteints.")
                : !dossier.Plans.Any(p => p.Objectifs.Any(o => o.Resultat == ResultatDObjectif.Atteint))
                    ? new Erreur("dossiers.cloture.aucun_objectif_atteint", "motif", motif.Code, "Aucun objectif d'un plan n'est atteint.")
                    : null;
}
