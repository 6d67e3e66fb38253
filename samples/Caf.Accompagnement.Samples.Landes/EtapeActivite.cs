using System.Globalization;
using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Foyers;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>
/// Étape 9 : le journal et le bilan de l'année DÉRIVÉS des dossiers de l'année racontée
/// (<see cref="JournalDesDossiers"/> : nouvelles demandes par motif, rendez-vous, interventions ; plus les saisies des
/// autres modules : contrats signés, aides versées, séances PALS), imprimés à côté des chiffres publiés du bilan 2022
/// de la Caf des Landes ; puis les mesures de résultat de la campagne par public (<see cref="ResultatsDeCampagne"/>).
/// </summary>
/// <remarks>
/// Chiffres publiés (seed 000, rapport d'activité 2022 de la Caf des Landes) : 3 310 nouvelles demandes (1 950
/// parentalité, 1 218 insertion, 142 impayés de loyer), 2 243 interventions, 1 345 rendez-vous liés à la séparation
/// tenus après des appels sortants, 3 séances PALS et 1 webinaire, 342 CER signés. Le récit ne couvre qu'une campagne
/// de 90 jours et les appels aux séparations des 90 derniers jours : ses volumes sont plus petits ; ce qui est comparé,
/// c'est la nature des chiffres, tous dérivés d'événements et non ressaisis.
/// </remarks>
internal static class EtapeActivite
{
    internal static void Executer(Contexte contexte)
    {
        var recit = contexte.Recit!;
        var annee = recit.Periode.Start.Year;
        Console.WriteLine($"== Activité : journal dérivé des dossiers et bilan {annee} ==");
        recit.Etablir();
        Console.WriteLine($"{recit.Journal} ; {recit.Dossiers.Count} dossiers, {recit.Saisies.Count} saisies des autres modules (contrats, aides, séances).");
        var c = recit.Bilan.Chiffres;
        Console.WriteLine();
        Console.WriteLine($"{"Indicateur",-52} {"Récit (dérivé)",14} {"Bilan publié 2022",18}");
        void Ligne(string libelle, long derive, string publie) => Console.WriteLine(string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"{libelle,-52} {derive,14:N0} {publie,18}"));
        Ligne("Nouvelles demandes", c.NouvellesDemandes, "3 310");
        Ligne("   dont parentalité", c.NouvellesDemandesPour(Motif.Parentalite), "1 950");
        Ligne("   dont insertion", c.NouvellesDemandesPour(Motif.Insertion), "1 218");
        Ligne("   dont impayés de loyer", c.NouvellesDemandesPour(Motif.ImpayesDeLoyer), "142");
        Ligne("   dont accès aux droits", c.NouvellesDemandesPour(Motif.AccesAuxDroits), "—");
        Ligne("Interventions (premier rendez-vous tenu)", c.Interventions, "2 243");
        Ligne("Rendez-vous liés à la séparation tenus", c.RendezVous(StatutDeRendezVous.Tenu, TypeEvenement.Separation), "1 345");
        Ligne("Rendez-vous tenus après un appel sortant", c.RendezVous(StatutDeRendezVous.Tenu, origine: OrigineDeRendezVous.AppelSortant), "—");
        Ligne("Rendez-vous non honorés", c.RendezVous(StatutDeRendezVous.NonHonore), "—");
        Ligne("Séances collectives PALS", c.Seances(ThemeDeSeance.Pals), "3 + 1 webinaire");
        Ligne("Contrats d'engagements réciproques signés", c.ContratsSignes, "342");
        Ligne("Aides individuelles versées", c.AidesIndividuellesVersees.Nombre, "—");
        Console.WriteLine("Le récit couvre une campagne de 90 jours et les séparations des 90 derniers jours, pas toute l'année : les volumes sont plus petits.");
        if (contexte.Loire)
        {
            Console.WriteLine("Scénario Loire 2020 : la Caf de la Loire ne publie pas de bilan chiffré de ces appels (seed 004) ; la colonne publiée reste");
            Console.WriteLine("celle du bilan 2022 des Landes, pour la forme. Ce qui se mesure ici : les résultats de la campagne par public, ci-dessous.");
        }

        Console.WriteLine();
        Console.Write(recit.Bilan.EnTexte());
        Console.WriteLine();
        Console.WriteLine($"Mesures de résultat de la campagne (détection ultérieure au {Dates.Formater(recit.Ulterieure!.Reference)}) :");
        foreach (var r in recit.Resultats.ParPublic.Append(recit.Resultats.Total))
        {
            Console.WriteLine($"   {r}");
        }

        using var csv = new StringWriter(CultureInfo.InvariantCulture);
        recit.Bilan.EcrireCsv(csv);
        var lignes = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine($"Export CSV : {lignes.Length - 1} lignes ({string.Join(",", BilanAnnuel.ColonnesCsv)}).");
    }
}
