using System.Globalization;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>
/// Étape des contrats : une année de contrats d'engagements réciproques signés par les travailleurs sociaux de la Caf des Landes,
/// par délégation du département (CASF L262-36) : orientation, référent du secteur, signature (hors délai signalée),
/// renouvellements, ruptures ; puis le décompte annuel, les contrats à renouveler par référent et les signatures en retard.
/// </summary>
/// <remarks>
/// Les bénéficiaires sont générés, dans les 327 communes réelles des Landes (COG 2026), au prorata de leur population.
/// Les référents sont les travailleurs sociaux de la carte illustrative de 9 secteurs de l'étape des territoires (la
/// carte réelle de septembre 2022 n'est pas publique).
/// </remarks>
internal static class EtapeContrats
{
    private static readonly LocalDate DebutAnnee = new(2022, 1, 1);
    private static readonly LocalDate FinAnnee = new(2022, 12, 31);

    internal static void Executer(Options options)
    {
        Console.WriteLine("== Contrats d'engagements réciproques (année 2022, bénéficiaires générés) ==");
        var landes = ReferentielCommunes.Cog2026.DuDepartement("40");
        var carte = EtapeTerritoires.Carte;
        var hasard = new Random(options.Graine);
        // Bénéficiaires de l'année dans les Landes : --foyers ne règle que l'échelle nationale de la segmentation.
        const int nombre = 345;
        var parcours = new List<Parcours>(nombre);
        var tirage = new TirageCommune(landes);
        for (var i = 0; i < nombre; i++)
        {
            parcours.Add(Simuler(hasard, i, tirage.Tirer(hasard), carte));
        }

        var registre = new RegistreDesContrats(parcours, carte);
        var signes = registre.SignesEntre(DebutAnnee, FinAnnee);
        Console.WriteLine($"{nombre} bénéficiaires du RSA, parents isolés, orientés vers le parcours social ; référent : le travailleur social Caf du secteur.");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Contrats signés en 2022 : {signes.Count} (dont {signes.Count(c => c.Predecesseur is not null)} renouvellements, {signes.Count(c => c.SignatureTardive)} signatures hors du délai de 2 mois) — rapport d'activité de la Caf des Landes : 342 CER signés en 2022."));
        Console.WriteLine("Par secteur : " + string.Join(", ", registre.CompterParSecteur(signes).Select(kv => $"{kv.Key} {kv.Value}")));
        Console.WriteLine($"Contrats actifs au {Dates.Formater(options.Date)} : {registre.ActifsAu(options.Date).Count}");
        var aRenouveler = registre.ARenouveler(options.Date, 30);
        Console.WriteLine($"À renouveler dans les 30 jours ({aRenouveler.Values.Sum(l => l.Count)}) : "
            + string.Join(", ", aRenouveler.Select(kv => $"{kv.Key} {kv.Value.Count}")));
        var retards = registre.SignaturesEnRetard(options.Date);
        Console.WriteLine($"Signatures en retard au {Dates.Formater(options.Date)} : {retards.Count}"
            + (retards.Count > 0 ? $" (le plus ancien : {retards[0].JoursDeRetard} jours après la date limite, secteur {retards[0].Secteur})" : string.Empty));

        // Une sanction de chaque régime, bornée par le barème de sa date (CASF R262-68 ; décret n° 2025-478), motivée et
        // avec ses voies de recours (CASF L262-47).
        var beneficiaire = parcours[0].Beneficiaire;
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

    private static Parcours Simuler(Random hasard, int rang, CodeCommune commune, CarteDesSecteurs carte)
    {
        var beneficiaire = IdentifiantBeneficiaire.From(NumeroAllocataire.FromValeur(1_000_000 + (rang * 7919 % 8_999_999)), RoleDansLeFoyer.Allocataire);
        var orientation = new LocalDate(2021, 9, 1).PlusDays(hasard.Next(0, 480));
        var p = Parcours.Ouvrir(beneficiaire, commune)
            .Orienter(TypeOrientation.Sociale, orientation).GetValueOrThrow().Parcours
            .DesignerReferent(TravailleurSocialDe(carte, commune), orientation, carte).GetValueOrThrow().Parcours;
        var etabli = orientation.PlusDays(hasard.Next(0, 30));
        p = p.EtablirContrat(etabli, Actions(hasard, etabli), dureeEnMois: hasard.Next(10) < 7 ? 6 : 12).GetValueOrThrow().Parcours;
        if (hasard.Next(100) < 8)
        {
            return p; // Jamais signé : apparaît dans les signatures en retard.
        }

        var signature = etabli.PlusDays(hasard.Next(100) < 85 ? hasard.Next(5, 45) : hasard.Next(45, 120));
        p = p.Signer(1, signature).GetValueOrThrow().Parcours.Commencer(1, signature).GetValueOrThrow().Parcours;
        var courant = 1;
        while (p.Contrats[courant - 1].Fin is { } fin && fin < FinAnnee.PlusMonths(2))
        {
            var tirage = hasard.Next(100);
            if (tirage < 62)
            {
                var date = fin.PlusDays(-hasard.Next(0, 30));
                var r = p.Renouveler(courant, date, Actions(hasard, date), dureeEnMois: 6);
                if (!r.TryGetValue(out var t))
                {
                    break; // Limite départementale de renouvellements atteinte.
                }

                p = t.Parcours;
                courant = p.Contrats.Length;
            }
            else if (tirage < 68)
            {
                var debut = p.Contrats[courant - 1].Debut!.Value;
                p = p.Rompre(courant, debut.PlusDays(hasard.Next(30, 150)), "Engagements non respectés sans motif légitime").GetValueOrThrow().Parcours;
                break;
            }
            else
            {
                break; // Sortie du dispositif, ou contrat laissé à expiration.
            }
        }

        return p;
    }

    private static Engagement[] Actions(Random hasard, LocalDate date) =>
    [
        new(hasard.Next(2) == 0 ? DomaineEngagement.Parentalite : DomaineEngagement.Logement, DebiteurEngagement.Beneficiaire, "Démarche prioritaire du projet", date.PlusMonths(3)),
        new(DomaineEngagement.InsertionSociale, DebiteurEngagement.Referent, "Rendez-vous mensuel de suivi", date.PlusMonths(1)),
    ];

    private static Referent TravailleurSocialDe(CarteDesSecteurs carte, CodeCommune commune) =>
        carte.TryGetSecteur(commune, out var secteur)
            ? Referent.DeLaCaf(secteur.TravailleursSociaux[0])
            : throw new InvalidOperationException("Commune hors carte.");

    private sealed class TirageCommune(IReadOnlyList<Commune> communes)
    {
        private readonly int _total = communes.Sum(c => c.Population);

        internal CodeCommune Tirer(Random hasard)
        {
            var n = hasard.Next(_total);
            foreach (var c in communes)
            {
                n -= c.Population;
                if (n < 0)
                {
                    return c.Code;
                }
            }

            return communes[^1].Code;
        }
    }
}
