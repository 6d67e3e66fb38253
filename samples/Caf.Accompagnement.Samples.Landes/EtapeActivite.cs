using System.Globalization;
using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;
using Engagement = Caf.Accompagnement.Contrats.Engagement;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>
/// Étape 7 : une année d'activité simulée (et la précédente, pour les évolutions) inscrite au journal — interventions,
/// nouvelles demandes, rendez-vous liés à la séparation après appels sortants, séances PALS, contrats signés par le
/// module des contrats, aides attribuées et versées du catalogue des aides — puis le bilan annuel, en texte et en CSV.
/// </summary>
/// <remarks>
/// Les volumes sont tirés autour des chiffres du bilan 2022 de la Caf des Landes (2 243 interventions, 3 310 nouvelles
/// demandes, 1 345 rendez-vous séparation, 342 CER, 1 411 aides), l'année précédente autour de ses chiffres 2021
/// (1 885 interventions, 887 rendez-vous, 1 151 aides). La carte des 9 secteurs est celle, illustrative, de l'étape
/// Territoires (la carte réelle de septembre 2022 n'est pas publique).
/// </remarks>
internal static class EtapeActivite
{
    private static readonly (TypeDAide Type, int Poids, int MinEuros, int MaxEuros)[] Aides =
    [
        (AidesDeReference.Projets, 414, 100, 800), (AidesDeReference.VacancesFamiliales, 77, 200, 600),
        (AidesDeReference.VacancesSociales, 56, 300, 1200), (AidesDeReference.GardeHorairesDecales, 456, 50, 400),
        (AidesDeReference.Jeunes, 98, 100, 500), (AidesDeReference.Urgence, 13, 100, 300),
        (AidesDeReference.EquipementMenager, 278, 150, 700), (AidesDeReference.CadreDeVieAutre, 15, 100, 500),
        (AidesDeReference.PrecariteEnergetique, 4, 500, 3000),
    ];

    internal static void Executer(Options options)
    {
        var annee = options.Date.Year;
        Console.WriteLine($"== Activité : journal du travail social et bilan annuel {annee} (activité simulée) ==");
        var carte = EtapeTerritoires.Carte;
        var hasard = new Random(options.Graine);
        var entrees = new List<EntreeJournal>();
        Simuler(entrees, hasard, carte, annee - 1, new Facteurs(Activite: 0.84, Separation: 0.66, Aides: 0.82));
        Simuler(entrees, hasard, carte, annee, new Facteurs(1, 1, 1));
        var periode = new DateInterval(new LocalDate(annee - 1, 1, 1), new LocalDate(annee, 12, 31));
        var journal = Journal.Create(periode, entrees).Bind(j => j.VerifierSecteurs(carte)).GetValueOrThrow();
        Console.WriteLine($"{journal} ; carte illustrative de {carte.Secteurs.Count} secteurs (étape Territoires).");

        // Une saisie à motif inconnu et une entrée hors période sont refusées, jamais comptées.
        var refus = journal.Ajouter(Intervention.Create(options.Date, "DIVORCE", carte.Secteurs[0].Nom, "TS-01"));
        Console.WriteLine($"Saisie refusée : {refus.Erreurs[0].Message} [{refus.Erreurs[0].Code}]");

        var bilan = BilanAnnuel.Etablir(journal, annee).GetValueOrThrow();
        Console.WriteLine();
        Console.Write(bilan.EnTexte());
        using var csv = new StringWriter(CultureInfo.InvariantCulture);
        bilan.EcrireCsv(csv);
        var lignes = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine($"Export CSV : {lignes.Length - 1} lignes ({string.Join(",", BilanAnnuel.ColonnesCsv)}).");
    }

