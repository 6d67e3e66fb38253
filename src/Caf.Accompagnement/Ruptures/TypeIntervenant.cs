namespace Caf.Accompagnement.Ruptures;

/// <summary>Le type d'intervenant qui prend un contact en charge.</summary>
public sealed class TypeIntervenant : EnumerationCaf<TypeIntervenant>, IEnumerationCaf<TypeIntervenant>
{
    /// <summary>Un agent de la Caf (droits et démarches).</summary>
    public static readonly TypeIntervenant AgentCaf = new(nameof(AgentCaf), "AGENT_CAF", "Agent de la Caf");

    /// <summary>Le travailleur social du secteur du foyer (fragilité, urgence sociale).</summary>
    public static readonly TypeIntervenant TravailleurSocial = new(nameof(TravailleurSocial), "TRAVAILLEUR_SOCIAL", "Travailleur social du secteur");

    private TypeIntervenant(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<TypeIntervenant> Toutes { get; } = [AgentCaf, TravailleurSocial];

    /// <inheritdoc/>
    public static string NomDuType => "type d'intervenant";
}
