using System.Globalization;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Contrats;

/// <summary>
/// Les paramètres de contractualisation fixés par chaque département : aucune durée nationale du contrat n'existe.
/// </summary>
/// <remarks>
/// <para>Valeurs par défaut (<see cref="ParDefaut"/>), documentées dans <c>docs/contrats.md</c> : durée d'un contrat
/// de 1 à 12 mois, 6 mois si rien n'est précisé ; au plus 3 renouvellements successifs avant un nouveau contrat
/// négocié ; délai de signature de 2 mois après l'orientation (CASF L262-36, le seul de ces paramètres fixé par la loi).</para>
/// </remarks>
public sealed record ParametresDepartementaux
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Contrats de {DureeParDefautEnMois} mois par défaut, {DureeMaximaleEnMois} au plus, {RenouvellementsMaximum} renouvellement(s) au plus, signature dans les {DelaiDeSignatureEnMois} mois de l'orientation");

    /// <summary>Crée un jeu de paramètres.</summary>
    /// <param name="dureeParDefautEnMois">Durée d'un contrat si rien n'est précisé, en mois.</param>
    /// <param name="dureeMaximaleEnMois">Durée maximale d'un contrat, en mois.</param>
    /// <param name="renouvellementsMaximum">Nombre maximal de renouvellements successifs d'un même contrat.</param>
    /// <param name="delaiDeSignatureEnMois">Délai de signature après l'orientation, en mois (2 selon CASF L262-36).</param>
    /// <exception cref="ArgumentOutOfRangeException">Une valeur est hors bornes.</exception>
    public ParametresDepartementaux(int dureeParDefautEnMois, int dureeMaximaleEnMois, int renouvellementsMaximum, int delaiDeSignatureEnMois = 2)
    {
        Preconditions.CheckArgumentRange(nameof(dureeMaximaleEnMois), dureeMaximaleEnMois, 1, 60);
        Preconditions.CheckArgumentRange(nameof(dureeParDefautEnMois), dureeParDefautEnMois, 1, dureeMaximaleEnMois);
        Preconditions.CheckArgumentRange(nameof(renouvellementsMaximum), renouvellementsMaximum, 0, 100);
        Preconditions.CheckArgumentRange(nameof(delaiDeSignatureEnMois), delaiDeSignatureEnMois, 1, 12);
        DureeParDefautEnMois = dureeParDefautEnMois;
        DureeMaximaleEnMois = dureeMaximaleEnMois;
        RenouvellementsMaximum = renouvellementsMaximum;
        DelaiDeSignatureEnMois = delaiDeSignatureEnMois;
    }

    /// <summary>Les valeurs par défaut : 6 mois, 12 mois au plus, 3 renouvellements, signature dans les 2 mois.</summary>
    public static ParametresDepartementaux ParDefaut { get; } = new(6, 12, 3);

    /// <summary>Durée d'un contrat si rien n'est précisé, en mois.</summary>
    public int DureeParDefautEnMois { get; }

    /// <summary>Durée maximale d'un contrat, en mois.</summary>
    public int DureeMaximaleEnMois { get; }

    /// <summary>Nombre maximal de renouvellements successifs d'un même contrat.</summary>
    public int RenouvellementsMaximum { get; }

    /// <summary>Délai de signature après l'orientation, en mois.</summary>
    public int DelaiDeSignatureEnMois { get; }

    /// <summary>Le délai de signature, en période NodaTime.</summary>
    public Period DelaiDeSignature => Period.FromMonths(DelaiDeSignatureEnMois);

    /// <summary>Les paramètres appliqués, pour une explication.</summary>
    /// <returns>Les paramètres.</returns>
    public IEnumerable<ParametreApplique> CommeParametres()
    {
        yield return new ParametreApplique("Délai de signature après l'orientation", $"{DelaiDeSignatureEnMois} mois", null, "CASF L262-36");
        yield return new ParametreApplique("Durée maximale d'un contrat", $"{DureeMaximaleEnMois.ToString(CultureInfo.InvariantCulture)} mois", null, "Paramètre départemental");
        yield return new ParametreApplique("Renouvellements successifs au plus", RenouvellementsMaximum.ToString(CultureInfo.InvariantCulture), null, "Paramètre départemental");
    }
}
