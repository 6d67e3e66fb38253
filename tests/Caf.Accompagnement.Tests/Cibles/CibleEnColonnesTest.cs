using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Cibles;

/// <summary>Les cibles locales en colonnes : conditions compilées, mêmes décisions en masse et pour un foyer, refus nommés.</summary>
public sealed class CibleEnColonnesTest
{
    private static readonly LocalDate Reference = new(2022, 6, 30);

    private static Foyer Famille(int numero, int enfants, bool rsa, bool couple = false, int age = 35, string commune = "40192")
    {
        var b = Foyer.Builder(NumeroAllocataire.FromValeur(numero), CodeCommune.Parse(commune), Reference.PlusYears(-age).PlusDays(-3));
        if (couple)
        {
            b.EnCouple(Reference.PlusYears(-age), Reference.PlusYears(-10));
        }
        else
        {
            b.Isole(Reference.PlusYears(-10));
        }

        for (var e = 0; e < enfants; e++)
        {
            b.AvecEnfant(Reference.PlusYears(-2 - (3 * e)));
        }

        b.AvecRessources(Montant.FromEuros(900m), Montant.FromEuros(10_800m));
        if (rsa)
        {
            b.Percoit(Prestation.Rsa, Montant.FromEuros(600m));
        }

        return b.Build().GetValueOrThrow();
    }

    private static CibleEnColonnes FamillesNombreusesAuRsa() =>
        CibleEnColonnes.Builder("LANDES_FAMILLES_NOMBREUSES_RSA", "Familles de trois enfants ou plus au RSA")
            .Avec(IndicateursFoyer.Rsa)
            .NombreEnfants(3)
            .Build().GetValueOrThrow();

    [Fact]
    public void Une_famille_nombreuse_au_RSA_est_retenue_en_masse_comme_seule_et_l_explication_cite_chaque_condition()
    {
        var cible = FamillesNombreusesAuRsa();
        var foyers = new[] { Famille(1_000_001, 3, rsa: true), Famille(1_000_002, 2, rsa: true), Famille(1_000_003, 4, rsa: false), Famille(1_000_004, 5, rsa: true, couple: true) };
        var politique = PolitiqueDeCiblage.FromCibles("Caf des Landes (locale)", cible);
        var segmentation = Segmentation.Create(politique, Reference).GetValueOrThrow();
        var resultat = segmentation.Segmenter(Population.Create(foyers).GetValueOrThrow(), partitions: 1);

        Assert.Equal([true, false, false, true], Enumerable.Range(0, 4).Select(i => resultat.Appartient(i, 0)));
        Assert.Empty(segmentation.CiblesSurCheminLent);
        var explication = politique.Evaluer(foyers[1], Reference, BaremesOfficiels.Jeu, ModeExplication.Toutes).GetValueOrThrow();
        var texte = explication.ToString();
        Assert.Contains("Nombre d'enfants à charge", texte, StringComparison.Ordinal);
        Assert.Contains("condition non remplie", texte, StringComparison.Ordinal);
    }

    [Fact]
    public void Une_cible_en_colonnes_sans_condition_contradictoire_ou_au_code_reserve_est_refusee()
    {
        Assert.Equal("ciblage.cible.conditions", Assert.Single(CibleEnColonnes.Builder("X_LOCALE", "Locale").Build().Erreurs).Code);
        Assert.Equal("ciblage.cible.code_reserve", Assert.Single(CibleEnColonnes.Builder(CibleParentsSeuls.CodeCible, "Parents").NombreEnfants(1).Build().Erreurs).Code);
        Assert.Equal("ciblage.cible.code", Assert.Single(CibleEnColonnes.Builder("minuscules", "Locale").NombreEnfants(1).Build().Erreurs).Code);
        Assert.Equal("ciblage.condition.contradiction", Assert.Single(CibleEnColonnes.Builder("X_LOCALE", "Locale").Avec(IndicateursFoyer.Rsa).Sans(IndicateursFoyer.Rsa | IndicateursFoyer.Apl).Build().Erreurs).Code);
        Assert.Equal("ciblage.condition.indicateur", Assert.Single(CibleEnColonnes.Builder("X_LOCALE", "Locale").Avec(IndicateursFoyer.SoumisAuxDroitsEtDevoirs).Build().Erreurs).Code);
        Assert.Equal("ciblage.condition.bornes", Assert.Single(CibleEnColonnes.Builder("X_LOCALE", "Locale").AgeAllocataire(40, 30).Build().Erreurs).Code);
        Assert.Equal("ciblage.condition.bornes", Assert.Single(CibleEnColonnes.Builder("X_LOCALE", "Locale").RessourcesMensuelles(Montant.FromEuros(100m), Montant.FromEuros(50m)).Build().Erreurs).Code);
        Assert.Equal("ciblage.condition.bornes", Assert.Single(CibleEnColonnes.Builder("X_LOCALE", "Locale").DansLesCommunes([]).Build().Erreurs).Code);
        Assert.Equal(["ciblage.cible.code", "ciblage.cible.libelle"], CibleEnColonnes.Builder(null!, null!).NombreEnfants(1).Build().Erreurs.Select(e => e.Code));
        Assert.Equal("ciblage.condition.bornes", Assert.Single(CibleEnColonnes.Builder("X_LOCALE", "Locale").AgeAllocataire(int.MinValue, int.MaxValue).Build().Erreurs).Code);
    }

