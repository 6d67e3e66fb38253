using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Ruptures;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Caf.Accompagnement.Tests.Droits;

public sealed class RupturesServiceCollectionExtensionsTest
{
    /// <summary>Un public défini hors de la bibliothèque : les foyers en couple avec au moins trois enfants.</summary>
    private sealed class PublicFamillesNombreuses : IPublicDeCampagne
    {
        public string Code => "LOCAL_FAMILLE_NOMBREUSE";

        public string Libelle => "Famille nombreuse";

        public Gravite Gravite => Gravite.Fragilite;

        public TypeIntervenant Intervenant => TypeIntervenant.TravailleurSocial;

        public Signal? Detecter(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique) =>
            foyer.NombreEnfants >= 3 && foyer.Conjoint is not null
                ? new Signal(Code, Libelle, Gravite, Intervenant, new Explication(Libelle, "Repérage", [], [], ["Compte des enfants"], "Trois enfants ou plus.", true))
                : null;
    }

    private static ServiceProvider Conteneur(Action<IServiceCollection>? ajout = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IAffectationTerritoriale>(FoyersDeTest.Affectation);
        services.AddRupturesDeDroits(p => p.CapaciteJournaliereCaf = 12);
        services.AddRupturesDeDroits();
        ajout?.Invoke(services);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Sans_affectation_enregistree_la_carte_des_secteurs_sert_par_defaut()
    {
        var carte = Caf.Accompagnement.Testing.GenerateursCaf.CarteDesLandes;
        var services = new ServiceCollection().AddSingleton(carte);
        services.AddRupturesDeDroits();
        using var sp = services.BuildServiceProvider();
        Assert.IsType<AffectationParCarte>(sp.GetRequiredService<IAffectationTerritoriale>());
        Assert.NotNull(sp.GetRequiredService<PlanificateurDeCampagne>());

        using var sans = new ServiceCollection().AddRupturesDeDroits().BuildServiceProvider();
        var e = Assert.Throws<InvalidOperationException>(() => sans.GetRequiredService<PlanificateurDeCampagne>());
        Assert.Contains("CarteDesSecteurs", e.Message, StringComparison.Ordinal);

        // Celle de l'hôte l'emporte.
        using var hote = Conteneur(s => s.AddSingleton(carte));
        Assert.Same(FoyersDeTest.Affectation, hote.GetRequiredService<IAffectationTerritoriale>());
    }

    [Fact]
    public void Enregistrement_idempotent_avec_la_configuration_de_la_Caf()
    {
        using var sp = Conteneur();

        Assert.Equal(12, sp.GetRequiredService<PolitiqueDeCampagne>().CapaciteJournaliereCaf);
        Assert.Equal(5, sp.GetRequiredService<CatalogueDesPublics>().Publics.Length);
        Assert.NotNull(sp.GetRequiredService<PlanificateurDeCampagne>());
    }

    [Fact]
    public void Un_public_de_l_integrateur_se_comporte_comme_les_publics_integres()
    {
        using var sp = Conteneur(s => s.AddPublicDeCampagne<PublicFamillesNombreuses>().AddPublicDeCampagne<PublicFamillesNombreuses>());
        var foyer = FoyersDeTest.Builder(1, FoyersDeTest.Dax)
            .EnCouple(new LocalDate(1985, 1, 1), new LocalDate(2005, 1, 1))
            .AvecRessources(Montant.FromEuros(9000m), Montant.Zero)
            .AvecEnfant(new LocalDate(2010, 1, 1)).AvecEnfant(new LocalDate(2012, 1, 1)).AvecEnfant(new LocalDate(2014, 1, 1))
            .Valide();

        var catalogue = sp.GetRequiredService<CatalogueDesPublics>();
        var campagne = sp.GetRequiredService<PlanificateurDeCampagne>().Planifier([foyer], new LocalDate(2022, 6, 27)).Valeur;

        Assert.Equal(6, catalogue.Publics.Length);
        Assert.True(catalogue.TryGetValue("LOCAL_FAMILLE_NOMBREUSE", out _));
        var contact = Assert.Single(campagne.Contacts);
        Assert.Equal("LOCAL_FAMILLE_NOMBREUSE", Assert.Single(contact.Signaux).CodePublic);
        Assert.Equal(FoyersDeTest.TsSud, contact.Intervenant);
        Assert.Equal(1, campagne.Total.ParMotif["LOCAL_FAMILLE_NOMBREUSE"]);
    }

    [Fact]
    public void Le_reperage_des_familles_prioritaires_de_l_hote_l_emporte()
    {
        using var sp = Conteneur(s => s.AddSingleton<IFamillesPrioritaires>(new AucuneFamille()));
        var foyer = FoyersDeTest.Builder().AvecEnfant(new LocalDate(2016, 1, 1)).Valide();

        Assert.Empty(sp.GetRequiredService<DetecteurDeRuptures>().Detecter(foyer, new LocalDate(2022, 6, 27)).Signaux);
    }

    [Fact]
    public void Deux_publics_de_meme_code_sont_une_erreur_de_programmation() =>
        Assert.Throws<ArgumentException>(() => new CatalogueDesPublics([new PublicAccueilPhysique(), new PublicAccueilPhysique()]));

    private sealed class AucuneFamille : IFamillesPrioritaires
    {
        public Explication? Evaluer(Foyer foyer, LocalDate reference) => null;
    }
}
