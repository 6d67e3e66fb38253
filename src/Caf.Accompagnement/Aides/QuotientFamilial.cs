using System.Globalization;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Aides;

/// <summary>
/// Le quotient familial Caf d'un foyer : (ressources annuelles de l'année N-2 ÷ 12 + prestations mensuelles) ÷ parts,
/// arrondi au centime, avec son explication.
/// </summary>
/// <remarks>
/// <para>Le quotient familial Caf, distinct de celui de l'impôt sur le revenu, sert de critère d'accès aux aides
/// d'action sociale ; ses plafonds sont fixés par chaque Caf (par exemple QF ≤ 700 € pour l'aide aux vacances
/// familiales de plusieurs Caf). Les parts suivent un <see cref="BaremeDesParts"/> remplaçable.</para>
/// <para>Propriétés : à parts égales, plus de ressources ne baissent jamais le quotient ; un enfant de plus (sans autre
/// changement) ne l'augmente jamais.</para>
/// </remarks>
public sealed class QuotientFamilial
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    private QuotientFamilial(Montant valeur, decimal parts, Montant ressourcesMensualisees, Montant prestationsMensuelles, Explication explication)
    {
        Valeur = valeur;
        Parts = parts;
        RessourcesMensualisees = ressourcesMensualisees;
        PrestationsMensuelles = prestationsMensuelles;
        Explication = explication;
    }

    /// <summary>Le quotient familial, en euros par mois et par part.</summary>
    public Montant Valeur { get; }

    /// <summary>Le nombre de parts retenu.</summary>
    public decimal Parts { get; }

    /// <summary>Les ressources de l'année N-2 divisées par 12 (non arrondies au-delà du centime).</summary>
    public Montant RessourcesMensualisees { get; }

    /// <summary>Les prestations mensuelles retenues.</summary>
    public Montant PrestationsMensuelles { get; }

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

    /// <summary>Calcule le quotient familial d'un foyer à une date.</summary>
    /// <param name="foyer">Le foyer (ressources N-2, prestations perçues, enfants).</param>
    /// <param name="reference">La date de référence (l'année N ; les ressources sont celles de N-2).</param>
    /// <param name="bareme">Le barème des parts ; <see cref="BaremeDesParts.Defaut"/> si absent.</param>
    /// <returns>Le quotient familial et son explication.</returns>
    public static QuotientFamilial Calculer(Foyer foyer, LocalDate reference, BaremeDesParts? bareme = null)
    {
        Preconditions.CheckNotNull(foyer);
        bareme ??= BaremeDesParts.Defaut;
        var parts = bareme.Parts(foyer);
        var prestations = foyer.TotalPrestations;
        var valeur = Formule(foyer.RessourcesAnnuellesN2, prestations, parts);
        var mensualisees = foyer.RessourcesAnnuellesN2.Diviser(12m);
        var handicapes = foyer.Enfants.Count(e => e.Handicap);
        var anneeN2 = reference.Year - 2;
        var explication = new Explication(
            "Quotient familial Caf",
            "Le quotient familial est calculé automatiquement à partir du dossier ; il sert de critère d'accès aux aides d'action sociale, la décision d'aide restant prise par la Caf.",
            [
                new DonneeUtilisee($"Ressources annuelles {anneeN2.ToString(CultureInfo.InvariantCulture)} (N-2)", foyer.RessourcesAnnuellesN2.ToString(), "dossier allocataire (ressources transmises par l'administration fiscale)"),
                new DonneeUtilisee("Prestations mensuelles", prestations.ToString(), "dossier allocataire (prestations versées par la Caf)"),
                new DonneeUtilisee("Enfants à charge", foyer.NombreEnfants.ToString(CultureInfo.InvariantCulture) + (handicapes > 0 ? $" dont {handicapes.ToString(CultureInfo.InvariantCulture)} handicapé(s)" : string.Empty), "dossier allocataire"),
            ],
            [new ParametreApplique("Barème des parts", bareme.ToString(), null, bareme.Reference)],
            [
                $"Ressources N-2 ÷ 12 = {foyer.RessourcesAnnuellesN2} ÷ 12 = {mensualisees}",
                $"Parts = {parts.ToString("0.##", Fr)}",
                $"({mensualisees} + {prestations}) ÷ {parts.ToString("0.##", Fr)} = {valeur} (arrondi au centime)",
            ],
            $"Le quotient familial est de {valeur}.",
            estSatisfaite: true);
        return new QuotientFamilial(valeur, parts, mensualisees, prestations, explication);
    }

    /// <summary>La valeur et les parts.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"QF {Valeur} ({Parts.ToString("0.##", Fr)} parts)";
}
