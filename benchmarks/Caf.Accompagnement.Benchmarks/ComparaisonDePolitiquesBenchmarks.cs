using BenchmarkDotNet.Attributes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Testing;
using NodaTime;

namespace Caf.Accompagnement.Benchmarks;

/// <summary>
/// Simulation d'un changement de politique sur un million de foyers générés des Landes, comptés par secteur de la carte :
/// la politique de la Caf des Landes (2022) contre la même avec les parents seuls jusqu'à 29 ans et les familles
/// prioritaires. Référence : les deux segmentations seules, sans le rapprochement foyer par foyer ; temps et octets par
/// foyer (<c>OperationsPerInvoke</c>).
/// </summary>
[MemoryDiagnoser]
public class ComparaisonDePolitiquesBenchmarks
{
    private const int Foyers = 1_000_000;
    private static readonly LocalDate Reference = new(2022, 6, 30);

    private static readonly PolitiqueDeCiblage Envisagee = PolitiqueDeCiblage.Landes2022.Sans(CibleParentsSeuls.CodeCible)
        .Avec(new CibleParentsSeuls(new ParametresParentsSeuls(18, 29, 1.5m)))
        .Avec(new CibleFamillePrioritaire(ParametresFamillePrioritaire.Defaut));

    private Population _population = null!;
    private CarteDesSecteurs _carte = null!;
    private DecoupageEnSecteurs _secteurs = null!;
    private Segmentation _actuelle = null!;
    private Segmentation _envisagee = null!;

    [GlobalSetup]
    public void Preparer()
    {
        _population = GenerateurDePopulation.From(Reference, 42, "40").Population(Foyers);
        _carte = GenerateursCaf.CarteDesLandes;
        _secteurs = DecoupageEnSecteurs.De(_carte);
        _actuelle = Segmentation.Create(PolitiqueDeCiblage.Landes2022, Reference).GetValueOrThrow();
        _envisagee = Segmentation.Create(Envisagee, Reference).GetValueOrThrow();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Foyers)]
    public long DeuxSegmentations_UnFil() =>
        _actuelle.Segmenter(_population, _secteurs, partitions: 1).FoyersCibles + _envisagee.Segmenter(_population, _secteurs, partitions: 1).FoyersCibles;

    [Benchmark(OperationsPerInvoke = Foyers)]
    public long Comparaison_UnFil() =>
        ComparaisonDePolitiques.Create(PolitiqueDeCiblage.Landes2022, Envisagee, _population, Reference, _carte, partitions: 1).GetValueOrThrow().EnsembleDesCibles().Entrants;

    [Benchmark(OperationsPerInvoke = Foyers)]
    public long Comparaison_TousLesCoeurs() =>
        ComparaisonDePolitiques.Create(PolitiqueDeCiblage.Landes2022, Envisagee, _population, Reference, _carte).GetValueOrThrow().EnsembleDesCibles().Entrants;
}
