using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Tests.Droits;

public sealed class AffectationParCarteTest
{
    private static CarteDesSecteurs Carte()
    {
        var builder = CarteDesSecteurs.Builder("40")
            .AjouterSecteur("Grand Dax", TravailleurSocial.FromIdentifiant("TS-40088"))
            .AjouterSecteur("Reste des Landes");
        foreach (var c in ReferentielCommunes.Cog2026.DuDepartement("40"))
        {
            builder.Affecter(c.Code == FoyersDeTest.Dax ? "Grand Dax" : "Reste des Landes", c.Code);
        }

        return builder.Build().GetValueOrThrow();
    }

    [Fact]
    public void Secteur_et_travailleur_social_lus_sur_la_carte_poste_vacant_vers_la_Caf()
    {
        var affectation = new AffectationParCarte(Carte());
        var planificateur = new PlanificateurDeCampagne(new DetecteurDeRuptures(CatalogueDesPublics.ParDefaut(), PolitiqueDeCampagne.ParDefaut), affectation);
        var dax = FoyersDeTest.Builder(1, FoyersDeTest.Dax).AvecEnfant(new LocalDate(2016, 1, 1)).Valide();
        var mimizan = FoyersDeTest.Builder(2, FoyersDeTest.Mimizan).AvecEnfant(new LocalDate(2016, 1, 1)).Valide();

        var campagne = planificateur.Planifier([dax, mimizan], new LocalDate(2022, 6, 27)).Valeur;

        Assert.True(affectation.TryTrouverSecteur(FoyersDeTest.Dax, out var secteur, out var ts));
        Assert.Equal("Grand Dax", secteur);
        Assert.Equal("TS-40088", ts!.Code);
        Assert.Equal(ts, campagne.ContactDe(dax.Numero)!.Intervenant);
        Assert.Equal("Reste des Landes", campagne.ContactDe(mimizan.Numero)!.Secteur);
        Assert.Equal(Intervenant.PlateformeCaf, campagne.ContactDe(mimizan.Numero)!.Intervenant);
        Assert.False(affectation.TryTrouverSecteur(CodeCommune.Parse("33063"), out _, out _));
    }
}
