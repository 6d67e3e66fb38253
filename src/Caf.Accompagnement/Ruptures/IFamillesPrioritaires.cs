using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Ruptures;

/// <summary>
/// Repère les familles prioritaires du plan pauvreté (familles avec « enfants pauvres » et familles monoparentales).
/// Point d'extension : l'implémentation par défaut (<see cref="FamillesPrioritairesParCible"/>, la cible du module
/// <c>Cibles</c>) peut être remplacée par injection de dépendances.
/// </summary>
public interface IFamillesPrioritaires
{
    /// <summary>Évalue un foyer à une date.</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <param name="reference">La date de référence.</param>
    /// <returns>L'explication si le foyer est une famille prioritaire, <see langword="null"/> sinon.</returns>
    Explication? Evaluer(Foyer foyer, LocalDate reference);

    /// <summary>
    /// La première date postérieure à la référence où, sans changement des données du foyer, <see cref="Evaluer"/>
    /// peut donner une autre réponse ; <see langword="null"/> si jamais. Par défaut : jamais pour un foyer sans enfant,
    /// le lendemain sinon.
    /// </summary>
    /// <param name="foyer">Le foyer.</param>
    /// <param name="reference">La date de référence.</param>
    /// <returns>La date de révision, ou <see langword="null"/>.</returns>
    LocalDate? ProchaineRevision(Foyer foyer, LocalDate reference) => foyer?.NombreEnfants > 0 ? reference.PlusJoursOuNull(1) : null;
}
