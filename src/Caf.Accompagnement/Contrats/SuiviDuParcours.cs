using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Caf.Accompagnement.Contrats;

/// <summary>
/// L'inscription du bénéficiaire du RSA sur la liste des demandeurs d'emploi tenue par France Travail, obligatoire
/// depuis le 1er janvier 2025 (code du travail L5411-1 et L5411-6, loi n° 2023-1196 pour le plein emploi).
/// </summary>
/// <param name="Date">La date d'inscription.</param>
/// <param name="Identifiant">L'identifiant France Travail de la personne (donnée personnelle : masqué par <see cref="ToString"/>).</param>
public sealed record InscriptionFranceTravail(LocalDate Date, string Identifiant)
{
    /// <summary>La date, sans l'identifiant.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"Inscription à France Travail le {Dates.Formater(Date)} (identifiant {Erreur.ValeurMasquee})";
}

/// <summary>
/// La décision du président du conseil départemental qui désigne l'organisme référent d'un bénéficiaire orienté,
/// depuis le 1er janvier 2025 (CASF L262-29, loi n° 2023-1196) : le référent unique est ensuite choisi dans cet organisme.
/// </summary>
/// <param name="Organisme">L'organisme référent.</param>
/// <param name="Date">La date de la décision.</param>
public sealed record DecisionOrganismeReferent(OrganismeReferent Organisme, LocalDate Date)
{
    /// <summary>La décision en français.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"Organisme référent {Organisme.Libelle} depuis le {Dates.Formater(Date)}";
}

/// <summary>Le motif de sortie du parcours d'insertion.</summary>
public sealed class MotifSortie : EnumerationCaf<MotifSortie>, IEnumerationCaf<MotifSortie>
{
    /// <summary>Le droit au RSA a pris fin (ressources, situation ; CASF L262-2).</summary>
    public static readonly MotifSortie FinDeDroit = new(nameof(FinDeDroit), "FIN_DROIT", "Fin du droit au RSA");

    /// <summary>Radiation de la liste des bénéficiaires après une sanction (CASF L262-38, R262-40 ; R262-68 depuis le 1er juin 2025).</summary>
    public static readonly MotifSortie Radiation = new(nameof(Radiation), "RADIATION", "Radiation après sanction");

    /// <summary>Reprise d'un emploi durable.</summary>
    public static readonly MotifSortie Emploi = new(nameof(Emploi), "EMPLOI", "Reprise d'emploi");

    /// <summary>Départ du département : le parcours continue dans le département d'arrivée.</summary>
    public static readonly MotifSortie Demenagement = new(nameof(Demenagement), "DEMENAGEMENT", "Départ du département");

    /// <summary>Décès du bénéficiaire.</summary>
    public static readonly MotifSortie Deces = new(nameof(Deces), "DECES", "Décès");

    /// <summary>Autre motif.</summary>
    public static readonly MotifSortie Autre = new(nameof(Autre), "AUTRE", "Autre motif");

    private MotifSortie(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<MotifSortie> Toutes { get; } = [FinDeDroit, Radiation, Emploi, Demenagement, Deces, Autre];

    /// <inheritdoc/>
    public static string NomDuType => "motif de sortie";
}

/// <summary>La sortie du parcours, datée et motivée : après elle, le parcours n'accepte plus aucune commande.</summary>
/// <param name="Date">La date de sortie.</param>
/// <param name="Motif">Le motif.</param>
public sealed record SortieDuParcours(LocalDate Date, MotifSortie Motif)
{
    /// <summary>La sortie en français.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"Sortie du parcours le {Dates.Formater(Date)} : {Motif.Libelle}";
}

/// <summary>Le bénéficiaire a été inscrit à France Travail.</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Date">La date d'inscription.</param>
public sealed record InscriptionFranceTravailEnregistree(IdentifiantBeneficiaire Beneficiaire, LocalDate Date)
    : EvenementParcours(Beneficiaire, Date);

/// <summary>L'organisme référent a été décidé.</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Date">La date de la décision.</param>
/// <param name="Organisme">L'organisme.</param>
public sealed record OrganismeReferentDecide(IdentifiantBeneficiaire Beneficiaire, LocalDate Date, OrganismeReferent Organisme)
    : EvenementParcours(Beneficiaire, Date);

/// <summary>Une sanction a été décidée dans le parcours.</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Date">La date de la décision.</param>
/// <param name="Sanction">La sanction.</param>
public sealed record SanctionDecidee(IdentifiantBeneficiaire Beneficiaire, LocalDate Date, Sanction Sanction)
    : EvenementParcours(Beneficiaire, Date);

/// <summary>Le versement a repris avant le terme d'une sanction (signature d'un contrat, régime antérieur au 1er juin 2025).</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Date">La date de reprise.</param>
/// <param name="Sanction">La sanction close.</param>
public sealed record SanctionLevee(IdentifiantBeneficiaire Beneficiaire, LocalDate Date, Sanction Sanction)
    : EvenementParcours(Beneficiaire, Date);

/// <summary>Le bénéficiaire est sorti du parcours.</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Date">La date de sortie.</param>
/// <param name="Motif">Le motif.</param>
public sealed record ParcoursClos(IdentifiantBeneficiaire Beneficiaire, LocalDate Date, MotifSortie Motif)
    : EvenementParcours(Beneficiaire, Date);

/// <summary>Ce qui s'ajoute aux orientations, référents et contrats depuis la loi pour le plein emploi : inscription à
/// France Travail, organismes référents décidés, sanctions, sortie.</summary>
internal sealed record SuiviDuParcours(
    InscriptionFranceTravail? FranceTravail,
    ImmutableArray<DecisionOrganismeReferent> Organismes,
    ImmutableArray<Sanction> Sanctions,
    SortieDuParcours? Sortie)
{
    internal static SuiviDuParcours Vide { get; } = new(null, [], [], null);

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
