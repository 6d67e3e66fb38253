using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Tests.Contrats;

/// <summary>Une carte des secteurs de test : deux secteurs, un travailleur social chacun.</summary>
internal sealed class AffectationDeTest : IAffectationSectorielle
{
    internal static readonly CodeCommune MontDeMarsan = CodeCommune.Parse("40192");
    internal static readonly CodeCommune Dax = CodeCommune.Parse("40088");
    internal static readonly CodeCommune HorsCarte = CodeCommune.Parse("33063");

    internal static readonly AffectationDeTest Instance = new();

    public string? SecteurDe(CodeCommune commune) =>
        commune == MontDeMarsan ? "S1" : commune == Dax ? "S2" : null;

    public bool EstTravailleurSocialDuSecteur(string identifiantTravailleur, string secteur) =>
        (identifiantTravailleur, secteur) is ("TS-1", "S1") or ("TS-2", "S2");
}

internal static class Fixtures
{
    internal static readonly Referent Ts1 = new("TS-1", OrganismeReferent.Caf);
    internal static readonly Referent Ts2 = new("TS-2", OrganismeReferent.Caf);
    internal static readonly Referent Cd = new("CD-7", OrganismeReferent.ConseilDepartemental);

    internal static IdentifiantBeneficiaire Beneficiaire(int numero = 1234567, RoleDansLeFoyer? role = null) =>
        IdentifiantBeneficiaire.From(NumeroAllocataire.FromValeur(numero), role ?? RoleDansLeFoyer.Allocataire);

    internal static Engagement[] Actions(LocalDate echeance) =>
    [
        new(DomaineEngagement.Parentalite, DebiteurEngagement.Beneficiaire, "Trouver un mode de garde", echeance),
        new(DomaineEngagement.InsertionSociale, DebiteurEngagement.Referent, "Accompagner la demande de logement social", echeance),
    ];

    internal static PlanDAction Plan15 => PlanDAction.Create(15).Valeur;

    internal static PlanDAction? PlanSelon(LocalDate date) => RegimeContrat.Au(date).ExigePlanDAction ? Plan15 : null;

    /// <summary>Un parcours orienté (parcours social) et doté d'un référent Caf, à Mont-de-Marsan.</summary>
    internal static Parcours Oriente(LocalDate orientation, ParametresDepartementaux? parametres = null) =>
        Parcours.Ouvrir(Beneficiaire(), AffectationDeTest.MontDeMarsan, parametres)
            .Orienter(TypeOrientation.Sociale, orientation).Valeur.Parcours
            .DesignerReferent(Ts1, orientation, AffectationDeTest.Instance).Valeur.Parcours;

    /// <summary>Un parcours avec un brouillon n° 1 établi le jour de l'orientation.</summary>
    internal static Parcours AvecBrouillon(LocalDate orientation, int? duree = null) =>
        Oriente(orientation).EtablirContrat(orientation, Actions(orientation.PlusMonths(3)), PlanSelon(orientation), duree).Valeur.Parcours;

    internal static Parcours Apres(this Resultat<Transition> r) => r.Valeur.Parcours;

    internal static string Code(this Resultat<Transition> r) => Assert.Single(r.Erreurs.Select(e => e.Code).Distinct());
}
