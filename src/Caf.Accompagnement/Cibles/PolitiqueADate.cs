using System.Collections.Immutable;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>Les explications que produit une évaluation.</summary>
public enum ModeExplication
{
    /// <summary>Aucune explication : seulement les décisions.</summary>
    Aucune = 0,

    /// <summary>Une explication pour chaque cible à laquelle le foyer appartient.</summary>
    CiblesRetenues = 1,

    /// <summary>Une explication pour chaque cible, remplie ou non.</summary>
    Toutes = 2,
}

/// <summary>
/// Une politique de ciblage résolue à une date : toutes les dépendances à la date (âges, SMIC, seuil, fenêtres) sont
/// calculées une fois ; chaque foyer n'est plus que comparé.
/// </summary>
public sealed class PolitiqueADate
{
    internal PolitiqueADate(PolitiqueDeCiblage politique, LocalDate reference, ImmutableArray<ICibleADate> cibles)
    {
        Politique = politique;
        Reference = reference;
        Cibles = cibles;
    }

    /// <summary>La politique.</summary>
    public PolitiqueDeCiblage Politique { get; }

    /// <summary>La date de référence.</summary>
    public LocalDate Reference { get; }

    /// <summary>Les cibles résolues, dans l'ordre de <see cref="PolitiqueDeCiblage.Cibles"/>.</summary>
    public ImmutableArray<ICibleADate> Cibles { get; }

    /// <summary>Évalue un foyer.</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <param name="mode">Les explications à produire.</param>
    /// <returns>L'évaluation : une décision par cible de la politique, dans l'ordre.</returns>
    public EvaluationDuFoyer Evaluer(Foyer foyer, ModeExplication mode = ModeExplication.CiblesRetenues)
    {
        Preconditions.CheckNotNull(foyer);
        var decisions = ImmutableArray.CreateBuilder<DecisionDeCible>(Cibles.Length);
        foreach (var c in Cibles)
        {
            var explication = mode switch
            {
                ModeExplication.Toutes => c.Expliquer(foyer),
                ModeExplication.CiblesRetenues when c.Contient(foyer) => c.Expliquer(foyer),
                _ => null,
            };
            decisions.Add(new DecisionDeCible(c.Cible, explication?.EstSatisfaite ?? c.Contient(foyer), explication));
        }

        return new EvaluationDuFoyer(foyer.Numero, Reference, decisions.MoveToImmutable());
    }
}

/// <summary>La décision d'une cible pour un foyer, avec son explication si elle a été demandée.</summary>
/// <param name="Cible">La cible.</param>
/// <param name="EstSatisfaite">Le foyer appartient à la cible.</param>
/// <param name="Explication">L'explication (CRPA R311-3-1-2), ou <see langword="null"/> si elle n'a pas été demandée.</param>
public sealed record DecisionDeCible(ICible Cible, bool EstSatisfaite, Explication? Explication)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Cible.Code} : {(EstSatisfaite ? "retenue" : "non retenue")}";
}

/// <summary>L'évaluation d'un foyer à une date : une décision par cible de la politique, dans l'ordre de la politique.</summary>
/// <remarks><see cref="ToString"/> masque le numéro allocataire.</remarks>
public sealed class EvaluationDuFoyer
{
    internal EvaluationDuFoyer(NumeroAllocataire numero, LocalDate reference, ImmutableArray<DecisionDeCible> decisions)
    {
        Numero = numero;
        Reference = reference;
        Decisions = decisions;
    }

    /// <summary>Le numéro allocataire du foyer évalué.</summary>
    public NumeroAllocataire Numero { get; }

    /// <summary>La date de référence.</summary>
    public LocalDate Reference { get; }

    /// <summary>Les décisions, une par cible de la politique.</summary>
    public ImmutableArray<DecisionDeCible> Decisions { get; }

    /// <summary>Les cibles auxquelles le foyer appartient, dans l'ordre de la politique.</summary>
    public IEnumerable<ICible> CiblesRetenues => Decisions.Where(d => d.EstSatisfaite).Select(d => d.Cible);

    /// <summary>Le foyer appartient-il à la cible de ce code ?</summary>
    /// <param name="code">Le code de la cible.</param>
    /// <returns><see langword="true"/> si la cible est dans la politique et que le foyer lui appartient.</returns>
    public bool Appartient(string code) => Decisions.Any(d => d.EstSatisfaite && d.Cible.Code == code);

    /// <summary>La décision d'une cible, ou <see langword="null"/> si la politique ne la contient pas.</summary>
    /// <param name="code">Le code de la cible.</param>
    /// <returns>La décision.</returns>
    public DecisionDeCible? Decision(string code) => Decisions.FirstOrDefault(d => d.Cible.Code == code);

    /// <summary>Le texte complet : les cibles retenues et les explications produites.</summary>
    /// <returns>Le texte, sans numéro allocataire en clair.</returns>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        var retenues = CiblesRetenues.Select(c => c.Libelle).ToList();
        sb.Append("Foyer ").Append(Numero.ToString()).Append(" au ").Append(Dates.Formater(Reference)).Append(" : ")
            .AppendLine(retenues.Count == 0 ? "aucune cible." : string.Join(" ; ", retenues) + ".");
        foreach (var d in Decisions)
        {
            if (d.Explication is { } e)
            {
                sb.AppendLine().Append(e.ToString());
            }
        }

        return sb.ToString();
    }
}
