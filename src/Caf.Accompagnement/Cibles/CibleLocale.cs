using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>Les motifs d'une décision de cible locale : points 2 à 4 de l'explication (CRPA R311-3-1-2).</summary>
/// <param name="Donnees">Les données utilisées et leurs sources.</param>
/// <param name="Parametres">Les paramètres appliqués, avec leur date d'effet et leur référence.</param>
/// <param name="Operations">Les opérations effectuées.</param>
public sealed record MotifsDeCible(IReadOnlyList<DonneeUtilisee> Donnees, IReadOnlyList<ParametreApplique> Parametres, IReadOnlyList<string> Operations)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Join(" ; ", Donnees.Select(d => d.ToString()).Concat(Parametres.Select(p => p.ToString())).Concat(Operations));
}

/// <summary>
/// Une cible locale définie par un intégrateur : un prédicat sur le foyer à une date et ses motifs. Elle s'ajoute à une
/// <see cref="PolitiqueDeCiblage"/> ou s'enregistre par injection de dépendances
/// (<see cref="CiblesServiceCollectionExtensions.AddCibleLocale(Microsoft.Extensions.DependencyInjection.IServiceCollection, ICible)"/>)
/// et apparaît dans tous les résultats comme les cibles de la bibliothèque.
/// </summary>
/// <remarks>
/// <para>La décision vient toujours du prédicat ; l'explication reprend cette décision (<see cref="Explication.EstSatisfaite"/>)
/// et la conclusion est rédigée par la bibliothèque : une explication ne peut pas contredire la décision.</para>
/// <para>Le prédicat et les motifs doivent être purs : ils ne lisent que le foyer et la date de référence.</para>
/// </remarks>
/// <example>
/// <code>
/// var jeunes = new CibleLocale("JEUNES_SANS_ENFANT", "Jeunes allocataires de moins de 25 ans sans enfant",
///     (foyer, date) => foyer.NombreEnfants == 0 &amp;&amp; foyer.Allocataire.Age(date) &lt; 25,
///     (foyer, date, oui) => new MotifsDeCible(
///         [new DonneeUtilisee("Âge", $"{foyer.Allocataire.Age(date)} ans", "dossier allocataire")],
///         [new ParametreApplique("Âge maximum (exclu)", "25 ans", null, "délibération du conseil d'administration")],
///         [$"Âge {(oui ? "inférieur" : "supérieur ou égal")} à 25 ans et aucun enfant à charge"]));
/// </code>
/// </example>
public sealed class CibleLocale : Cible
{
    private readonly Func<Foyer, LocalDate, bool> _predicat;
    private readonly Func<Foyer, LocalDate, bool, MotifsDeCible> _motifs;

    /// <summary>Crée une cible locale.</summary>
    /// <param name="code">Code stable (majuscules, chiffres, <c>_</c>).</param>
    /// <param name="libelle">Libellé français.</param>
    /// <param name="predicat">Le foyer appartient-il à la cible à la date ?</param>
    /// <param name="motifs">Les motifs de la décision (données, paramètres, opérations), selon la décision prise.</param>
    /// <exception cref="ArgumentException">Code mal formé ou libellé vide.</exception>
    /// <exception cref="ArgumentNullException">Prédicat ou motifs absents.</exception>
    public CibleLocale(string code, string libelle, Func<Foyer, LocalDate, bool> predicat, Func<Foyer, LocalDate, bool, MotifsDeCible> motifs)
        : base(code, libelle)
    {
        _predicat = Preconditions.CheckNotNull(predicat);
        _motifs = Preconditions.CheckNotNull(motifs);
    }

    /// <inheritdoc/>
    public override Resultat<ICibleADate> ADate(LocalDate reference, JeuDeBaremes baremes) => new Resolue(this, reference);

    private sealed class Resolue(CibleLocale cible, LocalDate reference) : ICibleADate
    {
        public ICible Cible => cible;

        public LocalDate Reference => reference;

        public bool Contient(Foyer foyer) => cible._predicat(Preconditions.CheckNotNull(foyer), reference);

        public Explication Expliquer(Foyer foyer)
        {
            var satisfaite = Contient(foyer);
            var motifs = Preconditions.CheckNotNull(cible._motifs(foyer, reference, satisfaite), "motifs");
            return new Explication(
                cible.Libelle,
                Redaction.Contribution + " Cette cible est une cible locale définie par la Caf.",
                motifs.Donnees,
                motifs.Parametres,
                motifs.Operations,
                Redaction.Conclusion(reference, satisfaite),
                satisfaite);
        }
    }
}
