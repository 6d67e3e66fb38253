using NodaTime;

namespace Caf.Accompagnement.Aides;

/// <summary>Un événement du domaine des aides (décision, versement, remboursement, engagement…).</summary>
/// <param name="Date">La date de l'événement.</param>
public abstract record EvenementAide(LocalDate Date)
{
    /// <summary>L'événement en français, daté au format français (scellé : tous les événements des aides s'écrivent ainsi).</summary>
    /// <returns>Le texte.</returns>
    public sealed override string ToString() => $"{Dates.Formater(Date)} : {Description()}";

    private string Description() => this switch
    {
        DemandeDeposee d => $"demande déposée pour {d.MontantDemande}",
        ChangementDeStatut c => $"{c.De.Libelle} → {c.Vers.Libelle}{(c.Motif is { } m ? $" ({m})" : string.Empty)}{(c.Pieces.IsEmpty ? string.Empty : $", pièces demandées : {string.Join(", ", c.Pieces)}")}",
        DecisionDAccord a => $"accord : {a.Montant} ({a.Forme.Libelle})",
        DecisionDeRefus r => $"refus ({r.Motif})",
        SubventionPayee p => $"paiement de {p.Montant}",
        PretDecaisse p => $"prêt décaissé : {p.Pret.Capital}, {p.Pret.Echeancier}",
        MouvementSurLePret m => $"{m.Mouvement.Description()} ; demande {m.Statut.Libelle}",
        Remboursement r => $"remboursement de {r.Montant}{(r.Anticipe ? " (anticipé)" : string.Empty)}{(r.ParRetenue ? " par retenue sur prestations" : string.Empty)}, reste dû {r.SoldeApres}",
        Reechelonnement r => $"rééchelonnement du solde de {r.SoldeRepris} : {r.Echeancier}",
        RemiseDeDette r => $"remise de dette de {r.Montant} ({r.Motif})",
        MontantEngage e => $"engagement de {e.EngagementBudgetaire.Montant} ({e.EngagementBudgetaire.Categorie.Libelle}), disponible {e.DisponibleApres}",
        MontantConsomme c => $"consommation de {c.EngagementBudgetaire.Montant} ({c.EngagementBudgetaire.Categorie.Libelle})",
        EngagementLibere l => $"engagement libéré de {l.EngagementBudgetaire.Montant} ({l.EngagementBudgetaire.Categorie.Libelle})",
        RemboursementRecu r => $"remboursement reçu de {r.Montant}",
        _ => GetType().Name,
    };
}

/// <summary>Le nouvel état d'un agrégat des aides après un changement accepté, avec l'événement qui le décrit.</summary>
/// <typeparam name="T">Le type de l'agrégat (<see cref="Pret"/>, <see cref="DemandeDAide"/>, <see cref="EnveloppeBudgetaire"/>).</typeparam>
/// <param name="Etat">Le nouvel état (l'ancien reste inchangé).</param>
/// <param name="Evenement">L'événement.</param>
public sealed record Evolution<T>(T Etat, EvenementAide Evenement)
    where T : class
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Evenement} → {Etat}";
}
