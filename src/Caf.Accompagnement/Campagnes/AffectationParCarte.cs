using System.Diagnostics.CodeAnalysis;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Campagnes;

/// <summary>
/// L'affectation territoriale lue sur une carte des secteurs validée (<see cref="CarteDesSecteurs"/>) : le secteur
/// d'une commune (par son nom) et son travailleur social.
/// </summary>
/// <remarks>Un secteur qui a plusieurs travailleurs sociaux confie les contacts au premier de la liste ; un secteur
/// sans travailleur social (poste vacant) renvoie ses contacts de fragilité à la plateforme de la Caf.</remarks>
public sealed class AffectationParCarte : IAffectationTerritoriale
{
    private readonly CarteDesSecteurs _carte;
    private readonly Intervenant?[] _intervenants;

    /// <summary>Crée l'affectation.</summary>
    /// <param name="carte">La carte des secteurs.</param>
    public AffectationParCarte(CarteDesSecteurs carte)
    {
        _carte = Preconditions.CheckNotNull(carte);
        _intervenants = [.. carte.Secteurs.Select(s => s.TravailleursSociaux.Count == 0
            ? null
            : new Intervenant(s.TravailleursSociaux[0].Identifiant, $"Travailleur social du secteur {s.Nom}", TypeIntervenant.TravailleurSocial))];
    }

    /// <inheritdoc/>
    public bool TryTrouverSecteur(CodeCommune commune, [MaybeNullWhen(false)] out string secteur, out Intervenant? travailleurSocial)
    {
        if (_carte.TryGetSecteur(commune, out var s))
        {
            secteur = s.Nom;
            travailleurSocial = _intervenants[s.Index];
            return true;
        }

        secteur = null;
        travailleurSocial = null;
        return false;
    }
}
