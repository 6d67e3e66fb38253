using System.Diagnostics.CodeAnalysis;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Territoires;

namespace Caf.Accompagnement.Campagnes;

/// <summary>
/// Le secteur d'une commune et son travailleur social, pour orienter les contacts de fragilité. Point d'extension :
/// <see cref="AffectationParCarte"/> s'appuie sur la carte des secteurs validée du module <c>Territoires</c> ;
/// <see cref="AffectationParCommune"/> en donne une implémentation simple.
/// </summary>
public interface IAffectationTerritoriale
{
    /// <summary>Cherche le secteur d'une commune.</summary>
    /// <param name="commune">La commune.</param>
    /// <param name="secteur">Le code du secteur.</param>
    /// <param name="travailleurSocial">Le travailleur social du secteur, ou <see langword="null"/> si le poste est vacant
    /// (les contacts de fragilité vont alors à la plateforme de la Caf).</param>
    /// <returns><see langword="true"/> si la commune appartient à un secteur.</returns>
    bool TryTrouverSecteur(CodeCommune commune, [MaybeNullWhen(false)] out string secteur, out Intervenant? travailleurSocial);
}
