namespace Caf.Accompagnement.Json;

/// <summary>
/// Une carte des secteurs dans le format d'échange JSON, version 1 (voir <c>docs/json.md</c>). Objet de transfert sans
/// invariant : <see cref="CartesJson.FromDocument"/> le valide comme la carte elle-même (partition des communes du
/// département, un secteur par commune, travailleurs sociaux pseudonymes).
/// </summary>
public sealed class CarteDesSecteursDocument
{
    /// <summary>Version actuelle du schéma.</summary>
    public const int VersionActuelle = 1;

    /// <summary>Version du schéma du document.</summary>
    public int Version { get; set; } = VersionActuelle;

    /// <summary>Code du département.</summary>
    public string? Departement { get; set; }

    /// <summary>Millésime du référentiel des communes (informatif, par exemple <c>COG 2026</c>).</summary>
    public string? Referentiel { get; set; }

    /// <summary>Remplacer les anciens codes des communes fusionnées par celui de la commune nouvelle.</summary>
    public bool MigrerLesAnciensCodes { get; set; }

    /// <summary>Les secteurs, dans l'ordre.</summary>
    public List<SecteurDocument> Secteurs { get; set; } = [];
}

/// <summary>Un secteur dans le format d'échange.</summary>
public sealed class SecteurDocument
{
    /// <summary>Nom du secteur.</summary>
    public string? Nom { get; set; }

    /// <summary>Identifiants pseudonymes des travailleurs sociaux du secteur.</summary>
    public List<string> TravailleursSociaux { get; set; } = [];

    /// <summary>Codes Insee des communes du secteur.</summary>
    public List<string> Communes { get; set; } = [];
}
