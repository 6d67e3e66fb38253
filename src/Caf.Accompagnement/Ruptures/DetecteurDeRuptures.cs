using System.Collections.Immutable;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Ruptures;

/// <summary>
/// Détecte, foyer par foyer et à une date de référence, les risques de rupture de droits selon la politique de
/// campagne d'une Caf : un signal par public du catalogue qui concerne le foyer, chacun avec son explication.
/// </summary>
public sealed class DetecteurDeRuptures
{
    /// <summary>Crée un détecteur.</summary>
    /// <param name="catalogue">Les publics de la campagne.</param>
    /// <param name="politique">La politique de campagne.</param>
    public DetecteurDeRuptures(CatalogueDesPublics catalogue, PolitiqueDeCampagne politique)
    {
        Catalogue = Preconditions.CheckNotNull(catalogue);
        Politique = Preconditions.CheckNotNull(politique);
    }

    /// <summary>Les publics.</summary>
    public CatalogueDesPublics Catalogue { get; }

    /// <summary>La politique.</summary>
    public PolitiqueDeCampagne Politique { get; }

    /// <summary>Évalue un foyer à une date.</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <param name="reference">La date de référence.</param>
    /// <returns>Les signaux du foyer et sa prochaine date de révision.</returns>
    /// <exception cref="InvalidOperationException">Un public renvoie un signal qui ne porte pas son code.</exception>
    public DetectionFoyer Detecter(Foyer foyer, LocalDate reference)
    {
        Preconditions.CheckNotNull(foyer);
        var signaux = ImmutableArray.CreateBuilder<Signal>();
        LocalDate? revision = null;
        foreach (var p in Catalogue.Publics)
        {
            if (p.Detecter(foyer, reference, Politique) is { } signal)
            {
                if (!string.Equals(signal.CodePublic, p.Code, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Le public « {p.Code} » a émis un signal d'un autre public (« {signal.CodePublic} »).");
                }

                signaux.Add(signal);
            }

            if (p.ProchaineRevision(foyer, reference, Politique) is { } r)
            {
                // Au 31/12/9999, pas de lendemain : pas de révision.
                revision = ExplicationsDeCampagne.Min(revision, r > reference ? r : reference.PlusJoursOuNull(1));
            }
        }

        // Les publics sont déjà par gravité décroissante puis par code.
        return new DetectionFoyer(foyer, reference, signaux.ToImmutable(), revision);
    }
}
