using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Tests.Cibles;

/// <summary>Foyers tirés au hasard (graine fournie par FsCheck) par les seules fabriques publiques, autour des seuils des cibles.</summary>
internal static class FoyersAuHasard
{
    internal static readonly CodeCommune[] Communes =
        [.. new[] { "40001", "40046", "40088", "40192", "40197", "40279", "40312" }.Select(CodeCommune.Parse)];

    internal static readonly LocalDate Reference = new(2022, 6, 30);

    internal static GenerateurDePopulation Generateur(ulong graine) =>
        GenerateurDePopulation.From(Reference, graine, "40");

    /// <summary>Un foyer quelconque : âges, ressources et événements concentrés autour des seuils (6 ans, 18/35 ans, 1,5 SMIC, fenêtres).</summary>
    internal static Foyer Tirer(Random h, int numero, LocalDate reference)
    {
        var age = h.Next(5) == 0 ? h.Next(17, 90) : h.Next(2) == 0 ? 18 : 35;
        var naissance = reference.PlusYears(-age).PlusDays(h.Next(-3, 4));
        var b = Foyer.Builder(NumeroAllocataire.FromValeur(numero), Communes[h.Next(Communes.Length)], naissance);
        var couple = h.Next(3) == 0;
        // Parfois une situation datée autour de la date de référence (de nouveau en couple, séparation récente).
        var depuis = h.Next(4) == 0 ? reference.PlusDays(h.Next(-2, 3)) : naissance.PlusYears(18).PlusDays(h.Next(0, 3000));
        if (couple)
        {
            b.EnCouple(naissance.PlusDays(h.Next(-2000, 2000)), depuis);
        }
        else
        {
            b.Isole(depuis);
        }

        var enfants = h.Next(4);
        for (var e = 0; e < enfants; e++)
        {
            // Autour de 6 ans, de 3 ans, de 14 ans, parfois après la date de référence.
            var ans = new[] { 0, 3, 6, 14, 20 }[h.Next(5)];
            var n = reference.PlusYears(-ans).PlusDays(h.Next(-3, 4));
            if (n > naissance)
            {
                b.AvecEnfant(n, h.Next(10) == 0);
            }
        }

        var smic15 = 246_837L; // 1,5 × 1 645,58 € au 30/06/2022
        var ressources = h.Next(3) switch
        {
            0 => smic15 + h.Next(-2, 3),
            1 => h.Next(0, 100_000),
            _ => h.Next(0, 600_000),
        };
        b.AvecRessources(Montant.FromCentimes(ressources), Montant.FromCentimes(ressources * 12));
        if (h.Next(3) == 0)
        {
            b.Percoit(Prestation.Rsa, Montant.FromCentimes(h.Next(0, 90_000)), majoree: !couple && h.Next(2) == 0);
        }

        if (h.Next(3) == 0)
        {
            b.Percoit(Prestation.Apl, Montant.FromCentimes(h.Next(0, 40_000)));
        }

        if (h.Next(4) == 0)
        {
            b.Percoit(Prestation.AllocationsFamiliales, Montant.FromCentimes(h.Next(0, 40_000)));
        }

        var evenements = h.Next(4);
        for (var e = 0; e < evenements; e++)
        {
            var type = TypeEvenement.Toutes[h.Next(TypeEvenement.Toutes.Count)];
            var jours = new[] { 0, 92, 93, 183, 184, 365, 366, 30, 700, -5 }[h.Next(10)];
            var date = reference.PlusDays(-jours + h.Next(-1, 2));
            if (date >= naissance)
            {
                b.Evenement(type, date);
            }
        }

        foreach (var canal in CanalDeContact.Toutes)
        {
            if (h.Next(3) == 0)
            {
                b.Canal(canal);
            }
        }

        b.Telephone(h.Next(2) == 0);

        // Soumission aux droits et devoirs : inconnue, ou datée autour de la date de référence.
        if (h.Next(2) == 0)
        {
            b.DroitsEtDevoirs(RoleDansLeFoyer.Allocataire, h.Next(4) != 0, h.Next(3) == 0 ? naissance.PlusYears(18) : reference.PlusDays(h.Next(-2, 3)));
        }

        if (couple && h.Next(3) == 0)
        {
            b.DroitsEtDevoirs(RoleDansLeFoyer.Conjoint, h.Next(2) == 0, reference.PlusDays(h.Next(-2, 3)));
        }

        return b.Build().GetValueOrThrow();
    }

    internal static List<Foyer> Tirer(int graine, int nombre, LocalDate reference)
    {
        var h = new Random(graine);
        return [.. Enumerable.Range(0, nombre).Select(i => Tirer(h, 1_000_000 + i, reference))];
    }
}
