using System.Diagnostics;
using System.Globalization;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Territoires;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>
/// Étape 3 : segmentation en masse d'une population synthétique des Landes à la date de référence (tableau secteur ×
/// cible, explication complète d'un foyer) ; avec <c>--foyers N</c>, segmentation d'une population nationale de N foyers
/// (débit et mémoire de pointe).
/// </summary>
internal static class EtapeSegmentation
{
    internal static void Executer(Contexte contexte)
    {
        var options = contexte.Options;
        Console.WriteLine("== Segmentation en masse ==");
        var referentiel = ReferentielCommunes.Cog2026;
        var landes = referentiel.DuDepartement("40");
        var habitants = landes.Sum(c => (long)c.Population);
        var nombre = ParametresDeGeneration.FoyersPour(habitants);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Population synthétique des Landes : {nombre:N0} foyers allocataires = {habitants:N0} habitants (COG 2026) × 13,5 millions d'allocataires / 68,35 millions d'habitants ; graine {options.Graine}."));
        var generateur = GenerateurDePopulation.From(options.Date, (ulong)options.Graine, "40");
        var population = generateur.Population(nombre);
        contexte.Population = population;
        var carte = contexte.Carte;
        Console.WriteLine("Secteurs : la carte illustrative de 9 secteurs de l'étape Territoires (la carte réelle de 2022 n'est pas publique).");
        var politique = contexte.Politique;
        var segmentation = Segmentation.Create(politique, options.Date);
        if (!segmentation.TryGetValue(out var s))
        {
            Console.WriteLine(segmentation.Erreurs[0]);
            return;
        }

        var chrono = Stopwatch.StartNew();
        var resultat = s.Segmenter(population, DecoupageEnSecteurs.De(carte));
        chrono.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{resultat} en {chrono.Elapsed.TotalMilliseconds:0.0} ms ({politique.Nom})."));
        Console.WriteLine();
        Console.Write(resultat.Tableau());
        Console.WriteLine();

        var k = contexte.Loire ? 0 : politique.IndexDe(CibleParentsSeuls.CodeCible);
        var exemple = Enumerable.Range(0, population.Count).FirstOrDefault(i => resultat.Appartient(i, k));
        Console.WriteLine($"Explication complète pour un foyer (indice {exemple}, numéro masqué) :");
        Console.WriteLine(s.Politique.Evaluer(population.Foyer(exemple), ModeExplication.Toutes));

        if (options.Foyers is { } national)
        {
            National(national, options);
        }
    }

    private static void National(int nombre, Options options)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== Échelle nationale : {nombre:N0} foyers répartis sur les {ReferentielCommunes.Cog2026.Count:N0} communes ({Environment.ProcessorCount} cœurs) =="));
        if (options.DepuisCsv)
        {
            DepuisCsv(nombre, options);
            return;
        }

        var chrono = Stopwatch.StartNew();
        var population = GenerateurDePopulation.From(options.Date, (ulong)options.Graine).Population(nombre);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Population générée en colonnes en {chrono.Elapsed.TotalSeconds:0.00} s : {population.TailleEnOctets / 1e6:0} Mo, {population.OctetsParFoyer:0.0} octets par foyer."));
        var segmentation = Segmentation.Create(PolitiqueDeCiblage.National, options.Date).GetValueOrThrow();
        var resultat = segmentation.Segmenter(population);
        foreach (var (libelle, partitions) in new[] { ("un fil", 1), ("tous les cœurs", 0) })
        {
            var meilleur = TimeSpan.MaxValue;
            var processeur = TimeSpan.MaxValue;
            for (var essai = 0; essai < 5; essai++)
            {
                var avant = Process.GetCurrentProcess().TotalProcessorTime;
                chrono.Restart();
                segmentation.SegmenterDans(resultat, partitions);
                meilleur = chrono.Elapsed < meilleur ? chrono.Elapsed : meilleur;
                var cpu = Process.GetCurrentProcess().TotalProcessorTime - avant;
                processeur = cpu < processeur ? cpu : processeur;
            }

            // Le temps processeur consommé ne dépend pas des autres programmes qui partagent la machine.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Segmentation ({segmentation.Cibles.Length} cibles, {libelle}) : {meilleur.TotalMilliseconds:0.0} ms écoulées (meilleur de 5), {nombre / meilleur.TotalSeconds / 1e6:0.0} millions de foyers/s, {meilleur.TotalNanoseconds / nombre:0.00} ns par foyer ; temps processeur {processeur.TotalMilliseconds:0} ms."));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{resultat.FoyersCibles:N0} foyers dans au moins une cible ; mémoire de pointe du processus {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} Mo."));
    }

