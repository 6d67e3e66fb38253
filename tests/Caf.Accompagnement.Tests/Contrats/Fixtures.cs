using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Tests.Contrats;

/// <summary>Une carte des secteurs de test sur les communes réelles des Landes : deux secteurs, un travailleur social chacun.</summary>
internal static class CarteDeTest
{
    internal static readonly CodeCommune MontDeMarsan = CodeCommune.Parse("40192");
    internal static readonly CodeCommune Dax = CodeCommune.Parse("40088");
    internal static readonly CodeCommune HorsCarte = CodeCommune.Parse("33063");

    internal static readonly CarteDesSecteurs Instance = Construire();

    private static CarteDesSecteurs Construire()
    {
        var builder = CarteDesSecteurs.Builder("40")
            .AjouterSecteur("S1", TravailleurSocial.FromIdentifiant("TS-1"))
            .AjouterSecteur("S2", TravailleurSocial.FromIdentifiant("TS-2"));
        var landes = ReferentielCommunes.Cog2026.DuDepartement("40");
        for (var i = 0; i < landes.Count; i++)
        {
            var code = landes[i].Code;
            builder.Affecter(code == MontDeMarsan ? "S1" : code == Dax ? "S2" : i % 2 == 0 ? "S1" : "S2", code);
        }

        return builder.Build().GetValueOrThrow();
    }
}

internal static class Fixtures
{
    internal static readonly Referent Ts1 = Referent.DeLaCaf(TravailleurSocial.FromIdentifiant("TS-1"));
    internal static readonly Referent Ts2 = Referent.DeLaCaf(TravailleurSocial.FromIdentifiant("TS-2"));
    internal static readonly Referent Cd = Referent.DUnAutreOrganisme("CD-7", OrganismeReferent.ConseilDepartemental);
    internal static readonly Referent Ft = Referent.DUnAutreOrganisme("FT-3", OrganismeReferent.FranceTravail);

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
        Parcours.Ouvrir(Beneficiaire(), CarteDeTest.MontDeMarsan, parametres)
            .Orienter(TypeOrientation.Sociale, orientation).Valeur.Parcours
            .DesignerReferent(Ts1, orientation, CarteDeTest.Instance).Valeur.Parcours;

    /// <summary>Un parcours avec un brouillon n° 1 établi le jour de l'orientation.</summary>
    internal static Parcours AvecBrouillon(LocalDate orientation, int? duree = null) =>
        Oriente(orientation).EtablirContrat(orientation, Actions(orientation.PlusMonths(3)), PlanSelon(orientation), duree).Valeur.Parcours;

    internal static Parcours Apres(this Resultat<Transition> r) => r.Valeur.Parcours;

    internal static string Code(this Resultat<Transition> r) => Assert.Single(r.Erreurs.Select(e => e.Code).Distinct());
}
