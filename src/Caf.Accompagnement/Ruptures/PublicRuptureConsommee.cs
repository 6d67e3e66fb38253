using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Ruptures;

/// <summary>
/// Public « rupture consommée » : un droit du foyer a été clos après quatre mois sans droit (RSA : MOTICLORSA ECH),
/// depuis au plus N jours (par défaut 90). Le foyer est rappelé pour vérifier s'il peut rouvrir ses droits.
/// </summary>
/// <remarks>Codes : flux Caf/MSA RSA (carnet-de-bord), ETATDOSRSA 5 ou 6 avec MOTICLORSA ECH. Signal de la date de
/// clôture à N jours après, bornes comprises.</remarks>
public sealed class PublicRuptureConsommee : PublicDeCampagne
{
    /// <summary>Le code de ce public.</summary>
    public const string CodePublic = "RUPTURE_CONSOMMEE";

    /// <summary>Crée le public.</summary>
    public PublicRuptureConsommee()
        : base(CodePublic, "Droit clos après quatre mois sans droit", Gravite.RuptureConsommee, TypeIntervenant.AgentCaf)
    {
    }

    /// <inheritdoc/>
    public override Signal? Detecter(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique)
    {
        Preconditions.CheckNotNull(foyer);
        Preconditions.CheckNotNull(politique);
        return SignalerDroits(
            foyer,
            d => EstConcerne(d) && d.Depuis <= reference && reference <= (d.Depuis.PlusJoursOuNull(politique.JoursApresCloture) ?? LocalDate.MaxIsoValue),
            new ParametreApplique("Rappel après une clôture pour absence de droit", $"{politique.JoursApresCloture} jours", null, ExplicationsDeCampagne.ReferencePolitique),
            [
                "Recherche des droits clos après quatre mois sans droit (RSA : motif de clôture ECH).",
                $"Vérification que la clôture date d'au plus {politique.JoursApresCloture} jours.",
            ],
            prestations => $"Le droit à {prestations} est clos faute de droit pendant quatre mois : un appel vérifie si le foyer peut rouvrir ses droits.");
    }

    /// <inheritdoc/>
    public override LocalDate? ProchaineRevision(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique)
    {
        Preconditions.CheckNotNull(foyer);
        Preconditions.CheckNotNull(politique);
        LocalDate? revision = null;
        foreach (var d in foyer.Droits)
        {
            if (!EstConcerne(d))
            {
                continue;
            }

            var fin = d.Depuis.PlusJoursOuNull(politique.JoursApresCloture) ?? LocalDate.MaxIsoValue;
            if (reference < d.Depuis)
            {
                revision = ExplicationsDeCampagne.Min(revision, d.Depuis);
            }
            else if (reference <= fin)
            {
                revision = ExplicationsDeCampagne.Min(revision, fin.PlusJoursOuNull(1));
            }
        }

        return revision;
    }

    private static bool EstConcerne(Droit d) => d.Etat == EtatDroit.Clos && d.ClosApresAbsenceDeDroit;
}
