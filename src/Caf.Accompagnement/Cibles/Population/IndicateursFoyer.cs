namespace Caf.Accompagnement.Cibles;

/// <summary>Les indicateurs d'un foyer, rangés dans un entier de 32 bits d'une <see cref="Population"/>.</summary>
/// <remarks>Les bits 0 à 11 sont les prestations perçues, dans l'ordre de <see cref="Droits.Prestation.Toutes"/> ;
/// les bits 15 à 19 sont les canaux de contact (<see cref="Foyers.CanalDeContact.Bit"/> + 15).</remarks>
[Flags]
#pragma warning disable CA1711 // Le suffixe « Flags » n'est pas utilisé ; « Indicateurs » est le mot du domaine.
public enum IndicateursFoyer : uint
#pragma warning restore CA1711
{
    /// <summary>Aucun indicateur.</summary>
    Aucun = 0,

    /// <summary>Perçoit le RSA.</summary>
    Rsa = 1u << 0,

    /// <summary>Perçoit la prime d'activité.</summary>
    PrimeActivite = 1u << 1,

    /// <summary>Perçoit les allocations familiales.</summary>
    AllocationsFamiliales = 1u << 2,

    /// <summary>Perçoit le complément familial.</summary>
    ComplementFamilial = 1u << 3,

    /// <summary>Perçoit l'allocation de soutien familial.</summary>
    AllocationSoutienFamilial = 1u << 4,

    /// <summary>Perçoit la Paje.</summary>
    Paje = 1u << 5,

    /// <summary>Perçoit l'allocation de rentrée scolaire.</summary>
    AllocationRentreeScolaire = 1u << 6,

    /// <summary>Perçoit l'APL.</summary>
    Apl = 1u << 7,

    /// <summary>Perçoit l'ALF.</summary>
    Alf = 1u << 8,

    /// <summary>Perçoit l'ALS.</summary>
    Als = 1u << 9,

    /// <summary>Perçoit l'AAH.</summary>
    Aah = 1u << 10,

    /// <summary>Perçoit l'AEEH.</summary>
    Aeeh = 1u << 11,

    /// <summary>RSA majoré pour isolement (CASF L262-9).</summary>
    RsaMajore = 1u << 12,

    /// <summary>En couple (sinon personne seule).</summary>
    EnCouple = 1u << 13,

    /// <summary>Un numéro de téléphone est connu.</summary>
    TelephoneConnu = 1u << 14,

    /// <summary>Canal : accueil physique.</summary>
    CanalAccueilPhysique = 1u << 15,

    /// <summary>Canal : téléphone.</summary>
    CanalTelephone = 1u << 16,

    /// <summary>Canal : caf.fr.</summary>
    CanalCafFr = 1u << 17,

    /// <summary>Canal : application mobile.</summary>
    CanalApplicationMobile = 1u << 18,

    /// <summary>Canal : courrier.</summary>
    CanalCourrier = 1u << 19,

    /// <summary>Le foyer a plusieurs événements de vie d'un même type (tous sont gardés dans la table des événements de la population).</summary>
    EvenementsMultiples = 1u << 20,

    /// <summary>La soumission de l'allocataire aux droits et devoirs est connue (sa date est une colonne de la population).</summary>
    DroitsEtDevoirsConnus = 1u << 21,

    /// <summary>L'allocataire est soumis aux droits et devoirs depuis la date de la colonne (CASF L262-28) ; sans objet si
    /// <see cref="DroitsEtDevoirsConnus"/> n'est pas posé.</summary>
    SoumisAuxDroitsEtDevoirs = 1u << 22,
}
