namespace Caf.Accompagnement.Droits;

/// <summary>Une prestation versée par la Caf.</summary>
/// <remarks>Ensemble fermé : les codes sont stables et servent aux échanges (CSV, JSON).</remarks>
public sealed class Prestation : EnumerationCaf<Prestation>, IEnumerationCaf<Prestation>
{
    /// <summary>Revenu de solidarité active (CASF L262-1).</summary>
    public static readonly Prestation Rsa = new(nameof(Rsa), "RSA", "Revenu de solidarité active");

    /// <summary>Prime d'activité (CSS L841-1).</summary>
    public static readonly Prestation PrimeActivite = new(nameof(PrimeActivite), "PPA", "Prime d'activité");

    /// <summary>Allocations familiales.</summary>
    public static readonly Prestation AllocationsFamiliales = new(nameof(AllocationsFamiliales), "AF", "Allocations familiales");

    /// <summary>Complément familial.</summary>
    public static readonly Prestation ComplementFamilial = new(nameof(ComplementFamilial), "CF", "Complément familial");

    /// <summary>Allocation de soutien familial (parent isolé, pension alimentaire non versée).</summary>
    public static readonly Prestation AllocationSoutienFamilial = new(nameof(AllocationSoutienFamilial), "ASF", "Allocation de soutien familial");

    /// <summary>Prestation d'accueil du jeune enfant.</summary>
    public static readonly Prestation Paje = new(nameof(Paje), "PAJE", "Prestation d'accueil du jeune enfant");

    /// <summary>Allocation de rentrée scolaire.</summary>
    public static readonly Prestation AllocationRentreeScolaire = new(nameof(AllocationRentreeScolaire), "ARS", "Allocation de rentrée scolaire");

    /// <summary>Aide personnalisée au logement.</summary>
    public static readonly Prestation Apl = new(nameof(Apl), "APL", "Aide personnalisée au logement");

    /// <summary>Allocation de logement familiale.</summary>
    public static readonly Prestation Alf = new(nameof(Alf), "ALF", "Allocation de logement familiale");

    /// <summary>Allocation de logement sociale.</summary>
    public static readonly Prestation Als = new(nameof(Als), "ALS", "Allocation de logement sociale");

    /// <summary>Allocation aux adultes handicapés.</summary>
    public static readonly Prestation Aah = new(nameof(Aah), "AAH", "Allocation aux adultes handicapés");

    /// <summary>Allocation d'éducation de l'enfant handicapé.</summary>
    public static readonly Prestation Aeeh = new(nameof(Aeeh), "AEEH", "Allocation d'éducation de l'enfant handicapé");

    private Prestation(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<Prestation> Toutes { get; } =
        [Rsa, PrimeActivite, AllocationsFamiliales, ComplementFamilial, AllocationSoutienFamilial, Paje, AllocationRentreeScolaire, Apl, Alf, Als, Aah, Aeeh];

    /// <inheritdoc/>
    public static string NomDuType => "prestation";

    /// <summary><see langword="true"/> pour une aide au logement (APL, ALF, ALS).</summary>
    public bool EstAideAuLogement => this == Apl || this == Alf || this == Als;
}
