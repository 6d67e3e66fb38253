using System.Globalization;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>Étape 1 : quelques foyers générés, avec les âges exacts, les unités de consommation, le niveau de vie et le SMIC en vigueur.</summary>
internal static class EtapeFoyers
{
    private static readonly string[] Communes = ["40192", "40088", "40046", "40197", "40279"];

    internal static void Executer(Contexte contexte)
    {
        var options = contexte.Options;
        Console.WriteLine("== Foyers (exemples générés) ==");
        var smic = BaremesOfficiels.SmicMensuel.ValeurAu(options.Date);
        Console.WriteLine(smic.TryGetValue(out var s)
            ? $"SMIC mensuel brut au {Dates.Formater(options.Date)} : {s.Valeur} (depuis le {Dates.Formater(s.Debut)}, {s.Reference})"
            : $"SMIC : {smic.Erreurs[0].Message}");
        var seuil = BaremesOfficiels.SeuilDePauvrete.ValeurAu(options.Date);
        if (seuil.TryGetValue(out var sp))
        {
            Console.WriteLine($"Seuil de pauvreté mensuel : {sp.Valeur} ({sp.Reference})");
        }

        var hasard = new Random(options.Graine);
        for (var i = 0; i < Communes.Length; i++)
        {
            var foyer = Generer(hasard, i, options.Date);
            Console.WriteLine(foyer);
            foreach (var p in foyer.Personnes)
            {
                Console.WriteLine($"   {p.Role.Libelle,-16} {p.Age(options.Date),3} ans{(p.Handicap ? " (handicap reconnu)" : string.Empty)}");
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"   UC {foyer.UnitesDeConsommation(options.Date):0.0#} ; revenu disponible {foyer.RevenuDisponibleMensuel} ; niveau de vie {foyer.NiveauDeVieMensuel(options.Date)}/mois"));
        }
    }

    private static Foyer Generer(Random hasard, int rang, LocalDate date)
    {
        var numero = NumeroAllocataire.FromValeur(1_000_000 + hasard.Next(8_999_999));
        var commune = CodeCommune.Parse(Communes[rang]);
        var naissance = date.PlusYears(-hasard.Next(19, 55)).PlusDays(-hasard.Next(365));
        var builder = Foyer.Builder(numero, commune, naissance);
        if (rang % 2 == 0)
        {
            builder.Isole(date.PlusMonths(-hasard.Next(1, 48)));
        }
        else
        {
            builder.EnCouple(naissance.PlusDays(hasard.Next(-2000, 2000)), date.PlusYears(-hasard.Next(1, 10)));
        }

        var enfants = hasard.Next(0, 4);
        for (var e = 0; e < enfants; e++)
        {
            var n = date.PlusDays(-hasard.Next(30, 17 * 365));
            builder.AvecEnfant(n < naissance.PlusYears(16) ? naissance.PlusYears(16) : n, handicap: hasard.Next(20) == 0);
        }

        builder.AvecRessources(Montant.FromCentimes(hasard.Next(0, 350_000)), Montant.FromCentimes(hasard.Next(0, 4_000_000)));
        if (hasard.Next(3) == 0)
        {
            builder.Percoit(Prestation.Rsa, Montant.FromEuros(600m), majoree: rang % 2 == 0 && enfants > 0);
        }

        if (enfants >= 2)
        {
            builder.Percoit(Prestation.AllocationsFamiliales, Montant.FromEuros(enfants == 2 ? 141.99m : 323.91m));
        }

        return builder.Build().GetValueOrThrow();
    }
}
