using System.Text.Json;
using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Dossiers;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Json;

/// <summary>
/// Lecture et écriture de l'instantané d'un <see cref="DossierDAccompagnement"/> au format d'échange JSON (schéma
/// versionné, <c>docs/json.md</c>) : le numéro allocataire et l'historique des événements, rejoué à la lecture par les
/// commandes du dossier (<see cref="DossierDAccompagnement.Rejouer"/>), qui vérifient toutes leurs règles.
/// </summary>
public static class DossiersJson
{
    private const string Ouverture = "OUVERTURE";
    private const string Offre = "OFFRE";
    private const string Reponse = "REPONSE";
    private const string Convocation = "CONVOCATION";
    private const string Rappel = "RAPPEL";
    private const string Constat = "CONSTAT";
    private const string Diagnostic = "DIAGNOSTIC";
    private const string Plan = "PLAN";
    private const string Evaluation = "EVALUATION";
    private const string CloturePlan = "CLOTURE_PLAN";
    private const string Aide = "AIDE";
    private const string Contrat = "CONTRAT";
    private const string ChangementDeCommune = "CHANGEMENT_DE_COMMUNE";
    private const string Transfert = "TRANSFERT";
    private const string Cloture = "CLOTURE";

    /// <summary>Écrit l'instantané d'un dossier (schéma version 1).</summary>
    /// <param name="dossier">Le dossier.</param>
    /// <returns>Le texte JSON.</returns>
    public static string Ecrire(DossierDAccompagnement dossier) =>
        JsonSerializer.Serialize(ToDocument(dossier), CafJsonContext.Default.DossierDAccompagnementDocument);

