using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Aides;

/// <summary>Règle : une commande n'est permise que depuis certains statuts.</summary>
internal static class RegleTransitionPermise
{
    internal const string Code = "aides.demande.transition";

    internal static Erreur? Verifier(StatutDemande actuel, string commande, params StatutDemande[] permis) =>
        Array.IndexOf(permis, actuel) >= 0
            ? null
            : new Erreur(Code, "statut", actuel.Code, $"« {commande} » n'est pas possible pour une demande au statut « {actuel.Libelle} » (permis : {string.Join(", ", permis.Select(p => p.Libelle))}).");
}

/// <summary>Règle : une décision ne précède jamais la demande, ni un événement ne précède le précédent.</summary>
internal static class RegleChronologie
{
    internal const string Code = "aides.demande.chronologie";

    internal static Erreur? Verifier(LocalDate date, LocalDate dateDepot, LocalDate dernier) =>
        date < dateDepot
            ? new Erreur(Code, "date", Dates.FormaterIso(date), $"Une décision ne précède pas la demande (déposée le {Dates.Formater(dateDepot)}).")
            : date < dernier
                ? new Erreur(Code, "date", Dates.FormaterIso(date), $"Un événement ne précède pas le précédent ({Dates.Formater(dernier)}).")
                : null;
}

/// <summary>Règle : le montant accordé ne dépasse jamais le montant demandé ; il est positif pour une aide versée, nul pour un service.</summary>
internal static class RegleMontantAccorde
{
    internal const string Code = "aides.demande.montant_accorde";

    internal static Erreur? Verifier(Montant accorde, Montant demande, FormeAide forme)
    {
        if (accorde > demande)
        {
            return new Erreur(Code, "montant_accorde", accorde.ToString(), $"Le montant accordé ne dépasse pas le montant demandé ({demande}).");
        }

        var valide = forme.EstMonetaire ? accorde.Centimes > 0 : accorde == Montant.Zero;
        return valide ? null : new Erreur(Code, "montant_accorde", accorde.ToString(), "Une aide versée a un montant strictement positif ; un service, un montant nul.");
    }
}

/// <summary>Règle : la forme (subvention, prêt, service) est admise par le type d'aide.</summary>
internal static class RegleFormeAdmise
{
    internal const string Code = "aides.demande.forme";

    internal static Erreur? Verifier(TypeDAide type, FormeAide forme) =>
        type.Admet(forme) ? null : new Erreur(Code, "forme", forme.Code, $"Le type « {type.Code} » n'admet que : {string.Join(", ", type.FormesAdmises.Select(f => f.Libelle))}.");
}

/// <summary>Règle : un refus, un ajournement, un classement ou une demande de pièces est motivé.</summary>
internal static class RegleMotifObligatoire
{
    internal const string Code = "aides.demande.motif";

    internal static Erreur? Verifier(string? motif, string champ = "motif") =>
        string.IsNullOrWhiteSpace(motif) ? new Erreur(Code, champ, motif, "Le motif est obligatoire.") : null;

    internal static string Normaliser(string motif) => Preconditions.CheckNotNull(motif).Trim();
}
