using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Aides;

/// <summary>Le montant maximum d'une aide pour une demande, avec ce qu'il faut pour l'expliquer.</summary>
/// <param name="Maximum">Le montant maximum accordable (positif ou nul).</param>
/// <param name="Parametres">Les paramètres appliqués.</param>
/// <param name="Operations">Les opérations effectuées, dans l'ordre.</param>
public sealed record CalculDeMontant(Montant Maximum, IReadOnlyList<ParametreApplique> Parametres, IReadOnlyList<string> Operations)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Montant maximum {Maximum}{(Operations.Count == 0 ? string.Empty : " : " + string.Join(" ; ", Operations))}";
}

/// <summary>
/// Une règle de montant d'un type d'aide. Ensemble ouvert : un intégrateur peut écrire la sienne dans son assemblage.
/// </summary>
public interface IRegleDeMontant
{
    /// <summary>Calcule le montant maximum d'une demande.</summary>
    /// <param name="contexte">La demande et son foyer.</param>
    /// <returns>Le montant maximum et son explication.</returns>
    CalculDeMontant Calculer(ContexteEligibilite contexte);
}

/// <summary>Montant forfaitaire.</summary>
/// <param name="Montant">Le forfait (positif ou nul).</param>
/// <param name="Reference">Le texte qui fixe le forfait.</param>
public sealed record MontantForfaitaire(Montant Montant, string Reference) : IRegleDeMontant
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Montant forfaitaire de {Montant} ({Reference})";

    /// <inheritdoc/>
    public CalculDeMontant Calculer(ContexteEligibilite contexte) =>
        new(Montant, [new ParametreApplique("Forfait", Montant.ToString(), null, Reference)], [$"Montant forfaitaire : {Montant}"]);
}

/// <summary>Une tranche d'un barème par quotient familial : le montant s'applique jusqu'à un quotient (inclus).</summary>
/// <param name="QuotientMaximum">Le quotient familial maximum de la tranche (inclus).</param>
/// <param name="Montant">Le montant de la tranche.</param>
public sealed record TrancheDeQuotient(Montant QuotientMaximum, Montant Montant)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"QF ≤ {QuotientMaximum} : {Montant}";
}

/// <summary>Montant selon la tranche de quotient familial ; au-delà de la dernière tranche, zéro.</summary>
public sealed record BaremeParQuotient : IRegleDeMontant
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Barème par quotient familial ({Reference}) : {string.Join(" ; ", Tranches)}";

    /// <summary>Crée le barème.</summary>
    /// <param name="reference">Le texte qui fixe le barème.</param>
    /// <param name="tranches">Les tranches (au moins une), dans n'importe quel ordre, de quotients distincts.</param>
    /// <exception cref="ArgumentException">Aucune tranche, deux tranches au même quotient ou un montant négatif.</exception>
    public BaremeParQuotient(string reference, params TrancheDeQuotient[] tranches)
    {
        Preconditions.CheckNotNull(tranches);
        Tranches = [.. tranches.OrderBy(t => t.QuotientMaximum)];
        Preconditions.CheckArgument(!Tranches.IsEmpty, nameof(tranches), "Au moins une tranche.");
        Preconditions.CheckArgument(Tranches.Select(t => t.QuotientMaximum).Distinct().Count() == Tranches.Length, nameof(tranches), "Deux tranches n'ont pas le même quotient maximum.");
        Preconditions.CheckArgument(Tranches.All(t => !t.Montant.EstNegatif), nameof(tranches), "Les montants ne sont pas négatifs.");
        Reference = reference;
    }

    /// <summary>Les tranches, par quotient croissant.</summary>
    public ImmutableArray<TrancheDeQuotient> Tranches { get; }

    /// <summary>Le texte qui fixe le barème.</summary>
    public string Reference { get; }

    /// <inheritdoc/>
    public CalculDeMontant Calculer(ContexteEligibilite contexte)
    {
        Preconditions.CheckNotNull(contexte);
        var qf = contexte.QuotientFamilial.Valeur;
        var bareme = string.Join(" ; ", Tranches.Select(t => $"QF ≤ {t.QuotientMaximum} : {t.Montant}"));
        var parametre = new ParametreApplique("Barème par quotient familial", bareme, null, Reference);
        foreach (var t in Tranches)
        {
            if (qf <= t.QuotientMaximum)
            {
                return new CalculDeMontant(t.Montant, [parametre], [$"QF {qf} ≤ {t.QuotientMaximum} : tranche à {t.Montant}"]);
            }
        }

        return new CalculDeMontant(Montant.Zero, [parametre], [$"QF {qf} au-delà de la dernière tranche : montant nul"]);
    }
}

