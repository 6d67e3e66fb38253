namespace Caf.Accompagnement.Droits;

/// <summary>
/// L'état générique d'un droit à une prestation, commun à toutes les prestations (l'équivalent, hors RSA, de
/// l'état du dossier RSA <see cref="EtatDossierRsa"/>).
/// </summary>
public sealed class EtatDroit : EnumerationCaf<EtatDroit>, IEnumerationCaf<EtatDroit>
{
    /// <summary>Demande déposée, en attente de décision.</summary>
    public static readonly EtatDroit EnInstruction = new(nameof(EnInstruction), "INSTRUCTION", "Demande en attente de décision");

    /// <summary>Droit refusé.</summary>
    public static readonly EtatDroit Refuse = new(nameof(Refuse), "REFUSE", "Droit refusé");

    /// <summary>Droit ouvert et versable.</summary>
    public static readonly EtatDroit Ouvert = new(nameof(Ouvert), "OUVERT", "Droit ouvert et versable");

    /// <summary>Droit ouvert dont le versement est suspendu.</summary>
    public static readonly EtatDroit Suspendu = new(nameof(Suspendu), "SUSPENDU", "Droit ouvert, versement suspendu");

    /// <summary>Droit clos.</summary>
    public static readonly EtatDroit Clos = new(nameof(Clos), "CLOS", "Droit clos");

    private EtatDroit(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<EtatDroit> Toutes { get; } = [EnInstruction, Refuse, Ouvert, Suspendu, Clos];

    /// <inheritdoc/>
    public static string NomDuType => "état du droit";
}
