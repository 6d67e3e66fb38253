using System.Globalization;

namespace Caf.Accompagnement.Territoires;

/// <summary>
/// Un secteur d'une <see cref="CarteDesSecteurs"/> : un ensemble de communes d'un département confié à un ou plusieurs
/// travailleurs sociaux territorialisés.
/// </summary>
/// <remarks>
/// Un secteur n'existe que dans une carte validée : il a au moins une commune, et chaque commune du département est dans
/// exactement un secteur de la carte. Un secteur sans travailleur social est un poste vacant.
/// </remarks>
public sealed class Secteur
{
    internal Secteur(int index, string nom, IReadOnlyList<TravailleurSocial> travailleursSociaux, IReadOnlyList<Commune> communes)
    {
        Index = index;
        Nom = nom;
        TravailleursSociaux = travailleursSociaux;
        Communes = communes;
        Population = communes.Sum(c => c.Population);
    }

    /// <summary>La position du secteur dans sa carte (de 0 à <c>Secteurs.Count - 1</c>).</summary>
    public int Index { get; }

    /// <summary>Le nom du secteur, qui l'identifie dans sa carte (par exemple <c>Grand Dax</c>).</summary>
    public string Nom { get; }

    /// <summary>Les travailleurs sociaux du secteur (le plus souvent un seul ; aucun si le poste est vacant).</summary>
    public IReadOnlyList<TravailleurSocial> TravailleursSociaux { get; }

    /// <summary>Les communes du secteur, dans l'ordre des codes.</summary>
    public IReadOnlyList<Commune> Communes { get; }

    /// <summary>La population municipale du secteur (somme de ses communes, millésime du référentiel).</summary>
    public int Population { get; }

    /// <summary>Le nom, le nombre de communes et les travailleurs sociaux.</summary>
    /// <returns>Le texte, par exemple <c>Grand Dax (20 communes ; TS-01)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Nom} ({Communes.Count} communes ; {(TravailleursSociaux.Count == 0 ? "poste vacant" : string.Join(", ", TravailleursSociaux))})");
}
