using NodaTime;

namespace Caf.Accompagnement.Foyers;

/// <summary>Une personne du foyer, connue par son rôle et sa date de naissance (ni nom ni NIR : minimisation des données).</summary>
/// <param name="Role">Le rôle dans le foyer.</param>
/// <param name="DateNaissance">La date de naissance.</param>
/// <param name="Handicap">Pour un enfant : handicap reconnu (AEEH) ; sans objet sinon.</param>
public sealed record Personne(RoleDansLeFoyer Role, LocalDate DateNaissance, bool Handicap = false)
{
    /// <summary>L'âge civil révolu à une date (voir <see cref="Dates.AgeEnAnnees"/> pour le 29 février).</summary>
    /// <param name="reference">La date de référence.</param>
    /// <returns>L'âge en années.</returns>
    public int Age(LocalDate reference) => Dates.AgeEnAnnees(DateNaissance, reference);

    /// <summary>
    /// Pour un enfant : il vit en résidence alternée au domicile de chacun de ses parents séparés (CSS L521-2,
    /// deuxième alinéa) ; sa part du quotient familial et ses unités de consommation sont alors partagées entre les
    /// deux foyers. <see langword="false"/> par défaut (et sans objet pour un adulte).
    /// </summary>
    public bool ResidenceAlternee { get; init; }

    /// <summary>Pour l'allocataire et le conjoint : la soumission aux droits et devoirs du RSA, datée
    /// (<c>TOPPERSDRODEVORSA</c>, CASF L262-28) ; <see langword="null"/> si elle n'est pas connue.</summary>
    public DroitsEtDevoirs? DroitsEtDevoirs { get; init; }

    /// <summary>La personne est-elle soumise aux droits et devoirs à une date ?</summary>
    /// <param name="reference">La date de référence.</param>
    /// <returns>La valeur en vigueur à la date, ou <see langword="null"/> si elle n'est pas connue à cette date.</returns>
    public bool? EstSoumisAuxDroitsEtDevoirs(LocalDate reference) => Foyers.DroitsEtDevoirs.EstSoumisAu(DroitsEtDevoirs, reference);

    /// <summary>Le rôle et l'année de naissance (pas la date complète).</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Role.Libelle} né(e) en {DateNaissance.Year}{(Handicap ? ", handicap reconnu" : string.Empty)}{(ResidenceAlternee ? ", résidence alternée" : string.Empty)}";
}
