namespace Caf.Accompagnement.Dossiers;

/// <summary>La réponse du foyer à l'offre d'accompagnement social, libre de la refuser.</summary>
public sealed class ReponseALOffre : EnumerationCaf<ReponseALOffre>, IEnumerationCaf<ReponseALOffre>
{
    /// <summary>L'offre est acceptée : l'accompagnement commence.</summary>
    public static readonly ReponseALOffre Acceptee = new(nameof(Acceptee), "ACCEPTEE", "acceptée");

    /// <summary>L'offre est refusée : aucun rendez-vous ne peut plus être fixé, le dossier se clôt (motif refus).</summary>
    public static readonly ReponseALOffre Refusee = new(nameof(Refusee), "REFUSEE", "refusée");

    /// <summary>Aucune réponse au terme du délai de la Caf : aucun rendez-vous ne peut plus être fixé, le dossier se clôt (motif sans contact).</summary>
    public static readonly ReponseALOffre SansReponse = new(nameof(SansReponse), "SANS_REPONSE", "sans réponse");

    private ReponseALOffre(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<ReponseALOffre> Toutes { get; } = [Acceptee, Refusee, SansReponse];

    /// <inheritdoc/>
    public static string NomDuType => "réponse à l'offre";
}
