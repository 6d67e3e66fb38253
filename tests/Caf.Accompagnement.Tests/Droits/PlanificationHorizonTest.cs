using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Droits;

/// <summary>La planification qui dit quand elle ne tient pas : horizon, foyers non planifiés et leur raison, retards, capacité face à la demande.</summary>
public sealed class PlanificationHorizonTest
{
    // Un lundi.
    private static readonly LocalDate Lundi = new(2022, 6, 27);

    private static Foyer Monoparental(int i, CodeCommune commune) =>
        FoyersDeTest.Builder(i, commune).AvecEnfant(new LocalDate(2016, 1, 1)).Telephone().Valide();

    private static PlanificateurDeCampagne Planificateur(int? horizon, int capaciteTs = 6, int capaciteCaf = 40) =>
        FoyersDeTest.Planificateur(FoyersDeTest.Politique(p =>
        {
            p.HorizonJours = horizon;
            p.CapaciteJournaliereTravailleurSocial = capaciteTs;
            p.CapaciteJournaliereCaf = capaciteCaf;
        }));

    [Fact]
    public void Au_dela_de_la_capacite_dans_l_horizon_les_foyers_sont_rendus_non_planifies_avec_leur_raison()
    {
        // Du lundi 27 juin au lundi 4 juillet 2022 : 6 jours ouvrés, 6 contacts par jour pour le travailleur social du secteur Sud.
        var foyers = Enumerable.Range(1, 50).Select(i => Monoparental(i, FoyersDeTest.Dax)).ToList();

        var campagne = Planificateur(horizon: 7).Planifier(foyers, Lundi).Valeur;

        Assert.Equal(Lundi.PlusDays(7), campagne.FinDHorizon);
        Assert.Equal(36, campagne.Contacts.Length);
        Assert.Equal(14, campagne.NonPlanifies.Length);
        Assert.All(campagne.NonPlanifies, n => Assert.Equal((RaisonDeNonPlanification.CapaciteDansLHorizon, "SUD", FoyersDeTest.TsSud), (n.Raison, n.Secteur, n.Intervenant)));
        var charge = Assert.Single(campagne.ChargesParIntervenant);
        Assert.Equal((6, 6, 36L, 50, 36, 14, 0), (charge.CapaciteJournaliere, charge.JoursOuvresDansLHorizon, charge.CapaciteDansLHorizon, charge.Demande, charge.Planifies, charge.NonPlanifies, charge.EnRetard));
        Assert.Equal(new LocalDate(2022, 7, 4), charge.DernierJourPrevu);
        Assert.False(campagne.Tient);
        Assert.Equal(new ChargeDeSecteur("SUD", 50, 36, 0, 14, 0), Assert.Single(campagne.ChargesParSecteur));
        Assert.DoesNotContain(FoyersDeTest.Numero(50).EnClair, campagne.NonPlanifies[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sans_horizon_tout_est_planifie_mais_les_retards_sont_comptes()
    {
        // Échéance : 10 jours après la référence, le jeudi 7 juillet ; 9 jours ouvrés jusque-là, soit 54 contacts à l'heure.
        var foyers = Enumerable.Range(1, 80).Select(i => Monoparental(i, FoyersDeTest.Dax)).ToList();

        var campagne = Planificateur(horizon: null).Planifier(foyers, Lundi).Valeur;

        Assert.Null(campagne.FinDHorizon);
        Assert.Equal(80, campagne.Contacts.Length);
        Assert.Empty(campagne.NonPlanifies);
        Assert.Equal(26, campagne.ContactsEnRetard);
        var charge = Assert.Single(campagne.ChargesParIntervenant);
        Assert.Null(charge.CapaciteDansLHorizon);
        Assert.Equal(26, charge.EnRetard);
        Assert.False(campagne.Tient);
    }

    [Fact]
    public void Les_foyers_ecartes_sont_non_planifies_avec_la_raison_de_l_ecartement()
    {
        var foyers = new[] { Monoparental(1, FoyersDeTest.Dax), Monoparental(2, FoyersDeTest.Dax), Monoparental(3, FoyersDeTest.Dax) };
        var planificateur = Planificateur(horizon: 30);
        var campagne = planificateur.Planifier(foyers, Lundi).Valeur;
        campagne = campagne.Enregistrer(FoyersDeTest.Numero(1), Lundi, IssueDuContact.Refus).Valeur.Campagne;
        campagne = campagne.Enregistrer(FoyersDeTest.Numero(2), Lundi, IssueDuContact.Injoignable).Valeur.Campagne;
        campagne = campagne.Enregistrer(FoyersDeTest.Numero(3), Lundi, IssueDuContact.Joint).Valeur.Campagne;

        var suivante = planificateur.Planifier(foyers, Lundi.PlusDays(1), campagne).Valeur;

        Assert.Empty(suivante.Contacts);
        Assert.Equal(3, suivante.NombreEcartes);
        Assert.Equal(
            [RaisonDeNonPlanification.Refus, RaisonDeNonPlanification.AttenteNouvelleTentative, RaisonDeNonPlanification.FenetreSansNouvelAppel],
            suivante.NonPlanifies.OrderBy(n => n.Numero).Select(n => n.Raison));
        Assert.True(suivante.Tient);
        Assert.Equal(3, suivante.ChargeTotale.Ecartes);
    }

    [Fact]
    public void L_instantane_json_garde_l_horizon_de_la_politique()
    {
        var campagne = Planificateur(horizon: 7).Planifier([Monoparental(1, FoyersDeTest.Dax)], Lundi).Valeur;
        var json = Caf.Accompagnement.Json.CampagnesJson.Ecrire(campagne);

        Assert.Contains("\"horizonJours\":7", json, StringComparison.Ordinal);
        Assert.Equal(7, Caf.Accompagnement.Json.CampagnesJson.Lire(json).GetValueOrThrow().Politique.HorizonJours);
        Assert.DoesNotContain("horizonJours", Caf.Accompagnement.Json.CampagnesJson.Ecrire(Planificateur(horizon: null).Planifier([Monoparental(1, FoyersDeTest.Dax)], Lundi).Valeur), StringComparison.Ordinal);
    }

    [Fact]
    public void Un_horizon_hors_bornes_est_refuse_par_la_politique()
    {
        var p = new ParametresDeCampagne { HorizonJours = -1 };
        var e = Assert.Single(PolitiqueDeCampagne.Create(p).Erreurs);
        Assert.Equal(("campagne.parametre.borne", "HorizonJours"), (e.Code, e.Champ));
    }

    private static readonly Arbitrary<(int Graine, int Taille, int? Horizon, int CapaciteTs, int CapaciteCaf)> Cas =
        (from graine in Gen.Choose(0, 10_000)
         from taille in Gen.Choose(0, 120)
         from horizon in Gen.Frequency((1, Gen.Constant<int?>(null)), (4, Gen.Choose(0, 20).Select(h => (int?)h)))
         from ts in Gen.Choose(1, 4)
         from caf in Gen.Choose(1, 8)
         select (graine, taille, horizon, ts, caf)).ToArbitrary();

    private static (List<Foyer> Foyers, Campagne Campagne) Planifier((int Graine, int Taille, int? Horizon, int CapaciteTs, int CapaciteCaf) cas)
    {
        // Un cas sur deux rejoue une première campagne dont un contact sur trois a une issue : refus, injoignables et
        // fenêtres sans nouvel appel donnent des foyers écartés.
        var foyers = FoyersDeTest.Population(new Random(cas.Graine), cas.Taille, Lundi);
        var planificateur = Planificateur(cas.Horizon, cas.CapaciteTs, cas.CapaciteCaf);
        if (cas.Graine % 2 == 0)
        {
            return (foyers, planificateur.Planifier(foyers, Lundi).Valeur);
        }

        // La première campagne est sans horizon : les deux planifications comparées partagent le même historique.
        var premiere = Planificateur(null, cas.CapaciteTs, cas.CapaciteCaf).Planifier(foyers, Lundi).Valeur;
        for (var i = 0; i < premiere.Contacts.Length; i += 3)
        {
            premiere = premiere.Enregistrer(premiere.Contacts[i].Numero, Lundi, IssueDuContact.Toutes[(cas.Graine + i) % IssueDuContact.Toutes.Count]).Valeur.Campagne;
        }

        return (foyers, planificateur.Planifier(foyers, Lundi.PlusDays(1 + (cas.Graine % 7)), premiere).Valeur);
    }

    [Property(MaxTest = 150)]
    public Property Planifies_plus_non_planifies_egalent_les_foyers_signales() =>
        Prop.ForAll(Cas, cas =>
        {
            var (foyers, campagne) = Planifier(cas);
            var signales = foyers.Count(f => campagne.DetectionDe(f.Numero)!.EstSignale);
            Assert.Equal(signales, campagne.Contacts.Length + campagne.NonPlanifies.Length);
            Assert.Equal(foyers.Count, campagne.Contacts.Length + campagne.NonPlanifies.Length + foyers.Count(f => !campagne.DetectionDe(f.Numero)!.EstSignale));
            Assert.Empty(campagne.Contacts.Select(c => c.Numero).Intersect(campagne.NonPlanifies.Select(n => n.Numero)));
            Assert.Equal(campagne.NombreEcartes, campagne.NonPlanifies.Count(n => n.Raison.EstUnEcartement));
            Assert.Equal(campagne.Contacts.Count(c => c.EnRetard), campagne.ContactsEnRetard);
            Assert.Equal(campagne.ChargeTotale.Demande, campagne.ChargesParSecteur.Sum(s => s.Demande));
            Assert.Equal(campagne.ChargeTotale.Demande, campagne.ChargesParIntervenant.Sum(c => c.Demande));
            Assert.Equal(campagne.ChargeTotale.EnRetard, campagne.ChargesParSecteur.Sum(s => s.EnRetard));
        });

    [Property(MaxTest = 150)]
    public Property La_charge_d_un_intervenant_ne_depasse_jamais_sa_capacite_dans_l_horizon() =>
        Prop.ForAll(Cas, cas =>
        {
            var (_, campagne) = Planifier(cas);
            foreach (var jour in campagne.Contacts.GroupBy(c => (c.Intervenant.Code, c.DatePrevue)))
            {
                var capacite = jour.First().Intervenant.Type == TypeIntervenant.TravailleurSocial ? cas.CapaciteTs : cas.CapaciteCaf;
                Assert.True(jour.Count() <= capacite, $"{jour.Count()} contacts le {jour.Key.DatePrevue} pour {jour.Key.Code} (capacité {capacite})");
            }

            Assert.All(campagne.Contacts, c => Assert.True(campagne.FinDHorizon is null || c.DatePrevue <= campagne.FinDHorizon, $"contact le {c.DatePrevue}, horizon {campagne.FinDHorizon}"));
            Assert.All(campagne.ChargesParIntervenant, c => Assert.True(c.CapaciteDansLHorizon is null || c.Planifies <= c.CapaciteDansLHorizon));
        });

    [Property(MaxTest = 100)]
    public Property L_horizon_ne_change_pas_les_contacts_qu_il_garde() =>
        Prop.ForAll(Cas, cas =>
        {
            var (_, avec) = Planifier(cas);
            var (_, sans) = Planifier(cas with { Horizon = null });
            Assert.Equal(sans.Contacts.Where(c => avec.FinDHorizon is null || c.DatePrevue <= avec.FinDHorizon), avec.Contacts);
            Assert.Equal(sans.Contacts.Length, avec.Contacts.Length + avec.NonPlanifies.Count(n => !n.Raison.EstUnEcartement));
        });
}
