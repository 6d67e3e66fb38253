using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Caf.Accompagnement.Contrats;

/// <summary>
/// Un avenant : la modification datée et motivée d'un contrat signé. Il garde le contenu antérieur, pour que
/// l'historique du contrat reste lisible.
/// </summary>
/// <param name="Numero">Numéro de l'avenant dans le contrat (à partir de 1).</param>
/// <param name="Date">Date de l'avenant.</param>
/// <param name="Motif">Motif de la modification.</param>
/// <param name="EngagementsAvant">Les actions avant l'avenant.</param>
/// <param name="PlanAvant">Le plan d'action avant l'avenant (contrat d'engagement), ou <see langword="null"/>.</param>
public sealed record Avenant(int Numero, LocalDate Date, string Motif, ImmutableArray<Engagement> EngagementsAvant, PlanDAction? PlanAvant)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Avenant n° {Numero} du {Dates.Formater(Date)} : {Motif}");
}
