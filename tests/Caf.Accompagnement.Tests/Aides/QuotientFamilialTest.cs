using Caf.Accompagnement.Aides;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Caf.Accompagnement.Tests.Aides;

public sealed partial class QuotientFamilialTest
{
    [Theory]
    [InlineData(true, 2, 0, 24000, "141.99", "3", "714.00")] // (2 000 + 141,99) ÷ 3 = 713,9966…
    [InlineData(false, 1, 0, 12000, "0", "2.5", "400.00")] // 1 000 ÷ 2,5
    [InlineData(false, 0, 0, 18000, "0", "2", "750.00")] // personne seule sans enfant : 2 parts par défaut
    [InlineData(true, 3, 1, 36000, "323.91", "4.5", "738.65")] // 2 + 0,5 + 0,5 + 1 + 0,5 (handicap) = 4,5 ; 3 323,91 ÷ 4,5 = 738,646…
    [InlineData(true, 5, 0, 48000, "600", "5", "920.00")] // 2 + 0,5 + 0,5 + 1 + 0,5 + 0,5 = 5 ; (4 000 + 600) ÷ 5
    public void Exemples(bool enCouple, int enfants, int handicapes, int ressourcesN2, string prestations, string parts, string attendu)
    {
        var foyer = FoyersDeTest.Creer(enCouple, enfants, ressourcesN2, D(prestations), handicapes);
        var qf = QuotientFamilial.Calculer(foyer, FoyersDeTest.Date);
        Assert.Equal(D(parts), qf.Parts);
        Assert.Equal(Montant.FromEuros(D(attendu)), qf.Valeur);
        Assert.True(qf.Explication.EstSatisfaite);
        Assert.Contains("2020", qf.Explication.Donnees[0].Nom, StringComparison.Ordinal);
    }

    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Le_bareme_des_parts_est_remplacable()
    {
        var foyer = FoyersDeTest.Creer(false, 0, 18000);
        var seul = new BaremeDesParts(1.5m, 0.5m, 0.5m, 1m, 0.5m, 0.5m, "Règlement local");
        var qf = QuotientFamilial.Calculer(foyer, FoyersDeTest.Date, seul);
        Assert.Equal(Montant.FromEuros(1000m), qf.Valeur);
        Assert.Contains(qf.Explication.Parametres, p => p.Reference == "Règlement local");
    }

    [Property(MaxTest = 200)]
    public Property Plus_de_ressources_ne_baissent_jamais_le_quotient() =>
        Prop.ForAll(
            Gen.Choose(0, 6).ToArbitrary(),
            Gen.Choose(0, 10_000_000).ToArbitrary(),
            Gen.Choose(0, 5_000_000).ToArbitrary(),
            (enfants, centimes, hausse) =>
            {
                var a = FoyersDeTest.Creer(true, enfants, centimes / 100m);
                var b = FoyersDeTest.Creer(true, enfants, (centimes + hausse) / 100m);
                return QuotientFamilial.Calculer(b, FoyersDeTest.Date).Valeur >= QuotientFamilial.Calculer(a, FoyersDeTest.Date).Valeur;
            });

    [Property(MaxTest = 200)]
    public Property Un_enfant_de_plus_n_augmente_jamais_le_quotient() =>
        Prop.ForAll(
            Gen.Choose(0, 6).ToArbitrary(),
            Gen.Choose(0, 10_000_000).ToArbitrary(),
            Gen.Choose(0, 100_000).ToArbitrary(),
            (enfants, centimes, prestations) =>
            {
                var a = FoyersDeTest.Creer(false, enfants, centimes / 100m, prestations / 100m);
                var b = FoyersDeTest.Creer(false, enfants + 1, centimes / 100m, prestations / 100m);
                return QuotientFamilial.Calculer(b, FoyersDeTest.Date).Valeur <= QuotientFamilial.Calculer(a, FoyersDeTest.Date).Valeur;
            });

