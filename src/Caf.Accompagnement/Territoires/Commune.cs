namespace Caf.Accompagnement.Territoires;

/// <summary>
/// Une commune actuelle du Code officiel géographique, telle que la connaît un <see cref="ReferentielCommunes"/>.
/// </summary>
/// <remarks>
/// <para>Une commune n'est créée que par un référentiel : son <see cref="Index"/> est sa position dans ce référentiel
/// (de 0 à <c>Count - 1</c>, dans l'ordre des codes) et sert de clé compacte pour les traitements en masse.
/// Deux référentiels (deux millésimes) peuvent donner des index différents à la même commune.</para>
/// <para>Sources : Insee, Code officiel géographique au 1er janvier 2026 et populations légales (population
/// municipale) ; DGCL, liste des EPCI à fiscalité propre 2026 ; La Poste, base officielle des codes postaux.</para>
/// </remarks>
public sealed class Commune
{
    internal Commune(int index, CodeCommune code, string nom, string departement, IReadOnlyList<string> codesPostaux, int population, string? codeEpci, IReadOnlyList<CodeCommune> anciensCodes)
    {
        Index = index;
        Code = code;
        Nom = nom;
        Departement = departement;
        CodesPostaux = codesPostaux;
        Population = population;
        CodeEpci = codeEpci;
        AnciensCodes = anciensCodes;
    }

    /// <summary>La position de la commune dans son référentiel (de 0 à <c>Count - 1</c>, dans l'ordre des codes).</summary>
    public int Index { get; }

    /// <summary>Le code Insee de la commune (par exemple <c>40197</c>).</summary>
    public CodeCommune Code { get; }

    /// <summary>Le nom officiel de la commune (par exemple <c>Morcenx-la-Nouvelle</c>).</summary>
    public string Nom { get; }

    /// <summary>Le code du département (<c>40</c>, <c>2A</c>, <c>974</c>).</summary>
    public string Departement { get; }

    /// <summary>Les codes postaux de la commune (au moins un ; Paris en a 21).</summary>
    public IReadOnlyList<string> CodesPostaux { get; }

    /// <summary>La population municipale légale du millésime.</summary>
    public int Population { get; }

    /// <summary>
    /// Le numéro SIREN de l'EPCI à fiscalité propre dont la commune est membre, ou <see langword="null"/> pour les
    /// quatre communes insulaires qui n'en ont pas (Île-de-Bréhat, Île-de-Sein, Ouessant, L'Île-d'Yeu).
    /// </summary>
    public string? CodeEpci { get; }

    /// <summary>
    /// Les codes des anciennes communes fusionnées dans celle-ci (communes nouvelles) : une carte écrite avant la fusion
    /// peut encore les employer. Les codes corses antérieurs à 1976 (<c>20xxx</c>), que <see cref="CodeCommune"/> ne
    /// représente pas, n'y figurent pas.
    /// </summary>
    public IReadOnlyList<CodeCommune> AnciensCodes { get; }

    /// <summary>Le code et le nom : <c>40197 Morcenx-la-Nouvelle</c>.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Code} {Nom}";
}
