using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Cibles;

/// <summary>La simulation d'un changement de politique : qui entre, qui sort, par cible et par secteur, et la charge par travailleur social.</summary>
public sealed class ComparaisonDePolitiquesTest
{
    private static readonly CarteDesSecteurs Carte = GenerateursCaf.CarteDesLandes;

    private static readonly PolitiqueDeCiblage Jusqua29Ans = PolitiqueDeCiblage.Landes2022.Sans(CibleParentsSeuls.CodeCible)
        .Avec(new CibleParentsSeuls(new ParametresParentsSeuls(18, 29, 1.5m)));

    private static readonly PolitiqueDeCiblage EnfantDeMoinsDe3Ans = PolitiqueDeCiblage.Landes2022.Sans(CibleRsaMonoparent.CodeCible)
        .Avec(new CibleRsaMonoparent(ParametresRsaMonoparent.National));

    private static Foyer ParentSeul(int numero, int age, LocalDate reference) =>
        Foyer.Builder(NumeroAllocataire.FromValeur(numero), CodeCommune.Parse("40192"), reference.PlusYears(-age).PlusDays(-10))
            .Isole(reference.PlusYears(-5))
            .AvecEnfant(reference.PlusYears(-8))
            .AvecRessources(Montant.FromEuros(1200m), Montant.FromEuros(14_400m))
            .Build().GetValueOrThrow();

    [Fact]
    public void Les_parents_seuls_de_30_a_34_ans_sortent_quand_la_limite_passe_de_34_a_29_ans()
    {
        var reference = new LocalDate(2022, 6, 30);
        var population = Population.Create([ParentSeul(1_000_001, 25, reference), ParentSeul(1_000_002, 30, reference), ParentSeul(1_000_003, 33, reference), ParentSeul(1_000_004, 36, reference)]).GetValueOrThrow();

        var simulation = ComparaisonDePolitiques.Create(PolitiqueDeCiblage.Landes2022, Jusqua29Ans, population, reference, Carte, partitions: 1).GetValueOrThrow();

        Assert.Equal(new EcartDeCible(3, 1, 0, 2), simulation.Ecart(CibleParentsSeuls.CodeCible));
        Assert.Equal([1, 2], simulation.Sortants(CibleParentsSeuls.CodeCible));
        Assert.Empty(simulation.Entrants(CibleParentsSeuls.CodeCible));
        Assert.True(Carte.TryGetSecteur(CodeCommune.Parse("40192"), out var secteur));
        var montDeMarsan = secteur.Index;
        Assert.Equal(new EcartDeCible(3, 1, 0, 2), simulation.Ecart(montDeMarsan, CibleParentsSeuls.CodeCible));
        Assert.Equal(new EcartDeCible(3, 1, 0, 2), simulation.EnsembleDesCibles(montDeMarsan));
        var charge = simulation.Charges[montDeMarsan];
        Assert.Equal(Carte.Secteurs[montDeMarsan].TravailleursSociaux.Count, charge.TravailleursSociaux);
        Assert.Equal(Math.Round(3m / charge.TravailleursSociaux, 1, MidpointRounding.AwayFromZero), charge.ParTravailleurAvant);
        Assert.Contains("PARENTS_SEULS", simulation.Tableau(), StringComparison.Ordinal);
        Assert.Equal(2, simulation.Entrants(CibleParentsSeuls.CodeCible).Count() + simulation.Sortants(CibleParentsSeuls.CodeCible).Count());
    }

    [Fact]
    public void Une_cible_ajoutee_n_a_que_des_entrants_et_une_cible_retiree_que_des_sortants()
    {
        var reference = new LocalDate(2022, 6, 30);
        var population = FoyersAuHasard.Generateur(7).Population(3_000);
        var ajout = PolitiqueDeCiblage.Landes2022.Avec(new CibleFamillePrioritaire(ParametresFamillePrioritaire.Defaut));

        var simulation = ComparaisonDePolitiques.Create(PolitiqueDeCiblage.Landes2022, ajout, population, reference, Carte).GetValueOrThrow();
        var retrait = ComparaisonDePolitiques.Create(ajout, PolitiqueDeCiblage.Landes2022, population, reference, Carte).GetValueOrThrow();

        var ajoutee = simulation.Ecart(CibleFamillePrioritaire.CodeCible);
        Assert.Equal(CibleFamillePrioritaire.CodeCible, simulation.Codes[^1]);
        Assert.True(ajoutee.Apres > 0);
        Assert.Equal(new EcartDeCible(0, ajoutee.Apres, ajoutee.Apres, 0), ajoutee);
        Assert.Equal(new EcartDeCible(ajoutee.Apres, 0, 0, ajoutee.Apres), retrait.Ecart(CibleFamillePrioritaire.CodeCible));
        foreach (var code in PolitiqueDeCiblage.Landes2022.Cibles.Select(c => c.Code))
        {
            Assert.Equal((0L, 0L), (simulation.Ecart(code).Entrants, simulation.Ecart(code).Sortants));
        }
    }

    [Fact]
    public void Une_population_d_un_autre_referentiel_que_la_carte_est_une_erreur()
    {
        var reference = new LocalDate(2022, 6, 30);
        var autre = ReferentielCommunes.Lire(new StringReader("code_insee,nom,codes_postaux,population,code_epci,anciens_codes,departement\n40192,Mont-de-Marsan,40000,29000,244000865,,40\n"), "test");
        Assert.True(autre.Reussi, string.Join("; ", autre.Reussi ? [] : autre.Erreurs.Select(e => e.Message)));
        var population = Population.Create([ParentSeul(1_000_001, 25, reference)], autre.Valeur).GetValueOrThrow();

        var r = ComparaisonDePolitiques.Create(PolitiqueDeCiblage.Landes2022, Jusqua29Ans, population, reference, Carte);

        Assert.Equal("ciblage.simulation.referentiel", Assert.Single(r.Erreurs).Code);
    }

