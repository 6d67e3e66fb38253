using System.Collections.Immutable;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Foyers;

/// <summary>
/// Un foyer allocataire : le dossier (numéro allocataire), la commune de résidence, la situation familiale datée,
/// les personnes (allocataire, conjoint, enfants à charge), les ressources, les prestations perçues, les événements de
/// vie datés, les canaux de contact et les démarches.
/// </summary>
/// <remarks>
/// <para>Invariants (vérifiés par <see cref="FoyerBuilder.Build"/>) : un conjoint si et seulement si la situation est
/// « en couple » ; enfants nés après l'allocataire ; ressources et montants positifs ou nuls ; une prestation au plus
/// une fois ; la situation familiale n'est pas antérieure à la naissance de l'allocataire.</para>
/// <para>Minimisation : aucune donnée d'identité (nom, NIR). <see cref="ToString"/> masque le numéro allocataire.</para>
/// </remarks>
public sealed partial class Foyer
{
    internal Foyer(
        NumeroAllocataire numero,
        CodeCommune commune,
        SituationFamiliale situation,
        LocalDate dateSituation,
        Personne allocataire,
        Personne? conjoint,
        ImmutableArray<Personne> enfants,
        Montant ressourcesMensuelles,
        Montant ressourcesAnnuellesN2,
        ImmutableArray<PrestationPercue> prestations,
        ImmutableArray<EvenementDeVie> evenements,
        ImmutableArray<CanalDeContact> canaux,
        ImmutableArray<Demarche> demarches,
        bool telephoneConnu)
    {
        Numero = numero;
        Commune = commune;
        Situation = situation;
        DateSituation = dateSituation;
        Allocataire = allocataire;
        Conjoint = conjoint;
        Enfants = enfants;
        RessourcesMensuelles = ressourcesMensuelles;
        RessourcesAnnuellesN2 = ressourcesAnnuellesN2;
        Prestations = prestations;
        Evenements = evenements;
        Canaux = canaux;
        Demarches = demarches;
        TelephoneConnu = telephoneConnu;
    }

    /// <summary>Le numéro allocataire du dossier.</summary>
    public NumeroAllocataire Numero { get; }

    /// <summary>La commune de résidence.</summary>
    public CodeCommune Commune { get; }

    /// <summary>La situation familiale.</summary>
    public SituationFamiliale Situation { get; }

    /// <summary>La date depuis laquelle la situation familiale est connue.</summary>
    public LocalDate DateSituation { get; }

    /// <summary>L'allocataire.</summary>
    public Personne Allocataire { get; }

    /// <summary>Le conjoint, en couple ; <see langword="null"/> pour une personne seule.</summary>
    public Personne? Conjoint { get; }

    /// <summary>Les enfants à charge, du plus âgé au plus jeune.</summary>
    public ImmutableArray<Personne> Enfants { get; }

    /// <summary>Ressources mensuelles du foyer (hors prestations), servant aux cibles.</summary>
    public Montant RessourcesMensuelles { get; }

    /// <summary>Ressources annuelles de l'année N-2 (base du quotient familial Caf).</summary>
    public Montant RessourcesAnnuellesN2 { get; }

    /// <summary>Les prestations perçues.</summary>
    public ImmutableArray<PrestationPercue> Prestations { get; }

    /// <summary>Les événements de vie connus, par date croissante.</summary>
    public ImmutableArray<EvenementDeVie> Evenements { get; }

    /// <summary>Les canaux de contact utilisés par le foyer.</summary>
    public ImmutableArray<CanalDeContact> Canaux { get; }

    /// <summary>Les démarches enregistrées, par date croissante.</summary>
    public ImmutableArray<Demarche> Demarches { get; }

    /// <summary>Un numéro de téléphone est connu pour joindre le foyer.</summary>
    public bool TelephoneConnu { get; }

