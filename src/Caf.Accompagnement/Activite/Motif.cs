namespace Caf.Accompagnement.Activite;

/// <summary>Le motif d'une demande ou d'une intervention de travail social.</summary>
/// <remarks>
/// <para>Ensemble fermé : les bilans d'activité des Caf comptent les nouvelles demandes par motif (bilan 2022 de la
/// Caf des Landes : 3 310 nouvelles demandes dont 1 950 pour la parentalité, 1 218 pour l'insertion et 142 pour des
/// impayés de loyer). Un code de motif inconnu est refusé (<c>code.inconnu</c>) : il n'est jamais compté en silence.</para>
/// <para>La parentalité couvre les offres du socle national liées à la famille (séparation, décès d'un parent ou
/// d'un enfant, monoparentalité) ; l'insertion couvre l'accompagnement des bénéficiaires du RSA (CASF L262-36).</para>
/// </remarks>
public sealed class Motif : EnumerationCaf<Motif>, IEnumerationCaf<Motif>
{
    /// <summary>Parentalité : séparation, décès, monoparentalité, soutien aux parents.</summary>
    public static readonly Motif Parentalite = new(nameof(Parentalite), "PARENTALITE", "parentalité", "pour la parentalité", 0);

    /// <summary>Insertion sociale et professionnelle (référent RSA, parents seuls).</summary>
    public static readonly Motif Insertion = new(nameof(Insertion), "INSERTION", "insertion", "pour l'insertion", 1);

    /// <summary>Impayés de loyer (prévention des expulsions).</summary>
    public static readonly Motif ImpayesDeLoyer = new(nameof(ImpayesDeLoyer), "IMPAYES_LOYER", "impayés de loyer", "pour des impayés de loyer", 2);

    /// <summary>Logement et cadre de vie (hors impayés).</summary>
    public static readonly Motif Logement = new(nameof(Logement), "LOGEMENT", "logement", "pour le logement", 3);

    /// <summary>Accès aux droits (rupture de droits, démarches).</summary>
    public static readonly Motif AccesAuxDroits = new(nameof(AccesAuxDroits), "ACCES_DROITS", "accès aux droits", "pour l'accès aux droits", 4);

    /// <summary>Autre motif.</summary>
    public static readonly Motif Autre = new(nameof(Autre), "AUTRE", "autre motif", "pour d'autres motifs", 5);

    private Motif(string nom, string code, string libelle, string complement, int rang)
        : base(nom, code, libelle)
    {
        Complement = complement;
        Rang = rang;
    }

    /// <inheritdoc/>
    public static IReadOnlyList<Motif> Toutes { get; } = [Parentalite, Insertion, ImpayesDeLoyer, Logement, AccesAuxDroits, Autre];

    /// <inheritdoc/>
    public static string NomDuType => "motif de demande";

    /// <summary>Le complément utilisé dans le bilan (« pour la parentalité »).</summary>
    public string Complement { get; }

    /// <summary>Rang de déclaration (0, 1, …), ordre d'affichage du bilan.</summary>
    public int Rang { get; }
}
