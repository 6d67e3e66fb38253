using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Testing;
using Caf.Accompagnement.Territoires;

namespace Caf.Accompagnement.Tests.Integration;

/// <summary>
/// Les anciens verbes d'import et d'export (0.1.0 : <c>Charger</c>, <c>Importer</c>, <c>Exporter</c>), gardés une version
/// mineure et marqués obsolètes, rendent exactement ce que rendent <c>Lire</c> et <c>Ecrire</c>.
/// </summary>
public sealed class AnciensNomsTest
{
    [Fact]
    public void Charger_Importer_et_Exporter_delegent_a_Lire_et_Ecrire()
    {
        var carte = GenerateursCaf.CarteDesLandes;
        var texte = carte.Ecrire();
        var foyers = new StringWriter();
        PopulationCsv.Ecrire(foyers, Enumerable.Range(0, 50).Select(i => GenerateurDePopulation.From(new NodaTime.LocalDate(2022, 6, 30), 3, "40").Foyer(i)));
#pragma warning disable CS0618 // Anciens noms, gardés pour une version mineure.
        Assert.Equal(texte, carte.Exporter());
        var relue = CarteDesSecteurs.Importer(new StringReader(texte), "40").GetValueOrThrow();
        var population = PopulationCsv.Charger(new StringReader(foyers.ToString())).GetValueOrThrow();
        var politique = PolitiqueDeCiblage.Charger("Landes", new StringReader(Ecrire(PolitiqueDeCiblage.Landes2022))).GetValueOrThrow();
#pragma warning restore CS0618
        Assert.Equal(texte, relue.Ecrire());
        Assert.Equal(PopulationCsv.Lire(new StringReader(foyers.ToString())).GetValueOrThrow().Numeros.ToArray(), population.Numeros.ToArray());
        Assert.Equal(PolitiqueDeCiblage.Landes2022.Cibles.Select(c => c.Code), politique.Cibles.Select(c => c.Code));
    }

    [Fact]
    public void BaremesOfficiels_Sanctions_est_le_bareme_officiel_des_sanctions()
    {
#pragma warning disable CS0618 // Ancien nom, gardé pour une version mineure.
        Assert.Same(Caf.Accompagnement.Contrats.Sanctions.BaremeOfficiel, Caf.Accompagnement.Baremes.BaremesOfficiels.Sanctions);
#pragma warning restore CS0618
    }

    private static string Ecrire(PolitiqueDeCiblage politique)
    {
        var sortie = new StringWriter();
        politique.Ecrire(sortie);
        return sortie.ToString();
    }
}
