using System.Globalization;

namespace Caf.Accompagnement.Territoires;

/// <summary>
/// Le remplacement, à l'import ou à la construction d'une carte, du code d'une ancienne commune par celui de la commune
/// nouvelle dans laquelle elle a fusionné (option de migration explicite).
/// </summary>
public sealed class MigrationDeCode
{
    internal MigrationDeCode(int? ligne, CodeCommune ancienCode, Commune commune, string secteur)
    {
        Ligne = ligne;
        AncienCode = ancienCode;
        Commune = commune;
        Secteur = secteur;
    }

    /// <summary>La ligne du fichier importé (l'en-tête est la ligne 1), ou <see langword="null"/> pour une carte construite.</summary>
    public int? Ligne { get; }

    /// <summary>Le code de l'ancienne commune, tel qu'écrit dans la carte.</summary>
    public CodeCommune AncienCode { get; }

    /// <summary>La commune actuelle qui le remplace.</summary>
    public Commune Commune { get; }

    /// <summary>Le nom du secteur concerné.</summary>
    public string Secteur { get; }

    /// <summary>Forme lisible : <c>ligne 3 : 40009 remplacé par 40197 Morcenx-la-Nouvelle (secteur Haute Lande)</c>.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Ligne is { } l ? $"ligne {l} : " : string.Empty)}{AncienCode} remplacé par {Commune} (secteur {Secteur})");
}
