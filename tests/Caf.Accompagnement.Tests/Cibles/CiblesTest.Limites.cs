using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Tests.Cibles;

/// <summary>Les faits aux limites des cibles de la bibliothèque.</summary>
public sealed partial class CiblesTest
{
    private static readonly LocalDate Reference = new(2022, 6, 30);
    private static readonly JeuDeBaremes Jeu = BaremesOfficiels.Jeu;

    private static FoyerBuilder ParentSeul(LocalDate naissance, params LocalDate[] enfants)
    {
        var b = Foyer.Builder(NumeroAllocataire.FromValeur(7654321), CodeCommune.Parse("40192"), naissance).Isole(naissance.PlusYears(18));
        foreach (var e in enfants)
        {
            b.AvecEnfant(e);
        }

        return b;
    }

    private static bool Contient(ICible cible, Foyer foyer, LocalDate reference)
    {
        var a = cible.ADate(reference, Jeu).GetValueOrThrow();
        var explication = a.Expliquer(foyer);
        Assert.Equal(a.Contient(foyer), explication.EstSatisfaite);
        return a.Contient(foyer);
    }

    [Theory]
    [InlineData(2016, 6, 30, false)] // 6 ans le jour même : n'a plus moins de 6 ans
    [InlineData(2016, 7, 1, true)] // 6 ans demain
    [InlineData(2022, 6, 30, true)] // né le jour de référence
    [InlineData(2022, 7, 1, false)] // pas encore né
    public void Rsa_monoparent_Landes_enfant_de_moins_de_6_ans(int annee, int mois, int jour, bool attendu)
    {
        var foyer = ParentSeul(new LocalDate(1990, 1, 1), new LocalDate(annee, mois, jour))
            .Percoit(Prestation.Rsa, Montant.FromEuros(700m), majoree: true).Build().GetValueOrThrow();
        Assert.Equal(attendu, Contient(new CibleRsaMonoparent(ParametresRsaMonoparent.Landes), foyer, Reference));
    }

    [Fact]
    public void Rsa_monoparent_national_limite_a_3_ans_et_exige_le_rsa_et_l_isolement()
    {
        var enfant = new LocalDate(2019, 7, 1); // 2 ans et 364 jours
        var national = new CibleRsaMonoparent(ParametresRsaMonoparent.National);
        var avecRsa = ParentSeul(new LocalDate(1990, 1, 1), enfant).Percoit(Prestation.Rsa, Montant.FromEuros(700m)).Build().GetValueOrThrow();
        var sansRsa = ParentSeul(new LocalDate(1990, 1, 1), enfant).Build().GetValueOrThrow();
        var enCouple = Foyer.Builder(NumeroAllocataire.FromValeur(1), CodeCommune.Parse("40192"), new LocalDate(1990, 1, 1))
            .EnCouple(new LocalDate(1991, 1, 1), new LocalDate(2015, 1, 1)).AvecEnfant(enfant).Percoit(Prestation.Rsa, Montant.FromEuros(900m)).Build().GetValueOrThrow();
        Assert.True(Contient(national, avecRsa, Reference));
        Assert.False(Contient(national, avecRsa, Reference.PlusDays(1)));
        Assert.False(Contient(national, sansRsa, Reference));
        Assert.False(Contient(national, enCouple, Reference));
    }

    [Theory]
    [InlineData(1987, 7, 1, true)] // 34 ans et 364 jours
    [InlineData(1987, 6, 30, false)] // 35 ans le jour même
    [InlineData(2004, 6, 30, true)] // 18 ans le jour même
    [InlineData(2004, 7, 1, false)] // 17 ans et 364 jours
    public void Parents_seuls_de_18_a_34_ans(int annee, int mois, int jour, bool attendu)
    {
        var foyer = ParentSeul(new LocalDate(annee, mois, jour), new LocalDate(2022, 1, 1))
            .AvecRessources(Montant.FromEuros(1000m), Montant.Zero).Build().GetValueOrThrow();
        Assert.Equal(attendu, Contient(new CibleParentsSeuls(), foyer, Reference));
    }

