using System.Collections.Immutable;
using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Testing;
using Caf.Accompagnement.Tests.Contrats;
using Caf.Accompagnement.Tests.Droits;
using Caf.Accompagnement.Tests.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Integration;

/// <summary>
/// Les vérifications d'invariants du paquet Testing, appliquées aux objets produits par la bibliothèque, puis à des
/// valeurs délibérément corrompues (construites par l'API publique) : chaque vérification doit signaler la corruption.
/// </summary>
public sealed class InvariantsTest
{
    [Property(MaxTest = 100)]
    public Property Tout_echeancier_calcule_respecte_ses_invariants()
    {
        var gen = from capital in Gen.Choose(1, 1_000_000)
                  from n in Gen.Choose(1, 120)
                  where capital >= n
                  from premiere in GenerateursCaf.DateEntre(new LocalDate(2020, 1, 1), new LocalDate(2030, 12, 31))
                  select (capital, n, premiere);
        return Prop.ForAll(gen.ToArbitrary(), t =>
            Invariants.Echeancier(Echeancier.Calculer(Montant.FromCentimes(t.capital), t.n, t.premiere)).Count == 0);
    }

    [Property(MaxTest = 20)]
    public Property Toute_carte_validee_est_une_partition() =>
        Prop.ForAll(Gen.Choose(0, 10_000).SelectMany(g => Gen.Choose(1, 12).Select(s => (g, s))).ToArbitrary(), t =>
            Invariants.CarteDesSecteurs(CartesDeTest.Aleatoire(t.g, t.s)).Count == 0);

    [Property(MaxTest = 100)]
    public Property Tout_parcours_rejoue_est_coherent() =>
        Prop.ForAll(ParcoursModeleTest.Scenarios, commandes =>
            Invariants.Parcours(ParcoursModeleTest.Rejouer(commandes, Parcours.Ouvrir(Fixtures.Beneficiaire(), CarteDeTest.MontDeMarsan))).Count == 0);

    [Property(MaxTest = 30)]
    public Property Toute_campagne_planifiee_a_un_contact_par_foyer() =>
        Prop.ForAll(Gen.Choose(0, 100_000).ToArbitrary(), graine =>
        {
            var reference = new LocalDate(2022, 6, 13);
            var campagne = FoyersDeTest.Planificateur().Planifier(FoyersDeTest.Population(new Random(graine), 40, reference), reference).Valeur;
            return Invariants.Campagne(campagne).Count == 0;
        });

    [Fact]
    public void Exemples_valides()
    {
        var carte = CartesDeTest.Aleatoire(1, 3);
        Assert.Empty(Invariants.CarteDesSecteurs(carte));
        var echeancier = Echeancier.Calculer(Montant.FromEuros(1000m), 3, new LocalDate(2022, 7, 30));
        Assert.Equal(["333,33 €", "333,33 €", "333,34 €"], echeancier.Echeances.Select(e => e.Montant.ToString()));
        Assert.Empty(Invariants.Echeancier(echeancier));
    }

    private static readonly LocalDate Reference = new(2022, 6, 30);

    private static (string Nom, IEnumerable<CodeCommune> Communes)[] Secteurs(CarteDesSecteurs carte) =>
        [.. carte.Secteurs.Select(s => (s.Nom, (IEnumerable<CodeCommune>)s.Communes.Select(c => c.Code).ToArray()))];

    private static IEnumerable<CodeCommune> Communes(CarteDesSecteurs carte) => carte.Referentiel.DuDepartement(carte.Departement).Select(c => c.Code);

    [Property(MaxTest = 15)]
    public Property Une_partition_corrompue_est_signalee() =>
        Prop.ForAll(GenerateursCaf.CarteDesSecteurs().Where(c => c.Secteurs.Count > 1).ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (carte, i) =>
        {
            var secteurs = Secteurs(carte);
            Assert.Empty(Invariants.Partition(Communes(carte), secteurs));
            var commune = secteurs[0].Communes.ElementAt(i % secteurs[0].Communes.Count());
            var doublon = secteurs.Select((s, k) => k == 1 ? (s.Nom, s.Communes.Append(commune)) : s).ToArray();
            var oubli = secteurs.Select((s, k) => k == 0 ? (s.Nom, s.Communes.Where(c => c != commune)) : s).ToArray();
            Assert.Contains(Invariants.Partition(Communes(carte), doublon), v => v.Contains("dans deux secteurs", StringComparison.Ordinal));
            Assert.Contains(Invariants.Partition(Communes(carte), oubli), v => v.Contains("aucun secteur", StringComparison.Ordinal));
            Assert.Contains(Invariants.Partition(Communes(carte), [.. secteurs, ("Secteur vide", [])]), v => v.Contains("est vide", StringComparison.Ordinal));
            Assert.Contains(Invariants.Partition(Communes(carte).Skip(1), secteurs), v => v.Contains("pas à couvrir", StringComparison.Ordinal));
        });

