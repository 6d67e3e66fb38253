using Caf.Accompagnement.Aides;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Caf.Accompagnement.Tests.Aides;

public sealed class EligibiliteTest
{
    [Fact]
    public void Aide_aux_vacances_familiales_forfait_plus_supplement_dans_la_limite_de_80_pourcent()
    {
        // Couple, 3 enfants, N-2 24 000 € : QF = 2 000 ÷ 4 = 500 €.
        var foyer = FoyersDeTest.Creer(true, 3, 24000m);
        var contexte = ContexteEligibilite.Create(foyer, FoyersDeTest.Date, coutDuProjet: Montant.FromEuros(1000m));
        var e = AidesDeReference.VacancesFamiliales.Evaluer(contexte);
        Assert.True(e.EstEligible);
        Assert.Equal(Montant.FromEuros(510m), e.MontantMaximum); // 410 + 2 × 50 = 510 ≤ 800
        var petit = AidesDeReference.VacancesFamiliales.Evaluer(ContexteEligibilite.Create(foyer, FoyersDeTest.Date, coutDuProjet: Montant.FromEuros(500m)));
        Assert.Equal(Montant.FromEuros(400m), petit.MontantMaximum); // 80 % de 500
        Assert.Contains("500,00 € ≤ 700,00 €", e.Explication.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Refus_explique_par_la_condition_non_remplie()
    {
        var foyer = FoyersDeTest.Creer(false, 1, 40000m); // QF = 3 333,33 ÷ 2,5 = 1 333,33
        var e = AidesDeReference.VacancesFamiliales.Evaluer(ContexteEligibilite.Create(foyer, FoyersDeTest.Date, coutDuProjet: Montant.FromEuros(1000m)));
        Assert.False(e.EstEligible);
        Assert.Equal(Montant.Zero, e.MontantMaximum);
        Assert.False(e.Explication.EstSatisfaite);
        Assert.Contains("1 333,33 € > 700,00 €", e.Explication.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Repit_parental_selon_les_cibles_et_bareme_de_garde_par_tranche()
    {
        var foyer = FoyersDeTest.Creer(false, 1, 12000m, ageAine: 4); // QF 400
        Assert.False(AidesDeReference.RepitParental.Evaluer(ContexteEligibilite.Create(foyer, FoyersDeTest.Date)).EstEligible);
        Assert.True(AidesDeReference.RepitParental.Evaluer(ContexteEligibilite.Create(foyer, FoyersDeTest.Date, ["PARENTS_SEULS"])).EstEligible);
        Assert.Equal(Montant.FromEuros(300m), AidesDeReference.GardeHorairesDecales.Evaluer(ContexteEligibilite.Create(foyer, FoyersDeTest.Date)).MontantMaximum);
        var foyer2 = FoyersDeTest.Creer(false, 1, 18000m, ageAine: 4); // QF 600
        Assert.Equal(Montant.FromEuros(200m), AidesDeReference.GardeHorairesDecales.Evaluer(ContexteEligibilite.Create(foyer2, FoyersDeTest.Date)).MontantMaximum);
    }

    [Property(MaxTest = 150)]
    public Property L_explication_concorde_toujours_avec_l_eligibilite() =>
        Prop.ForAll(
            Gen.Choose(0, AidesDeReference.Tous.Count - 1).ToArbitrary(),
            Gen.Zip(Gen.Zip(Gen.Choose(0, 5), Gen.Choose(0, 6_000_000), (a, b) => (a, b)), Gen.Choose(16, 60), (ab, c) => (ab.a, ab.b, c)).ToArbitrary(),
            Gen.Zip(Gen.Zip(Gen.Choose(0, 17), Gen.Elements(true, false), (a, b) => (a, b)), Gen.Choose(0, 300_000), (ab, c) => (ab.a, ab.b, c)).ToArbitrary(),
            (indice, foyerParams, autres) =>
            {
                var (enfants, centimes, ageAllocataire) = foyerParams;
                var (ageAine, parentSeul, cout) = autres;
                var type = AidesDeReference.Tous[indice];
                var foyer = FoyersDeTest.Creer(false, enfants, centimes / 100m, ageAllocataire: ageAllocataire, ageAine: Math.Min(ageAine, ageAllocataire - 16));
                var contexte = ContexteEligibilite.Create(foyer, FoyersDeTest.Date, parentSeul ? ["PARENTS_SEULS"] : [], Montant.FromCentimes(cout));
                var e = type.Evaluer(contexte);

                // Recalcul indépendant des conditions de plafond de QF.
                var plafondOk = type.Conditions.OfType<PlafondDeQuotientFamilial>().All(p => contexte.QuotientFamilial.Valeur <= p.Plafond);
                var nonRemplies = e.Conditions.Count(c => !c.EstSatisfaite);
                return e.Explication.EstSatisfaite == e.EstEligible
                    && e.EstEligible == (nonRemplies == 0)
                    && (plafondOk || !e.EstEligible)
                    && e.Explication.Conclusion.StartsWith(e.EstEligible ? "Éligible" : "Non éligible", StringComparison.Ordinal)
                    && e.Explication.Operations.Count(o => o.EndsWith("condition non remplie", StringComparison.Ordinal)) == nonRemplies
                    && (e.EstEligible || e.MontantMaximum == Montant.Zero);
            });
}
