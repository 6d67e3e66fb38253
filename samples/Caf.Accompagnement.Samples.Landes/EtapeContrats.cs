using System.Globalization;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>
/// Étape 5 : une année de contrats d'engagements réciproques signés par les travailleurs sociaux de la Caf des Landes,
/// par délégation du département (CASF L262-36) : orientation, référent du secteur, signature (hors délai signalée),
/// renouvellements, ruptures ; puis le décompte annuel, les contrats à renouveler par référent et les signatures en retard.
/// </summary>
/// <remarks>
/// Les bénéficiaires sont générés. La carte des 9 secteurs est illustrative (la carte réelle de septembre 2022 n'est
/// pas publique) : les 18 EPCI des Landes regroupés deux à deux, avec pour chaque EPCI ses deux communes les plus
/// peuplées (COG 2026, populations légales).
/// </remarks>
internal static class EtapeContrats
{
    // (code INSEE, population municipale, EPCI) : les deux communes les plus peuplées de chaque EPCI des Landes.
    private static readonly (string Code, int Population, string Epci)[] Communes =
    [
        ("40001", 6211, "200030435"), ("40091", 700, "200030435"), ("40245", 1990, "200035541"), ("40102", 1283, "200035541"),
        ("40224", 3700, "200069417"), ("40233", 3134, "200069417"), ("40126", 1894, "200069631"), ("40104", 1583, "200069631"),
        ("40282", 5043, "200069649"), ("40119", 4624, "200069649"), ("40134", 2906, "200069656"), ("40227", 1505, "200069656"),
        ("40184", 7673, "244000543"), ("40229", 1775, "244000543"), ("40312", 12957, "244000659"), ("40209", 6533, "244000659"),
        ("40088", 22109, "244000675"), ("40279", 14481, "244000675"), ("40197", 5022, "244000691"), ("40333", 1334, "244000691"),
        ("40313", 3169, "244000766"), ("40243", 3142, "244000766"), ("40331", 2508, "244000774"), ("40238", 641, "244000774"),
        ("40192", 31592, "244000808"), ("40281", 10092, "244000808"), ("40117", 2398, "244000824"), ("40080", 1128, "244000824"),
        ("40075", 2516, "244000857"), ("40150", 2306, "244000857"), ("40065", 9184, "244000865"), ("40310", 8701, "244000865"),
        ("40046", 15836, "244000873"), ("40217", 7586, "244000873"), ("40228", 1642, "244000881"), ("40002", 1550, "244000881"),
    ];

    private static readonly LocalDate DebutAnnee = new(2022, 1, 1);
    private static readonly LocalDate FinAnnee = new(2022, 12, 31);

    internal static void Executer(Options options)
    {
        Console.WriteLine("== Contrats d'engagements réciproques (année 2022, bénéficiaires générés) ==");
        var carte = new CarteIllustrative();
        var hasard = new Random(options.Graine);
        var nombre = options.Foyers ?? 345;
        var parcours = new List<Parcours>(nombre);
        var tirage = new TirageCommune();
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

        // Une sanction de chaque régime, avec son explication (CASF L262-37 ; décret du 30 mai 2025).
        var beneficiaire = parcours[0].Beneficiaire;
        var avant = Sanctions.Decider(new DemandeDeSanction(
            new Manquement(beneficiaire, TypeManquement.NonSignature, new LocalDate(2022, 9, 1)),
            new LocalDate(2022, 10, 15),
            50,
            null,
            new AuditionEquipePluridisciplinaire(new LocalDate(2022, 9, 10), null)));
        var apres = Sanctions.Decider(new DemandeDeSanction(
            new Manquement(beneficiaire, TypeManquement.NonRespect, new LocalDate(2025, 9, 1)),
            new LocalDate(2025, 9, 15),
            60,
            2,
            null,
            FoyerDePlusieursPersonnes: true));
        Console.WriteLine($"Sanction décidée le 15/10/2022 : {avant.Match(s => s.ToString(), e => e[0].Message)}");
        Console.WriteLine($"Sanction proposée le 15/09/2025 (foyer de plusieurs personnes, 60 %) : {apres.Match(s => s.ToString(), e => $"refusée — {e[0].Message} [{e[0].Code}]")}");
    }

    private static Parcours Simuler(Random hasard, int rang, CodeCommune commune, CarteIllustrative carte)
    {
        var beneficiaire = IdentifiantBeneficiaire.From(NumeroAllocataire.FromValeur(1_000_000 + (rang * 7919 % 8_999_999)), RoleDansLeFoyer.Allocataire);
        var orientation = new LocalDate(2021, 9, 1).PlusDays(hasard.Next(0, 480));
        var p = Parcours.Ouvrir(beneficiaire, commune)
            .Orienter(TypeOrientation.Sociale, orientation).GetValueOrThrow().Parcours
            .DesignerReferent(carte.TravailleurSocialDe(commune), orientation, carte).GetValueOrThrow().Parcours;
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

    private sealed class TirageCommune
    {
        private readonly int _total = Communes.Sum(c => c.Population);

        internal CodeCommune Tirer(Random hasard)
        {
            var n = hasard.Next(_total);
            foreach (var c in Communes)
            {
                n -= c.Population;
                if (n < 0)
                {
                    return CodeCommune.Parse(c.Code);
                }
            }

            return CodeCommune.Parse(Communes[^1].Code);
        }
    }

    /// <summary>Carte illustrative : les EPCI regroupés deux à deux dans l'ordre de leur code, un travailleur social par secteur.</summary>
    private sealed class CarteIllustrative : IAffectationSectorielle
    {
        private readonly Dictionary<CodeCommune, string> _secteurs;

        internal CarteIllustrative()
        {
            var epci = Communes.Select(c => c.Epci).Distinct().Order(StringComparer.Ordinal).ToList();
            _secteurs = Communes.ToDictionary(
                c => CodeCommune.Parse(c.Code),
                c => string.Create(CultureInfo.InvariantCulture, $"S{(epci.IndexOf(c.Epci) / 2) + 1}"));
        }

        public string? SecteurDe(CodeCommune commune) => _secteurs.GetValueOrDefault(commune);

        public bool EstTravailleurSocialDuSecteur(string identifiantTravailleur, string secteur) =>
            identifiantTravailleur == "TS-" + secteur[1..];

        internal Referent TravailleurSocialDe(CodeCommune commune) => new("TS-" + SecteurDe(commune)![1..], OrganismeReferent.Caf);
    }
}
