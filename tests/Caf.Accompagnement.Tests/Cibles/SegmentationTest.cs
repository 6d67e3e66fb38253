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

public sealed class SegmentationTest
{
    private static readonly CibleLocale CibleLocaleTelephone = new(
        "SANS_TELEPHONE_AVEC_ENFANT",
        "Foyers avec enfant sans téléphone connu",
        (f, _) => !f.TelephoneConnu && f.NombreEnfants > 0,
        (f, _, _) => new MotifsDeCible([new DonneeUtilisee("Téléphone connu", f.TelephoneConnu ? "oui" : "non", "dossier")], [], ["Téléphone et enfants vérifiés."]));

    /// <summary>Toutes les cibles intégrées (paramètres variés), une cible locale et un événement hors socle (chemin lent).</summary>
    private static readonly PolitiqueDeCiblage[] Politiques =
    [
        PolitiqueDeCiblage.Landes2022,
        PolitiqueDeCiblage.National.Avec(CibleLocaleTelephone).Avec(new CibleEvenementDeVie(TypeEvenement.Naissance)),
        PolitiqueDeCiblage.FromCibles(
            "variantes",
            new CibleRsaMonoparent(new ParametresRsaMonoparent(3)),
            new CibleParentsSeuls(new ParametresParentsSeuls(20, 29, 1m)),
            new CibleFamillePrioritaire(new ParametresFamillePrioritaire(false, 14)),
            new CibleEvenementDeVie(new ParametresEvenementDeVie(TypeEvenement.ImpayeDeLoyer, 30))),
    ];

    private static void AssertAccord(Segmentation segmentation, ResultatDeSegmentation resultat, Func<int, Foyer> foyer)
    {
        for (var i = 0; i < resultat.Population.Count; i++)
        {
            var f = foyer(i);
            for (var k = 0; k < segmentation.Cibles.Length; k++)
            {
                var attendu = segmentation.Politique.Cibles[k].Contient(f);
                if (attendu != resultat.Appartient(i, k))
                {
                    Assert.Fail($"Foyer {i}, cible {segmentation.Cibles[k].Code} au {segmentation.Reference} : évaluation {attendu}, segmentation {!attendu}.");
                }
            }
        }
    }

    [Property(MaxTest = 40)]
    public void En_masse_et_foyer_par_foyer_concordent_sur_des_foyers_aux_seuils(int graine, int decalage, byte politique)
    {
        var reference = FoyersAuHasard.Reference.PlusDays((Math.Abs(decalage) % 9) - 4);
        var foyers = FoyersAuHasard.Tirer(graine, 150, FoyersAuHasard.Reference);
        var population = Population.Create(foyers).GetValueOrThrow();
        var segmentation = Segmentation.Create(Politiques[politique % Politiques.Length], reference).GetValueOrThrow();
        AssertAccord(segmentation, segmentation.Segmenter(population, partitions: 1), i => foyers[i]);
    }

    /// <summary>
    /// Règles datées, chemin unitaire (<see cref="PolitiqueDeCiblage.Evaluer"/>) et chemin en masse (segmentation d'une
    /// population relue d'un CSV avec la colonne droits_devoirs) : mêmes décisions quand la situation familiale est datée
    /// autour de la date de référence, quand un événement de séparation ou de monoparentalité a perdu sa prémisse (de
    /// nouveau en couple) et quand la soumission aux droits et devoirs est connue, inconnue ou datée après la date.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property Le_chemin_unitaire_et_le_chemin_en_masse_appliquent_les_memes_regles_datees(int graine, int decalage, bool stricte)
    {
        var reference = FoyersAuHasard.Reference.PlusDays((Math.Abs(decalage) % 5) - 2);
        var foyers = FoyersAuHasard.Tirer(graine, 200, FoyersAuHasard.Reference);
        var politique = PolitiqueDeCiblage.National.Avec(new CibleRsaMonoparent(ParametresRsaMonoparent.Landes with { PresumerSoumisSiInconnu = !stricte }));
        var csv = new StringWriter();
        PopulationCsv.Ecrire(csv, foyers);
        var population = PopulationCsv.Lire(new StringReader(csv.ToString())).GetValueOrThrow();
        var segmentation = Segmentation.Create(politique, reference).GetValueOrThrow();
        var resultat = segmentation.Segmenter(population, partitions: 1);
        var datees = 0;
        for (var i = 0; i < foyers.Count; i++)
        {
            var evaluation = politique.Evaluer(foyers[i], reference, BaremesOfficiels.Jeu).GetValueOrThrow();
            for (var k = 0; k < segmentation.Cibles.Length; k++)
            {
                if (evaluation.Decisions[k].EstSatisfaite != resultat.Appartient(i, k))
                {
                    return false.Label($"Foyer {i}, cible {segmentation.Cibles[k].Code} au {reference} : unitaire {evaluation.Decisions[k].EstSatisfaite}, en masse {resultat.Appartient(i, k)}.");
                }
            }

            datees += foyers[i].DateSituation > reference || foyers[i].Allocataire.DroitsEtDevoirs is not null ? 1 : 0;
        }

        return (datees > 0).Label("aucun foyer daté autour de la date de référence").Collect(datees > 20 ? "plus de 20 foyers datés" : "20 au plus");
    }

