using System.Globalization;
using Caf.Accompagnement.Aides;

namespace Caf.Accompagnement.Samples.AideLocale;

/// <summary>
/// Règle de montant locale : une part du coût qui dépend de la tranche de quotient familial, plafonnée.
/// </summary>
/// <param name="Tranches">Les tranches : quotient maximum (inclus) et part du coût prise en charge, par quotient croissant.</param>
/// <param name="Plafond">Le plafond de l'aide.</param>
/// <param name="Reference">Le texte qui fixe la règle.</param>
public sealed record PartDuCoutSelonQuotient(IReadOnlyList<(Montant QuotientMaximum, decimal Taux)> Tranches, Montant Plafond, string Reference) : IRegleDeMontant
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    /// <inheritdoc/>
    public CalculDeMontant Calculer(ContexteEligibilite contexte)
    {
        var qf = contexte.QuotientFamilial.Valeur;
        var bareme = string.Join(" ; ", Tranches.Select(t => $"QF ≤ {t.QuotientMaximum} : {(t.Taux * 100m).ToString("0.##", Fr)} %"));
        List<ParametreApplique> parametres =
        [
            new("Part du coût selon le quotient", bareme, null, Reference),
            new("Plafond", Plafond.ToString(), null, Reference),
        ];
        var tranche = Tranches.FirstOrDefault(t => qf <= t.QuotientMaximum);
        if (tranche == default || contexte.CoutDuProjet is not { } cout)
        {
            return new CalculDeMontant(Montant.Zero, parametres, ["Hors barème ou coût non fourni : montant nul"]);
        }

        var part = cout.Multiplier(tranche.Taux, MidpointRounding.ToZero);
        var retenu = Montant.Min(part, Plafond);
        return new CalculDeMontant(
            retenu,
            parametres,
            [$"QF {qf} : {(tranche.Taux * 100m).ToString("0.##", Fr)} % de {cout} = {part}", $"Montant retenu (plafond {Plafond}) : {retenu}"]);
    }
}
