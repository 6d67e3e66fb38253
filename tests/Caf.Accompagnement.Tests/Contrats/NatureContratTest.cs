using Caf.Accompagnement.Contrats;
using NodaTime;
using static Caf.Accompagnement.Tests.Contrats.Fixtures;

namespace Caf.Accompagnement.Tests.Contrats;

// Avant le 1er janvier 2025 : PPAE avec Pôle emploi (CASF L262-34), CER professionnel avec un autre organisme dans le
// mois (L262-35), CER social dans les deux mois (L262-36) ; l'organisme du référent correspond à l'orientation.
public sealed class NatureContratTest
{
    private static readonly Referent Ml = Referent.DUnAutreOrganisme("ML-1", OrganismeReferent.MissionLocale);

    private static Parcours Oriente(TypeOrientation type, LocalDate date, Referent referent) =>
        Parcours.Ouvrir(Beneficiaire(), CarteDeTest.MontDeMarsan)
            .Orienter(type, date).Apres()
            .DesignerReferent(referent, date, CarteDeTest.Instance).Apres();

    [Theory]
    [InlineData("SOCIAL", "CAF", "2024-03-01", "CER_SOCIAL")]
    [InlineData("SOCIAL", "CD", "2024-03-01", "CER_SOCIAL")]
    [InlineData("PROFESSIONNEL", "FT", "2024-03-01", "PPAE")]
    [InlineData("PROFESSIONNEL", "ASSO", "2024-03-01", "CER_PRO")]
    [InlineData("JEUNE", "ML", "2024-03-01", "CER_PRO")]
    [InlineData("SOCIAL", "CAF", "2025-01-01", "CE")]
    [InlineData("PROFESSIONNEL", "FT", "2025-01-01", "CE")]
    public void La_nature_du_contrat_suit_le_regime_l_orientation_et_l_organisme(string orientation, string organisme, string date, string nature) =>
        Assert.Equal(nature, NatureContrat.Pour(
            RegimeContrat.Au(Dates.Create(date).Valeur),
            TypeOrientation.Create(orientation, "orientation").Valeur,
            OrganismeReferent.Create(organisme, "organisme").Valeur).Code);

    [Theory]
    [InlineData("PROFESSIONNEL", "2024-03-01", "2024-04-01", false)]
    [InlineData("PROFESSIONNEL", "2024-03-01", "2024-04-02", true)]
    [InlineData("SOCIAL", "2024-03-01", "2024-05-01", false)]
    [InlineData("SOCIAL", "2024-03-01", "2024-05-02", true)]
    public void Un_mois_sur_un_parcours_professionnel_deux_mois_sur_un_parcours_social(string orientation, string debut, string signature, bool tardive)
    {
        var type = TypeOrientation.Create(orientation, "orientation").Valeur;
        var date = Dates.Create(debut).Valeur;
        var t = Oriente(type, date, type == TypeOrientation.Sociale ? Ts1 : Ft)
            .EtablirContrat(date, Actions(date.PlusMonths(3))).Apres()
            .Signer(1, Dates.Create(signature).Valeur).Valeur;
        var signe = Assert.IsType<ContratSigne>(t.Evenement);
        Assert.Equal(tardive, signe.SignatureTardive);
        Assert.Equal(type == TypeOrientation.Sociale ? date.PlusMonths(2) : date.PlusMonths(1), signe.DateLimite);
    }

    [Fact]
    public void Un_travailleur_social_de_la_caf_n_est_pas_referent_d_un_parcours_professionnel()
    {
        var date = new LocalDate(2024, 3, 1);
        var oriente = Parcours.Ouvrir(Beneficiaire(), CarteDeTest.MontDeMarsan).Orienter(TypeOrientation.Professionnelle, date).Apres();
        var r = oriente.DesignerReferent(Ts1, date, CarteDeTest.Instance);
        Assert.Equal("contrats.referent.orientation", Assert.Single(r.Erreurs).Code);
        Assert.True(oriente.DesignerReferent(Ft, date, CarteDeTest.Instance).Reussi);
        Assert.Equal("contrats.referent.orientation", Assert.Single(Parcours.Ouvrir(Beneficiaire(), CarteDeTest.MontDeMarsan)
            .Orienter(TypeOrientation.MoinsDe25Ans, date).Apres().DesignerReferent(Cd, date, CarteDeTest.Instance).Erreurs).Code);
        Assert.True(Parcours.Ouvrir(Beneficiaire(), CarteDeTest.MontDeMarsan).Orienter(TypeOrientation.MoinsDe25Ans, date).Apres()
            .DesignerReferent(Ml, date, CarteDeTest.Instance).Reussi);
    }

    [Fact]
    public void Apres_une_reorientation_le_contrat_attend_un_referent_du_nouveau_parcours()
    {
        var date = new LocalDate(2024, 3, 1);
        var reoriente = Oriente(TypeOrientation.Sociale, date, Ts1).Orienter(TypeOrientation.Professionnelle, date.PlusMonths(1)).Apres();
        var refus = reoriente.EtablirContrat(date.PlusMonths(1), Actions(date.PlusMonths(4)));
        Assert.Contains(refus.Erreurs, e => e.Code == "contrats.referent.orientation");
        var contrat = reoriente.DesignerReferent(Ft, date.PlusMonths(1).PlusDays(1), CarteDeTest.Instance).Apres()
            .EtablirContrat(date.PlusMonths(1).PlusDays(1), Actions(date.PlusMonths(4))).Apres().Contrats[0];
        Assert.Equal(NatureContrat.Ppae, contrat.Nature);
    }
}
