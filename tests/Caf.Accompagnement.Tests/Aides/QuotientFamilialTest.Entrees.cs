using System.Collections.Immutable;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Aides;

/// <content>Entrées du quotient : prestations retenues datées, résidence alternée, valeur officielle du dossier.</content>
public sealed partial class QuotientFamilialTest
{
    private static readonly LocalDate Reference = FoyersDeTest.Date;

    private static readonly LocalDate EffetLogement = new(2024, 1, 1);

    /// <summary>Une Caf qui ajoute les aides au logement à partir du 01/01/2024.</summary>
    private static readonly Bareme<PrestationsDuQuotient> ListeAvecLogement = PrestationsDuQuotient.ParDefaut
        .AvecValeur(new ValeurDatee<PrestationsDuQuotient>(
            EffetLogement,
            new PrestationsDuQuotient([.. PrestationsDuQuotient.Familiales.Retenues, Prestation.Apl, Prestation.Alf, Prestation.Als]),
            "Règlement intérieur d'action sociale 2024 de la Caf (exemple)"))
        .GetValueOrThrow();

    private static FoyerBuilder Couple(LocalDate reference) =>
        Foyer.Builder(NumeroAllocataire.FromValeur(1234567), CodeCommune.Parse("40192"), reference.PlusYears(-35))
            .EnCouple(reference.PlusYears(-36), reference.PlusYears(-5));

    private static FoyerBuilder Isole(LocalDate reference) =>
        Foyer.Builder(NumeroAllocataire.FromValeur(1234567), CodeCommune.Parse("40192"), reference.PlusYears(-35))
            .Isole(reference.PlusYears(-2));

    [Fact]
    public void Par_defaut_seules_les_prestations_familiales_mensuelles_sont_retenues()
    {
        // Couple, 2 enfants, 24 000 € en N-2 ; AF 141,99 € retenues ; ARS, RSA, APL non retenues.
        // (2 000 + 141,99) ÷ 3 = 713,9966… → 714,00 € (l'ancien calcul sur toutes les prestations donnait 1 097,33 €).
        var foyer = Couple(Reference)
            .AvecEnfant(Reference.PlusYears(-10)).AvecEnfant(Reference.PlusYears(-8))
            .AvecRessources(Montant.FromEuros(1000m), Montant.FromEuros(24000m))
            .Percoit(Prestation.AllocationsFamiliales, Montant.FromEuros(141.99m))
            .Percoit(Prestation.AllocationRentreeScolaire, Montant.FromEuros(400m))
            .Percoit(Prestation.Rsa, Montant.FromEuros(500m))
            .Percoit(Prestation.Apl, Montant.FromEuros(250m))
            .Build().GetValueOrThrow();

        var qf = QuotientFamilial.Calculer(foyer, Reference);

        Assert.Equal(Montant.FromEuros(714.00m), qf.Valeur);
        Assert.Equal(Montant.FromEuros(141.99m), qf.PrestationsMensuelles);
        var donnees = qf.Explication.Donnees.ToDictionary(d => d.Nom, d => d.Valeur);
        Assert.Equal("141,99 €", donnees["Prestations mensuelles retenues"]);
        Assert.Equal("Allocation de rentrée scolaire 400,00 € ; Revenu de solidarité active 500,00 € ; Aide personnalisée au logement 250,00 €", donnees["Prestations perçues non retenues"]);
        var liste = Assert.Single(qf.Explication.Parametres, p => p.Nom == "Prestations retenues dans le quotient");
        Assert.Equal(new LocalDate(2004, 1, 1), liste.EnVigueurDepuis);
        Assert.Contains("CSS L511-1", liste.Reference, StringComparison.Ordinal);
        Assert.Contains("Allocations familiales, Complément familial, Allocation de soutien familial, Prestation d'accueil du jeune enfant, Allocation d'éducation de l'enfant handicapé", liste.Valeur, StringComparison.Ordinal);
        Assert.Contains(PrestationsDuQuotient.ExclusionsDePrincipe, liste.Valeur, StringComparison.Ordinal);
        Assert.Contains(qf.Explication.Operations, o => o.StartsWith("Prestations retenues = 141,99 € (Allocations familiales 141,99 €) ; non retenues : Allocation de rentrée scolaire 400,00 €", StringComparison.Ordinal));
    }