/// <summary>Une part du coût du projet, éventuellement plafonnée. Sans coût connu, le montant est nul.</summary>
public sealed record PartDuCout : IRegleDeMontant
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{(Taux * 100m).ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"))} % du coût du projet{(Plafond is { } p ? $", plafonné à {p}" : string.Empty)} ({Reference})";

    /// <summary>Crée la règle.</summary>
    /// <param name="taux">La part prise en charge, entre 0 et 1 (0,8 pour 80 %).</param>
    /// <param name="plafond">Le plafond, facultatif, positif ou nul.</param>
    /// <param name="reference">Le texte qui fixe la part.</param>
    /// <exception cref="ArgumentException">Taux hors de [0 ; 1] ou plafond négatif.</exception>
    public PartDuCout(decimal taux, Montant? plafond, string reference)
    {
        Preconditions.CheckArgument(taux is >= 0m and <= 1m, nameof(taux), "Le taux est compris entre 0 et 1.");
        Preconditions.CheckArgument(plafond is not { EstNegatif: true }, nameof(plafond), "Le plafond n'est pas négatif.");
        Taux = taux;
        Plafond = plafond;
        Reference = reference;
    }

    /// <summary>La part prise en charge, entre 0 et 1.</summary>
    public decimal Taux { get; }

    /// <summary>Le plafond, facultatif.</summary>
    public Montant? Plafond { get; }

    /// <summary>Le texte qui fixe la part.</summary>
    public string Reference { get; }

    /// <inheritdoc/>
    public CalculDeMontant Calculer(ContexteEligibilite contexte)
    {
        Preconditions.CheckNotNull(contexte);
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        var pourcentage = (Taux * 100m).ToString("0.##", fr) + " %";
        List<ParametreApplique> parametres = [new ParametreApplique("Part du coût prise en charge", pourcentage, null, Reference)];
        if (Plafond is { } p)
        {
            parametres.Add(new ParametreApplique("Plafond", p.ToString(), null, Reference));
        }

        if (contexte.CoutDuProjet is not { } cout)
        {
            return new CalculDeMontant(Montant.Zero, parametres, ["Coût du projet non fourni : montant nul"]);
        }

        // Arrondi au centime inférieur : la part ne dépasse jamais le taux annoncé.
        var part = cout.Multiplier(Taux, MidpointRounding.ToZero);
        var operations = new List<string> { $"{pourcentage} de {cout} = {part}" };
        if (Plafond is { } plafond && part > plafond)
        {
            operations.Add($"Plafonné à {plafond}");
            part = plafond;
        }

        return new CalculDeMontant(part, parametres, operations);
    }
}

/// <summary>Un montant de base augmenté d'un supplément par enfant à partir d'un rang (par exemple 50 € par enfant à partir du 2e).</summary>
public sealed record SupplementParEnfant : IRegleDeMontant
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Base} + {Supplement} par enfant à partir du rang {APartirDuRang} ({Reference})");

    /// <summary>Crée la règle.</summary>
    /// <param name="base">La règle de base.</param>
    /// <param name="supplement">Le supplément par enfant (positif ou nul).</param>
    /// <param name="aPartirDuRang">Le rang du premier enfant qui ouvre droit au supplément (1 pour tous).</param>
    /// <param name="reference">Le texte qui fixe le supplément.</param>
    /// <exception cref="ArgumentException">Supplément négatif ou rang inférieur à 1.</exception>
    public SupplementParEnfant(IRegleDeMontant @base, Montant supplement, int aPartirDuRang, string reference)
    {
        Preconditions.CheckArgument(!supplement.EstNegatif, nameof(supplement), "Le supplément n'est pas négatif.");
        Preconditions.CheckArgumentRange(nameof(aPartirDuRang), aPartirDuRang, 1, int.MaxValue);
        Base = Preconditions.CheckNotNull(@base);
        Supplement = supplement;
        APartirDuRang = aPartirDuRang;
        Reference = reference;
    }

    /// <summary>La règle de base.</summary>
    public IRegleDeMontant Base { get; }

    /// <summary>Le supplément par enfant.</summary>
    public Montant Supplement { get; }

    /// <summary>Le rang du premier enfant qui ouvre droit au supplément.</summary>
    public int APartirDuRang { get; }

    /// <summary>Le texte qui fixe le supplément.</summary>
    public string Reference { get; }

    /// <inheritdoc/>
    public CalculDeMontant Calculer(ContexteEligibilite contexte)
    {
        Preconditions.CheckNotNull(contexte);
        var b = Base.Calculer(contexte);
        var n = Math.Max(0, contexte.Foyer.NombreEnfants - (APartirDuRang - 1));
        var total = b.Maximum + (Supplement * n);
        return new CalculDeMontant(
            total,
            [.. b.Parametres, new ParametreApplique($"Supplément par enfant à partir du rang {APartirDuRang.ToString(CultureInfo.InvariantCulture)}", Supplement.ToString(), null, Reference)],
            [.. b.Operations, $"{b.Maximum} + {n.ToString(CultureInfo.InvariantCulture)} × {Supplement} = {total}"]);
    }
}

/// <summary>Le plus petit des montants de plusieurs règles (par exemple un forfait limité à 80 % du coût).</summary>
public sealed record PlusPetitDe : IRegleDeMontant
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Le plus petit de : {string.Join(" ; ", Regles)}";

    /// <summary>Crée la règle.</summary>
    /// <param name="regles">Les règles (au moins une).</param>
    /// <exception cref="ArgumentException">Aucune règle.</exception>
    public PlusPetitDe(params IRegleDeMontant[] regles)
    {
        Preconditions.CheckNotNull(regles);
        Preconditions.CheckArgument(regles.Length > 0, nameof(regles), "Au moins une règle.");
        Regles = [.. regles];
    }

    /// <summary>Les règles comparées.</summary>
    public ImmutableArray<IRegleDeMontant> Regles { get; }

    /// <inheritdoc/>
    public CalculDeMontant Calculer(ContexteEligibilite contexte)
    {
        var calculs = Regles.Select(r => r.Calculer(contexte)).ToList();
        var min = calculs.Min(c => c.Maximum);
        return new CalculDeMontant(
            min,
            [.. calculs.SelectMany(c => c.Parametres)],
            [.. calculs.SelectMany(c => c.Operations), $"Montant retenu : le plus petit, {min}"]);
    }
}

/// <summary>Aucun montant : service rendu sans versement.</summary>
public sealed record SansMontant : IRegleDeMontant
{
    /// <inheritdoc/>
    public override string ToString() =>
        "Sans montant (service rendu sans versement)";

    /// <inheritdoc/>
    public CalculDeMontant Calculer(ContexteEligibilite contexte) => new(Montant.Zero, [], ["Service rendu sans versement"]);
}
