using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Droits;

/// <summary>
/// Public « familles en situation de fragilité » : les familles prioritaires du plan pauvreté, contactées par le
/// travailleur social de leur secteur pour un examen global de leur situation et de leur accès aux droits.
/// </summary>
/// <remarks>Source : Caf de la Loire, « La Caf garde le contact avec ses allocataires » (2020). Le repérage est délégué
/// à <see cref="IFamillesPrioritaires"/> ; il dépend de la date (âges, seuil en vigueur) : la date de révision est celle
/// que donne <see cref="IFamillesPrioritaires.ProchaineRevision"/>.</remarks>
public sealed class PublicFamillesPrioritaires : IPublicDeCampagne
{
    /// <summary>Le code de ce public.</summary>
    public const string CodePublic = "FAMILLE_PRIORITAIRE";

    private readonly IFamillesPrioritaires _familles;

    /// <summary>Crée le public.</summary>
    /// <param name="familles">Le repérage des familles prioritaires.</param>
    public PublicFamillesPrioritaires(IFamillesPrioritaires familles) => _familles = Preconditions.CheckNotNull(familles);

    /// <inheritdoc/>
    public string Code => CodePublic;

    /// <inheritdoc/>
    public string Libelle => "Famille prioritaire du plan pauvreté";

    /// <inheritdoc/>
    public Gravite Gravite => Gravite.Fragilite;

    /// <inheritdoc/>
    public TypeIntervenant Intervenant => TypeIntervenant.TravailleurSocial;

    /// <inheritdoc/>
    public Signal? Detecter(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique) =>
        _familles.Evaluer(Preconditions.CheckNotNull(foyer), reference) is { } explication
            ? new Signal(Code, Libelle, Gravite, Intervenant, explication)
            : null;

    /// <inheritdoc/>
    public LocalDate? ProchaineRevision(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique) =>
        _familles.ProchaineRevision(Preconditions.CheckNotNull(foyer), reference);
}