    [Fact]
    public void Parents_seuls_ne_29_fevrier()
    {
        // Né le 29/02/1988 : 35 ans le 28/02/2023 (anniversaire ramené au 28 février les années non bissextiles).
        var foyer = ParentSeul(new LocalDate(1988, 2, 29), new LocalDate(2020, 1, 1)).AvecRessources(Montant.FromEuros(1000m), Montant.Zero).Build().GetValueOrThrow();
        var cible = new CibleParentsSeuls();
        Assert.True(Contient(cible, foyer, new LocalDate(2023, 2, 27)));
        Assert.False(Contient(cible, foyer, new LocalDate(2023, 2, 28)));
    }

    [Theory]
    [InlineData("2468.37", false)] // exactement 1,5 × 1 645,58 € : « inférieures » est strict
    [InlineData("2468.36", true)]
    public void Parents_seuls_ressources_egales_au_plafond_ne_comptent_pas(string ressources, bool attendu)
    {
        var foyer = ParentSeul(new LocalDate(1995, 1, 1), new LocalDate(2020, 1, 1))
            .AvecRessources(Montant.Parse(ressources), Montant.Zero).Build().GetValueOrThrow();
        Assert.Equal(attendu, Contient(new CibleParentsSeuls(), foyer, Reference));
    }

    [Fact]
    public void Parents_seuls_le_smic_de_la_date_de_reference()
    {
        // 30/04/2022 : SMIC 1 603,12 €, plafond 2 404,68 € ; 01/05/2022 : SMIC 1 645,58 €, plafond 2 468,37 €.
        var cible = new CibleParentsSeuls();
        Assert.Equal(Montant.FromEuros(2404.68m), cible.Resoudre(new LocalDate(2022, 4, 30), Jeu).GetValueOrThrow().Plafond);
        Assert.Equal(Montant.FromEuros(2468.37m), cible.Resoudre(new LocalDate(2022, 5, 1), Jeu).GetValueOrThrow().Plafond);
        var foyer = ParentSeul(new LocalDate(1995, 1, 1), new LocalDate(2020, 1, 1)).AvecRessources(Montant.FromEuros(2430m), Montant.Zero).Build().GetValueOrThrow();
        Assert.False(Contient(cible, foyer, new LocalDate(2022, 4, 30)));
        Assert.True(Contient(cible, foyer, new LocalDate(2022, 5, 1)));
    }

    [Fact]
    public void Parents_seuls_exige_une_famille_monoparentale()
    {
        var sansEnfant = ParentSeul(new LocalDate(1995, 1, 1)).AvecRessources(Montant.FromEuros(1000m), Montant.Zero).Build().GetValueOrThrow();
        Assert.False(Contient(new CibleParentsSeuls(), sansEnfant, Reference));
    }

    [Fact]
    public void Un_bareme_qui_ne_couvre_pas_la_date_est_une_erreur()
    {
        var r = PolitiqueDeCiblage.National.ADate(new LocalDate(2018, 12, 31), Jeu);
        Assert.False(r.Reussi);
        Assert.Contains(r.Erreurs, e => e.Code == "bareme.date.avant");
    }

    public static TheoryData<string, int> Delais => new()
    {
        { TypeEvenement.DecesConjoint.Code, 365 },
        { TypeEvenement.DecesEnfant.Code, 365 },
        { TypeEvenement.Separation.Code, 183 },
        { TypeEvenement.ImpayeDeLoyer.Code, 92 },
        { TypeEvenement.Monoparentalite.Code, 365 },
    };

    [Theory]
    [MemberData(nameof(Delais))]
    public void Evenement_un_jour_hors_de_sa_fenetre_ne_compte_pas(string code, int delai)
    {
        var type = TypeEvenement.FromCode(code);
        var cible = new CibleEvenementDeVie(type);
        Assert.Equal(delai, cible.Parametres.DelaiEnJours);
        Foyer Avec(LocalDate date) => ParentSeul(new LocalDate(1990, 1, 1)).Evenement(type, date).Build().GetValueOrThrow();
        Assert.True(Contient(cible, Avec(Reference), Reference));
        Assert.True(Contient(cible, Avec(Reference.PlusDays(-delai)), Reference));
        Assert.False(Contient(cible, Avec(Reference.PlusDays(-delai - 1)), Reference));
        Assert.False(Contient(cible, Avec(Reference.PlusDays(1)), Reference)); // événement futur
    }

