using Caf.Accompagnement.Cibles;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>
/// Étape « politiques » : sur la même population et la même carte, que changerait la limite d'âge des parents seuls
/// ramenée de 34 à 29 ans ? Qui entre, qui sort, par secteur, et la charge par travailleur social
/// (<see cref="ComparaisonDePolitiques"/>).
/// </summary>
internal static class EtapePolitiques
{
    internal static void Executer(Contexte contexte)
    {
        Console.WriteLine("== Simulation d'une politique : parents seuls jusqu'à 29 ans au lieu de 34 ==");
        var envisagee = PolitiqueDeCiblage.Landes2022.Sans(CibleParentsSeuls.CodeCible)
            .Avec(new CibleParentsSeuls(new ParametresParentsSeuls(18, 29, 1.5m)));
        var simulation = ComparaisonDePolitiques.Create(PolitiqueDeCiblage.Landes2022, envisagee, contexte.Population!, contexte.Options.Date, contexte.Carte);
        if (!simulation.TryGetValue(out var s))
        {
            Console.WriteLine(simulation.Erreurs[0]);
            return;
        }

        Console.WriteLine($"Parents seuls : {s.Ecart(CibleParentsSeuls.CodeCible)}");
        Console.Write(s.Tableau());
    }
}
