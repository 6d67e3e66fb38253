using System.Globalization;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Aides;

/// <summary>
/// Le barème des parts du quotient familial Caf : un paramètre documenté et remplaçable (chaque Caf peut fixer le
/// sien dans son règlement intérieur d'action sociale).
/// </summary>
/// <remarks>
/// <para>Valeurs par défaut (<see cref="Defaut"/>) : 2 parts pour l'allocataire (seul ou en couple), +0,5 pour chacun
/// des 1er et 2e enfants, +1 pour le 3e, +0,5 par enfant suivant, +0,5 par enfant handicapé. Les sources publiques
/// divergent sur la personne seule sans enfant (1,5 ou 2 parts selon les Caf) : la valeur est à confirmer localement,
/// d'où ce paramètre.</para>
/// <para>Résidence alternée (<see cref="Personne.ResidenceAlternee"/>) : l'enfant compte pour la moitié de sa part
/// (<see cref="CoefficientResidenceAlternee"/>, 0,5 par défaut), l'autre moitié revenant au foyer de l'autre parent.
/// Les enfants à charge exclusive ou principale prennent les premiers rangs, par âge décroissant, puis les enfants en
/// résidence alternée, par âge décroissant ; la part de rang et la part de handicap de ces derniers sont multipliées
/// par le coefficient. C'est la règle du quotient fiscal (CGI article 194, I : enfant réputé à la charge égale de
/// chaque parent, 0,25 part pour chacun des deux premiers, rangs comptés après les enfants à charge exclusive ou
/// principale) et celle du partage des allocations familiales (CSS L521-2 et R521-2 : chaque enfant en résidence
/// alternée compte pour 0,5) ; les règlements intérieurs d'action sociale reprennent la demi-part : coefficient à
/// confirmer localement.</para>
/// <para>Invariant : toutes les parts sont positives ou nulles et l'allocataire a plus de zéro part ; ajouter un
/// enfant n'enlève donc jamais de part, et un enfant en résidence alternée apporte entre rien et ce qu'il apporterait
/// à temps plein.</para>
/// </remarks>
public sealed record BaremeDesParts
{
    /// <summary>Crée un barème des parts.</summary>
    /// <param name="allocataire">Parts de l'allocataire, seul ou en couple (strictement positif).</param>
    /// <param name="premierEnfant">Parts du 1er enfant.</param>
    /// <param name="deuxiemeEnfant">Parts du 2e enfant.</param>
    /// <param name="troisiemeEnfant">Parts du 3e enfant.</param>
    /// <param name="enfantSuivant">Parts de chaque enfant à partir du 4e.</param>
    /// <param name="enfantHandicape">Parts supplémentaires par enfant handicapé.</param>
    /// <param name="reference">Le texte qui fixe ce barème (règlement intérieur d'action sociale…).</param>
    /// <exception cref="ArgumentException">Une part est négative, l'allocataire n'a pas de part ou la référence est vide.</exception>
    public BaremeDesParts(decimal allocataire, decimal premierEnfant, decimal deuxiemeEnfant, decimal troisiemeEnfant, decimal enfantSuivant, decimal enfantHandicape, string reference)
    {
        Preconditions.CheckArgument(allocataire > 0, nameof(allocataire), "L'allocataire a au moins une fraction de part.");
        Preconditions.CheckArgument(premierEnfant >= 0 && deuxiemeEnfant >= 0 && troisiemeEnfant >= 0 && enfantSuivant >= 0 && enfantHandicape >= 0, nameof(premierEnfant), "Les parts ne sont pas négatives.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reference), nameof(reference), "La référence du barème est obligatoire.");
        Allocataire = allocataire;
        PremierEnfant = premierEnfant;
        DeuxiemeEnfant = deuxiemeEnfant;
        TroisiemeEnfant = troisiemeEnfant;
        EnfantSuivant = enfantSuivant;
        EnfantHandicape = enfantHandicape;
        Reference = reference;
    }

    /// <summary>Le barème usuel des Caf : 2 ; +0,5 ; +0,5 ; +1 ; +0,5 par enfant suivant ; +0,5 par enfant handicapé.</summary>
    public static BaremeDesParts Defaut { get; } = new(2m, 0.5m, 0.5m, 1m, 0.5m, 0.5m, "Barème usuel des règlements intérieurs d'action sociale des Caf (valeur par défaut, à confirmer localement)");

    /// <summary>Parts de l'allocataire, seul ou en couple.</summary>
    public decimal Allocataire { get; }

    /// <summary>Parts du 1er enfant.</summary>
    public decimal PremierEnfant { get; }

    /// <summary>Parts du 2e enfant.</summary>
    public decimal DeuxiemeEnfant { get; }

    /// <summary>Parts du 3e enfant.</summary>
    public decimal TroisiemeEnfant { get; }

    /// <summary>Parts de chaque enfant à partir du 4e.</summary>
    public decimal EnfantSuivant { get; }

    /// <summary>Parts supplémentaires par enfant handicapé.</summary>
    public decimal EnfantHandicape { get; }

    /// <summary>Le texte qui fixe ce barème.</summary>
    public string Reference { get; }

    /// <summary>
    /// La part retenue pour un enfant en résidence alternée, entre 0 et 1 : 0,5 par défaut (la moitié de la part de son
    /// rang et de son handicap).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Le coefficient n'est pas entre 0 et 1.</exception>
    public decimal CoefficientResidenceAlternee
    {
        get => _coefficientResidenceAlternee;
        init
        {
            if (value is < 0m or > 1m)
            {
                throw new ArgumentOutOfRangeException(nameof(CoefficientResidenceAlternee), value, "Le coefficient est compris entre 0 et 1.");
            }

            _coefficientResidenceAlternee = value;
        }
    }

    private readonly decimal _coefficientResidenceAlternee = Foyer.CoefficientResidenceAlterneeParDefaut;

    /// <summary>Le nombre de parts d'un foyer de <paramref name="enfants"/> enfants dont <paramref name="enfantsHandicapes"/> handicapés.</summary>
    /// <param name="enfants">Nombre d'enfants à charge.</param>
    /// <param name="enfantsHandicapes">Nombre d'enfants handicapés parmi eux.</param>
    /// <returns>Le nombre de parts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Nombres négatifs, ou plus d'enfants handicapés que d'enfants.</exception>
    public decimal Parts(int enfants, int enfantsHandicapes)
    {
        Preconditions.CheckArgumentRange(nameof(enfants), enfants, 0, 100);
        Preconditions.CheckArgumentRange(nameof(enfantsHandicapes), enfantsHandicapes, 0, enfants);
        var parts = Allocataire;
        for (var rang = 1; rang <= enfants; rang++)
        {
            parts += PartsDuRang(rang);
        }

        return parts + (enfantsHandicapes * EnfantHandicape);
    }

    /// <summary>
    /// Le nombre de parts d'un foyer : les enfants à charge exclusive d'abord, puis ceux en résidence alternée, qui
    /// comptent pour <see cref="CoefficientResidenceAlternee"/> de leur part.
    /// </summary>
    /// <param name="foyer">Le foyer.</param>
    /// <returns>Le nombre de parts.</returns>
    public decimal Parts(Foyer foyer)
    {
        Preconditions.CheckNotNull(foyer);
        var parts = Allocataire;
        foreach (var (rang, enfant) in EnfantsParRang(foyer))
        {
            parts += PartsDeLEnfant(rang, enfant);
        }

        return parts;
    }

    /// <summary>Le détail des parts d'un foyer, en français (« 2 + 0,5 + 0,5 + 1 × 0,5 (rang 3, résidence alternée) = 3,5 »).</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <returns>Le texte.</returns>
    public string DetailDesParts(Foyer foyer)
    {
        Preconditions.CheckNotNull(foyer);
        var termes = new List<string> { Nombre(Allocataire) + " (allocataire)" };
        foreach (var (rang, enfant) in EnfantsParRang(foyer))
        {
            var rangTexte = rang == 1 ? "1er enfant" : $"{rang.ToString(CultureInfo.InvariantCulture)}e enfant";
            var partDeBase = enfant.Handicap ? $"({Nombre(PartsDuRang(rang))} + {Nombre(EnfantHandicape)} handicap)" : Nombre(PartsDuRang(rang));
            termes.Add(enfant.ResidenceAlternee
                ? $"{partDeBase} × {Nombre(CoefficientResidenceAlternee)} ({rangTexte}, résidence alternée)"
                : $"{partDeBase} ({rangTexte})");
        }

        return $"{string.Join(" + ", termes)} = {Nombre(Parts(foyer))}";
    }

    private static string Nombre(decimal valeur) => valeur.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"));

    private static IEnumerable<(int Rang, Personne Enfant)> EnfantsParRang(Foyer foyer)
    {
        var rang = 0;
        foreach (var e in foyer.Enfants.Where(e => !e.ResidenceAlternee))
        {
            yield return (++rang, e);
        }

        foreach (var e in foyer.Enfants.Where(e => e.ResidenceAlternee))
        {
            yield return (++rang, e);
        }
    }

    private decimal PartsDeLEnfant(int rang, Personne enfant)
    {
        var part = PartsDuRang(rang) + (enfant.Handicap ? EnfantHandicape : 0m);
        return enfant.ResidenceAlternee ? part * CoefficientResidenceAlternee : part;
    }

    /// <summary>Les parts apportées par l'enfant d'un rang donné (1 pour l'aîné).</summary>
    /// <param name="rang">Le rang, à partir de 1.</param>
    /// <returns>Les parts.</returns>
    public decimal PartsDuRang(int rang) => rang switch
    {
        <= 0 => throw new ArgumentOutOfRangeException(nameof(rang), rang, "Le rang commence à 1."),
        1 => PremierEnfant,
        2 => DeuxiemeEnfant,
        3 => TroisiemeEnfant,
        _ => EnfantSuivant,
    };

    /// <summary>Le barème en une ligne, en français.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => string.Create(
        CultureInfo.GetCultureInfo("fr-FR"),
        $"{Allocataire} parts pour l'allocataire ; +{PremierEnfant} (1er enfant) ; +{DeuxiemeEnfant} (2e) ; +{TroisiemeEnfant} (3e) ; +{EnfantSuivant} par enfant suivant ; +{EnfantHandicape} par enfant handicapé ; enfant en résidence alternée × {CoefficientResidenceAlternee} (rangs après les enfants à charge exclusive)");
}