    /// <summary>
    /// Le quotient familial officiel porté par le dossier de la Caf, s'il est connu ; <see langword="null"/> sinon (le
    /// quotient est alors recalculé à partir du dossier, voir <c>Aides.QuotientFamilial</c>).
    /// </summary>
    public QuotientFamilialDuDossier? QuotientFamilialCaf { get; internal init; }

    /// <summary>Nombre d'enfants à charge en résidence alternée.</summary>
    public int NombreEnfantsEnResidenceAlternee
    {
        get
        {
            var n = 0;
            foreach (var e in Enfants)
            {
                if (e.ResidenceAlternee)
                {
                    n++;
                }
            }

            return n;
        }
    }

    /// <summary>
    /// La situation familiale en vigueur à une date : <see cref="Situation"/> si elle est connue depuis une date au plus
    /// tard à la date de référence (<see cref="DateSituation"/> ≤ date), <see langword="null"/> sinon.
    /// </summary>
    /// <param name="reference">La date de référence.</param>
    /// <returns>La situation à la date, ou <see langword="null"/> si le dossier ne l'établit pas à cette date.</returns>
    /// <remarks>Le dossier ne garde que la situation actuelle : une situation datée après la date de référence n'est pas
    /// la situation à cette date, et celle d'avant n'est pas connue. Les cibles ne retiennent pas une condition de
    /// situation (personne seule, couple) qui n'est pas établie à la date (voir <c>docs/cibles.md</c>).</remarks>
    public SituationFamiliale? SituationAu(LocalDate reference) => DateSituation <= reference ? Situation : null;

    /// <summary><see langword="true"/> pour une personne seule avec au moins un enfant à charge (famille monoparentale).</summary>
    public bool EstMonoparental => Situation == SituationFamiliale.Isole && !Enfants.IsEmpty;

    /// <summary>Nombre d'enfants à charge.</summary>
    public int NombreEnfants => Enfants.Length;

    /// <summary>Le plus jeune enfant, ou <see langword="null"/>.</summary>
    public Personne? PlusJeuneEnfant => Enfants.IsEmpty ? null : Enfants[^1];

