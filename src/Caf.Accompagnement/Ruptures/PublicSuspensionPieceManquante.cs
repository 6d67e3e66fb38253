using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Ruptures;

/// <summary>
/// Public « droits suspendus faute de justificatif » : un droit du foyer est suspendu parce qu'une pièce ou une démarche
/// manque (RSA : MOTISUSVERSRSA 06 « déclaration trimestrielle de ressources non fournie », et les autres motifs de la
/// politique, par défaut 35 et 36). Le foyer est alerté du risque de rupture de paiement et accompagné dans sa démarche.
/// </summary>
/// <remarks>Source : Caf de la Loire, « La Caf garde le contact avec ses allocataires » (2020) ; codes : flux Caf/MSA
/// RSA (carnet-de-bord). Seuls comptent les états connus à la date de référence (date d'état au plus tard ce jour).</remarks>
public sealed class PublicSuspensionPieceManquante : PublicDeCampagne
{
    /// <summary>Le code de ce public.</summary>
    public const string CodePublic = "SUSPENSION_PIECE";

    /// <summary>Crée le public.</summary>
    public PublicSuspensionPieceManquante()
        : base(CodePublic, "Droit suspendu faute de pièce justificative", Gravite.Suspension, TypeIntervenant.AgentCaf)
    {
    }

    /// <inheritdoc/>
    public override Signal? Detecter(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique)
    {
        Preconditions.CheckNotNull(foyer);
        Preconditions.CheckNotNull(politique);
        return SignalerDroits(
            foyer,
            d => d.Depuis <= reference && politique.EstSuspenduFauteDePiece(d),
            new ParametreApplique("Motifs de suspension du RSA retenus comme pièce manquante", string.Join(", ", politique.MotifsPieceManquante.Select(m => m.Code)), null, ExplicationsDeCampagne.ReferencePolitique),
            [
                "Recherche des droits suspendus à la date de référence.",
                "Pour le RSA, comparaison du motif de suspension (MOTISUSVERSRSA) aux motifs retenus ; pour les autres prestations, suspension faute de pièce enregistrée au dossier.",
            ],
            prestations => $"Le versement de {prestations} est suspendu faute de pièce : un appel alerte le foyer du risque de rupture et l'aide à faire sa démarche.");
    }

    /// <inheritdoc/>
    public override LocalDate? ProchaineRevision(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique)
    {
        Preconditions.CheckNotNull(foyer);
        Preconditions.CheckNotNull(politique);
        LocalDate? revision = null;
        foreach (var d in foyer.Droits)
        {
            if (d.Depuis > reference && politique.EstSuspenduFauteDePiece(d))
            {
                revision = ExplicationsDeCampagne.Min(revision, d.Depuis);
            }
        }

        return revision;
    }
}
