using Caf.Accompagnement.Samples.Landes;

// Traitement principal : une Caf départementale (les Landes) de bout en bout, sur les communes réelles.
// Usage : dotnet run --project samples/Caf.Accompagnement.Samples.Landes -c Release -- [--date 2022-06-30] [--foyers N [--depuis-csv]] [--graine 42]
var options = Options.Lire(args);
if (options is null)
{
    return 2;
}

Console.WriteLine($"Caf.Accompagnement — Caf des Landes, date de référence {Caf.Accompagnement.Dates.Formater(options.Date)}");
Console.WriteLine();
foreach (var etape in Etapes.Toutes)
{
    etape(options);
    Console.WriteLine();
}

return 0;
