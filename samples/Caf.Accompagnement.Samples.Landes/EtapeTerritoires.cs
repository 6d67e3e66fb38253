using System.Globalization;
using Caf.Accompagnement.Territoires;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>
/// Étape 2 : le référentiel des communes (COG 2026 embarqué) et une carte des 9 secteurs des travailleurs sociaux
/// des Landes, construite à partir des 18 EPCI du département.
/// </summary>
/// <remarks>
/// La carte réelle de la Caf des Landes (mise à jour de septembre 2022) n'est pas publique : cette carte est
/// ILLUSTRATIVE. Elle regroupe des EPCI voisins pour former 9 secteurs, comme les Caf le font souvent (les conventions
/// territoriales globales sont signées par EPCI). Les identifiants des travailleurs sociaux sont fictifs.
/// </remarks>
internal static class EtapeTerritoires
{
    /// <summary>Les 9 secteurs illustratifs : nom, travailleur social (pseudonyme), SIREN des EPCI regroupés.</summary>
    private static readonly (string Nom, string TravailleurSocial, string[] Epci)[] Secteurs =
    [
        ("Côte Sud", "TS-01", ["244000865"]), // CC Maremne Adour Côte Sud
        ("Seignanx et Orthe", "TS-02", ["244000659", "200069417"]), // CC du Seignanx, CC Pays d'Orthe et Arrigans
        ("Grand Dax", "TS-03", ["244000675"]), // CA du Grand Dax
        ("Grands Lacs et Mimizan", "TS-04", ["244000873", "244000543"]), // CC des Grands Lacs, CC de Mimizan
        ("Haute Lande", "TS-05", ["244000857", "200069656", "244000691"]), // CC Côte Landes Nature, CC Cœur Haute Lande, CC du Pays Morcenais
        ("Marsan", "TS-06", ["244000808"]), // CA Mont de Marsan Agglomération
        ("Armagnac", "TS-07", ["200035541", "244000774", "244000824"]), // CC des Landes d'Armagnac, CC du Pays de Villeneuve en Armagnac Landais, CC du Pays Grenadois
        ("Chalosse", "TS-08", ["200069631", "244000881", "244000766"]), // CC Terres de Chalosse, CC Coteaux et Vallées des Luys, CC du Pays Tarusate
        ("Tursan et Adour", "TS-09", ["200069649", "200030435"]), // CC Chalosse Tursan, CC d'Aire-sur-l'Adour
    ];

    private static readonly Lazy<CarteDesSecteurs> Illustrative = new(Construire);

    /// <summary>La carte illustrative des Landes, pour les étapes suivantes.</summary>
    internal static CarteDesSecteurs Carte => Illustrative.Value;

    internal static void Executer(Contexte contexte)
    {
        ArgumentNullException.ThrowIfNull(contexte);
        Console.WriteLine("== Territoires ==");
        var cog = ReferentielCommunes.Cog2026;
        var landes = cog.DuDepartement("40");
        Console.WriteLine(string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"Référentiel {cog.Millesime} : {cog.Count:N0} communes, {cog.Population:N0} habitants ; Landes : {landes.Count} communes, {landes.Sum(c => c.Population):N0} habitants, {landes.Select(c => c.CodeEpci).Distinct().Count()} EPCI."));
        Console.WriteLine("Carte ILLUSTRATIVE : la carte réelle des secteurs de la Caf des Landes (septembre 2022) n'est pas publique ;");
        Console.WriteLine("celle-ci regroupe les 18 EPCI du département en 9 secteurs, avec des identifiants de travailleurs sociaux fictifs.");

        var carte = Carte;
        var epci = NomsDesEpci();
        Console.WriteLine();
        Console.WriteLine($"{"Secteur",-24} {"Communes",8} {"Population",11}  {"Travailleur social",-18} EPCI");
        foreach (var secteur in carte.Secteurs)
        {
            var noms = string.Join(", ", Secteurs[secteur.Index].Epci.Select(e => epci.GetValueOrDefault(e, e)));
            Console.WriteLine(string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"{secteur.Nom,-24} {secteur.Communes.Count,8} {secteur.Population,11:N0}  {string.Join(", ", secteur.TravailleursSociaux),-18} {noms}"));
        }

        Console.WriteLine(string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"{"Total",-24} {carte.Secteurs.Sum(s => s.Communes.Count),8} {carte.Population,11:N0}"));

        // Recherches : par code, par ancien code, par code postal et nom.
        Console.WriteLine();
        foreach (var code in new[] { "40088", "40009" })
        {
            var c = CodeCommune.Parse(code);
            cog.TryGet(c, out var commune, out var ancien);
            carte.TryGetSecteur(c, out var secteur);
            Console.WriteLine($"{code}{(ancien ? $" (ancien code, aujourd'hui {commune})" : $" {commune?.Nom}")} → secteur {secteur?.Nom} ({string.Join(", ", secteur?.TravailleursSociaux ?? [])})");
        }

        if (carte.TryGetSecteur("40990", "saint paul les dax", out var parNom))
        {
            Console.WriteLine($"40990 « saint paul les dax » → secteur {parNom.Nom}");
        }

        // Une carte écrite avant les fusions de 2019 : l'erreur, puis la migration explicite.
        var ancienne = carte.Ecrire().Replace("40197,", "40009,", StringComparison.Ordinal);
        ancienne += string.Join(string.Empty, ancienne.Split('\n').Where(l => l.StartsWith("40009,", StringComparison.Ordinal)).Select(l => l.Replace("40009,", "40107,", StringComparison.Ordinal) + "\n"));
        Console.WriteLine();
        Console.WriteLine("Carte écrite avant 2019 (40009 Arjuzanx, 40107 Garrosse au lieu de 40197 Morcenx-la-Nouvelle) :");
        var refus = CarteDesSecteurs.Lire(new StringReader(ancienne), "40");
        foreach (var e in refus.Erreurs)
        {
            Console.WriteLine($"   {e}");
        }

        var migree = CarteDesSecteurs.Lire(new StringReader(ancienne), "40", migrerLesAnciensCodes: true).GetValueOrThrow();
        Console.WriteLine("Avec la migration des anciens codes :");
        foreach (var m in migree.Migrations)
        {
            Console.WriteLine($"   {m}");
        }

        Console.WriteLine($"Carte migrée identique à la carte actuelle : {(migree.Equals(carte) ? "oui" : "non")}.");
    }

    private static CarteDesSecteurs Construire()
    {
        var landes = ReferentielCommunes.Cog2026.DuDepartement("40");
        var builder = CarteDesSecteurs.Builder("40");
        foreach (var (nom, travailleur, epci) in Secteurs)
        {
            builder.AjouterSecteur(nom, TravailleurSocial.FromIdentifiant(travailleur))
                .Affecter(nom, landes.Where(c => epci.Contains(c.CodeEpci)).Select(c => c.Code));
        }

        return builder.Build().GetValueOrThrow();
    }

    /// <summary>Les noms des EPCI des Landes (DGCL 2026, copiés de la liste nationale dans <c>Donnees/epci-40.csv</c>).</summary>
    private static Dictionary<string, string> NomsDesEpci()
    {
        var chemin = Path.Combine(AppContext.BaseDirectory, "Donnees", "epci-40.csv");
        return File.ReadLines(chemin).Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0], c => c[1]);
    }
}
