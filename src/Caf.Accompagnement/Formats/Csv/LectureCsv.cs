using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;

namespace Caf.Accompagnement.Territoires;

/// <summary>Lecture (avec <see cref="Utility.LecteurCsv"/>) et écriture des CSV du module (RFC 4180, séparateur nommé ou détecté, UTF-8 avec ou sans BOM par défaut, fins de ligne LF ou CRLF).</summary>
internal static class LectureCsv
{
    private const char Bom = '\uFEFF';

    /// <summary>L'erreur d'un fichier vide (sans ligne d'en-tête) : <c>{prefixe}.entete.absente</c>, ligne 1.</summary>
    internal static Erreur FichierVide(string prefixe) =>
        new($"{prefixe}.entete.absente", "entete", null, "Le fichier est vide : une ligne d'en-tête est attendue.", 1);

    /// <summary>
    /// Lit l'en-tête : chaque colonne doit être connue et présente une fois ; les obligatoires doivent y être.
    /// Renvoie l'ordinal de chaque colonne attendue (-1 si facultative et absente), ou <see langword="null"/> en cas d'erreur.
    /// </summary>
    internal static int[]? LireEntete(CsvDataReader? csv, string[] obligatoires, string[] facultatives, string prefixe, List<Erreur> erreurs, int ligne = 1)
    {
        var attendues = obligatoires.Concat(facultatives).ToArray();
        var ordinaux = Enumerable.Repeat(-1, attendues.Length).ToArray();
        var formeAttendue = string.Join(',', obligatoires) + (facultatives.Length > 0 ? "[," + string.Join(",", facultatives) + "]" : string.Empty);
        var avant = erreurs.Count;
        if (csv is null)
        {
            return null;
        }

        if (csv.FieldCount == 0)
        {
            erreurs.Add(new Erreur($"{prefixe}.entete.absente", "entete", null, $"Le fichier est vide : l'en-tête « {formeAttendue} » est attendue.", ligne));
            return null;
        }

        var noms = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).TrimStart(Bom).Trim()).ToArray();
        if (!noms.Any(n => attendues.Contains(n, StringComparer.OrdinalIgnoreCase)))
        {
            // Aucune colonne attendue : la première ligne est sans doute une donnée (fichier sans en-tête), qui n'est pas citée.
            erreurs.Add(new Erreur($"{prefixe}.entete.absente", "entete", null, string.Create(CultureInfo.InvariantCulture, $"La ligne {ligne} n'est pas l'en-tête « {formeAttendue} » : aucune colonne attendue n'y figure (un fichier sans en-tête commence directement par les données)."), ligne));
            return null;
        }

        for (var i = 0; i < noms.Length; i++)
        {
            var nom = noms[i];
            var rang = Array.FindIndex(attendues, a => string.Equals(a, nom, StringComparison.OrdinalIgnoreCase));
            if (rang < 0)
            {
                erreurs.Add(new Erreur($"{prefixe}.entete.colonne_inconnue", "entete", nom, $"Colonne inconnue « {Erreur.Borner(nom)} » : l'en-tête attendue est « {formeAttendue} ».", ligne));
            }
            else if (ordinaux[rang] >= 0)
            {
                erreurs.Add(new Erreur($"{prefixe}.entete.colonne_doublon", "entete", nom, $"La colonne « {Erreur.Borner(nom)} » figure deux fois dans l'en-tête.", ligne));
            }
            else
            {
                ordinaux[rang] = i;
            }
        }

        for (var k = 0; k < obligatoires.Length; k++)
        {
            if (ordinaux[k] < 0)
            {
                erreurs.Add(new Erreur($"{prefixe}.entete.colonne_manquante", "entete", null, $"La colonne « {obligatoires[k]} » manque : l'en-tête attendue est « {formeAttendue} ».", ligne));
            }
        }

        return erreurs.Count == avant ? ordinaux : null;
    }

    /// <summary>Vrai si la ligne courante est entièrement vide (une ligne blanche, par exemple en fin de fichier).</summary>
    internal static bool LigneVide(CsvDataReader csv)
    {
        for (var i = 0; i < csv.RowFieldCount; i++)
        {
            if (!csv.GetFieldSpan(i).Trim().IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// L'erreur d'une ligne faite seulement de séparateurs (<c>,,</c>) : un enregistrement sans aucune valeur, refusé à
    /// sa ligne (une ligne blanche, elle, n'est pas un enregistrement).
    /// </summary>
    internal static Erreur LigneSansValeur(string prefixe, int ligne) =>
        new($"{prefixe}.ligne.vide", "ligne", null, "La ligne n'a que des séparateurs, aucune valeur : la supprimer ou la remplir.", ligne);

    /// <summary>Le champ d'ordinal donné, sans espaces autour ; vide si la colonne est absente de la ligne.</summary>
    internal static string Champ(CsvDataReader csv, int ordinal) =>
        ordinal >= 0 && ordinal < csv.RowFieldCount ? csv.GetString(ordinal).Trim() : string.Empty;

    /// <summary>Écrit un champ selon la RFC 4180 : entre guillemets seulement s'il contient une virgule, un guillemet ou un saut de ligne.</summary>
    internal static void EcrireChamp(TextWriter sortie, string champ)
    {
        if (champ.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            sortie.Write(champ);
            return;
        }

        var sb = new StringBuilder(champ.Length + 2);
        sb.Append('"').Append(champ.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        sortie.Write(sb.ToString());
    }

    /// <summary>Un nombre entier positif ou nul écrit en chiffres.</summary>
    internal static bool TryLireEntier(string texte, out int valeur) =>
        int.TryParse(texte, NumberStyles.None, CultureInfo.InvariantCulture, out valeur);
}
