using Caf.Accompagnement.Campagnes;

namespace Caf.Accompagnement.Dossiers;

/// <summary>Ce qui a ouvert un dossier d'accompagnement : le repérage d'une cible, un contact de campagne, une demande ou l'orientation par un partenaire.</summary>
public sealed class SorteDOrigine : EnumerationCaf<SorteDOrigine>, IEnumerationCaf<SorteDOrigine>
{
    /// <summary>Repérage proactif : le foyer appartient à une cible de travail social (décision de ciblage, avec le code de la cible).</summary>
    public static readonly SorteDOrigine Cible = new(nameof(Cible), "CIBLE", "repérage d'une cible de travail social");

    /// <summary>Contact proactif d'une campagne (ruptures de droits, familles prioritaires) dont l'issue demande un rendez-vous avec un travailleur social.</summary>
    public static readonly SorteDOrigine Contact = new(nameof(Contact), "CONTACT", "contact de campagne");

    /// <summary>Demande de l'allocataire, par motif (bilan des Landes : parentalité, insertion, impayés de loyer).</summary>
    public static readonly SorteDOrigine Demande = new(nameof(Demande), "DEMANDE", "demande de l'allocataire");

    /// <summary>Orientation par un partenaire (conseil départemental, France Travail, bailleur, CCAS…).</summary>
    public static readonly SorteDOrigine Partenaire = new(nameof(Partenaire), "PARTENAIRE", "orientation par un partenaire");

    private SorteDOrigine(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<SorteDOrigine> Toutes { get; } = [Cible, Contact, Demande, Partenaire];

    /// <inheritdoc/>
    public static string NomDuType => "origine du dossier";
}
