using Caf.Accompagnement.Cibles;

namespace Caf.Accompagnement.Aides;

/// <summary>
/// Les types d'aides et de services du bilan d'action sociale 2022 de la Caf des Landes, avec des paramètres par
/// défaut documentés.
/// </summary>
/// <remarks>
/// <para>Les types (codes, libellés, catégories) suivent le bilan publié par la Caf des Landes (aides individuelles
/// 2022). Les plafonds et montants des règlements d'action sociale sont locaux et ne sont pas tous publics : les
/// valeurs marquées « valeur d'illustration » sont des défauts raisonnables à remplacer par ceux du règlement
/// intérieur de chaque Caf (en définissant ses propres types, voir <see cref="ISourceDeTypesDAide"/>). Les valeurs
/// sourcées : aide aux vacances familiales (Caf du Cher 2025 : QF ≤ 700 €, 410 € + 50 € par enfant supplémentaire,
/// au plus 80 % du coût) ; aide aux vacances sociales (jusqu'à 90 % du coût) ; prêt d'équipement jusqu'à 1 500 €
/// (Caf du Nord).</para>
/// </remarks>
public sealed class AidesDeReference : ISourceDeTypesDAide
{
    private const string Bilan = "Caf des Landes, bilan de l'accompagnement social 2022";
    private const string Illustration = "valeur d'illustration, à remplacer par le règlement intérieur d'action sociale de la Caf";

    private static readonly FormeAide[] SubventionSeule = [FormeAide.Subvention];
    private static readonly FormeAide[] SubventionOuPret = [FormeAide.Subvention, FormeAide.Pret];
    private static readonly FormeAide[] ServiceSeul = [FormeAide.Service];

    /// <summary>Aide aux projets des familles (coup de pouce) : 80 % du coût, au plus 800 €, QF ≤ 800 €.</summary>
    public static readonly TypeDAide Projets = new(
        "PROJETS",
        "Aide aux projets des familles",
        CategorieAide.CoupDePouce,
        SubventionOuPret,
        [new PlafondDeQuotientFamilial(Montant.FromEuros(800m), Illustration)],
        new PartDuCout(0.8m, Montant.FromEuros(800m), Illustration),
        Bilan);

    /// <summary>Aide aux vacances familiales (AVF) : séjour autonome réservé via VACAF.</summary>
    public static readonly TypeDAide VacancesFamiliales = new(
        "AVF",
        "Aide aux vacances familiales (séjour autonome)",
        CategorieAide.CoupDePouce,
        SubventionSeule,
        [new PlafondDeQuotientFamilial(Montant.FromEuros(700m), "Caf du Cher, aides aux vacances 2025"), new AvecEnfantACharge("Caf du Cher, aides aux vacances 2025")],
        new PlusPetitDe(
            new SupplementParEnfant(new MontantForfaitaire(Montant.FromEuros(410m), "Caf du Cher, aides aux vacances 2025"), Montant.FromEuros(50m), 2, "Caf du Cher, aides aux vacances 2025"),
            new PartDuCout(0.8m, null, "Caf du Cher, aides aux vacances 2025")),
        Bilan);

    /// <summary>Aide aux vacances sociales (AVS) : premier séjour accompagné par un travailleur social, jusqu'à 90 % du coût.</summary>
    public static readonly TypeDAide VacancesSociales = new(
        "AVS",
        "Aide aux vacances sociales (séjour accompagné)",
        CategorieAide.CoupDePouce,
        SubventionSeule,
        [new PlafondDeQuotientFamilial(Montant.FromEuros(700m), Illustration), new AvecEnfantACharge(Bilan)],
        new PartDuCout(0.9m, Montant.FromEuros(1200m), "Jusqu'à 90 % du coût (VACAF) ; plafond : " + Illustration),
        Bilan);

    /// <summary>Aide à la garde d'enfants en horaires décalés, selon la tranche de QF.</summary>
    public static readonly TypeDAide GardeHorairesDecales = new(
        "GARDE_HORAIRES_DECALES",
        "Garde d'enfants en horaires décalés",
        CategorieAide.CoupDePouce,
        SubventionSeule,
        [new EnfantDAge(0, 11, Illustration), new PlafondDeQuotientFamilial(Montant.FromEuros(900m), Illustration)],
        new BaremeParQuotient(
            Illustration,
            new TrancheDeQuotient(Montant.FromEuros(500m), Montant.FromEuros(300m)),
            new TrancheDeQuotient(Montant.FromEuros(700m), Montant.FromEuros(200m)),
            new TrancheDeQuotient(Montant.FromEuros(900m), Montant.FromEuros(100m))),
        Bilan);

    /// <summary>Aide aux jeunes allocataires (18 à 25 ans).</summary>
    public static readonly TypeDAide Jeunes = new(
        "JEUNES",
        "Aide aux jeunes",
        CategorieAide.CoupDePouce,
        SubventionOuPret,
        [new AgeDeLAllocataire(18, 25, Illustration)],
        new MontantForfaitaire(Montant.FromEuros(500m), Illustration),
        Bilan);

