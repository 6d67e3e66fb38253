namespace Caf.Accompagnement.Contrats;

/// <summary>Le manquement qui peut fonder une sanction (CASF L262-37).</summary>
public sealed class TypeManquement : EnumerationCaf<TypeManquement>, IEnumerationCaf<TypeManquement>
{
    /// <summary>Le contrat n'a pas été signé dans les délais.</summary>
    public static readonly TypeManquement NonSignature = new(nameof(NonSignature), "NON_SIGNATURE", "Contrat non signé dans les délais");

    /// <summary>Le contrat n'a pas été renouvelé dans les délais.</summary>
    public static readonly TypeManquement NonRenouvellement = new(nameof(NonRenouvellement), "NON_RENOUVELLEMENT", "Contrat non renouvelé");

    /// <summary>Les engagements du contrat ou du plan d'action ne sont pas respectés sans motif légitime.</summary>
    public static readonly TypeManquement NonRespect = new(nameof(NonRespect), "NON_RESPECT", "Engagements non respectés");

    private TypeManquement(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<TypeManquement> Toutes { get; } = [NonSignature, NonRenouvellement, NonRespect];

    /// <inheritdoc/>
    public static string NomDuType => "type de manquement";
}
