using System.Collections.Frozen;
using System.Collections.Immutable;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Campagnes;

/// <summary>
/// Une campagne de contacts proactifs à une date de référence : les contacts planifiés (un par foyer signalé et non
/// écarté), l'historique des contacts effectués et leurs issues, les totaux par secteur.
/// </summary>
/// <remarks>
/// <para>Se crée et se met à jour par <see cref="PlanificateurDeCampagne"/>. Immuable : <see cref="Enregistrer"/> rend
/// une nouvelle campagne avec l'événement <see cref="IssueEnregistree"/>, ou la règle enfreinte (état inchangé).</para>
/// <para>Règles d'écartement à la date de référence : jamais après un refus ; après un foyer injoignable, nouvelle
/// tentative au plus tôt <see cref="PolitiqueDeCampagne.DelaiNouvelleTentativeJours"/> jours après, dans la limite de
/// <see cref="PolitiqueDeCampagne.TentativesMaximum"/> tentatives consécutives ; sinon, pas de nouvel appel avant
/// <see cref="PolitiqueDeCampagne.FenetreSansNouvelAppelJours"/> jours après le dernier.</para>
/// </remarks>
public sealed class Campagne
{
    /// <summary>Le secteur des foyers dont la commune n'appartient à aucun secteur.</summary>
    public const string HorsSecteur = "HORS_SECTEUR";

    /// <summary>Le « secteur » du total de la campagne.</summary>
    public const string TousSecteurs = "TOUS";

    private readonly Lazy<FrozenDictionary<NumeroAllocataire, Contact>> _parNumero;

    internal Campagne(
        PolitiqueDeCampagne politique,
        LocalDate reference,
        ImmutableDictionary<NumeroAllocataire, DetectionFoyer> detections,
        ImmutableArray<Contact> contacts,
        int ecartes,
        ImmutableDictionary<NumeroAllocataire, ImmutableList<Appel>> historique,
        int reevalues,
        LocalDate? finDHorizon,
        ImmutableArray<FoyerNonPlanifie> nonPlanifies,
        ImmutableArray<ChargeDIntervenant> charges)
    {
        FinDHorizon = finDHorizon;
        NonPlanifies = nonPlanifies;
        ChargesParIntervenant = charges;
        ContactsEnRetard = contacts.Count(c => c.EnRetard);
        ChargesParSecteur = [.. contacts.Select(c => c.Secteur).Concat(nonPlanifies.Select(n => n.Secteur)).Distinct().Order(StringComparer.Ordinal)
            .Select(s => ChargeDe(s, contacts.Where(c => c.Secteur == s), nonPlanifies.Where(n => n.Secteur == s)))];
        ChargeTotale = ChargeDe(TousSecteurs, contacts, nonPlanifies);
        Politique = politique;
        Reference = reference;
        Detections = detections;
        Contacts = contacts;
        NombreEcartes = ecartes;
        Historique = historique;
        FoyersReevalues = reevalues;
        _parNumero = new(() => Contacts.ToFrozenDictionary(c => c.Numero));
        TotauxParSecteur = [.. contacts.GroupBy(c => c.Secteur, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Totaliser(g.Key, g))];
        Total = Totaliser(TousSecteurs, contacts);
    }

    /// <summary>La politique appliquée.</summary>
    public PolitiqueDeCampagne Politique { get; }

    /// <summary>La date de référence de la planification.</summary>
    public LocalDate Reference { get; }

    /// <summary>Les contacts planifiés, par intervenant puis par date prévue et ordre de priorité.</summary>
    public ImmutableArray<Contact> Contacts { get; }

    /// <summary>Nombre de foyers signalés mais écartés (refus, fenêtre sans nouvel appel, attente d'une nouvelle tentative).</summary>
    public int NombreEcartes { get; }

    /// <summary>Nombre de foyers évalués pour produire cette campagne (tous pour une planification complète ; les seuls foyers modifiés ou à réviser pour une mise à jour).</summary>
    public int FoyersReevalues { get; }

