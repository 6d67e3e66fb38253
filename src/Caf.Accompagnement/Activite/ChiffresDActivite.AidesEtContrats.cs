using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Activite;

/// <summary>Les aides et les contrats dans les chiffres d'activité.</summary>
public sealed partial class ChiffresDActivite
{
    /// <summary>Le nombre de contrats signés sous un régime.</summary>
    /// <param name="regime">Le régime (CER, contrat d'engagement).</param>
    /// <returns>Le nombre.</returns>
    public int ContratsSignesSelon(RegimeContrat regime) => Compter(Rubrique.Contrat, Preconditions.CheckNotNull(regime).Code);

    /// <summary>Le nombre de contrats signés après le délai suivant l'orientation (CASF L262-36).</summary>
    public int SignaturesTardives => Compter(Rubrique.Contrat, b: "TARDIVE");

    /// <summary>Les aides individuelles versées (catégories versées, hors services) : le total du bilan.</summary>
    /// <remarks>Bilan 2022 de la Caf des Landes : 1 411 aides versées pour 448 428 €.</remarks>
    public TotalDAides AidesIndividuellesVersees
    {
        get
        {
            var total = default(Valeur);
            foreach (var categorie in CategorieAide.Toutes.Where(c => c.EstVersee))
            {
                total += Cumuler(Rubrique.AideVersee, categorie.Code);
            }

            return Total(total);
        }
    }

    /// <summary>Les aides versées (et services rendus), éventuellement filtrées.</summary>
    /// <param name="categorie">La catégorie ; <see langword="null"/> : toutes, services compris.</param>
    /// <param name="type">Le type ; <see langword="null"/> : tous.</param>
    /// <param name="forme">La forme ; <see langword="null"/> : toutes.</param>
    /// <returns>Le nombre et le montant.</returns>
    public TotalDAides AidesVersees(CategorieAide? categorie = null, TypeDAide? type = null, FormeAide? forme = null) =>
        Total(Cumuler(Rubrique.AideVersee, categorie?.Code, type?.Code, forme?.Code));

    /// <summary>Les aides attribuées (décisions favorables), éventuellement filtrées.</summary>
    /// <param name="categorie">La catégorie ; <see langword="null"/> : toutes.</param>
    /// <param name="type">Le type ; <see langword="null"/> : tous.</param>
    /// <param name="forme">La forme ; <see langword="null"/> : toutes.</param>
    /// <returns>Le nombre et le montant.</returns>
    public TotalDAides AidesAttribuees(CategorieAide? categorie = null, TypeDAide? type = null, FormeAide? forme = null) =>
        Total(Cumuler(Rubrique.AideAttribuee, categorie?.Code, type?.Code, forme?.Code));

    private static TotalDAides Total(Valeur v) => new(checked((int)v.Nombre), new Montant(v.Centimes));
}
