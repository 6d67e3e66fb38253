using System.Globalization;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// Les paramètres de calibrage du <see cref="GenerateurDePopulation"/> : parts et fréquences observées publiquement,
/// ou hypothèses de modélisation signalées comme telles (voir <c>docs/segmentation.md</c>).
/// </summary>
/// <param name="PartAvecEnfants">Part des foyers avec au moins un enfant à charge (hypothèse : 0,50 ; 8,0 millions de
/// familles avec enfant mineur, Insee Focus n° 249, pour 13,5 millions d'allocataires, caf.fr).</param>
/// <param name="PartMonoparentsParmiFamilles">Part des familles monoparentales parmi les familles avec enfants (Insee
/// Focus n° 249, 2021 : 25 %).</param>
/// <param name="PartCouplesSansEnfant">Part des couples parmi les foyers sans enfant (hypothèse : 0,25).</param>
/// <param name="TauxRsaSeulSansEnfant">Probabilité du RSA pour une personne seule sans enfant.</param>
/// <param name="TauxRsaMonoparent">Probabilité du RSA pour un monoparent.</param>
/// <param name="TauxRsaCouple">Probabilité du RSA pour un couple (avec ou sans enfant). Avec les valeurs par défaut,
/// 13,75 % des foyers perçoivent le RSA : 1,89 million de foyers au RSA fin 2022 (Drees) pour 13,5 millions
/// d'allocataires.</param>
/// <param name="PartRsaMajore">Part du RSA majoré parmi les monoparents au RSA (hypothèse : 0,35).</param>
/// <param name="TauxAideAuLogement">Probabilité d'une aide au logement (APL) : 0,43, environ 5,8 millions de foyers
/// aidés pour 13,5 millions d'allocataires (Drees, suivi des prestations de solidarité).</param>
/// <param name="TauxSeparationParAn">Fréquence annuelle d'une séparation pour un foyer de personne seule (0,016 :
/// 1 345 rendez-vous « séparation » de la Caf des Landes en 2022 pour environ 85 600 foyers).</param>
/// <param name="TauxMonoparentaliteParAn">Fréquence annuelle d'un début de monoparentalité pour un monoparent (hypothèse : 0,10).</param>
/// <param name="TauxImpayeParAn">Fréquence annuelle d'un impayé de loyer pour un foyer aidé au logement (0,004 :
/// 142 demandes pour impayé de loyer dans les Landes en 2022, soit 0,17 % des foyers).</param>
/// <param name="TauxDecesConjointParAn">Fréquence annuelle d'un décès du conjoint pour une personne seule de plus de 40 ans (hypothèse : 0,004).</param>
/// <param name="TauxDecesEnfantParAn">Fréquence annuelle d'un décès d'enfant pour une famille (hypothèse : 0,0005).</param>
/// <param name="TauxHandicapEnfant">Probabilité d'un handicap reconnu pour un enfant (hypothèse : 0,02).</param>
public sealed record ParametresDeGeneration(
    double PartAvecEnfants,
    double PartMonoparentsParmiFamilles,
    double PartCouplesSansEnfant,
    double TauxRsaSeulSansEnfant,
    double TauxRsaMonoparent,
    double TauxRsaCouple,
    double PartRsaMajore,
    double TauxAideAuLogement,
    double TauxSeparationParAn,
    double TauxMonoparentaliteParAn,
    double TauxImpayeParAn,
    double TauxDecesConjointParAn,
    double TauxDecesEnfantParAn,
    double TauxHandicapEnfant)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"Génération : {PartAvecEnfants:P0} de foyers avec enfants, dont {PartMonoparentsParmiFamilles:P0} monoparentaux ; RSA : {TauxRsaSeulSansEnfant:P0} des personnes seules, {TauxRsaMonoparent:P0} des monoparents, {TauxRsaCouple:P0} des couples ; aide au logement {TauxAideAuLogement:P0}");

    /// <summary>Foyers allocataires par habitant : 13,5 millions d'allocataires (caf.fr, 2022) pour 68 350 798 habitants (COG 2026).</summary>
    public const double FoyersParHabitant = 13_500_000d / 68_350_798d;

    /// <summary>Le calibrage par défaut, documenté dans <c>docs/segmentation.md</c>.</summary>
    public static ParametresDeGeneration Defaut { get; } = new(
        PartAvecEnfants: 0.50,
        PartMonoparentsParmiFamilles: 0.25,
        PartCouplesSansEnfant: 0.25,
        TauxRsaSeulSansEnfant: 0.20,
        TauxRsaMonoparent: 0.30,
        TauxRsaCouple: 0.05,
        PartRsaMajore: 0.35,
        TauxAideAuLogement: 0.43,
        TauxSeparationParAn: 0.016,
        TauxMonoparentaliteParAn: 0.10,
        TauxImpayeParAn: 0.004,
        TauxDecesConjointParAn: 0.004,
        TauxDecesEnfantParAn: 0.0005,
        TauxHandicapEnfant: 0.02);

    /// <summary>Nombre de foyers allocataires estimé pour une population d'habitants (arrondi).</summary>
    /// <param name="habitants">Le nombre d'habitants.</param>
    /// <returns>Le nombre de foyers.</returns>
    public static int FoyersPour(long habitants) => (int)Math.Round(habitants * FoyersParHabitant, MidpointRounding.AwayFromZero);
}
