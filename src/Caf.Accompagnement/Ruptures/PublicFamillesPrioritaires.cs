using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Ruptures;

/// <summary>
/// Public « familles en situation de fragilité » : les familles prioritaires du plan pauvreté, contactées par le
/// travailleur social de leur secteur pour un examen global de leur situation et de leur accès aux droits.
/// </summary>
/// <remarks>Source : Caf de la Loire, « La Caf garde le contact avec ses allocataires » (2020). Le repérage est délégué
/// à <see cref="IFamillesPrioritaires"/> ; il dépend de la date (âges, seuil en vigueur) : la date de révision est celle
/// que donne <see cref="IFamillesPrioritaires.ProchaineRevision"/>.</remarks>
public sealed class PublicFamillesPrioritaires : PublicDeCampagne
{
    /// <summary>Le code de ce public.</summary>
    public const string CodePublic = "FAMILLE_PRIORITAIRE";

    private readonly IFamillesPrioritaires _familles;

    /// <summary>Crée le public.</summary>
    /// <param name="familles">Le repérage des familles prioritaires.</param>
    public PublicFamillesPrioritaires(IFamillesPrioritaires familles)
        : base(CodePublic, "Famille prioritaire du plan pauvreté", Gravite.Fragilite, TypeIntervenant.TravailleurSocial) => _familles = Preconditions.CheckNotNull(familles);

    /// <inheritdoc/>
    public override Signal? Detecter(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique) =>
        _familles.Evaluer(Preconditions.CheckNotNull(foyer), reference) is { } explication
            ? Signaler(explication)
            : null;

    /// <inheritdoc/>
    public override LocalDate? ProchaineRevision(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique) =>
        _familles.ProchaineRevision(Preconditions.CheckNotNull(foyer), reference);
}
