using Caf.Accompagnement.Contrats;

namespace Caf.Accompagnement.Testing;

/// <content>Invariants du module Contrats.</content>
public static partial class Invariants
{
    /// <summary>
    /// Un parcours d'allocataire du RSA : orientations et désignations de référent datées dans l'ordre et sans
    /// chevauchement, contrats numérotés 1 à n, au plus un brouillon, périodes de contrats sans chevauchement (au plus
    /// un contrat actif à toute date), chaque contrat cohérent avec son statut (un contrat signé a une date de
    /// signature postérieure à son établissement et une période ; un contrat clos finit dans sa période ; un contrat
    /// renouvelé a un successeur qui commence le lendemain de sa fin ; les avenants suivent la signature, dans l'ordre).
    /// </summary>
    /// <param name="parcours">Le parcours.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> Parcours(Parcours parcours)
    {
        ArgumentNullException.ThrowIfNull(parcours);
        var violations = new List<string>();
        var orientations = parcours.Orientations;
        for (var i = 1; i < orientations.Length; i++)
        {
            if (orientations[i - 1].Fin is not { } fin || fin >= orientations[i].Debut || orientations[i - 1].Debut > orientations[i].Debut)
            {
                violations.Add($"L'orientation du {Dates.Formater(orientations[i].Debut)} chevauche la précédente ou la précède.");
            }
        }

        var referents = parcours.Referents;
        for (var i = 1; i < referents.Length; i++)
        {
            if (referents[i - 1].Fin is not { } fin || fin >= referents[i].Debut)
            {
                violations.Add($"La désignation de référent du {Dates.Formater(referents[i].Debut)} chevauche la précédente.");
            }
        }

        if (parcours.Contrats.Count(c => c.Statut == StatutContrat.Brouillon) > 1)
        {
            violations.Add("Le parcours a plusieurs projets de contrat (brouillons) à la fois.");
        }

        for (var i = 0; i < parcours.Contrats.Length; i++)
        {
            var contrat = parcours.Contrats[i];
            if (contrat.Numero != i + 1)
            {
                violations.Add($"Le contrat en position {i + 1} porte le numéro {contrat.Numero}.");
            }

            VerifierContrat(parcours, contrat, violations);
        }

        var periodes = parcours.Contrats.Where(c => c.Periode is not null).OrderBy(c => c.Periode!.Start).ToList();
        for (var i = 1; i < periodes.Count; i++)
        {
            if (periodes[i - 1].Periode!.End >= periodes[i].Periode!.Start)
            {
                violations.Add($"Le contrat n° {periodes[i].Numero} chevauche le contrat n° {periodes[i - 1].Numero}.");
            }
        }

        VerifierSanctions(parcours, violations);
        return violations;
    }

    // Sanctions : dans les bornes du barème de leur date, la première est un premier manquement et les suivantes des
    // réitérations, sans chevauchement ; la sortie ne précède pas la dernière orientation.
    private static void VerifierSanctions(Parcours parcours, List<string> violations)
    {
        for (var i = 0; i < parcours.Sanctions.Length; i++)
        {
            var s = parcours.Sanctions[i];
            var bornes = s.Bareme.Bornes(s.Demande.Reiteration);
            var maximum = s.Bareme.TauxMaximum(s.Demande.Reiteration, s.Demande.FoyerDePlusieursPersonnes, s.Demande.MajorationIsolement);
            if (s.TauxPourcent < bornes.TauxMinimum || s.TauxPourcent > maximum || s.DureeEnMois < bornes.DureeMinimaleEnMois || s.DureeEnMois > bornes.DureeMaximaleEnMois)
            {
                violations.Add($"La sanction du {Dates.Formater(s.Debut)} sort des bornes du barème ({bornes}, {maximum} % au plus).");
            }

            if (s.Demande.Reiteration != (i > 0))
            {
                violations.Add($"La sanction du {Dates.Formater(s.Debut)} est marquée {(s.Demande.Reiteration ? "réitération" : "premier manquement")} contre son historique.");
            }

            if (i > 0 && s.Debut <= parcours.Sanctions[i - 1].Fin)
            {
                violations.Add($"La sanction du {Dates.Formater(s.Debut)} chevauche la précédente.");
            }
        }

        if (parcours.Sortie is { } sortie && !parcours.Orientations.IsEmpty && sortie.Date < parcours.Orientations[^1].Debut)
        {
            violations.Add($"La sortie du {Dates.Formater(sortie.Date)} précède la dernière orientation.");
        }
    }

