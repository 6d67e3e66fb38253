using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Aides;

/// <summary>
/// Les paramètres d'une Caf pour recalculer le quotient familial : le barème des parts et la liste datée des
/// prestations retenues.
/// </summary>
/// <param name="Parts">Le barème des parts.</param>
/// <param name="Prestations">La liste des prestations retenues, datée.</param>
public sealed record ParametresDuQuotientFamilial(BaremeDesParts Parts, Bareme<PrestationsDuQuotient> Prestations)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Quotient familial : {Parts} ; prestations retenues : {Prestations}";

    /// <summary>Les paramètres par défaut : <see cref="BaremeDesParts.Defaut"/> et <see cref="PrestationsDuQuotient.ParDefaut"/>.</summary>
    public static ParametresDuQuotientFamilial Defaut { get; } = new(BaremeDesParts.Defaut, PrestationsDuQuotient.ParDefaut);

    /// <summary>Le barème des parts.</summary>
    public BaremeDesParts Parts { get; init; } = Preconditions.CheckNotNull(Parts);

    /// <summary>La liste des prestations retenues, datée.</summary>
    public Bareme<PrestationsDuQuotient> Prestations { get; init; } = Preconditions.CheckNotNull(Prestations);
}
