using Caf.Accompagnement.Aides;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Aides;

public sealed class EnveloppeBudgetaireTest
{
    private static readonly LocalDate Date = new(2022, 4, 1);

    private static EnveloppeBudgetaire Creer(decimal dotation, decimal? plafondCadreDeVie = null) =>
        EnveloppeBudgetaire.Create(
            "401",
            2022,
            Montant.FromEuros(dotation),
            plafondCadreDeVie is { } p ? new Dictionary<CategorieAide, Montant> { [CategorieAide.CadreDeVie] = Montant.FromEuros(p) } : null).GetValueOrThrow();

    [Fact]
    public void Engagement_consommation_et_remboursements()
    {
        var e = Creer(1000m);
        e = e.Engager("D1", CategorieAide.CadreDeVie, FormeAide.Pret, Montant.FromEuros(600m), Date).GetValueOrThrow().Etat;
        e = e.Engager("D2", CategorieAide.CoupDePouce, FormeAide.Subvention, Montant.FromEuros(300m), Date).GetValueOrThrow().Etat;
        Assert.Equal(Montant.FromEuros(100m), e.Disponible);
        e = e.Consommer("D1", Date.PlusDays(10)).GetValueOrThrow().Etat;
        Assert.Equal(Montant.FromEuros(600m), e.CapitalPrete);
        Assert.Equal(Montant.FromEuros(600m), e.Consomme);
        e = e.EnregistrerRemboursement(Date.PlusMonths(1), Montant.FromEuros(37.50m)).GetValueOrThrow().Etat;
        Assert.Equal(Montant.FromEuros(37.50m), e.Remboursements);
        Assert.Equal("aides.enveloppe.engagement.consomme", Assert.Single(e.Consommer("D1", Date.PlusDays(11)).Erreurs).Code);
        Assert.Equal("aides.enveloppe.remboursement", Assert.Single(e.EnregistrerRemboursement(Date, Montant.FromEuros(600m)).Erreurs).Code);
        e = e.Liberer("D2", Date.PlusDays(20)).GetValueOrThrow().Etat;
        Assert.Equal(Montant.FromEuros(400m), e.Disponible);
    }

    [Fact]
    public void Un_depassement_est_refuse_en_indiquant_le_reste()
    {
        var e = Creer(1000m, plafondCadreDeVie: 500m);
        e = e.Engager("D1", CategorieAide.CoupDePouce, FormeAide.Subvention, Montant.FromEuros(800m), Date).GetValueOrThrow().Etat;
        var refus = Assert.Single(e.Engager("D2", CategorieAide.CoupDePouce, FormeAide.Subvention, Montant.FromEuros(250m), Date).Erreurs);
        Assert.Equal("aides.enveloppe.depassement", refus.Code);
        Assert.Contains("200,00 €", refus.Message, StringComparison.Ordinal);

        var e2 = Creer(1000m, plafondCadreDeVie: 500m).Engager("C1", CategorieAide.CadreDeVie, FormeAide.Pret, Montant.FromEuros(450m), Date).GetValueOrThrow().Etat;
        var refusCategorie = Assert.Single(e2.Engager("C2", CategorieAide.CadreDeVie, FormeAide.Pret, Montant.FromEuros(100m), Date).Erreurs);
        Assert.Equal("aides.enveloppe.categorie.depassement", refusCategorie.Code);
        Assert.Contains("50,00 €", refusCategorie.Message, StringComparison.Ordinal);
        Assert.Equal("aides.enveloppe.annee", Assert.Single(e2.Engager("C3", CategorieAide.CoupDePouce, FormeAide.Subvention, Montant.FromEuros(1m), new LocalDate(2023, 1, 2)).Erreurs).Code);
    }

    private static readonly CategorieAide[] Categories = [CategorieAide.CoupDePouce, CategorieAide.CadreDeVie, CategorieAide.PrecariteEnergetique];

