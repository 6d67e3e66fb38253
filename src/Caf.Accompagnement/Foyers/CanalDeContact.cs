namespace Caf.Accompagnement.Foyers;

/// <summary>Un canal par lequel l'allocataire est en contact avec la Caf.</summary>
public sealed class CanalDeContact : EnumerationCaf<CanalDeContact>, IEnumerationCaf<CanalDeContact>
{
    /// <summary>Visite à l'accueil physique.</summary>
    public static readonly CanalDeContact AccueilPhysique = new(nameof(AccueilPhysique), "ACCUEIL", "Accueil physique", 0);

    /// <summary>Téléphone.</summary>
    public static readonly CanalDeContact Telephone = new(nameof(Telephone), "TELEPHONE", "Téléphone", 1);

    /// <summary>Espace Mon Compte du site caf.fr.</summary>
    public static readonly CanalDeContact CafFr = new(nameof(CafFr), "CAF_FR", "caf.fr", 2);

    /// <summary>Application mobile Caf – Mon Compte.</summary>
    public static readonly CanalDeContact ApplicationMobile = new(nameof(ApplicationMobile), "APPLI", "Application mobile", 3);

    /// <summary>Courrier postal.</summary>
    public static readonly CanalDeContact Courrier = new(nameof(Courrier), "COURRIER", "Courrier", 4);

    private CanalDeContact(string nom, string code, string libelle, int bit)
        : base(nom, code, libelle) => Bit = bit;

    /// <inheritdoc/>
    public static IReadOnlyList<CanalDeContact> Toutes { get; } = [AccueilPhysique, Telephone, CafFr, ApplicationMobile, Courrier];

    /// <inheritdoc/>
    public static string NomDuType => "canal de contact";

    /// <summary>Rang du bit de ce canal dans un masque de canaux (0 à 4).</summary>
    public int Bit { get; }

    /// <summary><see langword="true"/> pour un canal numérique (caf.fr, application).</summary>
    public bool EstNumerique => this == CafFr || this == ApplicationMobile;
}
