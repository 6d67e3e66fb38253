using BenchmarkDotNet.Attributes;

namespace Caf.Accompagnement.Benchmarks;

/// <summary>Lecture et écriture de montants, contre <see cref="decimal"/> en référence.</summary>
[MemoryDiagnoser]
public class MontantBenchmarks
{
    private const string Texte = "1 645,58 €";

    [Benchmark(Baseline = true)]
    public decimal Parse_Decimal() => decimal.Parse("1645.58", System.Globalization.CultureInfo.InvariantCulture);

    [Benchmark]
    public Montant Parse_Montant() => Montant.Parse(Texte);

    [Benchmark]
    public string Format_Montant() => Montant.FromCentimes(164558).ToString();
}