    [Property(MaxTest = 200)]
    public Property Aucune_suite_de_decisions_ne_depasse_l_enveloppe() =>
        Prop.ForAll(
            Gen.Choose(0, 500_000).ToArbitrary(),
            Gen.ListOf(Gen.Zip(Gen.Choose(0, 5), Gen.Choose(1, 80_000))).ToArbitrary(),
            (dotation, operations) =>
            {
                var e = EnveloppeBudgetaire.Create("401", 2022, Montant.FromCentimes(dotation), new Dictionary<CategorieAide, Montant> { [CategorieAide.CadreDeVie] = Montant.FromCentimes(dotation / 3) }).GetValueOrThrow();
                var n = 0;
                foreach (var (genre, montant) in operations)
                {
                    var reference = "D" + (montant % Math.Max(1, n + 1));
                    var r = genre switch
                    {
                        <= 2 => e.Engager("D" + n++, Categories[genre], FormeAide.Pret, Montant.FromCentimes(montant), Date),
                        3 => e.Consommer(reference, Date),
                        4 => e.Liberer(reference, Date),
                        _ => e.EnregistrerRemboursement(Date, Montant.FromCentimes(montant)),
                    };
                    if (r.TryGetValue(out var ev))
                    {
                        e = ev.Etat;
                    }

                    if (e.Engage > e.Dotation || e.EngagePour(CategorieAide.CadreDeVie) > Montant.FromCentimes(dotation / 3)
                        || e.Consomme > e.Engage || e.Remboursements > e.CapitalPrete
                        || e.Engage != e.Engagements.Values.Aggregate(Montant.Zero, (s, x) => s + x.Montant))
                    {
                        return false;
                    }
                }

                return true;
            });

    [Property(MaxTest = 20)]
    public Property Des_decisions_concurrentes_ne_depassent_jamais_l_enveloppe() =>
        Prop.ForAll(
            Gen.Choose(1_000, 2_000_000).ToArbitrary(),
            Gen.ArrayOf(Gen.Choose(1, 50_000)).ToArbitrary(),
            (dotation, montants) =>
            {
                var partagee = new EnveloppePartagee(EnveloppeBudgetaire.Create("401", 2022, Montant.FromCentimes(dotation)).GetValueOrThrow());
                var acceptes = new System.Collections.Concurrent.ConcurrentBag<long>();
                Parallel.For(0, montants.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
                {
                    var m = montants[i % montants.Length];
                    if (partagee.Engager("D" + i, CategorieAide.CoupDePouce, FormeAide.Subvention, Montant.FromCentimes(m), Date).Reussi)
                    {
                        acceptes.Add(m);
                    }
                });
                var etat = partagee.Etat;
                return etat.Engage.Centimes == acceptes.Sum() && etat.Engage <= etat.Dotation && etat.Engagements.Count == acceptes.Count;
            });

    [Fact]
    public void Creation_refusee_avec_chaque_regle()
    {
        var r = EnveloppeBudgetaire.Create(" ", 2022, Montant.FromCentimes(-1), new Dictionary<CategorieAide, Montant> { [CategorieAide.CadreDeVie] = Montant.FromCentimes(-1) });
        Assert.Equal(["aides.enveloppe.caf", "aides.enveloppe.dotation", "aides.enveloppe.plafond"], r.Erreurs.Select(e => e.Code).ToArray());
        Assert.Equal(["code_caf", "dotation", CategorieAide.CadreDeVie.Code], r.Erreurs.Select(e => e.Champ).ToArray());
        Assert.Equal("aides.enveloppe.plafond", Assert.Single(EnveloppeBudgetaire.Create("401", 2022, Montant.Zero, new Dictionary<CategorieAide, Montant> { [CategorieAide.CadreDeVie] = Montant.FromCentimes(-1) }).Erreurs).Code);
        Assert.True(EnveloppeBudgetaire.Create("401", 2022, Montant.Zero).Reussi);
    }

    [Fact]
    public void Engagement_exactement_egal_au_disponible_accepte_un_centime_de_plus_refuse()
    {
        var e = Creer(1000m, plafondCadreDeVie: 500m);
        Assert.Equal("aides.enveloppe.depassement", Assert.Single(e.Engager("A", CategorieAide.CoupDePouce, FormeAide.Subvention, Montant.FromCentimes(100_001), Date).Erreurs).Code);
        Assert.Equal(Montant.Zero, e.Engager("A", CategorieAide.CoupDePouce, FormeAide.Subvention, Montant.FromEuros(1000m), Date).GetValueOrThrow().Etat.Disponible);
        Assert.Equal("aides.enveloppe.categorie.depassement", Assert.Single(e.Engager("B", CategorieAide.CadreDeVie, FormeAide.Pret, Montant.FromCentimes(50_001), Date).Erreurs).Code);
        Assert.Equal(Montant.Zero, e.Engager("B", CategorieAide.CadreDeVie, FormeAide.Pret, Montant.FromEuros(500m), Date).GetValueOrThrow().Etat.DisponiblePour(CategorieAide.CadreDeVie));
    }

