using BenchmarkDotNet.Running;

namespace Caf.Accompagnement.Benchmarks;

/// <summary>Point d'entrée : <c>dotnet run -c Release --project benchmarks/Caf.Accompagnement.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
