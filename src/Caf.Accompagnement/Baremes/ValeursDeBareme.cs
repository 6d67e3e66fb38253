using System.Globalization;

namespace Caf.Accompagnement.Baremes;

/// <summary>
/// Lectures de valeurs pour <see cref="Bareme{T}.Charger(string, TextReader, FormatCsv, Func{string, Resultat{T}}, NodaTime.LocalDate?)"/> :
/// les nombres tels qu'ils sortent d'un tableur en français (virgule décimale) ou d'un outil (point décimal).
/// </summary>
public static class ValeursDeBareme
{
    /// <summary>
    /// Lit un nombre décimal écrit avec la virgule décimale (<c>11,88</c>) ou le point (<c>11.88</c>), signe facultatif,
    /// sans séparateur de milliers ni exposant.
    /// </summary>
    /// <param name="texte">Le texte (espaces autour ignorés).</param>
    /// <returns>Le nombre, ou l'erreur <c>bareme.valeur.format</c> (champ <c>valeur</c>) qui cite le texte.</returns>
    public static Resultat<decimal> LireDecimal(string texte)
    {
        if (TryLireDecimal(texte, out var valeur))
        {
            return valeur;
        }

        return Resultat<decimal>.Echec(new Erreur("bareme.valeur.format", "valeur", texte, "Nombre décimal attendu, avec la virgule ou le point décimal (« 11,88 » ou « 11.88 »)."));
    }

    /// <summary>Essaie de lire un nombre décimal à virgule ou point décimal (voir <see cref="LireDecimal"/>).</summary>
    internal static bool TryLireDecimal(string? texte, out decimal valeur)
    {
        valeur = 0m;
        if (texte is null)
        {
            return false;
        }

        var t = texte.Trim();
        if (t.Contains('.', StringComparison.Ordinal) && t.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        return decimal.TryParse(t.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out valeur);
    }
}
