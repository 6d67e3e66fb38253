using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Contrats;

/// <summary>
/// Une orientation décidée par le président du conseil départemental (CASF L262-29) : un parcours, une date de début
/// et, quand une nouvelle orientation l'a remplacée, une date de fin (la veille de la nouvelle).
/// </summary>
/// <param name="Type">Le parcours.</param>
/// <param name="Debut">La date de la décision d'orientation, début de l'orientation.</param>
/// <param name="Fin">La date de fin, ou <see langword="null"/> pour l'orientation en vigueur.</param>
/// <param name="EcourteeParReorientation"><see langword="true"/> si la fin a été fixée par une nouvelle orientation (enregistré explicitement).</param>
public sealed record Orientation(TypeOrientation Type, LocalDate Debut, LocalDate? Fin, bool EcourteeParReorientation)
{
    /// <summary><see langword="true"/> si l'orientation est en vigueur à une date.</summary>
    /// <param name="date">La date.</param>
    /// <returns>Le résultat.</returns>
    public bool EnVigueurAu(LocalDate date) => Debut <= date && (Fin is null || date <= Fin);

    /// <summary>La date limite de signature du contrat : deux mois après l'orientation (CASF L262-36).</summary>
    /// <param name="delai">Le délai (deux mois par défaut, voir <see cref="ParametresDepartementaux.DelaiDeSignature"/>).</param>
    /// <returns>La dernière date de signature dans les délais ; bornée au <see cref="LocalDate.MaxIsoValue"/>
    /// (31/12/9999) quand le délai sortirait du calendrier : toute date du calendrier est alors dans les délais.</returns>
    public LocalDate DateLimiteDeSignature(Period delai) => Debut.PlusOuNull(delai) ?? LocalDate.MaxIsoValue;

    /// <summary>Le parcours et ses dates.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"{Type.Libelle} depuis le {Dates.Formater(Debut)}{(Fin is { } f ? $" jusqu'au {Dates.Formater(f)}" : string.Empty)}";
}
