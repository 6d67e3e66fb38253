using System.Globalization;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement;

/// <summary>
/// Le numéro allocataire d'un dossier Caf : 7 chiffres (zéros de tête compris).
/// </summary>
/// <remarks>
/// <para>Les espaces sont ignorés à la lecture (<c>"012 3456"</c> donne <c>0123456</c>) : l'espace, l'espace insécable
/// (U+00A0) et l'espace fine insécable (U+202F), les mêmes séparateurs que ceux admis par <see cref="Montant"/> ; tout
/// autre caractère est refusé.
/// La forme normalisée est de 7 chiffres exactement. Le numéro est stocké comme un entier (4 octets), ce qui permet
/// les traitements en masse.</para>
/// <para>Donnée personnelle : <see cref="ToString()"/> masque le numéro (seuls les deux derniers chiffres restent :
/// <c>*****56</c>). La forme en clair n'est donnée que par <see cref="EnClair"/>, à réserver aux échanges de données.</para>
/// <para><c>default</c> n'est pas un numéro valide : <see cref="EstDefini"/> vaut alors <see langword="false"/>.</para>
/// </remarks>
public readonly struct NumeroAllocataire : IEquatable<NumeroAllocataire>, IComparable<NumeroAllocataire>
{
    /// <summary>Nombre de chiffres d'un numéro allocataire.</summary>
    public const int Longueur = 7;

    private const int Max = 9_999_999;

    // Valeur + 1, pour que default soit distinguable d'un numéro 0000000.
    private readonly int _valeurPlusUn;

    private NumeroAllocataire(int valeur) => _valeurPlusUn = valeur + 1;

    /// <summary><see langword="false"/> pour <c>default</c>.</summary>
    public bool EstDefini => _valeurPlusUn != 0;

    /// <summary>La valeur numérique du numéro (0 à 9 999 999).</summary>
    /// <exception cref="InvalidOperationException">Le numéro est <c>default</c>.</exception>
    public int Valeur => EstDefini ? _valeurPlusUn - 1 : throw new InvalidOperationException("Numéro allocataire non défini (default).");

    /// <summary>Le numéro en clair sur 7 chiffres. Donnée personnelle : à ne jamais écrire dans un journal ou un message d'erreur.</summary>
    /// <exception cref="InvalidOperationException">Le numéro est <c>default</c>.</exception>
    public string EnClair => Valeur.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Crée un numéro à partir de sa valeur numérique (erreur de programmation si hors bornes).</summary>
    /// <param name="valeur">La valeur, de 0 à 9 999 999.</param>
    /// <returns>Le numéro.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Valeur hors bornes.</exception>
    public static NumeroAllocataire FromValeur(int valeur)
    {
        Preconditions.CheckArgumentRange(nameof(valeur), valeur, 0, Max);
        return new NumeroAllocataire(valeur);
    }

    /// <summary>Lit un numéro allocataire saisi ou importé.</summary>
    /// <param name="texte">Le texte : 7 chiffres, espaces permis.</param>
    /// <param name="champ">Nom du champ, pour l'erreur.</param>
    /// <returns>Le numéro, ou l'erreur <c>allocataire.numero.vide</c>, <c>allocataire.numero.format</c> ou
    /// <c>allocataire.numero.longueur</c> (la valeur citée est le masque fixe <see cref="Erreur.ValeurMasquee"/>, et le
    /// message ne dit pas combien de chiffres ont été reçus).</returns>
    public static Resultat<NumeroAllocataire> Create(string? texte, string champ = "numero_allocataire")
    {
        if (string.IsNullOrWhiteSpace(texte))
        {
            return Resultat<NumeroAllocataire>.Echec(new Erreur("allocataire.numero.vide", champ, null, "Le numéro allocataire est obligatoire."));
        }

        var valeur = 0;
        var chiffres = 0;
        foreach (var c in texte)
        {
            if (c is ' ' or '\u00A0' or '\u202F')
            {
                continue;
            }

            if (c is < '0' or > '9')
            {
                return Resultat<NumeroAllocataire>.Echec(new Erreur("allocataire.numero.format", champ, Masquer(texte), "Un numéro allocataire ne contient que des chiffres."));
            }

            chiffres++;
            if (chiffres <= Longueur)
            {
                valeur = (valeur * 10) + (c - '0');
            }
        }

        if (chiffres != Longueur)
        {
            return Resultat<NumeroAllocataire>.Echec(new Erreur("allocataire.numero.longueur", champ, Masquer(texte), $"Un numéro allocataire a {Longueur} chiffres."));
        }

        return new NumeroAllocataire(valeur);
    }

    /// <summary>Lit un numéro ; lève une exception s'il est invalide (le message ne cite pas le numéro).</summary>
    /// <param name="texte">Le texte.</param>
    /// <returns>Le numéro.</returns>
    /// <exception cref="FormatException">Le texte n'est pas un numéro allocataire.</exception>
    public static NumeroAllocataire Parse(string texte)
    {
        var r = Create(texte);
        return r.TryGetValue(out var n) ? n : throw new FormatException(r.Erreurs[0].ToString());
    }

    /// <summary>
    /// Masque, pour une erreur, un texte qui contient peut-être un numéro : le masque fixe <see cref="Erreur.ValeurMasquee"/>,
    /// qui ne révèle ni la longueur ni aucun caractère du texte.
    /// </summary>
    /// <param name="texte">Le texte.</param>
    /// <returns>Le masque.</returns>
    internal static string Masquer(string texte) => Erreur.ValeurMasquee;

    /// <inheritdoc/>
    public bool Equals(NumeroAllocataire other) => _valeurPlusUn == other._valeurPlusUn;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NumeroAllocataire n && Equals(n);

    /// <inheritdoc/>
    public override int GetHashCode() => _valeurPlusUn;

    /// <inheritdoc/>
    public int CompareTo(NumeroAllocataire other) => _valeurPlusUn.CompareTo(other._valeurPlusUn);

    /// <summary>Égalité.</summary>
    /// <param name="a">Premier numéro.</param>
    /// <param name="b">Second numéro.</param>
    /// <returns><see langword="true"/> si égaux.</returns>
    public static bool operator ==(NumeroAllocataire a, NumeroAllocataire b) => a.Equals(b);

    /// <summary>Différence.</summary>
    /// <param name="a">Premier numéro.</param>
    /// <param name="b">Second numéro.</param>
    /// <returns><see langword="true"/> si différents.</returns>
    public static bool operator !=(NumeroAllocataire a, NumeroAllocataire b) => !a.Equals(b);

    /// <summary>Forme masquée (<c>*****56</c>) : le numéro est une donnée personnelle.</summary>
    /// <returns>Le numéro masqué, ou <c>(non défini)</c>.</returns>
    public override string ToString() => EstDefini ? string.Concat("*****", EnClair.AsSpan(Longueur - 2)) : "(non défini)";
}
