using Caf.Accompagnement.Samples.Landes;

// Traitement principal : une Caf départementale (les Landes) de bout en bout, sur les communes réelles.
// Usage : dotnet run --project samples/Caf.Accompagnement.Samples.Landes -c Release -- [--date 2022-06-30] [--foyers N [--depuis-csv]] [--graine 42]
var options = Options.Lire(args);
if (options is null)
{
    return 2;
}

Console.WriteLine($"Caf.Accompagnement — Caf des Landes, date de référence {Caf.Accompagnement.Dates.Formater(options.Date)}");
if (options.Date.Year == 2020)
{
    Console.WriteLine("Scénario 2020 : la Caf de la Loire pendant le confinement (contacts proactifs par téléphone, seed 004), rejoué sur la carte et la population des Landes.");
}

Console.WriteLine();
var contexte = new Contexte(options);
foreach (var etape in Etapes.Toutes)
{
    etape(contexte);
    Console.WriteLine();
}

return 0;
