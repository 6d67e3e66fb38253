using System.Globalization;
using System.Text.Json;
using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Tests.Activite;
using FsCheck.Xunit;

namespace Caf.Accompagnement.Tests.Json;

/// <summary>L'export JSON d'un bilan annuel porte exactement les compteurs de son export CSV.</summary>
public sealed class BilansJsonTest
{
    [Property(Arbitrary = [typeof(ArbitrairesActivite)], MaxTest = 40)]
    public void Memes_compteurs_que_le_csv(JournalAleatoire j)
    {
        var bilan = BilanAnnuel.Etablir(j.Journal, 2022).Valeur;
        using var csv = new StringWriter(CultureInfo.InvariantCulture);
        bilan.EcrireCsv(csv);
        var lignesCsv = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        using var json = JsonDocument.Parse(BilansJson.Ecrire(bilan));
        Assert.Equal("2022-01-01", json.RootElement.GetProperty("debut").GetString());
        var lignes = json.RootElement.GetProperty("lignes").EnumerateArray().ToList();
        Assert.Equal(lignesCsv.Count, lignes.Count);
        foreach (var (texte, ligne) in lignesCsv.Zip(lignes))
        {
            var c = texte.Split(',');
            var details = ligne.GetProperty("details").EnumerateArray().Select(d => d.GetString()).ToList();
            Assert.Equal(c[0], ligne.GetProperty("debut").GetString());
            Assert.Equal(c[2], ligne.GetProperty("perimetre").GetString());
            Assert.Equal(c[3], ligne.GetProperty("rubrique").GetString());
            Assert.Equal(c[4..7].Where(d => d.Length > 0), details);
            Assert.Equal(long.Parse(c[7], CultureInfo.InvariantCulture), ligne.GetProperty("nombre").GetInt64());
            Assert.Equal(c[8].Length > 0 ? decimal.Parse(c[8], CultureInfo.InvariantCulture) : (decimal?)null, ligne.TryGetProperty("montant", out var m) ? m.GetDecimal() : (decimal?)null);
        }

        var interventions = lignes.Where(l => l.GetProperty("perimetre").GetString() == BilanAnnuel.PerimetreDepartement
            && l.GetProperty("debut").GetString() == "2022-01-01" && l.GetProperty("rubrique").GetString() == "INTERVENTION");
        Assert.Equal(bilan.Chiffres.Interventions, interventions.Sum(l => l.GetProperty("nombre").GetInt64()));
    }
}
