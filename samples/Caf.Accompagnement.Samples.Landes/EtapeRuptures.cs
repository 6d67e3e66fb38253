using System.Diagnostics;
using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>
/// Étape « ruptures » : détection des risques de rupture de droits sur une population générée des Landes, campagne de
/// contacts proactifs (un contact par foyer, priorité, orientation, capacité), issues enregistrées, puis mise à jour
/// incrémentale le lendemain, comparée à un recalcul complet.
/// </summary>
/// <remarks>La carte des secteurs est illustrative (9 secteurs formés à partir des 18 EPCI) : la carte réelle de 2022
/// n'est pas publique. Les foyers, leurs droits et leurs pièces sont générés.</remarks>
internal static class EtapeRuptures
{
    internal static void Executer(Options options)
    {
        Console.WriteLine("== Ruptures de droits et contacts proactifs ==");
        var communes = ReferentielCommunes.Cog2026.DuDepartement("40");
        var carte = CarteIllustrative(communes);
        var planificateur = new PlanificateurDeCampagne(
            new DetecteurDeRuptures(CatalogueDesPublics.ParDefaut(), PolitiqueDeCampagne.Create(new ParametresDeCampagne { Caf = "Caf des Landes" }).GetValueOrThrow()),
            new AffectationParCarte(carte));

        var hasard = new Random(options.Graine);
        // Foyers objets à l'échelle des Landes : --foyers ne règle que l'échelle nationale de la segmentation.
        const int taille = 5_000;
        var population = Enumerable.Range(0, taille).Select(i => Generer(hasard, i, communes, options.Date)).ToList();
        var chrono = Stopwatch.StartNew();
        var campagne = planificateur.Planifier(population, options.Date).Valeur;
        Console.WriteLine($"{taille} foyers évalués au {Dates.Formater(options.Date)} en {chrono.ElapsedMilliseconds} ms : {campagne.Contacts.Length} contacts, {campagne.NombreEcartes} écartés.");
        foreach (var g in Gravite.Toutes)
        {
            Console.WriteLine($"   {g.Libelle,-55} {campagne.Total.ParGravite.GetValueOrDefault(g.Code),6}");
        }

        Console.WriteLine($"   par téléphone {campagne.Total.ParTelephone}, par courrier {campagne.Total.ParCourrier}");
        var feries = JoursFeries.Metropole(options.Date.Year).Where(j => j.Date >= options.Date).Take(3).Select(j => $"{j.Libelle} le {Dates.Formater(j.Date)}");
        Console.WriteLine($"   jours ouvrés : {planificateur.Politique.Calendrier.Libelle} ; prochains jours fériés : {string.Join(", ", feries)}");
        Console.WriteLine("Contacts par secteur (carte illustrative) :");
        foreach (var t in campagne.TotauxParSecteur)
        {
            var fin = campagne.Contacts.Where(c => c.Secteur == t.Secteur).Max(c => c.DatePrevue);
            Console.WriteLine($"   {t.Secteur,-14} {t.Contacts,6} contacts, dernier prévu le {Dates.Formater(fin)}");
        }

        if (campagne.Contacts.FirstOrDefault(c => c.Signaux.Length > 1) is { } exemple)
        {
            Console.WriteLine($"Exemple : {exemple}");
            Console.Write(exemple.Explication.ToString());
        }

        // Premier jour : les issues des contacts prévus ce jour-là.
        foreach (var c in campagne.Contacts.Where(c => c.DatePrevue == campagne.Contacts.Min(x => x.DatePrevue)))
        {
            var issue = IssueDuContact.Toutes[hasard.Next(IssueDuContact.Toutes.Count)];
            campagne = campagne.Enregistrer(c.Numero, c.DatePrevue, issue).GetValueOrThrow().Campagne;
        }

        // Lendemain : 1 % des foyers changent.
        var lendemain = options.Date.PlusDays(1);
        var modifies = new List<Foyer>();
        for (var i = 0; i < population.Count; i += 100)
        {
            population[i] = Generer(hasard, i, communes, lendemain);
            modifies.Add(population[i]);
        }

        chrono.Restart();
        var miseAJour = planificateur.MettreAJour(campagne, modifies, [], lendemain);
        var tempsIncremental = chrono.ElapsedMilliseconds;
        var complete = planificateur.Planifier(population, lendemain, campagne).Valeur;
        Console.WriteLine(
            $"Mise à jour du {Dates.Formater(lendemain)} : {miseAJour.FoyersReevalues} foyers réévalués sur {taille} en {tempsIncremental} ms, "
            + $"{miseAJour.Contacts.Length} contacts, {miseAJour.Historique.Count} foyers avec un historique ; "
            + $"identique au recalcul complet : {(miseAJour.Contacts.SequenceEqual(complete.Contacts) ? "oui" : "NON")}.");
    }

