using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Droits;

/// <summary>
/// Planifie une campagne de contacts proactifs : détecte les signaux de chaque foyer, fusionne les motifs en un seul
/// contact par foyer, écarte les foyers dans la fenêtre sans nouvel appel ou qui ont refusé, oriente chaque contact vers
/// le bon intervenant et le bon canal, puis le place dans la file de l'intervenant par ordre de priorité, dans la limite
/// de sa capacité journalière.
/// </summary>
/// <remarks>
/// <para>Priorité : gravité la plus haute du foyer (rupture consommée &gt; suspension &gt; rupture imminente &gt;
/// fragilité &gt; accueil physique), puis échéance la plus proche, puis numéro allocataire (ordre stable).</para>
/// <para>Orientation : l'intervenant du motif le plus grave ; un motif de fragilité va au travailleur social du secteur
/// du foyer, à défaut de secteur ou de travailleur social en poste à la plateforme de la Caf. Canal : téléphone si un numéro est connu, courrier sinon.</para>
/// <para>Dates prévues : jours ouvrés du calendrier de la politique (<see cref="PolitiqueDeCampagne.Calendrier"/> : du
/// lundi au vendredi, hors jours fériés et jours de fermeture) à partir de la date de référence. Échéance : date de
/// référence + délai de contact (en jours calendaires), ou date limite d'une pièce si elle est plus proche, ramenée au
/// dernier jour ouvré qui la précède si elle tombe un jour fermé, sans remonter avant la date de référence.</para>
/// <para>Mise à jour incrémentale (<see cref="MettreAJour"/>) : seuls les foyers modifiés et ceux dont la détection
/// arrive à révision sont réévalués ; le résultat est celui d'une planification complète, et l'historique est conservé.</para>
/// </remarks>
public sealed class PlanificateurDeCampagne
{
    private readonly DetecteurDeRuptures _detecteur;
    private readonly IAffectationTerritoriale _affectation;

    /// <summary>Crée un planificateur.</summary>
    /// <param name="detecteur">Le détecteur (publics et politique).</param>
    /// <param name="affectation">Le secteur et le travailleur social de chaque commune.</param>
    public PlanificateurDeCampagne(DetecteurDeRuptures detecteur, IAffectationTerritoriale affectation)
    {
        _detecteur = Preconditions.CheckNotNull(detecteur);
        _affectation = Preconditions.CheckNotNull(affectation);
    }

    /// <summary>La politique de campagne.</summary>
    public PolitiqueDeCampagne Politique => _detecteur.Politique;

    /// <summary>Planifie une campagne complète sur une population, sans historique.</summary>
    /// <param name="foyers">Les foyers (numéros distincts).</param>
    /// <param name="reference">La date de référence.</param>
    /// <returns>La campagne, ou l'erreur <c>campagne.foyer.doublon</c> pour chaque foyer dont le numéro allocataire est
    /// celui d'un foyer précédent (l'erreur cite les rangs des deux foyers, jamais le numéro), ou
    /// <c>campagne.reference.calendrier</c> (champ <c>reference</c>, date ISO) quand une échéance ou une date prévue
    /// tomberait après le 31/12/9999.</returns>
    /// <exception cref="ArgumentNullException">La liste ou un foyer est nul.</exception>
    public Resultat<Campagne> Planifier(IEnumerable<Foyer> foyers, LocalDate reference) =>
        Planifier(foyers, reference, ImmutableDictionary<NumeroAllocataire, ImmutableList<Appel>>.Empty);

    /// <summary>Planifie une campagne complète sur une population, en gardant l'historique d'une campagne précédente.</summary>
    /// <param name="foyers">Les foyers (numéros distincts).</param>
    /// <param name="reference">La date de référence.</param>
    /// <param name="precedente">La campagne précédente, dont l'historique est repris.</param>
    /// <returns>La campagne, ou l'erreur <c>campagne.foyer.doublon</c> pour chaque foyer dont le numéro allocataire est
    /// celui d'un foyer précédent, ou <c>campagne.reference.calendrier</c> quand une échéance ou une date prévue tomberait
    /// après le 31/12/9999.</returns>
    /// <exception cref="ArgumentNullException">La liste, un foyer ou la campagne précédente est nul.</exception>
    public Resultat<Campagne> Planifier(IEnumerable<Foyer> foyers, LocalDate reference, Campagne precedente) =>
        Planifier(foyers, reference, Preconditions.CheckNotNull(precedente).Historique);

