using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Tests.Aides;
using Caf.Accompagnement.Tests.Contrats;
using NodaTime;

namespace Caf.Accompagnement.Tests.Activite;

/// <summary>Un journal 2021-2022 construit aux chiffres du bilan 2022 de l'accompagnement social de la Caf des Landes
/// (et aux chiffres 2021 qu'il cite) : les aides viennent du jeu d'essai du module des aides, les contrats de vraies
/// signatures du module des contrats.</summary>
internal static class JournalLandes
{
    internal static readonly string[] Secteurs = ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9"];

    private static readonly DateInterval DeuxAns = new(new LocalDate(2021, 1, 1), new LocalDate(2022, 12, 31));

    internal static Journal Construire()
    {
        var entrees = new List<EntreeJournal>();
        Annee(entrees, 2022, interventions: 2243, separation: 1345);
        Annee(entrees, 2021, interventions: 1885, separation: 887);

        // Nouvelles demandes 2022 : 1 950 parentalité, 1 218 insertion, 142 impayés de loyer.
        var demandes = 0;
        foreach (var (motif, nombre) in new[] { (Motif.Parentalite, 1950), (Motif.Insertion, 1218), (Motif.ImpayesDeLoyer, 142) })
        {
            for (var i = 0; i < nombre; i++, demandes++)
            {
                entrees.Add(NouvelleDemande.Create(Jour(2022, demandes), motif.Code, Secteur(demandes)).Valeur);
            }
        }

        // Séances collectives 2022 : 3 informations collectives PALS en présentiel et un webinaire.
        entrees.Add(new SeanceCollective(new LocalDate(2022, 3, 10), ThemeDeSeance.Pals, ModaliteDeSeance.Presentiel, "S1", 14));
        entrees.Add(new SeanceCollective(new LocalDate(2022, 6, 9), ThemeDeSeance.Pals, ModaliteDeSeance.Presentiel, "S4", 11));
        entrees.Add(new SeanceCollective(new LocalDate(2022, 10, 13), ThemeDeSeance.Pals, ModaliteDeSeance.Presentiel, "S7", 9));
        entrees.Add(new SeanceCollective(new LocalDate(2022, 11, 17), ThemeDeSeance.Pals, ModaliteDeSeance.Webinaire, "S1", 32));

        // 342 contrats d'engagements réciproques signés en 2022 : de vraies signatures du module des contrats.
        for (var i = 0; i < 342; i++)
        {
            var orientation = Jour(2022, i * 7 % 300);
            var transition = Fixtures.AvecBrouillon(orientation).Signer(1, orientation.PlusDays(20)).Valeur;
            entrees.Add(SignatureDeContrat.Depuis(transition, Secteur(i)).Valeur);
        }

        // Aides versées 2022 : le jeu d'essai du module des aides (1 411 aides pour 448 428 €, 132 services).
        var k = 0;
        foreach (var aide in BilanDesAidesTest.AidesLandes2022())
        {
            entrees.Add(new VersementDAide(aide, Secteur(k++)));
        }

        // Aides versées 2021 : 1 151 aides dont 867 coup de pouce.
        for (var i = 0; i < 1151; i++)
        {
            var type = i < 867 ? AidesDeReference.Projets : AidesDeReference.EquipementMenager;
            var aide = AideVersee.Create(type, FormeAide.Subvention, Montant.FromEuros(250m), Jour(2021, i)).Valeur;
            entrees.Add(new VersementDAide(aide, Secteur(i)));
        }

        return Journal.Create(DeuxAns, entrees).Valeur;
    }

    private static void Annee(List<EntreeJournal> entrees, int annee, int interventions, int separation)
    {
        Motif[] motifs = [Motif.Parentalite, Motif.Insertion, Motif.ImpayesDeLoyer, Motif.AccesAuxDroits];
        for (var i = 0; i < interventions; i++)
        {
            entrees.Add(Intervention.Create(Jour(annee, i), motifs[i % motifs.Length].Code, Secteur(i), $"TS-{Secteur(i)}").Valeur);
        }

        // Rendez-vous liés à la séparation : proposés après un appel sortant, puis tenus ou non honorés.
        for (var i = 0; i < separation; i++)
        {
            var d = Jour(annee, i);
            entrees.Add(new RendezVous(d, StatutDeRendezVous.Propose, OrigineDeRendezVous.AppelSortant, Secteur(i), "TS", TypeEvenement.Separation));
            entrees.Add(new RendezVous(d, StatutDeRendezVous.Tenu, OrigineDeRendezVous.AppelSortant, Secteur(i), "TS", TypeEvenement.Separation));
        }

        for (var i = 0; i < 120; i++)
        {
            var d = Jour(annee, i * 3);
            entrees.Add(new RendezVous(d, StatutDeRendezVous.NonHonore, OrigineDeRendezVous.AppelSortant, Secteur(i), "TS", TypeEvenement.Separation));
            entrees.Add(new RendezVous(d, StatutDeRendezVous.Tenu, OrigineDeRendezVous.DemandeAllocataire, Secteur(i), "TS", TypeEvenement.ImpayeDeLoyer));
        }
    }

    private static string Secteur(int i) => Secteurs[i % Secteurs.Length];

    private static LocalDate Jour(int annee, int i) => new LocalDate(annee, 1, 1).PlusDays(i % 365);
}
