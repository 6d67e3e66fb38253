using System.Globalization;
using Sylvan.Data.Csv;

namespace Caf.Accompagnement.Utility;

/// <summary>
/// Lecture commune à tous les imports CSV de la bibliothèque (RFC 4180, séparateur virgule, en-tête obligatoire) :
/// situe chaque enregistrement par sa <b>ligne physique</b> et transforme un fichier mal formé en erreur
/// <c>{module}.csv.format</c>, jamais en exception.
/// </summary>
/// <remarks>
/// <para><b>Lignes.</b> La ligne rapportée est la ligne physique du fichier (la première est 1, c'est l'en-tête) où
/// commence l'enregistrement : un champ entre guillemets qui contient des sauts de ligne occupe plusieurs lignes
/// physiques, que le compte suit (<c>\n</c>, <c>\r\n</c> ou <c>\r</c> seul). Pour une erreur de format, la ligne est
/// celle où commence le champ fautif.</para>
/// <para><b>Erreur de format.</b> Un guillemet mal placé (texte après un guillemet fermant, guillemet jamais fermé) ou un
/// enregistrement trop long donne une erreur <c>{module}.csv.format</c> avec la ligne, le nom de la colonne (ou
/// <c>entete</c>), un extrait du texte brut du champ (masqué pour une colonne personnelle) et la raison. La lecture
/// s'arrête là : après un guillemet mal placé, on ne sait plus où finissent les enregistrements (un guillemet non fermé
/// absorbe tout le reste du fichier), et le lecteur CSV refuse de continuer. Les erreurs des lignes précédentes sont
/// gardées : le chargement échoue avec toutes les erreurs trouvées jusqu'à ce point, la dernière étant l'erreur de
/// format.</para>
/// </remarks>
internal sealed class LecteurCsv : IDisposable
{
    /// <summary>La longueur maximale de l'extrait du champ fautif cité dans une erreur de format.</summary>
    internal const int LongueurExtrait = 40;

    private static readonly CsvDataReaderOptions Options = new()
    {
        HasHeaders = true,
        Delimiter = ',',
        Quote = '"',
        CsvStyle = CsvStyle.Standard,
    };

    private readonly TexteSuivi _texte;
    private readonly string _module;
    private readonly string[] _colonnesPersonnelles;
    private readonly List<Erreur> _erreurs;
    private int _ligneSuivante;
    private bool _arrete;

    private LecteurCsv(CsvDataReader csv, TexteSuivi texte, string module, string[] colonnesPersonnelles, List<Erreur> erreurs)
    {
        Csv = csv;
        _texte = texte;
        _module = module;
        _colonnesPersonnelles = colonnesPersonnelles;
        _erreurs = erreurs;
        var sauts = 0;
        for (var i = 0; i < csv.FieldCount; i++)
        {
            sauts += SautsDeLigne(csv.GetName(i));
        }

        _ligneSuivante = 2 + sauts;
        _texte.Oublier(_ligneSuivante);
    }

    /// <summary>Le lecteur Sylvan, positionné sur l'enregistrement courant.</summary>
    internal CsvDataReader Csv { get; }

    /// <summary>La ligne physique où commence l'enregistrement courant (l'en-tête est la ligne 1).</summary>
    internal int Ligne { get; private set; } = 1;

    /// <summary>Vrai si la lecture s'est arrêtée sur une erreur de format (déjà ajoutée aux erreurs).</summary>
    internal bool EnErreurDeFormat => _arrete;

    /// <summary>
    /// Ouvre le fichier et lit son en-tête ; <see langword="null"/> si le fichier est vide ou son en-tête mal formée
    /// (l'erreur, ligne 1 ou ligne du champ fautif, est ajoutée à <paramref name="erreurs"/>).
    /// </summary>
    /// <param name="lecteur">Le texte CSV.</param>
    /// <param name="module">Le préfixe des codes d'erreur (<c>secteur</c>, <c>population</c>…).</param>
    /// <param name="erreurs">Les erreurs du chargement, complétées par ce lecteur.</param>
    /// <param name="fichierVide">L'erreur à rapporter pour un fichier vide (sans en-tête).</param>
    /// <param name="colonnesPersonnelles">Les colonnes dont la valeur est personnelle (numéro allocataire) : leur extrait est masqué.</param>
    /// <returns>Le lecteur, positionné avant le premier enregistrement, ou <see langword="null"/>.</returns>
    internal static LecteurCsv? Ouvrir(TextReader lecteur, string module, List<Erreur> erreurs, Erreur fichierVide, params string[] colonnesPersonnelles)
    {
        Preconditions.CheckNotNull(lecteur);
        var texte = new TexteSuivi(lecteur);
        try
        {
            return new LecteurCsv(CsvDataReader.Create(texte, Options), texte, module, colonnesPersonnelles, erreurs);
        }
        catch (CsvMissingHeadersException)
        {
            erreurs.Add(fichierVide);
            return null;
        }
        catch (CsvFormatException ex)
        {
            erreurs.Add(ErreurDeFormat(ex, texte, 1, null, module, personnelle: false));
            return null;
        }
    }

