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
    public static readonly TypeEvenement Separation = new(nameof(Separation), "SEPARATION", "Séparation", 2, supposeUnePersonneSeule: true);

    /// <summary>Impayé de loyer signalé.</summary>
    public static readonly TypeEvenement ImpayeDeLoyer = new(nameof(ImpayeDeLoyer), "IMPAYE_LOYER", "Impayé de loyer", 3);

    /// <summary>Début de monoparentalité (personne seule qui a ou attend un enfant).</summary>
    public static readonly TypeEvenement Monoparentalite = new(nameof(Monoparentalite), "MONOPARENTALITE", "Monoparentalité", 4, supposeUnePersonneSeule: true);

    /// <summary>Naissance ou adoption d'un enfant.</summary>
    public static readonly TypeEvenement Naissance = new(nameof(Naissance), "NAISSANCE", "Naissance", 5);

    /// <summary>Emménagement (changement de logement).</summary>
    public static readonly TypeEvenement Emmenagement = new(nameof(Emmenagement), "EMMENAGEMENT", "Emménagement", 6);

    private TypeEvenement(string nom, string code, string libelle, int rang, bool supposeUnePersonneSeule = false)
        : base(nom, code, libelle)
    {
        Rang = rang;
        SupposeUnePersonneSeule = supposeUnePersonneSeule;
    }

    /// <inheritdoc/>
    public static IReadOnlyList<TypeEvenement> Toutes { get; } =
        [DecesConjoint, DecesEnfant, Separation, ImpayeDeLoyer, Monoparentalite, Naissance, Emmenagement];

    /// <inheritdoc/>
    public static string NomDuType => "type d'événement";

    /// <summary>Rang de déclaration (0, 1, …), pour les tables en masse.</summary>
    public int Rang { get; }

    /// <summary>
    /// L'événement suppose que l'allocataire est une personne seule (séparation, monoparentalité) : sa prémisse ne tient
    /// plus si le foyer est en couple à la date de référence (de nouveau en couple après la séparation).
    /// </summary>
    /// <remarks>Règle des cibles d'événement : un tel événement ne compte que si la situation en vigueur à la date de
    /// référence (<see cref="Foyer.SituationAu"/>) est connue et « personne seule ». Le décès du conjoint ou d'un parent
    /// n'a pas cette prémisse (le parent décédé peut être l'autre parent de l'enfant d'un allocataire de nouveau en
    /// couple) ; ni le décès d'un enfant, ni l'impayé de loyer, ni la naissance, ni l'emménagement.</remarks>
    public bool SupposeUnePersonneSeule { get; }
}
