using Caf.Accompagnement;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Territoires;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

// Chaque vérification échoue bruyamment : le code de sortie est non nul au premier écart.
var verifications = 0;
void Verifier(bool condition, string quoi)
{
    verifications++;
    if (!condition)
    {
        Console.Error.WriteLine($"ÉCHEC (AOT) : {quoi}");
        Environment.Exit(1);
    }
}

// Énumérations : listes explicites et recherches par code, sans réflexion.
Verifier(Prestation.Toutes.Count == 12, "Prestation.Toutes");
Verifier(Prestation.FromCode("RSA") == Prestation.Rsa, "Prestation.FromCode");
Verifier(TypeEvenement.TryFromCode("SEPARATION", out var sep) && sep == TypeEvenement.Separation, "TypeEvenement.TryFromCode");
Verifier(!SituationFamiliale.Create("MARIE", "situation").Reussi, "code inconnu refusé");
Verifier(CanalDeContact.Toutes.Count == 5, "CanalDeContact.Toutes");

// Barèmes.
Verifier(BaremesOfficiels.SmicMensuel.ValeurAuOuLever(new LocalDate(2022, 5, 1)).Valeur == Montant.FromEuros(1645.58m), "SMIC 2022-05-01");

// JSON (contexte généré).
var foyer = Foyer.Builder(NumeroAllocataire.Parse("0123456"), CodeCommune.Parse("40192"), new LocalDate(1994, 3, 15))
    .Isole(new LocalDate(2021, 9, 1))
    .AvecEnfant(new LocalDate(2016, 6, 30))
    .Percoit(Prestation.Rsa, Montant.FromEuros(137.38m), majoree: true)
    .Evenement(TypeEvenement.Separation, new LocalDate(2021, 9, 1))
    .Build().GetValueOrThrow();
var json = FoyersJson.Ecrire([foyer]);
var relu = FoyersJson.Lire(json);
Verifier(relu.Reussi && FoyersJson.Ecrire(relu.Valeur) == json, "aller-retour JSON");
Verifier(!FoyersJson.Lire("""{"version":1,"foyers":[{"commune":"4O192"}]}""").Reussi, "JSON invalide refusé");

// Contrats : énumérations, régime à une date, cycle de vie et règles.
Verifier(StatutContrat.Toutes.Count == 7 && StatutContrat.FromCode("RENOUVELE") == StatutContrat.Renouvele, "StatutContrat");
Verifier(RegimeContrat.Au(new LocalDate(2025, 1, 1)) == RegimeContrat.ContratEngagement, "RegimeContrat.Au");
Verifier(TypeOrientation.TryFromCode("SOCIAL", out var social) && social == TypeOrientation.Sociale, "TypeOrientation.TryFromCode");
var orientation = new LocalDate(2022, 3, 15);
var parcours = Parcours.Ouvrir(IdentifiantBeneficiaire.From(NumeroAllocataire.Parse("0123456"), RoleDansLeFoyer.Allocataire), CodeCommune.Parse("40192"))
    .Orienter(TypeOrientation.Sociale, orientation).Valeur.Parcours;
var etablissement = parcours.EtablirContrat(orientation, [new Engagement(DomaineEngagement.Parentalite, DebiteurEngagement.Beneficiaire, "Mode de garde", orientation.PlusMonths(2))]);
Verifier(etablissement.Erreurs.Single().Code == "contrats.contrat.sans_referent", "règle du référent unique");

// JSON : instantané d'un parcours (contrat signé puis rompu) et résultat d'une campagne, aller-retour par le contexte généré.
var carteBuilder = CarteDesSecteurs.Builder("40").AjouterSecteur("S1", TravailleurSocial.FromIdentifiant("TS-1"));
foreach (var commune in ReferentielCommunes.Cog2026.DuDepartement("40"))
{
    carteBuilder.Affecter("S1", commune.Code);
}

var carteLandes = carteBuilder.Build().GetValueOrThrow();
var referentCd = Referent.DUnAutreOrganisme("CD-7", OrganismeReferent.ConseilDepartemental);
var parcoursSigne = Parcours.Ouvrir(IdentifiantBeneficiaire.From(NumeroAllocataire.Parse("0123456"), RoleDansLeFoyer.Allocataire), CodeCommune.Parse("40192"))
    .Orienter(TypeOrientation.Sociale, orientation).Valeur.Parcours
    .DesignerReferent(referentCd, orientation, carteLandes).Valeur.Parcours
    .EtablirContrat(orientation, [new Engagement(DomaineEngagement.Parentalite, DebiteurEngagement.Beneficiaire, "Mode de garde", orientation.PlusMonths(2))]).Valeur.Parcours
    .Signer(1, orientation.PlusDays(7)).Valeur.Parcours
    .Rompre(1, orientation.PlusMonths(2), "Engagements non respectés").Valeur.Parcours;