    [Property(MaxTest = 100)]
    public Property Un_echeancier_corrompu_est_signale() =>
        Prop.ForAll(GenerateursCaf.Echeancier.Where(e => e.Echeances.Length > 1).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (echeancier, i) =>
        {
            var e = echeancier.Echeances;
            var k = i % e.Length;
            var centime = Montant.FromCentimes(1);
            Assert.Empty(Invariants.Echeances(echeancier.Capital, e));
            Assert.NotEmpty(Invariants.Echeances(echeancier.Capital, e.SetItem(k, e[k] with { Montant = e[k].Montant + centime })));
            Assert.NotEmpty(Invariants.Echeances(echeancier.Capital + centime, e));
            Assert.NotEmpty(Invariants.Echeances(echeancier.Capital, e.SetItem(k, e[k] with { Date = e[k].Date.PlusDays(1) })));
            Assert.NotEmpty(Invariants.Echeances(echeancier.Capital, [.. e.Reverse().Select((x, r) => x with { Rang = r + 1 })]));
            // Le reste se répartit à un centime près sur les dernières : reporter un centime de la première sur la dernière est signalé.
            var deplace = e.SetItem(0, e[0] with { Montant = e[0].Montant - centime }).SetItem(e.Length - 1, e[^1] with { Montant = e[^1].Montant + centime });
            Assert.NotEmpty(Invariants.Echeances(echeancier.Capital, deplace));
        });

    [Fact]
    public void Une_echeance_negative_ou_un_echeancier_vide_sont_signales()
    {
        var date = new LocalDate(2022, 7, 30);
        Assert.Contains(Invariants.Echeances(Montant.Zero, [new Echeance(1, date, Montant.FromEuros(10m)), new Echeance(2, date.PlusMonths(1), Montant.FromEuros(-10m))]), v => v.Contains("négative", StringComparison.Ordinal));
        Assert.Single(Invariants.Echeances(Montant.FromEuros(1m), []));
    }

    [Property(MaxTest = 100)]
    public Property Un_historique_de_parcours_corrompu_est_signale() =>
        Prop.ForAll(GenerateursCaf.Parcours().Where(p => p.Evenements.OfType<ContratEtabli>().Any()).ToArbitrary(), p =>
        {
            var sansEtablissement = p.Evenements.Remove(p.Evenements.OfType<ContratEtabli>().First());
            Assert.NotEmpty(Invariants.Historique(sansEtablissement, p.Parcours));
            var rejoue = p.Evenements.Add(p.Evenements.OfType<ContratEtabli>().Last());
            Assert.NotEmpty(Invariants.Historique(rejoue));
            var enArriere = p.Evenements.Add(new ContratExpire(p.Parcours.Beneficiaire, p.Evenements[^1].Date.PlusDays(-1), 1));
            Assert.Contains(Invariants.Historique(enArriere), v => v.Contains("précède", StringComparison.Ordinal));
        });

