using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Foyers;

public sealed class FoyerTest
{
    private static readonly LocalDate Reference = new(2022, 6, 30);
    private static readonly NumeroAllocataire Numero = NumeroAllocataire.Parse("0123456");
    private static readonly CodeCommune MontDeMarsan = CodeCommune.Parse("40192");

    [Fact]
    public void Famille_monoparentale_ages_exacts_et_unites_de_consommation()
    {
        var foyer = Foyer.Builder(Numero, MontDeMarsan, new LocalDate(1990, 3, 15))
            .Isole(new LocalDate(2021, 9, 1))
            .AvecEnfant(new LocalDate(2016, 6, 30))
            .AvecEnfant(new LocalDate(2007, 1, 10), handicap: true)
            .AvecRessources(Montant.FromEuros(1200m), Montant.FromEuros(15000m))
            .Percoit(Prestation.Rsa, Montant.FromEuros(300m), majoree: true)
            .Percoit(Prestation.AllocationsFamiliales, Montant.FromEuros(141.99m))
            .Build().GetValueOrThrow();

        Assert.True(foyer.EstMonoparental);
        Assert.Equal(32, foyer.Allocataire.Age(Reference));
        Assert.Equal(6, foyer.PlusJeuneEnfant!.Age(Reference));
        Assert.Equal(new LocalDate(2016, 6, 30), foyer.PlusJeuneEnfant.DateNaissance);
        Assert.Equal(15, foyer.Enfants[0].Age(Reference));

        // 1 (allocataire) + 0,5 (enfant de 15 ans) + 0,3 (enfant de 6 ans).
        Assert.Equal(1.8m, foyer.UnitesDeConsommation(Reference));
        Assert.Equal(Montant.FromEuros(1641.99m), foyer.RevenuDisponibleMensuel);
        Assert.Equal(Montant.FromEuros(912.22m), foyer.NiveauDeVieMensuel(Reference));
        Assert.True(foyer.Percoit(Prestation.Rsa)!.Majoree);
        Assert.Null(foyer.Percoit(Prestation.Apl));
    }

    [Fact]
    public void Couple_avec_enfant_de_moins_de_14_ans()
    {
        var foyer = Foyer.Builder(Numero, MontDeMarsan, new LocalDate(1985, 1, 1))
            .EnCouple(new LocalDate(1986, 5, 5), new LocalDate(2010, 1, 1))
            .AvecEnfant(new LocalDate(2012, 1, 1))
            .Build().GetValueOrThrow();
        Assert.False(foyer.EstMonoparental);
        Assert.Equal(1.8m, foyer.UnitesDeConsommation(Reference));
        Assert.Equal(2.0m, foyer.UnitesDeConsommation(new LocalDate(2026, 1, 1)));
        Assert.Equal(3, foyer.Personnes.Count());
    }

    [Fact]
    public void Toutes_les_erreurs_en_une_fois_avec_leur_champ()
    {
        var r = Foyer.Builder(default, default, new LocalDate(1990, 1, 1))
            .EnCouple(new LocalDate(1990, 1, 1), new LocalDate(2020, 1, 1))
            .AvecEnfant(new LocalDate(1989, 1, 1))
            .AvecRessources(Montant.FromEuros(-1m), Montant.Zero)
            .Percoit(Prestation.Rsa, Montant.FromEuros(10m), majoree: true)
            .Percoit(Prestation.Rsa, Montant.FromEuros(10m))
            .Evenement(TypeEvenement.Separation, new LocalDate(1980, 1, 1))
            .Build();
        Assert.False(r.Reussi);
        var champs = r.Erreurs.Select(e => (e.Code, e.Champ)).ToList();
        Assert.Contains(("foyer.numero.absent", "numero_allocataire"), champs);
        Assert.Contains(("foyer.commune.absente", "commune"), champs);
        Assert.Contains(("foyer.enfant.naissance", "enfants[0].naissance"), champs);
        Assert.Contains(("foyer.ressources.negatives", "ressources_mensuelles"), champs);
        Assert.Contains(("foyer.prestation.majoration", "prestations[0].majore"), champs);
        Assert.Contains(("foyer.prestation.doublon", "prestations[1].prestation"), champs);
        Assert.Contains(("foyer.evenement.date", "evenements[0].date"), champs);
    }

    [Fact]
    public void ToString_ne_revele_pas_le_numero()
    {
        var foyer = Foyer.Builder(Numero, MontDeMarsan, new LocalDate(1990, 1, 1)).Build().GetValueOrThrow();
        Assert.DoesNotContain("0123456", foyer.ToString(), StringComparison.Ordinal);
        Assert.Contains("*****56", foyer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Dernier_evenement_et_derniere_demarche_a_une_date()
    {
        var foyer = Foyer.Builder(Numero, MontDeMarsan, new LocalDate(1990, 1, 1))
            .Evenement(TypeEvenement.Separation, new LocalDate(2021, 1, 1))
            .Evenement(TypeEvenement.Separation, new LocalDate(2022, 3, 1))
            .Demarche(new LocalDate(2020, 3, 16), CanalDeContact.AccueilPhysique)
            .Demarche(new LocalDate(2020, 5, 1), CanalDeContact.AccueilPhysique)
            .Build().GetValueOrThrow();
        Assert.Equal(new LocalDate(2022, 3, 1), foyer.DernierEvenement(TypeEvenement.Separation, Reference));
        Assert.Equal(new LocalDate(2021, 1, 1), foyer.DernierEvenement(TypeEvenement.Separation, new LocalDate(2022, 2, 28)));
        Assert.Null(foyer.DernierEvenement(TypeEvenement.DecesEnfant, Reference));
        Assert.Equal(new LocalDate(2020, 3, 16), foyer.DerniereDemarche(new LocalDate(2020, 4, 1)));
        Assert.Equal(new[] { CanalDeContact.AccueilPhysique }, foyer.Canaux.AsEnumerable());
    }

    [Property(MaxTest = 100)]
    public Property Unites_de_consommation_selon_l_echelle_oecd_modifiee()
    {
        var gen = from couple in Gen.Elements(true, false)
                  from ages in Gen.Choose(0, 24).ArrayOf()
                  select (couple, ages);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var b = Foyer.Builder(Numero, MontDeMarsan, Reference.PlusYears(-45));
            if (t.couple)
            {
                b.EnCouple(Reference.PlusYears(-44), Reference.PlusYears(-20));
            }

            foreach (var age in t.ages)
            {
                b.AvecEnfant(Reference.PlusYears(-age).PlusDays(-1));
            }

            var foyer = b.Build().GetValueOrThrow();
            var attendu = 1m + (t.couple ? 0.5m : 0m) + t.ages.Sum(a => a >= 14 ? 0.5m : 0.3m);
            return foyer.UnitesDeConsommation(Reference) == attendu
                && foyer.NiveauDeVieMensuel(Reference) <= foyer.RevenuDisponibleMensuel;
        });
    }
}
