using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>
/// Ce qui passe d'une étape à l'autre : une carte (étape Territoires), une population (étape Segmentation), une année
/// racontée (<see cref="Recit"/> : campagne, contacts, dossiers, aides, contrats, bilan).
/// </summary>
internal sealed class Contexte(Options options)
{
    private IReadOnlyList<Foyer>? _foyers;

    /// <summary>Les options de la ligne de commande.</summary>
    internal Options Options { get; } = options;

    /// <summary>Une date de 2020 : le scénario de la Caf de la Loire pendant le confinement (seed 004).</summary>
    internal bool Loire => Options.Date.Year == 2020;

    /// <summary>La politique de ciblage de la segmentation : Landes 2022, ou Loire 2020 pour une date de 2020.</summary>
    internal PolitiqueDeCiblage Politique => Loire ? PolitiqueDeCiblage.Loire2020 : PolitiqueDeCiblage.Landes2022;

    /// <summary>La carte des secteurs (illustrative) de l'étape Territoires.</summary>
    internal CarteDesSecteurs Carte => EtapeTerritoires.Carte;

    /// <summary>La population synthétique des Landes, générée par l'étape Segmentation.</summary>
    internal Population? Population { get; set; }

    /// <summary>Les foyers de la population, en objets, pour la détection et les dossiers.</summary>
    internal IReadOnlyList<Foyer> Foyers => _foyers ??= Population is { } p
        ? [.. Enumerable.Range(0, p.Count).Select(p.Foyer)]
        : throw new InvalidOperationException("La population est générée par l'étape Segmentation.");

    /// <summary>L'année racontée, commencée par l'étape Ruptures.</summary>
    internal Recit? Recit { get; set; }
}
