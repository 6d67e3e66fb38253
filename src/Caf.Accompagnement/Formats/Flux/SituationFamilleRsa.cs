using Caf.Accompagnement.Foyers;

namespace Caf.Accompagnement.Flux;

/// <summary>La situation de famille du responsable du dossier RSA (code <c>SITFAM</c> du bloc <c>SituationFamille</c>).</summary>
/// <remarks>
/// <para>Le schéma VRSB0801 ne donne que la longueur du code (3 caractères) ; la liste vient du logiciel libre WebRSA des
/// départements (<c>app/Model/Option.php</c>, <c>sitfam</c>).</para>
/// <para><see cref="EnCouple"/> rapproche le code de la <see cref="SituationFamiliale"/> du modèle : mariage, PACS, vie
/// maritale et leurs reprises sont « en couple », les autres codes « personne seule ». La lecture d'un foyer ne s'y fie
/// pas seule : voir <see cref="DossierRsa.VersFoyer"/>.</para>
/// </remarks>
public sealed class SituationFamilleRsa : EnumerationCaf<SituationFamilleRsa>, IEnumerationCaf<SituationFamilleRsa>
{
    /// <summary>ABA : disparu (jugement d'absence).</summary>
    public static readonly SituationFamilleRsa Disparu = new(nameof(Disparu), "ABA", "Disparu (jugement d'absence)", false);

    /// <summary>CEL : célibataire.</summary>
    public static readonly SituationFamilleRsa Celibataire = new(nameof(Celibataire), "CEL", "Célibataire", false);

    /// <summary>DIV : divorcé(e).</summary>
    public static readonly SituationFamilleRsa Divorce = new(nameof(Divorce), "DIV", "Divorcé(e)", false);

    /// <summary>ISO : isolement après vie maritale ou PACS.</summary>
    public static readonly SituationFamilleRsa Isolement = new(nameof(Isolement), "ISO", "Isolement après vie maritale ou PACS", false);

    /// <summary>MAR : mariage.</summary>
    public static readonly SituationFamilleRsa Mariage = new(nameof(Mariage), "MAR", "Mariage", true);

    /// <summary>PAC : PACS.</summary>
    public static readonly SituationFamilleRsa Pacs = new(nameof(Pacs), "PAC", "PACS", true);

    /// <summary>RPA : reprise de vie commune sur PACS.</summary>
    public static readonly SituationFamilleRsa ReprisePacs = new(nameof(ReprisePacs), "RPA", "Reprise de vie commune sur PACS", true);

    /// <summary>RVC : reprise de vie maritale.</summary>
    public static readonly SituationFamilleRsa RepriseVieMaritale = new(nameof(RepriseVieMaritale), "RVC", "Reprise de vie maritale", true);

    /// <summary>RVM : reprise du mariage.</summary>
    public static readonly SituationFamilleRsa RepriseMariage = new(nameof(RepriseMariage), "RVM", "Reprise du mariage", true);

    /// <summary>SEF : séparation de fait.</summary>
    public static readonly SituationFamilleRsa SeparationDeFait = new(nameof(SeparationDeFait), "SEF", "Séparation de fait", false);

    /// <summary>SEL : séparation légale.</summary>
    public static readonly SituationFamilleRsa SeparationLegale = new(nameof(SeparationLegale), "SEL", "Séparation légale", false);

    /// <summary>VEU : veuvage.</summary>
    public static readonly SituationFamilleRsa Veuvage = new(nameof(Veuvage), "VEU", "Veuvage", false);

    /// <summary>VIM : vie maritale.</summary>
    public static readonly SituationFamilleRsa VieMaritale = new(nameof(VieMaritale), "VIM", "Vie maritale", true);

    private SituationFamilleRsa(string nom, string code, string libelle, bool couple)
        : base(nom, code, libelle) => EnCouple = couple;

    /// <inheritdoc/>
    public static IReadOnlyList<SituationFamilleRsa> Toutes { get; } =
    [
        Disparu, Celibataire, Divorce, Isolement, Mariage, Pacs, ReprisePacs, RepriseVieMaritale, RepriseMariage,
        SeparationDeFait, SeparationLegale, Veuvage, VieMaritale,
    ];

    /// <inheritdoc/>
    public static string NomDuType => "situation de famille (SITFAM)";

    /// <summary><see langword="true"/> pour une vie de couple (mariage, PACS, vie maritale et leurs reprises).</summary>
    public bool EnCouple { get; }

    /// <summary>La situation familiale correspondante du modèle des foyers.</summary>
    public SituationFamiliale SituationFamiliale => EnCouple ? SituationFamiliale.EnCouple : SituationFamiliale.Isole;
}
