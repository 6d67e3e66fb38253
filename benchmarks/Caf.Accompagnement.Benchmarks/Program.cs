using BenchmarkDotNet.Running;

namespace Caf.Accompagnement.Benchmarks;

/// <summary>
/// Point d'entrée : <c>dotnet run -c Release --project benchmarks/Caf.Accompagnement.Benchmarks -- --filter '*'</c> ;
/// <c>-- flux-memoire 10000</c> mesure la mémoire de pointe de la lecture d'un flux de 10 000 dossiers
/// (<see cref="MemoireDuFlux"/>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["flux-memoire", var dossiers])
        {
            MemoireDuFlux.Mesurer(int.Parse(dossiers, System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (args is ["flux-lire", var chemin, var parallelisme])
        {
            MemoireDuFlux.Lire(chemin, int.Parse(parallelisme, System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