    [Fact]
    public void Engagement_refuse_montant_nul_forme_non_monetaire_reference_vide_ou_deja_prise()
    {
        var e = Creer(1000m);
        var nonMonetaire = FormeAide.Toutes.First(f => !f.EstMonetaire);
        Assert.Equal("aides.enveloppe.montant", Assert.Single(e.Engager("A", CategorieAide.CoupDePouce, FormeAide.Subvention, Montant.Zero, Date).Erreurs).Code);
        Assert.Equal("aides.enveloppe.montant", Assert.Single(e.Engager("A", CategorieAide.CoupDePouce, nonMonetaire, Montant.FromEuros(10m), Date).Erreurs).Code);
        Assert.True(e.Engager("A", CategorieAide.CoupDePouce, FormeAide.Subvention, Montant.FromCentimes(1), Date).Reussi);
        Assert.Equal("aides.enveloppe.reference", Assert.Single(e.Engager(" ", CategorieAide.CoupDePouce, FormeAide.Subvention, Montant.FromEuros(10m), Date).Erreurs).Code);
        var apres = e.Engager("A", CategorieAide.CoupDePouce, FormeAide.Subvention, Montant.FromEuros(10m), Date).GetValueOrThrow().Etat;
        Assert.Equal("aides.enveloppe.reference", Assert.Single(apres.Engager("A", CategorieAide.CoupDePouce, FormeAide.Subvention, Montant.FromEuros(10m), Date).Erreurs).Code);
        Assert.Throws<ArgumentNullException>(() => e.Engager("A", null!, FormeAide.Subvention, Montant.FromEuros(10m), Date));
        Assert.Throws<ArgumentNullException>(() => e.Engager("A", CategorieAide.CoupDePouce, null!, Montant.FromEuros(10m), Date));
    }

    [Fact]
    public void Consommer_une_subvention_ne_compte_pas_de_capital_prete_et_pas_avant_la_decision()
    {
        var e = Creer(1000m).Engager("S", CategorieAide.CoupDePouce, FormeAide.Subvention, Montant.FromEuros(100m), Date).GetValueOrThrow().Etat;
        var chrono = Assert.Single(e.Consommer("S", Date.PlusDays(-1)).Erreurs);
        Assert.Equal(("aides.enveloppe.chronologie", "date"), (chrono.Code, chrono.Champ));
        var consommee = e.Consommer("S", Date).GetValueOrThrow().Etat;
        Assert.Equal((Montant.FromEuros(100m), Montant.Zero), (consommee.Consomme, consommee.CapitalPrete));
    }

    [Fact]
    public void Remboursement_borne_par_le_capital_prete_restant()
    {
        var e = Creer(1000m).Engager("P", CategorieAide.CadreDeVie, FormeAide.Pret, Montant.FromEuros(100m), Date).GetValueOrThrow().Etat
            .Consommer("P", Date).GetValueOrThrow().Etat;
        Assert.Equal("aides.enveloppe.remboursement", Assert.Single(e.EnregistrerRemboursement(Date, Montant.Zero).Erreurs).Code);
        Assert.Equal("aides.enveloppe.remboursement", Assert.Single(e.EnregistrerRemboursement(Date, Montant.FromCentimes(10_001)).Erreurs).Code);
        var partiel = e.EnregistrerRemboursement(Date, Montant.FromEuros(40m)).GetValueOrThrow().Etat;
        var refus = Assert.Single(partiel.EnregistrerRemboursement(Date, Montant.FromCentimes(6_001)).Erreurs);
        Assert.Contains(Montant.FromEuros(60m).ToString(), refus.Message, StringComparison.Ordinal);
        Assert.Equal(Montant.FromEuros(100m), partiel.EnregistrerRemboursement(Date, Montant.FromEuros(60m)).GetValueOrThrow().Etat.Remboursements);
        Assert.True(e.EnregistrerRemboursement(Date, Montant.FromCentimes(1)).Reussi);
    }

    [Fact]
    public void Texte_de_l_enveloppe_et_operation_partagee_nulle_refusee()
    {
        var e = Creer(1000m);
        Assert.Equal($"Enveloppe 401 2022 : dotation {e.Dotation}, engagé {e.Engage}, consommé {e.Consomme}, disponible {e.Disponible} ; prêts {e.CapitalPrete}, remboursés {e.Remboursements}", e.ToString());
        Assert.Throws<ArgumentNullException>(() => new EnveloppePartagee(e).Appliquer(null!));
    }
}
