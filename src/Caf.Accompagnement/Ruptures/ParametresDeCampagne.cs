using Caf.Accompagnement.Droits;
using NodaTime;

namespace Caf.Accompagnement.Ruptures;

/// <summary>
/// Les paramètres d'une campagne de contacts proactifs, tels qu'une Caf les configure (valeurs par défaut documentées) ;
/// <see cref="PolitiqueDeCampagne.Create(ParametresDeCampagne)"/> les vérifie.
/// </summary>
/// <remarks>Les valeurs par défaut sans source publique (délais, capacités) sont à confirmer par chaque Caf.</remarks>
public sealed class ParametresDeCampagne
{
    /// <summary>Nom de la Caf (« Caf de la Loire »). Par défaut « Caf ».</summary>
    public string Caf { get; set; } = "Caf";

    /// <summary>
    /// Public « accueil physique » : aucune démarche depuis cette date. Par défaut le 17 mars 2020, début du premier
    /// confinement (décret n° 2020-260 du 16 mars 2020). Ignoré si <see cref="SansDemarchePendantJours"/> est fixé.
    /// </summary>
    public LocalDate SansDemarcheDepuis { get; set; } = new(2020, 3, 17);

    /// <summary>Public « accueil physique » : à défaut d'une date, aucune démarche depuis au moins ce nombre de jours. Par défaut non fixé.</summary>
    public int? SansDemarchePendantJours { get; set; }

    /// <summary>Rupture imminente : pièces dont la date limite tombe dans ce nombre de jours. Par défaut 15 (à confirmer).</summary>
    public int JoursAvantEcheance { get; set; } = 15;

    /// <summary>Rupture consommée : droits clos après quatre mois sans droit depuis au plus ce nombre de jours. Par défaut 90 (à confirmer).</summary>
    public int JoursApresCloture { get; set; } = 90;

    /// <summary>
    /// Motifs de suspension du RSA (MOTISUSVERSRSA) traités comme « pièce manquante ». Par défaut 06, 35 et 36
    /// (<see cref="MotifSuspensionRsa.PorteSurUnePiece"/>).
    /// </summary>
    public ICollection<MotifSuspensionRsa> MotifsPieceManquante { get; } =
        [.. MotifSuspensionRsa.Toutes.Where(m => m.PorteSurUnePiece)];

    /// <summary>Contacts qu'un agent de la Caf (plateforme d'appels) traite par jour ouvré. Par défaut 40 (à confirmer).</summary>
    public int CapaciteJournaliereCaf { get; set; } = 40;

    /// <summary>Contacts qu'un travailleur social traite par jour ouvré. Par défaut 6 (à confirmer).</summary>
    public int CapaciteJournaliereTravailleurSocial { get; set; } = 6;

    /// <summary>Délai, en jours, dans lequel un contact doit avoir lieu (échéance), sauf pièce à fournir plus tôt. Par défaut 10.</summary>
    public int DelaiDeContactJours { get; set; } = 10;

    /// <summary>Nouvelle tentative pour un foyer injoignable après ce nombre de jours. Par défaut 3 (à confirmer).</summary>
    public int DelaiNouvelleTentativeJours { get; set; } = 3;

    /// <summary>Nombre maximal de tentatives consécutives sans joindre le foyer. Par défaut 2 (une seconde tentative).</summary>
    public int TentativesMaximum { get; set; } = 2;

    /// <summary>
    /// Les jours ouvrés de la campagne : dates prévues des contacts et échéances. Par défaut
    /// <see cref="CalendrierOuvre.Metropole"/> (du lundi au vendredi, hors jours fériés, Code du travail L3133-1) ; une Caf
    /// d'Alsace-Moselle prend <see cref="CalendrierOuvre.AlsaceMoselle"/> (L3134-13) et chaque Caf peut ajouter ses jours
    /// de fermeture (<see cref="CalendrierOuvre.AvecFermetures(IEnumerable{LocalDate})"/>).
    /// </summary>
    public CalendrierOuvre Calendrier { get; set; } = CalendrierOuvre.Metropole;

    /// <summary>Aucun nouvel appel dans ce nombre de jours après le dernier contact (hors seconde tentative). Par défaut 30 (à confirmer).</summary>
    public int FenetreSansNouvelAppelJours { get; set; } = 30;

    /// <summary>
    /// L'horizon de planification, en jours calendaires après la date de référence : aucun contact n'est prévu au-delà ;
    /// les foyers que la capacité des intervenants ne permet pas de contacter d'ici là sont rendus « non planifiés »
    /// (<see cref="Campagnes.RaisonDeNonPlanification.CapaciteDansLHorizon"/>) au lieu d'être repoussés sans limite. Par défaut
    /// non fixé (aucune limite : 200 000 foyers à 6 contacts par jour ouvré mènent un travailleur social jusqu'en 2079) ;
    /// une Caf fixe typiquement 60 à 90 jours (à confirmer).
    /// </summary>
    public int? HorizonJours { get; set; }
}
