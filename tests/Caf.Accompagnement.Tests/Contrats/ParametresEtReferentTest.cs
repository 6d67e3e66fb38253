using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Territoires;
using NodaTime;
using static Caf.Accompagnement.Tests.Contrats.Fixtures;

namespace Caf.Accompagnement.Tests.Contrats;

public sealed class ParametresEtReferentTest
{
    [Fact]
    public void Parametres_par_defaut_documentes()
    {
        var p = ParametresDepartementaux.ParDefaut;
        Assert.Equal((6, 12, 3, 2), (p.DureeParDefautEnMois, p.DureeMaximaleEnMois, p.RenouvellementsMaximum, p.DelaiDeSignatureEnMois));
        Assert.Equal(Period.FromMonths(2), p.DelaiDeSignature);
        Assert.Contains(p.CommeParametres(), x => x.Reference == "CASF L262-36");
    }

    [Theory]
    [InlineData(13, 12, 3)]
    [InlineData(0, 12, 3)]
    [InlineData(6, 0, 3)]
    [InlineData(6, 12, -1)]
    public void Parametres_hors_bornes_sont_une_erreur_de_programmation(int defaut, int max, int renouvellements) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParametresDepartementaux(defaut, max, renouvellements));

    [Fact]
    public void Un_departement_peut_allonger_la_duree_et_le_delai()
    {
        var p = new ParametresDepartementaux(12, 24, 0, 3);
        var d = new LocalDate(2022, 1, 10);
        var parcours = Oriente(d, p).EtablirContrat(d, Actions(d)).Apres();
        Assert.Equal(12, parcours.Contrats[0].DureeEnMois);
        var signe = parcours.Signer(1, new LocalDate(2022, 4, 10)).Apres();
        Assert.False(signe.Contrats[0].SignatureTardive);
        Assert.Equal(new LocalDate(2023, 4, 9), signe.Contrats[0].Fin);
        Assert.Equal("contrats.renouvellement.limite", signe.Renouveler(1, new LocalDate(2023, 3, 1), Actions(d)).Code());
    }

    [Fact]
    public void Un_referent_de_la_caf_est_un_travailleur_social()
    {
        Assert.Throws<ArgumentException>(() => Referent.DUnAutreOrganisme("TS-1", OrganismeReferent.Caf));
        var r = Referent.DeLaCaf(TravailleurSocial.FromIdentifiant("TS-04"));
        Assert.True(r.EstTravailleurSocialCaf);
        Assert.Equal(OrganismeReferent.Caf, r.Organisme);
        Assert.False(Referent.DUnAutreOrganisme("ML-3", OrganismeReferent.MissionLocale).EstTravailleurSocialCaf);
    }

    [Fact]
    public void Une_sanction_s_explique_en_quatre_points()
    {
        var d = new LocalDate(2023, 4, 10);
        var sanction = Sanctions.Decider(new DemandeDeSanction(
            new Manquement(Beneficiaire(), TypeManquement.NonSignature, d), d, 40, 2, new AuditionEquipePluridisciplinaire(new LocalDate(2023, 3, 1), new LocalDate(2023, 3, 20)))).Valeur;
        var e = sanction.Explication;
        Assert.False(string.IsNullOrWhiteSpace(e.Contribution));
        Assert.NotEmpty(e.Donnees);
        Assert.Contains(e.Parametres, p => p.Reference.StartsWith("CASF L262-37", StringComparison.Ordinal));
        Assert.NotEmpty(e.Operations);
        Assert.DoesNotContain("1234567", e.ToString(), StringComparison.Ordinal);
    }
}