    [Fact]
    public void Une_situation_datee_apres_la_reference_ne_remplit_pas_une_condition_de_couple()
    {
        var cible = CibleEnColonnes.Builder("X_ISOLES", "Personnes seules").Sans(IndicateursFoyer.EnCouple).Build().GetValueOrThrow();
        var isoleDemain = Foyer.Builder(NumeroAllocataire.FromValeur(1_000_001), CodeCommune.Parse("40192"), new LocalDate(1990, 1, 1))
            .Isole(Reference.PlusDays(1)).AvecRessources(Montant.FromEuros(900m), Montant.FromEuros(10_800m)).Build().GetValueOrThrow();
        var politique = PolitiqueDeCiblage.FromCibles("p", cible);
        var resultat = Segmentation.Create(politique, Reference).GetValueOrThrow().Segmenter(Population.Create([isoleDemain]).GetValueOrThrow(), partitions: 1);

        Assert.False(resultat.Appartient(0, 0));
        Assert.False(cible.ADate(Reference, BaremesOfficiels.Jeu).GetValueOrThrow().Contient(isoleDemain));
        Assert.True(cible.ADate(Reference.PlusDays(1), BaremesOfficiels.Jeu).GetValueOrThrow().Contient(isoleDemain));
    }

    [Fact]
    public void Aux_bornes_du_calendrier_une_cible_en_colonnes_se_resout_sans_exception()
    {
        var cible = CibleEnColonnes.Builder("X_BORNES", "Bornes").AgeAllocataire(0, 150).PlusJeuneEnfantDeMoinsDe(30).Build().GetValueOrThrow();
        var politique = PolitiqueDeCiblage.FromCibles("p", cible);
        var foyer = Famille(1_000_001, 1, rsa: false);
        foreach (var date in new[] { LocalDate.MinIsoValue, LocalDate.MinIsoValue.PlusYears(100), new LocalDate(1, 1, 1), LocalDate.MaxIsoValue })
        {
            var segmentation = Segmentation.Create(politique, date);
            Assert.True(segmentation.Reussi, date.ToString());
            var resultat = segmentation.Valeur.Segmenter(Population.Create([foyer]).GetValueOrThrow(), partitions: 1);
            Assert.Equal(cible.ADate(date, BaremesOfficiels.Jeu).GetValueOrThrow().Contient(foyer), resultat.Appartient(0, 0));
        }
    }

    private static readonly IndicateursFoyer[] Indicateurs =
        [IndicateursFoyer.Rsa, IndicateursFoyer.Apl, IndicateursFoyer.AllocationsFamiliales, IndicateursFoyer.RsaMajore, IndicateursFoyer.EnCouple, IndicateursFoyer.TelephoneConnu, IndicateursFoyer.CanalTelephone, IndicateursFoyer.CanalAccueilPhysique];

