using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Integration;

/// <summary>
/// Les générateurs du paquet Testing produisent des valeurs valides (vérifiées par les invariants) et couvrent les
/// états du cycle de vie de chaque agrégat.
/// </summary>
public sealed class GenerateursTest
{
    private static readonly LocalDate Reference = new(2022, 6, 30);

    // Échantillons reproductibles : une graine fixe, pour que la couverture ne dépende pas du hasard du jour.
    private static T[] Echantillon<T>(Gen<T> gen, int n) => gen.Sample(n, new Rnd(42UL, 7UL), 20);

    [Property(MaxTest = 15)]
    public Property Les_cartes_generees_sont_des_partitions() =>
        Prop.ForAll(GenerateursCaf.CarteDesSecteurs().ToArbitrary(), carte =>
            Prop.Label(Invariants.CarteDesSecteurs(carte).Count == 0, string.Join(" ; ", Invariants.CarteDesSecteurs(carte)))
                .Collect(carte.Secteurs.Count <= 3 ? "1 à 3 secteurs" : "plus de 3 secteurs"));

    [Property(MaxTest = 150)]
    public Property Les_parcours_generes_ont_un_historique_coherent() =>
        Prop.ForAll(GenerateursCaf.Parcours().ToArbitrary(), p =>
        {
            var violations = Invariants.Parcours(p.Parcours).Concat(Invariants.Historique(p.Evenements, p.Parcours)).ToList();
            return Prop.Label(violations.Count == 0, string.Join(" ; ", violations))
                .Classify(p.Parcours.Contrats.IsEmpty, "sans contrat")
                .Classify(p.Parcours.Contrats.Any(c => c.Regime == RegimeContrat.ContratEngagement), "contrat d'engagement");
        });

    [Fact]
    public void Les_parcours_generes_couvrent_tous_les_statuts_et_les_deux_regimes()
    {
        var contrats = Echantillon(GenerateursCaf.Parcours(), 400).SelectMany(p => p.Parcours.Contrats).ToList();
        Assert.All(StatutContrat.Toutes, s => Assert.Contains(contrats, c => c.Statut == s));
        Assert.All(RegimeContrat.Toutes, r => Assert.Contains(contrats, c => c.Regime == r));
        Assert.Contains(contrats, c => !c.Avenants.IsEmpty);
        Assert.Contains(contrats, c => c.Predecesseur is not null);
        var parcours = Echantillon(GenerateursCaf.Parcours(), 400).Select(p => p.Parcours).ToList();
        Assert.Contains(parcours, p => p.Sanctions.Length > 1);
        Assert.Contains(parcours, p => p.Sortie is not null);
        Assert.Contains(parcours, p => p.FranceTravail is not null);
        Assert.Contains(parcours, p => !p.OrganismesReferents.IsEmpty);
    }

    [Fact]
    public void Les_sanctions_generees_couvrent_les_deux_regimes_et_respectent_leurs_bornes()
    {
        var sanctions = Echantillon(GenerateursCaf.Sanction, 200);
        Assert.All(RegimeDeSanction.Toutes, r => Assert.Contains(sanctions, s => s.Regime == r));
        Assert.All(NatureSanction.Toutes, n => Assert.Contains(sanctions, s => s.Nature == n));
        Assert.All(sanctions, s =>
        {
            Assert.Equal(RegimeDeSanction.Au(s.Debut), s.Regime);
            Assert.InRange(s.TauxPourcent, 1, 100);
            Assert.True(s.Fin >= s.Debut);
            Assert.NotNull(s.Explication);
        });
    }

    [Fact]
    public void Les_engagements_et_referents_generes_couvrent_leurs_valeurs()
    {
        var engagements = Echantillon(GenerateursCaf.Engagement, 200);
        Assert.All(StatutEngagement.Toutes, s => Assert.Contains(engagements, e => e.Statut == s));
        Assert.All(DomaineEngagement.Toutes, d => Assert.Contains(engagements, e => e.Domaine == d));
        var referents = Echantillon(GenerateursCaf.Referent(), 200);
        var travailleurs = GenerateursCaf.CarteDesLandes.Secteurs.SelectMany(s => s.TravailleursSociaux).ToHashSet();
        Assert.All(OrganismeReferent.Toutes, o => Assert.Contains(referents, r => r.Organisme == o));
        Assert.All(referents.Where(r => r.Organisme == OrganismeReferent.Caf), r => Assert.Contains(r.TravailleurSocial!, travailleurs));
    }

    [Property(MaxTest = 100)]
    public Property Les_demandes_generees_sont_coherentes() =>
        Prop.ForAll(GenerateursCaf.DemandeDAide().ToArbitrary(), d =>
            Prop.Label(Invariants.DemandeDAide(d).Count == 0, string.Join(" ; ", Invariants.DemandeDAide(d))).Collect(d.Statut.Code));

    [Fact]
    public void Les_demandes_generees_couvrent_tous_les_statuts()
    {
        var demandes = Echantillon(GenerateursCaf.DemandeDAide(), 300);
        Assert.All(StatutDemande.Toutes, s => Assert.Contains(demandes, d => d.Statut == s));
    }