    /// <summary>
    /// Un historique de parcours (les événements dans l'ordre où ils ont été produits) est cohérent : un seul
    /// bénéficiaire, dates croissantes, et chaque événement de contrat est permis par le cycle de vie dans l'état où
    /// l'historique a laissé le contrat (établi → brouillon ; signé depuis brouillon ; commencé depuis signé ; amendé,
    /// action suivie, renouvelé, rompu, terminé ou expiré depuis signé ou en cours ; un renouvellement crée le contrat
    /// suivant, signé, qui commence le lendemain de la fin du renouvelé). Si le parcours est donné, l'état rejoué de
    /// chaque contrat doit être son statut.
    /// </summary>
    /// <param name="evenements">Les événements, dans l'ordre.</param>
    /// <param name="parcours">Le parcours produit par ces événements, à confronter à l'état rejoué.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> Historique(IEnumerable<EvenementParcours> evenements, Parcours? parcours = null)
    {
        ArgumentNullException.ThrowIfNull(evenements);
        var violations = new List<string>();
        var etats = new List<StatutContrat>();
        var fins = new List<NodaTime.LocalDate?>();
        EvenementParcours? precedent = null;
        var rang = 0;
        foreach (var e in evenements)
        {
            rang++;
            if (precedent is not null && e.Beneficiaire != precedent.Beneficiaire)
            {
                violations.Add($"L'événement {rang} concerne un autre bénéficiaire que les précédents.");
            }

            if (precedent is not null && e.Date < precedent.Date)
            {
                violations.Add($"L'événement {rang} ({Nom(e)}, {Dates.Formater(e.Date)}) précède le précédent ({Dates.Formater(precedent.Date)}).");
            }

            precedent = e;
            void Passer(int numero, StatutContrat vers, params StatutContrat[] depuis)
            {
                if (numero < 1 || numero > etats.Count)
                {
                    violations.Add($"L'événement {rang} ({Nom(e)}) vise le contrat n° {numero}, qui n'a pas été établi.");
                    return;
                }

                if (!depuis.Contains(etats[numero - 1]))
                {
                    violations.Add($"L'événement {rang} ({Nom(e)}) n'est pas permis pour le contrat n° {numero} au statut « {etats[numero - 1].Libelle} ».");
                }

                etats[numero - 1] = vers;
            }

            switch (e)
            {
                case ContratEtabli etabli:
                    if (etabli.NumeroContrat != etats.Count + 1)
                    {
                        violations.Add($"L'événement {rang} établit le contrat n° {etabli.NumeroContrat} au lieu du n° {etats.Count + 1}.");
                    }

                    if (etats.Contains(StatutContrat.Brouillon))
                    {
                        violations.Add($"L'événement {rang} établit un projet alors qu'un autre est en cours.");
                    }

                    etats.Add(StatutContrat.Brouillon);
                    fins.Add(null);
                    break;
                case ContratSigne signe:
                    Passer(signe.NumeroContrat, StatutContrat.Signe, StatutContrat.Brouillon);
                    if (signe.Fin < signe.Debut)
                    {
                        violations.Add($"L'événement {rang} signe un contrat qui finit avant de commencer.");
                    }

                    Fixer(fins, signe.NumeroContrat, signe.Fin);
                    break;
                case ContratCommence commence:
                    Passer(commence.NumeroContrat, StatutContrat.EnCours, StatutContrat.Signe);
                    break;
                case ContratAmende amende:
                    Passer(amende.NumeroContrat, Etat(etats, amende.NumeroContrat), StatutContrat.Signe, StatutContrat.EnCours);
                    break;
                case EngagementSuivi suivi:
                    Passer(suivi.NumeroContrat, Etat(etats, suivi.NumeroContrat), StatutContrat.Signe, StatutContrat.EnCours);
                    break;
                case ContratRenouvele renouvele:
                    Passer(renouvele.NumeroContrat, StatutContrat.Renouvele, StatutContrat.Signe, StatutContrat.EnCours);
                    if (renouvele.NumeroSuccesseur != etats.Count + 1)
                    {
                        violations.Add($"L'événement {rang} crée le contrat n° {renouvele.NumeroSuccesseur} au lieu du n° {etats.Count + 1}.");
                    }

                    if (renouvele.NumeroContrat >= 1 && renouvele.NumeroContrat <= fins.Count && fins[renouvele.NumeroContrat - 1] is { } fin && fin.PlusDays(1) != renouvele.DebutSuccesseur)
                    {
                        violations.Add($"L'événement {rang} fait commencer le renouvellement ailleurs que le lendemain de la fin du contrat n° {renouvele.NumeroContrat}.");
                    }

                    etats.Add(StatutContrat.Signe);
                    fins.Add(null);
                    break;
                case ContratRompu rompu:
                    Passer(rompu.NumeroContrat, StatutContrat.Rompu, StatutContrat.Signe, StatutContrat.EnCours);
                    break;
                case ContratTermine termine:
                    Passer(termine.NumeroContrat, StatutContrat.Termine, StatutContrat.Signe, StatutContrat.EnCours);
                    break;
                case ContratExpire expire:
                    Passer(expire.NumeroContrat, StatutContrat.Expire, StatutContrat.Signe, StatutContrat.EnCours);
                    break;
            }
        }

        if (parcours is not null)
        {
            if (parcours.Contrats.Length != etats.Count)
            {
                violations.Add($"L'historique établit {etats.Count} contrat(s), le parcours en a {parcours.Contrats.Length}.");
            }

            foreach (var contrat in parcours.Contrats.Where(c => c.Numero >= 1 && c.Numero <= etats.Count && etats[c.Numero - 1] != c.Statut))
            {
                violations.Add($"Le contrat n° {contrat.Numero} est « {contrat.Statut.Libelle} », l'historique le laisse « {etats[contrat.Numero - 1].Libelle} ».");
            }
        }

        return violations;
    }

