using System.Globalization;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Aides;

/// <summary>
/// Le quotient familial Caf d'un foyer, avec son explication : soit la valeur officielle établie par la Caf et lue
/// dans son dossier (<see cref="Officiel"/>), soit un recalcul à partir du dossier (<see cref="Calculer(Foyer, LocalDate, ParametresDuQuotientFamilial)"/>) :
/// (ressources annuelles de l'année N-2 ÷ 12 + prestations familiales mensuelles retenues) ÷ parts, arrondi au centime.
/// </summary>
/// <remarks>
/// <para>Le quotient familial Caf, distinct de celui de l'impôt sur le revenu, sert de critère d'accès aux aides
/// d'action sociale ; ses plafonds sont fixés par chaque Caf (par exemple QF ≤ 700 € pour l'aide aux vacances
/// familiales de plusieurs Caf). Les parts suivent un <see cref="BaremeDesParts"/> remplaçable, les prestations
/// retenues une liste datée propre à chaque Caf (<see cref="PrestationsDuQuotient"/>).</para>
/// <para>La valeur officielle prévaut : <see cref="Origine"/> dit laquelle a été retenue, et l'explication le
/// rappelle.</para>
/// <para>Propriétés : à parts égales, plus de ressources ou de prestations retenues ne baissent jamais le quotient ;
/// plus de parts (un enfant de plus, sans autre changement) ne l'augmentent jamais ; un enfant en résidence alternée
/// le place entre le foyer sans cet enfant et le foyer avec l'enfant à temps plein.</para>
/// </remarks>
public sealed class QuotientFamilial
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    private QuotientFamilial(
        Montant valeur,
        OrigineDuQuotientFamilial origine,
        LocalDate? connuAu,
        decimal? parts,
        Montant? ressourcesMensualisees,
        Montant? prestationsMensuelles,
        Explication explication)
    {
        Valeur = valeur;
        Origine = origine;
        ConnuAu = connuAu;
        Parts = parts;
        RessourcesMensualisees = ressourcesMensualisees;
        PrestationsMensuelles = prestationsMensuelles;
        Explication = explication;
    }

    /// <summary>Le quotient familial, en euros par mois et par part.</summary>
    public Montant Valeur { get; }

    /// <summary>D'où vient la valeur : le dossier de la Caf ou un recalcul.</summary>
    public OrigineDuQuotientFamilial Origine { get; }

    /// <summary>Pour une valeur officielle, la date à laquelle la Caf l'a établie ; <see langword="null"/> pour un recalcul.</summary>
    public LocalDate? ConnuAu { get; }

    /// <summary>Le nombre de parts retenu ; <see langword="null"/> pour une valeur officielle (le dossier ne le donne pas).</summary>
    public decimal? Parts { get; }

    /// <summary>Les ressources de l'année N-2 divisées par 12 ; <see langword="null"/> pour une valeur officielle.</summary>
    public Montant? RessourcesMensualisees { get; }

    /// <summary>Les prestations mensuelles retenues ; <see langword="null"/> pour une valeur officielle.</summary>
    public Montant? PrestationsMensuelles { get; }

    /// <summary>La source de la valeur, pour une explication (« valeur officielle du dossier Caf, établie le … »).</summary>
    public string Source => ConnuAu is { } d
        ? $"valeur officielle du dossier Caf, établie le {Dates.Formater(d)}"
        : "recalculé à partir du dossier allocataire";

    /// <summary>L'explication du calcul (CRPA R311-3-1-2).</summary>
    public Explication Explication { get; }

    /// <summary>Calcule le quotient familial à partir de ses trois termes.</summary>
    /// <param name="ressourcesAnnuellesN2">Les ressources annuelles de l'année N-2 (positives ou nulles).</param>
    /// <param name="prestationsMensuelles">Les prestations mensuelles (positives ou nulles).</param>
    /// <param name="parts">Le nombre de parts (strictement positif).</param>
    /// <returns>La valeur du quotient, arrondie au centime (demi-centime au-dessus).</returns>
    /// <exception cref="ArgumentException">Un montant est négatif ou les parts ne sont pas positives.</exception>
    public static Montant Formule(Montant ressourcesAnnuellesN2, Montant prestationsMensuelles, decimal parts)
    {
        Preconditions.CheckArgument(!ressourcesAnnuellesN2.EstNegatif && !prestationsMensuelles.EstNegatif, nameof(ressourcesAnnuellesN2), "Les ressources et les prestations ne sont pas négatives.");
        Preconditions.CheckArgument(parts > 0, nameof(parts), "Le nombre de parts est strictement positif.");
        var centimes = ((ressourcesAnnuellesN2.Centimes / 12m) + prestationsMensuelles.Centimes) / parts;
        return Montant.FromCentimes(decimal.ToInt64(decimal.Round(centimes, 0, MidpointRounding.AwayFromZero)));
    }

    /// <summary>Le quotient familial officiel établi par la Caf, tel que son dossier le porte : il est retenu tel quel.</summary>
    /// <param name="valeur">La valeur, en euros par mois et par part (positive ou nulle).</param>
    /// <param name="connuAu">La date à laquelle la Caf l'a établi.</param>
    /// <returns>Le quotient, ou l'erreur <c>aides.quotient.negatif</c>.</returns>
    public static Resultat<QuotientFamilial> Officiel(Montant valeur, LocalDate connuAu)
    {
        if (valeur.EstNegatif)
        {
            return Resultat<QuotientFamilial>.Echec(new Erreur("aides.quotient.negatif", "quotient_familial", valeur.ToString(), "Le quotient familial n'est pas négatif."));
        }

        var explication = new Explication(
            "Quotient familial Caf",
            "Le quotient familial est la valeur officielle établie par la Caf et lue dans son dossier ; il n'est pas recalculé. Il sert de critère d'accès aux aides d'action sociale, la décision d'aide restant prise par la Caf.",
            [new DonneeUtilisee("Quotient familial officiel", valeur.ToString(), $"dossier allocataire de la Caf (valeur établie le {Dates.Formater(connuAu)})")],
            [],
            [$"Valeur officielle du dossier Caf retenue telle quelle : {valeur} (aucun recalcul)"],
            $"Le quotient familial est de {valeur} (valeur officielle du dossier Caf).",
            estSatisfaite: true);
        return new QuotientFamilial(valeur, OrigineDuQuotientFamilial.DossierCaf, connuAu, null, null, null, explication);
    }

    /// <summary>Recalcule le quotient familial d'un foyer à une date, avec les prestations retenues par défaut.</summary>
    /// <param name="foyer">Le foyer (ressources N-2, prestations perçues, enfants).</param>
    /// <param name="reference">La date de référence (l'année N ; les ressources sont celles de N-2).</param>
    /// <param name="bareme">Le barème des parts ; <see cref="BaremeDesParts.Defaut"/> si absent.</param>
    /// <returns>Le quotient familial recalculé et son explication.</returns>
    /// <remarks>Ce calcul ignore la valeur officielle du dossier (<see cref="Foyer.QuotientFamilialCaf"/>) : pour
    /// l'éligibilité, <see cref="ContexteEligibilite.Create(Foyer, LocalDate, IEnumerable{string}?, Montant?, BaremeDesParts?)"/>
    /// retient la valeur officielle quand elle est connue.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">La date précède la liste par défaut des prestations retenues (01/01/2004).</exception>
    public static QuotientFamilial Calculer(Foyer foyer, LocalDate reference, BaremeDesParts? bareme = null) =>
        Calculer(foyer, reference, bareme is null ? ParametresDuQuotientFamilial.Defaut : ParametresDuQuotientFamilial.Defaut with { Parts = bareme });

    /// <summary>Recalcule le quotient familial d'un foyer à une date avec les paramètres d'une Caf.</summary>
    /// <param name="foyer">Le foyer (ressources N-2, prestations perçues, enfants).</param>
    /// <param name="reference">La date de référence (l'année N ; les ressources sont celles de N-2).</param>
    /// <param name="parametres">Le barème des parts et la liste datée des prestations retenues.</param>
    /// <returns>Le quotient familial recalculé et son explication.</returns>
    /// <exception cref="ArgumentOutOfRangeException">La liste des prestations retenues ne couvre pas la date.</exception>
    public static QuotientFamilial Calculer(Foyer foyer, LocalDate reference, ParametresDuQuotientFamilial parametres) =>
        Calculer(foyer, reference, parametres, null);

    internal static QuotientFamilial Calculer(Foyer foyer, LocalDate reference, ParametresDuQuotientFamilial parametres, string? note)
    {
        Preconditions.CheckNotNull(foyer);
        Preconditions.CheckNotNull(parametres);
        var bareme = parametres.Parts;
        var liste = parametres.Prestations.ValeurAuOuLever(reference);
        var parts = bareme.Parts(foyer);
        var retenues = foyer.Prestations.Where(p => liste.Valeur.Retient(p.Prestation)).ToList();
        var exclues = foyer.Prestations.Where(p => !liste.Valeur.Retient(p.Prestation)).ToList();
        var prestations = Montant.Zero;
        foreach (var p in retenues)
        {
            prestations += p.MontantMensuel;
        }

        var valeur = Formule(foyer.RessourcesAnnuellesN2, prestations, parts);
        var mensualisees = foyer.RessourcesAnnuellesN2.Diviser(12m);
        var handicapes = foyer.Enfants.Count(e => e.Handicap);
        var alternes = foyer.NombreEnfantsEnResidenceAlternee;
        var anneeN2 = reference.Year - 2;
        static string Liste(List<PrestationPercue> ps) => ps.Count == 0 ? "aucune" : string.Join(" ; ", ps.Select(p => $"{p.Prestation.Libelle} {p.MontantMensuel}"));
        var enfants = foyer.NombreEnfants.ToString(CultureInfo.InvariantCulture)
            + (handicapes > 0 ? $" dont {handicapes.ToString(CultureInfo.InvariantCulture)} handicapé(s)" : string.Empty)
            + (alternes > 0 ? $"{(handicapes > 0 ? "," : " dont")} {alternes.ToString(CultureInfo.InvariantCulture)} en résidence alternée" : string.Empty);
        var operations = new List<string>();
        if (note is not null)
        {
            operations.Add(note);
        }

        operations.Add($"Ressources N-2 ÷ 12 = {foyer.RessourcesAnnuellesN2} ÷ 12 = {mensualisees}");
        operations.Add($"Prestations retenues = {prestations} ({Liste(retenues)}) ; non retenues : {Liste(exclues)}");
        operations.Add($"Parts = {bareme.DetailDesParts(foyer)}");
        operations.Add($"({mensualisees} + {prestations}) ÷ {parts.ToString("0.##", Fr)} = {valeur} (arrondi au centime)");
        var explication = new Explication(
            "Quotient familial Caf",
            "Le quotient familial est recalculé automatiquement à partir des données du dossier (ressources N-2, prestations, enfants) ; il sert de critère d'accès aux aides d'action sociale, la décision d'aide restant prise par la Caf.",
            [
                new DonneeUtilisee($"Ressources annuelles {anneeN2.ToString(CultureInfo.InvariantCulture)} (N-2)", foyer.RessourcesAnnuellesN2.ToString(), "dossier allocataire (ressources transmises par l'administration fiscale)"),
                new DonneeUtilisee("Prestations mensuelles retenues", prestations.ToString(), "dossier allocataire (prestations versées par la Caf)"),
                new DonneeUtilisee("Prestations perçues non retenues", Liste(exclues), "dossier allocataire (prestations versées par la Caf)"),
                new DonneeUtilisee("Enfants à charge", enfants, "dossier allocataire"),
            ],
            [
                new ParametreApplique("Barème des parts", bareme.ToString(), null, bareme.Reference),
                new ParametreApplique("Prestations retenues dans le quotient", liste.Valeur.ToString(), liste.Debut, liste.Reference),
            ],
            operations,
            $"Le quotient familial recalculé est de {valeur}.",
            estSatisfaite: true);
        return new QuotientFamilial(valeur, OrigineDuQuotientFamilial.Recalcule, null, parts, mensualisees, prestations, explication);
    }

    /// <summary>La valeur et son origine (parts pour un recalcul, valeur officielle sinon).</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => Parts is { } p
        ? $"QF {Valeur} ({p.ToString("0.##", Fr)} parts)"
        : $"QF {Valeur} (valeur officielle du dossier Caf)";
}
