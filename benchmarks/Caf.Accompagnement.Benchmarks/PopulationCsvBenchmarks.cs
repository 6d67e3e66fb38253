using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using CsvHelper;
using NodaTime;
using NodaTime.Text;

namespace Caf.Accompagnement.Benchmarks;

/// <summary>
/// Lecture d'un fichier de foyers (200 000 foyers générés, France entière, UTF-8 en mémoire) jusqu'à la
/// <see cref="Population"/> colonnaire, temps et octets par foyer (<c>OperationsPerInvoke</c>) : la lecture en colonnes
/// (<see cref="PopulationCsv.Lire(Stream, FormatCsv, int, ReferentielCommunes?, IProgress{int}?, CancellationToken)"/>,
/// d'un trait sur un seul cœur, puis en morceaux parallèles, un par processeur, et le même fichier au point-virgule dont
/// les listes sont entre guillemets, en morceaux), la lecture d'avant (un <see cref="Foyer"/> par ligne puis construction en colonnes, référence), et ce
/// qu'écrirait un développeur .NET : CsvHelper (34, lecteur généré à la compilation) dans des objets, un <see cref="Foyer"/> par objet, puis
/// <see cref="Population.Create"/>.
/// </summary>
/// <remarks>Une lecture par itération (<c>InvocationCount = 1</c>) : la population précédente est rendue par le
/// ramasse-miettes forcé de BenchmarkDotNet avant chaque itération.</remarks>
[MemoryDiagnoser]
[InvocationCount(1)]
public partial class PopulationCsvBenchmarks
{
    private const int Foyers = 200_000;
    private static readonly LocalDate Reference = new(2022, 6, 30);
    private static readonly FormatCsv PointVirgule = new() { Separateur = ';' };
    private byte[] _fichier = [];
    private byte[] _fichierPointVirgule = [];

    [GlobalSetup]
    public void Preparer()
    {
        var foyers = GenerateurDePopulation.From(Reference, graine: 2022).Foyers(Foyers);
        var texte = new StringWriter(CultureInfo.InvariantCulture);
        PopulationCsv.Ecrire(texte, foyers);
        _fichier = Encoding.UTF8.GetBytes(texte.ToString());
        var francais = new StringWriter(CultureInfo.InvariantCulture);
        PopulationCsv.Ecrire(francais, foyers, PointVirgule);
        _fichierPointVirgule = Encoding.UTF8.GetBytes(francais.ToString());
        var population = PopulationCsv.Lire(new MemoryStream(_fichier), FormatCsv.Rfc4180).GetValueOrThrow();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {Foyers} foyers, {_fichier.Length / (double)Foyers:F1} octets par ligne, colonnes lues : {population.TailleEnOctets / (double)Foyers:F1} octets par foyer ({population.TailleEnOctets} octets)"));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Foyers)]
    public Population Charger_UnFoyerParLigne()
    {
        using var lecteur = new StreamReader(new MemoryStream(_fichier), new UTF8Encoding(false));
        return PopulationCsv.ChargerParFoyers(lecteur).GetValueOrThrow();
    }

    [Benchmark(OperationsPerInvoke = Foyers)]
    public Population Charger_EnColonnes() =>
        PopulationCsv.Lire(new MemoryStream(_fichier), FormatCsv.Rfc4180, parallelisme: 1).GetValueOrThrow();

    /// <summary>La lecture en colonnes en morceaux parallèles (un par processeur, 4 Mio au moins chacun).</summary>
    [Benchmark(OperationsPerInvoke = Foyers)]
    public Population Charger_EnColonnesEnParallele() =>
        PopulationCsv.Lire(new MemoryStream(_fichier), FormatCsv.Rfc4180, Environment.ProcessorCount).GetValueOrThrow();

    /// <summary>Le même fichier au point-virgule, listes entre guillemets (comme Excel), en morceaux parallèles.</summary>
    [Benchmark(OperationsPerInvoke = Foyers)]
    public Population Charger_PointVirguleGuillemetsEnParallele() =>
        PopulationCsv.Lire(new MemoryStream(_fichierPointVirgule), PointVirgule, Environment.ProcessorCount).GetValueOrThrow();

    [Benchmark(OperationsPerInvoke = Foyers)]
    public Population Charger_CsvHelperPuisCreate()
    {
        using var csv = CsvReader.Create(new MemoryStream(_fichier), CsvReaderOptions.Default, false);
        var foyers = new List<Foyer>();
        foreach (var l in csv.GetRecords<LigneFoyer>())
        {
            foyers.Add(l.EnFoyer());
        }

        return Population.Create(foyers).GetValueOrThrow();
    }

    /// <summary>Une ligne du fichier, champ par champ, comme CsvHelper la remplit.</summary>
    [CsvRecord]
    public sealed partial class LigneFoyer
    {
        [CsvColumn("numero_allocataire")] public string Numero { get; set; } = "";
        [CsvColumn("commune")] public string Commune { get; set; } = "";
        [CsvColumn("naissance_allocataire")] public string Naissance { get; set; } = "";
        [CsvColumn("situation")] public string Situation { get; set; } = "";
        [CsvColumn("date_situation")] public string DateSituation { get; set; } = "";
        [CsvColumn("naissance_conjoint")] public string Conjoint { get; set; } = "";
        [CsvColumn("enfants")] public string Enfants { get; set; } = "";
        [CsvColumn("ressources_mensuelles")] public string Ressources { get; set; } = "";
        [CsvColumn("ressources_n2")] public string RessourcesN2 { get; set; } = "";
        [CsvColumn("prestations")] public string Prestations { get; set; } = "";
        [CsvColumn("evenements")] public string Evenements { get; set; } = "";
        [CsvColumn("canaux")] public string Canaux { get; set; } = "";
        [CsvColumn("telephone")] public string Telephone { get; set; } = "";

        private static LocalDate Date(string t) => LocalDatePattern.Iso.Parse(t).Value;

        private static Montant Somme(string t) => t.Length == 0 ? Montant.Zero : Montant.Parse(t);

        internal Foyer EnFoyer()
        {
            var b = Foyer.Builder(NumeroAllocataire.Parse(Numero), CodeCommune.Parse(Commune), Date(Naissance));
            if (Situation == "COUPLE")
            {
                b.EnCouple(Date(Conjoint), Date(DateSituation));
            }
            else
            {
                b.Isole(Date(DateSituation));
            }

            foreach (var e in Enfants.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                b.AvecEnfant(Date(e.Split(':')[0]), e.EndsWith(":H", StringComparison.Ordinal));
            }

            b.AvecRessources(Somme(Ressources), Somme(RessourcesN2));
            foreach (var p in Prestations.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                var m = p.Split(':');
                b.Percoit(Prestation.FromCode(m[0]), Montant.Parse(m[1]), m.Length == 3);
            }

            foreach (var e in Evenements.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                var m = e.Split(':');
                b.Evenement(TypeEvenement.FromCode(m[0]), Date(m[1]));
            }

            foreach (var c in Canaux.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                b.Canal(CanalDeContact.FromCode(c));
            }

            b.Telephone(Telephone == "oui");
            return b.Build().GetValueOrThrow();
        }
    }
}
