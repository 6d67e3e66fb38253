using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Tests.Aides;

/// <summary>Foyers de test construits par les fabriques publiques.</summary>
internal static class FoyersDeTest
{
    internal static readonly LocalDate Date = new(2022, 6, 30);

    internal static Foyer Creer(
        bool enCouple,
        int enfants,
        decimal ressourcesN2,
        decimal prestations = 0m,
        int handicapes = 0,
        int ageAllocataire = 35,
        int ageAine = 10)
    {
        var b = Foyer.Builder(NumeroAllocataire.FromValeur(1234567), CodeCommune.Parse("40192"), Date.PlusYears(-ageAllocataire));
        if (enCouple)
        {
            b.EnCouple(Date.PlusYears(-ageAllocataire - 1), Date.PlusYears(-5));
        }
        else
        {
            b.Isole(Date.PlusYears(-2));
        }

        for (var i = 0; i < enfants; i++)
        {
            var age = Math.Max(0, ageAine - i);
            b.AvecEnfant(Date.PlusYears(-age).PlusDays(-i - 1), handicap: i < handicapes);
        }

        b.AvecRessources(Montant.FromEuros(1000m), Montant.FromEuros(ressourcesN2));
        if (prestations > 0)
        {
            b.Percoit(Prestation.AllocationsFamiliales, Montant.FromEuros(prestations));
        }

        return b.Build().GetValueOrThrow();
    }
}
