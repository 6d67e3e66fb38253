using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Aides;

/// <summary>Le résultat d'une condition d'éligibilité appliquée à une demande, avec ce qu'il faut pour l'expliquer.</summary>
/// <param name="Libelle">La condition, en français (« Quotient familial au plus 700,00 € »).</param>
/// <param name="EstSatisfaite">La condition est-elle remplie ?</param>
/// <param name="Donnees">Les données utilisées.</param>
/// <param name="Parametres">Les paramètres appliqués.</param>
/// <param name="Operation">L'opération effectuée, en une phrase (« 650,00 € ≤ 700,00 € : condition remplie »).</param>
public sealed record ResultatCondition(string Libelle, bool EstSatisfaite, IReadOnlyList<DonneeUtilisee> Donnees, IReadOnlyList<ParametreApplique> Parametres, string Operation)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Libelle} : {Operation}";
}

/// <summary>
/// Une condition d'éligibilité d'un type d'aide. Ensemble ouvert : un intégrateur écrit ses propres conditions dans
/// son assemblage, elles s'expliquent comme les conditions fournies.
/// </summary>
public interface IConditionEligibilite
{
    /// <summary>Applique la condition.</summary>
    /// <param name="contexte">La demande et son foyer.</param>
    /// <returns>Le résultat, avec ses données, paramètres et opération pour l'explication.</returns>
    ResultatCondition Evaluer(ContexteEligibilite contexte);
}

/// <summary>Condition : quotient familial Caf au plus égal à un plafond fixé par la Caf.</summary>
/// <param name="Plafond">Le plafond de quotient familial (inclus).</param>
/// <param name="Reference">Le texte qui fixe le plafond (règlement intérieur d'action sociale…).</param>
public sealed record PlafondDeQuotientFamilial(Montant Plafond, string Reference) : IConditionEligibilite
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Quotient familial au plus {Plafond} ({Reference})";

    /// <inheritdoc/>
    public ResultatCondition Evaluer(ContexteEligibilite contexte)
    {
        Preconditions.CheckNotNull(contexte);
        var qf = contexte.QuotientFamilial.Valeur;
        var ok = qf <= Plafond;
        return new ResultatCondition(
            $"Quotient familial au plus {Plafond}",
            ok,
            [new DonneeUtilisee("Quotient familial", qf.ToString(), contexte.QuotientFamilial.Source)],
            [new ParametreApplique("Plafond de quotient familial", Plafond.ToString(), null, Reference)],
            ok ? $"{qf} ≤ {Plafond} : condition remplie" : $"{qf} > {Plafond} : condition non remplie");
    }
}

/// <summary>Condition : le foyer relève d'au moins une des cibles de travail social citées (par leur code).</summary>
public sealed record CibleRequise : IConditionEligibilite
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Relever d'une cible parmi {string.Join(", ", Codes)} ({Reference})";

    /// <summary>Crée la condition.</summary>
    /// <param name="reference">Le texte qui fixe la condition.</param>
    /// <param name="codes">Les codes de cibles admis (au moins un).</param>
    /// <exception cref="ArgumentException">Aucun code.</exception>
    public CibleRequise(string reference, params string[] codes)
    {
        Preconditions.CheckNotNull(codes);
        Preconditions.CheckArgument(codes.Length > 0 && codes.All(c => !string.IsNullOrWhiteSpace(c)), nameof(codes), "Au moins un code de cible non vide.");
        Codes = [.. codes];
        Reference = reference;
    }

    /// <summary>Les codes de cibles admis.</summary>
    public ImmutableArray<string> Codes { get; }

    /// <summary>Le texte qui fixe la condition.</summary>
    public string Reference { get; }

    /// <inheritdoc/>
    public ResultatCondition Evaluer(ContexteEligibilite contexte)
    {
        Preconditions.CheckNotNull(contexte);
        var trouvees = Codes.Where(contexte.Cibles.Contains).ToList();
        var ok = trouvees.Count > 0;
        var cibles = contexte.Cibles.Count == 0 ? "aucune" : string.Join(", ", contexte.Cibles.Order(StringComparer.Ordinal));
        return new ResultatCondition(
            $"Relever d'une cible parmi {string.Join(", ", Codes)}",
            ok,
            [new DonneeUtilisee("Cibles de travail social du foyer", cibles, "évaluation des cibles de la Caf à la date de la demande")],
            [new ParametreApplique("Cibles admises", string.Join(", ", Codes), null, Reference)],
            ok ? $"Le foyer relève de {string.Join(", ", trouvees)} : condition remplie" : "Le foyer ne relève d'aucune des cibles admises : condition non remplie");
    }
}

