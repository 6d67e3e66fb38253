using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Contrats;

/// <summary>
/// Le référent unique d'un bénéficiaire (CASF L262-27) : un professionnel identifié par un identifiant pseudonyme
/// (matricule interne, jamais un nom) et son organisme.
/// </summary>
/// <remarks>Pour la Caf, le référent est un travailleur social du secteur du foyer (vérifié par
/// <see cref="Parcours.DesignerReferent"/> avec une <see cref="IAffectationSectorielle"/>).</remarks>
public sealed record Referent
{
    /// <summary>Crée un référent.</summary>
    /// <param name="identifiant">Identifiant pseudonyme du professionnel (par exemple <c>TS-03</c>).</param>
    /// <param name="organisme">Son organisme.</param>
    /// <exception cref="ArgumentException">Identifiant vide.</exception>
    public Referent(string identifiant, OrganismeReferent organisme)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(identifiant), nameof(identifiant), "L'identifiant du référent est obligatoire.");
        Identifiant = identifiant.Trim();
        Organisme = Preconditions.CheckNotNull(organisme);
    }

    /// <summary>Identifiant pseudonyme du professionnel.</summary>
    public string Identifiant { get; }

    /// <summary>Son organisme.</summary>
    public OrganismeReferent Organisme { get; }

    /// <summary><see langword="true"/> pour un travailleur social de la Caf.</summary>
    public bool EstTravailleurSocialCaf => Organisme == OrganismeReferent.Caf;

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
    /// <summary><see langword="true"/> si la désignation est en vigueur à une date.</summary>
    /// <param name="date">La date.</param>
    /// <returns>Le résultat.</returns>
    public bool EnVigueurAu(NodaTime.LocalDate date) => Debut <= date && (Fin is null || date <= Fin);
}
