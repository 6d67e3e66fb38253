using System.Xml;
using BenchmarkDotNet.Attributes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Flux;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Benchmarks;

/// <summary>
/// Lecture d'un flux « RSA bénéficiaires » de 100 000 dossiers générés (écrits par <see cref="FluxRsa"/>, en mémoire) :
/// le lecteur complet (validation et réduction de chaque dossier) contre un simple parcours des nœuds par un
/// <see cref="XmlReader"/> aux mêmes réglages, en référence (le plancher de tout lecteur XML en continu), et la lecture
/// asynchrone, et la lecture en lots parallèles.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class FluxRsaBenchmarks
{
    private const int NombreDeDossiers = 100_000;
    private static readonly LocalDate Reference = new(2022, 2, 28);
    private byte[] _flux = [];

    [GlobalSetup]
    public void Preparer()
    {
        var hasard = new Random(2022);
        var communes = new[] { "40192", "40088", "40046", "40184", "40279" }.Select(CodeCommune.Parse).ToArray();
        var entete = EnteteFluxRsa.Create("CRI", "0801", "M", "D", new LocalDate(2022, 3, 5), new LocalTime(1, 0), Reference).GetValueOrThrow();
        using var memoire = new MemoryStream();
        FluxRsa.Ecrire(memoire, entete, Enumerable.Range(0, NombreDeDossiers).Select(i => Generer(hasard, i, communes)));
        _flux = memoire.ToArray();
        var lus = Lire_FluxRsa();
        if (lus != NombreDeDossiers)
        {
            throw new InvalidOperationException($"{lus} dossiers acceptés sur {NombreDeDossiers}.");
        }
    }

    [Benchmark(Baseline = true)]
    public int Parcourir_XmlReaderSeul()
    {
        using var flux = new MemoryStream(_flux, writable: false);
        using var x = XmlReader.Create(flux, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true });
        var dossiers = 0;
        while (x.Read())
        {
            if (x.NodeType == XmlNodeType.Element && x.Depth == 1 && x.LocalName == "InfosFoyerRSA")
            {
                dossiers++;
            }
        }

        return dossiers;
    }

    [Benchmark]
    public int Lire_FluxRsa()
    {
        return Acceptes(1);
    }

    /// <summary>La lecture en lots parallèles (un fil par processeur), dossiers rendus dans l'ordre.</summary>
    [Benchmark]
    public int Lire_FluxRsaEnLots()
    {
        return Acceptes(Environment.ProcessorCount);
    }

    /// <summary>La lecture asynchrone (<see cref="FluxRsa.LireAsync"/>) : tampon d'avance rempli par <c>ReadAsync</c>.</summary>
    [Benchmark]
    public async Task<int> Lire_FluxRsaAsync()
    {
        using var flux = new MemoryStream(_flux, writable: false);
        var acceptes = 0;
        await foreach (var lu in FluxRsa.LireAsync(flux))
        {
            if (lu.Accepte)
            {
                acceptes++;
            }
        }

        return acceptes;
    }

    private int Acceptes(int parallelisme)
    {
        using var flux = new MemoryStream(_flux, writable: false);
        using var lecture = FluxRsa.Lire(flux, parallelisme);
        return lecture.Count(lu => lu.Accepte);
    }

    internal static DossierRsa Generer(Random hasard, int i, CodeCommune[] communes)
    {
        var etat = EtatDossierRsa.Toutes[hasard.Next(EtatDossierRsa.Toutes.Count)];
        var b = DossierRsa.Builder(NumeroAllocataire.FromValeur(i), Reference, etat)
            .Organisme("401")
            .Demande(Reference.PlusDays(-hasard.Next(3650)))
            .Situation(SituationFamilleRsa.Toutes[hasard.Next(SituationFamilleRsa.Toutes.Count)], Reference.PlusDays(-hasard.Next(7000)))
            .Commune(communes[hasard.Next(communes.Length)])
            .SansDomicileFixe(hasard.Next(20) == 0)
            .Personne(RolePersonneRsa.Demandeur, Reference.PlusDays(-6570 - hasard.Next(18000)), hasard.Next(3) != 0);
        if (hasard.Next(3) == 0)
        {
            b.Personne(RolePersonneRsa.Conjoint, Reference.PlusDays(-6570 - hasard.Next(18000)), hasard.Next(2) == 0);
        }

        for (var e = hasard.Next(3); e > 0; e--)
        {
            b.Personne(RolePersonneRsa.Enfant, Reference.PlusDays(-hasard.Next(6000)));
        }

        if (etat.EtatGenerique == EtatDroit.Suspendu)
        {
            b.Suspension(MotifSuspensionRsa.Toutes[hasard.Next(MotifSuspensionRsa.Toutes.Count)], Reference.PlusDays(-hasard.Next(300)));
        }

        if (etat.EtatGenerique == EtatDroit.Clos)
        {
            b.Cloture(MotifClotureRsa.Toutes[hasard.Next(MotifClotureRsa.Toutes.Count)], Reference.PlusDays(-hasard.Next(300)));
        }

        return b.Build().GetValueOrThrow();
    }
}
