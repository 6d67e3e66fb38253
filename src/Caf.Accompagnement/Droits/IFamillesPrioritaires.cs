using Caf.Accompagnement.Foyers;
using NodaTime;

namespace Caf.Accompagnement.Droits;

/// <summary>
/// Repère les familles prioritaires du plan pauvreté (familles avec « enfants pauvres » et familles monoparentales).
/// Point d'extension : l'implémentation par défaut (<see cref="FamillesPrioritairesPlanPauvrete"/>) peut être remplacée
/// par injection de dépendances, par exemple par la cible correspondante du module <c>Cibles</c>.
/// </summary>
public interface IFamillesPrioritaires
{
    /// <summary>Évalue un foyer à une date.</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <param name="reference">La date de référence.</param>
    /// <returns>L'explication si le foyer est une famille prioritaire, <see langword="null"/> sinon.</returns>
    Explication? Evaluer(Foyer foyer, LocalDate reference);
}
