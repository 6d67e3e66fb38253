using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Territoires;

namespace Caf.Accompagnement.Samples.AideLocale;

/// <summary>
/// Les aides propres à une Caf, définies dans son assemblage et servies au catalogue par injection de dépendances.
/// </summary>
/// <remarks>
/// <para>Exemple réaliste : une aide à la mobilité (permis de conduire B) pour les jeunes allocataires de 18 à 25 ans
/// d'un territoire rural sans transport collectif régulier, la CC des Landes d'Armagnac (EPCI 200035541, ses
/// 27 communes au COG 2026). Subvention ou prêt sans intérêt, part du coût selon le quotient familial, plafond 800 €.
/// Montants et plafonds : exemple d'illustration, pas le règlement d'une Caf réelle.</para>
/// </remarks>
public sealed class AidesLocales : ISourceDeTypesDAide
{
    /// <summary>Le code du type d'aide local.</summary>
    public const string CodePermis = "LANDES.MOBILITE_PERMIS";

    private const string Reglement = "Règlement intérieur d'action sociale (exemple d'illustration)";

    /// <summary>Les communes de la CC des Landes d'Armagnac (COG 2026, fichier communes-40.csv).</summary>
    public static readonly IReadOnlyList<CodeCommune> LandesDArmagnac =
    [
        .. new[]
        {
            "40014", "40015", "40030", "40039", "40053", "40058", "40087", "40093", "40096", "40102", "40124", "40131", "40140", "40149",
            "40158", "40161", "40164", "40169", "40176", "40218", "40242", "40245", "40262", "40265", "40267", "40288", "40327",
        }.Select(CodeCommune.Parse),
    ];

    /// <summary>Aide à la mobilité : permis de conduire pour les jeunes d'un territoire rural.</summary>
    public static readonly TypeDAide MobilitePermis = new(
        CodePermis,
        "Aide à la mobilité : permis de conduire (jeunes, Landes d'Armagnac)",
        CategorieAide.CoupDePouce,
        [FormeAide.Subvention, FormeAide.Pret],
        [
            new AgeDeLAllocataire(18, 25, Reglement),
            new PlafondDeQuotientFamilial(Montant.FromEuros(900m), Reglement),
            new ResidenceDansLeTerritoire("CC des Landes d'Armagnac", LandesDArmagnac, Reglement),
        ],
        new PartDuCoutSelonQuotient([(Montant.FromEuros(600m), 0.5m), (Montant.FromEuros(900m), 0.3m)], Montant.FromEuros(800m), Reglement),
        Reglement);

    /// <inheritdoc/>
    public IEnumerable<TypeDAide> TypesDAide => [MobilitePermis];
}
