using Caf.Accompagnement.Contrats;
using NodaTime;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>
/// Étape des contrats : les contrats d'engagements réciproques signés dans les dossiers de l'année racontée par les
/// travailleurs sociaux de la Caf des Landes, par délégation du département (CASF L262-36) : orientation sociale,
/// référent (le travailleur social du dossier), signature ; le décompte de l'année par secteur, les contrats à
/// renouveler par référent, les signatures en retard ; puis une sanction de chaque régime.
/// </summary>
/// <remarks>
/// Les bénéficiaires sont les foyers au RSA accompagnés (rendez-vous tenu) ; les référents sont les travailleurs
/// sociaux de la carte illustrative de 9 secteurs (la carte réelle de septembre 2022 n'est pas publique).
/// </remarks>
internal static class EtapeContrats
{
    internal static void Executer(Contexte contexte)
    {
        var recit = contexte.Recit!;
        Console.WriteLine($"== Contrats d'engagements réciproques des dossiers ({recit.Periode.Start.Year}) ==");
        var registre = new RegistreDesContrats(recit.Parcours, contexte.Carte);
        var signes = registre.SignesEntre(recit.Periode.Start, recit.Periode.End);
        Console.WriteLine($"{recit.Parcours.Count} bénéficiaires du RSA accompagnés orientés vers le parcours social ; référent : le travailleur social du dossier.");
        Console.WriteLine($"Contrats signés en {recit.Periode.Start.Year} : {signes.Count} (dont {signes.Count(c => c.SignatureTardive)} hors du délai de 2 mois) — rapport d'activité 2022 de la Caf des Landes, toute l'année : 342 CER signés.");
        Console.WriteLine("Par secteur : " + string.Join(", ", registre.CompterParSecteur(signes).Select(kv => $"{kv.Key} {kv.Value}")));
        var fin = recit.Periode.End;
        Console.WriteLine($"Contrats actifs au {Dates.Formater(fin)} : {registre.ActifsAu(fin).Count}");
        var aRenouveler = registre.ARenouveler(fin, 30);
        Console.WriteLine($"À renouveler dans les 30 jours ({aRenouveler.Values.Sum(l => l.Count)}) : "
            + string.Join(", ", aRenouveler.Select(kv => $"{kv.Key} {kv.Value.Count}")));
        var retards = registre.SignaturesEnRetard(fin);
        Console.WriteLine($"Signatures en retard au {Dates.Formater(fin)} : {retards.Count}");
        if (recit.Parcours.Count == 0)
        {
            return;
        }

        // Une sanction de chaque régime, bornée par le barème de sa date (CASF R262-68 ; décret n° 2025-478), motivée et
        // avec ses voies de recours (CASF L262-47).
        var beneficiaire = recit.Parcours[0].Beneficiaire;
        var avant = Sanctions.Decider(new DemandeDeSanction(
            new Manquement(beneficiaire, TypeManquement.NonSignature, new LocalDate(2022, 9, 1)),
            new LocalDate(2022, 10, 15),
            50,
            2,
            new AuditionEquipePluridisciplinaire(new LocalDate(2022, 9, 10), null)));
        var apres = Sanctions.Decider(new DemandeDeSanction(
            new Manquement(beneficiaire, TypeManquement.NonRespect, new LocalDate(2025, 9, 1)),
            new LocalDate(2025, 9, 15),
            60,
            2,
            null,
            FoyerDePlusieursPersonnes: true,
            Observations: new ObservationsPrealables(new LocalDate(2025, 9, 2), new LocalDate(2025, 9, 8))));
        Console.WriteLine($"Sanction décidée le 15/10/2022 : {avant.Match(s => s.ToString(), e => e[0].Message)}");
        if (avant.TryGetValue(out var sanction))
        {
            Console.WriteLine($"  recours : {sanction.Explication.VoiesDeRecours[0]}");
        }

        Console.WriteLine($"Sanction proposée le 15/09/2025 (foyer de plusieurs personnes, 60 %) : {apres.Match(s => s.ToString(), e => $"refusée — {e[0].Message} [{e[0].Code}]")}");
    }
}
