using Caf.Accompagnement.Foyers;

namespace Caf.Accompagnement.Flux;

/// <summary>
/// Le rôle d'une personne dans le dossier RSA (code <c>ROLEPERS</c> du bloc <c>Prestations</c> de nature <c>RSA</c>
/// des flux Caf/MSA « RSA bénéficiaires »).
/// </summary>
/// <remarks>
/// <para>Le schéma VRSB0801 (carnet-de-bord, <c>backend/cdb/caf_msa/vrsb0801.xsd</c>) ne donne que la longueur du code
/// (3 caractères) ; la liste vient du logiciel libre WebRSA des départements (<c>app/Model/Option.php</c>,
/// <c>rolepers</c>).</para>
/// <para><see cref="RoleDansLeFoyer"/> donne le rôle correspondant du modèle des foyers : une « autre personne » (AUT)
/// et le « responsable du dossier » (RDO) n'y ont pas de place (ils restent dans le <see cref="DossierRsa"/>).</para>
/// </remarks>
public sealed class RolePersonneRsa : EnumerationCaf<RolePersonneRsa>, IEnumerationCaf<RolePersonneRsa>
{
    /// <summary>DEM : demandeur du RSA (l'allocataire).</summary>
    public static readonly RolePersonneRsa Demandeur = new(nameof(Demandeur), "DEM", "Demandeur du RSA", Foyers.RoleDansLeFoyer.Allocataire);

    /// <summary>CJT : conjoint du demandeur.</summary>
    public static readonly RolePersonneRsa Conjoint = new(nameof(Conjoint), "CJT", "Conjoint du demandeur", Foyers.RoleDansLeFoyer.Conjoint);

    /// <summary>ENF : enfant.</summary>
    public static readonly RolePersonneRsa Enfant = new(nameof(Enfant), "ENF", "Enfant", Foyers.RoleDansLeFoyer.Enfant);

    /// <summary>AUT : autre personne rattachée au dossier.</summary>
    public static readonly RolePersonneRsa AutrePersonne = new(nameof(AutrePersonne), "AUT", "Autre personne", null);

    /// <summary>RDO : responsable du dossier.</summary>
    public static readonly RolePersonneRsa ResponsableDuDossier = new(nameof(ResponsableDuDossier), "RDO", "Responsable du dossier", null);

    private RolePersonneRsa(string nom, string code, string libelle, RoleDansLeFoyer? role)
        : base(nom, code, libelle) => RoleDansLeFoyer = role;

    /// <inheritdoc/>
    public static IReadOnlyList<RolePersonneRsa> Toutes { get; } = [Demandeur, Conjoint, Enfant, AutrePersonne, ResponsableDuDossier];

    /// <inheritdoc/>
    public static string NomDuType => "rôle de la personne dans le dossier RSA (ROLEPERS)";

    /// <summary>Le rôle dans le modèle des foyers, ou <see langword="null"/> (AUT, RDO).</summary>
    public RoleDansLeFoyer? RoleDansLeFoyer { get; }
}
