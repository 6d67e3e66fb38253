using BenchmarkDotNet.Attributes;
using Caf.Accompagnement.Aides;
using NodaTime;

namespace Caf.Accompagnement.Benchmarks;

/// <summary>
/// Rejeu de 20 000 mouvements de prêt (remboursements d'un centime) à travers une demande d'aide, contre les mêmes
/// mouvements sur le prêt seul en référence : la demande ajoute un événement par mouvement, son coût attendu est
/// linéaire en nombre de mouvements, comme celui du prêt.
/// </summary>
[MemoryDiagnoser]
public class DemandeDAideBenchmarks
{
    private const int Mouvements = 20_000;
    private static readonly LocalDate Depot = new(2022, 3, 1);
    private static readonly LocalDate Premiere = new(2022, 5, 5);
    private DemandeDAide _decaissee = null!;

    [GlobalSetup]
    public void Preparer()
    {
        var d = DemandeDAide.Deposer("2022-0001", NumeroAllocataire.FromValeur(1234567), AidesDeReference.EquipementMenager, Montant.FromEuros(1000m), FormeAide.Pret, Depot).GetValueOrThrow();
        d = d.Instruire(Depot).GetValueOrThrow().Etat;
        d = d.Accorder(Depot, Montant.FromEuros(1000m), FormeAide.Pret).GetValueOrThrow().Etat;
        _decaissee = d.Decaisser(Depot, 12, Premiere).GetValueOrThrow().Etat;
    }

    [Benchmark(Baseline = true)]
    public Pret Rejouer_Pret()
    {
        var pret = _decaissee.Pret!;
        for (var i = 0; i < Mouvements; i++)
        {
            pret = pret.Rembourser(Premiere, Montant.FromCentimes(1)).GetValueOrThrow().Etat;
        }

        return pret;
    }

    [Benchmark]
    public DemandeDAide Rejouer_Demande()
    {
        var demande = _decaissee;
        for (var i = 0; i < Mouvements; i++)
        {
            demande = demande.Rembourser(Premiere, Montant.FromCentimes(1)).GetValueOrThrow().Etat;
        }

        return demande;
    }
}
