using System.Globalization;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Dossiers;

/// <summary>
/// La règle des relances et rappels de la file d'attente d'un travailleur social : relance d'une offre restée sans
/// réponse après un nombre de jours ouvrés, dans la limite d'un nombre de relances ; rappel d'un rendez-vous quelques
/// jours ouvrés avant sa date. Se crée par <see cref="Create"/> (erreurs <c>dossiers.rappel.parametre</c>).
/// </summary>
/// <remarks>Valeurs par défaut sans source publique, à confirmer par chaque Caf : relance 5 jours ouvrés après la
/// proposition (ou la relance précédente), 2 relances au plus, rappel 2 jours ouvrés avant le rendez-vous, calendrier
/// de métropole (Code du travail L3133-1).</remarks>
public sealed class RegleDeRappel
{
    private RegleDeRappel(int delaiRelance, int relancesMaximum, int rappelAvant, CalendrierOuvre calendrier)
    {
        DelaiRelanceJoursOuvres = delaiRelance;
        RelancesMaximum = relancesMaximum;
        RappelAvantRendezVousJoursOuvres = rappelAvant;
        Calendrier = calendrier;
    }

    /// <summary>La règle par défaut : relance après 5 jours ouvrés, 2 relances au plus, rappel 2 jours ouvrés avant le rendez-vous.</summary>
    public static RegleDeRappel ParDefaut { get; } = new(5, 2, 2, CalendrierOuvre.Metropole);

    /// <summary>Jours ouvrés sans réponse à l'offre (depuis la proposition ou la dernière relance) après lesquels une relance est due.</summary>
    public int DelaiRelanceJoursOuvres { get; }

    /// <summary>Nombre maximal de relances d'une offre ; au-delà, l'absence de réponse est à constater.</summary>
    public int RelancesMaximum { get; }

    /// <summary>Le rappel d'un rendez-vous est dû quand il reste au plus ce nombre de jours ouvrés avant lui (0 : le jour même).</summary>
    public int RappelAvantRendezVousJoursOuvres { get; }

    /// <summary>Les jours ouvrés.</summary>
    public CalendrierOuvre Calendrier { get; }

    /// <summary>Vérifie les paramètres et crée la règle.</summary>
    /// <param name="delaiRelanceJoursOuvres">Jours ouvrés avant une relance (1 à 60).</param>
    /// <param name="relancesMaximum">Relances au plus (0 à 10).</param>
    /// <param name="rappelAvantRendezVousJoursOuvres">Jours ouvrés avant le rendez-vous (0 à 30).</param>
    /// <param name="calendrier">Les jours ouvrés ; <see langword="null"/> : <see cref="CalendrierOuvre.Metropole"/>.</param>
    /// <returns>La règle, ou les erreurs <c>dossiers.rappel.parametre</c>.</returns>
    public static Resultat<RegleDeRappel> Create(int delaiRelanceJoursOuvres, int relancesMaximum, int rappelAvantRendezVousJoursOuvres, CalendrierOuvre? calendrier = null)
    {
        var erreurs = new List<Erreur>();
        void Borner(string champ, int valeur, int min, int max)
        {
            if (valeur < min || valeur > max)
            {
                erreurs.Add(new Erreur("dossiers.rappel.parametre", champ, valeur.ToString(CultureInfo.InvariantCulture), $"Valeur attendue entre {min} et {max}."));
            }
        }

        Borner(nameof(delaiRelanceJoursOuvres), delaiRelanceJoursOuvres, 1, 60);
        Borner(nameof(relancesMaximum), relancesMaximum, 0, 10);
        Borner(nameof(rappelAvantRendezVousJoursOuvres), rappelAvantRendezVousJoursOuvres, 0, 30);
        return erreurs.Count > 0
            ? Resultat<RegleDeRappel>.Echec(erreurs)
            : new RegleDeRappel(delaiRelanceJoursOuvres, relancesMaximum, rappelAvantRendezVousJoursOuvres, calendrier ?? CalendrierOuvre.Metropole);
    }

    /// <summary>La règle en clair.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Relance après {DelaiRelanceJoursOuvres} jours ouvrés sans réponse ({RelancesMaximum} au plus), rappel {RappelAvantRendezVousJoursOuvres} jours ouvrés avant le rendez-vous ({Calendrier.Libelle})");
}
