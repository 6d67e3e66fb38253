using System.Diagnostics;
using System.Globalization;
using Caf.Accompagnement.Flux;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Benchmarks;

/// <summary>
/// La mémoire de la lecture d'un flux selon sa taille : <c>flux-memoire N</c> écrit N dossiers générés (ceux de
/// <see cref="FluxRsaBenchmarks"/>) dans un fichier temporaire, puis le relit dans un nouveau processus
/// (<c>flux-lire chemin parallelisme</c>) qui rapporte sa mémoire de pointe : la lecture seule, sans la génération.
/// </summary>
public static class MemoireDuFlux
{
    /// <summary>Écrit le fichier puis le fait lire, d'un trait puis en lots, par un processus neuf chaque fois.</summary>
    /// <param name="dossiers">Le nombre de dossiers.</param>
    public static void Mesurer(int dossiers)
    {
        var chemin = Path.Combine(Path.GetTempPath(), $"flux-rsa-{dossiers}.xml");
        try
        {
            var hasard = new Random(2022);
            var communes = new[] { "40192", "40088", "40046", "40184", "40279" }.Select(CodeCommune.Parse).ToArray();
            var entete = EnteteFluxRsa.Create("CRI", "0801", "M", "D", new LocalDate(2022, 3, 5), new LocalTime(1, 0), new LocalDate(2022, 2, 28)).GetValueOrThrow();
            using (var sortie = File.Create(chemin))
            {
                FluxRsa.Ecrire(sortie, entete, Enumerable.Range(0, dossiers).Select(i => FluxRsaBenchmarks.Generer(hasard, i, communes)));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{dossiers} dossiers écrits : {new FileInfo(chemin).Length / 1e6:F0} Mo"));
            foreach (var parallelisme in new[] { 1, Environment.ProcessorCount })
            {
                var moi = Environment.ProcessPath!;
                var args = Path.GetFileNameWithoutExtension(moi) == "dotnet" ? $"\"{typeof(MemoireDuFlux).Assembly.Location}\" " : string.Empty;
                using var lecture = Process.Start(new ProcessStartInfo(moi, $"{args}flux-lire \"{chemin}\" {parallelisme}") { RedirectStandardOutput = true })!;
                Console.Write(lecture.StandardOutput.ReadToEnd());
                lecture.WaitForExit();
            }
        }
        finally
        {
            File.Delete(chemin);
        }
    }

    /// <summary>Lit un fichier et rapporte le débit et la mémoire de pointe du processus.</summary>
    /// <param name="chemin">Le fichier.</param>
    /// <param name="parallelisme">Les fils de la lecture.</param>
    public static void Lire(string chemin, int parallelisme)
    {
        var chrono = Stopwatch.StartNew();
        using var flux = File.OpenRead(chemin);
        using var lecture = FluxRsa.Lire(flux, parallelisme);
        var resume = lecture.Terminer();
        chrono.Stop();
        using var moi = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  parallélisme {parallelisme} : {resume.Acceptes} acceptés en {chrono.Elapsed.TotalSeconds:F2} s ({resume.Lus / chrono.Elapsed.TotalSeconds:F0} dossiers/s), mémoire de pointe {moi.PeakWorkingSet64 / 1e6:F0} Mo"));
    }
}
