using NodaTime;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>Options de la ligne de commande.</summary>
internal sealed record Options(LocalDate Date, int? Foyers, int Graine, bool DepuisCsv = false)
{
    internal static Options? Lire(string[] args)
    {
        var date = new LocalDate(2022, 6, 30);
        int? foyers = null;
        var graine = 2022;
        var depuisCsv = false;
        for (var i = 0; i < args.Length; i++)
        {
            var valeur = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--date" when valeur is not null:
                    var d = Dates.Create(valeur, "--date");
                    if (!d.TryGetValue(out date))
                    {
                        Console.Error.WriteLine(d.Erreurs[0]);
                        return null;
                    }

                    i++;
                    break;
                case "--foyers" when int.TryParse(valeur, out var n) && n > 0:
                    foyers = n;
                    i++;
                    break;
                case "--depuis-csv":
                    depuisCsv = true;
                    break;
                case "--graine" when int.TryParse(valeur, out var g):
                    graine = g;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"Argument inconnu ou incomplet : « {args[i]} ». Usage : [--date aaaa-mm-jj] [--foyers N [--depuis-csv]] [--graine N]");
                    return null;
            }
        }

        return new Options(date, foyers, graine, depuisCsv);
    }
}
