using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Droits;

/// <summary>
/// Les familles prioritaires du plan pauvreté : familles monoparentales, et familles avec enfants dont le niveau de vie
/// mensuel est inférieur au seuil de pauvreté (60 % du niveau de vie médian, Insee) en vigueur à la date de référence.
/// </summary>
/// <remarks>Source : Caf de la Loire (2020), Stratégie nationale de prévention et de lutte contre la pauvreté.
/// Niveau de vie : <see cref="Foyer.NiveauDeVieMensuel(LocalDate)"/> (échelle de l'OCDE modifiée). À une date que le
/// barème du seuil ne couvre pas, seule la monoparentalité est retenue.</remarks>
public sealed class FamillesPrioritairesPlanPauvrete : IFamillesPrioritaires
{
    private readonly Bareme<Montant> _seuil;

    /// <summary>Avec le seuil de pauvreté officiel (<see cref="BaremesOfficiels.SeuilDePauvrete"/>).</summary>
    public FamillesPrioritairesPlanPauvrete()
        : this(BaremesOfficiels.SeuilDePauvrete)
    {
    }

    /// <summary>Avec un barème de seuil de pauvreté donné.</summary>
    /// <param name="seuilDePauvrete">Le barème mensuel du seuil de pauvreté.</param>
    public FamillesPrioritairesPlanPauvrete(Bareme<Montant> seuilDePauvrete) => _seuil = Preconditions.CheckNotNull(seuilDePauvrete);

    /// <inheritdoc/>
    /// <remarks>Sans changement des données, la réponse ne change qu'au 14e anniversaire d'un enfant (unités de
    /// consommation) ou à une nouvelle valeur du seuil de pauvreté.</remarks>
    public LocalDate? ProchaineRevision(Foyer foyer, LocalDate reference)
    {
        Preconditions.CheckNotNull(foyer);
        if (foyer.NombreEnfants == 0)
        {
            return null;
        }

        LocalDate? revision = null;
        foreach (var e in foyer.Enfants)
        {
            var quatorzeAns = e.DateNaissance.PlusYears(14);
            if (quatorzeAns > reference)
            {
                revision = ExplicationsDeCampagne.Min(revision, quatorzeAns);
            }
        }

        foreach (var v in _seuil.Valeurs)
        {
            if (v.Debut > reference)
            {
                revision = ExplicationsDeCampagne.Min(revision, v.Debut);
                break;
            }
        }

        if (_seuil.Fin is { } fin && fin > reference)
        {
            revision = ExplicationsDeCampagne.Min(revision, fin);
        }

        return revision;
    }

    /// <inheritdoc/>
    public Explication? Evaluer(Foyer foyer, LocalDate reference)
    {
        Preconditions.CheckNotNull(foyer);
        if (foyer.NombreEnfants == 0)
        {
            return null;
        }

        var monoparentale = foyer.EstMonoparental;
        var niveau = foyer.NiveauDeVieMensuel(reference);
        var seuilConnu = _seuil.TryGetValeurAu(reference, out var seuil);
        var pauvre = seuilConnu && niveau < seuil!.Valeur;
        if (!monoparentale && !pauvre)
        {
            return null;
        }

        var donnees = new List<DonneeUtilisee>
        {
            new("Situation familiale", foyer.Situation.Libelle, ExplicationsDeCampagne.SourceDossier),
            new("Enfants à charge", foyer.NombreEnfants.ToString(System.Globalization.CultureInfo.InvariantCulture), ExplicationsDeCampagne.SourceDossier),
            new("Niveau de vie mensuel", niveau.ToString(), "ressources et prestations du dossier allocataire, échelle de l'OCDE modifiée"),
        };
        var parametres = seuilConnu
            ? new[] { new ParametreApplique("Seuil de pauvreté mensuel", seuil!.Valeur.ToString(), seuil.Debut, seuil.Reference) }
            : [];
        var motif = monoparentale && pauvre ? "famille monoparentale dont le niveau de vie est sous le seuil de pauvreté"
            : monoparentale ? "famille monoparentale"
            : "famille avec enfants dont le niveau de vie est sous le seuil de pauvreté";
        return new Explication(
            "Famille prioritaire du plan pauvreté",
            ExplicationsDeCampagne.Contribution,
            donnees,
            parametres,
            [
                "Vérification de la présence d'enfants à charge et de la situation familiale (personne seule avec enfant).",
                "Calcul du niveau de vie (revenu disponible divisé par les unités de consommation) et comparaison au seuil de pauvreté en vigueur.",
            ],
            $"Le foyer est une {motif} : le travailleur social lui propose un rendez-vous.",
            estSatisfaite: true);
    }
}
