using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using NodaTime;

namespace Caf.Accompagnement.Flux;

/// <summary>
/// Une personne d'un dossier RSA telle que le flux la décrit, après minimisation : son rôle (<c>ROLEPERS</c>), sa date
/// de naissance (<c>DTNAI</c>) et sa soumission aux droits et devoirs (<c>TOPPERSDRODEVORSA</c>). Ni nom, ni prénom, ni
/// NIR : le lecteur les saute sans les garder.
/// </summary>
/// <param name="Role">Le rôle dans le dossier RSA.</param>
/// <param name="DateNaissance">La date de naissance (donnée personnelle : jamais citée dans une erreur).</param>
/// <param name="DroitsEtDevoirs">La soumission aux droits et devoirs, datée de la date de référence du flux
/// (<see cref="EnteteFluxRsa.DateReference"/>) ; <see langword="null"/> quand le bloc
/// <c>MontantCalculDroitRSAPersonne</c> est absent.</param>
public sealed record PersonneRsa(RolePersonneRsa Role, LocalDate DateNaissance, DroitsEtDevoirs? DroitsEtDevoirs)
{
    /// <summary>Le rôle et l'année de naissance (pas la date complète).</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"{Role.Libelle} né(e) en {DateNaissance.Year}{(DroitsEtDevoirs is { } d ? $", {d}" : string.Empty)}";
}

/// <summary>Une suspension du versement du RSA (bloc <c>SuspensionVersement</c>) : son motif et sa date de début.</summary>
/// <param name="Motif">Le motif (<c>MOTISUSVERSRSA</c>).</param>
/// <param name="Depuis">La date de début de la suspension (<c>DDSUSVERSRSA</c>).</param>
public sealed record SuspensionVersementRsa(MotifSuspensionRsa Motif, LocalDate Depuis)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Versement suspendu depuis le {Dates.Formater(Depuis)} : {Motif.Libelle}";
}

/// <summary>La fin du droit au RSA (bloc <c>FinDroit</c>, ou <c>FinDroitMoisAnterieur</c> pour l'état 6) : son motif et sa date.</summary>
/// <param name="Motif">Le motif de clôture (<c>MOTICLORSA</c>).</param>
/// <param name="Date">La date de clôture (<c>DTCLORSA</c>).</param>
public sealed record ClotureRsa(MotifClotureRsa Motif, LocalDate Date)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Droit clos le {Dates.Formater(Date)} : {Motif.Libelle}";
}

/// <summary>Un événement (fait générateur) rattaché au dossier dans un flux infra-mensuel (bloc <c>Evenement</c>).</summary>
/// <param name="DateLiquidation">La date de liquidation (<c>DTLIQ</c>).</param>
/// <param name="FaitGenerateur">Le code du fait générateur (<c>FG</c>, 9 caractères au plus), gardé tel quel : le
/// schéma n'en publie pas la liste.</param>
public sealed record EvenementFluxRsa(LocalDate DateLiquidation, string FaitGenerateur)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Événement liquidé le {Dates.Formater(DateLiquidation)} (fait générateur {FaitGenerateur})";
}
