namespace Caf.Accompagnement.Contrats;

/// <summary>Qui doit réaliser une action du contrat : les engagements sont réciproques.</summary>
public sealed class DebiteurEngagement : EnumerationCaf<DebiteurEngagement>, IEnumerationCaf<DebiteurEngagement>
{
    /// <summary>Le bénéficiaire du RSA.</summary>
    public static readonly DebiteurEngagement Beneficiaire = new(nameof(Beneficiaire), "BENEFICIAIRE", "Bénéficiaire");

    /// <summary>Le référent, pour le compte du département ou de l'organisme délégataire.</summary>
    public static readonly DebiteurEngagement Referent = new(nameof(Referent), "REFERENT", "Référent");

    private DebiteurEngagement(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<DebiteurEngagement> Toutes { get; } = [Beneficiaire, Referent];

    /// <inheritdoc/>
    public static string NomDuType => "débiteur d'engagement";
}
