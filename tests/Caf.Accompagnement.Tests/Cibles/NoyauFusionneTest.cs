using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Foyers;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Cibles;

/// <summary>Les bornes du noyau fusionné de la segmentation : cas que les foyers ordinaires n'atteignent pas.</summary>
public sealed class NoyauFusionneTest
{
    private static readonly PolitiqueDeCiblage[] Familles =
    [
        PolitiqueDeCiblage.FromCibles("couples et isolés", new CibleFamillePrioritaire(new ParametresFamillePrioritaire(false, 14))),
        PolitiqueDeCiblage.Landes2022,
    ];

    /// <summary>Toutes les cibles intégrées, avec des paramètres variés et des événements de tous les types.</summary>
    private static readonly PolitiqueDeCiblage[] Politiques =
    [
        PolitiqueDeCiblage.Landes2022,
        PolitiqueDeCiblage.National.Avec(new CibleEvenementDeVie(TypeEvenement.Naissance)).Avec(new CibleEvenementDeVie(TypeEvenement.Emmenagement)),
        PolitiqueDeCiblage.FromCibles(
            "variantes",
            new CibleRsaMonoparent(new ParametresRsaMonoparent(3)),
            new CibleParentsSeuls(new ParametresParentsSeuls(20, 29, 1m)),
            new CibleFamillePrioritaire(new ParametresFamillePrioritaire(false, 14)),
            new CibleEvenementDeVie(new ParametresEvenementDeVie(TypeEvenement.ImpayeDeLoyer, 30)),
            new CibleEvenementDeVie(new ParametresEvenementDeVie(TypeEvenement.Separation, 0))),
    ];

    private static void AssertAccord(Segmentation segmentation, ResultatDeSegmentation resultat, IReadOnlyList<Foyer> foyers)
    {
        for (var i = 0; i < foyers.Count; i++)
        {
            for (var k = 0; k < segmentation.Cibles.Length; k++)
            {
                var attendu = segmentation.Politique.Cibles[k].Contient(foyers[i]);
                if (attendu != resultat.Appartient(i, k))
                {
                    Assert.Fail($"Foyer {i}, cible {segmentation.Cibles[k].Code} : évaluation {attendu}, segmentation {!attendu} ({foyers[i].NombreEnfants} enfants, {foyers[i].RessourcesMensuelles}).");
                }
            }
        }
    }

    /// <summary>
    /// Une famille de plus de sept enfants (hors de la table des seuils par nombre d'enfants) dont les enfants ont tous
    /// moins de 14 ans ou tous 14 ans ou plus, avec des ressources jusqu'à la capacité d'une population (2³¹ − 1
    /// centimes) : revenu × 10 ne tient pas en 32 bits, la décision en masse est celle du foyer.
    /// </summary>
    [Property(MaxTest = 20)]
    public void Famille_de_plus_de_sept_enfants_aux_ressources_elevees(int graine, byte politique)
    {
        var h = new Random(graine);
        var reference = FoyersAuHasard.Reference;
        var foyers = new List<Foyer>();
        for (var i = 0; i < 27; i++)
        {
            var naissance = reference.PlusYears(-45);
            var b = Foyer.Builder(NumeroAllocataire.FromValeur(3_000_000 + i), FoyersAuHasard.Communes[h.Next(FoyersAuHasard.Communes.Length)], naissance);
            if (h.Next(2) == 0)
            {
                b.EnCouple(naissance.PlusDays(h.Next(-2000, 2000)), naissance.PlusYears(20));
            }
            else
            {
                b.Isole(naissance.PlusYears(20));
            }

            var age = h.Next(2) == 0 ? 3 : 15;
            for (var e = h.Next(8, 13); e > 0; e--)
            {
                b.AvecEnfant(reference.PlusYears(-age).PlusDays(-e), false);
            }

            var ressources = h.NextInt64(0, int.MaxValue + 1L);
            b.AvecRessources(Montant.FromCentimes(ressources), Montant.FromCentimes(ressources * 12));
            foyers.Add(b.Build().GetValueOrThrow());
        }

        var population = Population.Create(foyers).GetValueOrThrow();
        var segmentation = Segmentation.Create(Familles[politique % Familles.Length], reference).GetValueOrThrow();
        AssertAccord(segmentation, segmentation.Segmenter(population, partitions: 1), foyers);
    }

    /// <summary>
    /// De 0 à 40 foyers : population vide, moins d'un vecteur de huit foyers, dernier vecteur de la population (le début
    /// des enfants du foyer suivant est la fin de la table), fin de bloc hors des vecteurs.
    /// </summary>
    [Property(MaxTest = 40)]
    public void Les_petites_populations_se_segmentent_comme_foyer_par_foyer(int graine, byte taille, byte politique)
    {
        var foyers = FoyersAuHasard.Tirer(graine, taille % 41, FoyersAuHasard.Reference);
        var population = Population.Create(foyers).GetValueOrThrow();
        var segmentation = Segmentation.Create(Politiques[politique % Politiques.Length], FoyersAuHasard.Reference).GetValueOrThrow();
        var resultat = segmentation.Segmenter(population);
        AssertAccord(segmentation, resultat, foyers);
        for (var k = 0; k < segmentation.Cibles.Length; k++)
        {
            Assert.Equal(foyers.LongCount(f => segmentation.Politique.Cibles[k].Contient(f)), resultat.Total(k));
        }
    }

    /// <summary>
    /// Une population construite depuis des foyers (plusieurs événements d'un même type, naissances à venir) découpée en
    /// partitions qui ne commencent pas à un multiple de huit : les masques sont ceux du foyer, les comptes ceux d'une
    /// seule partition.
    /// </summary>
    [Property(MaxTest = 4)]
    public void Des_partitions_quelconques_sur_une_population_construite_depuis_des_foyers(int graine, byte politique, byte partitions)
    {
        var foyers = FoyersAuHasard.Tirer(graine, 8_192 + 3 + (Math.Abs(graine) % 4_000), FoyersAuHasard.Reference);
        var population = Population.Create(foyers).GetValueOrThrow();
        var segmentation = Segmentation.Create(Politiques[politique % Politiques.Length], FoyersAuHasard.Reference).GetValueOrThrow();
        var seul = segmentation.Segmenter(population, partitions: 1);
        var p = 2 + (partitions % 6);
        var parallele = segmentation.Segmenter(population, partitions: p);
        AssertAccord(segmentation, parallele, foyers);
        Assert.True(seul.Masques.SequenceEqual(parallele.Masques), $"{p} partitions");
        for (var k = 0; k < segmentation.Cibles.Length; k++)
        {
            Assert.Equal(seul.Total(k), parallele.Total(k));
        }
    }
}
