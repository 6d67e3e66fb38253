using System.Collections.Frozen;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Aides;

/// <summary>
/// Ce qu'une règle d'éligibilité ou de montant sait d'une demande : le foyer, la date de référence, son quotient
/// familial, les cibles de travail social dont il relève (par leur code) et, s'il y a lieu, le coût du projet.
/// </summary>
/// <remarks>Les cibles sont fournies par leur code (chaîne) : ce module ne dépend pas de leur évaluation.</remarks>
public sealed class ContexteEligibilite
{
    private ContexteEligibilite(Foyer foyer, LocalDate date, QuotientFamilial quotient, FrozenSet<string> cibles, Montant? cout)
    {
        Foyer = foyer;
        Date = date;
        QuotientFamilial = quotient;
        Cibles = cibles;
        CoutDuProjet = cout;
    }

    /// <summary>Le foyer demandeur.</summary>
    public Foyer Foyer { get; }

    /// <summary>La date de référence de l'évaluation.</summary>
    public LocalDate Date { get; }

    /// <summary>Le quotient familial du foyer à la date.</summary>
    public QuotientFamilial QuotientFamilial { get; }

    /// <summary>Les codes des cibles de travail social dont relève le foyer à la date.</summary>
    public IReadOnlySet<string> Cibles { get; }

    /// <summary>Le coût du projet (séjour, équipement, travaux…), s'il est connu.</summary>
    public Montant? CoutDuProjet { get; }

    /// <summary>Crée un contexte ; le quotient familial est calculé avec le barème des parts donné.</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <param name="date">La date de référence.</param>
    /// <param name="cibles">Les codes des cibles dont relève le foyer (facultatif).</param>
    /// <param name="coutDuProjet">Le coût du projet (facultatif, positif ou nul).</param>
    /// <param name="bareme">Le barème des parts ; <see cref="BaremeDesParts.Defaut"/> si absent.</param>
    /// <returns>Le contexte.</returns>
    /// <exception cref="ArgumentException">Le coût est négatif.</exception>
    public static ContexteEligibilite Create(Foyer foyer, LocalDate date, IEnumerable<string>? cibles = null, Montant? coutDuProjet = null, BaremeDesParts? bareme = null)
    {
        Preconditions.CheckNotNull(foyer);
        Preconditions.CheckArgument(coutDuProjet is not { EstNegatif: true }, nameof(coutDuProjet), "Le coût du projet n'est pas négatif.");
        var qf = QuotientFamilial.Calculer(foyer, date, bareme);
        return new ContexteEligibilite(foyer, date, qf, (cibles ?? []).ToFrozenSet(StringComparer.Ordinal), coutDuProjet);
    }
}
