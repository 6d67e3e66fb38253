namespace Caf.Accompagnement.Aides;

/// <summary>La catégorie d'un type d'aide, selon la structure du bilan d'action sociale de la Caf des Landes (2022).</summary>
/// <remarks>
/// <para>Le bilan 2022 de la Caf des Landes compte 1 411 aides individuelles versées : 1 114 aides « coup de pouce »,
/// 293 aides pour améliorer le cadre de vie et 4 aides pour des travaux de lutte contre la précarité énergétique,
/// comptées à part. Les services non monétaires (constats techniques de logement, contrôles de décence, informations
/// collectives) ne sont pas des aides versées : ils ne comptent pas dans ce total.</para>
/// </remarks>
public sealed class CategorieAide : EnumerationCaf<CategorieAide>, IEnumerationCaf<CategorieAide>
{
    /// <summary>Aides « coup de pouce » pour traverser une étape difficile (projets, vacances, garde, jeunes, urgence, répit, devoirs).</summary>
    public static readonly CategorieAide CoupDePouce = new(nameof(CoupDePouce), "COUP_DE_POUCE", "Coup de pouce", estVersee: true);

    /// <summary>Aides pour améliorer le cadre de vie (équipement ménager et mobilier…), en subvention ou en prêt.</summary>
    public static readonly CategorieAide CadreDeVie = new(nameof(CadreDeVie), "CADRE_DE_VIE", "Cadre de vie", estVersee: true);

    /// <summary>Aides pour des travaux de lutte contre la précarité énergétique (comptées à part dans le bilan).</summary>
    public static readonly CategorieAide PrecariteEnergetique = new(nameof(PrecariteEnergetique), "PRECARITE_ENERGETIQUE", "Lutte contre la précarité énergétique", estVersee: true);

    /// <summary>Services non monétaires (constat technique de logement, contrôle de décence, information collective).</summary>
    public static readonly CategorieAide Services = new(nameof(Services), "SERVICES", "Services", estVersee: false);

    private CategorieAide(string nom, string code, string libelle, bool estVersee)
        : base(nom, code, libelle)
    {
        EstVersee = estVersee;
    }

    /// <inheritdoc/>
    public static IReadOnlyList<CategorieAide> Toutes { get; } = [CoupDePouce, CadreDeVie, PrecariteEnergetique, Services];

    /// <inheritdoc/>
    public static string NomDuType => "catégorie d'aide";

    /// <summary><see langword="true"/> pour une catégorie d'aides versées (comptées dans le total des aides individuelles).</summary>
    public bool EstVersee { get; }
}
