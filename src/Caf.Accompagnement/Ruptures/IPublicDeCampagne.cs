using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Ruptures;

/// <summary>
/// Un public d'une campagne de contacts proactifs : une règle qui repère, à une date, les foyers à contacter pour un
/// motif donné. Ensemble ouvert : un intégrateur ajoute ses publics depuis son propre assemblage par injection de
/// dépendances (<see cref="Campagnes.RupturesServiceCollectionExtensions.AddPublicDeCampagne{T}"/>).
/// </summary>
public interface IPublicDeCampagne
{
    /// <summary>Code stable, unique dans le catalogue (« SUSPENSION_PIECE »).</summary>
    string Code { get; }

    /// <summary>Libellé du motif, en français.</summary>
    string Libelle { get; }

    /// <summary>La gravité des signaux de ce public.</summary>
    Gravite Gravite { get; }

    /// <summary>Le type d'intervenant qui prend en charge ces signaux.</summary>
    TypeIntervenant Intervenant { get; }

    /// <summary>Évalue un foyer à une date de référence.</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <param name="reference">La date de référence.</param>
    /// <param name="politique">La politique de campagne de la Caf.</param>
    /// <returns>Le signal, expliqué, ou <see langword="null"/> si le foyer n'est pas concerné.</returns>
    Signal? Detecter(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique);

    /// <summary>
    /// La première date postérieure à la référence où, sans changement des données du foyer, la réponse de
    /// <see cref="Detecter"/> (signal et explication) peut changer ; <see langword="null"/> si jamais. Sert à la mise à
    /// jour incrémentale. Par défaut le lendemain (le foyer est réévalué à chaque mise à jour).
    /// </summary>
    /// <param name="foyer">Le foyer.</param>
    /// <param name="reference">La date de référence.</param>
    /// <param name="politique">La politique de campagne de la Caf.</param>
    /// <returns>La date de révision, ou <see langword="null"/>.</returns>
    LocalDate? ProchaineRevision(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique) => reference.PlusJoursOuNull(1);
}
