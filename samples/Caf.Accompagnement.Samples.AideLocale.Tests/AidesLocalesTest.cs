using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Caf.Accompagnement.Samples.AideLocale.Tests;

public sealed class AidesLocalesTest
{
    private static readonly LocalDate Date = new(2022, 9, 15);

    private static CatalogueDesAides Catalogue()
    {
        var sp = new ServiceCollection().AddAidesFinancieres().AddSourceDeTypesDAide<AidesLocales>().BuildServiceProvider();
        return sp.GetRequiredService<CatalogueDesAides>();
    }

    private static Foyer Jeune(string commune, decimal ressourcesN2, int ne = 2003) =>
        Foyer.Builder(NumeroAllocataire.FromValeur(4012345), CodeCommune.Parse(commune), new LocalDate(ne, 2, 11))
            .Isole(new LocalDate(2021, 9, 1))
            .AvecRessources(Montant.FromEuros(650m), Montant.FromEuros(ressourcesN2))
            .Build()
            .GetValueOrThrow();

    [Fact]
    public void L_aide_locale_est_servie_par_le_catalogue_avec_les_aides_fournies()
    {
        var catalogue = Catalogue();
        Assert.True(catalogue.TryGetValue(AidesLocales.CodePermis, out var type));
        Assert.Same(AidesLocales.MobilitePermis, type);
        Assert.True(catalogue.TryGetValue("AVF", out _));
        Assert.Contains(type, catalogue.DeLaCategorie(CategorieAide.CoupDePouce));
        Assert.Equal(AidesLocales.LandesDArmagnac.Count, AidesLocales.LandesDArmagnac.Distinct().Count());
    }

    [Fact]
    public void Eligibilite_et_explication_comme_une_aide_fournie()
    {
        // QF = 6 200 ÷ 12 ÷ 2 = 258,33 € : 50 % de 1 450 € = 725 €, sous le plafond de 800 €.
        var e = AidesLocales.MobilitePermis.Evaluer(ContexteEligibilite.Create(Jeune("40245", 6200m), Date, coutDuProjet: Montant.FromEuros(1450m)));
        Assert.True(e.EstEligible);
        Assert.Equal(Montant.FromEuros(725m), e.MontantMaximum);
        Assert.True(e.Explication.EstSatisfaite);

        // Hors territoire (Mont-de-Marsan) : non éligible, et l'explication le dit.
        var hors = AidesLocales.MobilitePermis.Evaluer(ContexteEligibilite.Create(Jeune("40192", 6200m), Date, coutDuProjet: Montant.FromEuros(1450m)));
        Assert.False(hors.EstEligible);
        Assert.False(hors.Explication.EstSatisfaite);
        Assert.Contains("n'est pas sur le territoire", hors.Explication.ToString(), StringComparison.Ordinal);

        // 30 % au-dessus d'un QF de 600 € : N-2 16 800 € → QF 700 €, 30 % de 1 450 € = 435 €.
        var moyen = AidesLocales.MobilitePermis.Evaluer(ContexteEligibilite.Create(Jeune("40245", 16800m), Date, coutDuProjet: Montant.FromEuros(1450m)));
        Assert.Equal(Montant.FromEuros(435m), moyen.MontantMaximum);
    }

    [Fact]
    public void Enveloppe_et_bilan_comme_une_aide_fournie()
    {
        var enveloppe = new EnveloppePartagee(EnveloppeBudgetaire.Create("401", 2022, Montant.FromEuros(1000m)).GetValueOrThrow());
        var type = AidesLocales.MobilitePermis;
        var d = DemandeDAide.Deposer("MOB-1", NumeroAllocataire.FromValeur(4012345), type, Montant.FromEuros(725m), FormeAide.Pret, Date).GetValueOrThrow();
        d = d.Instruire(Date).GetValueOrThrow().Etat;
        d = InstructionDesAides.Accorder(d, enveloppe, Date.PlusDays(1), Montant.FromEuros(725m), FormeAide.Pret).GetValueOrThrow().Etat;
        var d2 = DemandeDAide.Deposer("MOB-2", NumeroAllocataire.FromValeur(4012346), type, Montant.FromEuros(400m), FormeAide.Subvention, Date).GetValueOrThrow();
        d2 = d2.Instruire(Date).GetValueOrThrow().Etat;
        var refus = InstructionDesAides.Accorder(d2, enveloppe, Date.PlusDays(1), Montant.FromEuros(400m), FormeAide.Subvention);
        Assert.Equal("aides.enveloppe.depassement", Assert.Single(refus.Erreurs).Code);

        d = InstructionDesAides.Decaisser(d, enveloppe, Date.PlusDays(10), 10, new LocalDate(2022, 11, 5)).GetValueOrThrow().Etat;
        Assert.Equal(Montant.FromEuros(72.50m), d.Pret!.Echeancier.Mensualite);
        var bilan = BilanDesAides.Calculer([d.PourLeBilan()!]);
        Assert.Equal(1, bilan.DuType(type).Nombre);
        Assert.Equal(Montant.FromEuros(725m), bilan.DeLaCategorie(CategorieAide.CoupDePouce).MontantEnPrets);
        Assert.Equal(1, bilan.TotalVersees.Nombre);
    }
}
