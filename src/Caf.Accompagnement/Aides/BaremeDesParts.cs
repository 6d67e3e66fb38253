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
/// <para>Invariant : toutes les parts sont positives ou nulles et l'allocataire a plus de zéro part ; ajouter un
/// enfant n'enlève donc jamais de part.</para>
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

    /// <summary>Le nombre de parts d'un foyer.</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <returns>Le nombre de parts.</returns>
    public decimal Parts(Foyer foyer)
    {
        Preconditions.CheckNotNull(foyer);
        return Parts(foyer.NombreEnfants, foyer.Enfants.Count(e => e.Handicap));
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
        $"{Allocataire} parts pour l'allocataire ; +{PremierEnfant} (1er enfant) ; +{DeuxiemeEnfant} (2e) ; +{TroisiemeEnfant} (3e) ; +{EnfantSuivant} par enfant suivant ; +{EnfantHandicape} par enfant handicapé");
}