    /// <summary>
    /// Met à jour une campagne à partir d'un flux de changements : foyers nouveaux ou modifiés, foyers retirés. Seuls
    /// ces foyers, et ceux dont la détection arrive à révision à la nouvelle date, sont réévalués ; les issues
    /// enregistrées sont conservées.
    /// </summary>
    /// <param name="precedente">La campagne précédente.</param>
    /// <param name="modifies">Les foyers nouveaux ou modifiés (le dernier l'emporte pour un même numéro).</param>
    /// <param name="retires">Les numéros des foyers retirés de la population.</param>
    /// <param name="reference">La nouvelle date de référence (pas avant celle de la campagne précédente).</param>
    /// <returns>La campagne mise à jour, identique à une planification complète sur la population à jour.</returns>
    /// <exception cref="ArgumentException">La date précède celle de la campagne précédente.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Une date prévue ou une échéance tomberait après le 31/12/9999
    /// (<c>campagne.reference.calendrier</c> : <see cref="Planifier(IEnumerable{Foyer}, LocalDate, Campagne)"/> la rend
    /// en erreur).</exception>
    public Campagne MettreAJour(Campagne precedente, IEnumerable<Foyer> modifies, IEnumerable<NumeroAllocataire> retires, LocalDate reference)
    {
        Preconditions.CheckNotNull(precedente);
        Preconditions.CheckNotNull(modifies);
        Preconditions.CheckNotNull(retires);
        Preconditions.CheckArgument(reference >= precedente.Reference, nameof(reference), "Une mise à jour ne remonte pas le temps.");
        var detections = precedente.Detections.ToBuilder();
        foreach (var n in retires)
        {
            detections.Remove(n);
        }

        var vus = new HashSet<NumeroAllocataire>();
        foreach (var f in modifies)
        {
            Preconditions.CheckNotNull(f);
            detections[f.Numero] = _detecteur.Detecter(f, reference);
            vus.Add(f.Numero);
        }

        foreach (var (numero, d) in precedente.Detections)
        {
            if (!vus.Contains(numero) && detections.ContainsKey(numero) && d.ProchaineRevision is { } r && r <= reference)
            {
                detections[numero] = _detecteur.Detecter(d.Foyer, reference);
                vus.Add(numero);
            }
        }

        var campagne = Construire(detections.ToImmutable(), precedente.Historique, reference, vus.Count);
        return campagne.TryGetValue(out var c)
            ? c
            : throw new ArgumentOutOfRangeException(nameof(reference), Dates.FormaterIso(reference), campagne.AsT1[0].Message);
    }

    private Resultat<Campagne> Planifier(IEnumerable<Foyer> foyers, LocalDate reference, ImmutableDictionary<NumeroAllocataire, ImmutableList<Appel>> historique)
    {
        var liste = Preconditions.CheckNotNull(foyers) as IReadOnlyList<Foyer> ?? [.. foyers];
        var rangs = new Dictionary<NumeroAllocataire, int>();
        List<Erreur>? doublons = null;
        var rang = 0;
        foreach (var f in liste)
        {
            Preconditions.CheckNotNull(f);
            rang++;
            if (!rangs.TryAdd(f.Numero, rang))
            {
                (doublons ??= []).Add(new Erreur(
                    "campagne.foyer.doublon",
                    "foyers",
                    null,
                    string.Create(CultureInfo.InvariantCulture, $"Le foyer n° {rang} a le même numéro allocataire que le foyer n° {rangs[f.Numero]} : un foyer par numéro."),
                    chemin: string.Create(CultureInfo.InvariantCulture, $"$[{rang - 1}]")));
            }
        }

        if (doublons is not null)
        {
            return Resultat<Campagne>.Echec(doublons.Count > Erreurs.MaximumParImport ? doublons.Take(Erreurs.MaximumParImport) : doublons);
        }

        var detections = ImmutableDictionary.CreateBuilder<NumeroAllocataire, DetectionFoyer>();
        foreach (var f in liste)
        {
            detections.Add(f.Numero, _detecteur.Detecter(f, reference));
        }

        return Construire(detections.ToImmutable(), historique, reference, detections.Count);
    }

