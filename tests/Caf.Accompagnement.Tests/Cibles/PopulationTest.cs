using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Foyers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Caf.Accompagnement.Territoires;

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
                Assert.Equal(attendue.DernierEvenement(i, t, FoyersAuHasard.Reference), obtenue.DernierEvenement(i, t, FoyersAuHasard.Reference));
            }
        }
    }

    [Property(MaxTest = 10)]
    public void Generee_en_colonnes_egale_construite_depuis_les_foyers(PositiveInt taille, ulong graine)
    {
        var generateur = FoyersAuHasard.Generateur(graine);
        var n = taille.Get % 250;
        var directe = generateur.Population(n);
        var foyers = generateur.Foyers(n);
        AssertMemesColonnes(Population.Create(foyers).GetValueOrThrow(), directe);
        for (var i = 0; i < n; i += 37)
        {
            Assert.Equal(foyers[i].ToString(), directe.Foyer(i).ToString());
            Assert.Equal(foyers[i].Numero, directe.Numero(i));
        }
    }

    [Property(MaxTest = 30)]
    public Property Dernier_evenement_comme_le_foyer_meme_avec_plusieurs_evenements_du_meme_type(int graine, int decalage)
    {
        var foyers = FoyersAuHasard.Tirer(graine, 60, FoyersAuHasard.Reference);
        var population = Population.Create(foyers).GetValueOrThrow();
        var date = FoyersAuHasard.Reference.PlusDays(Math.Abs(decalage % 800) - 400);
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
        var a = FoyersAuHasard.Generateur(7).Population(2000);
        var b = FoyersAuHasard.Generateur(7).Population(2000);
        var c = FoyersAuHasard.Generateur(8).Population(2000);
        AssertMemesColonnes(a, b);
        Assert.False(a.RessourcesMensuellesEnCentimes.SequenceEqual(c.RessourcesMensuellesEnCentimes));
    }

    [Fact]
    public void Au_plus_64_octets_par_foyer()
    {
        var population = FoyersAuHasard.Generateur(1).Population(100_000);
        Assert.InRange(population.OctetsParFoyer, 36, 48);
        Assert.Equal((36L * population.Count) + 4 + (4L * population.NombreEnfants) + (8L * population.NombreEvenements), population.TailleEnOctets);
    }

    [Fact]
    public void Tous_les_evenements_sont_gardes_dans_la_table_creuse()
    {
        var foyers = FoyersAuHasard.Tirer(11, 400, FoyersAuHasard.Reference);
        var population = Population.Create(foyers).GetValueOrThrow();
        Assert.Equal(foyers.Sum(f => f.Evenements.Length), population.NombreEvenements);
        Assert.Equal(foyers.Sum(f => f.NombreEnfants), population.NombreEnfants);
    }

    [Fact]
    public void Communes_reelles_tirees_en_proportion_de_la_population()
    {
        var referentiel = ReferentielCommunes.Cog2026;
        var landes = referentiel.DuDepartement("40");
        var population = FoyersAuHasard.Generateur(3).Population(200_000);
        var comptes = new int[referentiel.Count];
        foreach (var c in population.IndicesCommunes)
        {
            comptes[c]++;
        }

        var habitants = landes.Sum(c => (long)c.Population);
        Assert.Equal(200_000, landes.Sum(c => comptes[c.Index]));
        foreach (var commune in landes.Where(c => c.Population > 10_000))
        {
            var attendu = 200_000.0 * commune.Population / habitants;
            Assert.InRange(comptes[commune.Index], attendu * 0.9, attendu * 1.1);
        }
    }

    [Fact]
    public void Calibrage_monoparents_et_rsa()
    {
        var population = FoyersAuHasard.Generateur(5).Population(200_000);
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
        var foyers = FoyersAuHasard.Tirer(1, 3, FoyersAuHasard.Reference);
        var autre = Caf.Accompagnement.Foyers.Foyer.Builder(foyers[1].Numero, CodeCommune.Parse("40999"), foyers[1].Allocataire.DateNaissance).Build().GetValueOrThrow();
        var r = Population.Create([foyers[0], autre, foyers[2]]);
        Assert.False(r.Reussi);
        var erreur = Assert.Single(r.Erreurs);
        Assert.Equal(("population.commune.inconnue", "foyers[1]", "40999"), (erreur.Code, erreur.Chemin, erreur.Valeur));
    }

    /// <summary>
    /// Une date de l'an 0 ou d'avant est une date ISO valide (NodaTime) mais n'a pas de numéro de jour : le foyer est
    /// refusé avec sa position, sans exception, et les autres foyers ne sont pas écartés en silence.
    /// </summary>
    [Fact]
    public void Date_avant_l_an_1_refusee_avec_la_position_du_foyer()
    {
        var foyers = FoyersAuHasard.Tirer(1, 3, FoyersAuHasard.Reference);
        var ancien = Caf.Accompagnement.Foyers.Foyer.Builder(foyers[1].Numero, foyers[1].Commune, new NodaTime.LocalDate(0, 3, 15))
            .AvecEnfant(new NodaTime.LocalDate(2020, 1, 1))
            .Evenement(TypeEvenement.Separation, new NodaTime.LocalDate(2022, 1, 3))
            .Build().GetValueOrThrow();
        var r = Population.Create([foyers[0], ancien, foyers[2]]);
        Assert.False(r.Reussi);
        var erreur = Assert.Single(r.Erreurs);
        Assert.Equal(("population.date.capacite", "foyers[1]", Erreur.ValeurMasquee), (erreur.Code, erreur.Chemin, erreur.Valeur));

        var csv = PopulationCsv.Lire(new StringReader(PopulationCsv.Entete + "\n0000042,40192,0000-03-15,ISOLE,2020-01-01,,2018-05-02,1200.50,14406,,SEPARATION:2022-01-03,,oui\n"));
        Assert.Equal("population.date.capacite", Assert.Single(csv.Erreurs).Code);
    }

    /// <summary>Aux dates extrêmes de NodaTime (an 0 et avant, 31/12/9999), la population répond comme le foyer.</summary>
    [Fact]
    public void Dernier_evenement_comme_le_foyer_aux_dates_extremes()
    {
        var foyers = FoyersAuHasard.Tirer(4, 60, FoyersAuHasard.Reference);
        var population = Population.Create(foyers).GetValueOrThrow();
        foreach (var date in new[] { new NodaTime.LocalDate(0, 12, 31), new NodaTime.LocalDate(-9998, 1, 1), new NodaTime.LocalDate(1, 1, 1), new NodaTime.LocalDate(9999, 12, 31) })
        {
            for (var i = 0; i < foyers.Count; i++)
            {
                foreach (var t in TypeEvenement.Toutes)
                {
                    Assert.Equal(foyers[i].DernierEvenement(t, date), population.DernierEvenement(i, t, date));
                }
            }
        }
    }
}