    /// <summary>Une population sans aucun enfant ni événement (tables vides) se segmente comme foyer par foyer.</summary>
    [Fact]
    public void Une_population_sans_enfant_ni_evenement_se_segmente()
    {
        var foyers = FoyersAuHasard.Tirer(3, 300, FoyersAuHasard.Reference)
            .Select(f => Foyer.Builder(f.Numero, f.Commune, f.Allocataire.DateNaissance).AvecRessources(f.RessourcesMensuelles, f.RessourcesAnnuellesN2).Build().GetValueOrThrow())
            .ToList();
        var population = Population.Create(foyers).GetValueOrThrow();
        Assert.Equal(0, population.NombreEnfants);
        Assert.Equal(0, population.NombreEvenements);
        foreach (var politique in Politiques)
        {
            var segmentation = Segmentation.Create(politique, FoyersAuHasard.Reference).GetValueOrThrow();
            AssertAccord(segmentation, segmentation.Segmenter(population, partitions: 1), i => foyers[i]);
        }
    }

    /// <summary>
    /// Les cas rares du noyau fusionné : jusqu'à 10 enfants (autour de 14 et de 3 ans, certains nés après la date),
    /// revenus autour du seuil de pauvreté pour toutes les unités de consommation possibles, RSA des isolés, plusieurs
    /// événements d'un même type dont le dernier suit la date de référence ; avec un seuil de pauvreté trop grand pour le
    /// calcul exact en 32 bits (500 000 € par mois), les revenus douteux passent par la règle scalaire.
    /// </summary>
    [Property(MaxTest = 30)]
    public void En_masse_et_foyer_par_foyer_concordent_sur_les_cas_rares_du_noyau_fusionne(int graine, byte politique, bool seuilEleve)
    {
        var h = new Random(graine);
        var reference = FoyersAuHasard.Reference;
        var jeu = seuilEleve
            ? new JeuDeBaremes(BaremesOfficiels.SmicHoraire, BaremesOfficiels.SmicMensuel, Bareme<Montant>.Lire("seuil", new StringReader("debut,valeur,reference\n2000-01-01,500000.00,Seuil fictif pour le test\n"), t => Montant.Create(t)).GetValueOrThrow(), BaremesOfficiels.RsaMontantDeBase)
            : BaremesOfficiels.Jeu;
        var seuil = jeu.SeuilDePauvrete.ValeurAu(reference).Valeur.Valeur.Centimes;
        var foyers = new List<Foyer>();
        for (var i = 0; i < 203; i++)
        {
            var naissance = reference.PlusYears(-h.Next(18, 60));
            var b = Foyer.Builder(NumeroAllocataire.FromValeur(2_000_000 + i), FoyersAuHasard.Communes[h.Next(FoyersAuHasard.Communes.Length)], naissance);
            var couple = h.Next(2) == 0;
            if (couple)
            {
                b.EnCouple(naissance.PlusDays(h.Next(-2000, 2000)), naissance.PlusYears(17));
            }
            else
            {
                b.Isole(naissance.PlusYears(17));
            }

            var enfants = h.Next(4) == 0 ? h.Next(4, 11) : h.Next(3);
            for (var e = 0; e < enfants; e++)
            {
                var n = reference.PlusYears(-new[] { 14, 3, 0, 16 }[h.Next(4)]).PlusDays(h.Next(-2, 3));
                n = n > naissance ? n : naissance.PlusDays(1);
                b.AvecEnfant(n, false);
            }

            // Revenu à quelques centimes du seuil pour un nombre d'enfants de 14 ans ou plus tiré entre 0 et tous.
            var uc10 = SeuilsFamillePrioritaire.UnitesDeConsommationEnDixiemes(couple, h.Next(enfants + 1), 0) + (3 * enfants);
            var prestations = h.Next(3) == 0 ? h.Next(0, 60_000) : 0;
            var ressources = Math.Max(0, (seuil * uc10 / 10) - prestations + h.Next(-3, 4));
            if (h.Next(8) == 0)
            {
                ressources = h.Next(0, 2_000_000);
            }

            b.AvecRessources(Montant.FromCentimes(ressources), Montant.FromCentimes(ressources * 12));
            if (prestations > 0 || h.Next(3) == 0)
            {
                b.Percoit(Prestation.Rsa, Montant.FromCentimes(prestations), majoree: !couple && h.Next(2) == 0);
            }

            foreach (var type in new[] { TypeEvenement.Separation, TypeEvenement.DecesConjoint, TypeEvenement.Monoparentalite })
            {
                for (var e = h.Next(3); e > 0; e--)
                {
                    b.Evenement(type, reference.PlusDays(h.Next(-400, 30)));
                }
            }

            foyers.Add(b.Build().GetValueOrThrow());
        }

        var population = Population.Create(foyers).GetValueOrThrow();
        var segmentation = Segmentation.Create(Politiques[politique % Politiques.Length], reference, jeu).GetValueOrThrow();
        AssertAccord(segmentation, segmentation.Segmenter(population, partitions: 1), i => foyers[i]);
    }

