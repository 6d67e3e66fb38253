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

    [Fact]
    public void Valeurs_par_defaut_d_un_foyer_minimal()
    {
        var naissance = new LocalDate(1990, 1, 1);
        var foyer = Foyer.Builder(Numero, MontDeMarsan, naissance).Build().GetValueOrThrow();
        Assert.Equal(SituationFamiliale.Isole, foyer.Situation);
        Assert.Equal(naissance, foyer.DateSituation);
        Assert.Null(foyer.Conjoint);
        Assert.Null(foyer.PlusJeuneEnfant);
        Assert.False(foyer.EstMonoparental);
        Assert.Equal(0, foyer.NombreEnfants);
        Assert.False(foyer.TelephoneConnu);
        Assert.Equal(Montant.Zero, foyer.TotalPrestations);
        Assert.Equal(1m, foyer.UnitesDeConsommation(Reference));
        Assert.Equal(new[] { foyer.Allocataire }, foyer.Personnes);
        Assert.Equal(RoleDansLeFoyer.Allocataire, foyer.Allocataire.Role);
        Assert.Equal(Numero, foyer.Numero);
        Assert.Equal(MontDeMarsan, foyer.Commune);
        Assert.Equal($"Foyer *****56 à 40192 : {SituationFamiliale.Isole.Libelle}, 0 enfant(s)", foyer.ToString());
    }

    [Fact]
    public void Le_builder_garde_la_derniere_situation_et_ordonne_les_listes()
    {
        var naissance = new LocalDate(1980, 1, 1);
        var foyer = Foyer.Builder(Numero, MontDeMarsan, naissance)
            .EnCouple(new LocalDate(1981, 1, 1), new LocalDate(2005, 1, 1))
            .Isole(new LocalDate(2015, 1, 1))
            .AvecEnfant(new LocalDate(2010, 1, 1))
            .AvecEnfant(new LocalDate(2012, 1, 1))
            .AvecEnfant(new LocalDate(2008, 1, 1))
            .AvecRessources(Montant.FromEuros(1000m), Montant.FromEuros(11000m))
            .Percoit(Prestation.AllocationsFamiliales, Montant.FromEuros(100m))
            .Percoit(Prestation.Apl, Montant.FromEuros(50.5m))
            .Evenement(TypeEvenement.Separation, new LocalDate(2015, 1, 1))
            .Evenement(TypeEvenement.Naissance, new LocalDate(2012, 1, 1))
            .Demarche(new LocalDate(2021, 5, 1), CanalDeContact.CafFr)
            .Demarche(new LocalDate(2020, 5, 1), CanalDeContact.Telephone)
            .Canal(CanalDeContact.CafFr)
            .Telephone()
            .Build().GetValueOrThrow();
        Assert.Equal(SituationFamiliale.Isole, foyer.Situation);
        Assert.Equal(new LocalDate(2015, 1, 1), foyer.DateSituation);
        Assert.Null(foyer.Conjoint);
        Assert.True(foyer.EstMonoparental);
        Assert.Equal(3, foyer.NombreEnfants);
        Assert.Equal(new[] { 2008, 2010, 2012 }, foyer.Enfants.Select(e => e.DateNaissance.Year));
        Assert.All(foyer.Enfants, e => Assert.Equal(RoleDansLeFoyer.Enfant, e.Role));
        Assert.Equal(new LocalDate(2012, 1, 1), foyer.PlusJeuneEnfant!.DateNaissance);
        Assert.Equal(new[] { 2012, 2015 }, foyer.Evenements.Select(e => e.Date.Year));
        Assert.Equal(new[] { 2020, 2021 }, foyer.Demarches.Select(d => d.Date.Year));
        Assert.Equal(new[] { CanalDeContact.CafFr, CanalDeContact.Telephone }, foyer.Canaux.AsEnumerable());
        Assert.True(foyer.TelephoneConnu);
        Assert.Equal(Montant.FromEuros(1000m), foyer.RessourcesMensuelles);
        Assert.Equal(Montant.FromEuros(11000m), foyer.RessourcesAnnuellesN2);
        Assert.Equal(Montant.FromEuros(150.5m), foyer.TotalPrestations);
        Assert.Equal(Montant.FromEuros(1150.5m), foyer.RevenuDisponibleMensuel);
        Assert.Equal(Montant.FromEuros(50.5m), foyer.Percoit(Prestation.Apl)!.MontantMensuel);
        Assert.Equal(4, foyer.Personnes.Count());
        Assert.False(Foyer.Builder(Numero, MontDeMarsan, naissance).Telephone().Telephone(false).Build().Valeur.TelephoneConnu);
    }

    [Fact]
    public void Conjoint_present_en_couple()
    {
        var foyer = Foyer.Builder(Numero, MontDeMarsan, new LocalDate(1980, 1, 1))
            .Isole(new LocalDate(2000, 1, 1))
            .EnCouple(new LocalDate(1981, 2, 3), new LocalDate(2005, 1, 1))
            .Build().GetValueOrThrow();
        Assert.Equal(SituationFamiliale.EnCouple, foyer.Situation);
        Assert.Equal(new LocalDate(2005, 1, 1), foyer.DateSituation);
        Assert.Equal(new Personne(RoleDansLeFoyer.Conjoint, new LocalDate(1981, 2, 3)), foyer.Conjoint);
        Assert.Equal(new[] { foyer.Allocataire, foyer.Conjoint }, foyer.Personnes);
        Assert.Equal(1.5m, foyer.UnitesDeConsommation(Reference));
    }

    [Fact]
    public void Quatorze_ans_le_jour_meme_compte_pour_un_demi()
    {
        var foyer = Foyer.Builder(Numero, MontDeMarsan, new LocalDate(1980, 1, 1))
            .AvecEnfant(Reference.PlusYears(-14))
            .Build().GetValueOrThrow();
        Assert.Equal(1.5m, foyer.UnitesDeConsommation(Reference));
        Assert.Equal(1.3m, foyer.UnitesDeConsommation(Reference.PlusDays(-1)));
    }

    [Fact]
    public void Erreurs_de_dates_aux_bornes()
    {
        var naissance = new LocalDate(1990, 1, 1);
        Assert.True(Foyer.Builder(Numero, MontDeMarsan, naissance).Isole(naissance).Evenement(TypeEvenement.Naissance, naissance).AvecEnfant(naissance.PlusDays(1)).Build().Reussi);

        var r = Foyer.Builder(Numero, MontDeMarsan, naissance)
            .Isole(naissance.PlusDays(-1))
            .AvecEnfant(naissance.PlusYears(20))
            .AvecEnfant(naissance)
            .Evenement(TypeEvenement.Naissance, naissance.PlusDays(-1))
            .Build();
        Assert.Equal(
            new[] { ("foyer.situation.date", "date_situation", "1989-12-31"), ("foyer.enfant.naissance", "enfants[1].naissance", Erreur.ValeurMasquee), ("foyer.evenement.date", "evenements[0].date", "1989-12-31") },
            r.Erreurs.Select(e => (e.Code, e.Champ, e.Valeur!)));
    }

    [Fact]
    public void Erreurs_de_montants_et_de_majoration()
    {
        var naissance = new LocalDate(1990, 1, 1);
        var r = Foyer.Builder(Numero, MontDeMarsan, naissance)
            .EnCouple(naissance, naissance.PlusYears(20))
            .AvecRessources(Montant.Zero, Montant.FromCentimes(-1))
            .Percoit(Prestation.Apl, Montant.FromCentimes(-1))
            .Percoit(Prestation.Rsa, Montant.FromEuros(10m), majoree: true)
            .Percoit(Prestation.Aah, Montant.Zero, majoree: true)
            .Build();
        Assert.Equal(
            new[]
            {
                ("foyer.ressources.negatives", "ressources_n2"),
                ("foyer.prestation.montant", "prestations[0].montant"),
                ("foyer.prestation.majoration", "prestations[1].majore"),
                ("foyer.prestation.majoration", "prestations[2].majore"),
                ("foyer.prestation.majoration", "prestations[2].majore"),
            },
            r.Erreurs.Select(e => (e.Code, e.Champ)));
        Assert.Equal(new[] { "COUPLE", "AAH", "COUPLE" }, r.Erreurs.Skip(2).Select(e => e.Valeur));

        Assert.True(Foyer.Builder(Numero, MontDeMarsan, naissance).Percoit(Prestation.Rsa, Montant.Zero, majoree: true).Build().Reussi);
        Assert.Throws<ArgumentNullException>(() => Foyer.Builder(Numero, MontDeMarsan, naissance).Percoit(null!, Montant.Zero));
        Assert.Throws<ArgumentNullException>(() => Foyer.Builder(Numero, MontDeMarsan, naissance).Evenement(null!, naissance));
        Assert.Throws<ArgumentNullException>(() => Foyer.Builder(Numero, MontDeMarsan, naissance).Canal(null!));
        Assert.Throws<ArgumentNullException>(() => Foyer.Builder(Numero, MontDeMarsan, naissance).Demarche(naissance, null!));
    }

    [Fact]
    public void Dernier_evenement_aux_bornes_et_par_type()
    {
        var foyer = Foyer.Builder(Numero, MontDeMarsan, new LocalDate(1990, 1, 1))
            .Evenement(TypeEvenement.Separation, new LocalDate(2022, 3, 1))
            .Evenement(TypeEvenement.Naissance, new LocalDate(2022, 4, 1))
            .Evenement(TypeEvenement.Separation, new LocalDate(2021, 1, 1))
            .Demarche(new LocalDate(2020, 5, 1), CanalDeContact.Courrier)
            .Demarche(new LocalDate(2020, 3, 16), CanalDeContact.Courrier)
            .Build().GetValueOrThrow();
        Assert.Equal(new LocalDate(2022, 3, 1), foyer.DernierEvenement(TypeEvenement.Separation, new LocalDate(2022, 3, 1)));
        Assert.Equal(new LocalDate(2022, 3, 1), foyer.DernierEvenement(TypeEvenement.Separation, new LocalDate(2030, 1, 1)));
        Assert.Null(foyer.DernierEvenement(TypeEvenement.Separation, new LocalDate(2020, 12, 31)));
        Assert.Equal(new LocalDate(2020, 5, 1), foyer.DerniereDemarche(new LocalDate(2020, 5, 1)));
        Assert.Equal(new LocalDate(2020, 5, 1), foyer.DerniereDemarche(new LocalDate(2030, 1, 1)));
        Assert.Null(foyer.DerniereDemarche(new LocalDate(2020, 3, 15)));
    }

    [Fact]
    public void Le_constructeur_valide_et_attache_les_droits_et_les_pieces()
    {
        var debut = new LocalDate(2022, 1, 1);
        var foyer = Foyer.Builder(Numero, MontDeMarsan, new LocalDate(1990, 3, 15))
            .Isole(debut)
            .AvecDroit(Prestation.Apl, EtatDroit.Ouvert, debut)
            .AvecPieceDemandee(NaturePiece.Toutes[0], debut, debut.PlusDays(30))
            .Build().GetValueOrThrow();
        var refuse = Foyer.Builder(Numero, MontDeMarsan, new LocalDate(1990, 3, 15))
            .Isole(debut)
            .AvecDroit(Prestation.Apl, EtatDroit.Ouvert, new LocalDate(1990, 3, 14))
            .Build();

        Assert.Equal(Prestation.Apl, Assert.Single(foyer.Droits).Prestation);
        Assert.Single(foyer.PiecesDemandees);
        Assert.Equal("foyer.droit.date", Assert.Single(refuse.Erreurs).Code);
    }

    [Fact]
    public void Un_enfant_en_residence_alternee_compte_pour_moitie_de_ses_unites_de_consommation()
    {
        var foyer = Foyer.Builder(NumeroAllocataire.FromValeur(1234567), CodeCommune.Parse("40192"), new LocalDate(1985, 1, 1))
            .EnCouple(new LocalDate(1984, 1, 1), new LocalDate(2015, 1, 1))
            .AvecEnfant(new LocalDate(2007, 5, 1))
            .AvecEnfantEnResidenceAlternee(new LocalDate(2012, 5, 1))
            .AvecRessources(Montant.FromEuros(2150m), Montant.Zero)
            .Build().GetValueOrThrow();

        // 1 + 0,5 (conjoint) + 0,5 (15 ans) + 0,3 × 0,5 (10 ans, résidence alternée) = 2,15.
        Assert.Equal(2.15m, foyer.UnitesDeConsommation(Reference));
        Assert.Equal(Montant.FromEuros(1000m), foyer.NiveauDeVieMensuel(Reference));
        Assert.Equal(2.3m, foyer.UnitesDeConsommation(Reference, 1m));
        Assert.Equal(2m, foyer.UnitesDeConsommation(Reference, 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => foyer.UnitesDeConsommation(Reference, 1.01m));
        Assert.Equal(1, foyer.NombreEnfantsEnResidenceAlternee);
        Assert.True(foyer.Enfants[1].ResidenceAlternee);
        Assert.EndsWith("résidence alternée", foyer.Enfants[1].ToString(), StringComparison.Ordinal);
    }
}
