using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Campagnes;

/// <summary>Un secteur : son code, son travailleur social et ses communes.</summary>
/// <param name="Code">Code du secteur.</param>
/// <param name="TravailleurSocial">Le travailleur social du secteur.</param>
/// <param name="Communes">Les communes du secteur.</param>
public sealed record SecteurAffecte(string Code, Intervenant TravailleurSocial, IReadOnlyCollection<CodeCommune> Communes)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Secteur {Code} : {TravailleurSocial}, {Communes.Count} commune(s)");
}

/// <summary>Une affectation territoriale donnée par la liste des communes de chaque secteur.</summary>
/// <remarks>Invariant : une commune appartient à un seul secteur ; chaque secteur a un travailleur social.</remarks>
public sealed class AffectationParCommune : IAffectationTerritoriale
{
    private readonly FrozenDictionary<CodeCommune, SecteurAffecte> _parCommune;

    /// <summary>Crée l'affectation.</summary>
    /// <param name="secteurs">Les secteurs.</param>
    /// <exception cref="ArgumentException">Une commune est dans deux secteurs, ou un secteur est incomplet.</exception>
    public AffectationParCommune(IEnumerable<SecteurAffecte> secteurs)
    {
        var dictionnaire = new Dictionary<CodeCommune, SecteurAffecte>();
        foreach (var s in Preconditions.CheckNotNull(secteurs))
        {
            Preconditions.CheckArgument(s is not null && !string.IsNullOrWhiteSpace(s.Code) && s.TravailleurSocial is not null && s.Communes is not null, nameof(secteurs), "Un secteur a un code, un travailleur social et des communes.");
            Preconditions.CheckArgument(s.TravailleurSocial.Type == TypeIntervenant.TravailleurSocial, nameof(secteurs), "L'intervenant d'un secteur est un travailleur social.");
            foreach (var c in s.Communes)
            {
                Preconditions.CheckArgument(dictionnaire.TryAdd(c, s), nameof(secteurs), $"La commune {c} appartient à deux secteurs.");
            }
        }

        _parCommune = dictionnaire.ToFrozenDictionary();
    }

    /// <inheritdoc/>
    public bool TryTrouverSecteur(CodeCommune commune, [MaybeNullWhen(false)] out string secteur, out Intervenant? travailleurSocial)
    {
        if (_parCommune.TryGetValue(commune, out var s))
        {
            secteur = s.Code;
            travailleurSocial = s.TravailleurSocial;
            return true;
        }

        secteur = null;
        travailleurSocial = null;
        return false;
    }
}
