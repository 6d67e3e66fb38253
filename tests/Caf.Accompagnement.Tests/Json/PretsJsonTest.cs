using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Json;

/// <summary>L'instantané JSON d'un prêt : aller-retour, règles du prêt rejouées à la lecture, erreurs situées.</summary>
public sealed class PretsJsonTest
{
    private static readonly LocalDate Origine = new(2023, 1, 15);

    /// <summary>Un prêt accordé par la fabrique publique, puis des mouvements aléatoires par ses commandes.</summary>
    internal static Gen<Pret> Prets { get; } =
        from centimes in Gen.Choose(1, 500_000)
        from echeances in Gen.Choose(1, 36)
        from decalage in Gen.Choose(1, 60)
        from retenue in Gen.Elements(false, true)
        from mouvements in Gen.Choose(0, 12)
        from graine in Gen.Choose(0, 1_000_000)
        select Derouler(
            Pret.Create(Montant.FromCentimes(centimes), Math.Min(echeances, centimes), Origine.PlusDays(decalage), Origine, retenue ? new RetenueSurPrestations(Montant.FromEuros(600m)) : null).GetValueOrThrow(),
            mouvements,
            new Random(graine));

    private static Pret Derouler(Pret pret, int mouvements, Random hasard)
    {
        var date = pret.DateOctroi;
        for (var i = 0; i < mouvements; i++)
        {
            date = date.PlusDays(hasard.Next(0, 45));
            var solde = pret.Solde.Centimes;
            var r = hasard.Next(10) switch
            {
                < 6 => pret.Rembourser(date, Montant.FromCentimes(Math.Max(1, hasard.NextInt64(1, Math.Max(2, solde + 1)))), hasard.Next(2) == 0),
                6 => pret.RembourserParAnticipation(date),
                7 or 8 => pret.Reechelonner(date, hasard.Next(1, 24), date.PlusDays(hasard.Next(1, 40))),
                _ => pret.RemettreLaDette(date, "Situation de surendettement"),
            };
            if (r.TryGetValue(out var e))
            {
                pret = e.Etat;
            }
        }

        return pret;
    }

    private static string Empreinte(Pret p) =>
        string.Join("|", p.Capital, p.DateOctroi, p.Retenue, p.Statut.Code, p.Solde, string.Join(";", p.Echeancier.Echeances), string.Join(";", p.Mouvements.Select(m => m switch
        {
            Reechelonnement r => $"{r.Date} {r.SoldeRepris} {string.Join(",", r.Echeancier.Echeances)}",
            _ => m.ToString(),
        })));

    [Property(MaxTest = 200)]
    public Property Aller_retour_sans_perte() =>
        Prop.ForAll(Prets.ToArbitrary(), pret =>
        {
            var json = PretsJson.Ecrire(pret);
            var relu = PretsJson.Lire(json);
            Assert.True(relu.Reussi, relu.ToString());
            Assert.Equal(Empreinte(pret), Empreinte(relu.Valeur));
            Assert.Equal(json, PretsJson.Ecrire(relu.Valeur));
            var date = pret.DateOctroi.PlusDays(400);
            Assert.Equal(pret.RetardAu(date), relu.Valeur.RetardAu(date));
        });

    [Fact]
    public void Regle_du_pret_rejouee_et_situee()
    {
        var pret = Pret.Create(Montant.FromEuros(600m), 6, Origine.PlusMonths(1), Origine).GetValueOrThrow()
            .Rembourser(Origine.PlusMonths(1), Montant.FromEuros(100m)).GetValueOrThrow().Etat;
        var document = PretsJson.ToDocument(pret);
        document.Mouvements.Add(new MouvementDuPretDocument { Type = "REMBOURSEMENT", Date = "2023-03-01", Montant = 900m });
        var e = Assert.Single(PretsJson.FromDocument(document).Erreurs);
        Assert.Equal(("aides.pret.remboursement.excedent", "$.mouvements[1].montant"), (e.Code, e.Chemin));

        document.Mouvements[1] = new MouvementDuPretDocument { Type = "REMISE", Date = "2023-03-01", Montant = 12m, Motif = "Décès" };
        e = Assert.Single(PretsJson.FromDocument(document).Erreurs);
        Assert.Equal(("pret.mouvement.montant", "$.mouvements[1].montant"), (e.Code, e.Chemin));

        document.Mouvements[1] = new MouvementDuPretDocument { Type = "DON", Date = "2023-03-01" };
        Assert.Equal("$.mouvements[1].type", Assert.Single(PretsJson.FromDocument(document).Erreurs).Chemin);

        document.Mouvements.RemoveAt(1);
        document.Solde = 600m;
        Assert.Equal(("pret.solde.incoherent", "$.solde"), (Assert.Single(PretsJson.FromDocument(document).Erreurs).Code, "$.solde"));
    }

    [Theory]
    [InlineData("""{"version":2}""", "json.version", "$.version")]
    [InlineData("""{"version":1,"capital":0,"dateOctroi":"2023-01-01","nombreEcheances":1,"premiereEcheance":"2023-02-01"}""", "aides.pret.capital", "$.capital")]
    [InlineData("""{"version":1,"capital":100,"dateOctroi":"2023-01-01","nombreEcheances":1,"premiereEcheance":"2022-12-01"}""", "aides.pret.premiere_echeance", "$.premiereEcheance")]
    [InlineData("""{"version":1,"capital":100.001,"dateOctroi":"2023-01-01"}""", "montant", "$.capital")]
    [InlineData("""{"version":1,"capital":100,"dateOctroi":"2023-01-01","nombreEcheances":1,"premiereEcheance":"2023-02-01","mouvements":[null]}""", "json.absent", "$.mouvements[0]")]
    public void Erreurs_de_format_situees(string json, string code, string chemin)
    {
        var r = PretsJson.Lire(json);
        Assert.True(r.Erreurs.Any(e => e.Code.StartsWith(code, StringComparison.Ordinal) && e.Chemin == chemin), string.Join(Environment.NewLine, r.Erreurs));
    }

    [Property(MaxTest = 150)]
    public Property Fuzz_jamais_d_exception_et_erreurs_situees()
    {
        var valide = PretsJson.Ecrire(Prets.Where(p => p.Mouvements.Length > 3).Sample(1, new Rnd(5UL, 7UL), 30)[0]);
        return Prop.ForAll(Gen.OneOf(Caf.Accompagnement.Tests.Integration.FuzzTest.Muter(valide), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)).ToArbitrary(), json =>
        {
            var r = PretsJson.Lire(json);
            return r.Reussi || (r.Erreurs.Count > 0 && r.Erreurs.All(e => e.Chemin is not null));
        });
    }
}