    [Fact]
    public void La_liste_d_une_Caf_s_applique_a_partir_de_sa_date_d_effet_et_pas_la_veille()
    {
        // AF 141,99 € et APL 300 € ; couple, 2 enfants, 24 000 € en N-2.
        var veille = EffetLogement.PlusDays(-1);
        Foyer Foyer(LocalDate d) => Couple(d)
            .AvecEnfant(d.PlusYears(-10)).AvecEnfant(d.PlusYears(-8))
            .AvecRessources(Montant.Zero, Montant.FromEuros(24000m))
            .Percoit(Prestation.AllocationsFamiliales, Montant.FromEuros(141.99m))
            .Percoit(Prestation.Apl, Montant.FromEuros(300m))
            .Build().GetValueOrThrow();
        var parametres = ParametresDuQuotientFamilial.Defaut with { Prestations = ListeAvecLogement };

        var avant = QuotientFamilial.Calculer(Foyer(veille), veille, parametres);
        var apres = QuotientFamilial.Calculer(Foyer(EffetLogement), EffetLogement, parametres);

        Assert.Equal(Montant.FromEuros(714.00m), avant.Valeur); // 2 141,99 ÷ 3
        Assert.Equal(Montant.FromEuros(814.00m), apres.Valeur); // (2 000 + 141,99 + 300) ÷ 3 = 813,9966…
        Assert.Equal(new LocalDate(2004, 1, 1), avant.Explication.Parametres[1].EnVigueurDepuis);
        Assert.Equal(EffetLogement, apres.Explication.Parametres[1].EnVigueurDepuis);
        Assert.Equal("Règlement intérieur d'action sociale 2024 de la Caf (exemple)", apres.Explication.Parametres[1].Reference);
        Assert.Contains("non retenues : Aide personnalisée au logement 300,00 €", avant.Explication.Operations[1], StringComparison.Ordinal);
        Assert.EndsWith("non retenues : aucune", apres.Explication.Operations[1], StringComparison.Ordinal);

        // Le contexte d'éligibilité applique les mêmes paramètres.
        Assert.Equal(Montant.FromEuros(814.00m), ContexteEligibilite.Create(Foyer(EffetLogement), EffetLogement, parametres).QuotientFamilial.Valeur);

        // Une liste qui ne commence qu'au 01/01/2024 ne devine pas la veille.
        var seule = Bareme<PrestationsDuQuotient>.FromValeurs("Liste locale", ListeAvecLogement.Valeurs[^1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => QuotientFamilial.Calculer(Foyer(veille), veille, parametres with { Prestations = seule }));
        Assert.Equal(Montant.FromEuros(814.00m), QuotientFamilial.Calculer(Foyer(EffetLogement), EffetLogement, parametres with { Prestations = seule }).Valeur);
    }

    [Fact]
    public void Un_enfant_en_residence_alternee_compte_pour_moitie_de_sa_part_apres_les_enfants_a_charge_exclusive()
    {
        // Personne seule, 36 000 € en N-2 (3 000 € par mois), sans prestation.
        var sans = Isole(Reference).AvecEnfant(Reference.PlusYears(-12)).AvecEnfant(Reference.PlusYears(-9))
            .AvecRessources(Montant.Zero, Montant.FromEuros(36000m));
        var alterne = Isole(Reference).AvecEnfant(Reference.PlusYears(-12)).AvecEnfant(Reference.PlusYears(-9))
            .AvecEnfantEnResidenceAlternee(Reference.PlusYears(-5)).AvecRessources(Montant.Zero, Montant.FromEuros(36000m));
        var plein = Isole(Reference).AvecEnfant(Reference.PlusYears(-12)).AvecEnfant(Reference.PlusYears(-9))
            .AvecEnfant(Reference.PlusYears(-5)).AvecRessources(Montant.Zero, Montant.FromEuros(36000m));

        var qfSans = QuotientFamilial.Calculer(sans.Build().GetValueOrThrow(), Reference);
        var qfAlterne = QuotientFamilial.Calculer(alterne.Build().GetValueOrThrow(), Reference);
        var qfPlein = QuotientFamilial.Calculer(plein.Build().GetValueOrThrow(), Reference);

        Assert.Equal((3m, Montant.FromEuros(1000m)), (qfSans.Parts!.Value, qfSans.Valeur)); // 3 000 ÷ 3
        Assert.Equal((3.5m, Montant.FromEuros(857.14m)), (qfAlterne.Parts!.Value, qfAlterne.Valeur)); // 3 000 ÷ 3,5 = 857,142…
        Assert.Equal((4m, Montant.FromEuros(750m)), (qfPlein.Parts!.Value, qfPlein.Valeur)); // 3 000 ÷ 4
        Assert.Equal("Parts = 2 (allocataire) + 0,5 (1er enfant) + 0,5 (2e enfant) + 1 × 0,5 (3e enfant, résidence alternée) = 3,5", qfAlterne.Explication.Operations[2]);
        Assert.Equal("3 dont 1 en résidence alternée", qfAlterne.Explication.Donnees[3].Valeur);

        // L'aîné en résidence alternée prend le rang après les enfants à charge exclusive (CGI 194) : 2 + 0,5 + 0,5 + 1 × 0,5.
        var aine = Isole(Reference).AvecEnfantEnResidenceAlternee(Reference.PlusYears(-12)).AvecEnfant(Reference.PlusYears(-9))
            .AvecEnfant(Reference.PlusYears(-5)).Build().GetValueOrThrow();
        Assert.Equal(3.5m, BaremeDesParts.Defaut.Parts(aine));

        // Enfant unique handicapé en résidence alternée : 2 + (0,5 + 0,5) × 0,5 = 2,5.
        var handicape = Isole(Reference).AvecEnfantEnResidenceAlternee(Reference.PlusYears(-7), handicap: true).Build().GetValueOrThrow();
        Assert.Equal(2.5m, BaremeDesParts.Defaut.Parts(handicape));
        Assert.Equal("2 (allocataire) + (0,5 + 0,5 handicap) × 0,5 (1er enfant, résidence alternée) = 2,5", BaremeDesParts.Defaut.DetailDesParts(handicape));

        // Le coefficient est un paramètre de la Caf : à 1, l'enfant compte à temps plein.
        Assert.Equal(4m, (BaremeDesParts.Defaut with { CoefficientResidenceAlternee = 1m }).Parts(alterne.Build().GetValueOrThrow()));
        Assert.Throws<ArgumentOutOfRangeException>(() => BaremeDesParts.Defaut with { CoefficientResidenceAlternee = 1.5m });
    }

    [Fact]
    public void La_valeur_officielle_du_dossier_est_retenue_a_partir_de_sa_date_et_recalculee_la_veille()
    {
        var connuAu = new LocalDate(2022, 1, 15);
        var foyer = Couple(Reference).AvecEnfant(Reference.PlusYears(-10)).AvecEnfant(Reference.PlusYears(-8))
            .AvecRessources(Montant.Zero, Montant.FromEuros(24000m))
            .AvecQuotientFamilialCaf(Montant.FromEuros(612.34m), connuAu)
            .Build().GetValueOrThrow();

        var le = ContexteEligibilite.Create(foyer, connuAu).QuotientFamilial;
        Assert.Equal(Montant.FromEuros(612.34m), le.Valeur);
        Assert.Equal(OrigineDuQuotientFamilial.DossierCaf, le.Origine);
        Assert.Equal(connuAu, le.ConnuAu);
        Assert.Null(le.Parts);
        Assert.Equal("QF 612,34 € (valeur officielle du dossier Caf)", le.ToString());
        Assert.Equal(["Valeur officielle du dossier Caf retenue telle quelle : 612,34 € (aucun recalcul)"], le.Explication.Operations.ToArray());
        Assert.Equal("dossier allocataire de la Caf (valeur établie le 15/01/2022)", Assert.Single(le.Explication.Donnees).Source);

        // Même avec un autre barème des parts, la valeur officielle prévaut.
        Assert.Equal(Montant.FromEuros(612.34m), ContexteEligibilite.Create(foyer, Reference, bareme: new BaremeDesParts(1m, 1m, 1m, 1m, 1m, 1m, "local")).QuotientFamilial.Valeur);

        var veille = ContexteEligibilite.Create(foyer, connuAu.PlusDays(-1)).QuotientFamilial;
        Assert.Equal(OrigineDuQuotientFamilial.Recalcule, veille.Origine);
        Assert.Equal(Montant.FromEuros(666.67m), veille.Valeur); // 2 000 ÷ 3
        Assert.Equal("La valeur officielle du dossier Caf (612,34 €) est établie le 15/01/2022, après la date de référence du 14/01/2022 : le quotient est recalculé", veille.Explication.Operations[0]);

        // L'éligibilité cite la source de la valeur retenue.
        var eligibilite = AidesDeReference.VacancesFamiliales.Evaluer(ContexteEligibilite.Create(foyer, Reference, coutDuProjet: Montant.FromEuros(800m)));
        Assert.Contains(eligibilite.Explication.Donnees, d => d.Nom == "Quotient familial" && d.Valeur == "612,34 €" && d.Source.StartsWith("valeur officielle du dossier Caf", StringComparison.Ordinal));
    }

    [Fact]
    public void Un_recalcul_ne_remplace_jamais_une_valeur_officielle_donnee()
    {
        var foyer = Couple(Reference).AvecEnfant(Reference.PlusYears(-10)).AvecRessources(Montant.Zero, Montant.FromEuros(24000m)).Build().GetValueOrThrow();
        var contexte = ContexteEligibilite.Create(foyer, Reference);
        Assert.Equal(OrigineDuQuotientFamilial.Recalcule, contexte.QuotientFamilial.Origine);
        Assert.Contains("Aucune valeur officielle", contexte.QuotientFamilial.Explication.Operations[0], StringComparison.Ordinal);

        var officiel = QuotientFamilial.Officiel(Montant.FromEuros(480m), Reference.PlusMonths(-1)).GetValueOrThrow();
        var avecOfficiel = contexte.AvecQuotientFamilial(officiel);
        Assert.Same(officiel, avecOfficiel.QuotientFamilial);
        Assert.Equal(Montant.FromEuros(480m), avecOfficiel.QuotientFamilial.Valeur);

        Assert.Throws<ArgumentException>(() => avecOfficiel.AvecQuotientFamilial(QuotientFamilial.Calculer(foyer, Reference)));
        Assert.Throws<ArgumentException>(() => contexte.AvecQuotientFamilial(QuotientFamilial.Officiel(Montant.FromEuros(480m), Reference.PlusDays(1)).GetValueOrThrow()));

        var negatif = QuotientFamilial.Officiel(Montant.FromCentimes(-1), Reference);
        Assert.Equal("aides.quotient.negatif", Assert.Single(negatif.Erreurs).Code);

        var invalide = Couple(Reference).AvecQuotientFamilialCaf(Montant.FromCentimes(-1), Reference.PlusYears(-40)).Build();
        Assert.Equal(["foyer.quotient_familial.negatif", "foyer.quotient_familial.date"], invalide.Erreurs.Select(e => e.Code).ToArray());
    }

    [Property(MaxTest = 300)]
    public Property Plus_de_parts_ne_relevent_jamais_le_quotient() =>
        Prop.ForAll(
            GenerateursCaf.FoyerPourQuotient(Reference).ToArbitrary(),
            GenerateursCaf.EnfantPourQuotient(Reference).ToArbitrary(),
            (entrees, enfant) =>
            {
                var avant = QuotientFamilial.Calculer(entrees.Construire(), Reference);
                var apres = QuotientFamilial.Calculer((entrees with { Enfants = entrees.Enfants.Add(enfant) }).Construire(), Reference);
                return (apres.Parts >= avant.Parts && apres.Valeur <= avant.Valeur)
                    .Label($"{avant} → {apres} avec {enfant}");
            });

    [Property(MaxTest = 300)]
    public Property Plus_de_ressources_ou_de_prestations_retenues_ne_baissent_jamais_le_quotient() =>
        Prop.ForAll(
            GenerateursCaf.FoyerPourQuotient(Reference).ToArbitrary(),
            Gen.Choose(0, 5_000_000).Zip(Gen.Choose(0, 100_000)).ToArbitrary(),
            Gen.Elements(PrestationsDuQuotient.Familiales.Retenues.ToArray()).ToArbitrary(),
            (entrees, hausses, prestation) =>
            {
                var (hausseN2, hausse) = hausses;
                var actuelle = entrees.Prestations.FirstOrDefault(p => p.Prestation == prestation);
                var prestations = actuelle is null
                    ? entrees.Prestations.Add(new PrestationPercue(prestation, Montant.FromCentimes(hausse)))
                    : entrees.Prestations.Replace(actuelle, actuelle with { MontantMensuel = actuelle.MontantMensuel + Montant.FromCentimes(hausse) });
                var plus = entrees with { RessourcesAnnuellesN2 = entrees.RessourcesAnnuellesN2 + Montant.FromCentimes(hausseN2), Prestations = prestations };
                var avant = QuotientFamilial.Calculer(entrees.Construire(), Reference);
                var apres = QuotientFamilial.Calculer(plus.Construire(), Reference);
                return (apres.Valeur >= avant.Valeur).Label($"{avant} → {apres}");
            });

    [Property(MaxTest = 300)]
    public Property Un_enfant_en_residence_alternee_place_le_quotient_entre_le_foyer_sans_lui_et_avec_lui_a_temps_plein() =>
        Prop.ForAll(
            GenerateursCaf.FoyerPourQuotient(Reference).ToArbitrary(),
            GenerateursCaf.EnfantPourQuotient(Reference).ToArbitrary(),
            (entrees, enfant) =>
            {
                var sans = entrees.Construire();
                var alterne = (entrees with { Enfants = entrees.Enfants.Add(enfant with { ResidenceAlternee = true }) }).Construire();
                var plein = (entrees with { Enfants = entrees.Enfants.Add(enfant with { ResidenceAlternee = false }) }).Construire();
                var (qfSans, qfAlterne, qfPlein) = (QuotientFamilial.Calculer(sans, Reference), QuotientFamilial.Calculer(alterne, Reference), QuotientFamilial.Calculer(plein, Reference));
                var (ucSans, ucAlterne, ucPlein) = (sans.UnitesDeConsommation(Reference), alterne.UnitesDeConsommation(Reference), plein.UnitesDeConsommation(Reference));
                return (qfPlein.Valeur <= qfAlterne.Valeur && qfAlterne.Valeur <= qfSans.Valeur
                        && qfSans.Parts <= qfAlterne.Parts && qfAlterne.Parts <= qfPlein.Parts
                        && ucSans <= ucAlterne && ucAlterne <= ucPlein)
                    .Label($"{qfSans} / {qfAlterne} / {qfPlein} ; UC {ucSans} / {ucAlterne} / {ucPlein}");
            });

    [Property(MaxTest = 300)]
    public Property La_valeur_officielle_connue_a_la_date_est_toujours_celle_retenue() =>
        Prop.ForAll(
            GenerateursCaf.FoyerPourQuotient(Reference).ToArbitrary(),
            Gen.Choose(0, 500_000).Zip(Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(-400, 400)))).ToArbitrary(),
            GenerateursCaf.TypeDAide().ToArbitrary(),
            (entrees, officiel, type) =>
            {
                var (centimes, decalage) = officiel;
                var connuAu = Reference.PlusDays(decalage);
                var foyer = (entrees with { QuotientFamilialCaf = new QuotientFamilialDuDossier(Montant.FromCentimes(centimes), connuAu) }).Construire();
                var contexte = ContexteEligibilite.Create(foyer, Reference, coutDuProjet: Montant.FromEuros(500m));
                var qf = contexte.QuotientFamilial;
                var eligibilite = type.Evaluer(contexte);
                var cite = eligibilite.Explication.Donnees.First(d => d.Nom == "Quotient familial").Valeur;
                return (connuAu <= Reference
                        ? qf.Origine == OrigineDuQuotientFamilial.DossierCaf && qf.Valeur == Montant.FromCentimes(centimes) && cite == qf.Valeur.ToString()
                        : qf.Origine == OrigineDuQuotientFamilial.Recalcule && qf.Valeur == QuotientFamilial.Calculer(foyer, Reference).Valeur)
                    .Label($"{qf} (officiel {Montant.FromCentimes(centimes)} au {connuAu})");
            });
}