    [Property(MaxTest = 6)]
    public void En_masse_et_foyer_par_foyer_concordent_sur_une_population_generee(ulong graine, byte politique)
    {
        var population = FoyersAuHasard.Generateur(graine).Population(1500);
        var segmentation = Segmentation.Create(Politiques[politique % Politiques.Length], FoyersAuHasard.Reference).GetValueOrThrow();
        AssertAccord(segmentation, segmentation.Segmenter(population), population.Foyer);
    }

    [Property(MaxTest = 6)]
    public Property Le_resultat_ne_depend_pas_du_decoupage_en_partitions(ulong graine, PositiveInt partitions)
    {
        var population = FoyersAuHasard.Generateur(graine).Population(8_000);
        var segmentation = Segmentation.Create(Politiques[1], FoyersAuHasard.Reference).GetValueOrThrow();
        var secteurs = SecteursParEpci();
        var seul = segmentation.Segmenter(population, secteurs, partitions: 1);
        var parallele = segmentation.Segmenter(population, secteurs, partitions: 1 + (partitions.Get % 7));
        var ok = seul.Masques.SequenceEqual(parallele.Masques);
        for (var s = -1; s < secteurs.Noms.Length; s++)
        {
            for (var k = 0; k < segmentation.Cibles.Length; k++)
            {
                ok &= seul.Compte(s, k) == parallele.Compte(s, k);
            }
        }

        return ok.Label($"{1 + (partitions.Get % 7)} partitions");
    }

    /// <summary>Douze cibles (deux octets de masque) : la politique nationale, trois cibles locales et la naissance.</summary>
    private static readonly PolitiqueDeCiblage DouzeCibles = PolitiqueDeCiblage.National
        .Avec(CibleLocaleTelephone)
        .Avec(new CibleEvenementDeVie(TypeEvenement.Naissance))
        .Avec(new CibleLocale("COUPLE_AU_RSA", "Couples au RSA", (f, _) => f.Conjoint is not null && f.Percoit(Prestation.Rsa) is not null, (_, _, _) => new MotifsDeCible([], [], ["RSA et couple vérifiés."])))
        .Avec(new CibleLocale("TROIS_ENFANTS", "Familles de trois enfants ou plus", (f, _) => f.NombreEnfants >= 3, (_, _, _) => new MotifsDeCible([], [], ["Nombre d'enfants vérifié."])));

    /// <summary>
    /// Les comptes par secteur × cible valent le décompte des masques, que la partition compte par histogramme de
    /// masques (population assez grande pour la table) ou cible par cible, avec un ou deux octets de masque.
    /// </summary>
    [Property(MaxTest = 8)]
    public Property Les_comptes_valent_le_decompte_des_masques_par_histogramme_ou_cible_par_cible(ulong graine, byte politique, PositiveInt partitions, bool grande)
    {
        var population = FoyersAuHasard.Generateur(graine).Population(grande ? 12_000 : 1_000);
        var politiques = new[] { PolitiqueDeCiblage.National, DouzeCibles, PolitiqueDeCiblage.Landes2022 };
        var segmentation = Segmentation.Create(politiques[politique % politiques.Length], FoyersAuHasard.Reference).GetValueOrThrow();
        var secteurs = SecteursParEpci();
        var p = 1 + (partitions.Get % 3);
        var resultat = segmentation.Segmenter(population, secteurs, partitions: p);
        var attendu = new long[secteurs.Noms.Length + 1, segmentation.Cibles.Length];
        for (var i = 0; i < population.Count; i++)
        {
            var ligne = secteurs.SecteurParCommune[population.IndicesCommunes[i]] + 1;
            for (var k = 0; k < segmentation.Cibles.Length; k++)
            {
                attendu[ligne, k] += resultat.Appartient(i, k) ? 1 : 0;
            }
        }

        var ok = true;
        for (var s = -1; s < secteurs.Noms.Length; s++)
        {
            for (var k = 0; k < segmentation.Cibles.Length; k++)
            {
                ok &= attendu[s + 1, k] == resultat.Compte(s, k);
            }
        }

        return ok.Label($"{segmentation.Cibles.Length} cibles, {population.Count} foyers, {p} partitions");
    }

