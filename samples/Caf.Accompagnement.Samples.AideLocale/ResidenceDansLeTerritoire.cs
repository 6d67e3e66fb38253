using System.Collections.Frozen;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Territoires;

namespace Caf.Accompagnement.Samples.AideLocale;

/// <summary>
/// Condition locale, écrite dans l'assemblage de l'intégrateur : le foyer réside dans l'une des communes d'un
/// territoire (ici une intercommunalité rurale sans transport collectif régulier).
/// </summary>
public sealed class ResidenceDansLeTerritoire : IConditionEligibilite
{
    private readonly FrozenSet<CodeCommune> _communes;

    /// <summary>Crée la condition.</summary>
    /// <param name="territoire">Le nom du territoire.</param>
    /// <param name="communes">Les communes du territoire.</param>
    /// <param name="reference">Le texte qui fixe la condition.</param>
    public ResidenceDansLeTerritoire(string territoire, IEnumerable<CodeCommune> communes, string reference)
    {
        Territoire = territoire;
        _communes = communes.ToFrozenSet();
        Reference = reference;
    }

    /// <summary>Le nom du territoire.</summary>
    public string Territoire { get; }

    /// <summary>Le texte qui fixe la condition.</summary>
    public string Reference { get; }

    /// <inheritdoc/>
    public ResultatCondition Evaluer(ContexteEligibilite contexte)
    {
        var commune = contexte.Foyer.Commune;
        var ok = _communes.Contains(commune);
        return new ResultatCondition(
            $"Résider sur le territoire {Territoire}",
            ok,
            [new DonneeUtilisee("Commune de résidence", commune.ToString(), "adresse du dossier allocataire")],
            [new ParametreApplique("Territoire", $"{Territoire} ({_communes.Count} communes)", null, Reference)],
            ok ? $"La commune {commune} est sur le territoire : condition remplie" : $"La commune {commune} n'est pas sur le territoire : condition non remplie");
    }
}
