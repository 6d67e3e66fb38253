using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Activite;

/// <summary>Une séance collective : information collective en présentiel ou webinaire, sur un thème.</summary>
/// <remarks>Bilan 2022 de la Caf des Landes : 3 informations collectives PALS (Parents après la séparation) en
/// présentiel et un webinaire.</remarks>
public sealed class SeanceCollective : EntreeJournal
{
    /// <summary>Crée une séance collective (données déjà typées).</summary>
    /// <param name="date">La date de la séance.</param>
    /// <param name="theme">Le thème.</param>
    /// <param name="modalite">La modalité (présentiel, webinaire).</param>
    /// <param name="secteur">Le code du secteur qui l'organise.</param>
    /// <param name="participants">Le nombre de participants (au moins 0).</param>
    /// <exception cref="ArgumentException">Un argument est nul ou vide, ou le nombre de participants est négatif.</exception>
    public SeanceCollective(LocalDate date, ThemeDeSeance theme, ModaliteDeSeance modalite, string secteur, int participants = 0)
        : base(date, secteur)
    {
        Theme = Preconditions.CheckNotNull(theme);
        Modalite = Preconditions.CheckNotNull(modalite);
        Preconditions.CheckArgumentRange(nameof(participants), participants, 0, int.MaxValue);
        Participants = participants;
    }

    /// <summary>Le thème.</summary>
    public ThemeDeSeance Theme { get; }

    /// <summary>La modalité.</summary>
    public ModaliteDeSeance Modalite { get; }

    /// <summary>Le nombre de participants.</summary>
    public int Participants { get; }

    /// <inheritdoc/>
    public override string Nature => "SEANCE";

    /// <summary>Crée une séance collective à partir d'une saisie.</summary>
    /// <param name="date">La date de la séance.</param>
    /// <param name="theme">Le code du thème (<see cref="ThemeDeSeance"/>).</param>
    /// <param name="modalite">Le code de la modalité (<see cref="ModaliteDeSeance"/>).</param>
    /// <param name="secteur">Le code du secteur.</param>
    /// <param name="participants">Le nombre de participants.</param>
    /// <returns>La séance, ou toutes les erreurs.</returns>
    public static Resultat<SeanceCollective> Create(LocalDate date, string? theme, string? modalite, string? secteur, int participants = 0)
    {
        var erreurs = new List<Erreur>();
        var t = Lire<ThemeDeSeance>(theme, "theme", "activite.seance.theme_inconnu", erreurs);
        var m = Lire<ModaliteDeSeance>(modalite, "modalite", "activite.seance.modalite_inconnue", erreurs);
        VerifierTexte(secteur, "secteur", "activite.secteur.absent", erreurs);
        if (participants < 0)
        {
            erreurs.Add(new Erreur("activite.seance.participants_negatif", "participants", participants.ToString(System.Globalization.CultureInfo.InvariantCulture), "Le nombre de participants ne peut être négatif."));
        }

        return erreurs.Count > 0 ? Resultat<SeanceCollective>.Echec(erreurs) : new SeanceCollective(date, t!, m!, secteur!, participants);
    }

    internal override void Compter(Compteurs compteurs) =>
        compteurs.Ajouter(new Cle(Rubrique.Seance, Theme.Code, Modalite.Code), 1, Montant.Zero, Participants);

    /// <summary>Forme lisible.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Dates.FormaterIso(Date)} séance {Theme.Code} {Modalite.Libelle}, secteur {Secteur}";
}