    private static CarteDesSecteurs CarteIllustrative(IReadOnlyList<Commune> communes)
    {
        var epcis = communes.Select(c => c.CodeEpci ?? "sans EPCI").Distinct().Order(StringComparer.Ordinal).ToList();
        var builder = CarteDesSecteurs.Builder("40");
        for (var s = 1; s <= 9; s++)
        {
            builder.AjouterSecteur($"Secteur {s}", TravailleurSocial.FromIdentifiant($"TS-{s:D2}"));
        }

        foreach (var c in communes)
        {
            builder.Affecter($"Secteur {(epcis.IndexOf(c.CodeEpci ?? "sans EPCI") % 9) + 1}", c.Code);
        }

        return builder.Build().GetValueOrThrow();
    }

    private static Foyer Generer(Random hasard, int rang, IReadOnlyList<Commune> communes, LocalDate date)
    {
        var naissance = date.PlusYears(-hasard.Next(19, 65)).PlusDays(-hasard.Next(365));
        var builder = Foyer.Builder(NumeroAllocataire.FromValeur(1_000_000 + rang), communes[hasard.Next(communes.Count)].Code, naissance);
        if (hasard.Next(2) == 0)
        {
            builder.Isole(naissance.PlusYears(18));
        }
        else
        {
            builder.EnCouple(naissance.PlusDays(hasard.Next(-2000, 2000)), naissance.PlusYears(20));
        }

        for (var e = hasard.Next(0, 4); e > 0; e--)
        {
            builder.AvecEnfant(naissance.PlusYears(18).PlusDays(hasard.Next(1, 5000)) is var n && n < date ? n : date.PlusDays(-1));
        }

        builder.AvecRessources(Montant.FromCentimes(hasard.Next(80_000, 500_000)), Montant.FromCentimes(hasard.Next(0, 4_000_000)));
        if (hasard.Next(20) == 0)
        {
            builder.Canal(CanalDeContact.AccueilPhysique);
            if (hasard.Next(2) == 0)
            {
                builder.Demarche(new LocalDate(2020, 3, 17).PlusDays(hasard.Next(-300, 900)), CanalDeContact.AccueilPhysique);
            }
        }
        else
        {
            builder.Demarche(date.PlusDays(-hasard.Next(0, 365)), hasard.Next(3) == 0 ? CanalDeContact.Telephone : CanalDeContact.CafFr);
        }

        builder.Telephone(hasard.Next(5) > 0);
        if (hasard.Next(6) == 0)
        {
            var tirage = hasard.Next(10);
            var depuis = date.PlusDays(-hasard.Next(0, 150));
            _ = tirage switch
            {
                0 => builder.AvecDroitRsa(EtatDossierRsa.VersementSuspendu, depuis, MotifSuspensionRsa.DeclarationTrimestrielleNonFournie),
                1 => builder.AvecDroitRsa(EtatDossierRsa.Clos, depuis, cloture: MotifClotureRsa.EcheanceQuatreMoisSansDroit),
                2 => builder.AvecDroitRsa(EtatDossierRsa.OuvertSuspendu, depuis, MotifSuspensionRsa.RessourcesTropElevees),
                _ => builder.AvecDroitRsa(EtatDossierRsa.OuvertVersable, depuis),
            };
            builder.Percoit(Droits.Prestation.Rsa, Montant.FromEuros(600m));
            if (hasard.Next(4) == 0)
            {
                var demande = date.PlusDays(-hasard.Next(0, 45));
                builder.AvecPieceDemandee(NaturePiece.DeclarationTrimestrielle, demande, demande.PlusDays(30), prestation: Droits.Prestation.Rsa);
            }
        }

        return builder.Build().GetValueOrThrow();
    }
}