    /// <summary>Lit l'instantané d'un dossier ; ne lève jamais d'exception pour un texte mal formé.</summary>
    /// <param name="json">Le texte JSON.</param>
    /// <param name="carte">La carte des secteurs (ouverture et déménagements sont rejoués sur elle).</param>
    /// <returns>Le dossier, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<DossierDAccompagnement> Lire(string json, CarteDesSecteurs carte)
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckNotNull(carte);
        return LecteurDeDocument.Deserialiser(json, CafJsonContext.Default.DossierDAccompagnementDocument).Bind(d => FromDocument(d, carte));
    }

    /// <summary>Convertit un dossier en objet de transfert.</summary>
    /// <param name="dossier">Le dossier.</param>
    /// <returns>L'objet de transfert.</returns>
    public static DossierDAccompagnementDocument ToDocument(DossierDAccompagnement dossier)
    {
        Preconditions.CheckNotNull(dossier);
        return new DossierDAccompagnementDocument
        {
            NumeroAllocataire = dossier.Numero.EnClair,
            Evenements = [.. dossier.Historique.Select(VersDocument)],
        };
    }

    /// <summary>Vérifie un objet de transfert et restaure le dossier en rejouant son historique ; chaque erreur porte son chemin JSON.</summary>
    /// <param name="document">L'objet de transfert.</param>
    /// <param name="carte">La carte des secteurs.</param>
    /// <returns>Le dossier, ou les erreurs : valeurs mal formées ou codes inconnus (au chemin du champ), <c>json.version</c>,
    /// <c>dossier.evenement.type</c>, <c>dossiers.rejeu.incoherent</c> (secteur écrit différent de la carte, numéro de rendez-vous ou de plan inattendu) et les règles
    /// des commandes (<c>dossiers.*</c>, au chemin de l'événement refusé).</returns>
    public static Resultat<DossierDAccompagnement> FromDocument(DossierDAccompagnementDocument document, CarteDesSecteurs carte)
    {
        Preconditions.CheckNotNull(document);
        Preconditions.CheckNotNull(carte);
        if (LecteurDeDocument.VerifierVersion(document.Version, DossierDAccompagnementDocument.VersionActuelle) is { } version)
        {
            return Resultat<DossierDAccompagnement>.Echec(version);
        }

        if (LecteurDeDocument.Absents(document, CafJsonContext.Default.DossierDAccompagnementDocument) is { } absents)
        {
            return Resultat<DossierDAccompagnement>.Echec(absents);
        }

        var l = new LecteurDeDocument();
        var numero = l.Numero(document.NumeroAllocataire, "$.numeroAllocataire");
        if (numero is null)
        {
            return Resultat<DossierDAccompagnement>.Echec(l.Erreurs);
        }

        var evenements = new List<EvenementDossier>();
        for (var i = 0; i < document.Evenements.Count; i++)
        {
            if (Lire(l, document.Evenements[i], $"$.evenements[{i}]", numero.Value) is { } e)
            {
                evenements.Add(e);
            }
        }

        if (l.EnErreur)
        {
            return Resultat<DossierDAccompagnement>.Echec(l.Erreurs);
        }

        var rejoue = DossierDAccompagnement.Rejouer(evenements, carte);
        return rejoue.Reussi
            ? rejoue
            : Resultat<DossierDAccompagnement>.Echec(rejoue.Erreurs.Select(e => e.Champ.StartsWith("evenements", StringComparison.Ordinal) ? e.AuChemin("$." + e.Champ) : e.AuChemin("$.evenements")));
    }

    private static EvenementDeDossierDocument VersDocument(EvenementDossier evenement)
    {
        var d = new EvenementDeDossierDocument { Date = LectureJson.Iso(evenement.Date) };
        switch (evenement)
        {
            case DossierOuvert o:
                d.Type = Ouverture;
                d.Commune = o.Commune.ToString();
                d.Secteur = o.Secteur;
                d.TravailleurSocial = o.TravailleurSocial.Identifiant;
                d.Origine = o.Origine.Sorte.Code;
                d.Cible = o.Origine.CodeCible;
                d.IssueDuContact = o.Origine.IssueDuContact?.Code;
                d.Partenaire = o.Origine.Partenaire;
                d.Motif = o.Motif.Code;
                break;
            case OffreProposee:
                d.Type = Offre;
                break;
            case OffreRepondue r:
                d.Type = Reponse;
                d.Reponse = r.Reponse.Code;
                break;
            case RendezVousFixe f:
                d.Type = Convocation;
                d.RendezVous = f.NumeroRendezVous;
                d.DatePrevue = LectureJson.Iso(f.DatePrevue);
                d.Canal = f.Canal.Code;
                break;
            case RappelEnvoye r:
                d.Type = Rappel;
                d.RendezVous = r.NumeroRendezVous;
                break;
            case RendezVousConstate c:
                d.Type = Constat;
                d.RendezVous = c.NumeroRendezVous;
                d.Issue = c.Issue.Code;
                break;
            case DiagnosticEtabli g:
                d.Type = Diagnostic;
                d.Domaines = [.. g.Domaines.Select(x => x.Code)];
                break;
            case PlanOuvert p:
                d.Type = Plan;
                d.Plan = p.NumeroPlan;
                d.Objectifs = [.. p.Objectifs.Select(o => new ObjectifDocument { Domaine = o.Domaine.Code, Libelle = o.Libelle, Echeance = LectureJson.Iso(o.Echeance) })];
                break;
            case ObjectifEvalue v:
                d.Type = Evaluation;
                d.Plan = v.NumeroPlan;
                d.Objectif = v.IndexObjectif;
                d.Resultat = v.Resultat.Code;
                break;
            case PlanClos p:
                d.Type = CloturePlan;
                d.Plan = p.NumeroPlan;
                break;
            case AideRattachee a:
                d.Type = Aide;
                d.Aide = a.Identifiant;
                break;
            case ContratRattache c:
                d.Type = Contrat;
                d.Contrat = c.NumeroContrat;
                break;
            case CommuneChangee c:
                d.Type = ChangementDeCommune;
                d.Commune = c.Commune.ToString();
                break;
            case DossierTransfere t:
                d.Type = Transfert;
                d.Commune = t.Commune.ToString();
                d.Secteur = t.Secteur;
                d.TravailleurSocial = t.TravailleurSocial.Identifiant;
                d.SecteurPrecedent = t.SecteurPrecedent;
                d.TravailleurPrecedent = t.TravailleurPrecedent.Identifiant;
                break;
            case DossierClos c:
                d.Type = Cloture;
                d.Motif = c.Motif.Code;
                break;
            default:
                throw new InvalidOperationException("Événement de dossier inconnu.");
        }

        return d;
    }

    private static EvenementDossier? Lire(LecteurDeDocument l, EvenementDeDossierDocument? e, string chemin, NumeroAllocataire n)
    {
        if (!l.Present(e, chemin))
        {
            return null;
        }

        var avant = l.Erreurs.Count;
        var date = l.Date(e!.Date, $"{chemin}.date");
        EvenementDossier? lu = e.Type switch
        {
            Ouverture => LireOuverture(l, e, chemin, n, date),
            Offre => date is { } d ? new OffreProposee(n, d) : null,
            Reponse => l.Code<ReponseALOffre>(e.Reponse, $"{chemin}.reponse") is { } r && date is { } d ? new OffreRepondue(n, d, r) : null,
            Convocation => Entier(l, e.RendezVous, $"{chemin}.rendezVous") is { } rv && l.Date(e.DatePrevue, $"{chemin}.datePrevue") is { } prevue
                && l.Code<CanalDeRendezVous>(e.Canal, $"{chemin}.canal") is { } canal && date is { } d
                ? new RendezVousFixe(n, d, rv, prevue, canal) : null,
            Rappel => Entier(l, e.RendezVous, $"{chemin}.rendezVous") is { } rv && date is { } d ? new RappelEnvoye(n, d, rv) : null,
            Constat => Entier(l, e.RendezVous, $"{chemin}.rendezVous") is { } rv && l.Code<IssueDuRendezVous>(e.Issue, $"{chemin}.issue") is { } issue && date is { } d
                ? new RendezVousConstate(n, d, rv, issue) : null,
            Diagnostic => LireDomaines(l, e.Domaines, $"{chemin}.domaines") is { } domaines && date is { } d ? new DiagnosticEtabli(n, d, [.. domaines]) : null,
            Plan => Entier(l, e.Plan, $"{chemin}.plan") is { } p && LireObjectifs(l, e.Objectifs, $"{chemin}.objectifs") is { } objectifs && date is { } d
                ? new PlanOuvert(n, d, p, [.. objectifs]) : null,
            Evaluation => Entier(l, e.Plan, $"{chemin}.plan") is { } p && Entier(l, e.Objectif, $"{chemin}.objectif") is { } o
                && l.Code<ResultatDObjectif>(e.Resultat, $"{chemin}.resultat") is { } res && date is { } d
                ? new ObjectifEvalue(n, d, p, o, res) : null,
            CloturePlan => Entier(l, e.Plan, $"{chemin}.plan") is { } p && date is { } d ? new PlanClos(n, d, p) : null,
            Aide => l.Texte(e.Aide, $"{chemin}.aide") is { } a && date is { } d ? new AideRattachee(n, d, a) : null,
            Contrat => Entier(l, e.Contrat, $"{chemin}.contrat") is { } c && date is { } d ? new ContratRattache(n, d, c) : null,
            ChangementDeCommune => l.Commune(e.Commune, $"{chemin}.commune") is { } c && date is { } d ? new CommuneChangee(n, d, c) : null,
            Transfert => LireTransfert(l, e, chemin, n, date),
            Cloture => l.Code<MotifDeCloture>(e.Motif, $"{chemin}.motif") is { } m && date is { } d ? new DossierClos(n, d, m) : null,
            _ => Inconnu(l, e.Type, chemin),
        };
        return l.Erreurs.Count > avant ? null : lu;
    }

    private static DossierOuvert? LireOuverture(LecteurDeDocument l, EvenementDeDossierDocument e, string chemin, NumeroAllocataire n, LocalDate? date)
    {
        var commune = l.Commune(e.Commune, $"{chemin}.commune");
        var secteur = l.Texte(e.Secteur, $"{chemin}.secteur");
        var travailleur = l.Objet(TravailleurSocial.Create(e.TravailleurSocial), $"{chemin}.travailleurSocial");
        var sorte = l.Code<SorteDOrigine>(e.Origine, $"{chemin}.origine");
        var motif = l.Code<Motif>(e.Motif, $"{chemin}.motif");
        if (sorte is null || date is null)
        {
            return null;
        }

        var origine = sorte == SorteDOrigine.Cible ? l.Objet(OrigineDuDossier.DUneCible(e.Cible, date.Value), $"{chemin}.cible")
            : sorte == SorteDOrigine.Contact ? l.Code<IssueDuContact>(e.IssueDuContact, $"{chemin}.issueDuContact") is { } issue
                ? l.Objet(OrigineDuDossier.DUnContact(issue, date.Value), $"{chemin}.issueDuContact") : null
            : sorte == SorteDOrigine.Partenaire ? l.Objet(OrigineDuDossier.DUnPartenaire(e.Partenaire, date.Value), $"{chemin}.partenaire")
            : OrigineDuDossier.DUneDemande(date.Value);
        return commune is { } c && secteur is not null && travailleur is not null && origine is not null && motif is not null
            ? new DossierOuvert(n, date.Value, c, secteur, travailleur, origine, motif)
            : null;
    }

    private static DossierTransfere? LireTransfert(LecteurDeDocument l, EvenementDeDossierDocument e, string chemin, NumeroAllocataire n, LocalDate? date)
    {
        var commune = l.Commune(e.Commune, $"{chemin}.commune");
        var secteur = l.Texte(e.Secteur, $"{chemin}.secteur");
        var travailleur = l.Objet(TravailleurSocial.Create(e.TravailleurSocial), $"{chemin}.travailleurSocial");
        var precedent = l.Texte(e.SecteurPrecedent, $"{chemin}.secteurPrecedent");
        var travailleurPrecedent = l.Objet(TravailleurSocial.Create(e.TravailleurPrecedent), $"{chemin}.travailleurPrecedent");
        return commune is { } c && secteur is not null && travailleur is not null && precedent is not null && travailleurPrecedent is not null && date is { } d
            ? new DossierTransfere(n, d, c, secteur, travailleur, precedent, travailleurPrecedent)
            : null;
    }

    private static List<DomaineEngagement>? LireDomaines(LecteurDeDocument l, List<string>? codes, string chemin)
    {
        if (codes is null)
        {
            l.Ajouter("json.absent", chemin, null, "Valeur obligatoire absente.");
            return null;
        }

        var domaines = codes.Select((c, i) => l.Code<DomaineEngagement>(c, $"{chemin}[{i}]")).ToList();
        return domaines.Contains(null) ? null : [.. domaines.OfType<DomaineEngagement>()];
    }

    private static List<ObjectifPrevu>? LireObjectifs(LecteurDeDocument l, List<ObjectifDocument>? objectifs, string chemin)
    {
        if (objectifs is null)
        {
            l.Ajouter("json.absent", chemin, null, "Valeur obligatoire absente.");
            return null;
        }

        var liste = new List<ObjectifPrevu>();
        for (var i = 0; i < objectifs.Count; i++)
        {
            var c = $"{chemin}[{i}]";
            if (!l.Present(objectifs[i], c))
            {
                continue;
            }

            var o = objectifs[i];
            var domaine = l.Code<DomaineEngagement>(o.Domaine, $"{c}.domaine");
            var libelle = l.TexteNonNul(o.Libelle, $"{c}.libelle");
            var echeance = l.Date(o.Echeance, $"{c}.echeance");
            if (domaine is not null && libelle is not null && echeance is { } d)
            {
                liste.Add(new ObjectifPrevu(domaine, libelle, d));
            }
        }

        return liste.Count == objectifs.Count ? liste : null;
    }

    private static int? Entier(LecteurDeDocument l, int? valeur, string chemin)
    {
        if (valeur is null)
        {
            l.Ajouter("json.absent", chemin, null, "Valeur obligatoire absente.");
        }

        return valeur;
    }

    private static EvenementDossier? Inconnu(LecteurDeDocument l, string? type, string chemin)
    {
        l.Ajouter("dossier.evenement.type", $"{chemin}.type", type,
            "Type d'événement inconnu ; types admis : OUVERTURE, OFFRE, REPONSE, CONVOCATION, RAPPEL, CONSTAT, DIAGNOSTIC, PLAN, EVALUATION, CLOTURE_PLAN, AIDE, CONTRAT, CHANGEMENT_DE_COMMUNE, TRANSFERT, CLOTURE.");
        return null;
    }
}
