using BenchmarkDotNet.Attributes;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Json;
using NodaTime;

namespace Caf.Accompagnement.Benchmarks;

/// <summary>
/// Rejeu d'un prêt de 20 000 mouvements (remboursements d'un centime) : par les commandes du prêt, et par la lecture de
/// son instantané JSON, contre la construction d'une simple liste des mêmes mouvements en référence. Le coût attendu
/// est linéaire en nombre de mouvements.
/// </summary>
[MemoryDiagnoser]
public class PretBenchmarks
{
    private const int Mouvements = 20_000;
    private static readonly LocalDate Octroi = new(2022, 3, 15);
    private static readonly LocalDate Premiere = new(2022, 5, 5);
    private Pret _depart = null!;
    private string _json = null!;

    [GlobalSetup]
    public void Preparer()
    {
        _depart = Pret.Create(Montant.FromEuros(1000m), 12, Premiere, Octroi).GetValueOrThrow();
        _json = PretsJson.Ecrire(Rejouer_Commandes());
    }

    [Benchmark(Baseline = true)]
    public List<Remboursement> Rejouer_Liste()
    {
        var liste = new List<Remboursement>();
        var solde = _depart.Capital;
        for (var i = 0; i < Mouvements; i++)
        {
            solde -= Montant.FromCentimes(1);
            liste.Add(new Remboursement(Premiere, Montant.FromCentimes(1), false, false, solde));
        }

        return liste;
    }

    [Benchmark]
    public Pret Rejouer_Commandes()
    {
        var pret = _depart;
        for (var i = 0; i < Mouvements; i++)
        {
            pret = pret.Rembourser(Premiere, Montant.FromCentimes(1)).GetValueOrThrow().Etat;
        }

        return pret;
    }

    [Benchmark]
    public Pret Rejouer_Json() => PretsJson.Lire(_json).GetValueOrThrow();
}
