using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Testing;

/// <summary>
/// Les rétrécisseurs (« shrinkers ») FsCheck des types principaux : quand une propriété échoue, FsCheck essaie des
/// valeurs plus simples, toujours construites par les fabriques publiques, pour présenter le plus petit contre-exemple.
/// </summary>
public static class RetrecisseursCaf
{
    /// <summary>Un montant vers zéro : zéro, l'euro entier, la moitié.</summary>
    /// <param name="montant">Le montant.</param>
    /// <returns>Les candidats, du plus simple au moins simple.</returns>
    public static IEnumerable<Montant> Montant(Montant montant)
    {
        if (montant == Accompagnement.Montant.Zero)
        {
            yield break;
        }

        yield return Accompagnement.Montant.Zero;
        var entier = decimal.Truncate(montant.Euros);
        if (entier != montant.Euros)
        {
            yield return Accompagnement.Montant.FromEuros(entier);
        }

        var moitie = decimal.Round(montant.Euros / 2, 2, MidpointRounding.ToZero);
        if (moitie != montant.Euros && moitie != 0)
        {
            yield return Accompagnement.Montant.FromEuros(moitie);
        }
    }

    /// <summary>Une date vers une date de repère : le repère, puis la moitié de l'écart.</summary>
    /// <param name="date">La date.</param>
    /// <param name="repere">La date la plus simple (par exemple la date de référence du test).</param>
    /// <returns>Les candidats.</returns>
    public static IEnumerable<LocalDate> Date(LocalDate date, LocalDate repere)
    {
        var ecart = Period.DaysBetween(repere, date);
        if (ecart == 0)
        {
            yield break;
        }

        yield return repere;
        if (ecart / 2 != 0)
        {
            yield return repere.PlusDays(ecart / 2);
        }
    }

    /// <summary>Un numéro allocataire vers 0000001.</summary>
    /// <param name="numero">Le numéro.</param>
    /// <returns>Les candidats.</returns>
    public static IEnumerable<NumeroAllocataire> NumeroAllocataire(NumeroAllocataire numero)
    {
        if (numero.Valeur > 1)
        {
            yield return Accompagnement.NumeroAllocataire.FromValeur(1);
            if (numero.Valeur / 2 > 1)
            {
                yield return Accompagnement.NumeroAllocataire.FromValeur(numero.Valeur / 2);
            }
        }
    }

    /// <summary>
    /// Un foyer plus simple, reconstruit par la validation publique (<see cref="FoyersJson.FromDocument"/>) : sans chacun
    /// de ses enfants, sans chacun de ses événements, sans prestations, sans démarches, seul plutôt qu'en couple. Seuls
    /// les candidats valides sont proposés.
    /// </summary>
    /// <param name="foyer">Le foyer.</param>
    /// <returns>Les candidats.</returns>
    public static IEnumerable<Foyer> Foyer(Foyer foyer)
    {
        ArgumentNullException.ThrowIfNull(foyer);
        var source = FoyersJson.ToDocument(foyer);
        var candidats = new List<FoyerDocument>();
        if (source.NaissanceConjoint is not null)
        {
            var seul = FoyersJson.ToDocument(foyer);
            seul.NaissanceConjoint = null;
            seul.DroitsEtDevoirsConjoint = null;
            seul.Situation = SituationFamiliale.Isole.Code;
            candidats.Add(seul);
        }

        for (var i = source.Enfants.Count - 1; i >= 0; i--)
        {
            var d = FoyersJson.ToDocument(foyer);
            d.Enfants.RemoveAt(i);
            candidats.Add(d);
        }

        for (var i = source.Evenements.Count - 1; i >= 0; i--)
        {
            var d = FoyersJson.ToDocument(foyer);
            d.Evenements.RemoveAt(i);
            candidats.Add(d);
        }

        if (source.Prestations.Count > 0)
        {
            var d = FoyersJson.ToDocument(foyer);
            d.Prestations.Clear();
            candidats.Add(d);
        }

        if (source.Demarches.Count > 0)
        {
            var d = FoyersJson.ToDocument(foyer);
            d.Demarches.Clear();
            candidats.Add(d);
        }

        foreach (var d in candidats)
        {
            if (FoyersJson.FromDocument(d).TryGetValue(out var plusSimple))
            {
                yield return plusSimple;
            }
        }
    }

    /// <summary>Un code commune vers la première commune du référentiel embarqué (Cog 2026).</summary>
    /// <param name="commune">Le code.</param>
    /// <returns>Les candidats.</returns>
    public static IEnumerable<CodeCommune> Commune(CodeCommune commune)
    {
        var premiere = ReferentielCommunes.Cog2026[0].Code;
        if (commune != premiere)
        {
            yield return premiere;
        }
    }
}
