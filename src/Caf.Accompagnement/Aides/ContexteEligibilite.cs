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

    /// <summary>
    /// Crée un contexte. Le quotient familial est la valeur officielle du dossier Caf
    /// (<see cref="Foyer.QuotientFamilialCaf"/>) si elle est connue à la date ; sinon il est recalculé avec le barème
    /// des parts donné et la liste par défaut des prestations retenues, et l'explication dit pourquoi.
    /// </summary>
    /// <param name="foyer">Le foyer.</param>
    /// <param name="date">La date de référence.</param>
    /// <param name="cibles">Les codes des cibles dont relève le foyer (facultatif).</param>
    /// <param name="coutDuProjet">Le coût du projet (facultatif, positif ou nul).</param>
    /// <param name="bareme">Le barème des parts d'un recalcul ; <see cref="BaremeDesParts.Defaut"/> si absent.</param>
    /// <returns>Le contexte.</returns>
    /// <exception cref="ArgumentException">Le coût est négatif.</exception>
    public static ContexteEligibilite Create(Foyer foyer, LocalDate date, IEnumerable<string>? cibles = null, Montant? coutDuProjet = null, BaremeDesParts? bareme = null) =>
        Create(foyer, date, bareme is null ? ParametresDuQuotientFamilial.Defaut : ParametresDuQuotientFamilial.Defaut with { Parts = bareme }, cibles, coutDuProjet);

    /// <summary>
    /// Crée un contexte avec les paramètres du quotient familial d'une Caf (barème des parts, liste datée des
    /// prestations retenues). La valeur officielle du dossier Caf (<see cref="Foyer.QuotientFamilialCaf"/>), si elle est
    /// connue à la date, est retenue sans recalcul ; sinon le quotient est recalculé avec ces paramètres.
    /// </summary>
    /// <param name="foyer">Le foyer.</param>
    /// <param name="date">La date de référence.</param>
    /// <param name="parametres">Les paramètres du recalcul.</param>
    /// <param name="cibles">Les codes des cibles dont relève le foyer (facultatif).</param>
    /// <param name="coutDuProjet">Le coût du projet (facultatif, positif ou nul).</param>
    /// <returns>Le contexte.</returns>
    /// <exception cref="ArgumentException">Le coût est négatif.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Un recalcul est nécessaire et la liste des prestations ne couvre pas la date.</exception>
    public static ContexteEligibilite Create(Foyer foyer, LocalDate date, ParametresDuQuotientFamilial parametres, IEnumerable<string>? cibles = null, Montant? coutDuProjet = null)
    {
        Preconditions.CheckNotNull(foyer);
        Preconditions.CheckNotNull(parametres);
        Preconditions.CheckArgument(coutDuProjet is not { EstNegatif: true }, nameof(coutDuProjet), "Le coût du projet n'est pas négatif.");
        QuotientFamilial qf;
        if (foyer.QuotientFamilialCaf is { } officiel && officiel.ConnuAu <= date)
        {
            qf = QuotientFamilial.Officiel(officiel.Valeur, officiel.ConnuAu).GetValueOrThrow();
        }
        else
        {
            var note = foyer.QuotientFamilialCaf is { } posterieur
                ? $"La valeur officielle du dossier Caf ({posterieur.Valeur}) est établie le {Dates.Formater(posterieur.ConnuAu)}, après la date de référence du {Dates.Formater(date)} : le quotient est recalculé"
                : "Aucune valeur officielle du quotient familial n'est connue au dossier Caf : le quotient est recalculé";
            qf = QuotientFamilial.Calculer(foyer, date, parametres, note);
        }

        return new ContexteEligibilite(foyer, date, qf, (cibles ?? []).ToFrozenSet(StringComparer.Ordinal), coutDuProjet);
    }

    /// <summary>
    /// Le même contexte avec un autre quotient familial : la valeur officielle transmise par la Caf
    /// (<see cref="QuotientFamilial.Officiel"/>), ou un recalcul avec d'autres paramètres
    /// (<see cref="QuotientFamilial.Calculer(Foyer, LocalDate, ParametresDuQuotientFamilial)"/>).
    /// </summary>
    /// <param name="quotient">Le quotient à retenir.</param>
    /// <returns>Le nouveau contexte.</returns>
    /// <exception cref="ArgumentException">Le quotient officiel est établi après la date de référence, ou un recalcul
    /// remplacerait la valeur officielle connue (un recalcul ne prévaut jamais sur la valeur officielle).</exception>
    public ContexteEligibilite AvecQuotientFamilial(QuotientFamilial quotient)
    {
        Preconditions.CheckNotNull(quotient);
        Preconditions.CheckArgument(quotient.ConnuAu is not { } connu || connu <= Date, nameof(quotient), "Le quotient officiel est établi au plus tard à la date de référence.");
        Preconditions.CheckArgument(
            quotient.Origine == OrigineDuQuotientFamilial.DossierCaf || QuotientFamilial.Origine != OrigineDuQuotientFamilial.DossierCaf,
            nameof(quotient),
            "Un quotient recalculé ne remplace pas la valeur officielle du dossier Caf.");
        return new ContexteEligibilite(Foyer, Date, quotient, (FrozenSet<string>)Cibles, CoutDuProjet);
    }
}
