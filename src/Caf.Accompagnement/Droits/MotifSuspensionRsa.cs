namespace Caf.Accompagnement.Droits;

/// <summary>Le motif de suspension du versement du RSA (code <c>MOTISUSVERSRSA</c> des flux Caf/MSA).</summary>
/// <remarks>
/// <para>Codes documentés par le projet public carnet-de-bord (<c>backend/cdb/caf_msa/parse_infos_foyer_rsa.py</c>).</para>
/// <para><see cref="PorteSurUnePiece"/> marque les motifs où le versement reprend dès que l'allocataire fournit une
/// pièce ou fait une démarche : 06 (déclaration trimestrielle de ressources non fournie), 35 (demande d'avantage
/// vieillesse absente ou tardive), 36 (titre de séjour absent). C'est le public « justificatif manquant » de la
/// campagne de contacts ; chaque Caf peut en changer la liste (<c>Ruptures.ParametresDeCampagne.MotifsPieceManquante</c>).</para>
/// </remarks>
public sealed class MotifSuspensionRsa : EnumerationCaf<MotifSuspensionRsa>, IEnumerationCaf<MotifSuspensionRsa>
{
    /// <summary>01 : ressources trop élevées.</summary>
    public static readonly MotifSuspensionRsa RessourcesTropElevees = new(nameof(RessourcesTropElevees), "01", "Ressources trop élevées");

    /// <summary>02 : moins de 25 ans sans enfant ni autre personne à charge.</summary>
    public static readonly MotifSuspensionRsa MoinsDe25Ans = new(nameof(MoinsDe25Ans), "02", "Moins de 25 ans sans enfant ni personne à charge");

    /// <summary>03 : activité non conforme.</summary>
    public static readonly MotifSuspensionRsa ActiviteNonConforme = new(nameof(ActiviteNonConforme), "03", "Activité non conforme");

    /// <summary>04 : titre de séjour non valide.</summary>
    public static readonly MotifSuspensionRsa TitreDeSejourNonValide = new(nameof(TitreDeSejourNonValide), "04", "Titre de séjour non valide");

    /// <summary>05 : RSA inférieur au seuil de versement.</summary>
    public static readonly MotifSuspensionRsa SousSeuilDeVersement = new(nameof(SousSeuilDeVersement), "05", "RSA inférieur au seuil de versement");

    /// <summary>06 : déclaration trimestrielle de ressources (DTR) non fournie.</summary>
    public static readonly MotifSuspensionRsa DeclarationTrimestrielleNonFournie = new(nameof(DeclarationTrimestrielleNonFournie), "06", "Déclaration trimestrielle de ressources non fournie", piece: true);

    /// <summary>09 : résidence non conforme.</summary>
    public static readonly MotifSuspensionRsa ResidenceNonConforme = new(nameof(ResidenceNonConforme), "09", "Résidence non conforme");

    /// <summary>19 : pas d'isolement.</summary>
    public static readonly MotifSuspensionRsa PasDIsolement = new(nameof(PasDIsolement), "19", "Pas d'isolement");

    /// <summary>31 : prestation exclue (affiliation partielle).</summary>
    public static readonly MotifSuspensionRsa PrestationExclue = new(nameof(PrestationExclue), "31", "Prestation exclue, affiliation partielle");

    /// <summary>34 : régime non conforme.</summary>
    public static readonly MotifSuspensionRsa RegimeNonConforme = new(nameof(RegimeNonConforme), "34", "Régime non conforme");

    /// <summary>35 : demande d'avantage vieillesse absente ou tardive.</summary>
    public static readonly MotifSuspensionRsa DemandeVieillesseAbsente = new(nameof(DemandeVieillesseAbsente), "35", "Demande d'avantage vieillesse absente ou tardive", piece: true);

    /// <summary>36 : titre de séjour absent.</summary>
    public static readonly MotifSuspensionRsa TitreDeSejourAbsent = new(nameof(TitreDeSejourAbsent), "36", "Titre de séjour absent", piece: true);

