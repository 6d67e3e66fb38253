using System.Collections.Immutable;
using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;

namespace Caf.Accompagnement.Testing;

/// <content>Invariants des campagnes de contact et de l'activité.</content>
public static partial class Invariants
{
    /// <summary>
    /// Une campagne de contacts : ses contacts respectent <see cref="Contacts"/> ; personne n'est recontacté après un
    /// refus, ni dans la fenêtre sans nouvel appel de la politique (sauf nouvelle tentative après un échec, passé le
    /// délai de nouvelle tentative et dans la limite des tentatives) ; les totaux par secteur sont ceux de ses contacts
    /// et le total général est leur somme (<see cref="Totaux(TotalSecteur, IEnumerable{TotalSecteur})"/>).
    /// </summary>
    /// <param name="campagne">La campagne.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> Campagne(Campagne campagne)
    {
        ArgumentNullException.ThrowIfNull(campagne);
        var violations = new List<string>(Contacts(campagne.Contacts));
        var politique = campagne.Politique;
        foreach (var contact in campagne.Contacts)
        {
            var anterieurs = campagne.AppelsDe(contact.Numero).Where(a => a.Date < campagne.Reference).ToList();
            if (anterieurs.Count == 0)
            {
                continue;
            }

            if (anterieurs.Exists(a => a.Issue == IssueDuContact.Refus))
            {
                violations.Add($"Le foyer {contact.Numero} est recontacté après avoir refusé le contact.");
                continue;
            }

            var dernier = anterieurs[^1];
            var echecs = anterieurs.AsEnumerable().Reverse().TakeWhile(a => a.Issue == IssueDuContact.Injoignable).Count();
            var nouvelleTentative = echecs > 0 && echecs < politique.TentativesMaximum;
            var delai = nouvelleTentative ? politique.DelaiNouvelleTentativeJours : politique.FenetreSansNouvelAppelJours;
            if (campagne.Reference < dernier.Date.PlusDays(delai))
            {
                violations.Add($"Le foyer {contact.Numero} est recontacté moins de {delai} jours après son dernier appel ({Dates.Formater(dernier.Date)}).");
            }
        }

        var parSecteur = campagne.Contacts.GroupBy(c => c.Secteur, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var total in campagne.TotauxParSecteur)
        {
            var contacts = parSecteur.GetValueOrDefault(total.Secteur) ?? [];
            var telephone = contacts.Count(c => c.Canal == CanalDeContact.Telephone);
            if (total.Contacts != contacts.Count || total.ParTelephone != telephone)
            {
                violations.Add($"Le total du secteur « {total.Secteur} » ({total.Contacts} contacts, {total.ParTelephone} par téléphone) ne compte pas ses contacts ({contacts.Count}, {telephone}).");
            }
        }

        foreach (var secteur in parSecteur.Keys.Where(s => !campagne.TotauxParSecteur.Any(t => t.Secteur == s)))
        {
            violations.Add($"Le secteur « {secteur} » a des contacts mais pas de total.");
        }

        violations.AddRange(Totaux(campagne.Total, campagne.TotauxParSecteur));
        return violations;
    }

    /// <summary>
    /// Des contacts de campagne : un contact par foyer au plus, chacun avec au moins un signal et une explication,
    /// un rang de tentative d'au moins 1.
    /// </summary>
    /// <param name="contacts">Les contacts.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> Contacts(IEnumerable<Contact> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var liste = contacts.ToList();
        var violations = new List<string>();
        foreach (var groupe in liste.GroupBy(c => c.Numero).Where(g => g.Count() > 1))
        {
            violations.Add($"Le foyer {groupe.Key} a {groupe.Count()} contacts.");
        }

        foreach (var contact in liste)
        {
            if (contact.Signaux.IsDefaultOrEmpty)
            {
                violations.Add($"Le contact du foyer {contact.Numero} n'a aucun signal.");
            }

            if (contact.Explication is null)
            {
                violations.Add($"Le contact du foyer {contact.Numero} n'a pas d'explication.");
            }

            if (contact.Tentative < 1)
            {
                violations.Add($"Le contact du foyer {contact.Numero} a un rang de tentative invalide ({contact.Tentative}).");
            }
        }

