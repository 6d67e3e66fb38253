using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement;

/// <summary>
/// Une voie de recours contre une décision, avec l'autorité à saisir, le délai et son point de départ : la
/// notification d'une décision défavorable les mentionne, faute de quoi le délai de recours contentieux n'est pas
/// opposable (CJA R421-5).
/// </summary>
/// <param name="Nature">La nature du recours (« Recours administratif préalable obligatoire »).</param>
/// <param name="Autorite">L'autorité ou la juridiction à saisir.</param>
/// <param name="DelaiEnMois">Le délai, en mois.</param>
/// <param name="PointDeDepart">Le point de départ du délai (« la notification de la décision »).</param>
/// <param name="Reference">Le texte qui ouvre le recours et fixe le délai.</param>
public sealed record VoieDeRecours(string Nature, string Autorite, int DelaiEnMois, string PointDeDepart, string Reference)
{
    /// <summary>
    /// Les voies de recours contre une décision relative au RSA (sanction, suspension, radiation) : le recours
    /// administratif préalable obligatoire auprès du président du conseil départemental dans les deux mois de la
    /// notification (CASF L262-47, R262-88), puis le tribunal administratif dans les deux mois de la décision sur ce
    /// recours, le silence gardé deux mois valant rejet (CJA R421-1, R421-2).
    /// </summary>
    public static ImmutableArray<VoieDeRecours> DecisionRsa { get; } =
    [
        new("Recours administratif préalable obligatoire", "Président du conseil départemental", 2, "la notification de la décision",
            "CASF L262-47 et R262-88"),
        new("Recours contentieux", "Tribunal administratif", 2, "la décision sur le recours administratif préalable (son rejet implicite naît du silence gardé deux mois)",
            "CJA R421-1 et R421-2 ; délai opposable s'il est mentionné dans la notification (CJA R421-5)"),
    ];

    /// <summary>
    /// La voie de recours par défaut contre un refus d'aide individuelle d'action sociale de la Caf : le recours gracieux
    /// auprès du directeur de la Caf dans les deux mois de la notification (CRPA L411-2). Chaque Caf peut déclarer les
    /// siennes par type d'aide (règlement intérieur d'action sociale).
    /// </summary>
    public static ImmutableArray<VoieDeRecours> ActionSocialeCaf { get; } =
    [
        new("Recours gracieux", "Directeur de la Caf (commission d'action sociale)", 2, "la notification de la décision",
            "CRPA L411-2 ; règlement intérieur d'action sociale de la Caf"),
    ];

    /// <summary>Le recours en une ligne (« Recours gracieux auprès de … dans les 2 mois suivant … (référence) »).</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Nature} auprès de : {Autorite}, dans les {DelaiEnMois} mois suivant {PointDeDepart} ({Reference})");

    internal static VoieDeRecours Verifiee(VoieDeRecours v)
    {
        Preconditions.CheckNotNull(v);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(v.Nature) && !string.IsNullOrWhiteSpace(v.Autorite)
            && !string.IsNullOrWhiteSpace(v.PointDeDepart) && !string.IsNullOrWhiteSpace(v.Reference), nameof(v), "Une voie de recours nomme sa nature, son autorité, le point de départ du délai et sa référence.");
        Preconditions.CheckArgumentRange(nameof(v), v.DelaiEnMois, 1, 24);
        return v;
    }
}
