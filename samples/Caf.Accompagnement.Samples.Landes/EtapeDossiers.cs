using Caf.Accompagnement.Dossiers;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>
/// Étape « dossiers » : la file d'attente d'un travailleur social juste après les ouvertures, puis l'accompagnement
/// de chaque dossier de l'année racontée (réponse à l'offre, convocation, rappel, rendez-vous tenu ou non honoré,
/// diagnostic, plan, aides et contrats rattachés, clôture).
/// </summary>
internal static class EtapeDossiers
{
    internal static void Executer(Contexte contexte)
    {
        Console.WriteLine("== Dossiers d'accompagnement : de l'offre à la clôture ==");
        var recit = contexte.Recit!;
        if (recit.Dossiers.Count == 0)
        {
            Console.WriteLine("Aucun dossier ouvert.");
            return;
        }

        // La file du travailleur social qui a le plus de dossiers, le lendemain de la dernière ouverture.
        var travailleur = recit.Dossiers.GroupBy(d => d.TravailleurSocial).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Identifiant, StringComparer.Ordinal).First().Key;
        var jour = recit.Dossiers.Max(d => d.DerniereDate).PlusDays(1);
        var file = FileDAttente.Etablir(travailleur, recit.Dossiers, SuiviDesRappels.Vide, RegleDeRappel.ParDefaut, jour);
        Console.WriteLine($"File de {travailleur.Identifiant} au {Dates.Formater(jour)} : {file.Elements.Length} dossier(s) — "
            + string.Join(", ", EtapeEnAttente.Toutes.Select(e => $"{e.Libelle} {file.Elements.Count(x => x.Etape == e)}"))
            + $" ; relances dues {file.Elements.Count(x => x.RappelDu)}.");

        recit.Accompagner();
        var dossiers = recit.Dossiers;
        var rendezVous = dossiers.SelectMany(d => d.RendezVous).ToList();
        Console.WriteLine($"{dossiers.Count} dossiers accompagnés : offres acceptées {dossiers.Count(d => d.Offre?.Reponse == ReponseALOffre.Acceptee)}, refusées {dossiers.Count(d => d.Offre?.Reponse == ReponseALOffre.Refusee)}, sans réponse {dossiers.Count(d => d.Offre?.Reponse == ReponseALOffre.SansReponse)}.");
        Console.WriteLine($"Rendez-vous : {rendezVous.Count} fixés (rappel la veille), {rendezVous.Count(r => r.Issue == IssueDuRendezVous.Tenu)} tenus, {rendezVous.Count(r => r.Issue == IssueDuRendezVous.NonHonore)} non honorés ; délai moyen du premier rendez-vous tenu {dossiers.Where(d => d.DelaiPremierRendezVous is not null).Select(d => d.DelaiPremierRendezVous!.Value).DefaultIfEmpty().Average():0.0} jours.");
        Console.WriteLine($"Plans : {dossiers.Sum(d => d.Plans.Length)} ; aides rattachées {dossiers.Sum(d => d.Aides.Length)} ; contrats rattachés {dossiers.Sum(d => d.Contrats.Length)}.");
        Console.WriteLine("Clôtures : " + string.Join(", ", MotifDeCloture.Toutes.Select(m => $"{m.Libelle} {dossiers.Count(d => d.Cloture?.Motif == m)}")) + $" ; encore ouverts {dossiers.Count(d => !d.EstClos)}.");
        Console.WriteLine($"Commandes refusées par les règles (comptées, jamais perdues) : {recit.Refus.Count}"
            + (recit.Refus.Count > 0 ? $" — {string.Join(", ", recit.Refus.GroupBy(e => e.Code).Select(g => $"{g.Key} {g.Count()}"))}" : string.Empty) + ".");
    }
}
