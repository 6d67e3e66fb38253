namespace Caf.Accompagnement.Aides;

/// <summary>La forme d'une aide : subvention, prêt sans intérêt, ou service rendu sans versement.</summary>
public sealed class FormeAide : EnumerationCaf<FormeAide>, IEnumerationCaf<FormeAide>
{
    /// <summary>Subvention : somme versée, non remboursable.</summary>
    public static readonly FormeAide Subvention = new(nameof(Subvention), "SUBVENTION", "Subvention");

    /// <summary>Prêt sans intérêt, remboursé par mensualités (souvent par retenue sur les prestations).</summary>
    public static readonly FormeAide Pret = new(nameof(Pret), "PRET", "Prêt sans intérêt");

    /// <summary>Service rendu sans versement (constat technique, contrôle de décence, information collective).</summary>
    public static readonly FormeAide Service = new(nameof(Service), "SERVICE", "Service");

    private FormeAide(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<FormeAide> Toutes { get; } = [Subvention, Pret, Service];

    /// <inheritdoc/>
    public static string NomDuType => "forme d'aide";

    /// <summary><see langword="true"/> pour une forme qui donne lieu à un versement (subvention ou prêt).</summary>
    public bool EstMonetaire => this != Service;
}
