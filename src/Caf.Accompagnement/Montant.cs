using System.Globalization;
using System.Text;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement;

/// <summary>
/// Un montant en euros, exact au centime (entier de centimes, jamais de virgule flottante).
/// </summary>
/// <remarks>
/// <para>Invariants : la valeur est un nombre entier de centimes (<see cref="Centimes"/>) ; <c>default</c> vaut
/// <see cref="Zero"/>. Les montants négatifs sont permis (soldes, régularisations) ; les règles métier qui exigent un
/// montant positif le vérifient elles-mêmes.</para>
/// <para>Le format est toujours le format français, quelle que soit la culture de la machine :
/// <c>1 645,58 €</c> (espace comme séparateur de milliers et avant le symbole, virgule décimale, deux décimales).
/// <see cref="Parse(string)"/> accepte ce format, avec ou sans symbole, ainsi que le point décimal (<c>1645.58</c>).
/// Séparateurs de milliers admis : l'espace, l'espace insécable (U+00A0) et l'espace fine insécable (U+202F), les mêmes
/// que pour <see cref="NumeroAllocataire"/> ; entre des chiffres de la partie entière seulement, le premier groupe ayant
/// 1 à 3 chiffres et chaque séparateur étant suivi d'exactement 3 chiffres (<c>12 34,5</c> est refusé).</para>
/// <para>Capacité : de <see cref="MinValue"/> à <see cref="MaxValue"/> (± 92 233 720 368 547 758,07 €, un
/// <see cref="long"/> de centimes). Au-delà, <see cref="Create(decimal, string)"/> et
/// <see cref="Create(string, string)"/> renvoient une erreur (<c>montant.capacite</c>, <c>montant.format</c>), jamais
/// d'exception.</para>
/// </remarks>
public readonly struct Montant : IEquatable<Montant>, IComparable<Montant>, IComparable, IFormattable
{
    private const string ChampParDefaut = "montant";

    /// <summary>Crée un montant à partir d'un nombre de centimes.</summary>
    /// <param name="centimes">Nombre de centimes (peut être négatif).</param>
    public Montant(long centimes) => Centimes = centimes;

    /// <summary>Zéro euro.</summary>
    public static Montant Zero => default;

    /// <summary>Le plus grand montant représentable.</summary>
    public static Montant MaxValue => new(long.MaxValue);

    /// <summary>Le plus petit montant représentable.</summary>
    public static Montant MinValue => new(long.MinValue);

    /// <summary>Le montant en centimes.</summary>
    public long Centimes { get; }

    /// <summary>Le montant en euros, exact.</summary>
    public decimal Euros => Centimes / 100m;

    /// <summary><see langword="true"/> si le montant est strictement négatif.</summary>
    public bool EstNegatif => Centimes < 0;

    /// <summary>Crée un montant à partir d'euros ; la valeur doit avoir au plus deux décimales.</summary>
    /// <param name="euros">Le montant en euros, par exemple <c>1645.58m</c>.</param>
    /// <returns>Le montant.</returns>
    /// <exception cref="ArgumentException">La valeur a plus de deux décimales (erreur de programmation : arrondir d'abord avec <see cref="Arrondir"/>).</exception>
    /// <exception cref="OverflowException">La valeur dépasse la capacité d'un montant.</exception>
    public static Montant FromEuros(decimal euros)
    {
        var centimes = euros * 100m;
        Preconditions.CheckArgument(centimes == decimal.Truncate(centimes), nameof(euros), $"Un montant a au plus deux décimales : {euros.ToString(CultureInfo.InvariantCulture)}.");
        return new Montant(decimal.ToInt64(centimes));
    }

    /// <summary>Crée un montant à partir de centimes.</summary>
    /// <param name="centimes">Nombre de centimes.</param>
    /// <returns>Le montant.</returns>
    public static Montant FromCentimes(long centimes) => new(centimes);

    /// <summary>Arrondit une valeur en euros au centime.</summary>
    /// <param name="euros">Valeur en euros, éventuellement avec plus de deux décimales.</param>
    /// <param name="mode">Mode d'arrondi ; par défaut au plus proche, le demi-centime s'arrondissant en s'éloignant de zéro.</param>
    /// <returns>Le montant arrondi.</returns>
    public static Montant Arrondir(decimal euros, MidpointRounding mode = MidpointRounding.AwayFromZero) =>
        new(decimal.ToInt64(decimal.Round(euros * 100m, 0, mode)));

    /// <summary>Crée un montant à partir d'une donnée d'entrée en euros : refuse plus de deux décimales.</summary>
    /// <param name="euros">La valeur en euros.</param>
    /// <param name="champ">Le nom du champ, pour l'erreur.</param>
    /// <returns>Le montant, ou l'erreur <c>montant.precision</c> ou <c>montant.capacite</c>.</returns>
    public static Resultat<Montant> Create(decimal euros, string champ = ChampParDefaut)
    {
        // La capacité d'abord : euros × 100 dépasserait celle d'un decimal au-delà de 7,9 × 10^26.
        if (euros > long.MaxValue / 100m || euros < long.MinValue / 100m)
        {
            return Resultat<Montant>.Echec(new Erreur("montant.capacite", champ, euros.ToString(CultureInfo.InvariantCulture), "Montant hors de la capacité d'un montant (± 92 233 720 368 547 758,07 €)."));
        }

        var centimes = euros * 100m;
        if (centimes != decimal.Truncate(centimes))
        {
            return Resultat<Montant>.Echec(new Erreur("montant.precision", champ, euros.ToString(CultureInfo.InvariantCulture), "Un montant a au plus deux décimales (centimes)."));
        }

        return new Montant(decimal.ToInt64(centimes));
    }

    /// <summary>Lit un montant écrit en français (<c>1 645,58 €</c>) ou avec un point décimal (<c>1645.58</c>).</summary>
    /// <param name="texte">Le texte.</param>
    /// <param name="champ">Le nom du champ, pour l'erreur.</param>
    /// <returns>Le montant, ou l'erreur <c>montant.format</c> qui cite la valeur.</returns>
    public static Resultat<Montant> Create(string? texte, string champ = ChampParDefaut) =>
        TryParseCore(texte, out var montant)
            ? montant
            : Resultat<Montant>.Echec(new Erreur("montant.format", champ, texte, "Montant illisible : attendu par exemple « 1 645,58 € » ou « 1645.58 », au plus deux décimales."));

    /// <summary>Lit un montant ; lève une exception s'il est illisible.</summary>
    /// <param name="texte">Le texte.</param>
    /// <returns>Le montant.</returns>
    /// <exception cref="FormatException">Le texte n'est pas un montant.</exception>
    public static Montant Parse(string texte) =>
        TryParseCore(texte, out var montant) ? montant : throw new FormatException($"Montant illisible : « {texte} ».");

    /// <summary>Essaie de lire un montant.</summary>
    /// <param name="texte">Le texte.</param>
    /// <param name="montant">Le montant lu, ou <see cref="Zero"/>.</param>
    /// <returns><see langword="true"/> si le texte est un montant.</returns>
    public static bool TryParse(string? texte, out Montant montant) => TryParseCore(texte, out montant);

    private static bool TryParseCore(string? texte, out Montant montant)
    {
        montant = default;
        if (texte is null)
        {
            return false;
        }

        var span = texte.AsSpan().Trim();
        if (span.EndsWith("€"))
        {
            span = span[..^1].TrimEnd();
        }
        else if (span.EndsWith("EUR", StringComparison.OrdinalIgnoreCase))
        {
            span = span[..^3].TrimEnd();
        }

        if (span.IsEmpty)
        {
            return false;
        }

        var negatif = false;
        if (span[0] is '-' or '−')
        {
            negatif = true;
            span = span[1..];
        }
        else if (span[0] == '+')
        {
            span = span[1..];
        }

        long entier = 0;
        long centimes = 0;
        var chiffresEntiers = 0;
        var decimales = -1;
        var precedentEstEspace = false;
        var groupes = false;
        var chiffresDuGroupe = 0;
        foreach (var c in span)
        {
            if (c is >= '0' and <= '9')
            {
                precedentEstEspace = false;
                if (decimales < 0)
                {
                    chiffresDuGroupe++;
                    if (entier > (long.MaxValue / 100 - 9) / 10)
                    {
                        return false;
                    }

                    entier = (entier * 10) + (c - '0');
                    chiffresEntiers++;
                }
                else
                {
                    if (decimales == 2)
                    {
                        return false;
                    }

                    centimes = (centimes * 10) + (c - '0');
                    decimales++;
                }
            }
            else if (c is ' ' or '\u00A0' or '\u202F')
            {
                // Séparateur de milliers : seulement entre des chiffres de la partie entière, après un premier groupe
                // de 1 à 3 chiffres ou un groupe de 3 chiffres exactement.
                if (decimales >= 0 || chiffresEntiers == 0 || precedentEstEspace || chiffresDuGroupe > 3 || (groupes && chiffresDuGroupe != 3))
                {
                    return false;
                }

                precedentEstEspace = true;
                groupes = true;
                chiffresDuGroupe = 0;
            }
            else if (c is ',' or '.')
            {
                if (decimales >= 0 || chiffresEntiers == 0 || precedentEstEspace || (groupes && chiffresDuGroupe != 3))
                {
                    return false;
                }

                decimales = 0;
            }
            else
            {
                return false;
            }
        }

        if (chiffresEntiers == 0 || precedentEstEspace || decimales == 0 || (decimales < 0 && groupes && chiffresDuGroupe != 3))
        {
            return false;
        }

        if (decimales == 1)
        {
            centimes *= 10;
        }

        var total = (entier * 100) + centimes;
        montant = new Montant(negatif ? -total : total);
        return true;
    }

    /// <summary>Multiplie par un facteur et arrondit au centime.</summary>
    /// <param name="facteur">Le facteur (par exemple <c>1.5m</c>).</param>
    /// <param name="mode">Mode d'arrondi ; par défaut au plus proche, le demi-centime s'éloignant de zéro.</param>
    /// <returns>Le produit arrondi.</returns>
    public Montant Multiplier(decimal facteur, MidpointRounding mode = MidpointRounding.AwayFromZero) =>
        new(decimal.ToInt64(decimal.Round(Centimes * facteur, 0, mode)));

    /// <summary>Divise par un diviseur et arrondit au centime.</summary>
    /// <param name="diviseur">Le diviseur, non nul.</param>
    /// <param name="mode">Mode d'arrondi ; par défaut au plus proche, le demi-centime s'éloignant de zéro.</param>
    /// <returns>Le quotient arrondi.</returns>
    /// <exception cref="DivideByZeroException">Le diviseur est nul.</exception>
    public Montant Diviser(decimal diviseur, MidpointRounding mode = MidpointRounding.AwayFromZero) =>
        new(decimal.ToInt64(decimal.Round(Centimes / diviseur, 0, mode)));

    /// <summary>Répartit le montant en <paramref name="parts"/> parts égales au centime près : la somme des parts est
    /// exactement le montant et deux parts diffèrent d'au plus un centime. Avec <c>q</c> le quotient entier des centimes
    /// par le nombre de parts et <c>r</c> le reste (<c>0 ≤ |r| &lt; parts</c>), les <c>parts − |r|</c> premières parts
    /// valent <c>q</c> centimes et les <c>|r|</c> dernières <c>q ± 1</c> centime (du signe du montant).</summary>
    /// <param name="parts">Le nombre de parts, au moins 1.</param>
    /// <returns>Les parts, dans l'ordre.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> est inférieur à 1.</exception>
    /// <example>1 000,00 € en 3 parts : 333,33 €, 333,33 €, 333,34 € ; 1 000,00 € en 7 parts : 142,85 € × 2 puis
    /// 142,86 € × 5.</example>
    public Montant[] Repartir(int parts)
    {
        Preconditions.CheckArgumentRange(nameof(parts), parts, 1, int.MaxValue);
        var part = Centimes / parts;
        var reste = Centimes - (part * parts);
        var resultat = new Montant[parts];
        Array.Fill(resultat, new Montant(part));
        var unCentime = Math.Sign(reste);
        for (var i = parts - (int)Math.Abs(reste); i < parts; i++)
        {
            resultat[i] = new Montant(part + unCentime);
        }

        return resultat;
    }

    /// <summary>Le plus petit de deux montants.</summary>
    /// <param name="a">Premier montant.</param>
    /// <param name="b">Second montant.</param>
    /// <returns>Le minimum.</returns>
    public static Montant Min(Montant a, Montant b) => a.Centimes <= b.Centimes ? a : b;

    /// <summary>Le plus grand de deux montants.</summary>
    /// <param name="a">Premier montant.</param>
    /// <param name="b">Second montant.</param>
    /// <returns>Le maximum.</returns>
    public static Montant Max(Montant a, Montant b) => a.Centimes >= b.Centimes ? a : b;

    /// <summary>Additionne deux montants.</summary>
    /// <param name="a">Premier montant.</param>
    /// <param name="b">Second montant.</param>
    /// <returns>La somme.</returns>
    /// <exception cref="OverflowException">Dépassement de capacité.</exception>
    public static Montant operator +(Montant a, Montant b) => new(checked(a.Centimes + b.Centimes));

    /// <summary>Soustrait deux montants.</summary>
    /// <param name="a">Premier montant.</param>
    /// <param name="b">Second montant.</param>
    /// <returns>La différence.</returns>
    /// <exception cref="OverflowException">Dépassement de capacité.</exception>
    public static Montant operator -(Montant a, Montant b) => new(checked(a.Centimes - b.Centimes));

    /// <summary>L'opposé d'un montant.</summary>
    /// <param name="a">Le montant.</param>
    /// <returns>L'opposé.</returns>
    public static Montant operator -(Montant a) => new(checked(-a.Centimes));

    /// <summary>Multiplie un montant par un entier (exact).</summary>
    /// <param name="a">Le montant.</param>
    /// <param name="n">Le multiplicateur.</param>
    /// <returns>Le produit.</returns>
    /// <exception cref="OverflowException">Dépassement de capacité.</exception>
    public static Montant operator *(Montant a, long n) => new(checked(a.Centimes * n));

    /// <summary>Multiplie un montant par un entier (exact).</summary>
    /// <param name="n">Le multiplicateur.</param>
    /// <param name="a">Le montant.</param>
    /// <returns>Le produit.</returns>
    /// <exception cref="OverflowException">Dépassement de capacité.</exception>
    public static Montant operator *(long n, Montant a) => a * n;

    /// <summary>Égalité.</summary>
    /// <param name="a">Premier montant.</param>
    /// <param name="b">Second montant.</param>
    /// <returns><see langword="true"/> si égaux.</returns>
    public static bool operator ==(Montant a, Montant b) => a.Centimes == b.Centimes;

    /// <summary>Différence.</summary>
    /// <param name="a">Premier montant.</param>
    /// <param name="b">Second montant.</param>
    /// <returns><see langword="true"/> si différents.</returns>
    public static bool operator !=(Montant a, Montant b) => a.Centimes != b.Centimes;

    /// <summary>Comparaison.</summary>
    /// <param name="a">Premier montant.</param>
    /// <param name="b">Second montant.</param>
    /// <returns><see langword="true"/> si a &lt; b.</returns>
    public static bool operator <(Montant a, Montant b) => a.Centimes < b.Centimes;

    /// <summary>Comparaison.</summary>
    /// <param name="a">Premier montant.</param>
    /// <param name="b">Second montant.</param>
    /// <returns><see langword="true"/> si a &gt; b.</returns>
    public static bool operator >(Montant a, Montant b) => a.Centimes > b.Centimes;

    /// <summary>Comparaison.</summary>
    /// <param name="a">Premier montant.</param>
    /// <param name="b">Second montant.</param>
    /// <returns><see langword="true"/> si a ≤ b.</returns>
    public static bool operator <=(Montant a, Montant b) => a.Centimes <= b.Centimes;

    /// <summary>Comparaison.</summary>
    /// <param name="a">Premier montant.</param>
    /// <param name="b">Second montant.</param>
    /// <returns><see langword="true"/> si a ≥ b.</returns>
    public static bool operator >=(Montant a, Montant b) => a.Centimes >= b.Centimes;

    /// <inheritdoc/>
    public bool Equals(Montant other) => Centimes == other.Centimes;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Montant m && Equals(m);

    /// <inheritdoc/>
    public override int GetHashCode() => Centimes.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Montant other) => Centimes.CompareTo(other.Centimes);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Montant m => CompareTo(m),
        _ => throw new ArgumentException("L'objet n'est pas un Montant.", nameof(obj)),
    };

    /// <summary>Format français : <c>1 645,58 €</c>, quelle que soit la culture courante.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => Formater(avecSymbole: true);

    /// <summary>
    /// Formats : <c>G</c>, <c>C</c> (monétaire) ou <see langword="null"/> (<c>1 645,58 €</c>), <c>N</c> (sans symbole :
    /// <c>1 645,58</c>), <c>F</c> (virgule décimale, sans séparateur de milliers ni symbole : <c>1645,58</c>, comme dans
    /// un tableur français), <c>I</c> (invariant, pour les échanges : <c>1645.58</c>). Le fournisseur de format est ignoré.
    /// </summary>
    /// <param name="format">Le format.</param>
    /// <param name="formatProvider">Ignoré : le format est toujours le même.</param>
    /// <returns>Le texte.</returns>
    /// <exception cref="FormatException">Format inconnu.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" or "C" => Formater(avecSymbole: true),
        "N" => Formater(avecSymbole: false),
        "F" => Euros.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ','),
        "I" => Euros.ToString("0.00", CultureInfo.InvariantCulture),
        _ => throw new FormatException($"Format de montant inconnu : « {format} » (G, C, N, F ou I)."),
    };

    private string Formater(bool avecSymbole)
    {
        var absolu = Centimes < 0 ? -(decimal)Centimes : Centimes;
        var entier = decimal.Truncate(absolu / 100m).ToString(CultureInfo.InvariantCulture);
        var reste = (long)(absolu % 100m);
        var sb = new StringBuilder(entier.Length + 8);
        if (Centimes < 0)
        {
            sb.Append('-');
        }

        for (var i = 0; i < entier.Length; i++)
        {
            if (i > 0 && (entier.Length - i) % 3 == 0)
            {
                sb.Append(' ');
            }

            sb.Append(entier[i]);
        }

        sb.Append(',').Append(reste.ToString("00", CultureInfo.InvariantCulture));
        if (avecSymbole)
        {
            sb.Append(" €");
        }

        return sb.ToString();
    }
}
