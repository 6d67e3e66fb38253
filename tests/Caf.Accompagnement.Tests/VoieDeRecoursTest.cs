using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Tests.Aides;
using NodaTime;

namespace Caf.Accompagnement.Tests;

// CRPA L211-2 et L211-5 : une décision défavorable est motivée ; CJA R421-5 : ses voies et délais de recours sont
// mentionnés dans sa notification.
public sealed class VoieDeRecoursTest
{
    private static readonly LocalDate Depot = new(2022, 3, 1);

    [Fact]
    public void Un_refus_d_aide_porte_les_voies_de_recours_du_type()
    {
        var demande = DemandeDAide.Deposer("2022-0001", NumeroAllocataire.FromValeur(1234567), AidesDeReference.Projets, Montant.FromEuros(100m), FormeAide.Subvention, Depot).GetValueOrThrow();
        Assert.Empty(demande.VoiesDeRecours);
        var instruite = demande.Instruire(Depot).GetValueOrThrow().Etat;
        Assert.Empty(instruite.VoiesDeRecours);
        var refusee = instruite.Refuser(Depot.PlusDays(3), "Hors règlement").GetValueOrThrow().Etat;
        Assert.True(VoieDeRecours.ActionSocialeCaf.SequenceEqual(refusee.VoiesDeRecours));
        Assert.Contains("CRPA L411-2", refusee.VoiesDeRecours[0].Reference, StringComparison.Ordinal);
    }

    [Fact]
    public void Une_caf_declare_ses_voies_de_recours_par_type_d_aide()
    {
        var voie = new VoieDeRecours("Recours gracieux", "Commission d'action sociale de la Caf des Landes", 2, "la notification de la décision", "Règlement intérieur d'action sociale 2022");
        var type = AidesDeReference.Projets.AvecVoiesDeRecours([voie]);
        Assert.Equal(voie, Assert.Single(type.VoiesDeRecours));
        Assert.Equal(AidesDeReference.Projets, type);
        Assert.Throws<ArgumentException>(() => AidesDeReference.Projets.AvecVoiesDeRecours([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => AidesDeReference.Projets.AvecVoiesDeRecours([voie with { DelaiEnMois = 0 }]));
        Assert.Throws<ArgumentException>(() => AidesDeReference.Projets.AvecVoiesDeRecours([voie with { Autorite = " " }]));
    }

    [Fact]
    public void Une_inegibilite_expliquee_porte_les_voies_de_recours_et_une_eligibilite_aucune()
    {
        var foyer = FoyersDeTest.Creer(false, 1, 40000m);
        var refus = AidesDeReference.VacancesFamiliales.Evaluer(ContexteEligibilite.Create(foyer, FoyersDeTest.Date, coutDuProjet: Montant.FromEuros(1000m)));
        Assert.False(refus.EstEligible);
        Assert.False(refus.Explication.VoiesDeRecours.IsEmpty);
        Assert.Contains("Voies et délais de recours", refus.Explication.ToString(), StringComparison.Ordinal);
        var accord = AidesDeReference.VacancesFamiliales.Evaluer(ContexteEligibilite.Create(FoyersDeTest.Creer(false, 1, 10000m), FoyersDeTest.Date, coutDuProjet: Montant.FromEuros(1000m)));
        Assert.True(accord.EstEligible);
        Assert.True(accord.Explication.VoiesDeRecours.IsEmpty);
    }

    [Fact]
    public void La_motivation_enonce_le_droit_et_les_faits()
    {
        var e = new Explication("Règle", "Contribution", [new DonneeUtilisee("Quotient familial", "500 €", "dossier")],
            [new ParametreApplique("Plafond", "700 €", null, "Règlement intérieur, art. 3")], ["Comparaison"], "Refus.", false);
        Assert.Equal("En droit : Règlement intérieur, art. 3. En fait : Quotient familial : 500 €. Refus.", e.Motivation);
    }

    [Fact]
    public void Les_voies_de_recours_font_l_aller_retour_json_et_un_delai_invalide_est_localise()
    {
        var e = new Explication("Règle", "Contribution", [], [], [], "Refus.", false).AvecVoiesDeRecours(VoieDeRecours.DecisionRsa);
        var document = ExplicationsJson.VersDocument(e);
        Assert.Equal(e.Motivation, document.Motivation);
        var l = new LecteurDeDocument();
        Assert.Equal(e, ExplicationsJson.Lire(document, l, "$.explication"));
        Assert.Empty(l.Erreurs);

        document.VoiesDeRecours![1].DelaiEnMois = 0;
        document.VoiesDeRecours[0].Autorite = null;
        var l2 = new LecteurDeDocument();
        Assert.Null(ExplicationsJson.Lire(document, l2, "$.explication"));
        Assert.Contains(l2.Erreurs, x => x.Code == "json.borne" && x.Chemin == "$.explication.voiesDeRecours[1].delaiEnMois");
        Assert.Contains(l2.Erreurs, x => x.Chemin == "$.explication.voiesDeRecours[0].autorite");

        var sans = ExplicationsJson.VersDocument(new Explication("Règle", "Contribution", [], [], [], "Accord.", true));
        Assert.Null(sans.VoiesDeRecours);
    }
}