    /// <summary>Une cible en colonnes tirée au hasard : indicateurs requis et exclus, bornes d'âge, d'enfants, de ressources, plus jeune enfant, communes.</summary>
    private static readonly Gen<CibleEnColonnes> Cibles =
        from requis in Gen.Choose(0, 255)
        from exclus in Gen.Choose(0, 255)
        from age in Gen.Choose(0, 3)
        from ageMin in Gen.Choose(16, 40)
        from largeur in Gen.Choose(0, 30)
        from enfants in Gen.Choose(0, 3)
        from enfantsMin in Gen.Choose(0, 3)
        from plusJeune in Gen.Choose(0, 7)
        from ressources in Gen.Choose(0, 3)
        from plafond in Gen.Choose(10_000, 400_000)
        from communes in Gen.Choose(0, 127)
        select Construire(requis, exclus & ~requis, age, ageMin, largeur, enfants, enfantsMin, plusJeune, ressources, plafond, communes);

    private static CibleEnColonnes Construire(int requis, int exclus, int age, int ageMin, int largeur, int enfants, int enfantsMin, int plusJeune, int ressources, int plafond, int communes)
    {
        IndicateursFoyer Choisir(int bits) => Indicateurs.Where((_, k) => (bits & (1 << k)) != 0).Aggregate(IndicateursFoyer.Aucun, (a, b) => a | b);
        var b = CibleEnColonnes.Builder("X_HASARD", "Cible tirée").Avec(Choisir(requis & 0b1010_0101)).Sans(Choisir(exclus & 0b0101_1010));
        if (age > 0)
        {
            b.AgeAllocataire(age == 2 ? null : ageMin, age == 3 ? null : ageMin + largeur);
        }

        if (enfants > 0)
        {
            b.NombreEnfants(enfants == 2 ? null : enfantsMin, enfants == 3 ? null : enfantsMin + 1);
        }

        if (plusJeune > 0 && plusJeune < 7)
        {
            b.PlusJeuneEnfantDeMoinsDe(plusJeune);
        }

        if (ressources > 0)
        {
            b.RessourcesMensuelles(ressources == 2 ? null : Montant.FromCentimes(plafond / 4), ressources == 3 ? null : Montant.FromCentimes(plafond));
        }

        if (communes > 63)
        {
            b.DansLesCommunes(FoyersAuHasard.Communes.Where((_, k) => (communes & (1 << k)) != 0).DefaultIfEmpty(FoyersAuHasard.Communes[0]));
        }

        return b.Build().GetValueOrThrow();
    }

    /// <summary>
    /// Pour toute cible en colonnes et tout foyer (aux seuils d'âge, de ressources, d'enfants, situation datée autour de
    /// la date) : la segmentation en masse, sur un fil ou en partitions, décide comme la cible résolue pour ce foyer.
    /// </summary>
    [Property(MaxTest = 30)]
    public Property En_masse_et_foyer_par_foyer_concordent(int graine, int decalage, PositiveInt partitions)
    {
        return Prop.ForAll(Cibles.ToArbitrary(), Cibles.ToArbitrary(), (une, autre) =>
        {
            var reference = FoyersAuHasard.Reference.PlusDays((Math.Abs(decalage) % 5) - 2);
            var foyers = FoyersAuHasard.Tirer(graine, 4_000, FoyersAuHasard.Reference);
            var politique = PolitiqueDeCiblage.National.Avec(une).Avec(CibleEnColonnes.Builder("X_AUTRE", "Autre").Avec(autre.Requis).Sans(autre.Exclus).AgeAllocataire(autre.AgeMinimum ?? 0, autre.AgeMaximum ?? 150).Build().GetValueOrThrow());
            var segmentation = Segmentation.Create(politique, reference).GetValueOrThrow();
            var population = Population.Create(foyers).GetValueOrThrow();
            var seul = segmentation.Segmenter(population, partitions: 1);
            var parallele = segmentation.Segmenter(population, partitions: 1 + (partitions.Get % 4));
            var k = politique.Cibles.Length - 2;
            for (var i = 0; i < foyers.Count; i++)
            {
                for (var c = k; c < k + 2; c++)
                {
                    if (segmentation.Politique.Cibles[c].Contient(foyers[i]) != seul.Appartient(i, c))
                    {
                        return false.Label($"foyer {i}, cible {politique.Cibles[c].Code}");
                    }
                }
            }

            return seul.Masques.SequenceEqual(parallele.Masques).Label("partitions");
        });
    }
}