    /// <summary>L'historique des contacts effectués, par foyer, dans l'ordre chronologique ; jamais perdu d'une mise à jour à l'autre.</summary>
    public ImmutableDictionary<NumeroAllocataire, ImmutableList<Appel>> Historique { get; }

    /// <summary>Les totaux par secteur, par code de secteur.</summary>
    public ImmutableArray<TotalSecteur> TotauxParSecteur { get; }

    /// <summary>Le total de la campagne (égal à la somme des secteurs).</summary>
    public TotalSecteur Total { get; }

    /// <summary>La fin de l'horizon de planification (incluse), ou <see langword="null"/> sans horizon (<see cref="PolitiqueDeCampagne.HorizonJours"/>).</summary>
    public LocalDate? FinDHorizon { get; }

    /// <summary>
    /// Les foyers signalés sans contact, avec leur raison (écartés par les règles de rappel, ou au-delà de la capacité
    /// dans l'horizon), manque de capacité d'abord, puis par code de raison et numéro : foyers signalés = <see cref="Contacts"/> + <see cref="NonPlanifies"/>.
    /// </summary>
    public ImmutableArray<FoyerNonPlanifie> NonPlanifies { get; }

    /// <summary>Le nombre de contacts planifiés après leur échéance (capacité insuffisante pour tenir les délais).</summary>
    public int ContactsEnRetard { get; }

    /// <summary>La capacité de chaque intervenant face à sa demande, par code d'intervenant.</summary>
    public ImmutableArray<ChargeDIntervenant> ChargesParIntervenant { get; }

    /// <summary>La demande de chaque secteur et ce que la capacité en absorbe, par code de secteur.</summary>
    public ImmutableArray<ChargeDeSecteur> ChargesParSecteur { get; }

    /// <summary>La demande de toute la campagne (égale à la somme des secteurs).</summary>
    public ChargeDeSecteur ChargeTotale { get; }

    /// <summary><see langword="true"/> si la planification tient : aucun foyer non planifié faute de capacité, aucun contact en retard.</summary>
    public bool Tient => ChargeTotale.Suffit;

    internal ImmutableDictionary<NumeroAllocataire, DetectionFoyer> Detections { get; }

    /// <summary>La même campagne avec un autre historique : les contacts, les totaux et l'index par numéro sont
    /// partagés (ils ne dépendent pas de l'historique), si bien qu'enregistrer une issue ne recalcule rien.</summary>
    private Campagne(Campagne source, ImmutableDictionary<NumeroAllocataire, ImmutableList<Appel>> historique)
    {
        Politique = source.Politique;
        Reference = source.Reference;
        Detections = source.Detections;
        Contacts = source.Contacts;
        NombreEcartes = source.NombreEcartes;
        Historique = historique;
        FoyersReevalues = source.FoyersReevalues;
        FinDHorizon = source.FinDHorizon;
        NonPlanifies = source.NonPlanifies;
        ChargesParIntervenant = source.ChargesParIntervenant;
        ContactsEnRetard = source.ContactsEnRetard;
        ChargesParSecteur = source.ChargesParSecteur;
        ChargeTotale = source.ChargeTotale;
        TotauxParSecteur = source.TotauxParSecteur;
        Total = source.Total;
        _parNumero = source._parNumero;
    }

    /// <summary>Le contact planifié pour un foyer, ou <see langword="null"/>.</summary>
    /// <param name="numero">Le numéro allocataire.</param>
    /// <returns>Le contact.</returns>
    public Contact? ContactDe(NumeroAllocataire numero) => _parNumero.Value.GetValueOrDefault(numero);

    /// <summary>La détection la plus récente d'un foyer connu de la campagne, ou <see langword="null"/>.</summary>
    /// <param name="numero">Le numéro allocataire.</param>
    /// <returns>La détection.</returns>
    public DetectionFoyer? DetectionDe(NumeroAllocataire numero) => Detections.GetValueOrDefault(numero);

    /// <summary>Les contacts effectués pour un foyer.</summary>
    /// <param name="numero">Le numéro allocataire.</param>
    /// <returns>Les contacts, dans l'ordre chronologique.</returns>
    public IReadOnlyList<Appel> AppelsDe(NumeroAllocataire numero) => Historique.TryGetValue(numero, out var a) ? a : [];

