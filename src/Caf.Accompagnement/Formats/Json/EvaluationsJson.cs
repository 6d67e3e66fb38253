using System.Text.Json;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Json;

/// <summary>
/// Export JSON (schéma version 1, <c>docs/json.md</c>) des évaluations de ciblage par foyer : pour chaque foyer, chaque
/// cible de la politique, la décision et son explication (CRPA R311-3-1-2) quand elle a été produite. Export seulement :
/// une évaluation se recalcule à partir du foyer, de la politique et de la date.
/// </summary>
public static class EvaluationsJson
{
    /// <summary>Écrit des évaluations.</summary>
    /// <param name="evaluations">Les évaluations.</param>
    /// <returns>Le texte JSON.</returns>
    public static string Ecrire(IEnumerable<EvaluationDuFoyer> evaluations) =>
        JsonSerializer.Serialize(ToDocument(evaluations), CafJsonContext.Default.EvaluationsDocument);

    /// <summary>Convertit des évaluations en objet de transfert.</summary>
    /// <param name="evaluations">Les évaluations.</param>
    /// <returns>L'objet de transfert.</returns>
    public static EvaluationsDocument ToDocument(IEnumerable<EvaluationDuFoyer> evaluations) => new()
    {
        Evaluations = [.. Preconditions.CheckNotNull(evaluations).Select(e => new EvaluationDocument
        {
            NumeroAllocataire = Preconditions.CheckNotNull(e).Numero.EnClair,
            Reference = LectureJson.Iso(e.Reference),
            Decisions = [.. e.Decisions.Select(d => new DecisionDocument
            {
                Cible = d.Cible.Code,
                Libelle = d.Cible.Libelle,
                EstSatisfaite = d.EstSatisfaite,
                Explication = d.Explication is { } x ? ExplicationsJson.VersDocument(x) : null,
            })],
        })],
    };

    /// <summary>Écrit les évaluations dans un flux, en UTF-8, sans construire la chaîne JSON entière.</summary>
    /// <param name="evaluations">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    public static void Ecrire(IEnumerable<EvaluationDuFoyer> evaluations, Stream flux) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(flux), ToDocument(evaluations), CafJsonContext.Default.EvaluationsDocument);

    /// <summary>Écrit les évaluations dans un flux, de façon asynchrone, en UTF-8.</summary>
    /// <param name="evaluations">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La tâche.</returns>
    public static Task EcrireAsync(IEnumerable<EvaluationDuFoyer> evaluations, Stream flux, CancellationToken annulation = default) =>
        JsonSerializer.SerializeAsync(Preconditions.CheckNotNull(flux), ToDocument(evaluations), CafJsonContext.Default.EvaluationsDocument, annulation);
}

/// <summary>Le document d'export des évaluations de ciblage.</summary>
public sealed class EvaluationsDocument
{
    /// <summary>Version actuelle du schéma.</summary>
    public const int VersionActuelle = 1;

    /// <summary>Version du schéma du document.</summary>
    public int Version { get; set; } = VersionActuelle;

    /// <summary>Les évaluations, une par foyer.</summary>
    public List<EvaluationDocument> Evaluations { get; set; } = [];
}

/// <summary>L'évaluation d'un foyer dans le format d'export.</summary>
public sealed class EvaluationDocument
{
    /// <summary>Numéro allocataire sur 7 chiffres (donnée personnelle).</summary>
    public string? NumeroAllocataire { get; set; }

    /// <summary>Date de référence (ISO).</summary>
    public string? Reference { get; set; }

    /// <summary>Les décisions, une par cible de la politique, dans son ordre.</summary>
    public List<DecisionDocument> Decisions { get; set; } = [];
}

/// <summary>La décision d'une cible dans le format d'export.</summary>
public sealed class DecisionDocument
{
    /// <summary>Code de la cible.</summary>
    public string? Cible { get; set; }

    /// <summary>Libellé de la cible.</summary>
    public string? Libelle { get; set; }

    /// <summary>Le foyer appartient à la cible.</summary>
    public bool EstSatisfaite { get; set; }

    /// <summary>L'explication, si elle a été produite.</summary>
    public ExplicationDocument? Explication { get; set; }
}