var jsonParcours = ParcoursJson.Ecrire(parcoursSigne);
var parcoursRelu = ParcoursJson.Lire(jsonParcours, carteLandes);
Verifier(parcoursRelu.Reussi && ParcoursJson.Ecrire(parcoursRelu.Valeur) == jsonParcours && parcoursRelu.Valeur.Contrats[0].Statut == StatutContrat.Rompu, "aller-retour JSON d'un parcours");
Verifier(ParcoursJson.Lire(jsonParcours.Replace("\"ROMPU\"", "\"PERDU\"", StringComparison.Ordinal)).Erreurs.Any(e => e.Chemin == "$.contrats[0].statut"), "statut inconnu situé par son chemin");

var campagneReference = new LocalDate(2022, 6, 30);
var foyerSuspendu = Foyer.Builder(NumeroAllocataire.Parse("0123457"), CodeCommune.Parse("40192"), new LocalDate(1990, 1, 1))
    .Isole(new LocalDate(2015, 1, 1))
    .AvecDroitRsa(EtatDossierRsa.VersementSuspendu, new LocalDate(2022, 5, 1), MotifSuspensionRsa.DeclarationTrimestrielleNonFournie)
    .Telephone(true)
    .Build().GetValueOrThrow();
var planificateur = new PlanificateurDeCampagne(
    new DetecteurDeRuptures(CatalogueDesPublics.ParDefaut(), PolitiqueDeCampagne.ParDefaut),
    new AffectationParCommune([new SecteurAffecte("NORD", new Intervenant("TS-NORD", "Travailleur social du secteur Nord", TypeIntervenant.TravailleurSocial), [CodeCommune.Parse("40192")])]));
var campagne = planificateur.Planifier([foyer, foyerSuspendu], campagneReference).Valeur;
campagne = campagne.Contacts.IsEmpty ? campagne : campagne.Enregistrer(campagne.Contacts[0].Numero, campagneReference, IssueDuContact.Injoignable).Valeur.Campagne;
var jsonCampagne = CampagnesJson.Ecrire(campagne);
var campagneRelue = CampagnesJson.Lire(jsonCampagne);
Verifier(!campagne.Contacts.IsEmpty && campagneRelue.Reussi && CampagnesJson.Ecrire(campagneRelue.Valeur) == jsonCampagne && campagneRelue.Valeur.Contacts.SequenceEqual(campagne.Contacts), "aller-retour JSON d'une campagne");
Verifier(CampagnesJson.Lire(jsonCampagne.Replace("\"version\":1", "\"version\":9", StringComparison.Ordinal)).Erreurs.Single().Code == "json.version", "version de schéma inconnue refusée");

// Territoires : le référentiel embarqué (ressource compressée, lecteur CSV) se charge en AOT.
Verifier(ReferentielCommunes.Cog2026.Count == 34875, "référentiel COG 2026");
Verifier(ReferentielCommunes.Cog2026.TryGet(CodeCommune.Parse("40009"), out var morcenx) && morcenx.Code == CodeCommune.Parse("40197"), "ancien code → commune nouvelle");

// Cibles : politique de la Caf des Landes et explication.
var evaluation = PolitiqueDeCiblage.Landes2022.Evaluer(foyer, new LocalDate(2022, 6, 30), BaremesOfficiels.Jeu).GetValueOrThrow();
Verifier(evaluation.Appartient("PARENTS_SEULS") && evaluation.Decision("PARENTS_SEULS")!.Explication is not null, "cible parents seuls expliquée");

// Aides : catalogue de référence (ensemble ouvert) et codes RSA.
Verifier(CatalogueDesAides.Reference.TryGetValue(AidesDeReference.VacancesFamiliales.Code, out _), "catalogue des aides");

// Instantané JSON d'une demande d'aide : rejeu de l'historique par les commandes de la demande.
var depot = new LocalDate(2024, 3, 4);
var demande = DemandeDAide.Deposer("D-000001", NumeroAllocataire.Create("1234567").GetValueOrThrow(), AidesDeReference.Projets, Montant.FromEuros(600m), FormeAide.Pret, depot).GetValueOrThrow()
    .Instruire(depot.PlusDays(1)).GetValueOrThrow().Etat
    .DemanderDesPieces(depot.PlusDays(2), ["Devis", "RIB"]).GetValueOrThrow().Etat
    .RecevoirLesPieces(depot.PlusDays(9)).GetValueOrThrow().Etat
    .Accorder(depot.PlusDays(10), Montant.FromEuros(600m), FormeAide.Pret).GetValueOrThrow().Etat
    .Decaisser(depot.PlusDays(12), 6, depot.PlusDays(40)).GetValueOrThrow().Etat;
