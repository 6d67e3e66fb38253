using System.Globalization;
using System.Text.Json;
using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Utility;
using Sylvan.Data.Csv;

namespace Caf.Accompagnement.Json;

/// <summary>
/// Export JSON (schéma version 1, <c>docs/json.md</c>) d'un <see cref="BilanAnnuel"/> : les mêmes compteurs que son
/// export CSV (<see cref="BilanAnnuel.EcrireCsv"/>), une ligne par compteur, pour le département puis chaque secteur,
/// pour la période puis la période précédente. Export seulement : un bilan se recalcule à partir du journal.
/// </summary>
public static class BilansJson
{
    /// <summary>Écrit un bilan.</summary>
    /// <param name="bilan">Le bilan.</param>
    /// <returns>Le texte JSON.</returns>
    public static string Ecrire(BilanAnnuel bilan) => JsonSerializer.Serialize(ToDocument(bilan), CafJsonContext.Default.BilanDocument);

    /// <summary>Convertit un bilan en objet de transfert.</summary>
    /// <param name="bilan">Le bilan.</param>
    /// <returns>L'objet de transfert.</returns>
    public static BilanDocument ToDocument(BilanAnnuel bilan)
    {
        Preconditions.CheckNotNull(bilan);
        using var csv = new StringWriter(CultureInfo.InvariantCulture);
        bilan.EcrireCsv(csv);
        var document = new BilanDocument
        {
            Debut = LectureJson.Iso(bilan.Periode.Start),
            Fin = LectureJson.Iso(bilan.Periode.End),
            DebutPrecedente = bilan.PeriodePrecedente is { } p ? LectureJson.Iso(p.Start) : null,
            FinPrecedente = bilan.PeriodePrecedente is { } q ? LectureJson.Iso(q.End) : null,
        };
        using var lecteur = CsvDataReader.Create(new StringReader(csv.ToString()));
        while (lecteur.Read())
        {
            string? Texte(int i) => lecteur.GetString(i) is { Length: > 0 } t ? t : null;
            document.Lignes.Add(new LigneDeBilanDocument
            {
                Debut = lecteur.GetString(0),
                Fin = lecteur.GetString(1),
                Perimetre = lecteur.GetString(2),
                Rubrique = lecteur.GetString(3),
                Details = [.. new[] { Texte(4), Texte(5), Texte(6) }.OfType<string>()],
                Nombre = long.Parse(lecteur.GetString(7), CultureInfo.InvariantCulture),
                Montant = Texte(8) is { } m ? decimal.Parse(m, CultureInfo.InvariantCulture) : null,
                Quantite = Texte(9) is { } n ? long.Parse(n, CultureInfo.InvariantCulture) : null,
            });
        }

        return document;
    }

    /// <summary>Écrit le bilan dans un flux, en UTF-8, sans construire la chaîne JSON entière.</summary>
    /// <param name="bilan">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    public static void Ecrire(BilanAnnuel bilan, Stream flux) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(flux), ToDocument(bilan), CafJsonContext.Default.BilanDocument);

    /// <summary>Écrit le bilan dans un flux, de façon asynchrone, en UTF-8.</summary>
    /// <param name="bilan">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La tâche.</returns>
    public static Task EcrireAsync(BilanAnnuel bilan, Stream flux, CancellationToken annulation = default) =>
        JsonSerializer.SerializeAsync(Preconditions.CheckNotNull(flux), ToDocument(bilan), CafJsonContext.Default.BilanDocument, annulation);
}

/// <summary>Le document d'export d'un bilan annuel.</summary>
public sealed class BilanDocument
{
    /// <summary>Version actuelle du schéma.</summary>
    public const int VersionActuelle = 1;

    /// <summary>Version du schéma du document.</summary>
    public int Version { get; set; } = VersionActuelle;

    /// <summary>Premier jour de la période (ISO).</summary>
    public string? Debut { get; set; }

    /// <summary>Dernier jour de la période (ISO).</summary>
    public string? Fin { get; set; }

    /// <summary>Premier jour de la période précédente (ISO), s'il y a lieu.</summary>
    public string? DebutPrecedente { get; set; }

    /// <summary>Dernier jour de la période précédente (ISO), s'il y a lieu.</summary>
    public string? FinPrecedente { get; set; }

    /// <summary>Les compteurs.</summary>
    public List<LigneDeBilanDocument> Lignes { get; set; } = [];
}

/// <summary>Un compteur d'un bilan dans le format d'export.</summary>
public sealed class LigneDeBilanDocument
{
    /// <summary>Premier jour de la période du compteur (ISO).</summary>
    public string? Debut { get; set; }

    /// <summary>Dernier jour de la période du compteur (ISO).</summary>
    public string? Fin { get; set; }

    /// <summary>Périmètre : <c>DEPARTEMENT</c> ou le code d'un secteur.</summary>
    public string? Perimetre { get; set; }

    /// <summary>Rubrique (interventions, demandes, rendez-vous, séances, aides, contrats…).</summary>
    public string? Rubrique { get; set; }

    /// <summary>Détails de la rubrique (motif, statut, thème…), dans l'ordre.</summary>
    public List<string> Details { get; set; } = [];

    /// <summary>Nombre.</summary>
    public long Nombre { get; set; }

    /// <summary>Montant en euros, pour les aides.</summary>
    public decimal? Montant { get; set; }

    /// <summary>Quantité (participants des séances collectives).</summary>
    public long? Quantite { get; set; }
}
