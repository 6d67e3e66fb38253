using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Activite;

/// <summary>Une étape d'un rendez-vous de travail social (proposé, tenu, non honoré), avec son origine et
/// l'événement de vie auquel il est lié, s'il y a lieu.</summary>
/// <remarks>Bilan 2022 de la Caf des Landes : 1 345 rendez-vous liés à la séparation tenus en 2022 (887 en 2021), à la
/// suite d'actions proactives d'information vers les parents séparés (appels sortants).</remarks>
public sealed class RendezVous : EntreeJournal
{
    /// <summary>Crée une étape de rendez-vous (données déjà typées).</summary>
    /// <param name="date">La date de l'étape (proposition, tenue ou absence).</param>
    /// <param name="statut">L'étape.</param>
    /// <param name="origine">Ce qui a conduit au rendez-vous.</param>
    /// <param name="secteur">Le code du secteur.</param>
    /// <param name="travailleurSocial">L'identifiant pseudonyme du travailleur social.</param>
    /// <param name="evenementLie">L'événement de vie auquel le rendez-vous est lié (séparation…), ou <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Un argument obligatoire est nul ou vide.</exception>
    public RendezVous(LocalDate date, StatutDeRendezVous statut, OrigineDeRendezVous origine, string secteur, string travailleurSocial, TypeEvenement? evenementLie = null)
        : base(date, secteur)
    {
        Statut = Preconditions.CheckNotNull(statut);
        Origine = Preconditions.CheckNotNull(origine);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(travailleurSocial), nameof(travailleurSocial), "Le travailleur social est obligatoire.");
        TravailleurSocial = travailleurSocial.Trim();
        EvenementLie = evenementLie;
    }

    /// <summary>L'étape du rendez-vous.</summary>
    public StatutDeRendezVous Statut { get; }

    /// <summary>Ce qui a conduit au rendez-vous.</summary>
    public OrigineDeRendezVous Origine { get; }

    /// <summary>L'identifiant pseudonyme du travailleur social.</summary>
    public string TravailleurSocial { get; }

    /// <summary>L'événement de vie lié, ou <see langword="null"/>.</summary>
    public TypeEvenement? EvenementLie { get; }

    /// <inheritdoc/>
    public override string Nature => "RENDEZ_VOUS";

    /// <summary>Crée une étape de rendez-vous à partir d'une saisie.</summary>
    /// <param name="date">La date de l'étape.</param>
    /// <param name="statut">Le code de l'étape (<see cref="StatutDeRendezVous"/>).</param>
    /// <param name="origine">Le code de l'origine (<see cref="OrigineDeRendezVous"/>).</param>
    /// <param name="secteur">Le code du secteur.</param>
    /// <param name="travailleurSocial">L'identifiant pseudonyme du travailleur social.</param>
    /// <param name="evenementLie">Le code de l'événement de vie lié (<see cref="TypeEvenement"/>), vide s'il n'y en a pas.</param>
    /// <returns>Le rendez-vous, ou toutes les erreurs.</returns>
    public static Resultat<RendezVous> Create(LocalDate date, string? statut, string? origine, string? secteur, string? travailleurSocial, string? evenementLie = null)
    {
        var erreurs = new List<Erreur>();
        var s = Lire<StatutDeRendezVous>(statut, "statut", "activite.rendez_vous.statut_inconnu", erreurs);
        var o = Lire<OrigineDeRendezVous>(origine, "origine", "activite.rendez_vous.origine_inconnue", erreurs);
        var e = string.IsNullOrWhiteSpace(evenementLie) ? null : Lire<TypeEvenement>(evenementLie, "evenement", "activite.rendez_vous.evenement_inconnu", erreurs);
        VerifierTexte(secteur, "secteur", "activite.secteur.absent", erreurs);
        VerifierTexte(travailleurSocial, "travailleur_social", "activite.travailleur.absent", erreurs);
        return erreurs.Count > 0 ? Resultat<RendezVous>.Echec(erreurs) : new RendezVous(date, s!, o!, secteur!, travailleurSocial!, e);
    }

    /// <summary>Crée une étape de rendez-vous à partir de valeurs typées.</summary>
    /// <param name="date">La date de l'étape.</param>
    /// <param name="statut">L'étape.</param>
    /// <param name="origine">L'origine.</param>
    /// <param name="secteur">Le code du secteur.</param>
    /// <param name="travailleurSocial">L'identifiant pseudonyme du travailleur social.</param>
    /// <param name="evenementLie">L'événement de vie lié, ou <see langword="null"/>.</param>
    /// <returns>Le rendez-vous, ou <c>activite.secteur.absent</c>, <c>activite.travailleur.absent</c>.</returns>
    public static Resultat<RendezVous> Create(LocalDate date, StatutDeRendezVous statut, OrigineDeRendezVous origine, string? secteur, string? travailleurSocial, TypeEvenement? evenementLie = null) =>
        Create(date, Preconditions.CheckNotNull(statut).Code, Preconditions.CheckNotNull(origine).Code, secteur, travailleurSocial, evenementLie?.Code);

    internal override void Compter(Compteurs compteurs) =>
        compteurs.Ajouter(new Cle(Rubrique.RendezVous, Statut.Code, Origine.Code, EvenementLie?.Code ?? string.Empty), 1, Montant.Zero);

    /// <summary>Forme lisible.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"{Dates.FormaterIso(Date)} rendez-vous {Statut.Libelle} ({Origine.Libelle}{(EvenementLie is { } e ? ", " + e.Libelle : string.Empty)}), secteur {Secteur}";
}