    [Property(MaxTest = 100)]
    public Property Les_echeanciers_et_les_prets_generes_sont_valides() =>
        Prop.ForAll(GenerateursCaf.Echeancier.ToArbitrary(), GenerateursCaf.Pret.ToArbitrary(), (e, p) =>
        {
            var violations = Invariants.Echeancier(e).Concat(Invariants.Pret(p)).ToList();
            return Prop.Label(violations.Count == 0, string.Join(" ; ", violations)).Collect(p.Statut.Code);
        });

    [Fact]
    public void Les_prets_generes_couvrent_tous_les_statuts()
    {
        var prets = Echantillon(GenerateursCaf.Pret, 300);
        Assert.All(StatutDuPret.Toutes, s => Assert.Contains(prets, p => p.Statut == s));
        Assert.Contains(prets, p => p.Mouvements.Any(m => m is Reechelonnement));
    }

    [Property(MaxTest = 100)]
    public Property Les_enveloppes_generees_ne_sont_jamais_sur_engagees() =>
        Prop.ForAll(GenerateursCaf.EnveloppeBudgetaire.ToArbitrary(), e =>
            Prop.Label(Invariants.EnveloppeBudgetaire(e).Count == 0, string.Join(" ; ", Invariants.EnveloppeBudgetaire(e)))
                .Classify(e.Engagements.IsEmpty, "sans engagement")
                .Classify(e.Consomme > Montant.Zero, "avec consommation")
                .Classify(e.Remboursements > Montant.Zero, "avec remboursements"));

    [Fact]
    public void Les_enveloppes_generees_ont_des_engagements_consommes_et_des_remboursements()
    {
        var enveloppes = Echantillon(GenerateursCaf.EnveloppeBudgetaire, 200);
        Assert.Contains(enveloppes, e => e.Engagements.Values.Any(x => x.DateConsommation is null));
        Assert.Contains(enveloppes, e => e.Engagements.Values.Any(x => x.DateConsommation is not null));
        Assert.Contains(enveloppes, e => e.Remboursements > Montant.Zero);
        Assert.Contains(enveloppes, e => !e.PlafondsParCategorie.IsEmpty);
    }

    [Property(MaxTest = 50)]
    public Property Les_quotients_familiaux_et_types_d_aide_generes_sont_ceux_de_la_bibliotheque() =>
        Prop.ForAll(GenerateursCaf.QuotientFamilial(Reference).ToArbitrary(), GenerateursCaf.TypeDAide().ToArbitrary(), (qf, type) =>
            qf.Valeur >= Montant.Zero && qf.Parts > 0m && qf.Explication is not null && CatalogueDesAides.Reference.TryGetValue(type.Code, out _));

    [Fact]
    public void Les_politiques_et_les_signaux_generes_sont_valides_et_varies()
    {
        var politiques = Echantillon(GenerateursCaf.PolitiqueDeCampagne, 100);
        Assert.All(politiques, p =>
        {
            Assert.InRange(p.FenetreSansNouvelAppelJours, 1, 3650);
            Assert.InRange(p.TentativesMaximum, 1, 10);
            Assert.NotEmpty(p.MotifsPieceManquante);
        });
        Assert.True(politiques.Select(p => p.TentativesMaximum).Distinct().Count() > 1);
        var signaux = Echantillon(GenerateursCaf.Signal(Reference), 200);
        Assert.True(signaux.Select(s => s.CodePublic).Distinct().Count() >= 3, string.Join(", ", signaux.Select(s => s.CodePublic).Distinct()));
        Assert.All(signaux, s => Assert.NotNull(s.Explication));
    }

    [Property(MaxTest = 25)]
    public Property Les_campagnes_generees_respectent_leurs_invariants() =>
        Prop.ForAll(GenerateursCaf.Campagne(Reference).ToArbitrary(), c =>
            Prop.Label(Invariants.Campagne(c).Count == 0, string.Join(" ; ", Invariants.Campagne(c)))
                .Classify(c.Contacts.IsEmpty, "sans contact")
                .Classify(c.Historique.Count > 0, "avec issues")
                .Classify(c.Contacts.Any(x => x.Tentative > 1), "nouvelle tentative"));

    [Fact]
    public void Les_campagnes_generees_ont_des_contacts_des_issues_et_des_replanifications()
    {
        var campagnes = Echantillon(GenerateursCaf.Campagne(Reference), 40);
        Assert.Contains(campagnes, c => c.Contacts.Length > 5);
        Assert.Contains(campagnes, c => c.Historique.Count > 0);
        Assert.Contains(campagnes, c => c.Reference > Reference);
        Assert.Contains(campagnes, c => c.TotauxParSecteur.Length > 1);
    }

    [Property(MaxTest = 40)]
    public Property Les_journaux_et_bilans_generes_totalisent_leurs_lignes() =>
        Prop.ForAll(GenerateursCaf.Journal(new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31))).ToArbitrary(), GenerateursCaf.BilanAnnuel(2023).ToArbitrary(), (j, b) =>
        {
            var violations = Invariants.Journal(j).Concat(Invariants.BilanAnnuel(b)).ToList();
            return Prop.Label(violations.Count == 0, string.Join(" ; ", violations)).Classify(j.Entrees.IsEmpty, "journal vide");
        });

    [Fact]
    public void Les_entrees_generees_couvrent_toutes_les_sortes()
    {
        var entrees = Echantillon(GenerateursCaf.EntreeJournal(new DateInterval(new LocalDate(2024, 6, 1), new LocalDate(2025, 6, 30))), 400);
        Assert.Equal(7, entrees.Select(e => e.GetType()).Distinct().Count());
    }
}