    private static StatutContrat Etat(List<StatutContrat> etats, int numero) =>
        numero >= 1 && numero <= etats.Count ? etats[numero - 1] : StatutContrat.Brouillon;

    private static void Fixer(List<NodaTime.LocalDate?> fins, int numero, NodaTime.LocalDate fin)
    {
        if (numero >= 1 && numero <= fins.Count)
        {
            fins[numero - 1] = fin;
        }
    }

    private static string Nom(object evenement) => evenement.GetType().Name;

    private static void VerifierContrat(Parcours parcours, Contrat contrat, List<string> violations)
    {
        var n = contrat.Numero;
        if (!contrat.Statut.EstSigne)
        {
            if (contrat.DateSignature is not null || contrat.Periode is not null)
            {
                violations.Add($"Le projet de contrat n° {n} a une date de signature ou une période.");
            }

            return;
        }

        if (contrat.DateSignature is not { } signature || contrat.Debut is not { } debut || contrat.Fin is not { } fin || contrat.FinEffective is not { } finEffective)
        {
            violations.Add($"Le contrat n° {n}, au statut « {contrat.Statut.Libelle} », n'a pas de date de signature ou de période.");
            return;
        }

        if (signature < contrat.DateEtablissement)
        {
            violations.Add($"Le contrat n° {n} est signé avant d'être établi.");
        }

        if (fin < debut || finEffective < debut || finEffective > fin)
        {
            violations.Add($"La période du contrat n° {n} est incohérente (fin avant le début, ou fin effective hors de la période).");
        }

        if (contrat.Statut.EstVivant && finEffective != fin)
        {
            violations.Add($"Le contrat n° {n}, au statut « {contrat.Statut.Libelle} », a une fin effective avant son terme.");
        }

        var repere = signature;
        foreach (var avenant in contrat.Avenants)
        {
            if (avenant.Date < repere)
            {
                violations.Add($"L'avenant n° {avenant.Numero} du contrat n° {n} précède la signature ou l'avenant précédent.");
            }

            repere = avenant.Date;
        }

        if (contrat.Statut == StatutContrat.Renouvele)
        {
            if (contrat.Successeur is not { } s || !parcours.TryGetContrat(s, out var successeur))
            {
                violations.Add($"Le contrat n° {n} est renouvelé sans successeur.");
            }
            else if (successeur.Predecesseur != n || successeur.Debut != fin.PlusDays(1))
            {
                violations.Add($"Le renouvellement n° {successeur.Numero} ne commence pas le lendemain de la fin du contrat n° {n}, ou ne le désigne pas comme prédécesseur.");
            }
        }

        if (contrat.Predecesseur is { } p && (!parcours.TryGetContrat(p, out var predecesseur) || predecesseur.Successeur != n))
        {
            violations.Add($"Le contrat n° {n} renouvelle le contrat n° {p}, qui ne le désigne pas comme successeur.");
        }
    }
}