    [Fact]
    public void Evenement_le_plus_recent_dans_la_fenetre_suffit()
    {
        var cible = new CibleEvenementDeVie(new ParametresEvenementDeVie(TypeEvenement.Separation, 30));
        var foyer = ParentSeul(new LocalDate(1990, 1, 1))
            .Evenement(TypeEvenement.Separation, Reference.PlusDays(-400))
            .Evenement(TypeEvenement.Separation, Reference.PlusDays(-10))
            .Evenement(TypeEvenement.Separation, Reference.PlusDays(5))
            .Build().GetValueOrThrow();
        Assert.True(Contient(cible, foyer, Reference));
        Assert.Equal("EVENEMENT_SEPARATION", cible.Code);
    }

    [Theory]
    [InlineData("2553.60", false)] // 2,1 UC × 1 216 € exactement : niveau de vie égal au seuil
    [InlineData("2553.59", true)]
    public void Famille_prioritaire_enfants_pauvres_sous_le_seuil_strict(string revenu, bool attendu)
    {
        // Couple avec deux enfants de moins de 14 ans : 1 + 0,5 + 0,3 + 0,3 = 2,1 UC ; seuil 2022 : 1 216 €.
        var foyer = Foyer.Builder(NumeroAllocataire.FromValeur(1), CodeCommune.Parse("40192"), new LocalDate(1985, 1, 1))
            .EnCouple(new LocalDate(1986, 1, 1), new LocalDate(2010, 1, 1))
            .AvecEnfant(new LocalDate(2012, 1, 1)).AvecEnfant(new LocalDate(2015, 1, 1))
            .AvecRessources(Montant.Parse(revenu) - Montant.FromEuros(141.99m), Montant.Zero)
            .Percoit(Prestation.AllocationsFamiliales, Montant.FromEuros(141.99m))
            .Build().GetValueOrThrow();
        Assert.Equal(attendu, Contient(new CibleFamillePrioritaire(), foyer, Reference));
    }

    [Fact]
    public void Famille_prioritaire_enfant_de_14_ans_compte_pour_un_demi()
    {
        // Personne seule sans monoparentalité incluse, un enfant de 14 ans le jour même : 1,5 UC × 1 216 € = 1 824 €.
        var cible = new CibleFamillePrioritaire(ParametresFamillePrioritaire.Defaut with { InclureMonoparentales = false });
        Foyer Avec(LocalDate naissance, string revenu) => ParentSeul(new LocalDate(1980, 1, 1), naissance)
            .AvecRessources(Montant.Parse(revenu), Montant.Zero).Build().GetValueOrThrow();
        Assert.True(Contient(cible, Avec(new LocalDate(2008, 6, 30), "1823.99"), Reference));
        Assert.False(Contient(cible, Avec(new LocalDate(2008, 6, 30), "1824.00"), Reference));
        Assert.False(Contient(cible, Avec(new LocalDate(2008, 7, 1), "1700.00"), Reference)); // 13 ans : 1,3 UC, plafond 1 580,80 €
    }

    [Fact]
    public void Famille_prioritaire_monoparentale_quel_que_soit_le_revenu()
    {
        var foyer = ParentSeul(new LocalDate(1980, 1, 1), new LocalDate(2010, 1, 1)).AvecRessources(Montant.FromEuros(9000m), Montant.Zero).Build().GetValueOrThrow();
        Assert.True(Contient(new CibleFamillePrioritaire(), foyer, Reference));
        Assert.False(Contient(new CibleFamillePrioritaire(ParametresFamillePrioritaire.Defaut with { InclureMonoparentales = false }), foyer, Reference));
    }
}
