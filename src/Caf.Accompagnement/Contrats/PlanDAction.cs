using System.Globalization;

namespace Caf.Accompagnement.Contrats;

/// <summary>
/// Le plan d'action d'un contrat d'engagement (depuis le 1er janvier 2025) : une durée hebdomadaire d'activité d'au
/// moins 15 heures, qui peut être ajustée à la situation de la personne avec un motif enregistré
/// (loi n° 2023-1196 pour le plein emploi ; code du travail L5411-6-1).
/// </summary>
public sealed record PlanDAction
{
    /// <summary>La durée hebdomadaire d'activité de droit commun : 15 heures.</summary>
    public const int HeuresHebdomadairesMinimales = 15;

    private PlanDAction(int heures, string? motif)
    {
        HeuresHebdomadaires = heures;
        MotifAjustement = motif;
    }

    /// <summary>La durée hebdomadaire d'activité prévue, en heures.</summary>
    public int HeuresHebdomadaires { get; }

    /// <summary>Le motif d'un ajustement sous 15 heures (santé, handicap, parent isolé sans solution de garde…), ou <see langword="null"/>.</summary>
    public string? MotifAjustement { get; }

    /// <summary><see langword="true"/> si la durée est ajustée sous le minimum de droit commun.</summary>
    public bool EstAjuste => HeuresHebdomadaires < HeuresHebdomadairesMinimales;

    /// <summary>Crée un plan d'action.</summary>
    /// <param name="heuresHebdomadaires">Durée hebdomadaire d'activité (0 à 168 heures).</param>
    /// <param name="motifAjustement">Motif obligatoire si la durée est inférieure à 15 heures.</param>
    /// <returns>Le plan, ou l'erreur <c>contrats.plan.heures</c> ou <c>contrats.plan.motif_ajustement</c>.</returns>
    public static Resultat<PlanDAction> Create(int heuresHebdomadaires, string? motifAjustement = null)
    {
        if (heuresHebdomadaires is < 0 or > 168)
        {
            return Resultat<PlanDAction>.Echec(new Erreur(
                "contrats.plan.heures", "heures_hebdomadaires", heuresHebdomadaires.ToString(CultureInfo.InvariantCulture),
                "Une durée hebdomadaire est comprise entre 0 et 168 heures."));
        }

        var motif = string.IsNullOrWhiteSpace(motifAjustement) ? null : motifAjustement.Trim();
        if (heuresHebdomadaires < HeuresHebdomadairesMinimales && motif is null)
        {
            return Resultat<PlanDAction>.Echec(new Erreur(
                "contrats.plan.motif_ajustement", "motif_ajustement", heuresHebdomadaires.ToString(CultureInfo.InvariantCulture),
                $"Sous {HeuresHebdomadairesMinimales} heures d'activité par semaine, le plan d'action doit enregistrer le motif de l'ajustement (loi n° 2023-1196)."));
        }

        return new PlanDAction(heuresHebdomadaires, motif);
    }

    /// <summary>Forme lisible.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"{HeuresHebdomadaires} h d'activité par semaine{(MotifAjustement is { } m ? $" (ajusté : {m})" : string.Empty)}";
}
