using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>
/// Étape aides : le catalogue, quelques demandes instruites sur l'enveloppe annuelle (éligibilité expliquée, accords,
/// refus, dépassement), un prêt et son échéancier, et le bilan par catégorie et par forme.
/// </summary>
/// <remarks>Foyers, montants et dotation générés pour l'exemple (graine fixe) : ce ne sont pas des données réelles.</remarks>
internal static class EtapeAides
{
    private static readonly string[] Communes = ["40192", "40088", "40046", "40245", "40279", "40133"];

    internal static void Executer(Options options)
    {
        Console.WriteLine("== Aides financières individuelles ==");
        var catalogue = CatalogueDesAides.Reference;
        foreach (var categorie in CategorieAide.Toutes)
        {
            Console.WriteLine($"{categorie.Libelle,-38} {string.Join(", ", catalogue.DeLaCategorie(categorie).Select(t => t.Code))}");
        }

        var date = options.Date;
        var enveloppe = new EnveloppePartagee(EnveloppeBudgetaire.Create(
            "401",
            date.Year,
            Montant.FromEuros(6_000m),
            new Dictionary<CategorieAide, Montant> { [CategorieAide.CadreDeVie] = Montant.FromEuros(3_000m) }).GetValueOrThrow());

        var hasard = new Random(options.Graine);
        (TypeDAide Type, FormeAide Forme, decimal Cout)[] demandes =
        [
            (AidesDeReference.VacancesFamiliales, FormeAide.Subvention, 900m),
            (AidesDeReference.EquipementMenager, FormeAide.Pret, 1_500m),
            (AidesDeReference.GardeHorairesDecales, FormeAide.Subvention, 0m),
            (AidesDeReference.EquipementMenager, FormeAide.Pret, 1_400m),
            (AidesDeReference.Projets, FormeAide.Subvention, 700m),
            (AidesDeReference.EquipementMenager, FormeAide.Pret, 1_200m),
        ];

        var versees = new List<AideVersee>();
        for (var i = 0; i < demandes.Length; i++)
        {
            var (type, forme, cout) = demandes[i];
            var foyer = Generer(hasard, i, date);
            var contexte = ContexteEligibilite.Create(foyer, date, coutDuProjet: cout > 0 ? Montant.FromEuros(cout) : null);
            var eligibilite = type.Evaluer(contexte);
            var demande = DemandeDAide.Deposer($"{date.Year}-{i + 1:0000}", foyer.Numero, type, eligibilite.EstEligible ? eligibilite.MontantMaximum : Montant.FromEuros(cout > 0 ? cout : 100m), forme, date.PlusDays(-30)).GetValueOrThrow();
            demande = demande.Instruire(date.PlusDays(-25)).GetValueOrThrow().Etat;
            Console.WriteLine($"{demande.Identifiant} {type.Code,-22} {contexte.QuotientFamilial} → {eligibilite.Explication.Conclusion}");
            if (!eligibilite.EstEligible)
            {
                var refus = demande.Refuser(date, "Conditions non remplies : " + string.Join(" ; ", eligibilite.Conditions.Where(c => !c.EstSatisfaite).Select(c => c.Libelle)));
                Console.WriteLine($"   refusée : {refus.GetValueOrThrow().Etat.Motif}");
                Console.WriteLine("   " + eligibilite.Explication.ToString().TrimEnd().Replace(Environment.NewLine, Environment.NewLine + "   ", StringComparison.Ordinal));
                continue;
            }

            var accord = InstructionDesAides.Accorder(demande, enveloppe, date, eligibilite.MontantMaximum, forme);
            if (!accord.TryGetValue(out var evolution))
            {
                var ajournee = demande.Ajourner(date, accord.Erreurs[0].Message).GetValueOrThrow().Etat;
                Console.WriteLine($"   ajournée : {ajournee.Motif} [{accord.Erreurs[0].Code}]");
                continue;
            }

            demande = evolution.Etat;
            demande = forme == FormeAide.Pret
                ? InstructionDesAides.Decaisser(demande, enveloppe, date.PlusDays(7), 40, PremiereEcheance(date.PlusDays(7)), new RetenueSurPrestations(Montant.FromEuros(500m))).GetValueOrThrow().Etat
                : InstructionDesAides.Verser(demande, enveloppe, date.PlusDays(7)).GetValueOrThrow().Etat;
            Console.WriteLine($"   {demande.Statut.Libelle} : {demande.MontantAccorde} en {demande.FormeAccordee!.Libelle.ToLowerInvariant()}"
                + (demande.Pret is { } p ? $", échéancier {p.Echeancier}" : string.Empty));
            versees.Add(demande.PourLeBilan()!);
        }

        // Un prêt de 1 000 € sur 3 mois : 333,33 €, 333,33 €, 333,34 € ; une échéance manquée, puis rééchelonnement.
        var pret = Pret.Create(Montant.FromEuros(1_000m), 3, date.PlusMonths(1), date).GetValueOrThrow();
        Console.WriteLine($"Prêt exemple : {string.Join(", ", pret.Echeancier.Echeances.Select(e => $"{Dates.Formater(e.Date)} {e.Montant}"))}");
        pret = pret.Rembourser(date.PlusMonths(1), Montant.FromEuros(333.33m), parRetenue: true).GetValueOrThrow().Etat;
        Console.WriteLine($"   au {Dates.Formater(date.PlusMonths(2))} : solde {pret.SoldeAu(date.PlusMonths(2))}, retard {pret.RetardAu(date.PlusMonths(2))}");
        pret = pret.Reechelonner(date.PlusMonths(2).PlusDays(3), 6, date.PlusMonths(3)).GetValueOrThrow().Etat;
        Console.WriteLine($"   rééchelonné : {pret.Echeancier}");

        Console.WriteLine(enveloppe.Etat);
        var bilan = BilanDesAides.Calculer(versees);
        foreach (var ligne in bilan.ParCategorie.Concat(bilan.ParForme).Where(l => l.Nombre > 0))
        {
            Console.WriteLine($"   {ligne.Libelle,-38} {ligne.Nombre,3} aide(s) {ligne.Montant,14} dont prêts {ligne.MontantEnPrets}");
        }
    }

