using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Ruptures;

/// <summary>
/// Les familles prioritaires du plan pauvreté repérées par la cible <see cref="CibleFamillePrioritaire"/> du module
/// <c>Cibles</c> : familles avec enfants dont le niveau de vie est inférieur au seuil de pauvreté, et familles
/// monoparentales. L'explication est celle de la cible.
/// </summary>
/// <remarks>
/// <para>Source : Caf de la Loire (2020), stratégie nationale de prévention et de lutte contre la pauvreté ; seuil Insee.
/// À une date que le barème du seuil de pauvreté ne couvre pas, aucun foyer n'est repéré.</para>
/// <para>Révision : un foyer repéré est réévalué chaque jour (l'explication cite la date) ; un foyer non repéré ne
/// change de réponse qu'à l'anniversaire d'un enfant qui change l'échelle d'équivalence ou à une nouvelle valeur du seuil.</para>
/// </remarks>
public sealed class FamillesPrioritairesParCible : IFamillesPrioritaires
{
    private readonly CibleFamillePrioritaire _cible;
    private readonly JeuDeBaremes _baremes;
    private ICibleADate? _derniere;

    /// <summary>Avec la cible par défaut et les barèmes officiels.</summary>
    public FamillesPrioritairesParCible()
        : this(new CibleFamillePrioritaire(), BaremesOfficiels.Jeu)
    {
    }

    /// <summary>Avec une cible paramétrée et des barèmes donnés.</summary>
    /// <param name="cible">La cible « familles prioritaires ».</param>
    /// <param name="baremes">Les barèmes (seuil de pauvreté).</param>
    public FamillesPrioritairesParCible(CibleFamillePrioritaire cible, JeuDeBaremes baremes)
    {
        _cible = Preconditions.CheckNotNull(cible);
        _baremes = Preconditions.CheckNotNull(baremes);
    }

    /// <inheritdoc/>
    public Explication? Evaluer(Foyer foyer, LocalDate reference)
    {
        Preconditions.CheckNotNull(foyer);
        var cible = ADate(reference);
        return cible is not null && cible.Contient(foyer) ? cible.Expliquer(foyer) : null;
    }

    /// <inheritdoc/>
    public LocalDate? ProchaineRevision(Foyer foyer, LocalDate reference)
    {
        Preconditions.CheckNotNull(foyer);
        if (foyer.NombreEnfants == 0)
        {
            return null;
        }

        if (ADate(reference)?.Contient(foyer) == true)
        {
            return reference.PlusJoursOuNull(1);
        }

        LocalDate? revision = null;
        foreach (var e in foyer.Enfants)
        {
            var anniversaire = e.DateNaissance.PlusMoisOuNull(_cible.Parametres.AgeAdulteUniteDeConsommation * 12L);
            if (anniversaire > reference)
            {
                revision = ExplicationsDeCampagne.Min(revision, anniversaire);
            }
        }

        foreach (var v in _baremes.SeuilDePauvrete.Valeurs)
        {
            if (v.Debut > reference)
            {
                revision = ExplicationsDeCampagne.Min(revision, v.Debut);
                break;
            }
        }

        if (_baremes.SeuilDePauvrete.Fin is { } fin && fin > reference)
        {
            revision = ExplicationsDeCampagne.Min(revision, fin);
        }

        return revision;
    }

    private ICibleADate? ADate(LocalDate reference)
    {
        var derniere = Volatile.Read(ref _derniere);
        if (derniere is not null && derniere.Reference == reference)
        {
            return derniere;
        }

        if (!_cible.ADate(reference, _baremes).TryGetValue(out var resolue))
        {
            return null;
        }

        Volatile.Write(ref _derniere, resolue);
        return resolue;
    }
}
