using Caf.Accompagnement.Aides;

namespace Caf.Accompagnement.Testing;

/// <content>Invariants du module Aides.</content>
public static partial class Invariants
{
    private static readonly Dictionary<StatutDemande, StatutDemande[]> TransitionsDeLaDemande = new()
    {
        [StatutDemande.Deposee] = [StatutDemande.EnInstruction, StatutDemande.Classee],
        [StatutDemande.EnInstruction] = [StatutDemande.EnAttenteDePieces, StatutDemande.Ajournee, StatutDemande.Refusee, StatutDemande.Accordee, StatutDemande.Classee],
        [StatutDemande.EnAttenteDePieces] = [StatutDemande.EnInstruction, StatutDemande.Classee],
        [StatutDemande.Ajournee] = [StatutDemande.EnInstruction, StatutDemande.Classee],
        [StatutDemande.Accordee] = [StatutDemande.Versee, StatutDemande.EnRemboursement, StatutDemande.Classee],
        [StatutDemande.EnRemboursement] = [StatutDemande.EnRemboursement, StatutDemande.Soldee],
    };

    /// <summary>
    /// Une demande d'aide : son historique respecte <see cref="Historique(IEnumerable{EvenementAide}, StatutDemande?)"/>
    /// et aboutit à son statut ; le montant accordé ne dépasse pas le montant demandé ; une demande accordée (ou au-delà)
    /// a un montant et une forme accordés ; un prêt existe exactement pour les statuts de remboursement, et respecte
    /// <see cref="Pret"/>.
    /// </summary>
    /// <param name="demande">La demande.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> DemandeDAide(DemandeDAide demande)
    {
        ArgumentNullException.ThrowIfNull(demande);
        var violations = new List<string>(Historique(demande.Historique, demande.Statut));
        if (demande.MontantAccorde is { } accorde && accorde > demande.MontantDemande)
        {
            violations.Add($"La demande {demande.Identifiant} a un montant accordé ({accorde}) supérieur au montant demandé ({demande.MontantDemande}).");
        }

        var accordee = demande.Statut == StatutDemande.Accordee || demande.Statut == StatutDemande.Versee
            || demande.Statut == StatutDemande.EnRemboursement || demande.Statut == StatutDemande.Soldee;
        if (accordee && (demande.MontantAccorde is null || demande.FormeAccordee is null))
        {
            violations.Add($"La demande {demande.Identifiant}, « {demande.Statut.Libelle} », n'a pas de montant ou de forme accordés.");
        }

        var rembourse = demande.Statut == StatutDemande.EnRemboursement || demande.Statut == StatutDemande.Soldee;
        if (rembourse != (demande.Pret is not null))
        {
            violations.Add($"La demande {demande.Identifiant}, « {demande.Statut.Libelle} », {(rembourse ? "n'a pas de prêt" : "a un prêt")}.");
        }

        if (demande.Pret is { } pret)
        {
            violations.AddRange(Pret(pret).Select(v => $"Demande {demande.Identifiant} : {v}"));
            if (demande.Statut == StatutDemande.Soldee && pret.Statut == StatutDuPret.EnCours)
            {
                violations.Add($"La demande {demande.Identifiant} est soldée mais son prêt est en cours.");
            }
        }

        return violations;
    }

    /// <summary>
    /// Un historique de demande d'aide est cohérent : il commence par le dépôt (une seule fois), ses dates ne
    /// décroissent pas, et chaque événement est une transition permise du cycle de vie depuis le statut où l'ont laissé
    /// les précédents (déposée → en instruction ou classée ; en instruction → pièces, ajournée, refusée, accordée ou
    /// classée ; pièces ou ajournée → en instruction ou classée ; accordée → versée, décaissée en prêt ou classée ; en
    /// remboursement → en remboursement ou soldée). Si un statut est donné, l'historique doit y aboutir.
    /// </summary>
    /// <param name="historique">Les événements de la demande, dans l'ordre.</param>
    /// <param name="statut">Le statut attendu au terme de l'historique.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> Historique(IEnumerable<EvenementAide> historique, StatutDemande? statut = null)
    {
        ArgumentNullException.ThrowIfNull(historique);
        var violations = new List<string>();
        StatutDemande? courant = null;
        EvenementAide? precedent = null;
        var rang = 0;
        foreach (var e in historique)
        {
            rang++;
            if (precedent is not null && e.Date < precedent.Date)
            {
                violations.Add($"L'événement {rang} ({Nom(e)}, {Dates.Formater(e.Date)}) précède le précédent ({Dates.Formater(precedent.Date)}).");
            }

            precedent = e;
            if (e is DemandeDeposee)
            {
                if (courant is not null)
                {
                    violations.Add($"L'événement {rang} redépose une demande déjà déposée.");
                }

                courant = StatutDemande.Deposee;
                continue;
            }

            if (courant is null)
            {
                violations.Add($"L'événement {rang} ({Nom(e)}) précède le dépôt de la demande.");
                courant = StatutDemande.Deposee;
            }

            var (depuis, vers) = e switch
            {
                ChangementDeStatut c => (c.De, c.Vers),
                DecisionDAccord => (StatutDemande.EnInstruction, StatutDemande.Accordee),
                DecisionDeRefus => (StatutDemande.EnInstruction, StatutDemande.Refusee),
                SubventionPayee => (StatutDemande.Accordee, StatutDemande.Versee),
                PretDecaisse => (StatutDemande.Accordee, StatutDemande.EnRemboursement),
                MouvementSurLePret m => (StatutDemande.EnRemboursement, m.Statut),
                _ => ((StatutDemande?)null, (StatutDemande?)null),
            };
            if (depuis is null || vers is null)
            {
                violations.Add($"L'événement {rang} ({Nom(e)}) n'appartient pas à l'historique d'une demande.");
                continue;
            }

            if (depuis != courant || !TransitionsDeLaDemande.TryGetValue(depuis, out var permis) || !permis.Contains(vers))
            {
                violations.Add($"L'événement {rang} ({Nom(e)}) n'est pas permis au statut « {courant.Libelle} » (passage de « {depuis.Libelle} » à « {vers.Libelle} »).");
            }

            courant = vers;
        }

        if (courant is null)
        {
            violations.Add("L'historique ne contient pas le dépôt de la demande.");
        }
        else if (statut is not null && courant != statut)
        {
            violations.Add($"L'historique aboutit à « {courant.Libelle} », la demande est « {statut.Libelle} ».");
        }

        return violations;
    }

    /// <summary>
    /// Un prêt : son échéancier respecte <see cref="Echeances"/> ; le solde est entre zéro et le capital ; un prêt en
    /// cours a un solde positif, un prêt remboursé ou remis un solde nul ; les mouvements sont datés dans l'ordre.
    /// </summary>
    /// <param name="pret">Le prêt.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> Pret(Pret pret)
    {
        ArgumentNullException.ThrowIfNull(pret);
        var violations = new List<string>(Echeancier(pret.Echeancier));
        if (pret.Solde < Montant.Zero || pret.Solde > pret.Capital)
        {
            violations.Add($"Le solde du prêt ({pret.Solde}) n'est pas entre zéro et le capital ({pret.Capital}).");
        }

        if ((pret.Statut == StatutDuPret.EnCours) != (pret.Solde > Montant.Zero))
        {
            violations.Add($"Le prêt est « {pret.Statut.Libelle} » avec un solde de {pret.Solde}.");
        }

        for (var i = 1; i < pret.Mouvements.Length; i++)
        {
            if (pret.Mouvements[i].Date < pret.Mouvements[i - 1].Date)
            {
                violations.Add($"Le mouvement {i + 1} du prêt précède le précédent.");
            }
        }

        return violations;
    }

    /// <summary>
    /// Une enveloppe budgétaire n'est jamais sur-engagée : ses engagements respectent <see cref="Engagements"/>, et ses
    /// totaux sont ceux de ses engagements (engagé, engagé par catégorie, consommé, capital prêté consommé) ; les
    /// remboursements ne dépassent pas le capital prêté ; le disponible n'est pas négatif.
    /// </summary>
    /// <param name="enveloppe">L'enveloppe.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> EnveloppeBudgetaire(EnveloppeBudgetaire enveloppe)
    {
        ArgumentNullException.ThrowIfNull(enveloppe);
        var engagements = enveloppe.Engagements.Values.ToList();
        var violations = new List<string>(Engagements(enveloppe.Annee, enveloppe.Dotation, enveloppe.PlafondsParCategorie, engagements));
        foreach (var (cle, e) in enveloppe.Engagements.Where(x => x.Key != x.Value.Reference))
        {
            violations.Add($"L'engagement rangé sous « {cle} » porte la référence « {e.Reference} ».");
        }

        void Comparer(string quoi, Montant tenu, Montant calcule)
        {
            if (tenu != calcule)
            {
                violations.Add($"{quoi} de l'enveloppe ({tenu}) diffère de la somme de ses engagements ({calcule}).");
            }
        }

        Comparer("L'engagé", enveloppe.Engage, Somme(engagements));
        Comparer("Le consommé", enveloppe.Consomme, Somme(engagements.Where(e => e.DateConsommation is not null)));
        Comparer("Le capital prêté", enveloppe.CapitalPrete, Somme(engagements.Where(e => e.DateConsommation is not null && e.Forme == FormeAide.Pret)));
        foreach (var categorie in CategorieAide.Toutes)
        {
            Comparer($"L'engagé « {categorie.Libelle} »", enveloppe.EngagePour(categorie), Somme(engagements.Where(e => e.Categorie == categorie)));
        }

        if (enveloppe.Remboursements < Montant.Zero || enveloppe.Remboursements > enveloppe.CapitalPrete)
        {
            violations.Add($"Les remboursements ({enveloppe.Remboursements}) ne sont pas entre zéro et le capital prêté ({enveloppe.CapitalPrete}).");
        }

        if (enveloppe.Disponible < Montant.Zero)
        {
            violations.Add($"Le disponible de l'enveloppe est négatif ({enveloppe.Disponible}).");
        }

        return violations;
    }

    /// <summary>
    /// Des engagements sur une enveloppe : références uniques et renseignées, montants strictement positifs d'une forme
    /// versée, décisions dans l'année, consommation après la décision, total engagé au plus égal à la dotation, total
    /// par catégorie au plus égal à son plafond.
    /// </summary>
    /// <param name="annee">L'année de l'enveloppe.</param>
    /// <param name="dotation">La dotation.</param>
    /// <param name="plafonds">Les plafonds par catégorie.</param>
    /// <param name="engagements">Les engagements en cours ou consommés.</param>
    /// <returns>Les violations.</returns>
    public static IReadOnlyList<string> Engagements(int annee, Montant dotation, IReadOnlyDictionary<CategorieAide, Montant> plafonds, IEnumerable<EngagementBudgetaire> engagements)
    {
        ArgumentNullException.ThrowIfNull(plafonds);
        ArgumentNullException.ThrowIfNull(engagements);
        var violations = new List<string>();
        var liste = engagements.ToList();
        var references = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in liste)
        {
            if (string.IsNullOrWhiteSpace(e.Reference) || !references.Add(e.Reference))
            {
                violations.Add($"La référence d'engagement « {e.Reference} » est vide ou en double.");
            }

            if (e.Montant <= Montant.Zero || !e.Forme.EstMonetaire)
            {
                violations.Add($"L'engagement « {e.Reference} » n'est pas une aide versée de montant positif ({e.Montant}, {e.Forme.Libelle}).");
            }

            if (e.Date.Year != annee)
            {
                violations.Add($"L'engagement « {e.Reference} » est décidé hors de l'année {annee}.");
            }

            if (e.DateConsommation is { } c && c < e.Date)
            {
                violations.Add($"L'engagement « {e.Reference} » est consommé avant d'être décidé.");
            }
        }

        var total = Somme(liste);
        if (total > dotation)
        {
            violations.Add($"L'enveloppe est sur-engagée : {total} engagés pour une dotation de {dotation}.");
        }

        foreach (var (categorie, plafond) in plafonds)
        {
            var engage = Somme(liste.Where(e => e.Categorie == categorie));
            if (engage > plafond)
            {
                violations.Add($"La catégorie « {categorie.Libelle} » est sur-engagée : {engage} engagés pour un plafond de {plafond}.");
            }
        }

        return violations;
    }

    private static Montant Somme(IEnumerable<EngagementBudgetaire> engagements) =>
        engagements.Aggregate(Montant.Zero, (s, e) => s + e.Montant);
}
