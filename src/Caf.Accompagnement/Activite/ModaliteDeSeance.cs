namespace Caf.Accompagnement.Activite;

/// <summary>La modalité d'une séance collective : en présentiel ou en webinaire.</summary>
/// <remarks>Bilan 2022 de la Caf des Landes : 3 informations collectives PALS en présentiel et un webinaire.</remarks>
public sealed class ModaliteDeSeance : EnumerationCaf<ModaliteDeSeance>, IEnumerationCaf<ModaliteDeSeance>
{
    /// <summary>Information collective en présentiel.</summary>
    public static readonly ModaliteDeSeance Presentiel = new(nameof(Presentiel), "PRESENTIEL", "en présentiel");

    /// <summary>Webinaire (à distance).</summary>
    public static readonly ModaliteDeSeance Webinaire = new(nameof(Webinaire), "WEBINAIRE", "webinaire");

    private ModaliteDeSeance(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<ModaliteDeSeance> Toutes { get; } = [Presentiel, Webinaire];

    /// <inheritdoc/>
    public static string NomDuType => "modalité de séance";
}