    [Fact]
    public void Les_comptes_par_secteur_somment_les_masques()
    {
        var population = FoyersAuHasard.Generateur(11).Population(30_000);
        var segmentation = Segmentation.Create(PolitiqueDeCiblage.National, FoyersAuHasard.Reference).GetValueOrThrow();
        var secteurs = SecteursParEpci();
        var resultat = segmentation.Segmenter(population, secteurs);
        for (var k = 0; k < segmentation.Cibles.Length; k++)
        {
            var attendu = new long[secteurs.Noms.Length];
            for (var i = 0; i < population.Count; i++)
            {
                if (resultat.Appartient(i, k))
                {
                    attendu[Array.IndexOf([.. secteurs.Noms], population.Commune(i).CodeEpci)]++;
                }
            }

            for (var s = 0; s < attendu.Length; s++)
            {
                Assert.Equal(attendu[s], resultat.Compte(s, k));
            }

            Assert.Equal(0, resultat.Compte(-1, k));
            Assert.True(resultat.Total(k) > 0, segmentation.Cibles[k].Code);
        }
    }

    [Fact]
    public void Une_cible_locale_passe_par_le_chemin_lent_et_figure_dans_les_comptes()
    {
        var foyers = FoyersAuHasard.Tirer(5, 500, FoyersAuHasard.Reference);
        var population = Population.Create(foyers).GetValueOrThrow();
        var politique = PolitiqueDeCiblage.Landes2022.Avec(CibleLocaleTelephone);
        var segmentation = Segmentation.Create(politique, FoyersAuHasard.Reference).GetValueOrThrow();
        Assert.Equal([CibleLocaleTelephone.Code], segmentation.CiblesSurCheminLent.Select(c => c.Code));
        Assert.Empty(Segmentation.Create(DouzeCibles.Sans(CibleLocaleTelephone.Code).Sans("COUPLE_AU_RSA").Sans("TROIS_ENFANTS"), FoyersAuHasard.Reference).GetValueOrThrow().CiblesSurCheminLent);
        var resultat = segmentation.Segmenter(population);
        var k = politique.IndexDe(CibleLocaleTelephone.Code);
        Assert.Equal(foyers.Count(f => !f.TelephoneConnu && f.NombreEnfants > 0), resultat.Total(k));
        Assert.Contains(CibleLocaleTelephone.Code, resultat.Tableau(), StringComparison.Ordinal);
    }

    [Fact]
    public void Resegmenter_dans_le_meme_resultat_donne_le_meme_resultat()
    {
        var population = FoyersAuHasard.Generateur(2).Population(10_000);
        var segmentation = Segmentation.Create(PolitiqueDeCiblage.Landes2022, FoyersAuHasard.Reference).GetValueOrThrow();
        var resultat = segmentation.Segmenter(population);
        var masques = resultat.Masques.ToArray();
        var totaux = Enumerable.Range(0, segmentation.Cibles.Length).Select(resultat.Total).ToArray();
        segmentation.SegmenterDans(resultat, partitions: 3);
        Assert.Equal(masques, resultat.Masques.ToArray());
        Assert.Equal(totaux, Enumerable.Range(0, segmentation.Cibles.Length).Select(resultat.Total).ToArray());
    }

    [Fact]
    public void Bareme_qui_ne_couvre_pas_la_date_refuse()
    {
        var r = Segmentation.Create(PolitiqueDeCiblage.Landes2022, new LocalDate(2010, 1, 1));
        Assert.False(r.Reussi);
        Assert.Contains(r.Erreurs, e => e.Code == "bareme.date.avant");
    }

