using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Territoires;

namespace Caf.Accompagnement.Testing;

/// <summary>
/// Vérifications des invariants du domaine, pour les suites de tests des systèmes qui embarquent la bibliothèque.
/// Chaque méthode renvoie la liste des violations trouvées (vide si l'invariant tient), en français, sans donnée
/// personnelle en clair (un numéro allocataire n'y apparaît que masqué).
/// </summary>
/// <remarks>
/// Les agrégats de la bibliothèque ne peuvent être construits que valides ; pour les données qu'un système tient
/// de son côté (base, échange JSON), des surcharges vérifient les mêmes règles sur leurs éléments publics :
/// <see cref="Partition"/>, <see cref="Echeances"/>, <see cref="Historique(IEnumerable{Contrats.EvenementParcours}, Contrats.Parcours?)"/>,
/// <see cref="Historique(IEnumerable{EvenementAide}, StatutDemande?)"/>, <see cref="Engagements"/>,
/// <see cref="Contacts"/>, <see cref="Totaux(Caf.Accompagnement.Campagnes.TotalSecteur, IEnumerable{Caf.Accompagnement.Campagnes.TotalSecteur})"/>,
/// <see cref="Totaux(Activite.ChiffresDActivite, IEnumerable{Activite.ChiffresDActivite})"/>.
/// </remarks>
/// <example>
/// <code>
/// Assert.Empty(Invariants.CarteDesSecteurs(carte));
/// Assert.Empty(Invariants.Echeancier(pret.Echeancier));
/// </code>
/// </example>
public static partial class Invariants
{
    /// <summary>Une carte des secteurs est une partition des communes de son département : chaque commune dans exactement un secteur, aucun secteur vide.</summary>
    /// <param name="carte">La carte.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> CarteDesSecteurs(CarteDesSecteurs carte)
    {
        ArgumentNullException.ThrowIfNull(carte);
        var violations = new List<string>();
        foreach (var secteur in carte.Secteurs)
        {
            foreach (var commune in secteur.Communes.Where(c => c.Departement != carte.Departement))
            {
                violations.Add($"La commune {commune.Code} du secteur « {secteur.Nom} » n'est pas du département {carte.Departement}.");
            }
        }

        violations.AddRange(Partition(
            carte.Referentiel.DuDepartement(carte.Departement).Select(c => c.Code),
            carte.Secteurs.Select(s => (s.Nom, (IEnumerable<CodeCommune>)s.Communes.Select(c => c.Code)))));
        return violations;
    }

    /// <summary>
    /// Des secteurs forment une partition d'un ensemble de communes : chaque commune dans exactement un secteur, aucun
    /// secteur vide, aucune commune hors de l'ensemble, aucun nom de secteur en double.
    /// </summary>
    /// <param name="communes">Les communes à couvrir.</param>
    /// <param name="secteurs">Les secteurs, par nom, avec leurs communes.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> Partition(IEnumerable<CodeCommune> communes, IEnumerable<(string Nom, IEnumerable<CodeCommune> Communes)> secteurs)
    {
        ArgumentNullException.ThrowIfNull(communes);
        ArgumentNullException.ThrowIfNull(secteurs);
        var violations = new List<string>();
        var attendues = communes.ToHashSet();
        var vues = new Dictionary<CodeCommune, string>();
        var noms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (nom, membres) in secteurs)
        {
            if (!noms.Add(nom))
            {
                violations.Add($"Le secteur « {nom} » est déclaré deux fois.");
            }

            var vide = true;
            foreach (var commune in membres)
            {
                vide = false;
                if (!attendues.Contains(commune))
                {
                    violations.Add($"La commune {commune} du secteur « {nom} » n'est pas à couvrir.");
                }

                if (!vues.TryAdd(commune, nom))
                {
                    violations.Add($"La commune {commune} est dans deux secteurs : « {vues[commune]} » et « {nom} ».");
                }
            }

            if (vide)
            {
                violations.Add($"Le secteur « {nom} » est vide.");
            }
        }

        foreach (var commune in attendues.Where(c => !vues.ContainsKey(c)).Order())
        {
            violations.Add($"La commune {commune} n'est dans aucun secteur.");
        }

        return violations;
    }

    /// <summary>Un échéancier de prêt respecte les règles de <see cref="Echeances"/>.</summary>
    /// <param name="echeancier">L'échéancier.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> Echeancier(Echeancier echeancier)
    {
        ArgumentNullException.ThrowIfNull(echeancier);
        return Echeances(echeancier.Capital, echeancier.Echeances);
    }

    /// <summary>
    /// Des échéances de prêt : au moins une, rangs 1 à n dans l'ordre, une par mois à partir de la première, aucune
    /// négative, la somme égale au capital, et la règle du reste : avec <c>q</c> le quotient entier du capital en
    /// centimes par <c>n</c> et <c>r</c> le reste, les <c>n − r</c> premières valent <c>q</c> centimes et les <c>r</c>
    /// dernières <c>q + 1</c> (deux échéances diffèrent d'au plus un centime).
    /// </summary>
    /// <param name="capital">Le capital.</param>
    /// <param name="echeances">Les échéances.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> Echeances(Montant capital, IReadOnlyList<Echeance> echeances)
    {
        ArgumentNullException.ThrowIfNull(echeances);
        if (echeances.Count == 0)
        {
            return ["L'échéancier n'a aucune échéance."];
        }

        var violations = new List<string>();
        var somme = echeances.Aggregate(Montant.Zero, (s, x) => s + x.Montant);
        if (somme != capital)
        {
            violations.Add($"La somme des échéances ({somme}) diffère du capital ({capital}).");
        }

        var premiere = echeances[0];
        for (var i = 0; i < echeances.Count; i++)
        {
            var e = echeances[i];
            if (e.Rang != i + 1)
            {
                violations.Add($"L'échéance en position {i + 1} porte le rang {e.Rang}.");
            }

            if (e.Montant < Montant.Zero)
            {
                violations.Add($"L'échéance {i + 1} est négative ({e.Montant}).");
            }

            var attendu = (capital.Centimes / echeances.Count) + (i >= echeances.Count - (capital.Centimes % echeances.Count) ? 1 : 0);
            if (e.Montant.Centimes != attendu)
            {
                violations.Add($"L'échéance {i + 1} ({e.Montant}) devrait valoir {Montant.FromCentimes(attendu)} : le reste se répartit à un centime près sur les dernières échéances.");
            }

            if (e.Date != premiere.Date.PlusMonths(i))
            {
                violations.Add($"L'échéance {i + 1} n'est pas {i} mois après la première.");
            }
        }

        var ecart = echeances.Max(x => x.Montant.Centimes) - echeances.Min(x => x.Montant.Centimes);
        if (ecart > 1)
        {
            violations.Add($"Deux échéances diffèrent de {ecart} centimes (au plus un).");
        }

        return violations;
    }
}
