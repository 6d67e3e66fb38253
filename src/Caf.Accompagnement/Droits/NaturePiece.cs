namespace Caf.Accompagnement.Droits;

/// <summary>La nature d'une pièce justificative demandée à l'allocataire.</summary>
public sealed class NaturePiece : EnumerationCaf<NaturePiece>, IEnumerationCaf<NaturePiece>
{
    /// <summary>Déclaration trimestrielle de ressources (RSA, prime d'activité).</summary>
    public static readonly NaturePiece DeclarationTrimestrielle = new(nameof(DeclarationTrimestrielle), "DTR", "Déclaration trimestrielle de ressources");

    /// <summary>Avis d'imposition ou justificatif de ressources annuelles.</summary>
    public static readonly NaturePiece JustificatifDeRessources = new(nameof(JustificatifDeRessources), "RESSOURCES", "Justificatif de ressources");

    /// <summary>Titre de séjour en cours de validité.</summary>
    public static readonly NaturePiece TitreDeSejour = new(nameof(TitreDeSejour), "TITRE_SEJOUR", "Titre de séjour");

    /// <summary>Demande d'avantage vieillesse (retraite) à faire valoir.</summary>
    public static readonly NaturePiece DemandeDeRetraite = new(nameof(DemandeDeRetraite), "RETRAITE", "Demande d'avantage vieillesse");

    /// <summary>Justificatif de domicile ou attestation de loyer.</summary>
    public static readonly NaturePiece JustificatifDeLogement = new(nameof(JustificatifDeLogement), "LOGEMENT", "Justificatif de logement ou attestation de loyer");

    /// <summary>Certificat de scolarité d'un enfant.</summary>
    public static readonly NaturePiece CertificatDeScolarite = new(nameof(CertificatDeScolarite), "SCOLARITE", "Certificat de scolarité");

    /// <summary>Relevé d'identité bancaire.</summary>
    public static readonly NaturePiece ReleveIdentiteBancaire = new(nameof(ReleveIdentiteBancaire), "RIB", "Relevé d'identité bancaire");

    /// <summary>Autre pièce.</summary>
    public static readonly NaturePiece Autre = new(nameof(Autre), "AUTRE", "Autre pièce justificative");

    private NaturePiece(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<NaturePiece> Toutes { get; } =
        [DeclarationTrimestrielle, JustificatifDeRessources, TitreDeSejour, DemandeDeRetraite, JustificatifDeLogement, CertificatDeScolarite, ReleveIdentiteBancaire, Autre];

    /// <inheritdoc/>
    public static string NomDuType => "nature de pièce justificative";
}
