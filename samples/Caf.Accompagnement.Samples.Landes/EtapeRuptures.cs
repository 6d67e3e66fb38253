using System.Diagnostics;
using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Ruptures;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>
/// Étape « ruptures » : sur la population de l'étape Segmentation et la carte de l'étape Territoires, la campagne de
/// contacts proactifs est planifiée avec un horizon de 90 jours (capacité, charges par intervenant, foyers non planifiés
/// et pourquoi, contacts en retard), les issues des contacts sont enregistrées (dont « rendez-vous avec un travailleur
/// social »), les dossiers s'ouvrent, puis les parents séparés récemment sont appelés.
/// </summary>
/// <remarks>La carte des secteurs est illustrative (9 secteurs formés à partir des 18 EPCI) : la carte réelle de 2022
/// n'est pas publique. Les foyers, leurs droits et leurs pièces sont générés.</remarks>
internal static class EtapeRuptures
{
    internal static void Executer(Contexte contexte)
    {
        var options = contexte.Options;
        Console.WriteLine("== Ruptures de droits, contacts proactifs et appels aux parents séparés ==");
        if (contexte.Loire)
        {
            Console.WriteLine("Caf de la Loire, 2020 : « pendant la crise sanitaire », appels aux usagers des accueils physiques sans démarche depuis le");
            Console.WriteLine("17 mars 2020, aux allocataires suspendus faute de justificatif, et aux familles prioritaires du plan pauvreté (familles");
            Console.WriteLine("avec enfants pauvres, familles monoparentales), contactées par les travailleurs sociaux pour un rendez-vous téléphonique");
            Console.WriteLine("ou physique en cas d'urgence sociale (seed 004). Publics de la campagne : ces trois-là.");
        }

        var chrono = Stopwatch.StartNew();
        var recit = Recit.Commencer(contexte.Carte, contexte.Foyers, options.Date, options.Graine, contexte.Loire);
        contexte.Recit = recit;
        var campagne = recit.Planifiee;
        Console.WriteLine($"{recit.Foyers.Count} foyers de la population évalués au {Dates.Formater(options.Date)} en {chrono.ElapsedMilliseconds} ms : {campagne.Contacts.Length} contacts planifiés, {campagne.NombreEcartes} écartés ; horizon {Recit.HorizonJours} jours (fin le {(campagne.FinDHorizon is { } fin ? Dates.Formater(fin) : "—")}).");
        foreach (var g in Gravite.Toutes)
        {
            Console.WriteLine($"   {g.Libelle,-55} {campagne.Total.ParGravite.GetValueOrDefault(g.Code),6}");
        }

        Console.WriteLine($"   par téléphone {campagne.Total.ParTelephone}, par courrier {campagne.Total.ParCourrier}");
        Console.WriteLine($"La campagne tient dans l'horizon : {(campagne.Tient ? "oui" : "non")} ; contacts en retard : {campagne.ContactsEnRetard}.");
        foreach (var charge in campagne.ChargesParIntervenant)
        {
            Console.WriteLine($"   {charge}");
        }

        foreach (var raison in campagne.NonPlanifies.GroupBy(n => n.Raison.Libelle).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"   non planifiés — {raison.Key} : {raison.Count()}");
        }

        Console.WriteLine("Contacts par secteur (carte illustrative) :");
        foreach (var t in campagne.TotauxParSecteur)
        {
            var dernier = campagne.Contacts.Where(c => c.Secteur == t.Secteur).Select(c => c.DatePrevue).DefaultIfEmpty().Max();
            Console.WriteLine($"   {t.Secteur,-24} {t.Contacts,6} contacts, dernier prévu le {Dates.Formater(dernier)}");
        }

        if (campagne.Contacts.FirstOrDefault(c => c.Signaux.Length > 1) is { } exemple)
        {
            Console.WriteLine($"Exemple : {exemple}");
            Console.Write(exemple.Explication.ToString());
        }

        chrono.Restart();
        recit.Contacter();
        Console.WriteLine($"Issues enregistrées en {chrono.ElapsedMilliseconds} ms ({recit.Issues.Values.Sum()} contacts) : "
            + string.Join(", ", IssueDuContact.Toutes.Where(recit.Issues.ContainsKey).Select(i => $"{i.Libelle.ToLowerInvariant()} {recit.Issues[i]}")));
        Console.WriteLine($"Dossiers ouverts des contacts (DossiersDeCampagne.OuvrirTout) : {recit.Ouvertures}.");

        recit.AppelerLesSepares();
        Console.WriteLine($"Appels aux parents séparés (séparation dans les {Recit.SeparationRecenteJours} jours, sans dossier) : {recit.AppelsSeparation} appelés, {recit.SeparesJoints} joints, un rendez-vous proposé à chacun (dossier ouvert, origine « cible séparation »).");
    }
}
