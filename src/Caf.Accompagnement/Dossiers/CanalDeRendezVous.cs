namespace Caf.Accompagnement.Dossiers;

/// <summary>Le canal d'un rendez-vous avec le travailleur social.</summary>
public sealed class CanalDeRendezVous : EnumerationCaf<CanalDeRendezVous>, IEnumerationCaf<CanalDeRendezVous>
{
    /// <summary>À l'accueil de la Caf ou dans une permanence du secteur.</summary>
    public static readonly CanalDeRendezVous Permanence = new(nameof(Permanence), "PERMANENCE", "accueil ou permanence");

    /// <summary>Visite à domicile.</summary>
    public static readonly CanalDeRendezVous Domicile = new(nameof(Domicile), "DOMICILE", "visite à domicile");

    /// <summary>Rendez-vous téléphonique.</summary>
    public static readonly CanalDeRendezVous Telephone = new(nameof(Telephone), "TELEPHONE", "téléphone");

    /// <summary>Rendez-vous en visioconférence.</summary>
    public static readonly CanalDeRendezVous Visio = new(nameof(Visio), "VISIO", "visioconférence");

    private CanalDeRendezVous(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<CanalDeRendezVous> Toutes { get; } = [Permanence, Domicile, Telephone, Visio];

    /// <inheritdoc/>
    public static string NomDuType => "canal de rendez-vous";
}
