using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Territoires;

/// <summary>
/// Le code officiel géographique (COG, Insee) d'une commune : 5 caractères, département puis numéro de commune.
/// </summary>
/// <remarks>
/// <para>Forme : deux chiffres de département (01 à 95, sauf 20), ou <c>2A</c>/<c>2B</c> (Corse), suivis de
/// trois chiffres ; outre-mer : <c>97x</c> ou <c>98x</c> suivi de deux chiffres (971 Guadeloupe, 972 Martinique,
/// 973 Guyane, 974 La Réunion, 976 Mayotte…). Le numéro de commune <c>000</c> n'existe pas.
/// Source : Insee, Code officiel géographique.</para>
/// <para>Un code valide en forme n'existe pas forcément : l'existence se vérifie dans un <c>ReferentielCommunes</c>.
/// Le code est stocké comme un entier (4 octets) ; <c>default</c> n'est pas un code valide (<see cref="EstDefini"/>) :
/// <see cref="ToString"/> donne <c>(non défini)</c>, <see cref="Compact"/> vaut 0, il se range avant tout code défini et
/// n'est égal qu'à lui-même ; <see cref="Departement"/> lève <see cref="InvalidOperationException"/>.</para>
/// </remarks>
public readonly struct CodeCommune : IEquatable<CodeCommune>, IComparable<CodeCommune>
{
    // Encodage : 1 + valeur numérique du code pour les départements numériques (01001 → 1002) ;
    // 2A → 200 000 + numéro, 2B → 201 000 + numéro (+1). default = 0 = non défini.
    private const int BaseCorse2A = 200_000;
    private const int BaseCorse2B = 201_000;

    private readonly int _encode;

    private CodeCommune(int encode) => _encode = encode;

    /// <summary><see langword="false"/> pour <c>default</c>.</summary>
    public bool EstDefini => _encode != 0;

    /// <summary>Le code du département (<c>40</c>, <c>2A</c>, <c>974</c>).</summary>
    /// <exception cref="InvalidOperationException">Le code est <c>default</c> (non défini).</exception>
    public string Departement
    {
        get
        {
            if (!EstDefini)
            {
                throw new InvalidOperationException("Code commune non défini (default) : pas de département.");
            }

            var code = ToString();
            return code.StartsWith("97", StringComparison.Ordinal) || code.StartsWith("98", StringComparison.Ordinal) ? code[..3] : code[..2];
        }
    }

    /// <summary>Une représentation entière compacte et stable du code (pour les tables en masse), strictement positive ; 0 pour <c>default</c>.</summary>
    public int Compact => _encode;

    /// <summary>Lit un code commune saisi ou importé.</summary>
    /// <param name="texte">Le texte (les espaces autour sont ignorés ; <c>2a</c> est accepté pour <c>2A</c>).</param>
    /// <param name="champ">Nom du champ, pour l'erreur.</param>
    /// <returns>Le code, ou une erreur <c>commune.code.vide</c>, <c>commune.code.longueur</c>,
    /// <c>commune.code.format</c> ou <c>commune.code.departement</c> qui cite la valeur.</returns>
    /// <example><c>CodeCommune.Create("4O001")</c> (lettre O) donne l'erreur <c>commune.code.format</c>.</example>
    public static Resultat<CodeCommune> Create(string? texte, string champ = "code_insee") =>
        TryCreateCore(texte, out var code, out var erreur) ? code : Resultat<CodeCommune>.Echec(new Erreur(erreur!.Value.Code, champ, texte, erreur.Value.Message));

    /// <summary>Lit un code ; lève une exception s'il est invalide.</summary>
    /// <param name="texte">Le texte.</param>
    /// <returns>Le code.</returns>
    /// <exception cref="FormatException">Le texte n'est pas un code commune.</exception>
    public static CodeCommune Parse(string texte) =>
        TryCreateCore(texte, out var code, out var erreur) ? code : throw new FormatException($"Code commune « {texte} » invalide : {erreur!.Value.Message}");

    /// <summary>Essaie de lire un code commune, sans allocation.</summary>
    /// <param name="texte">Le texte.</param>
    /// <param name="code">Le code lu.</param>
    /// <returns><see langword="true"/> si le texte est un code valide.</returns>
    public static bool TryParse(ReadOnlySpan<char> texte, out CodeCommune code) => TryCreateCore(texte, out code, out _);

    /// <summary>Reconstruit un code à partir de sa forme <see cref="Compact"/>.</summary>
    /// <param name="compact">La forme compacte.</param>
    /// <returns>Le code.</returns>
    /// <exception cref="ArgumentException">La valeur n'est pas une forme compacte valide.</exception>
    public static CodeCommune FromCompact(int compact)
    {
        var code = new CodeCommune(compact);
        Preconditions.CheckArgument(compact > 0 && TryParse(code.ToString(), out var relu) && relu._encode == compact, nameof(compact), "Forme compacte de code commune invalide.");
        return code;
    }

    private static bool TryCreateCore(ReadOnlySpan<char> texte, out CodeCommune code, out (string Code, string Message)? erreur)
    {
        code = default;
        texte = texte.Trim();
        if (texte.IsEmpty)
        {
            erreur = ("commune.code.vide", "Le code commune est obligatoire.");
            return false;
        }

        if (texte.Length != 5)
        {
            erreur = ("commune.code.longueur", $"Un code commune Insee a 5 caractères ; reçu {texte.Length}.");
            return false;
        }

        var corse = texte[0] == '2' && (texte[1] is 'A' or 'a' or 'B' or 'b');
        for (var i = corse ? 2 : 0; i < 5; i++)
        {
            if (texte[i] is < '0' or > '9')
            {
                erreur = ("commune.code.format", $"Caractère « {texte[i]} » en position {i + 1} : un code commune est fait de chiffres (2A/2B pour la Corse).");
                return false;
            }
        }

        var numero = ((texte[2] - '0') * 100) + ((texte[3] - '0') * 10) + (texte[4] - '0');
        if (corse)
        {
            if (numero == 0)
            {
                erreur = ("commune.code.format", "Le numéro de commune 000 n'existe pas.");
                return false;
            }

            code = new CodeCommune((texte[1] is 'A' or 'a' ? BaseCorse2A : BaseCorse2B) + numero + 1);
            erreur = null;
            return true;
        }

        var dep = ((texte[0] - '0') * 10) + (texte[1] - '0');
        var valeur = (dep * 1000) + numero;
        bool departementValide;
        if (dep is 97 or 98)
        {
            var troisieme = texte[2] - '0';
            departementValide = dep == 97 ? troisieme is >= 1 and <= 8 : troisieme is 4 or 6 or 7 or 8 or 9;
            numero = ((texte[3] - '0') * 10) + (texte[4] - '0');
        }
        else
        {
            departementValide = dep is >= 1 and <= 95 && dep != 20;
        }

        if (!departementValide)
        {
            erreur = ("commune.code.departement", dep == 20
                ? "Le département 20 n'existe plus : la Corse s'écrit 2A ou 2B."
                : $"Département inconnu dans le code commune ({texte[..(dep is 97 or 98 ? 3 : 2)].ToString()}).");
            return false;
        }

        if (numero == 0)
        {
            erreur = ("commune.code.format", "Le numéro de commune 000 n'existe pas.");
            return false;
        }

        code = new CodeCommune(valeur + 1);
        erreur = null;
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(CodeCommune other) => _encode == other._encode;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CodeCommune c && Equals(c);

    /// <inheritdoc/>
    public override int GetHashCode() => _encode;

    /// <summary>Ordre ordinal du texte du code (la Corse, 2A/2B, se range entre 29 et 30).</summary>
    /// <param name="other">L'autre code.</param>
    /// <returns>Le résultat de la comparaison.</returns>
    public int CompareTo(CodeCommune other) =>
        EstDefini && other.EstDefini ? string.CompareOrdinal(ToString(), other.ToString()) : EstDefini.CompareTo(other.EstDefini);

    /// <summary>Égalité.</summary>
    /// <param name="a">Premier code.</param>
    /// <param name="b">Second code.</param>
    /// <returns><see langword="true"/> si égaux.</returns>
    public static bool operator ==(CodeCommune a, CodeCommune b) => a.Equals(b);

    /// <summary>Différence.</summary>
    /// <param name="a">Premier code.</param>
    /// <param name="b">Second code.</param>
    /// <returns><see langword="true"/> si différents.</returns>
    public static bool operator !=(CodeCommune a, CodeCommune b) => !a.Equals(b);

    /// <summary>Le code sur 5 caractères (<c>40197</c>, <c>2A004</c>).</summary>
    /// <returns>Le code, ou <c>(non défini)</c> pour <c>default</c>.</returns>
    public override string ToString()
    {
        if (!EstDefini)
        {
            return "(non défini)";
        }

        var v = _encode - 1;
        if (v >= BaseCorse2B)
        {
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"2B{v - BaseCorse2B:D3}");
        }

        if (v >= BaseCorse2A)
        {
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"2A{v - BaseCorse2A:D3}");
        }

        return v.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
    }
}
