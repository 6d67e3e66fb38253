using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Dossiers;

/// <summary>
/// Le passage d'un contact de campagne à l'accompagnement : un contact dont l'issue demande un rendez-vous ouvre un
/// dossier d'accompagnement (origine « contact de campagne ») et place l'offre dans la file d'attente du travailleur
/// social du secteur du foyer.
/// </summary>
/// <remarks>Le travailleur social est celui de la carte des secteurs : l'intervenant du contact s'il est un travailleur
/// social du secteur (contact de fragilité), sinon le premier travailleur social du secteur (contact pris par la
/// plateforme de la Caf). Motif : parentalité pour un contact de fragilité (familles prioritaires du plan pauvreté,
/// monoparentalité), accès aux droits pour les autres publics (suspension, rupture, accueil physique).</remarks>
public static class DossiersDeCampagne
{
    /// <summary>Le motif du dossier ouvert à la suite d'un contact.</summary>
    /// <param name="contact">Le contact.</param>
    /// <returns><see cref="Motif.Parentalite"/> si le signal le plus grave est une fragilité, sinon <see cref="Motif.AccesAuxDroits"/>.</returns>
    public static Motif MotifDu(Contact contact) =>
        Preconditions.CheckNotNull(contact).Gravite == Gravite.Fragilite ? Motif.Parentalite : Motif.AccesAuxDroits;

    /// <summary>
    /// Ouvre le dossier d'un contact enregistré dont l'issue demande un rendez-vous
    /// (<see cref="OrigineDuDossier.IssuesQuiOuvrentUnDossier"/>) et propose l'offre d'accompagnement le jour du contact.
    /// </summary>
    /// <param name="campagne">La campagne où l'issue a été enregistrée (elle connaît le contact et la commune du foyer).</param>
    /// <param name="evenement">L'événement rendu par <see cref="Campagne.Enregistrer"/>.</param>
    /// <param name="carte">La carte des secteurs.</param>
    /// <returns>Le dossier (événements <see cref="DossierOuvert"/> et <see cref="OffreProposee"/>), ou
    /// <c>dossiers.origine.issue</c> (issue sans rendez-vous), <c>dossiers.campagne.foyer_inconnu</c> (foyer sans
    /// contact ni détection dans la campagne), <c>dossiers.commune.hors_carte</c>,
    /// <c>dossiers.secteur.sans_travailleur</c> (poste vacant) ; numéro toujours masqué.</returns>
    public static Resultat<DossierDAccompagnement> Ouvrir(Campagne campagne, IssueEnregistree evenement, CarteDesSecteurs carte)
    {
        Preconditions.CheckNotNull(campagne);
        Preconditions.CheckNotNull(evenement);
        Preconditions.CheckNotNull(carte);
        var origine = OrigineDuDossier.DUnContact(evenement.Appel.Issue, evenement.Appel.Date);
        if (!origine.TryGetValue(out var o))
        {
            return Resultat<DossierDAccompagnement>.Echec(origine.AsT1);
        }

        var numero = evenement.Numero;
        if (campagne.ContactDe(numero) is not { } contact || campagne.DetectionDe(numero) is not { } detection)
        {
            return Resultat<DossierDAccompagnement>.Echec(new Erreur("dossiers.campagne.foyer_inconnu", "numero_allocataire", numero.ToString(),
                "Le foyer n'a ni contact ni détection dans cette campagne : sa commune et son motif ne sont pas connus."));
        }

        var commune = detection.Foyer.Commune;
        if (!carte.TryGetSecteur(commune, out var secteur))
        {
            return Resultat<DossierDAccompagnement>.Echec(new Erreur("dossiers.commune.hors_carte", "commune", commune.ToString(),
                "La commune du foyer n'est couverte par aucun secteur de la carte : aucun travailleur social ne peut être désigné."));
        }

        if (secteur.TravailleursSociaux.Count == 0)
        {
            return Resultat<DossierDAccompagnement>.Echec(new Erreur("dossiers.secteur.sans_travailleur", "secteur", secteur.Nom,
                $"Le secteur {secteur.Nom} n'a pas de travailleur social en poste : le dossier ne peut être ouvert."));
        }

        var travailleur = secteur.TravailleursSociaux.FirstOrDefault(t => t.Identifiant == contact.Intervenant.Code) ?? secteur.TravailleursSociaux[0];
        return DossierDAccompagnement.Ouvrir(numero, commune, o, MotifDu(contact), travailleur, carte)
            .Bind(t => t.Dossier.ProposerOffre(o.Date))
            .Select(t => t.Dossier);
    }

    /// <summary>Ouvre les dossiers de tous les contacts de la campagne dont la dernière issue demande un rendez-vous.</summary>
    /// <param name="campagne">La campagne.</param>
    /// <param name="carte">La carte des secteurs.</param>
    /// <param name="dejaOuverts">Les numéros des foyers qui ont déjà un dossier ouvert (ils ne sont pas rouverts).</param>
    /// <returns>Les dossiers ouverts et, pour chaque foyer refusé, ses erreurs : contacts à rendez-vous = ouverts + refusés + déjà ouverts.</returns>
    public static OuverturesDeCampagne OuvrirTout(Campagne campagne, CarteDesSecteurs carte, IEnumerable<NumeroAllocataire>? dejaOuverts = null)
    {
        Preconditions.CheckNotNull(campagne);
        Preconditions.CheckNotNull(carte);
        var exclus = dejaOuverts?.ToHashSet() ?? [];
        var ouverts = new List<DossierDAccompagnement>();
        var erreurs = new List<Erreur>();
        var ignores = 0;
        foreach (var (numero, appels) in campagne.Historique.OrderBy(kv => kv.Key))
        {
            if (appels.IsEmpty || !OrigineDuDossier.IssuesQuiOuvrentUnDossier.Contains(appels[^1].Issue))
            {
                continue;
            }

            if (exclus.Contains(numero))
            {
                ignores++;
                continue;
            }

            var r = Ouvrir(campagne, new IssueEnregistree(numero, appels[^1]), carte);
            if (r.TryGetValue(out var d))
            {
                ouverts.Add(d);
            }
            else
            {
                erreurs.AddRange(r.AsT1);
            }
        }

        return new OuverturesDeCampagne([.. ouverts], [.. erreurs], ignores);
    }
}

/// <summary>Les dossiers ouverts à partir des contacts d'une campagne.</summary>
/// <param name="Dossiers">Les dossiers ouverts, offre proposée.</param>
/// <param name="Erreurs">Les erreurs des foyers refusés (une ou plusieurs par foyer, numéro masqué).</param>
/// <param name="DejaOuverts">Le nombre de foyers ignorés parce qu'ils avaient déjà un dossier ouvert.</param>
public sealed record OuverturesDeCampagne(System.Collections.Immutable.ImmutableArray<DossierDAccompagnement> Dossiers, System.Collections.Immutable.ImmutableArray<Erreur> Erreurs, int DejaOuverts)
{
    /// <summary>Résumé, sans donnée personnelle.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Dossiers.Length} dossier(s) ouvert(s), {Erreurs.Length} erreur(s), {DejaOuverts} foyer(s) déjà suivi(s)";
}
