namespace Caf.Accompagnement.Foyers;

/// <summary>Un type d'événement de vie qui peut ouvrir une offre de travail social.</summary>
/// <remarks>Les événements du socle national du travail social des Caf : décès d'un conjoint ou d'un enfant,
/// séparation, impayé de loyer, monoparentalité ; s'y ajoutent la naissance et l'emménagement.</remarks>
public sealed class TypeEvenement : EnumerationCaf<TypeEvenement>, IEnumerationCaf<TypeEvenement>
{
    /// <summary>Décès du conjoint (ou d'un parent de l'enfant).</summary>
    public static readonly TypeEvenement DecesConjoint = new(nameof(DecesConjoint), "DECES_CONJOINT", "Décès du conjoint ou d'un parent", 0);

    /// <summary>Décès d'un enfant.</summary>
    public static readonly TypeEvenement DecesEnfant = new(nameof(DecesEnfant), "DECES_ENFANT", "Décès d'un enfant", 1);

    /// <summary>Séparation du couple.</summary>
    public static readonly TypeEvenement Separation = new(nameof(Separation), "SEPARATION", "Séparation", 2);

    /// <summary>Impayé de loyer signalé.</summary>
    public static readonly TypeEvenement ImpayeDeLoyer = new(nameof(ImpayeDeLoyer), "IMPAYE_LOYER", "Impayé de loyer", 3);

    /// <summary>Début de monoparentalité (personne seule qui a ou attend un enfant).</summary>
    public static readonly TypeEvenement Monoparentalite = new(nameof(Monoparentalite), "MONOPARENTALITE", "Monoparentalité", 4);

    /// <summary>Naissance ou adoption d'un enfant.</summary>
    public static readonly TypeEvenement Naissance = new(nameof(Naissance), "NAISSANCE", "Naissance", 5);

    /// <summary>Emménagement (changement de logement).</summary>
    public static readonly TypeEvenement Emmenagement = new(nameof(Emmenagement), "EMMENAGEMENT", "Emménagement", 6);

    private TypeEvenement(string nom, string code, string libelle, int rang)
        : base(nom, code, libelle) => Rang = rang;

    /// <inheritdoc/>
    public static IReadOnlyList<TypeEvenement> Toutes { get; } =
        [DecesConjoint, DecesEnfant, Separation, ImpayeDeLoyer, Monoparentalite, Naissance, Emmenagement];

    /// <inheritdoc/>
    public static string NomDuType => "type d'événement";

    /// <summary>Rang de déclaration (0, 1, …), pour les tables en masse.</summary>
    public int Rang { get; }
}
