using Caf.Accompagnement;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Samples.AideLocale;
using Caf.Accompagnement.Territoires;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

// Un intégrateur ajoute son aide locale au catalogue par injection de dépendances : elle se comporte comme les aides
// fournies (recherche, éligibilité expliquée, enveloppe budgétaire, bilan).
var services = new ServiceCollection().AddAidesFinancieres().AddSourceDeTypesDAide<AidesLocales>();
using var fournisseur = services.BuildServiceProvider();
var catalogue = fournisseur.GetRequiredService<CatalogueDesAides>();
Console.WriteLine($"Catalogue : {catalogue.Tous.Length} types d'aides, dont l'aide locale « {AidesLocales.CodePermis} ».");

var date = new LocalDate(2022, 9, 15);
var type = catalogue.Create(AidesLocales.CodePermis).GetValueOrThrow();
var foyer = Foyer.Builder(NumeroAllocataire.FromValeur(4012345), CodeCommune.Parse("40245"), new LocalDate(2003, 2, 11))
    .Isole(new LocalDate(2021, 9, 1))
    .AvecRessources(Montant.FromEuros(650m), Montant.FromEuros(6200m))
    .Build()
    .GetValueOrThrow();
var contexte = ContexteEligibilite.Create(foyer, date, coutDuProjet: Montant.FromEuros(1450m));
var eligibilite = type.Evaluer(contexte);
Console.WriteLine(eligibilite.Explication);

var enveloppe = new EnveloppePartagee(EnveloppeBudgetaire.Create("401", 2022, Montant.FromEuros(20_000m)).GetValueOrThrow());
var demande = DemandeDAide.Deposer("2022-MOB-0001", foyer.Numero, type, eligibilite.MontantMaximum, FormeAide.Pret, date).GetValueOrThrow();
demande = demande.Instruire(date).GetValueOrThrow().Etat;
demande = InstructionDesAides.Accorder(demande, enveloppe, date.PlusDays(7), eligibilite.MontantMaximum, FormeAide.Pret).GetValueOrThrow().Etat;
demande = InstructionDesAides.Decaisser(demande, enveloppe, date.PlusDays(14), 10, new LocalDate(2022, 11, 5), new RetenueSurPrestations(Montant.FromEuros(500m))).GetValueOrThrow().Etat;
Console.WriteLine(demande);
Console.WriteLine($"Échéancier : {demande.Pret!.Echeancier}");
Console.WriteLine(enveloppe.Etat);

var bilan = BilanDesAides.Calculer([demande.PourLeBilan()!]);
var ligne = bilan.DuType(type);
Console.WriteLine($"Bilan : {ligne.Libelle} — {ligne.Nombre} aide(s), {ligne.Montant} dont {ligne.MontantEnPrets} en prêts ; catégorie {type.Categorie.Libelle} : {bilan.DeLaCategorie(type.Categorie).Nombre}.");
