using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Aides;

/// <summary>
/// Les décisions et paiements d'une demande, reportés sur l'enveloppe budgétaire : engagement à la décision
/// d'accord, consommation au paiement ou au décaissement, remboursements rentrés, engagement libéré au classement.
/// </summary>
/// <remarks>
/// La demande est vérifiée d'abord (sans effet), puis l'enveloppe est modifiée atomiquement ; si l'enveloppe refuse
/// (dépassement, avec le montant restant), la commande est refusée et la demande reste inchangée. Les services (montant
/// nul) ne touchent pas l'enveloppe.
/// </remarks>
public static class InstructionDesAides
{
    /// <summary>Accorde l'aide et engage son montant sur l'enveloppe.</summary>
    /// <param name="demande">La demande, en instruction.</param>
    /// <param name="enveloppe">L'enveloppe partagée.</param>
    /// <param name="date">La date de la décision.</param>
    /// <param name="montant">Le montant accordé.</param>
    /// <param name="forme">La forme accordée.</param>
    /// <returns>La nouvelle demande et son événement, ou la règle enfreinte (de la demande ou de l'enveloppe).</returns>
    public static Resultat<Evolution<DemandeDAide>> Accorder(DemandeDAide demande, EnveloppePartagee enveloppe, LocalDate date, Montant montant, FormeAide forme)
    {
        Preconditions.CheckNotNull(demande);
        Preconditions.CheckNotNull(enveloppe);
        var r = demande.Accorder(date, montant, forme);
        if (!r.TryGetValue(out var evolution) || !forme.EstMonetaire)
        {
            return r;
        }

        var engagement = enveloppe.Engager(demande.Identifiant, demande.Type.Categorie, forme, montant, date);
        return engagement.Reussi ? r : Resultat<Evolution<DemandeDAide>>.Echec(engagement.AsT1);
    }

    /// <summary>Paie la subvention et consomme son engagement.</summary>
    /// <param name="demande">La demande accordée.</param>
    /// <param name="enveloppe">L'enveloppe partagée.</param>
    /// <param name="date">La date du paiement.</param>
    /// <returns>La nouvelle demande et son événement, ou la règle enfreinte.</returns>
    public static Resultat<Evolution<DemandeDAide>> Verser(DemandeDAide demande, EnveloppePartagee enveloppe, LocalDate date)
    {
        Preconditions.CheckNotNull(demande);
        Preconditions.CheckNotNull(enveloppe);
        var r = demande.Verser(date);
        return Consommer(r, demande, enveloppe, date);
    }

    /// <summary>Décaisse le prêt et consomme son engagement (capital sorti).</summary>
    /// <param name="demande">La demande accordée en prêt.</param>
    /// <param name="enveloppe">L'enveloppe partagée.</param>
    /// <param name="date">La date du décaissement.</param>
    /// <param name="nombreEcheances">Le nombre de mensualités.</param>
    /// <param name="premiereEcheance">La première échéance.</param>
    /// <param name="retenue">La retenue sur prestations, facultative.</param>
    /// <returns>La nouvelle demande et son événement, ou la règle enfreinte.</returns>
    public static Resultat<Evolution<DemandeDAide>> Decaisser(DemandeDAide demande, EnveloppePartagee enveloppe, LocalDate date, int nombreEcheances, LocalDate premiereEcheance, RetenueSurPrestations? retenue = null)
    {
        Preconditions.CheckNotNull(demande);
        Preconditions.CheckNotNull(enveloppe);
        var r = demande.Decaisser(date, nombreEcheances, premiereEcheance, retenue);
        return Consommer(r, demande, enveloppe, date);
    }

    /// <summary>Enregistre un remboursement du prêt et le fait rentrer sur l'enveloppe.</summary>
    /// <param name="demande">La demande en remboursement.</param>
    /// <param name="enveloppe">L'enveloppe partagée.</param>
    /// <param name="date">La date.</param>
    /// <param name="montant">Le montant.</param>
    /// <param name="parRetenue">Par retenue sur les prestations.</param>
    /// <returns>La nouvelle demande et son événement, ou la règle enfreinte.</returns>
    public static Resultat<Evolution<DemandeDAide>> Rembourser(DemandeDAide demande, EnveloppePartagee enveloppe, LocalDate date, Montant montant, bool parRetenue = false)
    {
        Preconditions.CheckNotNull(demande);
        Preconditions.CheckNotNull(enveloppe);
        var r = demande.Rembourser(date, montant, parRetenue);
        if (!r.Reussi)
        {
            return r;
        }

        var retour = enveloppe.EnregistrerRemboursement(date, montant);
        return retour.Reussi ? r : Resultat<Evolution<DemandeDAide>>.Echec(retour.AsT1);
    }

    /// <summary>Classe la demande ; si elle était accordée, libère son engagement.</summary>
    /// <param name="demande">La demande.</param>
    /// <param name="enveloppe">L'enveloppe partagée.</param>
    /// <param name="date">La date.</param>
    /// <param name="motif">Le motif.</param>
    /// <returns>La nouvelle demande et son événement, ou la règle enfreinte.</returns>
    public static Resultat<Evolution<DemandeDAide>> Classer(DemandeDAide demande, EnveloppePartagee enveloppe, LocalDate date, string motif)
    {
        Preconditions.CheckNotNull(demande);
        Preconditions.CheckNotNull(enveloppe);
        var r = demande.Classer(date, motif);
        if (!r.Reussi || demande.Statut != StatutDemande.Accordee || demande.FormeAccordee is not { EstMonetaire: true })
        {
            return r;
        }

        var liberation = enveloppe.Liberer(demande.Identifiant, date);
        return liberation.Reussi ? r : Resultat<Evolution<DemandeDAide>>.Echec(liberation.AsT1);
    }

    private static Resultat<Evolution<DemandeDAide>> Consommer(Resultat<Evolution<DemandeDAide>> r, DemandeDAide demande, EnveloppePartagee enveloppe, LocalDate date)
    {
        if (!r.Reussi || demande.FormeAccordee is not { EstMonetaire: true })
        {
            return r;
        }

        var consommation = enveloppe.Consommer(demande.Identifiant, date);
        return consommation.Reussi ? r : Resultat<Evolution<DemandeDAide>>.Echec(consommation.AsT1);
    }
}
