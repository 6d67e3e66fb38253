using System.Globalization;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Flux;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>
/// Étape 4 : les fichiers échangés avec la Caf. Un flux « RSA bénéficiaires » synthétique (écrit par
/// <see cref="FluxRsa.Ecrire(Stream, EnteteFluxRsa, IEnumerable{DossierRsa})"/>) et le CSV de la population synthétique
/// des Landes au format d'Excel en français (point-virgule, Windows-1252) sont écrits dans un dossier temporaire, relus (le flux par la lecture
/// asynchrone), segmentés ; les comptes écrits, lus et segmentés concordent.
/// </summary>
internal static class EtapeFichiers
{
    private const int Dossiers = 500;

    internal static void Executer(Contexte contexte) => ExecuterAsync(contexte.Options).GetAwaiter().GetResult();

    private static async Task ExecuterAsync(Options options)
    {
        Console.WriteLine("== Fichiers : flux RSA et CSV de population, écrits puis relus ==");
        var dossier = Directory.CreateTempSubdirectory("caf-landes-");
        try
        {
            var segmentation = Segmentation.Create(PolitiqueDeCiblage.Landes2022, options.Date).GetValueOrThrow();
            var secteurs = DecoupageEnSecteurs.De(EtapeTerritoires.Carte);

            // Le CSV de la population du département.
            var landes = ReferentielCommunes.Cog2026.DuDepartement("40");
            var population = GenerateurDePopulation.From(options.Date, (ulong)options.Graine, "40")
                .Population(ParametresDeGeneration.FoyersPour(landes.Sum(c => (long)c.Population)));
            var csv = Path.Combine(dossier.FullName, "population-40.csv");
            await using (var ecrivain = new StreamWriter(csv, append: false, FormatCsv.Windows1252))
            {
                PopulationCsv.Ecrire(ecrivain, Enumerable.Range(0, population.Count).Select(population.Foyer), FormatCsv.ExcelFrancais);
            }

            await using var lectureCsv = File.OpenRead(csv);
            var relue = PopulationCsv.Lire(lectureCsv, FormatCsv.ExcelFrancais).GetValueOrThrow();
            var avant = segmentation.Segmenter(population, secteurs);
            var apres = segmentation.Segmenter(relue, secteurs);
            var memesComptes = Enumerable.Range(0, avant.Cibles.Length).All(k => avant.Total(k) == apres.Total(k));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CSV (point-virgule, Windows-1252) : {population.Count:N0} foyers écrits ({new FileInfo(csv).Length / 1024:N0} Kio), {relue.Count:N0} relus ; {apres.FoyersCibles:N0} foyers ciblés après relecture, {avant.FoyersCibles:N0} avant : {(relue.Count == population.Count && memesComptes ? "les comptes concordent" : "ÉCART")}."));

            // Le flux RSA : des dossiers synthétiques dans les communes des Landes.
            var hasard = new Random(options.Graine);
            var entete = EnteteFluxRsa.Create("CRI", "0801", "M", "D", options.Date.PlusDays(5), new LocalTime(1, 0), options.Date).GetValueOrThrow();
            var ecrits = Enumerable.Range(0, Dossiers).Select(i => Dossier(hasard, i, landes, options.Date)).ToList();
            var xml = Path.Combine(dossier.FullName, "RSABEM-40.xml");
            await using (var sortie = File.Create(xml))
            {
                FluxRsa.Ecrire(sortie, entete, ecrits);
            }

            var foyers = new List<Foyer>();
            await using var entree = File.OpenRead(xml);
            var lecture = FluxRsa.LireAsync(entree);
            await foreach (var lu in lecture)
            {
                if (lu.Resultat.TryGetValue(out var d) && d.VersFoyer().TryGetValue(out var foyer))
                {
                    foyers.Add(foyer);
                }
            }

            var segmentes = segmentation.Segmenter(Population.Create(foyers).GetValueOrThrow(), secteurs);
            var resume = lecture.Resume;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Flux : {ecrits.Count} dossiers écrits ({new FileInfo(xml).Length / 1024:N0} Kio), {resume} ; {foyers.Count} foyers segmentés, {segmentes.FoyersCibles} ciblés : {(resume.Acceptes == ecrits.Count && foyers.Count == ecrits.Count ? "les comptes concordent" : "ÉCART")}."));
        }
        finally
        {
            dossier.Delete(recursive: true);
        }
    }

    private static DossierRsa Dossier(Random hasard, int rang, IReadOnlyList<Commune> communes, LocalDate date)
    {
        var couple = hasard.Next(3) == 0;
        var naissance = date.PlusYears(-hasard.Next(20, 60)).PlusDays(-hasard.Next(365));
        var builder = DossierRsa.Builder(NumeroAllocataire.FromValeur(2_000_000 + rang), date, EtatDossierRsa.OuvertVersable)
            .Organisme("401")
            .Demande(date.PlusDays(-hasard.Next(30, 2000)))
            .Situation(couple ? SituationFamilleRsa.Mariage : SituationFamilleRsa.Celibataire, date.PlusYears(-hasard.Next(1, 10)))
            .Commune(communes[hasard.Next(communes.Count)].Code)
            .Personne(RolePersonneRsa.Demandeur, naissance, true);
        if (couple)
        {
            builder.Personne(RolePersonneRsa.Conjoint, naissance.PlusDays(hasard.Next(-1500, 1500)), hasard.Next(2) == 0);
        }

        for (var e = hasard.Next(0, 4); e > 0; e--)
        {
            builder.Personne(RolePersonneRsa.Enfant, date.PlusDays(-hasard.Next(30, 16 * 365)));
        }

        return builder.Build().GetValueOrThrow();
    }
}