    /// <summary>
    /// <c>--depuis-csv</c> : génère la population nationale, l'écrit dans des fichiers CSV temporaires, l'oublie, puis
    /// relit les fichiers en flux directement en colonnes
    /// (<see cref="PopulationCsv.Lire(string, FormatCsv, ReferentielCommunes?, IProgress{int}?, CancellationToken)"/>)
    /// et segmente ce qui a été lu : temps de lecture (écoulé et processeur), de segmentation, mémoire de pointe.
    /// </summary>
    /// <remarks>Le numéro allocataire a 7 chiffres : il est unique dans une Caf, pas à l'échelle nationale. Au-delà de
    /// 10 millions de foyers, la population est donc écrite en plusieurs fichiers (comme autant de Caf), chacun tiré
    /// avec sa graine et numéroté à partir de 0.</remarks>
    private static void DepuisCsv(int nombre, Options options)
    {
        const int ParFichier = 10_000_000;
        var fichiers = (nombre + ParFichier - 1) / ParFichier;
        var chemins = Enumerable.Range(0, fichiers).Select(f => Path.Combine(Path.GetTempPath(), $"caf-foyers-{Environment.ProcessId}-{f}.csv")).ToArray();
        try
        {
            var chrono = Stopwatch.StartNew();
            long octets = 0;
            for (var f = 0; f < fichiers; f++)
            {
                var taille = (nombre / fichiers) + (f < nombre % fichiers ? 1 : 0);
                var generee = GenerateurDePopulation.From(options.Date, (ulong)(options.Graine + f)).Population(taille);
                using (var ecrivain = new StreamWriter(chemins[f], append: false, new System.Text.UTF8Encoding(false), 1 << 16))
                {
                    PopulationCsv.Ecrire(ecrivain, generee);
                }

                octets += new FileInfo(chemins[f]).Length;
            }

            GC.Collect();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Population générée puis écrite en {fichiers} fichier(s) CSV temporaire(s) en {chrono.Elapsed.TotalSeconds:0.0} s : {octets / 1e6:0} Mo, {nombre:N0} foyers (un numéro allocataire de 7 chiffres est unique dans une Caf : au plus {ParFichier:N0} foyers par fichier)."));
            var processus = Process.GetCurrentProcess();
            var segmentation = Segmentation.Create(PolitiqueDeCiblage.National, options.Date).GetValueOrThrow();
            TimeSpan lecture = default, cpuLecture = default, segmenter = default;
            long colonnes = 0, cibles = 0;
            var populations = new List<Population>();
            foreach (var chemin in chemins)
            {
                // Rendre au système la mémoire des étapes précédentes (générateur, écriture) avant de lire.
                System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                processus.Refresh();
                var cpu = processus.TotalProcessorTime;
                chrono.Restart();
                var lue = PopulationCsv.Lire(chemin, FormatCsv.Rfc4180).GetValueOrThrow();
                lecture += chrono.Elapsed;
                processus.Refresh();
                cpuLecture += processus.TotalProcessorTime - cpu;
                chrono.Restart();
                cibles += segmentation.Segmenter(lue).FoyersCibles;
                segmenter += chrono.Elapsed;
                colonnes += lue.TailleEnOctets;
                populations.Add(lue);
            }

            processus.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Depuis le CSV : lecture en colonnes {lecture.TotalSeconds:0.00} s écoulées, {cpuLecture.TotalSeconds:0.00} s de processeur (un fil : {nombre / cpuLecture.TotalSeconds / 1e6:0.00} millions de foyers/s, {colonnes / 1e6:0} Mo de colonnes), segmentation {segmenter.TotalSeconds:0.00} s, total {(lecture + segmenter).TotalSeconds:0.00} s ; {cibles:N0} foyers dans au moins une cible ; mémoire de pointe du processus {processus.PeakWorkingSet64 / 1e6:0} Mo."));
            GC.KeepAlive(populations);
        }
        finally
        {
            foreach (var chemin in chemins)
            {
                File.Delete(chemin);
            }
        }
    }
}
