using BenchmarkDotNet.Attributes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Foyers;
using NodaTime;

namespace Caf.Accompagnement.Benchmarks;

/// <summary>
/// Construction de la <see cref="Population"/> colonnaire d'un million de foyers générés (France entière) depuis les
/// objets <see cref="Foyer"/>, temps et octets par foyer (<c>OperationsPerInvoke</c>).
/// </summary>
/// <remarks>
/// Une construction par itération (<c>InvocationCount = 1</c>, douze itérations mesurées) : BenchmarkDotNet fait un ramasse-miettes complet avant
/// chaque itération (<c>GcForce</c>, par défaut), la population précédente est donc rendue et ses pages réutilisées,
/// comme dans un service qui reconstruit sa population chaque nuit. Ce banc ne mesure pas la première écriture dans des
/// pages neuves du système (premier traitement d'un processus neuf), qui coûte de l'ordre de 12 µs par page de 4 Kio
/// sur la machine virtuelle de mesure : l'exemple principal (<c>--foyers</c>) donne ce cas-là.
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(1)]
[IterationCount(12)]
public class ConstructionBenchmarks
{
    private const int Foyers = 1_000_000;
    private static readonly LocalDate Reference = new(2022, 6, 30);
    private IReadOnlyList<Foyer> _foyers = [];

    [GlobalSetup]
    public void Preparer() => _foyers = GenerateurDePopulation.From(Reference, graine: 2022).Foyers(Foyers);

    [Benchmark(OperationsPerInvoke = Foyers)]
    public Population Population_Construire() => Population.Create(_foyers).GetValueOrThrow();
}
