using System.Globalization;
using Caf.Accompagnement.Foyers;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>Textes communs des explications des cibles.</summary>
internal static class Redaction
{
    internal const string Contribution =
        "Le repérage est entièrement automatisé : le traitement compare les données du dossier aux critères de la cible "
        + "fixés par la politique de ciblage de la Caf. L'appartenance à la cible ouvre seulement une proposition "
        + "d'accompagnement social par un travailleur social de la Caf, que la personne est libre de refuser ; elle "
        + "n'a aucun effet sur les droits aux prestations.";

    internal const string SourceDossier = "dossier allocataire";
    internal const string SourceRessources = "ressources déclarées au dossier allocataire";
    internal const string SourcePrestations = "prestations versées par la Caf";

    internal const string SourceDroitsEtDevoirs = "flux RSA de la Caf (TOPPERSDRODEVORSA) au dossier allocataire";

    /// <summary>La donnée « situation familiale », avec sa date.</summary>
    internal static DonneeUtilisee DonneeSituation(Foyer foyer) =>
        new("Situation familiale", $"{foyer.Situation.Libelle} depuis le {Dates.Formater(foyer.DateSituation)}", SourceDossier);

    /// <summary>L'opération sur la situation en vigueur à la date (sans la conclusion « condition remplie »).</summary>
    internal static string OperationSituation(Foyer foyer, LocalDate reference, string suite) =>
        foyer.SituationAu(reference) is null
            ? $"Situation familiale « {foyer.Situation.Libelle} » depuis le {Dates.Formater(foyer.DateSituation)}, après le {Dates.Formater(reference)} : la situation au {Dates.Formater(reference)} n'est pas établie par le dossier"
            : $"Situation familiale au {Dates.Formater(reference)} « {foyer.Situation.Libelle} »{suite}";

    internal static string DroitsEtDevoirs(DroitsEtDevoirs? valeur) => valeur is { } v ? v.ToString() : "inconnue (donnée absente)";

    internal static string SoumissionAu(bool? soumis, bool presumer) => soumis switch
    {
        true => "soumis",
        false => "non soumis",
        null => presumer ? "inconnue à cette date, présumée soumise (paramètre)" : "inconnue à cette date, non retenue (paramètre)",
    };

    internal static string Condition(bool remplie) => remplie ? "condition remplie" : "condition non remplie";

    internal static string Conclusion(LocalDate reference, bool satisfaite) =>
        satisfaite
            ? $"le foyer appartient à la cible au {Dates.Formater(reference)}."
            : $"le foyer n'appartient pas à la cible au {Dates.Formater(reference)}.";

    internal static string Nombre(decimal valeur) => valeur.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');

    internal static string Ans(int ans) => ans is 0 or 1 ? $"{ans} an" : $"{ans} ans";

    internal static string Jours(int jours) => jours is 0 or 1 ? $"{jours} jour" : $"{jours} jours";
}
