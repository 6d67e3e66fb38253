namespace Caf.Accompagnement.Contrats;

/// <summary>Le parcours vers lequel le président du conseil départemental oriente un bénéficiaire du RSA (CASF L262-29).</summary>
public sealed class TypeOrientation : EnumerationCaf<TypeOrientation>, IEnumerationCaf<TypeOrientation>
{
    /// <summary>Parcours social : difficultés de logement, de santé ou d'insertion sociale qui font obstacle à l'emploi (CASF L262-29, 2°).</summary>
    public static readonly TypeOrientation Sociale = new(nameof(Sociale), "SOCIAL", "Parcours social");

    /// <summary>Parcours professionnel : vers le service public de l'emploi (France Travail, anciennement Pôle emploi) (CASF L262-29, 1°).</summary>
    public static readonly TypeOrientation Professionnelle = new(nameof(Professionnelle), "PROFESSIONNEL", "Parcours professionnel");

    /// <summary>Bénéficiaire de moins de 25 ans : orienté vers une mission locale (CASF L262-29).</summary>
    public static readonly TypeOrientation MoinsDe25Ans = new(nameof(MoinsDe25Ans), "JEUNE", "Jeune de moins de 25 ans");

    private TypeOrientation(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<TypeOrientation> Toutes { get; } = [Sociale, Professionnelle, MoinsDe25Ans];

    /// <inheritdoc/>
    public static string NomDuType => "type d'orientation";
}