/// <summary>Condition : au moins un enfant à charge dont l'âge révolu à la date est compris entre deux bornes (incluses).</summary>
/// <param name="AgeMinimum">Âge minimum, en années révolues.</param>
/// <param name="AgeMaximum">Âge maximum, en années révolues.</param>
/// <param name="Reference">Le texte qui fixe la condition.</param>
public sealed record EnfantDAge(int AgeMinimum, int AgeMaximum, string Reference) : IConditionEligibilite
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Un enfant de {AgeMinimum} à {AgeMaximum} ans ({Reference})");

    /// <inheritdoc/>
    public ResultatCondition Evaluer(ContexteEligibilite contexte)
    {
        Preconditions.CheckNotNull(contexte);
        var ages = contexte.Foyer.Enfants.Select(e => e.Age(contexte.Date)).ToList();
        var ok = ages.Exists(a => a >= AgeMinimum && a <= AgeMaximum);
        var texteAges = ages.Count == 0 ? "aucun enfant" : string.Join(", ", ages.Select(a => a.ToString(CultureInfo.InvariantCulture) + " ans"));
        return new ResultatCondition(
            $"Un enfant de {AgeMinimum.ToString(CultureInfo.InvariantCulture)} à {AgeMaximum.ToString(CultureInfo.InvariantCulture)} ans",
            ok,
            [new DonneeUtilisee("Âges des enfants à charge", texteAges, "dates de naissance du dossier allocataire")],
            [new ParametreApplique("Âges admis", $"{AgeMinimum.ToString(CultureInfo.InvariantCulture)} à {AgeMaximum.ToString(CultureInfo.InvariantCulture)} ans", null, Reference)],
            ok ? $"Au moins un enfant a entre {AgeMinimum.ToString(CultureInfo.InvariantCulture)} et {AgeMaximum.ToString(CultureInfo.InvariantCulture)} ans : condition remplie" : "Aucun enfant dans la tranche d'âge : condition non remplie");
    }
}

/// <summary>Condition : l'allocataire a un âge révolu compris entre deux bornes (incluses) à la date.</summary>
/// <param name="AgeMinimum">Âge minimum, en années révolues.</param>
/// <param name="AgeMaximum">Âge maximum, en années révolues.</param>
/// <param name="Reference">Le texte qui fixe la condition.</param>
public sealed record AgeDeLAllocataire(int AgeMinimum, int AgeMaximum, string Reference) : IConditionEligibilite
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Allocataire de {AgeMinimum} à {AgeMaximum} ans ({Reference})");

    /// <inheritdoc/>
    public ResultatCondition Evaluer(ContexteEligibilite contexte)
    {
        Preconditions.CheckNotNull(contexte);
        var age = contexte.Foyer.Allocataire.Age(contexte.Date);
        var ok = age >= AgeMinimum && age <= AgeMaximum;
        var bornes = $"{AgeMinimum.ToString(CultureInfo.InvariantCulture)} à {AgeMaximum.ToString(CultureInfo.InvariantCulture)} ans";
        return new ResultatCondition(
            $"Allocataire de {bornes}",
            ok,
            [new DonneeUtilisee("Âge de l'allocataire", age.ToString(CultureInfo.InvariantCulture) + " ans", "date de naissance du dossier allocataire")],
            [new ParametreApplique("Âges admis", bornes, null, Reference)],
            ok ? $"{age.ToString(CultureInfo.InvariantCulture)} ans, dans la tranche : condition remplie" : $"{age.ToString(CultureInfo.InvariantCulture)} ans, hors de la tranche : condition non remplie");
    }
}

/// <summary>Condition : au moins un enfant à charge.</summary>
/// <param name="Reference">Le texte qui fixe la condition.</param>
public sealed record AvecEnfantACharge(string Reference) : IConditionEligibilite
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Au moins un enfant à charge ({Reference})";

    /// <inheritdoc/>
    public ResultatCondition Evaluer(ContexteEligibilite contexte)
    {
        Preconditions.CheckNotNull(contexte);
        var n = contexte.Foyer.NombreEnfants;
        return new ResultatCondition(
            "Au moins un enfant à charge",
            n > 0,
            [new DonneeUtilisee("Enfants à charge", n.ToString(CultureInfo.InvariantCulture), "dossier allocataire")],
            [new ParametreApplique("Nombre minimum d'enfants", "1", null, Reference)],
            n > 0 ? "Au moins un enfant à charge : condition remplie" : "Aucun enfant à charge : condition non remplie");
    }
}
