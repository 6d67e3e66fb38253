using System.Text;

namespace Caf.Accompagnement.Activite;

/// <summary>Les aides individuelles dans le bilan.</summary>
public sealed partial class BilanAnnuel
{
    private static void EcrireAides(StringBuilder sb, ChiffresDActivite c, ChiffresDActivite? p, string libelle, string? libellePrecedent, string puce)
    {
    }

    private static string ResumeAidesDeSecteur(ChiffresDActivite c) => string.Empty;

    private static long NombreAidesVersees(ChiffresDActivite c) => 0;

    private static Montant MontantAidesVersees(ChiffresDActivite c) => Montant.Zero;

    private static IEnumerable<(string Indicateur, string Courant, string Precedent)> IndicateursAides(ChiffresDActivite c, ChiffresDActivite? p) => [];
}