    [Fact]
    public void Une_transition_impossible_ou_un_autre_beneficiaire_sont_signales()
    {
        var b = Fixtures.Beneficiaire();
        var d = new LocalDate(2024, 3, 1);
        EvenementParcours[] saut = [new ContratEtabli(b, d, 1, RegimeContrat.ContratEngagementsReciproques), new ContratCommence(b, d, 1)];
        Assert.Contains(Invariants.Historique(saut), v => v.Contains("n'est pas permis", StringComparison.Ordinal));
        EvenementParcours[] deux = [new ContratEtabli(b, d, 1, RegimeContrat.ContratEngagementsReciproques), new ContratEtabli(Fixtures.Beneficiaire(7654321), d, 2, RegimeContrat.ContratEngagementsReciproques)];
        var violations = Invariants.Historique(deux);
        Assert.Contains(violations, v => v.Contains("autre bénéficiaire", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("7654321", StringComparison.Ordinal) || v.Contains("1234567", StringComparison.Ordinal));
    }

    [Property(MaxTest = 100)]
    public Property Un_historique_de_demande_corrompu_est_signale() =>
        Prop.ForAll(GenerateursCaf.DemandeDAide().Where(d => d.Historique.Length > 1).ToArbitrary(), d =>
        {
            var h = d.Historique;
            Assert.Empty(Invariants.Historique(h, d.Statut));
            Assert.NotEmpty(Invariants.Historique(h.RemoveAt(0)));
            Assert.Contains(Invariants.Historique(h.Add(h[0] with { Date = h[^1].Date })), v => v.Contains("redépose", StringComparison.Ordinal));
            Assert.NotEmpty(Invariants.Historique(h.Add(h[^1] with { Date = h[^1].Date.PlusDays(-1) })));
        });

    [Fact]
    public void Un_accord_sans_instruction_est_signale()
    {
        var d = new LocalDate(2022, 3, 1);
        EvenementAide[] h = [new DemandeDeposee(d, Montant.FromEuros(300m)), new DecisionDAccord(d, Montant.FromEuros(300m), FormeAide.Subvention)];
        Assert.Contains(Invariants.Historique(h), v => v.Contains("n'est pas permis", StringComparison.Ordinal));
    }

    [Property(MaxTest = 100)]
    public Property Une_enveloppe_sur_engagee_est_signalee() =>
        Prop.ForAll(GenerateursCaf.EnveloppeBudgetaire.Where(e => !e.Engagements.IsEmpty).ToArbitrary(), e =>
        {
            var engagements = e.Engagements.Values.ToList();
            var centime = Montant.FromCentimes(1);
            Assert.Empty(Invariants.Engagements(e.Annee, e.Dotation, e.PlafondsParCategorie, engagements));
            Assert.Contains(Invariants.Engagements(e.Annee, e.Engage - centime, e.PlafondsParCategorie, engagements), v => v.Contains("sur-engagée", StringComparison.Ordinal));
            var categorie = engagements[0].Categorie;
            var plafonds = e.PlafondsParCategorie.SetItem(categorie, e.EngagePour(categorie) - centime);
            Assert.Contains(Invariants.Engagements(e.Annee, e.Dotation, plafonds, engagements), v => v.Contains("sur-engagée", StringComparison.Ordinal));
            Assert.NotEmpty(Invariants.Engagements(e.Annee + 1, e.Dotation, e.PlafondsParCategorie, engagements));
            Assert.NotEmpty(Invariants.Engagements(e.Annee, e.Dotation, e.PlafondsParCategorie, [.. engagements, engagements[0]]));
        });

    [Property(MaxTest = 20)]
    public Property Une_campagne_corrompue_est_signalee() =>
        Prop.ForAll(GenerateursCaf.Campagne(Reference).Where(c => !c.Contacts.IsEmpty).ToArbitrary(), c =>
        {
            Assert.Empty(Invariants.Contacts(c.Contacts));
            var doublon = Invariants.Contacts([.. c.Contacts, c.Contacts[0]]);
            Assert.Contains(doublon, v => v.Contains("2 contacts", StringComparison.Ordinal));
            Assert.DoesNotContain(doublon, v => v.Contains(c.Contacts[0].Numero.EnClair, StringComparison.Ordinal));
            Assert.Empty(Invariants.Totaux(c.Total, c.TotauxParSecteur));
            Assert.NotEmpty(Invariants.Totaux(c.Total with { Contacts = c.Total.Contacts + 1 }, c.TotauxParSecteur));
            Assert.NotEmpty(Invariants.Totaux(c.Total, c.TotauxParSecteur.RemoveAt(0)));
            var gravite = c.Total.ParGravite.Keys.First();
            Assert.NotEmpty(Invariants.Totaux(c.Total with { ParGravite = c.Total.ParGravite.SetItem(gravite, c.Total.ParGravite[gravite] + 1) }, c.TotauxParSecteur));
        });

    [Property(MaxTest = 30)]
    public Property Des_chiffres_d_activite_qui_ne_totalisent_pas_leurs_lignes_sont_signales() =>
        Prop.ForAll(GenerateursCaf.BilanAnnuel(2022).Where(b => b.Secteurs.Count > 0 && !b.Secteurs[0].Chiffres.Equals(ChiffresDActivite.Vide)).ToArbitrary(), b =>
        {
            Assert.Empty(Invariants.Totaux(b.Chiffres, b.Secteurs.Select(s => s.Chiffres)));
            Assert.NotEmpty(Invariants.Totaux(b.Chiffres, b.Secteurs.Skip(1).Select(s => s.Chiffres)));
            Assert.NotEmpty(Invariants.Totaux(b.Chiffres, b.Secteurs.Select(s => s.Chiffres).Append(b.Secteurs[0].Chiffres)));
        });
}