    /// <summary>Aide financière d'urgence (en 2022 : familles déplacées d'Ukraine).</summary>
    public static readonly TypeDAide Urgence = new(
        "URGENCE",
        "Aide financière d'urgence",
        CategorieAide.CoupDePouce,
        SubventionSeule,
        [],
        new MontantForfaitaire(Montant.FromEuros(300m), Illustration),
        Bilan);

    /// <summary>Aide à l'équipement ménager et mobilier (cadre de vie), souvent en prêt sans intérêt, jusqu'à 1 500 €.</summary>
    public static readonly TypeDAide EquipementMenager = new(
        "EQUIPEMENT_MENAGER",
        "Équipement ménager et mobilier",
        CategorieAide.CadreDeVie,
        SubventionOuPret,
        [new PlafondDeQuotientFamilial(Montant.FromEuros(800m), Illustration)],
        new PartDuCout(1m, Montant.FromEuros(1500m), "Prêt d'équipement jusqu'à 1 500 € (Caf du Nord)"),
        Bilan);

    /// <summary>Autres aides au cadre de vie (logement, installation).</summary>
    public static readonly TypeDAide CadreDeVieAutre = new(
        "CADRE_DE_VIE_AUTRE",
        "Autres aides au cadre de vie",
        CategorieAide.CadreDeVie,
        SubventionOuPret,
        [new PlafondDeQuotientFamilial(Montant.FromEuros(800m), Illustration)],
        new PartDuCout(0.8m, Montant.FromEuros(1000m), Illustration),
        Bilan);

    /// <summary>Travaux de lutte contre la précarité énergétique.</summary>
    public static readonly TypeDAide PrecariteEnergetique = new(
        "PRECARITE_ENERGETIQUE",
        "Travaux de lutte contre la précarité énergétique",
        CategorieAide.PrecariteEnergetique,
        SubventionOuPret,
        [new PlafondDeQuotientFamilial(Montant.FromEuros(800m), Illustration)],
        new PartDuCout(0.8m, Montant.FromEuros(3000m), Illustration),
        Bilan);

    /// <summary>Aide expérimentale au répit parental (familles monoparentales).</summary>
    public static readonly TypeDAide RepitParental = new(
        "REPIT_PARENTAL",
        "Répit parental (expérimental)",
        CategorieAide.CoupDePouce,
        SubventionSeule,
        [new CibleRequise(Bilan + " (offre aux familles monoparentales)", CibleParentsSeuls.CodeCible, CibleRsaMonoparent.CodeCible, "EVENEMENT_MONOPARENTALITE")],
        new MontantForfaitaire(Montant.FromEuros(250m), Illustration),
        Bilan);

    /// <summary>Aide expérimentale aux devoirs (enfants de 6 à 17 ans).</summary>
    public static readonly TypeDAide AideAuxDevoirs = new(
        "AIDE_AUX_DEVOIRS",
        "Aide aux devoirs (expérimental)",
        CategorieAide.CoupDePouce,
        SubventionSeule,
        [new EnfantDAge(6, 17, Illustration)],
        new PartDuCout(0.8m, Montant.FromEuros(300m), Illustration),
        Bilan);

    /// <summary>Constat technique de logement (service, partenaire Soliha).</summary>
    public static readonly TypeDAide ConstatTechniqueLogement = new(
        "CONSTAT_LOGEMENT",
        "Constat technique de logement (Soliha)",
        CategorieAide.Services,
        ServiceSeul,
        [],
        new SansMontant(),
        Bilan);

    /// <summary>Contrôle de décence du logement (service, partenaire Soliha ; loi ALUR : maintien de l'aide au logement jusqu'à 18 mois pendant les travaux).</summary>
    public static readonly TypeDAide ControleDecence = new(
        "CONTROLE_DECENCE",
        "Contrôle de décence du logement (Soliha)",
        CategorieAide.Services,
        ServiceSeul,
        [],
        new SansMontant(),
        Bilan);

    /// <summary>Information collective « Parents après la séparation » (PALS).</summary>
    public static readonly TypeDAide InformationCollectivePals = new(
        "PALS",
        "Information collective Parents après la séparation (PALS)",
        CategorieAide.Services,
        ServiceSeul,
        [new AvecEnfantACharge(Bilan)],
        new SansMontant(),
        Bilan);

    /// <summary>Tous les types fournis, dans l'ordre du bilan.</summary>
    public static IReadOnlyList<TypeDAide> Tous { get; } =
    [
        Projets, VacancesFamiliales, VacancesSociales, GardeHorairesDecales, Jeunes, Urgence, RepitParental, AideAuxDevoirs,
        EquipementMenager, CadreDeVieAutre, PrecariteEnergetique, ConstatTechniqueLogement, ControleDecence, InformationCollectivePals,
    ];

    /// <inheritdoc/>
    public IEnumerable<TypeDAide> TypesDAide => Tous;
}