    private Resultat<Campagne> Construire(
        ImmutableDictionary<NumeroAllocataire, DetectionFoyer> detections,
        ImmutableDictionary<NumeroAllocataire, ImmutableList<Appel>> historique,
        LocalDate reference,
        int reevalues)
    {
        var politique = Politique;
        var candidats = new List<Candidat>();
        var nonPlanifies = new List<FoyerNonPlanifie>();
        var ecartes = 0;
        foreach (var d in detections.Values)
        {
            if (!d.EstSignale)
            {
                continue;
            }

            var appels = historique.GetValueOrDefault(d.Numero);
            if (!EstEligible(appels, politique, reference, out var tentative))
            {
                ecartes++;
                var secteurEcarte = _affectation.TryTrouverSecteur(d.Foyer.Commune, out var s, out _) ? s : Campagne.HorsSecteur;
                nonPlanifies.Add(new FoyerNonPlanifie(d.Numero, secteurEcarte, d.Signaux[0].Gravite, null, null, RaisonDEcartement(appels!, politique)));
                continue;
            }

            if (Orienter(d, reference, tentative) is not { } candidat)
            {
                return Resultat<Campagne>.Echec(HorsCalendrier(reference, string.Create(CultureInfo.InvariantCulture, $"L'échéance de contact (référence + {politique.DelaiDeContactJours} jours)")));
            }

            candidats.Add(candidat);
        }

        // Une fin d'horizon au-delà du calendrier n'arrive jamais : pas de limite.
        var fin = politique.HorizonJours is { } horizon ? reference.PlusJoursOuNull(horizon) : null;
        var joursDansLHorizon = fin is { } f0 ? JoursOuvres(politique.Calendrier, reference, f0) : (int?)null;
        var contacts = ImmutableArray.CreateBuilder<Contact>(candidats.Count);
        var charges = ImmutableArray.CreateBuilder<ChargeDIntervenant>();
        foreach (var file in candidats.GroupBy(c => c.Intervenant.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordonnee = file.OrderBy(c => c, Candidat.OrdreDePriorite).ToList();
            var capacite = ordonnee[0].Intervenant.Type == TypeIntervenant.TravailleurSocial
                ? politique.CapaciteJournaliereTravailleurSocial
                : politique.CapaciteJournaliereCaf;
            if (!politique.Calendrier.TryJourOuvreAPartirDe(reference, out var jour))
            {
                return Resultat<Campagne>.Echec(HorsCalendrier(reference, "Le premier jour ouvré des contacts"));
            }

            int planifies = 0, retard = 0;
            LocalDate? dernier = null;
            for (var i = 0; i < ordonnee.Count; i++)
            {
                if (i > 0 && i % capacite == 0 && (fin is null || jour <= fin) && !politique.Calendrier.TryJourOuvreSuivant(jour, out jour))
                {
                    return Resultat<Campagne>.Echec(HorsCalendrier(reference, string.Create(CultureInfo.InvariantCulture, $"Le jour prévu du contact n° {i + 1} d'une file d'intervenant")));
                }

                if (fin is { } f && jour > f)
                {
                    var c = ordonnee[i];
                    nonPlanifies.Add(new FoyerNonPlanifie(c.Detection.Numero, c.Secteur, c.Detection.Signaux[0].Gravite, c.Intervenant, c.Echeance, RaisonDeNonPlanification.CapaciteDansLHorizon));
                    continue;
                }

                var contact = Finaliser(ordonnee[i], jour, i + 1, capacite, politique);
                contacts.Add(contact);
                planifies++;
                retard += contact.EnRetard ? 1 : 0;
                dernier = jour;
            }

            charges.Add(new ChargeDIntervenant(ordonnee[0].Intervenant, capacite, joursDansLHorizon, ordonnee.Count, planifies, retard, dernier));
        }

        ImmutableArray<FoyerNonPlanifie> tries = [.. nonPlanifies.OrderBy(n => n.Raison.EstUnEcartement ? 1 : 0).ThenBy(n => n.Raison.Code, StringComparer.Ordinal).ThenBy(n => n.Numero)];
        return new Campagne(politique, reference, detections, contacts.ToImmutable(), ecartes, historique, reevalues, fin, tries, charges.ToImmutable());
    }

    private static RaisonDeNonPlanification RaisonDEcartement(ImmutableList<Appel> appels, PolitiqueDeCampagne politique)
    {
        if (appels.Exists(a => a.Issue == IssueDuContact.Refus))
        {
            return RaisonDeNonPlanification.Refus;
        }

        var echecs = 0;
        for (var i = appels.Count - 1; i >= 0 && appels[i].Issue == IssueDuContact.Injoignable; i--)
        {
            echecs++;
        }

        return echecs > 0 && echecs < politique.TentativesMaximum ? RaisonDeNonPlanification.AttenteNouvelleTentative : RaisonDeNonPlanification.FenetreSansNouvelAppel;
    }

    private static int JoursOuvres(CalendrierOuvre calendrier, LocalDate debut, LocalDate fin)
    {
        var n = 0;
        for (LocalDate? d = debut; d is { } j && j <= fin; d = j.PlusJoursOuNull(1))
        {
            n += calendrier.EstOuvre(j) ? 1 : 0;
        }

        return n;
    }

    internal static bool EstEligible(ImmutableList<Appel>? appels, PolitiqueDeCampagne politique, LocalDate reference, out int tentative)
    {
        tentative = 1;
        if (appels is null || appels.IsEmpty)
        {
            return true;
        }

        if (appels.Exists(a => a.Issue == IssueDuContact.Refus))
        {
            return false;
        }

        var dernier = appels[^1];
        var echecs = 0;
        for (var i = appels.Count - 1; i >= 0 && appels[i].Issue == IssueDuContact.Injoignable; i--)
        {
            echecs++;
        }

        if (echecs > 0 && echecs < politique.TentativesMaximum)
        {
            tentative = echecs + 1;
            // Une date de rappel au-delà du calendrier n'arrive jamais.
            return dernier.Date.PlusJoursOuNull(politique.DelaiNouvelleTentativeJours) is { } rappel && reference >= rappel;
        }

        return dernier.Date.PlusJoursOuNull(politique.FenetreSansNouvelAppelJours) is { } finDeFenetre && reference >= finDeFenetre;
    }

    private static Erreur HorsCalendrier(LocalDate reference, string quoi) =>
        DatesSures.HorsCalendrier("campagne.reference.calendrier", "reference", reference, quoi);

    private Candidat? Orienter(DetectionFoyer d, LocalDate reference, int tentative)
    {
        var principal = d.Signaux[0];
        var aSecteur = _affectation.TryTrouverSecteur(d.Foyer.Commune, out var secteur, out var travailleurSocial);
        var intervenant = principal.Intervenant == TypeIntervenant.TravailleurSocial && travailleurSocial is not null ? travailleurSocial : Intervenant.PlateformeCaf;
        if (reference.PlusJoursOuNull(Politique.DelaiDeContactJours) is not { } echeance)
        {
            return null;
        }

        foreach (var s in d.Signaux)
        {
            if (s.Echeance is { } e && e < echeance)
            {
                echeance = e;
            }
        }

        // Aucun jour ouvré avant l'échéance depuis le début du calendrier : l'échéance reste la date de référence.
        echeance = Politique.Calendrier.TryDernierJourOuvreAuPlusTard(echeance, out var ouvree) && ouvree >= reference ? ouvree : reference;

        return new Candidat(d, aSecteur ? secteur! : Campagne.HorsSecteur, intervenant, d.Foyer.TelephoneConnu ? CanalDeContact.Telephone : CanalDeContact.Courrier, echeance, tentative);
    }

    private static Contact Finaliser(Candidat c, LocalDate jour, int rang, int capacite, PolitiqueDeCampagne politique)
    {
        var signaux = c.Detection.Signaux;
        var donnees = new List<DonneeUtilisee>();
        foreach (var s in signaux)
        {
            donnees.Add(new DonneeUtilisee("Motif de contact", $"{s.Libelle} (gravité : {s.Gravite.Libelle})", "détection des ruptures de droits"));
        }

        donnees.Add(new DonneeUtilisee("Téléphone connu", c.Canal == CanalDeContact.Telephone ? "oui" : "non", ExplicationsDeCampagne.SourceDossier));
        donnees.Add(new DonneeUtilisee("Secteur", c.Secteur, "carte des secteurs des travailleurs sociaux"));
        var parametres = new List<ParametreApplique>
        {
            new("Jours ouvrés", politique.Calendrier.Libelle, null, ExplicationsDeCampagne.ReferencePolitique),
            new("Capacité journalière de l'intervenant", capacite.ToString(CultureInfo.InvariantCulture), null, ExplicationsDeCampagne.ReferencePolitique),
            new("Délai de contact", $"{politique.DelaiDeContactJours} jours", null, ExplicationsDeCampagne.ReferencePolitique),
            new("Fenêtre sans nouvel appel", $"{politique.FenetreSansNouvelAppelJours} jours", null, ExplicationsDeCampagne.ReferencePolitique),
        };
        if (c.Tentative > 1)
        {
            parametres.Add(new("Délai avant une nouvelle tentative", $"{politique.DelaiNouvelleTentativeJours} jours", null, ExplicationsDeCampagne.ReferencePolitique));
        }

        var canal = c.Canal == CanalDeContact.Telephone ? "par téléphone" : "par courrier";
        var explication = new Explication(
            "Contact proactif de la campagne",
            ExplicationsDeCampagne.Contribution,
            donnees,
            parametres,
            [
                $"Fusion de {signaux.Length} motif(s) en un seul contact.",
                $"Priorité : gravité la plus haute ({signaux[0].Gravite.Libelle}), puis échéance ({Dates.Formater(c.Echeance)}), puis numéro de dossier.",
                $"Orientation vers {c.Intervenant.Libelle} : le motif le plus grave relève de l'intervenant « {signaux[0].Intervenant.Libelle} ».",
                $"Canal : {canal} ({(c.Canal == CanalDeContact.Telephone ? "un numéro de téléphone est connu" : "aucun numéro de téléphone connu")}).",
                $"Rang {rang} dans la file de l'intervenant, à raison de {capacite} contacts par jour ouvré : le {Dates.Formater(jour)}.",
                $"Échéance ramenée, s'il y a lieu, au dernier jour ouvré qui la précède : le {Dates.Formater(c.Echeance)}.",
                c.Tentative > 1 ? $"Tentative n° {c.Tentative} après un foyer injoignable." : "Première tentative.",
            ],
            $"Contact {canal} prévu le {Dates.Formater(jour)} par {c.Intervenant.Libelle}, échéance le {Dates.Formater(c.Echeance)}.",
            estSatisfaite: true);
        return new Contact(c.Detection.Numero, c.Secteur, c.Intervenant, c.Canal, signaux, jour, c.Echeance, c.Tentative, explication);
    }

    private sealed record Candidat(DetectionFoyer Detection, string Secteur, Intervenant Intervenant, CanalDeContact Canal, LocalDate Echeance, int Tentative)
    {
        internal static readonly IComparer<Candidat> OrdreDePriorite = Comparer<Candidat>.Create((a, b) =>
        {
            var r = b.Detection.Signaux[0].Gravite.Rang.CompareTo(a.Detection.Signaux[0].Gravite.Rang);
            if (r != 0)
            {
                return r;
            }

            r = a.Echeance.CompareTo(b.Echeance);
            return r != 0 ? r : a.Detection.Numero.CompareTo(b.Detection.Numero);
        });
    }
}
