namespace Caf.Accompagnement.Ruptures;

/// <summary>Textes communs des explications de la campagne de contacts.</summary>
internal static class ExplicationsDeCampagne
{
    internal const string Contribution =
        "Le traitement repère le foyer pour lui proposer un contact ; il ne modifie aucun droit. L'intervenant vérifie la situation avec la personne et décide de l'aide proposée.";

    internal const string SourceDossier = "dossier allocataire de la Caf";

    internal const string ReferencePolitique = "politique de campagne de contacts proactifs de la Caf";

    internal static NodaTime.LocalDate? Min(NodaTime.LocalDate? a, NodaTime.LocalDate? b) =>
        a is null ? b : b is null ? a : (a.Value <= b.Value ? a : b);
}

