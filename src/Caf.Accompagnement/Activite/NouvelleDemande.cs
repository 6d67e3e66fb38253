using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Activite;

/// <summary>Une nouvelle demande d'accompagnement social reçue, avec son motif.</summary>
/// <remarks>Bilan 2022 de la Caf des Landes : 3 310 nouvelles demandes dont 1 950 pour la parentalité, 1 218 pour
/// l'insertion et 142 pour des impayés de loyer.</remarks>
public sealed class NouvelleDemande : EntreeJournal
{
    /// <summary>Crée une nouvelle demande (données déjà typées).</summary>
    /// <param name="date">La date de réception.</param>
    /// <param name="motif">Le motif.</param>
    /// <param name="secteur">Le code du secteur.</param>
    /// <exception cref="ArgumentException">Un argument est nul ou vide.</exception>
    public NouvelleDemande(LocalDate date, Motif motif, string secteur)
        : base(date, secteur) => Motif = Preconditions.CheckNotNull(motif);

    /// <summary>Le motif de la demande.</summary>
    public Motif Motif { get; }

    /// <inheritdoc/>
    public override string Nature => "DEMANDE";

    /// <summary>Crée une nouvelle demande à partir d'une saisie.</summary>
    /// <param name="date">La date de réception.</param>
    /// <param name="motif">Le code du motif (<see cref="Motif"/>).</param>
    /// <param name="secteur">Le code du secteur.</param>
    /// <returns>La demande, ou toutes les erreurs (<c>activite.motif.inconnu</c>, <c>activite.secteur.absent</c>).</returns>
    public static Resultat<NouvelleDemande> Create(LocalDate date, string? motif, string? secteur)
    {
        var erreurs = new List<Erreur>();
        var m = Lire<Motif>(motif, "motif", "activite.motif.inconnu", erreurs);
        VerifierTexte(secteur, "secteur", "activite.secteur.absent", erreurs);
        return erreurs.Count > 0 ? Resultat<NouvelleDemande>.Echec(erreurs) : new NouvelleDemande(date, m!, secteur!);
    }

    /// <summary>Crée une nouvelle demande d'un motif typé.</summary>
    /// <param name="date">La date de réception.</param>
    /// <param name="motif">Le motif.</param>
    /// <param name="secteur">Le code du secteur.</param>
    /// <returns>La demande, ou <c>activite.secteur.absent</c>.</returns>
    public static Resultat<NouvelleDemande> Create(LocalDate date, Motif motif, string? secteur) =>
        Create(date, Preconditions.CheckNotNull(motif).Code, secteur);

    internal override void Compter(Compteurs compteurs) => compteurs.Ajouter(new Cle(Rubrique.Demande, Motif.Code), 1, Montant.Zero);

    /// <summary>Forme lisible.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Dates.FormaterIso(Date)} nouvelle demande ({Motif.Libelle}), secteur {Secteur}";
}