    [Fact]
    public void L_explication_cite_les_donnees_le_bareme_et_chaque_operation()
    {
        var foyer = FoyersDeTest.Creer(true, 3, 36000, 323.91m, 1);
        var qf = QuotientFamilial.Calculer(foyer, FoyersDeTest.Date);
        var e = qf.Explication;

        Assert.Equal(["Ressources annuelles 2020 (N-2)", "Prestations mensuelles retenues", "Prestations perçues non retenues", "Enfants à charge"], e.Donnees.Select(d => d.Nom).ToArray());
        Assert.Equal([foyer.RessourcesAnnuellesN2.ToString(), foyer.TotalPrestations.ToString(), "aucune", "3 dont 1 handicapé(s)"], e.Donnees.Select(d => d.Valeur).ToArray());
        Assert.All(e.Donnees, d => Assert.StartsWith("dossier allocataire", d.Source, StringComparison.Ordinal));
        Assert.Contains("prestations", e.Donnees[1].Source, StringComparison.Ordinal);
        Assert.Equal(["Barème des parts", "Prestations retenues dans le quotient"], e.Parametres.Select(p => p.Nom).ToArray());
        Assert.Equal(OrigineDuQuotientFamilial.Recalcule, qf.Origine);
        Assert.Equal(
            [
                $"Ressources N-2 ÷ 12 = {foyer.RessourcesAnnuellesN2} ÷ 12 = {qf.RessourcesMensualisees}",
                $"Prestations retenues = {qf.PrestationsMensuelles} (Allocations familiales {qf.PrestationsMensuelles}) ; non retenues : aucune",
                "Parts = 2 (allocataire) + (0,5 + 0,5 handicap) (1er enfant) + 0,5 (2e enfant) + 1 (3e enfant) = 4,5",
                $"({qf.RessourcesMensualisees} + {qf.PrestationsMensuelles}) ÷ 4,5 = {qf.Valeur} (arrondi au centime)",
            ],
            e.Operations.ToArray());
        Assert.Equal($"QF {qf.Valeur} (4,5 parts)", qf.ToString());
        Assert.Equal("2", QuotientFamilial.Calculer(FoyersDeTest.Creer(true, 2, 24000), FoyersDeTest.Date).Explication.Donnees[3].Valeur);
    }

    [Fact]
    public void Formule_refuse_les_erreurs_de_programmation()
    {
        Assert.Throws<ArgumentException>(() => QuotientFamilial.Formule(Montant.FromCentimes(-1), Montant.Zero, 1m));
        Assert.Throws<ArgumentException>(() => QuotientFamilial.Formule(Montant.Zero, Montant.FromCentimes(-1), 1m));
        Assert.Throws<ArgumentException>(() => QuotientFamilial.Formule(Montant.Zero, Montant.Zero, 0m));
        Assert.Equal(Montant.FromEuros(100m), QuotientFamilial.Formule(Montant.FromEuros(1200m), Montant.Zero, 1m));
        Assert.Throws<ArgumentNullException>(() => QuotientFamilial.Calculer(null!, FoyersDeTest.Date));
    }

    [Fact]
    public void Un_nombre_entier_de_parts_s_ecrit_sans_decimale()
    {
        // Couple et deux enfants : 2 + 0,5 + 0,5 = 3 parts (et non « 3,0 »).
        var qf = QuotientFamilial.Calculer(FoyersDeTest.Creer(true, 2, 24000), FoyersDeTest.Date);
        Assert.Equal(3m, qf.Parts);
        Assert.Equal("Parts = 2 (allocataire) + 0,5 (1er enfant) + 0,5 (2e enfant) = 3", qf.Explication.Operations[2]);
        Assert.EndsWith($"÷ 3 = {qf.Valeur} (arrondi au centime)", qf.Explication.Operations[3], StringComparison.Ordinal);
        Assert.Equal($"QF {qf.Valeur} (3 parts)", qf.ToString());
    }
}