    /// <summary>Le nom de la colonne d'ordinal donné, tel qu'écrit dans l'en-tête (sans espaces autour).</summary>
    /// <param name="ordinal">L'ordinal.</param>
    /// <returns>Le nom, ou <see langword="null"/> hors de l'en-tête.</returns>
    internal string? NomDeColonne(int ordinal) =>
        ordinal >= 0 && ordinal < Csv.FieldCount ? Csv.GetName(ordinal).Trim().TrimStart('\uFEFF') : null;

    /// <summary>
    /// Passe à l'enregistrement suivant. Faux à la fin du fichier, ou sur une erreur de format : l'erreur
    /// <c>{module}.csv.format</c> est alors ajoutée et la lecture s'arrête (voir les remarques de la classe).
    /// </summary>
    /// <returns>Vrai si un enregistrement a été lu.</returns>
    internal bool Lire()
    {
        if (_arrete)
        {
            return false;
        }

        try
        {
            if (!Csv.Read())
            {
                return false;
            }
        }
        catch (CsvFormatException ex)
        {
            _arrete = true;
            var colonne = NomDeColonne(ex.FieldOrdinal);
            var personnelle = colonne is null || _colonnesPersonnelles.Contains(colonne, StringComparer.OrdinalIgnoreCase);
            _erreurs.Add(ErreurDeFormat(ex, _texte, _ligneSuivante, colonne, _module, personnelle));
            return false;
        }

        Ligne = _ligneSuivante;
        var sauts = 0;
        for (var i = 0; i < Csv.RowFieldCount; i++)
        {
            sauts += SautsDeLigne(Csv.GetFieldSpan(i));
        }

        _ligneSuivante = Ligne + 1 + sauts;
        _texte.Oublier(_ligneSuivante);
        return true;
    }

    /// <inheritdoc/>
    public void Dispose() => Csv.Dispose();

    /// <summary>Le nombre de sauts de ligne d'un texte (<c>\r\n</c> compte pour un).</summary>
    /// <param name="texte">Le texte.</param>
    /// <returns>Le nombre de sauts de ligne.</returns>
    internal static int SautsDeLigne(ReadOnlySpan<char> texte)
    {
        var n = 0;
        var i = texte.IndexOfAny('\r', '\n');
        while (i >= 0)
        {
            n++;
            var pas = texte[i] == '\r' && i + 1 < texte.Length && texte[i + 1] == '\n' ? 2 : 1;
            texte = texte[(i + pas)..];
            i = texte.IndexOfAny('\r', '\n');
        }

        return n;
    }

    private static Erreur ErreurDeFormat(CsvFormatException ex, TexteSuivi texte, int ligneEnregistrement, string? colonne, string module, bool personnelle)
    {
        var enTete = ligneEnregistrement == 1;
        var (ligne, extrait) = texte.Situer(ligneEnregistrement, ex is CsvRecordTooLargeException ? -1 : ex.FieldOrdinal, LongueurExtrait);
        if (extrait is not null && personnelle)
        {
            extrait = NumeroAllocataire.Masquer(extrait);
        }

        var champ = enTete ? "entete" : colonne ?? "ligne";
        var ou = string.Create(CultureInfo.InvariantCulture, $"ligne {ligne}") + (colonne is null ? string.Empty : $", colonne « {colonne} »");
        return new Erreur($"{module}.csv.format", champ, extrait, $"CSV mal formé ({ou}) : {Raison(ex)} La lecture s'arrête à cette ligne : au-delà, les limites des lignes ne sont plus sûres.", ligne);
    }

    private static string Raison(CsvFormatException ex)
    {
        if (ex is CsvRecordTooLargeException)
        {
            return "la ligne dépasse la taille maximale d'un enregistrement.";
        }

        if (ex.Message.Contains("closing quote", StringComparison.OrdinalIgnoreCase) && ex.Message.Contains("after", StringComparison.OrdinalIgnoreCase))
        {
            return "après le guillemet fermant d'un champ, une virgule ou une fin de ligne est attendue (un guillemet dans un champ s'écrit doublé).";
        }

        if (ex.Message.Contains("without a closing quote", StringComparison.OrdinalIgnoreCase))
        {
            return "un champ ouvert par un guillemet n'est jamais fermé avant la fin du fichier.";
        }

        return $"{ex.Message}";
    }
}
