using System.Diagnostics.CodeAnalysis;
using Caf.Accompagnement.Territoires;

namespace Caf.Accompagnement.Droits;

/// <summary>
/// Le secteur d'une commune et son travailleur social, pour orienter les contacts de fragilité. Point d'extension :
/// <see cref="AffectationParCommune"/> en donne une implémentation simple ; une carte des secteurs validée (module
/// <c>Territoires</c>) peut la remplacer.
/// </summary>
public interface IAffectationTerritoriale
{
    /// <summary>Cherche le secteur d'une commune.</summary>
    /// <param name="commune">La commune.</param>
    /// <param name="secteur">Le code du secteur.</param>
    /// <param name="travailleurSocial">Le travailleur social du secteur.</param>
    /// <returns><see langword="true"/> si la commune appartient à un secteur.</returns>
    bool TryTrouverSecteur(CodeCommune commune, [MaybeNullWhen(false)] out string secteur, [MaybeNullWhen(false)] out Intervenant travailleurSocial);
}
