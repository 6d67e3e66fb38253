namespace Caf.Accompagnement.Foyers;

/// <summary>La situation familiale de l'allocataire : seul ou en couple (marié, pacsé ou concubin).</summary>
public sealed class SituationFamiliale : EnumerationCaf<SituationFamiliale>, IEnumerationCaf<SituationFamiliale>
{
    /// <summary>Personne seule (célibataire, séparée, divorcée, veuve), avec ou sans enfant.</summary>
    public static readonly SituationFamiliale Isole = new(nameof(Isole), "ISOLE", "Personne seule");

    /// <summary>En couple : conjoint marié, partenaire de PACS ou concubin.</summary>
    public static readonly SituationFamiliale EnCouple = new(nameof(EnCouple), "COUPLE", "En couple");

    private SituationFamiliale(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<SituationFamiliale> Toutes { get; } = [Isole, EnCouple];

    /// <inheritdoc/>
    public static string NomDuType => "situation familiale";
}