    /// <summary>44 : hospitalisation.</summary>
    public static readonly MotifSuspensionRsa Hospitalisation = new(nameof(Hospitalisation), "44", "Hospitalisation");

    /// <summary>70 : action non engagée.</summary>
    public static readonly MotifSuspensionRsa ActionNonEngagee = new(nameof(ActionNonEngagee), "70", "Action non engagée");

    /// <summary>78 : surface pondérée supérieure au plafond ou inconnue.</summary>
    public static readonly MotifSuspensionRsa SurfacePonderee = new(nameof(SurfacePonderee), "78", "Surface pondérée supérieure au plafond ou inconnue");

    /// <summary>84 : droit éteint ou autre cas.</summary>
    public static readonly MotifSuspensionRsa DroitEteint = new(nameof(DroitEteint), "84", "Droit éteint ou autre cas");

    /// <summary>85 : pas d'allocataire.</summary>
    public static readonly MotifSuspensionRsa PasDAllocataire = new(nameof(PasDAllocataire), "85", "Pas d'allocataire");

    /// <summary>97 : bénéficiaire de l'AAH réduite.</summary>
    public static readonly MotifSuspensionRsa AahReduite = new(nameof(AahReduite), "97", "Bénéficiaire de l'AAH réduite");

    /// <summary>AB : allocataire absent du foyer.</summary>
    public static readonly MotifSuspensionRsa AllocataireAbsent = new(nameof(AllocataireAbsent), "AB", "Allocataire absent du foyer");

    /// <summary>CV : attente de décision du président du conseil départemental.</summary>
    public static readonly MotifSuspensionRsa AttenteDecisionPcd = new(nameof(AttenteDecisionPcd), "CV", "Attente de décision du président du conseil départemental");

    /// <summary>CZ : activité antérieure insuffisante.</summary>
    public static readonly MotifSuspensionRsa ActiviteAnterieureInsuffisante = new(nameof(ActiviteAnterieureInsuffisante), "CZ", "Activité antérieure insuffisante");

    /// <summary>DA : activité antérieure absente.</summary>
    public static readonly MotifSuspensionRsa ActiviteAnterieureAbsente = new(nameof(ActiviteAnterieureAbsente), "DA", "Activité antérieure absente");

    /// <summary>DB : rémunération d'étudiant insuffisante.</summary>
    public static readonly MotifSuspensionRsa RemunerationEtudiantInsuffisante = new(nameof(RemunerationEtudiantInsuffisante), "DB", "Rémunération d'étudiant insuffisante");

    /// <summary>DC : activité antérieure non conforme.</summary>
    public static readonly MotifSuspensionRsa ActiviteAnterieureNonConforme = new(nameof(ActiviteAnterieureNonConforme), "DC", "Activité antérieure non conforme");

    private MotifSuspensionRsa(string nom, string code, string libelle, bool piece = false)
        : base(nom, code, libelle) => PorteSurUnePiece = piece;

    /// <inheritdoc/>
    public static IReadOnlyList<MotifSuspensionRsa> Toutes { get; } =
    [
        RessourcesTropElevees, MoinsDe25Ans, ActiviteNonConforme, TitreDeSejourNonValide, SousSeuilDeVersement,
        DeclarationTrimestrielleNonFournie, ResidenceNonConforme, PasDIsolement, PrestationExclue, RegimeNonConforme,
        DemandeVieillesseAbsente, TitreDeSejourAbsent, Hospitalisation, ActionNonEngagee, SurfacePonderee, DroitEteint,
        PasDAllocataire, AahReduite, AllocataireAbsent, AttenteDecisionPcd, ActiviteAnterieureInsuffisante,
        ActiviteAnterieureAbsente, RemunerationEtudiantInsuffisante, ActiviteAnterieureNonConforme,
    ];

    /// <inheritdoc/>
    public static string NomDuType => "motif de suspension du versement du RSA (MOTISUSVERSRSA)";

    /// <summary><see langword="true"/> quand le versement est suspendu faute d'une pièce ou d'une démarche de l'allocataire.</summary>
    public bool PorteSurUnePiece { get; }
}