        return violations;
    }

    /// <summary>
    /// Un total général de campagne est la somme des totaux par secteur (contacts, téléphone, courrier, par gravité,
    /// par motif), et dans chaque total, contacts = téléphone + courrier.
    /// </summary>
    /// <param name="total">Le total général.</param>
    /// <param name="parSecteur">Les totaux par secteur.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> Totaux(TotalSecteur total, IEnumerable<TotalSecteur> parSecteur)
    {
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(parSecteur);
        var lignes = parSecteur.ToList();
        var violations = new List<string>();
        foreach (var t in lignes.Append(total).Where(t => t.Contacts != t.ParTelephone + t.ParCourrier))
        {
            violations.Add($"Le total « {t.Secteur} » compte {t.Contacts} contacts mais {t.ParTelephone} par téléphone et {t.ParCourrier} par courrier.");
        }

        void Comparer(string quoi, int general, int somme)
        {
            if (general != somme)
            {
                violations.Add($"Le total général {quoi} ({general}) diffère de la somme des secteurs ({somme}).");
            }
        }

        Comparer("des contacts", total.Contacts, lignes.Sum(t => t.Contacts));
        Comparer("par téléphone", total.ParTelephone, lignes.Sum(t => t.ParTelephone));
        Comparer("par courrier", total.ParCourrier, lignes.Sum(t => t.ParCourrier));
        ComparerDetail("par gravité", total.ParGravite, lignes.Select(t => t.ParGravite), violations);
        ComparerDetail("par motif", total.ParMotif, lignes.Select(t => t.ParMotif), violations);
        return violations;
    }

    /// <summary>
    /// Un journal d'activité : toutes ses entrées sont dans sa période, et ses chiffres sur la période sont la somme de
    /// ses chiffres par secteur (<see cref="Totaux(ChiffresDActivite, IEnumerable{ChiffresDActivite})"/>).
    /// </summary>
    /// <param name="journal">Le journal.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> Journal(Journal journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var violations = new List<string>();
        var horsPeriode = journal.Entrees.Count(e => !journal.Periode.Contains(e.Date));
        if (horsPeriode > 0)
        {
            violations.Add($"{horsPeriode} entrée(s) du journal sont hors de sa période.");
        }

        var total = journal.Chiffres(journal.Periode).GetValueOrThrow();
        violations.AddRange(Totaux(total, journal.Secteurs.Select(s => journal.Chiffres(journal.Periode, s).GetValueOrThrow())));
        return violations;
    }

    /// <summary>
    /// Un bilan annuel : ses chiffres sont la somme des lignes de ses secteurs (et de même pour l'année précédente
    /// quand elle est présente), chaque secteur n'apparaît qu'une fois.
    /// </summary>
    /// <param name="bilan">Le bilan.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> BilanAnnuel(BilanAnnuel bilan)
    {
        ArgumentNullException.ThrowIfNull(bilan);
        var violations = new List<string>();
        foreach (var doublon in bilan.Secteurs.GroupBy(s => s.Secteur, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            violations.Add($"Le secteur « {doublon.Key} » apparaît {doublon.Count()} fois dans le bilan.");
        }

        violations.AddRange(Totaux(bilan.Chiffres, bilan.Secteurs.Select(s => s.Chiffres)));
        if (bilan.ChiffresPrecedents is { } precedents && bilan.Secteurs.All(s => s.ChiffresPrecedents is not null))
        {
            violations.AddRange(Totaux(precedents, bilan.Secteurs.Select(s => s.ChiffresPrecedents!)).Select(v => "Année précédente : " + v));
        }

        return violations;
    }

    /// <summary>
    /// Des chiffres d'activité totaux sont la somme de leurs lignes (secteurs) : tous les compteurs égaux
    /// (<see cref="ChiffresDActivite.Sommer"/>).
    /// </summary>
    /// <param name="total">Les chiffres totaux.</param>
    /// <param name="lignes">Les chiffres des lignes.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> Totaux(ChiffresDActivite total, IEnumerable<ChiffresDActivite> lignes)
    {
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(lignes);
        var somme = ChiffresDActivite.Sommer(lignes);
        if (somme.Equals(total))
        {
            return [];
        }

        var violations = new List<string>();
        void Comparer(string quoi, long general, long lignesSommees)
        {
            if (general != lignesSommees)
            {
                violations.Add($"Le total {quoi} ({general}) diffère de la somme des lignes ({lignesSommees}).");
            }
        }

        Comparer("des interventions", total.Interventions, somme.Interventions);
        Comparer("des nouvelles demandes", total.NouvellesDemandes, somme.NouvellesDemandes);
        Comparer("des contrats signés", total.ContratsSignes, somme.ContratsSignes);
        Comparer("des séances collectives", total.SeancesCollectives, somme.SeancesCollectives);
        if (violations.Count == 0)
        {
            violations.Add("Le total diffère de la somme des lignes sur un compteur détaillé (rendez-vous, aides, motifs…).");
        }

        return violations;
    }

    private static void ComparerDetail(string quoi, ImmutableSortedDictionary<string, int> general, IEnumerable<ImmutableSortedDictionary<string, int>> lignes, List<string> violations)
    {
        var somme = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (cle, n) in lignes.SelectMany(l => l))
        {
            somme[cle] = somme.GetValueOrDefault(cle) + n;
        }

        foreach (var cle in somme.Keys.Union(general.Keys).Distinct())
        {
            if (general.GetValueOrDefault(cle) != somme.GetValueOrDefault(cle))
            {
                violations.Add($"Le total général {quoi} « {cle} » ({general.GetValueOrDefault(cle)}) diffère de la somme des secteurs ({somme.GetValueOrDefault(cle)}).");
            }
        }
    }
}
