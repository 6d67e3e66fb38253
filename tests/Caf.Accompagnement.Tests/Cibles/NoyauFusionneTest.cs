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
}
