using System.Globalization;
using System.Text;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;
using Sylvan.Data.Csv;

namespace Caf.Accompagnement.Activite;

/// <content>L'export CSV du bilan (avec les autres formats d'échange, dans <c>Formats/</c>).</content>
public sealed partial class BilanAnnuel
{
    /// <summary>Exporte le bilan en CSV (séparateur virgule, UTF-8) : une ligne par compteur, pour le département puis
    /// chaque secteur, pour la période puis la période précédente.</summary>
    /// <param name="sortie">Où écrire.</param>
    /// <remarks>Colonnes : <c>periode_debut, periode_fin, perimetre, rubrique, detail_1, detail_2, detail_3, nombre,
    /// montant, quantite</c>. Les montants sont en euros au format invariant (<c>448428.00</c>) ; <c>quantite</c> porte
    /// le nombre de participants des séances collectives. Les totaux sont la somme des lignes d'une même rubrique. Un texte
    /// qui commence par un caractère de formule (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tabulation, retour chariot) est
    /// précédé d'une apostrophe (injection CSV).</remarks>
    public void EcrireCsv(TextWriter sortie)
    {
        Preconditions.CheckNotNull(sortie);
        var lignes = new List<string[]>();
        Ajouter(lignes, Periode, PerimetreDepartement, Chiffres);
        foreach (var s in Secteurs)
        {
            Ajouter(lignes, Periode, s.Secteur, s.Chiffres);
        }

        if (PeriodePrecedente is { } precedente && ChiffresPrecedents is { } chiffresPrecedents)
        {
            Ajouter(lignes, precedente, PerimetreDepartement, chiffresPrecedents);
            foreach (var s in Secteurs)
            {
                Ajouter(lignes, precedente, s.Secteur, s.ChiffresPrecedents ?? ChiffresDActivite.Vide);
            }
        }

        // Sylvan ferme le TextWriter qu'il reçoit : on écrit dans un tampon, puis dans la sortie de l'appelant.
        using var tampon = new StringWriter(CultureInfo.InvariantCulture);
        using (var lecteur = new LignesDataReader(ColonnesCsv, lignes))
        using (var ecrivain = CsvDataWriter.Create(tampon, new CsvDataWriterOptions { NewLine = "\n", Culture = CultureInfo.InvariantCulture }))
        {
            ecrivain.Write(lecteur);
        }

        sortie.Write(tampon.ToString());
    }

    /// <summary>Les colonnes de l'export CSV.</summary>
    public static IReadOnlyList<string> ColonnesCsv { get; } =
        ["periode_debut", "periode_fin", "perimetre", "rubrique", "detail_1", "detail_2", "detail_3", "nombre", "montant", "quantite"];

    internal static string FormaterMontant(Montant montant)
    {
        var texte = montant.ToString();
        return montant.Centimes % 100 == 0 ? texte.Replace(",00 €", " €", StringComparison.Ordinal) : texte;
    }

    private static void Ajouter(List<string[]> lignes, DateInterval periode, string perimetre, ChiffresDActivite chiffres)
    {
        foreach (var (cle, valeur) in chiffres.Compteurs)
        {
            lignes.Add(
            [
                Dates.FormaterIso(periode.Start),
                Dates.FormaterIso(periode.End),
                EcritureCsv.Neutraliser(perimetre),
                CodeDeRubrique(cle.Rubrique),
                EcritureCsv.Neutraliser(cle.A),
                EcritureCsv.Neutraliser(cle.B),
                EcritureCsv.Neutraliser(cle.C),
                valeur.Nombre.ToString(CultureInfo.InvariantCulture),
                new Montant(valeur.Centimes).ToString("I", CultureInfo.InvariantCulture),
                valeur.Quantite.ToString(CultureInfo.InvariantCulture),
            ]);
        }
    }
}
