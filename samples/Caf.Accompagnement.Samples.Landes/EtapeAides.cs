using Caf.Accompagnement.Aides;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>
/// Étape aides : le catalogue, les demandes d'aide des dossiers de l'année racontée (éligibilité, dépôt, instruction,
/// accord et versement sur l'enveloppe annuelle, ou refus motivé), un prêt et son échéancier, et le bilan par
/// catégorie et par forme.
/// </summary>
/// <remarks>Foyers générés, montants plafonnés par le barème de l'aide ; dotation fictive pour l'exemple.</remarks>
internal static class EtapeAides
{
    internal static void Executer(Contexte contexte)
    {
        Console.WriteLine("== Aides financières individuelles des dossiers ==");
        var catalogue = CatalogueDesAides.Reference;
        foreach (var categorie in CategorieAide.Toutes)
        {
            Console.WriteLine($"{categorie.Libelle,-38} {string.Join(", ", catalogue.DeLaCategorie(categorie).Select(t => t.Code))}");
        }

        var recit = contexte.Recit!;
        var date = contexte.Options.Date;
        var enveloppe = recit.Enveloppe;
        Console.WriteLine($"{recit.Demandes.Count} demandes déposées dans les dossiers (aide aux projets) : "
            + string.Join(", ", recit.Demandes.GroupBy(d => d.Statut.Libelle).Select(g => $"{g.Key.ToLowerInvariant()} {g.Count()}")));
        if (recit.Demandes.FirstOrDefault() is { } premiere)
        {
            Console.WriteLine($"   exemple : {premiere.Identifiant} {premiere.Type.Code} {premiere.Statut.Libelle} {premiere.MontantAccorde}");
        }

        var versees = recit.Demandes.Select(d => d.PourLeBilan()).OfType<AideVersee>().ToList();

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
}