    /// <summary>Enregistre l'issue du contact planifié d'un foyer.</summary>
    /// <param name="numero">Le numéro allocataire.</param>
    /// <param name="date">La date du contact.</param>
    /// <param name="issue">L'issue.</param>
    /// <returns>La nouvelle campagne et l'événement, ou la règle enfreinte : <c>campagne.contact.inconnu</c> (pas de
    /// contact planifié pour ce foyer), <c>campagne.appel.date</c> (date antérieure à la campagne),
    /// <c>campagne.appel.deja</c> (issue déjà enregistrée pour ce contact), <c>campagne.appel.refus</c> (le foyer a
    /// refusé tout contact).</returns>
    public Resultat<CampagneModifiee> Enregistrer(NumeroAllocataire numero, LocalDate date, IssueDuContact issue)
    {
        Preconditions.CheckNotNull(issue);
        var contact = ContactDe(numero);
        if (contact is null)
        {
            return Resultat<CampagneModifiee>.Echec(new Erreur("campagne.contact.inconnu", "numero_allocataire", numero.ToString(), "Aucun contact n'est planifié pour ce foyer dans la campagne."));
        }

        if (date < Reference)
        {
            return Resultat<CampagneModifiee>.Echec(new Erreur("campagne.appel.date", "date", Dates.FormaterIso(date), $"Un contact de la campagne du {Dates.Formater(Reference)} ne peut être daté d'avant."));
        }

        var appels = AppelsDe(numero);
        if (appels.Any(a => a.Issue == IssueDuContact.Refus))
        {
            return Resultat<CampagneModifiee>.Echec(new Erreur("campagne.appel.refus", "issue", issue.Code, "Le foyer a refusé d'être contacté."));
        }

        if (appels.Count > 0 && appels[^1].Date >= Reference)
        {
            return Resultat<CampagneModifiee>.Echec(new Erreur("campagne.appel.deja", "issue", issue.Code, "L'issue de ce contact est déjà enregistrée ; une nouvelle tentative sera planifiée par la mise à jour de la campagne."));
        }

        var appel = new Appel(date, issue, contact.Intervenant, contact.Tentative);
        var historique = Historique.SetItem(numero, (Historique.TryGetValue(numero, out var l) ? l : []).Add(appel));
        return new CampagneModifiee(new Campagne(this, historique), new IssueEnregistree(numero, appel));
    }

    /// <summary>Le nombre de contacts et la date de référence.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"Campagne {Politique.Caf} du {Dates.Formater(Reference)} : {Contacts.Length} contact(s)";

    private static ChargeDeSecteur ChargeDe(string secteur, IEnumerable<Contact> contacts, IEnumerable<FoyerNonPlanifie> nonPlanifies)
    {
        int planifies = 0, retard = 0, capacite = 0, ecartes = 0;
        foreach (var c in contacts)
        {
            planifies++;
            retard += c.EnRetard ? 1 : 0;
        }

        foreach (var n in nonPlanifies)
        {
            if (n.Raison.EstUnEcartement)
            {
                ecartes++;
            }
            else
            {
                capacite++;
            }
        }

        return new ChargeDeSecteur(secteur, planifies + capacite, planifies, retard, capacite, ecartes);
    }

    private static TotalSecteur Totaliser(string secteur, IEnumerable<Contact> contacts)
    {
        int n = 0, tel = 0, courrier = 0;
        var gravites = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        var motifs = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var c in contacts)
        {
            n++;
            if (c.Canal == Foyers.CanalDeContact.Telephone)
            {
                tel++;
            }
            else
            {
                courrier++;
            }

            gravites[c.Gravite.Code] = gravites.GetValueOrDefault(c.Gravite.Code) + 1;
            foreach (var s in c.Signaux)
            {
                motifs[s.CodePublic] = motifs.GetValueOrDefault(s.CodePublic) + 1;
            }
        }

        return new TotalSecteur(secteur, n, tel, courrier, gravites.ToImmutable(), motifs.ToImmutable());
    }
}
