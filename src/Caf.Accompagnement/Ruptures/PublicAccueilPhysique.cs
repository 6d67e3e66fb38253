using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Ruptures;

/// <summary>
/// Public « usagers des accueils physiques » : allocataires dont le seul canal de contact est la visite à l'accueil et
/// qui n'ont fait aucune démarche depuis une date (par défaut le 17 mars 2020, début du confinement) ou depuis au moins
/// N jours.
/// </summary>
/// <remarks>Source : Caf de la Loire, « La Caf garde le contact avec ses allocataires » (2020). Un foyer sans canal
/// connu n'est pas concerné. Avec une date : signal si aucune démarche entre cette date et la date de référence (la date
/// comprise). Avec N jours : signal si la dernière démarche date d'au moins N jours.</remarks>
public sealed class PublicAccueilPhysique : PublicDeCampagne
{
    /// <summary>Le code de ce public.</summary>
    public const string CodePublic = "ACCUEIL_PHYSIQUE";

    /// <summary>Crée le public.</summary>
    public PublicAccueilPhysique()
        : base(CodePublic, "Usager de l'accueil physique sans démarche récente", Gravite.AccueilPhysique, TypeIntervenant.AgentCaf)
    {
    }

    /// <inheritdoc/>
    public override Signal? Detecter(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique)
    {
        Preconditions.CheckNotNull(foyer);
        Preconditions.CheckNotNull(politique);
        if (!AccueilSeulement(foyer))
        {
            return null;
        }

        var derniere = foyer.DerniereDemarche(reference);
        bool signal;
        ParametreApplique parametre;
        if (politique.SansDemarchePendantJours is { } n)
        {
            // Un seuil avant le début du calendrier : aucune démarche n'est assez ancienne.
            signal = derniere is null || (reference.PlusJoursOuNull(-n) is { } seuil && derniere.Value <= seuil);
            parametre = new ParametreApplique("Sans démarche depuis au moins", $"{n} jours", null, ExplicationsDeCampagne.ReferencePolitique);
        }
        else
        {
            signal = reference >= politique.SansDemarcheDepuis && (derniere is null || derniere.Value < politique.SansDemarcheDepuis);
            parametre = new ParametreApplique("Sans démarche depuis le", Dates.Formater(politique.SansDemarcheDepuis), null, $"{ExplicationsDeCampagne.ReferencePolitique} (par défaut : début du confinement, décret n° 2020-260 du 16 mars 2020)");
        }

        if (!signal)
        {
            return null;
        }

        var texteDerniere = derniere is { } d ? Dates.Formater(d) : "aucune démarche enregistrée";
        var explication = new Explication(
            Libelle,
            ExplicationsDeCampagne.Contribution,
            [
                new DonneeUtilisee("Canaux de contact", "accueil physique uniquement", ExplicationsDeCampagne.SourceDossier),
                new DonneeUtilisee("Dernière démarche", texteDerniere, ExplicationsDeCampagne.SourceDossier),
            ],
            [parametre],
            [
                "Vérification que le seul canal de contact du foyer est la visite à l'accueil physique.",
                $"Comparaison de la dernière démarche ({texteDerniere}) au critère : {politique.CritereSansDemarche}.",
            ],
            $"Le foyer ne fréquente que l'accueil physique et n'a fait {politique.CritereSansDemarche} : un appel lui est proposé pour vérifier s'il a besoin d'aide.",
            estSatisfaite: true);
        return Signaler(explication);
    }

    /// <inheritdoc/>
    public override LocalDate? ProchaineRevision(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique)
    {
        Preconditions.CheckNotNull(foyer);
        Preconditions.CheckNotNull(politique);
        LocalDate? revision = null;
        foreach (var d in foyer.Demarches)
        {
            if (d.Date > reference)
            {
                revision = ExplicationsDeCampagne.Min(revision, d.Date);
                break;
            }
        }

        if (!AccueilSeulement(foyer))
        {
            return revision;
        }

        if (politique.SansDemarchePendantJours is { } n)
        {
            if (foyer.DerniereDemarche(reference) is { } derniere && (reference.PlusJoursOuNull(-n) is not { } seuil || derniere > seuil))
            {
                revision = ExplicationsDeCampagne.Min(revision, derniere.PlusJoursOuNull(n));
            }
        }
        else if (reference < politique.SansDemarcheDepuis)
        {
            revision = ExplicationsDeCampagne.Min(revision, politique.SansDemarcheDepuis);
        }

        return revision;
    }

    private static bool AccueilSeulement(Foyer foyer)
    {
        if (foyer.Canaux.IsEmpty)
        {
            return false;
        }

        foreach (var c in foyer.Canaux)
        {
            if (c != CanalDeContact.AccueilPhysique)
            {
                return false;
            }
        }

        return true;
    }
}
