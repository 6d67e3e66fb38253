namespace Caf.Accompagnement.Contrats;

/// <summary>L'organisme auquel appartient le référent unique d'un bénéficiaire du RSA (CASF L262-27, L262-29, L262-36).</summary>
public sealed class OrganismeReferent : EnumerationCaf<OrganismeReferent>, IEnumerationCaf<OrganismeReferent>
{
    /// <summary>La Caf, par délégation du conseil départemental (CASF L262-36) : son travailleur social du secteur du foyer.</summary>
    public static readonly OrganismeReferent Caf = new(nameof(Caf), "CAF", "Caisse d'allocations familiales");

    /// <summary>Les services du conseil départemental eux-mêmes.</summary>
    public static readonly OrganismeReferent ConseilDepartemental = new(nameof(ConseilDepartemental), "CD", "Conseil départemental");

    /// <summary>France Travail (anciennement Pôle emploi), parcours professionnel.</summary>
    public static readonly OrganismeReferent FranceTravail = new(nameof(FranceTravail), "FT", "France Travail");

    /// <summary>Une mission locale, pour les moins de 25 ans.</summary>
    public static readonly OrganismeReferent MissionLocale = new(nameof(MissionLocale), "ML", "Mission locale");

    /// <summary>Un centre communal ou intercommunal d'action sociale.</summary>
    public static readonly OrganismeReferent Ccas = new(nameof(Ccas), "CCAS", "Centre communal d'action sociale");

    /// <summary>Une association d'insertion conventionnée par le département.</summary>
    public static readonly OrganismeReferent Association = new(nameof(Association), "ASSO", "Association conventionnée");

    private OrganismeReferent(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<OrganismeReferent> Toutes { get; } = [Caf, ConseilDepartemental, FranceTravail, MissionLocale, Ccas, Association];

    /// <inheritdoc/>
    public static string NomDuType => "organisme du référent";

    /// <summary>
    /// <see langword="true"/> si un référent de cet organisme peut accompagner une personne orientée vers ce parcours
    /// (CASF L262-29 à L262-36) : le parcours professionnel relève de France Travail (Pôle emploi), d'une mission locale
    /// ou d'une association d'insertion professionnelle, jamais d'un travailleur social de la Caf ni d'un CCAS ; le
    /// parcours social, de la Caf, du conseil départemental, d'un CCAS ou d'une association ; les moins de 25 ans, d'une
    /// mission locale ou de France Travail.
    /// </summary>
    /// <param name="orientation">Le parcours.</param>
    /// <returns>Le résultat.</returns>
    public bool PeutAccompagner(TypeOrientation orientation)
    {
        Utility.Preconditions.CheckNotNull(orientation);
        if (orientation == TypeOrientation.Sociale)
        {
            return this == Caf || this == ConseilDepartemental || this == Ccas || this == Association;
        }

        return orientation == TypeOrientation.Professionnelle
            ? this == FranceTravail || this == MissionLocale || this == Association
            : this == MissionLocale || this == FranceTravail;
    }
}