    /// <summary>Le 5 du mois qui suit le décaissement.</summary>
    private static LocalDate PremiereEcheance(LocalDate decaissement) => new LocalDate(decaissement.Year, decaissement.Month, 5).PlusMonths(1);

    private static Foyer Generer(Random hasard, int rang, LocalDate date)
    {
        var naissance = date.PlusYears(-hasard.Next(24, 45)).PlusDays(-hasard.Next(365));
        var builder = Foyer.Builder(NumeroAllocataire.FromValeur(2_000_000 + hasard.Next(7_999_999)), CodeCommune.Parse(Communes[rang % Communes.Length]), naissance);
        if (rang % 3 == 0)
        {
            builder.EnCouple(naissance.PlusDays(hasard.Next(-1500, 1500)), date.PlusYears(-3));
        }
        else
        {
            builder.Isole(date.PlusYears(-1));
        }

        var enfants = 1 + hasard.Next(3);
        for (var e = 0; e < enfants; e++)
        {
            builder.AvecEnfant(date.PlusDays(-hasard.Next(200, 12 * 365)));
        }

        builder.AvecRessources(Montant.FromEuros(hasard.Next(400, 2000)), Montant.FromEuros(rang == 4 ? 48_000 : hasard.Next(3_000, 22_000)));
        if (enfants >= 2)
        {
            builder.Percoit(Prestation.AllocationsFamiliales, Montant.FromEuros(enfants == 2 ? 141.99m : 323.91m));
        }

        return builder.Build().GetValueOrThrow();
    }
}
