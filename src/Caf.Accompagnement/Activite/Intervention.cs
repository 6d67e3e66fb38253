using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Activite;

/// <summary>Une intervention de travail social : un travailleur social intervient auprès d'une famille pour un motif.</summary>
/// <remarks>Bilan 2022 de la Caf des Landes : 2 243 interventions, soit +19 % par rapport à 2021.</remarks>
public sealed class Intervention : EntreeJournal
{
    /// <summary>Crée une intervention (données déjà typées).</summary>
    /// <param name="date">La date de l'intervention.</param>
    /// <param name="motif">Le motif.</param>
    /// <param name="secteur">Le code du secteur.</param>
    /// <param name="travailleurSocial">L'identifiant pseudonyme du travailleur social.</param>
    /// <exception cref="ArgumentException">Un argument est nul ou vide (erreur de programmation ; pour une saisie, utiliser <see cref="Create(LocalDate, string?, string?, string?)"/>).</exception>
    public Intervention(LocalDate date, Motif motif, string secteur, string travailleurSocial)
        : base(date, secteur)
    {
        Motif = Preconditions.CheckNotNull(motif);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(travailleurSocial), nameof(travailleurSocial), "Le travailleur social est obligatoire.");
        TravailleurSocial = travailleurSocial.Trim();
    }

    /// <summary>Le motif de l'intervention.</summary>
    public Motif Motif { get; }

    /// <summary>L'identifiant pseudonyme du travailleur social.</summary>
    public string TravailleurSocial { get; }

    /// <inheritdoc/>
    public override string Nature => "INTERVENTION";

    /// <summary>Crée une intervention à partir d'une saisie : le motif est un code, le secteur et le travailleur social
    /// sont obligatoires.</summary>
    /// <param name="date">La date de l'intervention.</param>
    /// <param name="motif">Le code du motif (<see cref="Motif"/>).</param>
    /// <param name="secteur">Le code du secteur.</param>
    /// <param name="travailleurSocial">L'identifiant pseudonyme du travailleur social.</param>
    /// <returns>L'intervention, ou toutes les erreurs (<c>activite.motif.inconnu</c>, <c>activite.secteur.absent</c>,
    /// <c>activite.travailleur.absent</c>).</returns>
    public static Resultat<Intervention> Create(LocalDate date, string? motif, string? secteur, string? travailleurSocial)
    {
        var erreurs = new List<Erreur>();
        var m = Lire<Motif>(motif, "motif", "activite.motif.inconnu", erreurs);
        VerifierTexte(secteur, "secteur", "activite.secteur.absent", erreurs);
        VerifierTexte(travailleurSocial, "travailleur_social", "activite.travailleur.absent", erreurs);
        return erreurs.Count > 0 ? Resultat<Intervention>.Echec(erreurs) : new Intervention(date, m!, secteur!, travailleurSocial!);
    }

    /// <summary>Crée une intervention d'un motif typé.</summary>
    /// <param name="date">La date de l'intervention.</param>
    /// <param name="motif">Le motif.</param>
    /// <param name="secteur">Le code du secteur.</param>
    /// <param name="travailleurSocial">L'identifiant pseudonyme du travailleur social.</param>
    /// <returns>L'intervention, ou <c>activite.secteur.absent</c>, <c>activite.travailleur.absent</c>.</returns>
    public static Resultat<Intervention> Create(LocalDate date, Motif motif, string? secteur, string? travailleurSocial) =>
        Create(date, Preconditions.CheckNotNull(motif).Code, secteur, travailleurSocial);

    internal override void Compter(Compteurs compteurs) => compteurs.Ajouter(new Cle(Rubrique.Intervention, Motif.Code), 1, Montant.Zero);

    /// <summary>Forme lisible, sans donnée personnelle.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Dates.FormaterIso(Date)} intervention ({Motif.Libelle}), secteur {Secteur}";
}
