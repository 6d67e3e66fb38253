using NodaTime;

namespace Caf.Accompagnement.Foyers;

/// <summary>
/// La soumission d'une personne aux droits et devoirs du RSA, valeur datée : soumise (ou non) depuis une date. C'est la
/// donnée <c>TOPPERSDRODEVORSA</c> des flux RSA de la Caf.
/// </summary>
/// <param name="Soumis">La personne est soumise aux droits et devoirs.</param>
/// <param name="Depuis">La date depuis laquelle la valeur vaut ; avant cette date, la valeur n'est pas connue.</param>
/// <remarks>
/// <para>CASF L262-28 : est soumis aux droits et devoirs le bénéficiaire du RSA (et son conjoint) quand le foyer a un
/// droit au RSA, que la personne est comptée dans le foyer RSA et que ses revenus d'activité du trimestre de référence
/// sont inférieurs au seuil fixé par décret. Soumise, la personne est orientée et a droit à un référent unique
/// (L262-27, L262-29) ; non soumise (revenus d'activité au-dessus du seuil), elle n'entre pas dans ce parcours.</para>
/// <para>Une valeur absente (fichier antérieur à cette donnée, flux incomplet) ou dont la date est postérieure à la
/// date de référence est <i>inconnue</i> à cette date : chaque règle qui l'utilise documente ce qu'elle fait d'une
/// valeur inconnue (voir <see cref="EstSoumisAu"/>).</para>
/// <para><c>default</c> est valide : non soumis aux droits et devoirs depuis le 01/01/0001 (une personne sans valeur connue a <see langword="null"/>, pas <c>default</c>).</para>
/// </remarks>
public readonly record struct DroitsEtDevoirs(bool Soumis, LocalDate Depuis)
{
    /// <summary>La valeur à une date de référence.</summary>
    /// <param name="valeur">La valeur datée, ou <see langword="null"/> si elle n'est pas connue.</param>
    /// <param name="reference">La date de référence.</param>
    /// <returns><see langword="true"/> ou <see langword="false"/> si la valeur est connue et en vigueur à la date
    /// (<see cref="Depuis"/> au plus tard à la date) ; <see langword="null"/> sinon (inconnue à cette date).</returns>
    public static bool? EstSoumisAu(DroitsEtDevoirs? valeur, LocalDate reference) =>
        valeur is { } v && v.Depuis <= reference ? v.Soumis : null;

    /// <summary>Le texte : « soumis aux droits et devoirs depuis le … » ou « non soumis … ».</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{(Soumis ? "soumis" : "non soumis")} aux droits et devoirs depuis le {Dates.Formater(Depuis)}";
}
