using NodaTime;

namespace Caf.Accompagnement.Foyers;

/// <summary>
/// Le quotient familial officiel que la Caf a établi et qui figure dans son dossier allocataire, avec la date à
/// laquelle il est connu. Lu tel quel dans le fichier de la Caf, il prévaut sur tout recalcul par la bibliothèque.
/// </summary>
/// <param name="Valeur">La valeur, en euros par mois et par part.</param>
/// <param name="ConnuAu">La date à laquelle la Caf l'a établi (il ne vaut pas pour une date antérieure).</param>
public sealed record QuotientFamilialDuDossier(Montant Valeur, LocalDate ConnuAu)
{
    /// <summary>La valeur et la date.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"QF officiel {Valeur} (connu au {Dates.Formater(ConnuAu)})";
}
