using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Contrats;

/// <summary>
/// Une action inscrite au contrat : son domaine, qui la doit (le bénéficiaire ou le référent : les engagements sont
/// réciproques), un libellé sans donnée personnelle, une échéance et un statut.
/// </summary>
public sealed record Engagement
{
    /// <summary>Crée une action.</summary>
    /// <param name="domaine">Le domaine.</param>
    /// <param name="debiteur">Qui la doit.</param>
    /// <param name="libelle">Le libellé de l'action (sans nom ni donnée de santé détaillée).</param>
    /// <param name="echeance">L'échéance.</param>
    /// <param name="statut">Le statut (prévu par défaut).</param>
    /// <exception cref="ArgumentException">Libellé vide.</exception>
    public Engagement(DomaineEngagement domaine, DebiteurEngagement debiteur, string libelle, LocalDate echeance, StatutEngagement? statut = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(libelle), nameof(libelle), "Le libellé de l'action est obligatoire.");
        Domaine = Preconditions.CheckNotNull(domaine);
        Debiteur = Preconditions.CheckNotNull(debiteur);
        Libelle = libelle.Trim();
        Echeance = echeance;
        Statut = statut ?? StatutEngagement.Prevu;
    }

    /// <summary>Le domaine.</summary>
    public DomaineEngagement Domaine { get; }

    /// <summary>Qui doit l'action.</summary>
    public DebiteurEngagement Debiteur { get; }

    /// <summary>Le libellé.</summary>
    public string Libelle { get; }

    /// <summary>L'échéance.</summary>
    public LocalDate Echeance { get; }

    /// <summary>Le statut.</summary>
    public StatutEngagement Statut { get; }

    /// <summary>La même action avec un autre statut.</summary>
    /// <param name="statut">Le nouveau statut.</param>
    /// <returns>L'action mise à jour.</returns>
    public Engagement AvecStatut(StatutEngagement statut) => new(Domaine, Debiteur, Libelle, Echeance, statut);

    /// <summary>Forme lisible.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"[{Domaine.Libelle}] {Libelle} — dû par : {Debiteur.Libelle}, échéance {Dates.Formater(Echeance)}, {Statut.Libelle}";
}