    private static void Simuler(List<EntreeJournal> entrees, Random hasard, CarteDesSecteurs carte, int annee, Facteurs facteurs)
    {
        int Volume(int n, double facteur) => (int)Math.Round(n * facteur * (0.97 + (hasard.NextDouble() * 0.06)));
        LocalDate Jour() => new LocalDate(annee, 1, 1).PlusDays(hasard.Next(365));
        var tirage = new TirageSecteur(carte);
        Motif[] motifs = [Motif.Parentalite, Motif.Insertion, Motif.ImpayesDeLoyer];
        int[] poids = [1950, 1218, 142];

        for (var i = Volume(2243, facteurs.Activite); i > 0; i--)
        {
            var s = tirage.Tirer(hasard);
            entrees.Add(new Intervention(Jour(), Tirer(hasard, motifs, poids), s.Nom, s.TravailleursSociaux[0].Identifiant));
        }

        for (var i = Volume(3310, facteurs.Activite); i > 0; i--)
        {
            entrees.Add(new NouvelleDemande(Jour(), Tirer(hasard, motifs, poids), tirage.Tirer(hasard).Nom));
        }

        // Parents séparés appelés (appels sortants) : un rendez-vous proposé, puis tenu ou non honoré.
        var tenus = Volume(1345, facteurs.Separation);
        for (var i = 0; i < tenus + (tenus / 8); i++)
        {
            var s = tirage.Tirer(hasard);
            var propose = new LocalDate(annee, 1, 1).PlusDays(hasard.Next(350));
            var ts = s.TravailleursSociaux[0].Identifiant;
            entrees.Add(new RendezVous(propose, StatutDeRendezVous.Propose, OrigineDeRendezVous.AppelSortant, s.Nom, ts, TypeEvenement.Separation));
            var statut = i < tenus ? StatutDeRendezVous.Tenu : StatutDeRendezVous.NonHonore;
            entrees.Add(new RendezVous(propose.PlusDays(hasard.Next(3, 15)), statut, OrigineDeRendezVous.AppelSortant, s.Nom, ts, TypeEvenement.Separation));
        }

        for (var i = 0; i < 3; i++)
        {
            entrees.Add(new SeanceCollective(new LocalDate(annee, 3 + (i * 3), 10), ThemeDeSeance.Pals, ModaliteDeSeance.Presentiel, carte.Secteurs[i * 3].Nom, hasard.Next(8, 20)));
        }

        entrees.Add(new SeanceCollective(new LocalDate(annee, 11, 17), ThemeDeSeance.Pals, ModaliteDeSeance.Webinaire, carte.Secteurs[0].Nom, hasard.Next(20, 45)));

        // Contrats : de vraies signatures du module des contrats (orientation, référent du secteur, projet, signature).
        for (var i = Volume(342, facteurs.Activite); i > 0; i--)
        {
            var s = tirage.Tirer(hasard);
            var commune = s.Communes[hasard.Next(s.Communes.Count)].Code;
            var orientation = new LocalDate(annee, 1, 1).PlusDays(hasard.Next(300));
            var signature = orientation.PlusDays(hasard.Next(100) < 90 ? hasard.Next(5, 55) : hasard.Next(62, 64));
            var beneficiaire = IdentifiantBeneficiaire.From(NumeroAllocataire.FromValeur(1_000_000 + hasard.Next(8_999_999)), RoleDansLeFoyer.Allocataire);
            var transition = Parcours.Ouvrir(beneficiaire, commune)
                .Orienter(TypeOrientation.Sociale, orientation)
                .Bind(t => t.Parcours.DesignerReferent(Referent.DeLaCaf(s.TravailleursSociaux[0]), orientation, carte))
                .Bind(t => t.Parcours.EtablirContrat(orientation, Engagements(orientation)))
                .Bind(t => t.Parcours.Signer(1, signature))
                .GetValueOrThrow();
            entrees.Add(SignatureDeContrat.Depuis(transition, carte).GetValueOrThrow());
        }

        // Aides : attribuées puis versées, du catalogue des aides (formes admises, prêts pour une part de l'équipement).
        var poidsAides = Aides.Select(a => a.Poids).ToArray();
        for (var i = Volume(1411, facteurs.Aides); i > 0; i--)
        {
            var (type, _, min, max) = Aides[Tirer(hasard, Enumerable.Range(0, Aides.Length).ToArray(), poidsAides)];
            var forme = type.Admet(FormeAide.Pret) && type == AidesDeReference.EquipementMenager && hasard.Next(100) < 55 ? FormeAide.Pret : FormeAide.Subvention;
            var montant = Montant.FromEuros(hasard.Next(min, max + 1));
            var s = tirage.Tirer(hasard).Nom;
            var verse = Jour();
            var decision = verse.PlusDays(-hasard.Next(0, 30));
            if (decision.Year == annee)
            {
                entrees.Add(AttributionDAide.Create(decision, type, forme, montant, s).GetValueOrThrow());
            }

            entrees.Add(new VersementDAide(AideVersee.Create(type, forme, montant, verse).GetValueOrThrow(), s));
        }

        for (var i = Volume(132, facteurs.Aides); i > 0; i--)
        {
            var type = hasard.Next(132) < 50 ? AidesDeReference.ControleDecence : AidesDeReference.ConstatTechniqueLogement;
            entrees.Add(new VersementDAide(AideVersee.Create(type, FormeAide.Service, Montant.Zero, Jour()).GetValueOrThrow(), tirage.Tirer(hasard).Nom));
        }
    }

    /// <summary>Le volume d'une année rapporté à celui du bilan 2022 (2021 : 1 885 / 2 243 interventions, 887 / 1 345
    /// rendez-vous séparation, 1 151 / 1 411 aides).</summary>
    private sealed record Facteurs(double Activite, double Separation, double Aides);

    private static Engagement[] Engagements(LocalDate date) =>
    [
        new(DomaineEngagement.Parentalite, DebiteurEngagement.Beneficiaire, "Trouver un mode de garde", date.PlusMonths(3)),
        new(DomaineEngagement.InsertionSociale, DebiteurEngagement.Referent, "Rendez-vous mensuel de suivi", date.PlusMonths(1)),
    ];

    private static T Tirer<T>(Random hasard, T[] valeurs, int[] poids)
    {
        var n = hasard.Next(poids.Sum());
        for (var i = 0; i < valeurs.Length; i++)
        {
            n -= poids[i];
            if (n < 0)
            {
                return valeurs[i];
            }
        }

        return valeurs[^1];
    }

    /// <summary>Tire un secteur au prorata de sa population.</summary>
    private sealed class TirageSecteur(CarteDesSecteurs carte)
    {
        private readonly Secteur[] _secteurs = [.. carte.Secteurs];
        private readonly int[] _poids = [.. carte.Secteurs.Select(s => s.Population)];

        internal Secteur Tirer(Random hasard) => EtapeActivite.Tirer(hasard, _secteurs, _poids);
    }
}
