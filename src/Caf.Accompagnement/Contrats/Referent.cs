using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Contrats;

/// <summary>
/// Le référent unique d'un bénéficiaire (CASF L262-27) : un travailleur social de la Caf (par délégation du
/// département, CASF L262-36) ou un professionnel d'un autre organisme, toujours identifié par un identifiant pseudonyme
/// (jamais un nom).
/// </summary>
/// <remarks>Un travailleur social de la Caf n'est désigné que s'il intervient sur le secteur du foyer (vérifié par
/// <see cref="Parcours.DesignerReferent"/> avec la <see cref="CarteDesSecteurs"/>).</remarks>
public sealed record Referent
{
    private Referent(string identifiant, OrganismeReferent organisme, TravailleurSocial? travailleurSocial)
    {
        Identifiant = identifiant;
        Organisme = organisme;
        TravailleurSocial = travailleurSocial;
    }

    /// <summary>Identifiant pseudonyme du professionnel.</summary>
    public string Identifiant { get; }

    /// <summary>Son organisme.</summary>
    public OrganismeReferent Organisme { get; }

    /// <summary>Le travailleur social de la Caf, ou <see langword="null"/> pour un autre organisme.</summary>
    public TravailleurSocial? TravailleurSocial { get; }

    /// <summary><see langword="true"/> pour un travailleur social de la Caf.</summary>
    public bool EstTravailleurSocialCaf => TravailleurSocial is not null;

    /// <summary>Un travailleur social territorialisé de la Caf, référent par délégation du département.</summary>
    /// <param name="travailleurSocial">Le travailleur social.</param>
    /// <returns>Le référent.</returns>
    public static Referent DeLaCaf(TravailleurSocial travailleurSocial) =>
        new(Preconditions.CheckNotNull(travailleurSocial).Identifiant, OrganismeReferent.Caf, travailleurSocial);

    /// <summary>Un professionnel d'un autre organisme que la Caf (conseil départemental, France Travail, mission locale…).</summary>
    /// <param name="identifiant">Identifiant pseudonyme du professionnel (par exemple <c>CD-12</c>).</param>
    /// <param name="organisme">Son organisme (pas la Caf : utiliser <see cref="DeLaCaf"/>).</param>
    /// <returns>Le référent.</returns>
    /// <exception cref="ArgumentException">Identifiant vide, ou organisme Caf.</exception>
    public static Referent DUnAutreOrganisme(string identifiant, OrganismeReferent organisme)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(identifiant), nameof(identifiant), "L'identifiant du référent est obligatoire.");
        Preconditions.CheckNotNull(organisme);
        Preconditions.CheckArgument(organisme != OrganismeReferent.Caf, nameof(organisme), "Un référent de la Caf est un travailleur social : utiliser Referent.DeLaCaf.");
        return new(identifiant.Trim(), organisme, null);
    }

    /// <summary>L'identifiant et l'organisme.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Identifiant} ({Organisme.Libelle})";
}

/// <summary>Une désignation datée du référent unique ; la désignation suivante la clôt la veille de sa date.</summary>
/// <param name="Referent">Le référent.</param>
/// <param name="Debut">Date de la désignation.</param>
/// <param name="Fin">Date de fin (la veille de la désignation suivante), ou <see langword="null"/> pour le référent actuel.</param>
public sealed record DesignationReferent(Referent Referent, NodaTime.LocalDate Debut, NodaTime.LocalDate? Fin)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Referent} du {Dates.Formater(Debut)}{(Fin is { } f ? $" au {Dates.Formater(f)}" : " à ce jour")}";

    /// <summary><see langword="true"/> si la désignation est en vigueur à une date.</summary>
    /// <param name="date">La date.</param>
    /// <returns>Le résultat.</returns>
    public bool EnVigueurAu(NodaTime.LocalDate date) => Debut <= date && (Fin is null || date <= Fin);
}