    /// <summary>Secteurs de test : un par EPCI des Landes (18).</summary>
    private static DecoupageEnSecteurs SecteursParEpci()
    {
        var referentiel = ReferentielCommunes.Cog2026;
        var epci = referentiel.DuDepartement("40").Select(c => c.CodeEpci!).Distinct().Order(StringComparer.Ordinal).ToList();
        var table = new short[referentiel.Count];
        Array.Fill(table, (short)-1);
        foreach (var c in referentiel.DuDepartement("40"))
        {
            table[c.Index] = (short)epci.IndexOf(c.CodeEpci!);
        }

        return DecoupageEnSecteurs.FromTable(referentiel, epci, table);
    }
}

public sealed class SegmentationLimitesTest
{
    private static readonly PolitiqueDeCiblage[] Politiques =
    [
        PolitiqueDeCiblage.Landes2022,
        PolitiqueDeCiblage.National,
        PolitiqueDeCiblage.FromCibles("sans barème", new CibleRsaMonoparent(new ParametresRsaMonoparent(25)), new CibleEvenementDeVie(new ParametresEvenementDeVie(TypeEvenement.Separation, 365))),
    ];

    [Fact]
    public void Une_date_de_reference_aux_limites_du_calendrier_donne_un_resultat()
    {
        foreach (var politique in Politiques)
        {
            foreach (var reference in new[] { new LocalDate(1, 1, 1), new LocalDate(1, 6, 30), new LocalDate(9999, 12, 31) })
            {
                var r = Segmentation.Create(politique, reference);
                Assert.True(r.Reussi || r.Erreurs.Count > 0);
                Assert.True(politique.ADate(reference, BaremesOfficiels.Jeu).Reussi == r.Reussi);
            }
        }
    }

    [Fact]
    public void Une_politique_sans_bareme_se_segmente_au_premier_jour_du_calendrier()
    {
        var foyers = FoyersAuHasard.Tirer(5, 50, FoyersAuHasard.Reference);
        var population = Population.Create(foyers).GetValueOrThrow();
        var segmentation = Segmentation.Create(Politiques[2], new LocalDate(1, 1, 1)).GetValueOrThrow();
        var resultat = segmentation.Segmenter(population, partitions: 1);
        Assert.Equal(new LocalDate(1, 1, 1), resultat.Reference);
        for (var i = 0; i < foyers.Count; i++)
        {
            Assert.Equal(segmentation.Politique.Cibles[1].Contient(foyers[i]), resultat.Appartient(i, 1));
        }
    }

    [Fact]
    public void Segmenter_dans_un_resultat_existant_prend_la_nouvelle_date()
    {
        var foyers = FoyersAuHasard.Tirer(5, 50, FoyersAuHasard.Reference);
        var population = Population.Create(foyers).GetValueOrThrow();
        var avant = Segmentation.Create(PolitiqueDeCiblage.Landes2022, FoyersAuHasard.Reference).GetValueOrThrow();
        var apres = Segmentation.Create(PolitiqueDeCiblage.Landes2022, FoyersAuHasard.Reference.PlusYears(1)).GetValueOrThrow();
        var resultat = avant.Segmenter(population, partitions: 1);
        apres.SegmenterDans(resultat, partitions: 1);
        Assert.Equal(apres.Reference, resultat.Reference);
        Assert.Contains(Dates.Formater(apres.Reference), resultat.ToString(), StringComparison.Ordinal);
        Assert.Equal(apres.Segmenter(population, partitions: 1).Tableau(), resultat.Tableau());
    }

    [Fact]
    public void Des_prestations_dont_le_total_deborde_sont_refusees_a_la_creation_du_foyer()
    {
        var r = Foyer.Builder(NumeroAllocataire.FromValeur(1234567), CodeCommune.Parse("40192"), new LocalDate(1990, 1, 1))
            .Percoit(Prestation.Rsa, Montant.MaxValue)
            .Percoit(Prestation.AllocationsFamiliales, Montant.FromCentimes(1))
            .Build();
        Assert.Equal("foyer.prestations.capacite", Assert.Single(r.Erreurs).Code);
        var limite = Foyer.Builder(NumeroAllocataire.FromValeur(1234567), CodeCommune.Parse("40192"), new LocalDate(1990, 1, 1))
            .Percoit(Prestation.Rsa, Montant.FromCentimes(int.MaxValue))
            .Percoit(Prestation.AllocationsFamiliales, Montant.FromCentimes(1))
            .Build().GetValueOrThrow();
        Assert.Equal("population.montant.capacite", Assert.Single(Population.Create([limite]).Erreurs).Code);
    }
}
