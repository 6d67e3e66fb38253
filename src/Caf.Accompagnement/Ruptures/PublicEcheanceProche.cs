using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Ruptures;

/// <summary>
/// Public « rupture imminente » : avant la rupture, une pièce demandée et non reçue doit être fournie au plus tard dans
/// les N jours (par défaut 15).
/// </summary>
/// <remarks>Signal si une pièce non reçue à la date de référence a sa date limite entre la date de référence et
/// N jours après, bornes comprises : date limite le jour même, le lendemain, dans N jours → signal ; dans N + 1 jours ou
/// déjà passée → pas de signal (une pièce en retard relève de la suspension).</remarks>
public sealed class PublicEcheanceProche : PublicDeCampagne
{
    /// <summary>Le code de ce public.</summary>
    public const string CodePublic = "ECHEANCE_PIECE";

    /// <summary>Crée le public.</summary>
    public PublicEcheanceProche()
        : base(CodePublic, "Pièce justificative attendue à brève échéance", Gravite.RuptureImminente, TypeIntervenant.AgentCaf)
    {
    }

    /// <inheritdoc/>
    public override Signal? Detecter(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique)
    {
        Preconditions.CheckNotNull(foyer);
        Preconditions.CheckNotNull(politique);
        List<PieceDemandee>? attendues = null;
        // Au-delà du calendrier, toute date limite est dans la fenêtre.
        var limite = reference.PlusJoursOuNull(politique.JoursAvantEcheance) ?? LocalDate.MaxIsoValue;
        foreach (var p in foyer.PiecesDemandees)
        {
            if (!p.EstRecueAu(reference) && p.DateLimite >= reference && p.DateLimite <= limite)
            {
                (attendues ??= []).Add(p);
            }
        }

        if (attendues is null)
        {
            return null;
        }

        var premiere = attendues.Min(p => p.DateLimite);
        var explication = new Explication(
            Libelle,
            ExplicationsDeCampagne.Contribution,
            attendues.Select(p => new DonneeUtilisee($"Pièce demandée : {p.Nature.Libelle}", $"demandée le {Dates.Formater(p.DateDemande)}, date limite le {Dates.Formater(p.DateLimite)}, non reçue", ExplicationsDeCampagne.SourceDossier)),
            [new ParametreApplique("Alerte avant la date limite", $"{politique.JoursAvantEcheance} jours", null, ExplicationsDeCampagne.ReferencePolitique)],
            [
                "Recherche des pièces demandées et non reçues.",
                $"Sélection des pièces dont la date limite tombe dans les {politique.JoursAvantEcheance} jours, bornes comprises.",
            ],
            $"Une pièce est attendue au plus tard le {Dates.Formater(premiere)} : un appel aide le foyer à la fournir avant la rupture de paiement.",
            estSatisfaite: true);
        return Signaler(explication, premiere);
    }

    /// <inheritdoc/>
    public override LocalDate? ProchaineRevision(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique)
    {
        Preconditions.CheckNotNull(foyer);
        Preconditions.CheckNotNull(politique);
        LocalDate? revision = null;
        foreach (var p in foyer.PiecesDemandees)
        {
            if (p.EstRecueAu(reference))
            {
                continue;
            }

            if (p.DateReception is { } r)
            {
                revision = ExplicationsDeCampagne.Min(revision, r);
            }

            var entree = p.DateLimite.PlusJoursOuNull(-politique.JoursAvantEcheance) ?? LocalDate.MinIsoValue;
            if (reference < entree)
            {
                revision = ExplicationsDeCampagne.Min(revision, entree);
            }
            else if (reference <= p.DateLimite)
            {
                revision = ExplicationsDeCampagne.Min(revision, p.DateLimite.PlusJoursOuNull(1));
            }
        }

        return revision;
    }
}
