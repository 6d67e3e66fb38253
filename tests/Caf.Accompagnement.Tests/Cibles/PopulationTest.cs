using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Foyers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Caf.Accompagnement.Tests.Cibles;

public sealed class PopulationTest
{
    private static void AssertMemesColonnes(Population attendue, Population obtenue)
    {
        Assert.Equal(attendue.Count, obtenue.Count);
        Assert.True(attendue.Numeros.SequenceEqual(obtenue.Numeros));
        Assert.True(attendue.IndicesCommunes.SequenceEqual(obtenue.IndicesCommunes));
        Assert.True(attendue.Indicateurs.SequenceEqual(obtenue.Indicateurs));
        Assert.True(attendue.RessourcesMensuellesEnCentimes.SequenceEqual(obtenue.RessourcesMensuellesEnCentimes));
        Assert.True(attendue.PrestationsMensuellesEnCentimes.SequenceEqual(obtenue.PrestationsMensuellesEnCentimes));
        for (var i = 0; i < attendue.Count; i++)
        {
            Assert.Equal(attendue.NaissanceAllocataire(i), obtenue.NaissanceAllocataire(i));
            Assert.Equal(attendue.NaissancesEnfants(i).ToArray(), obtenue.NaissancesEnfants(i).ToArray());
            foreach (var t in TypeEvenement.Toutes)
            {
                Assert.Equal(attendue.DernierEvenement(i, t, FoyersDeTest.Reference), obtenue.DernierEvenement(i, t, FoyersDeTest.Reference));
            }
        }
    }

    [Property(MaxTest = 20)]
    public void Generee_en_colonnes_egale_construite_depuis_les_foyers(PositiveInt taille, ulong graine)
    {
        var generateur = FoyersDeTest.Generateur(graine);
        var n = taille.Get % 400;
        var directe = generateur.Population(n);
        var foyers = generateur.Foyers(n);
        AssertMemesColonnes(Population.Create(foyers, FoyersDeTest.Communes).GetValueOrThrow(), directe);
        for (var i = 0; i < n; i += 37)
        {
            Assert.Equal(foyers[i].ToString(), directe.Foyer(i).ToString());
            Assert.Equal(foyers[i].Numero, directe.Numero(i));
        }
    }

    [Property(MaxTest = 50)]
    public Property Dernier_evenement_comme_le_foyer_meme_avec_plusieurs_evenements_du_meme_type(int graine, int decalage)
    {
        var foyers = FoyersDeTest.Tirer(graine, 60, FoyersDeTest.Reference);
        var population = Population.Create(foyers, FoyersDeTest.Communes).GetValueOrThrow();
        var date = FoyersDeTest.Reference.PlusDays(Math.Abs(decalage % 800) - 400);
        var ok = true;
        for (var i = 0; i < foyers.Count; i++)
        {
            foreach (var t in TypeEvenement.Toutes)
            {
                ok &= foyers[i].DernierEvenement(t, date) == population.DernierEvenement(i, t, date);
            }
        }

        return ok.Label($"date {date}");
    }

    [Fact]
    public void Generateur_deterministe_et_sensible_a_la_graine()
    {
        var a = FoyersDeTest.Generateur(7).Population(2000);
        var b = FoyersDeTest.Generateur(7).Population(2000);
        var c = FoyersDeTest.Generateur(8).Population(2000);
        AssertMemesColonnes(a, b);
        Assert.False(a.RessourcesMensuellesEnCentimes.SequenceEqual(c.RessourcesMensuellesEnCentimes));
    }

    [Fact]
    public void Au_plus_64_octets_par_foyer()
    {
        var population = FoyersDeTest.Generateur(1).Population(100_000);
        Assert.InRange(population.OctetsParFoyer, 56, 64);
    }

    [Fact]
    public void Communes_tirees_en_proportion_de_la_population()
    {
        var population = FoyersDeTest.Generateur(3).Population(200_000);
        var comptes = new int[FoyersDeTest.Communes.Length];
        foreach (var c in population.IndicesCommunes)
        {
            comptes[c]++;
        }

        var total = FoyersDeTest.Habitants.Sum();
        for (var k = 0; k < comptes.Length; k++)
        {
            var attendu = 200_000.0 * FoyersDeTest.Habitants[k] / total;
            Assert.InRange(comptes[k], attendu * 0.9, attendu * 1.1);
        }
    }

    [Fact]
    public void Calibrage_monoparents_et_rsa()
    {
        var population = FoyersDeTest.Generateur(5).Population(200_000);
        var familles = 0;
        var monoparents = 0;
        var rsa = 0;
        for (var i = 0; i < population.Count; i++)
        {
            var avecEnfants = population.NaissancesEnfants(i).Length > 0;
            var couple = population.Indicateurs[i].HasFlag(IndicateursFoyer.EnCouple);
            familles += avecEnfants ? 1 : 0;
            monoparents += avecEnfants && !couple ? 1 : 0;
            rsa += population.Indicateurs[i].HasFlag(IndicateursFoyer.Rsa) ? 1 : 0;
        }

        Assert.InRange((double)monoparents / familles, 0.23, 0.27);
        Assert.InRange((double)rsa / population.Count, 0.125, 0.15);
    }

    [Fact]
    public void Commune_hors_table_refusee_avec_la_position_du_foyer()
    {
        var foyers = FoyersDeTest.Tirer(1, 3, FoyersDeTest.Reference);
        var r = Population.Create(foyers, FoyersDeTest.Communes.Where(c => c != foyers[1].Commune).ToList());
        Assert.False(r.Reussi);
        Assert.Contains(r.Erreurs, e => e.Code == "population.commune.inconnue" && e.Chemin == "foyers[1]");
    }
}
