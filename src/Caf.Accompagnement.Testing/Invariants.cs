using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Territoires;

namespace Caf.Accompagnement.Testing;

/// <summary>
/// Vérifications des invariants du domaine, pour les suites de tests des systèmes qui embarquent la bibliothèque.
/// Chaque méthode renvoie la liste des violations trouvées (vide si l'invariant tient), en français, sans donnée
/// personnelle en clair.
/// </summary>
/// <example>
/// <code>
/// Assert.Empty(Invariants.CarteDesSecteurs(carte));
/// Assert.Empty(Invariants.Echeancier(pret.Echeancier));
/// </code>
/// </example>
public static class Invariants
{
    /// <summary>Une carte des secteurs est une partition des communes de son département : chaque commune dans exactement un secteur, aucun secteur vide.</summary>
    /// <param name="carte">La carte.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> CarteDesSecteurs(CarteDesSecteurs carte)
    {
        ArgumentNullException.ThrowIfNull(carte);
        var violations = new List<string>();
        var vues = new Dictionary<CodeCommune, string>();
        foreach (var secteur in carte.Secteurs)
        {
            if (secteur.Communes.Count == 0)
            {
                violations.Add($"Le secteur « {secteur.Nom} » est vide.");
            }

            foreach (var commune in secteur.Communes)
            {
                if (commune.Departement != carte.Departement)
                {
                    violations.Add($"La commune {commune.Code} du secteur « {secteur.Nom} » n'est pas du département {carte.Departement}.");
                }

                if (!vues.TryAdd(commune.Code, secteur.Nom))
                {
                    violations.Add($"La commune {commune.Code} est dans deux secteurs : « {vues[commune.Code]} » et « {secteur.Nom} ».");
                }
            }
        }

        foreach (var commune in carte.Referentiel.DuDepartement(carte.Departement))
        {
            if (!vues.ContainsKey(commune.Code))
            {
                violations.Add($"La commune {commune.Code} n'est dans aucun secteur.");
            }
        }

        return violations;
    }

    /// <summary>Un échéancier de prêt : la somme des échéances est le capital, toutes les échéances sont égales sauf la
    /// dernière, positives, mensuelles et dans l'ordre.</summary>
    /// <param name="echeancier">L'échéancier.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> Echeancier(Echeancier echeancier)
    {
        ArgumentNullException.ThrowIfNull(echeancier);
        var violations = new List<string>();
        var e = echeancier.Echeances;
        if (e.IsEmpty)
        {
            return ["L'échéancier n'a aucune échéance."];
        }

        var somme = e.Aggregate(Montant.Zero, (s, x) => s + x.Montant);
        if (somme != echeancier.Capital)
        {
            violations.Add($"La somme des échéances ({somme}) diffère du capital ({echeancier.Capital}).");
        }

        for (var i = 0; i < e.Length; i++)
        {
            if (e[i].Montant <= Montant.Zero)
            {
                violations.Add($"L'échéance {i + 1} n'est pas positive ({e[i].Montant}).");
            }

            if (i < e.Length - 1 && e[i].Montant != e[0].Montant)
            {
                violations.Add($"L'échéance {i + 1} ({e[i].Montant}) diffère de la première ({e[0].Montant}) : seule la dernière peut différer.");
            }

            if (i > 0 && e[i].Date != e[0].Date.PlusMonths(i))
            {
                violations.Add($"L'échéance {i + 1} n'est pas un mois après la précédente.");
            }
        }

        return violations;
    }

    /// <summary>Une campagne de contacts : un contact par foyer au plus, chaque contact a au moins un signal et une explication.</summary>
    /// <param name="campagne">La campagne.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> Campagne(Campagne campagne)
    {
        ArgumentNullException.ThrowIfNull(campagne);
        var violations = new List<string>();
        foreach (var groupe in campagne.Contacts.GroupBy(c => c.Numero).Where(g => g.Count() > 1))
        {
            violations.Add($"Le foyer {groupe.Key} a {groupe.Count()} contacts.");
        }

        foreach (var contact in campagne.Contacts)
        {
            if (contact.Signaux.IsEmpty)
            {
                violations.Add($"Le contact du foyer {contact.Numero} n'a aucun signal.");
            }

            if (contact.Explication is null)
            {
                violations.Add($"Le contact du foyer {contact.Numero} n'a pas d'explication.");
            }
        }

        return violations;
    }

    /// <summary>Un parcours d'allocataire du RSA : orientations sans chevauchement, périodes de contrats sans
    /// chevauchement (au plus un contrat actif à toute date), renouvellement le lendemain de la fin du prédécesseur.</summary>
    /// <param name="parcours">Le parcours.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> Parcours(Parcours parcours)
    {
        ArgumentNullException.ThrowIfNull(parcours);
        var violations = new List<string>();
        var orientations = parcours.Orientations.OrderBy(o => o.Debut).ToList();
        for (var i = 1; i < orientations.Count; i++)
        {
            if (orientations[i - 1].Fin is not { } fin || fin >= orientations[i].Debut)
            {
                violations.Add($"L'orientation du {Dates.Formater(orientations[i].Debut)} chevauche la précédente.");
            }
        }

        var periodes = parcours.Contrats.Where(c => c.Periode is not null).OrderBy(c => c.Periode!.Start).ToList();
        for (var i = 1; i < periodes.Count; i++)
        {
            if (periodes[i - 1].Periode!.End >= periodes[i].Periode!.Start)
            {
                violations.Add($"Le contrat n° {periodes[i].Numero} chevauche le contrat n° {periodes[i - 1].Numero}.");
            }
        }

        foreach (var contrat in parcours.Contrats.Where(c => c.Predecesseur is not null && c.Periode is not null))
        {
            var predecesseur = parcours.Contrats.FirstOrDefault(c => c.Numero == contrat.Predecesseur);
            if (predecesseur?.Periode is { } p && p.End.PlusDays(1) != contrat.Periode!.Start)
            {
                violations.Add($"Le renouvellement n° {contrat.Numero} ne commence pas le lendemain de la fin du contrat n° {predecesseur.Numero}.");
            }
        }

        return violations;
    }
}
