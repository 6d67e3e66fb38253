using Caf.Accompagnement.Dossiers;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Activite;

/// <summary>
/// Le journal d'activité dérivé des dossiers d'accompagnement : chaque événement de l'historique d'un dossier qui compte
/// au bilan devient une entrée, sans ressaisie ; le journal saisi à la main reste accepté pour ce qui vient d'ailleurs
/// (séances collectives, contrats et aides de leurs modules, activité d'un autre logiciel).
/// </summary>
/// <remarks>
/// <para>Correspondance : <see cref="DossierOuvert"/> → <see cref="NouvelleDemande"/> (motif du dossier) ;
/// <see cref="RendezVousFixe"/> → rendez-vous proposé ; <see cref="RendezVousConstate"/> tenu ou non honoré → rendez-vous
/// tenu ou non honoré (un rendez-vous annulé ne compte pas) ; le premier rendez-vous tenu d'un dossier →
/// <see cref="Intervention"/> (le travailleur social intervient auprès de la famille). L'origine du rendez-vous est celle
/// du dossier : appel sortant pour une cible ou un contact de campagne, demande de l'allocataire, partenaire. Le secteur
/// et le travailleur social sont ceux du dossier à la date de l'événement (un transfert les change).</para>
/// <para>Les contrats et aides rattachés au dossier ne le sont que par référence : leurs entrées viennent de leurs
/// modules (<see cref="SignatureDeContrat.Depuis(Contrats.Transition, Territoires.CarteDesSecteurs)"/>,
/// <see cref="VersementDAide"/>) et se joignent aux saisies.</para>
/// </remarks>
public static class JournalDesDossiers
{
    /// <summary>Les entrées de journal dérivées des historiques des dossiers, toutes dates.</summary>
    /// <param name="dossiers">Les dossiers.</param>
    /// <param name="evenementLie">L'événement de vie auquel les rendez-vous d'un dossier sont liés (séparation…), ou
    /// <see langword="null"/> : aucun.</param>
    /// <returns>Les entrées, dossier par dossier, dans l'ordre des historiques.</returns>
    public static IEnumerable<EntreeJournal> Entrees(IEnumerable<DossierDAccompagnement> dossiers, Func<DossierDAccompagnement, TypeEvenement?>? evenementLie = null)
    {
        Preconditions.CheckNotNull(dossiers);
        foreach (var d in dossiers)
        {
            Preconditions.CheckNotNull(d);
            foreach (var e in EntreesDe(d, evenementLie?.Invoke(d)))
            {
                yield return e;
            }
        }
    }

    /// <summary>
    /// Le journal d'une période : les entrées dérivées des dossiers datées dans la période (les autres relèvent d'une
    /// autre période), et toutes les saisies, vérifiées comme par <see cref="Journal.Create"/>.
    /// </summary>
    /// <param name="periode">La période.</param>
    /// <param name="dossiers">Les dossiers.</param>
    /// <param name="saisies">Les entrées saisies ou venues d'autres modules.</param>
    /// <param name="evenementLie">L'événement de vie lié aux rendez-vous d'un dossier, ou <see langword="null"/>.</param>
    /// <returns>Le journal, ou les erreurs <c>activite.entree.hors_periode</c> des saisies hors période (chemin <c>$[i]</c> : rang de la saisie).</returns>
    public static Resultat<Journal> Creer(DateInterval periode, IEnumerable<DossierDAccompagnement> dossiers, IEnumerable<EntreeJournal> saisies, Func<DossierDAccompagnement, TypeEvenement?>? evenementLie = null)
    {
        Preconditions.CheckNotNull(periode);
        // Les saisies d'abord : le chemin $[i] d'une erreur est le rang de la saisie ; les entrées dérivées sont toutes dans la période.
        return Journal.Create(periode, [.. Preconditions.CheckNotNull(saisies), .. Entrees(dossiers, evenementLie).Where(e => periode.Contains(e.Date))]);
    }

    /// <summary>L'origine des rendez-vous d'un dossier, d'après l'origine du dossier.</summary>
    /// <param name="origine">L'origine du dossier.</param>
    /// <returns>Appel sortant (cible, contact de campagne), demande de l'allocataire ou partenaire.</returns>
    public static OrigineDeRendezVous OrigineDesRendezVous(OrigineDuDossier origine)
    {
        Preconditions.CheckNotNull(origine);
        return origine.Sorte == SorteDOrigine.Demande ? OrigineDeRendezVous.DemandeAllocataire
            : origine.Sorte == SorteDOrigine.Partenaire ? OrigineDeRendezVous.Partenaire
            : OrigineDeRendezVous.AppelSortant;
    }

    private static IEnumerable<EntreeJournal> EntreesDe(DossierDAccompagnement dossier, TypeEvenement? lie)
    {
        var origine = OrigineDesRendezVous(dossier.Origine);
        string secteur = string.Empty, travailleur = string.Empty;
        var intervention = false;
        foreach (var evenement in dossier.Historique)
        {
            switch (evenement)
            {
                case DossierOuvert o:
                    secteur = o.Secteur;
                    travailleur = o.TravailleurSocial.Identifiant;
                    yield return new NouvelleDemande(o.Date, o.Motif, secteur);
                    break;
                case DossierTransfere t:
                    secteur = t.Secteur;
                    travailleur = t.TravailleurSocial.Identifiant;
                    break;
                case RendezVousFixe f:
                    yield return new RendezVous(f.Date, StatutDeRendezVous.Propose, origine, secteur, travailleur, lie);
                    break;
                case RendezVousConstate c when c.Issue == IssueDuRendezVous.Tenu:
                    yield return new RendezVous(c.Date, StatutDeRendezVous.Tenu, origine, secteur, travailleur, lie);
                    if (!intervention)
                    {
                        intervention = true;
                        yield return new Intervention(c.Date, dossier.Motif, secteur, travailleur);
                    }

                    break;
                case RendezVousConstate c when c.Issue == IssueDuRendezVous.NonHonore:
                    yield return new RendezVous(c.Date, StatutDeRendezVous.NonHonore, origine, secteur, travailleur, lie);
                    break;
                default:
                    break;
            }
        }
    }
}
