using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Foyers;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// Une cible de travail social : un public auquel la Caf propose, de sa propre initiative, un accompagnement social.
/// Ensemble ouvert : la bibliothèque fournit les cibles des documents sources, un intégrateur ajoute ses cibles locales
/// (voir <see cref="CibleLocale"/> et <see cref="CiblesServiceCollectionExtensions"/>).
/// </summary>
/// <remarks>
/// <para>Une cible s'évalue toujours à une date de référence, avec un jeu de barèmes : <see cref="ADate"/> résout une
/// fois pour toutes ce qui dépend de la date (âges en dates de naissance, SMIC en plafond de ressources, délais en
/// dates de début de fenêtre), puis <see cref="ICibleADate"/> évalue autant de foyers que voulu.</para>
/// <para>Le <see cref="Code"/> est stable : c'est la clé des résultats, des comptages et des échanges.</para>
/// </remarks>
public interface ICible
{
    /// <summary>Code stable de la cible (majuscules, chiffres et <c>_</c>), par exemple <c>PARENTS_SEULS</c>.</summary>
    string Code { get; }

    /// <summary>Libellé français de la cible.</summary>
    string Libelle { get; }

    /// <summary>Résout la cible à une date de référence.</summary>
    /// <param name="reference">La date de référence de l'évaluation.</param>
    /// <param name="baremes">Les barèmes (SMIC, seuil de pauvreté…) à appliquer.</param>
    /// <returns>La cible prête à évaluer des foyers, ou l'erreur d'un barème qui ne couvre pas la date.</returns>
    Resultat<ICibleADate> ADate(LocalDate reference, JeuDeBaremes baremes);
}

/// <summary>Une cible résolue à une date de référence : elle évalue un foyer et explique sa décision.</summary>
/// <remarks>Invariant : pour tout foyer, <c>Expliquer(foyer).EstSatisfaite == Contient(foyer)</c>.</remarks>
public interface ICibleADate
{
    /// <summary>La cible.</summary>
    ICible Cible { get; }

    /// <summary>La date de référence.</summary>
    LocalDate Reference { get; }

    /// <summary>Le foyer appartient-il à la cible à la date de référence ?</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <returns><see langword="true"/> si le foyer appartient à la cible.</returns>
    bool Contient(Foyer foyer);

    /// <summary>L'explication de la décision pour ce foyer, selon les quatre points du CRPA R311-3-1-2.</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <returns>L'explication, dont <see cref="Explication.EstSatisfaite"/> vaut <see cref="Contient"/>.</returns>
    Explication Expliquer(Foyer foyer);
}