var jsonDemande = DemandesJson.Ecrire(demande);
var demandeRelue = DemandesJson.Lire(jsonDemande);
Verifier(demandeRelue.Reussi && DemandesJson.Ecrire(demandeRelue.Valeur) == jsonDemande && demandeRelue.Valeur.Pret!.Solde == Montant.FromEuros(600m), "aller-retour JSON d'une demande d'aide");
Verifier(DemandesJson.Lire(jsonDemande.Replace("\"PROJETS\"", "\"INCONNU\"", StringComparison.Ordinal)).Erreurs.Any(e => e.Chemin == "$.typeAide"), "type d'aide inconnu situé par son chemin");
var journal = Caf.Accompagnement.Activite.Journal.Create(
    new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)),
    [
        Caf.Accompagnement.Activite.Intervention.Create(new LocalDate(2024, 2, 5), "PARENTALITE", "Dax", "TS1").Valeur,
        Caf.Accompagnement.Activite.SignatureDeContrat.Create(new LocalDate(2024, 3, 1), "Dax", 1, RegimeContrat.ContratEngagementsReciproques, false).Valeur,
        Caf.Accompagnement.Activite.VersementDAide.Create(CatalogueDesAides.Reference, new LocalDate(2024, 4, 10), "GARDE_HORAIRES_DECALES", "SUBVENTION", Montant.FromEuros(250m), "Dax").Valeur,
    ]).Valeur;
var jsonJournal = JournauxJson.Ecrire(journal);
var journalRelu = JournauxJson.Lire(jsonJournal);
Verifier(journalRelu.Reussi && JournauxJson.Ecrire(journalRelu.Valeur) == jsonJournal && journalRelu.Valeur.Entrees.Length == 3, "aller-retour JSON du journal d'activité");
Verifier(JournauxJson.Lire(jsonJournal.Replace("\"CONTRAT_SIGNE\"", "\"INCONNU\"", StringComparison.Ordinal)).Erreurs.Any(e => e.Chemin == "$.entrees[1].nature"), "nature d'entrée inconnue située par son chemin");
Verifier(EtatDossierRsa.Toutes.Count == 7 && EtatDossierRsa.FromCode("2") == EtatDossierRsa.OuvertVersable, "ETATDOSRSA");

// Injection de dépendances : catalogues et politique résolus sans réflexion sur les types du domaine.
using (var fournisseur = new ServiceCollection().AddCafAccompagnement().BuildServiceProvider())
{
    Verifier(fournisseur.GetRequiredService<CatalogueDesAides>().Tous.Length == CatalogueDesAides.Reference.Tous.Length, "catalogue des aides par DI");
    Verifier(fournisseur.GetRequiredService<PolitiqueDeCiblage>().Cibles.Length >= PolitiqueDeCiblage.Landes2022.Cibles.Length, "politique par DI");
}

// Flux RSA (XmlReader, sans schéma ni réflexion) : écrire puis relire un dossier.
{
    var entete = Caf.Accompagnement.Flux.EnteteFluxRsa.Create("CRI", "0801", "M", "D", new LocalDate(2022, 3, 5), new LocalTime(1, 0), new LocalDate(2022, 2, 28)).GetValueOrThrow();
    var dossierRsa = Caf.Accompagnement.Flux.DossierRsa.Builder(NumeroAllocataire.Parse("0123456"), entete.DateReference, EtatDossierRsa.VersementSuspendu)
        .Organisme("401").Demande(new LocalDate(2021, 1, 1)).Situation(Caf.Accompagnement.Flux.SituationFamilleRsa.Celibataire, new LocalDate(2010, 1, 1))
        .Commune(CodeCommune.Parse("40192")).Personne(Caf.Accompagnement.Flux.RolePersonneRsa.Demandeur, new LocalDate(1990, 1, 1), true)
        .Suspension(MotifSuspensionRsa.DeclarationTrimestrielleNonFournie, new LocalDate(2022, 2, 1)).Build().GetValueOrThrow();
    using var memoire = new MemoryStream();
    Caf.Accompagnement.Flux.FluxRsa.Ecrire(memoire, entete, [dossierRsa]);
    memoire.Position = 0;
    using var lectureRsa = Caf.Accompagnement.Flux.FluxRsa.Lire(memoire);
    var relus = lectureRsa.ToList();
    Verifier(relus.Count == 1 && relus[0].Accepte && relus[0].Resultat.Valeur.Numero == dossierRsa.Numero && relus[0].Resultat.Valeur.VersFoyer().Reussi, "flux RSA aller-retour");
    Verifier(Caf.Accompagnement.Flux.RolePersonneRsa.Toutes.Count == 5 && Caf.Accompagnement.Flux.SituationFamilleRsa.TryFromCode("VIM", out _), "codes du flux RSA");
}

Console.WriteLine($"AOT : {verifications} vérifications réussies.");
return 0;
