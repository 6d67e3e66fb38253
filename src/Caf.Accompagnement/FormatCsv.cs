using System.Globalization;
using System.Text;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement;

/// <summary>
/// Le format d'un fichier CSV tel qu'il sort d'un tableur ou d'un outil de la Caf : son séparateur de champs et son
/// encodage. Chaque import CSV de la bibliothèque l'accepte ; par défaut (<see cref="Detecte"/>), le séparateur est
/// détecté sur la première ligne et le texte est lu en UTF-8.
/// </summary>
/// <remarks>
/// <para><b>Séparateur.</b> Virgule (RFC 4180), point-virgule (Excel en français, outils de la Caf) ou tabulation.
/// <see langword="null"/> : une première ligne <c>sep=;</c> (ou <c>sep=,</c>, <c>sep=\t</c>), écrite par Excel, le
/// nomme et n'est pas un enregistrement ; sinon le séparateur est celui des trois qui figure le plus souvent, hors
/// guillemets, dans la ligne d'en-tête (la virgule à égalité). Un séparateur nommé qui ne découpe pas l'en-tête attendu
/// donne l'erreur <c>{module}.csv.separateur</c> à la ligne 1, qui dit quel séparateur l'en-tête semble utiliser.</para>
/// <para><b>Nombres.</b> Les imports lisent la virgule décimale (<c>12,50</c>) comme le point (<c>12.50</c>), quel que
/// soit le séparateur (avec la virgule comme séparateur, une valeur à virgule décimale s'écrit entre guillemets). Les
/// exports écrivent la virgule décimale avec le point-virgule, le point sinon.</para>
/// <para><b>Encodage.</b> <see langword="null"/> : UTF-8, BOM facultatif, un BOM UTF-16 ou UTF-32 étant suivi ; des
/// octets invalides refusent leur ligne (<c>{module}.csv.encodage</c>). Un autre encodage se nomme, par exemple
/// <see cref="Windows1252"/> (le format « CSV (séparateur : point-virgule) » d'Excel sous Windows).</para>
/// </remarks>
public sealed record FormatCsv
{
    private readonly char? _separateur;

    // Avant les formats qui l'utilisent : les initialiseurs statiques s'exécutent dans l'ordre du texte.
    /// <summary>L'encodage Windows-1252 (page de code 1252), sans enregistrement préalable d'un fournisseur d'encodages.</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>Le format par défaut : séparateur détecté, UTF-8.</summary>
    public static FormatCsv Detecte { get; } = new();

    /// <summary>Le format RFC 4180 : virgule, UTF-8.</summary>
    public static FormatCsv Rfc4180 { get; } = new() { Separateur = ',' };

    /// <summary>Le format « CSV (séparateur : point-virgule) » d'Excel en français sous Windows : point-virgule, Windows-1252.</summary>
    public static FormatCsv ExcelFrancais { get; } = new() { Separateur = ';', Encodage = Windows1252 };

    /// <summary>Le séparateur de champs : <c>,</c>, <c>;</c> ou tabulation ; <see langword="null"/> pour le détecter.</summary>
    /// <exception cref="ArgumentException">Un autre caractère.</exception>
    public char? Separateur
    {
        get => _separateur;
        init
        {
            Preconditions.CheckArgument(value is null or ',' or ';' or '\t', nameof(Separateur), "Le séparateur est la virgule, le point-virgule ou la tabulation.");
            _separateur = value;
        }
    }

    /// <summary>L'encodage d'un flux d'octets ; <see langword="null"/> pour UTF-8 (BOM suivi).</summary>
    public Encoding? Encodage { get; init; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"CSV, séparateur {(Separateur switch { null => "détecté", ',' => "virgule", ';' => "point-virgule", _ => "tabulation" })}, {(Encodage is null ? "UTF-8" : Encodage.WebName)}";

    /// <summary>
    /// Le séparateur que nomme une première ligne <c>sep=X</c> d'Excel, ou <see langword="null"/> si la ligne n'en est pas une.
    /// </summary>
    /// <param name="premiereLigne">La première ligne du texte, sans sa fin de ligne (BOM ôté).</param>
    /// <returns>Le séparateur nommé, ou <see langword="null"/>.</returns>
    internal static char? SeparateurNomme(ReadOnlySpan<char> premiereLigne)
    {
        var ligne = premiereLigne.Trim(' ');
        if (ligne.Length == 5 && ligne.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && ligne[4] is ',' or ';' or '\t')
        {
            return ligne[4];
        }

        return null;
    }

    /// <summary>
    /// Le séparateur d'une ligne d'en-tête : celui de la virgule, du point-virgule et de la tabulation qui y figure le plus
    /// souvent hors guillemets (la virgule à égalité, et pour une ligne sans aucun des trois).
    /// </summary>
    /// <param name="entete">La ligne d'en-tête, sans sa fin de ligne.</param>
    /// <returns>Le séparateur détecté.</returns>
    internal static char Detecter(ReadOnlySpan<char> entete)
    {
        int virgules = 0, pointsVirgules = 0, tabulations = 0;
        var entreGuillemets = false;
        foreach (var c in entete)
        {
            switch (c)
            {
                case '"':
                    entreGuillemets = !entreGuillemets;
                    break;
                case ',' when !entreGuillemets:
                    virgules++;
                    break;
                case ';' when !entreGuillemets:
                    pointsVirgules++;
                    break;
                case '\t' when !entreGuillemets:
                    tabulations++;
                    break;
            }
        }

        if (pointsVirgules > virgules && pointsVirgules >= tabulations)
        {
            return ';';
        }

        return tabulations > virgules ? '\t' : ',';
    }

    /// <summary>Le séparateur qu'écrivent les exports : celui nommé, la virgule s'il est détecté.</summary>
    internal char SeparateurEcrit => Separateur ?? ',';

    /// <summary>Vrai si les exports écrivent la virgule décimale (séparateur point-virgule).</summary>
    internal bool VirguleDecimale => SeparateurEcrit == ';';

    /// <summary>Un nombre décimal tel que l'écrit un export de ce format : virgule décimale avec le point-virgule, point sinon.</summary>
    /// <param name="valeur">La valeur.</param>
    /// <returns>Le texte.</returns>
    internal string Ecrire(decimal valeur)
    {
        var texte = valeur.ToString(CultureInfo.InvariantCulture);
        return VirguleDecimale ? texte.Replace('.', ',') : texte;
    }

    /// <summary>Le séparateur avec son article, dans une phrase : « la virgule », « le point-virgule », « la tabulation ».</summary>
    /// <param name="separateur">Le séparateur.</param>
    /// <returns>Le texte.</returns>
    internal static string Designation(char separateur) => separateur switch
    {
        ',' => "la virgule (,)",
        ';' => "le point-virgule (;)",
        _ => "la tabulation",
    };

    /// <summary>Le nom d'un séparateur dans un message.</summary>
    /// <param name="separateur">Le séparateur.</param>
    /// <returns>« virgule », « point-virgule » ou « tabulation ».</returns>
    internal static string Nom(char separateur) => separateur switch
    {
        ',' => "virgule",
        ';' => "point-virgule",
        _ => "tabulation",
    };
}
