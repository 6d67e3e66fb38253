using Caf.Accompagnement.Territoires;
using static Caf.Accompagnement.Tests.Territoires.CartesDeTest;

namespace Caf.Accompagnement.Tests.Territoires;

/// <summary>Les recherches de commune et de secteur n'allouent rien (mesure d'octets, déterministe : aucun chronométrage).</summary>
public sealed class RechercheSansAllocationTest
{
    [Fact]
    public void Les_recherches_par_code_ancien_code_et_code_postal_et_nom_n_allouent_rien()
    {
        var carte = CarteDesSecteurs.Lire(new StringReader(CsvParEpci()), "40").GetValueOrThrow();
        var codes = Landes.Select(c => c.Code).Append(CodeCommune.Parse("40009")).Append(CodeCommune.Parse("64102")).ToArray();
        var dax = Landes.Single(c => c.Code.ToString() == "40088");
        var codePostal = dax.CodesPostaux[0];
        const string Nom = "DAX";

        var total = Rechercher(carte, codes, codePostal, Nom); // échauffement (compilation JIT)
        var avant = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            total += Rechercher(carte, codes, codePostal, Nom);
        }

        var alloues = GC.GetAllocatedBytesForCurrentThread() - avant;
        Assert.Equal(0, alloues);
        Assert.True(total > 0);
    }

    private static int Rechercher(CarteDesSecteurs carte, CodeCommune[] codes, string codePostal, string nom)
    {
        var total = 0;
        foreach (var code in codes)
        {
            total += carte.IndexDeSecteur(code) + (carte.TryGetSecteur(code, out var s) ? s.Index : 0);
            total += Cog.TryGetIndex(code, out var i, out _) ? i : 0;
        }

        total += carte.TryGetSecteur(codePostal, nom, out var parNom) ? parNom.Index : 0;
        total += Cog.ParCodePostal(codePostal.AsSpan()).Count;
        return total;
    }
}
