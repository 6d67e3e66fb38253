using BenchmarkDotNet.Attributes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Benchmarks;

/// <summary>
/// Planification d'une campagne de 50 000 foyers signalés, familles fragiles d'un même secteur : sans horizon, la file
/// du travailleur social s'étend sur plus de trente ans (6 contacts par jour ouvré) ; avec un horizon de 90 jours, les
/// foyers au-delà de la capacité sont rendus non planifiés avec leur raison.
/// </summary>
[MemoryDiagnoser]
public class PlanificationBenchmarks
{
    private const int NombreDeFoyers = 50_000;
    private static readonly LocalDate Reference = new(2026, 1, 5);
    private static readonly CodeCommune Dax = CodeCommune.Parse("40088");

    private List<Foyer> _foyers = [];
    private PlanificateurDeCampagne _sansHorizon = null!;
    private PlanificateurDeCampagne _horizon90 = null!;

    [GlobalSetup]
    public void Preparer()
    {
        _foyers = new List<Foyer>(NombreDeFoyers);
        for (var i = 0; i < NombreDeFoyers; i++)
        {
            _foyers.Add(Foyer.Builder(NumeroAllocataire.FromValeur(1_000_000 + i), Dax, new LocalDate(1990, 1, 1))
                .Isole(new LocalDate(2010, 1, 1))
                .AvecRessources(Montant.FromEuros(900m), Montant.FromEuros(10_000m))
                .Canal(CanalDeContact.CafFr)
                .AvecEnfant(new LocalDate(2020, 1, 1))
                .Telephone(i % 3 != 0)
                .Build()
                .GetValueOrThrow());
        }

        var affectation = new AffectationParCommune([new SecteurAffecte("SUD", new Intervenant("TS-SUD", "Travailleur social du secteur Sud", TypeIntervenant.TravailleurSocial), [Dax])]);
        _sansHorizon = Planificateur(affectation, null);
        _horizon90 = Planificateur(affectation, 90);
    }

    [Benchmark(Baseline = true)]
    public int Planifier_SansHorizon() => _sansHorizon.Planifier(_foyers, Reference).GetValueOrThrow().Contacts.Length;

    [Benchmark]
    public int Planifier_Horizon90Jours() => _horizon90.Planifier(_foyers, Reference).GetValueOrThrow().NonPlanifies.Length;

    private static PlanificateurDeCampagne Planificateur(IAffectationTerritoriale affectation, int? horizon)
    {
        var politique = PolitiqueDeCampagne.Create(new ParametresDeCampagne { HorizonJours = horizon }).GetValueOrThrow();
        return new PlanificateurDeCampagne(new DetecteurDeRuptures(CatalogueDesPublics.ParDefaut(), politique), affectation);
    }
}