    /// <summary>La prestation perçue, ou <see langword="null"/>.</summary>
    /// <param name="prestation">La prestation.</param>
    /// <returns>La prestation perçue.</returns>
    public PrestationPercue? Percoit(Prestation prestation)
    {
        foreach (var p in Prestations)
        {
            if (p.Prestation == prestation)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Total mensuel des prestations perçues.</summary>
    public Montant TotalPrestations
    {
        get
        {
            var total = Montant.Zero;
            foreach (var p in Prestations)
            {
                total += p.MontantMensuel;
            }

            return total;
        }
    }

    /// <summary>La date du dernier événement d'un type, au plus tard à une date donnée.</summary>
    /// <param name="type">Le type d'événement.</param>
    /// <param name="auPlusTard">Date de référence : les événements postérieurs sont ignorés.</param>
    /// <returns>La date, ou <see langword="null"/>.</returns>
    public LocalDate? DernierEvenement(TypeEvenement type, LocalDate auPlusTard)
    {
        LocalDate? dernier = null;
        foreach (var e in Evenements)
        {
            if (e.Type == type && e.Date <= auPlusTard && (dernier is null || e.Date > dernier))
            {
                dernier = e.Date;
            }
        }

        return dernier;
    }

    /// <summary>La date de la dernière démarche au plus tard à une date donnée.</summary>
    /// <param name="auPlusTard">Date de référence.</param>
    /// <returns>La date, ou <see langword="null"/>.</returns>
    public LocalDate? DerniereDemarche(LocalDate auPlusTard)
    {
        LocalDate? dernier = null;
        foreach (var d in Demarches)
        {
            if (d.Date <= auPlusTard && (dernier is null || d.Date > dernier))
            {
                dernier = d.Date;
            }
        }

        return dernier;
    }

    /// <summary>Les personnes du foyer : allocataire, conjoint éventuel, enfants.</summary>
    public IEnumerable<Personne> Personnes
    {
        get
        {
            yield return Allocataire;
            if (Conjoint is not null)
            {
                yield return Conjoint;
            }

            foreach (var e in Enfants)
            {
                yield return e;
            }
        }
    }

    /// <summary>
    /// Unités de consommation à une date, échelle de l'OCDE modifiée (Insee) : 1 pour le premier adulte, 0,5 par autre
    /// personne de 14 ans ou plus, 0,3 par enfant de moins de 14 ans ; un enfant en résidence alternée compte pour
    /// moitié (<see cref="CoefficientResidenceAlterneeParDefaut"/>).
    /// </summary>
    /// <param name="reference">La date de référence (âge des enfants).</param>
    /// <returns>Le nombre d'unités de consommation.</returns>
    public decimal UnitesDeConsommation(LocalDate reference) => UnitesDeConsommation(reference, CoefficientResidenceAlterneeParDefaut);

    /// <summary>
    /// Unités de consommation à une date, avec la part retenue pour un enfant en résidence alternée : l'échelle de
    /// l'OCDE modifiée ne prévoit pas ce cas ; un enfant qui vit la moitié du temps dans chacun des deux foyers y
    /// compte pour <paramref name="coefficientResidenceAlternee"/> de ses unités (0,5 par défaut, comme le partage des
    /// allocations familiales, CSS R521-2).
    /// </summary>
    /// <param name="reference">La date de référence (âge des enfants).</param>
    /// <param name="coefficientResidenceAlternee">La part des unités d'un enfant en résidence alternée (de 0 à 1).</param>
    /// <returns>Le nombre d'unités de consommation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Le coefficient n'est pas entre 0 et 1.</exception>
    public decimal UnitesDeConsommation(LocalDate reference, decimal coefficientResidenceAlternee)
    {
        if (coefficientResidenceAlternee is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(coefficientResidenceAlternee), coefficientResidenceAlternee, "Le coefficient est compris entre 0 et 1.");
        }

        var uc = 1m;
        if (Conjoint is not null)
        {
            uc += 0.5m;
        }

        foreach (var e in Enfants)
        {
            var unites = e.Age(reference) >= 14 ? 0.5m : 0.3m;
            uc += e.ResidenceAlternee ? unites * coefficientResidenceAlternee : unites;
        }

        return uc;
    }

    /// <summary>La part des unités de consommation (et des parts du quotient familial) d'un enfant en résidence
    /// alternée retenue par défaut : la moitié.</summary>
    public const decimal CoefficientResidenceAlterneeParDefaut = 0.5m;

    /// <summary>Revenu disponible mensuel retenu : ressources mensuelles plus prestations perçues.</summary>
    public Montant RevenuDisponibleMensuel => RessourcesMensuelles + TotalPrestations;

    /// <summary>Niveau de vie mensuel : revenu disponible mensuel divisé par les unités de consommation, arrondi au centime.</summary>
    /// <param name="reference">La date de référence.</param>
    /// <returns>Le niveau de vie mensuel.</returns>
    public Montant NiveauDeVieMensuel(LocalDate reference) => RevenuDisponibleMensuel.Diviser(UnitesDeConsommation(reference));

    /// <summary>Commence la construction d'un foyer.</summary>
    /// <param name="numero">Le numéro allocataire.</param>
    /// <param name="commune">La commune de résidence.</param>
    /// <param name="naissanceAllocataire">La date de naissance de l'allocataire.</param>
    /// <returns>Le constructeur.</returns>
    public static FoyerBuilder Builder(NumeroAllocataire numero, CodeCommune commune, LocalDate naissanceAllocataire) =>
        new(numero, commune, naissanceAllocataire);

    /// <summary>Résumé sans donnée personnelle en clair (numéro masqué).</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"Foyer {Numero} à {Commune} : {Situation.Libelle}, {NombreEnfants} enfant(s)";
}
