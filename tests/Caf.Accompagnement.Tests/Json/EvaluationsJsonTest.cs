using System.Text.Json;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Json;

/// <summary>L'export JSON des évaluations de ciblage garde chaque décision et chaque explication.</summary>
public sealed class EvaluationsJsonTest
{
    private static readonly LocalDate Reference = new(2022, 6, 30);

    [Property(MaxTest = 60)]
    public Property Chaque_decision_et_son_explication_sont_exportees() =>
        Prop.ForAll(
            GenerateursCaf.Foyer(Reference).ArrayOf().Select(a => a.Take(8).ToArray()).ToArbitrary(),
            Gen.Elements(ModeExplication.Aucune, ModeExplication.CiblesRetenues, ModeExplication.Toutes).ToArbitrary(),
            (foyers, mode) =>
            {
                var evaluations = foyers.Select(f => PolitiqueDeCiblage.Landes2022.Evaluer(f, Reference, BaremesOfficiels.Jeu, mode).GetValueOrThrow()).ToList();
                using var json = JsonDocument.Parse(EvaluationsJson.Ecrire(evaluations));
                Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
                var exportees = json.RootElement.GetProperty("evaluations").EnumerateArray().ToList();
                Assert.Equal(evaluations.Count, exportees.Count);
                foreach (var (evaluation, exportee) in evaluations.Zip(exportees))
                {
                    Assert.Equal(evaluation.Numero.EnClair, exportee.GetProperty("numeroAllocataire").GetString());
                    Assert.Equal(Dates.FormaterIso(evaluation.Reference), exportee.GetProperty("reference").GetString());
                    var decisions = exportee.GetProperty("decisions").EnumerateArray().ToList();
                    Assert.Equal(evaluation.Decisions.Length, decisions.Count);
                    foreach (var (d, e) in evaluation.Decisions.Zip(decisions))
                    {
                        Assert.Equal(d.Cible.Code, e.GetProperty("cible").GetString());
                        Assert.Equal(d.EstSatisfaite, e.GetProperty("estSatisfaite").GetBoolean());
                        Assert.Equal(d.Explication is not null, e.TryGetProperty("explication", out var x));
                        if (d.Explication is { } attendue)
                        {
                            Assert.Equal(attendue.Conclusion, x.GetProperty("conclusion").GetString());
                            Assert.Equal(attendue.Operations, x.GetProperty("operations").EnumerateArray().Select(o => o.GetString()!));
                            Assert.Equal(attendue.Parametres.Select(p => (p.Nom, p.Valeur, p.Reference)),
                                x.GetProperty("parametres").EnumerateArray().Select(p => (p.GetProperty("nom").GetString()!, p.GetProperty("valeur").GetString()!, p.GetProperty("reference").GetString()!)));
                            Assert.Equal(attendue.Donnees.Length, x.GetProperty("donnees").GetArrayLength());
                        }
                    }
                }
            });
}