    private static readonly PolitiqueDeCiblage[] Politiques =
        [PolitiqueDeCiblage.Landes2022, Jusqua29Ans, EnfantDeMoinsDe3Ans, PolitiqueDeCiblage.National, PolitiqueDeCiblage.Loire2020];

    /// <summary>
    /// Chaque compte vaut le décompte, foyer par foyer, des appartenances des deux segmentations (par secteur, par code),
    /// et <c>Après = Avant + Entrants − Sortants</c> ; les secteurs somment aux totaux ; le nombre de partitions n'y change rien.
    /// </summary>
    [Property(MaxTest = 12)]
    public Property Les_comptes_sont_ceux_des_appartenances_de_chaque_foyer(ulong graine, byte a, byte b, PositiveInt partitions)
    {
        var reference = FoyersAuHasard.Reference;
        var population = FoyersAuHasard.Generateur(graine).Population(2_000 + (int)(graine % 3_000));
        var actuelle = Politiques[a % Politiques.Length];
        var envisagee = Politiques[b % Politiques.Length];
        var simulation = ComparaisonDePolitiques.Create(actuelle, envisagee, population, reference, Carte, partitions: 1).GetValueOrThrow();
        var parallele = ComparaisonDePolitiques.Create(actuelle, envisagee, population, reference, Carte, partitions: 1 + (partitions.Get % 5)).GetValueOrThrow();

        var secteurs = DecoupageEnSecteurs.De(Carte);
        var ok = true;
        foreach (var code in simulation.Codes)
        {
            var ka = actuelle.IndexDe(code);
            var kb = envisagee.IndexDe(code);
            var attendu = new Dictionary<int, EcartDeCible>();
            for (var i = 0; i < population.Count; i++)
            {
                var s = secteurs.SecteurParCommune[population.IndicesCommunes[i]];
                var avant = ka >= 0 && simulation.Avant.Appartient(i, ka);
                var apres = kb >= 0 && simulation.Apres.Appartient(i, kb);
                var e = attendu.GetValueOrDefault(s);
                attendu[s] = new EcartDeCible(e.Avant + (avant ? 1 : 0), e.Apres + (apres ? 1 : 0), e.Entrants + (apres && !avant ? 1 : 0), e.Sortants + (avant && !apres ? 1 : 0));
            }

            for (var s = -1; s < simulation.Secteurs.Length; s++)
            {
                var e = simulation.Ecart(s, code);
                ok &= e == attendu.GetValueOrDefault(s) && e.Apres == e.Avant + e.Entrants - e.Sortants && e == parallele.Ecart(s, code);
            }

            var total = simulation.Ecart(code);
            ok &= total.Avant == (ka >= 0 ? simulation.Avant.Total(ka) : 0) && total.Apres == (kb >= 0 ? simulation.Apres.Total(kb) : 0);
        }

        var tous = simulation.EnsembleDesCibles();
        ok &= tous.Avant == simulation.Avant.FoyersCibles && tous.Apres == simulation.Apres.FoyersCibles
            && tous.Apres == tous.Avant + tous.Entrants - tous.Sortants
            && simulation.Charges.Sum(c => c.Foyers.Avant) + simulation.EnsembleDesCibles(-1).Avant == tous.Avant;
        return ok.Label($"{actuelle.Nom} → {envisagee.Nom}");
    }

    /// <summary>Élargir une cible (parents seuls jusqu'à un âge plus grand, enfant plus âgé) ne fait sortir personne ; une politique comparée à elle-même ne change rien.</summary>
    [Property(MaxTest = 12)]
    public Property Elargir_une_cible_ne_fait_sortir_personne(ulong graine, byte ageA, byte ageB, bool parentsSeuls)
    {
        var reference = FoyersAuHasard.Reference;
        var population = FoyersAuHasard.Generateur(graine).Population(3_000);
        var (petit, grand) = (Math.Min(ageA % 20, ageB % 20), Math.Max(ageA % 20, ageB % 20));
        PolitiqueDeCiblage Avec(int x) => parentsSeuls
            ? PolitiqueDeCiblage.FromCibles("p", new CibleParentsSeuls(new ParametresParentsSeuls(18, 24 + x, 1.5m)))
            : PolitiqueDeCiblage.FromCibles("p", new CibleRsaMonoparent(new ParametresRsaMonoparent(1 + (x / 2))));
        var code = parentsSeuls ? CibleParentsSeuls.CodeCible : CibleRsaMonoparent.CodeCible;
        var elargie = ComparaisonDePolitiques.Create(Avec(petit), Avec(grand), population, reference, Carte).GetValueOrThrow();
        var meme = ComparaisonDePolitiques.Create(Avec(grand), Avec(grand), population, reference, Carte).GetValueOrThrow();
        var e = elargie.Ecart(code);
        return (e.Sortants == 0 && e.Apres >= e.Avant && meme.Ecart(code).Entrants == 0 && meme.Ecart(code).Sortants == 0)
            .Label($"{code} {petit} → {grand} : {e}");
    }
}
