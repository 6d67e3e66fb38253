using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement;

/// <summary>
/// Un calendrier des jours ouvrés : du lundi au vendredi, hors jours fériés légaux (<see cref="JoursFeries"/> : Code du
/// travail, L3133-1, et en option Alsace-Moselle, L3134-13) et hors jours de fermeture propres à un organisme (ponts,
/// fermetures exceptionnelles).
/// </summary>
/// <remarks>
/// <para>Immuable. <see cref="Metropole"/> et <see cref="AlsaceMoselle"/> sont les calendriers légaux ;
/// <see cref="AvecFermetures(IEnumerable{LocalDate})"/> y ajoute des jours de fermeture.</para>
/// <para>Invariants : <see cref="JourOuvreAPartirDe"/> et <see cref="JourOuvreSuivant"/> rendent toujours un jour ouvré ;
/// <c>AjouterJoursOuvres(d, n)</c> est croissant en <c>d</c> et en <c>n</c>, et
/// <c>AjouterJoursOuvres(AjouterJoursOuvres(d, n), m) == AjouterJoursOuvres(d, n + m)</c>.</para>
/// </remarks>
public sealed class CalendrierOuvre
{
    private readonly FrozenSet<LocalDate> _fermetures;

    private CalendrierOuvre(bool alsaceMoselle, ImmutableArray<LocalDate> fermetures, string? departement = null)
    {
        EstAlsaceMoselle = alsaceMoselle;
        Departement = departement;
        Fermetures = fermetures;
        _fermetures = fermetures.ToFrozenSet();
    }

    /// <summary>Le calendrier légal de métropole : du lundi au vendredi, hors les onze fêtes légales (L3133-1).</summary>
    public static CalendrierOuvre Metropole { get; } = new(false, []);

    /// <summary>Le calendrier légal d'Alsace-Moselle : celui de métropole, hors aussi le Vendredi saint et le 26 décembre (L3134-13).</summary>
    public static CalendrierOuvre AlsaceMoselle { get; } = new(true, []);

    /// <summary>
    /// Le calendrier légal d'un département : celui d'Alsace-Moselle pour 57, 67 et 68 ; celui de métropole augmenté du
    /// jour de l'abolition de l'esclavage pour les départements d'outre-mer (971 Guadeloupe 27 mai, 972 Martinique
    /// 22 mai, 973 Guyane 10 juin, 974 La Réunion 20 décembre, 976 Mayotte 27 avril : loi n° 83-550 du 30 juin 1983,
    /// décret n° 83-1003 du 23 novembre 1983 modifié) ; celui de métropole sinon.
    /// </summary>
    /// <param name="departement">Le code du département (<see cref="Territoires.CodeCommune.Departement"/>).</param>
    /// <returns>Le calendrier.</returns>
    public static CalendrierOuvre PourDepartement(string? departement) =>
        JoursFeries.EstAlsaceMoselle(departement) ? AlsaceMoselle
        : JoursFeries.AbolitionDeLEsclavage(departement, 2000) is not null ? new CalendrierOuvre(false, [], departement)
        : Metropole;

    /// <summary>Le calendrier légal de la commune (celui de son département, voir <see cref="PourDepartement"/>).</summary>
    /// <param name="commune">La commune.</param>
    /// <returns>Le calendrier.</returns>
    public static CalendrierOuvre PourCommune(Territoires.CodeCommune commune) => PourDepartement(commune.EstDefini ? commune.Departement : null);

    /// <summary>Le département d'outre-mer dont le calendrier compte le jour de l'abolition de l'esclavage, ou <see langword="null"/>.</summary>
    public string? Departement { get; }

    /// <summary>Le calendrier compte-t-il les jours fériés propres à l'Alsace-Moselle ?</summary>
    public bool EstAlsaceMoselle { get; }

    /// <summary>Les jours de fermeture propres à l'organisme, en plus des jours fériés, par date croissante.</summary>
    public ImmutableArray<LocalDate> Fermetures { get; }

    /// <summary>Le libellé du calendrier, pour les explications (« du lundi au vendredi, hors jours fériés… »).</summary>
    public string Libelle
    {
        get
        {
            var libelle = EstAlsaceMoselle
                ? "du lundi au vendredi, hors jours fériés (Code du travail, L3133-1) et jours fériés d'Alsace-Moselle (L3134-13)"
                : Departement is not null
                    ? $"du lundi au vendredi, hors jours fériés (Code du travail, L3133-1) et abolition de l'esclavage ({Departement}, loi n° 83-550 du 30 juin 1983)"
                    : "du lundi au vendredi, hors jours fériés (Code du travail, L3133-1)";
            return Fermetures.IsEmpty
                ? libelle
                : string.Create(CultureInfo.InvariantCulture, $"{libelle} et {Fermetures.Length} jour(s) de fermeture");
        }
    }

    /// <summary>Un calendrier avec des jours de fermeture en plus (par exemple les ponts d'une Caf).</summary>
    /// <param name="jours">Les jours de fermeture ajoutés (les doublons et les jours déjà fermés sont admis).</param>
    /// <returns>Le nouveau calendrier ; celui-ci est inchangé.</returns>
    public CalendrierOuvre AvecFermetures(IEnumerable<LocalDate> jours)
    {
        Preconditions.CheckNotNull(jours);
        return new CalendrierOuvre(EstAlsaceMoselle, [.. Fermetures.Concat(jours).Distinct().Order()], Departement);
    }

    /// <summary>La date est-elle un jour férié de ce calendrier ?</summary>
    /// <param name="date">La date.</param>
    /// <returns><see langword="true"/> pour un jour férié légal (selon <see cref="EstAlsaceMoselle"/>).</returns>
    public bool EstFerie(LocalDate date) => Departement is null ? JoursFeries.EstFerie(date, EstAlsaceMoselle) : JoursFeries.EstFerie(date, Departement);

    /// <summary>La date est-elle un jour ouvré ?</summary>
    /// <param name="date">La date.</param>
    /// <returns><see langword="true"/> du lundi au vendredi, hors jour férié et hors jour de fermeture.</returns>
    public bool EstOuvre(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !EstFerie(date) && !_fermetures.Contains(date);

    /// <summary>Le premier jour ouvré à partir d'une date, elle comprise.</summary>
    /// <param name="date">La date.</param>
    /// <returns>La date elle-même si elle est ouvrée, sinon le jour ouvré suivant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Aucun jour ouvré avant la fin du calendrier (31/12/9999) : voir
    /// <see cref="TryJourOuvreAPartirDe"/>.</exception>
    public LocalDate JourOuvreAPartirDe(LocalDate date) =>
        TryJourOuvreAPartirDe(date, out var jour) ? jour : throw HorsCalendrier(nameof(date), date);

    /// <summary>Le premier jour ouvré à partir d'une date, elle comprise, sans sortir du calendrier.</summary>
    /// <param name="date">La date.</param>
    /// <param name="jour">Le jour ouvré trouvé.</param>
    /// <returns><see langword="false"/> s'il n'y a plus de jour ouvré avant le 31/12/9999 (<see cref="LocalDate.MaxIsoValue"/>).</returns>
    public bool TryJourOuvreAPartirDe(LocalDate date, out LocalDate jour)
    {
        LocalDate? courant = date;
        while (courant is { } c && !EstOuvre(c))
        {
            courant = c.PlusJoursOuNull(1);
        }

        jour = courant.GetValueOrDefault();
        return courant.HasValue;
    }

    /// <summary>Le premier jour ouvré strictement après une date.</summary>
    /// <param name="date">La date.</param>
    /// <returns>Le jour ouvré suivant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Aucun jour ouvré après la date dans le calendrier (31/12/9999) :
    /// voir <see cref="TryJourOuvreSuivant"/>.</exception>
    public LocalDate JourOuvreSuivant(LocalDate date) =>
        TryJourOuvreSuivant(date, out var jour) ? jour : throw HorsCalendrier(nameof(date), date);

    /// <summary>Le premier jour ouvré strictement après une date, sans sortir du calendrier.</summary>
    /// <param name="date">La date.</param>
    /// <param name="jour">Le jour ouvré trouvé.</param>
    /// <returns><see langword="false"/> s'il n'y a plus de jour ouvré après la date avant le 31/12/9999.</returns>
    public bool TryJourOuvreSuivant(LocalDate date, out LocalDate jour)
    {
        jour = default;
        return date.PlusJoursOuNull(1) is { } lendemain && TryJourOuvreAPartirDe(lendemain, out jour);
    }

    /// <summary>Le dernier jour ouvré au plus tard à une date, elle comprise.</summary>
    /// <param name="date">La date.</param>
    /// <returns>La date elle-même si elle est ouvrée, sinon le jour ouvré précédent.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Aucun jour ouvré depuis le début du calendrier
    /// (<see cref="LocalDate.MinIsoValue"/>) : voir <see cref="TryDernierJourOuvreAuPlusTard"/>.</exception>
    public LocalDate DernierJourOuvreAuPlusTard(LocalDate date) =>
        TryDernierJourOuvreAuPlusTard(date, out var jour) ? jour : throw HorsCalendrier(nameof(date), date);

    /// <summary>Le dernier jour ouvré au plus tard à une date, elle comprise, sans sortir du calendrier.</summary>
    /// <param name="date">La date.</param>
    /// <param name="jour">Le jour ouvré trouvé.</param>
    /// <returns><see langword="false"/> s'il n'y a aucun jour ouvré entre le début du calendrier
    /// (<see cref="LocalDate.MinIsoValue"/>) et la date.</returns>
    public bool TryDernierJourOuvreAuPlusTard(LocalDate date, out LocalDate jour)
    {
        LocalDate? courant = date;
        while (courant is { } c && !EstOuvre(c))
        {
            courant = c.PlusJoursOuNull(-1);
        }

        jour = courant.GetValueOrDefault();
        return courant.HasValue;
    }

    /// <summary>Ajoute des jours ouvrés à une date : le <paramref name="jours"/>-ième jour ouvré après elle.</summary>
    /// <param name="date">La date de départ (ouvrée ou non).</param>
    /// <param name="jours">Le nombre de jours ouvrés, positif ou nul ; 0 rend la date elle-même.</param>
    /// <returns>La date obtenue.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Nombre de jours négatif, ou date obtenue au-delà du calendrier
    /// (31/12/9999) : voir <see cref="TryAjouterJoursOuvres"/>.</exception>
    public LocalDate AjouterJoursOuvres(LocalDate date, int jours) =>
        TryAjouterJoursOuvres(date, jours, out var resultat) ? resultat : throw HorsCalendrier(nameof(date), date);

    /// <summary>Ajoute des jours ouvrés à une date sans sortir du calendrier.</summary>
    /// <param name="date">La date de départ (ouvrée ou non).</param>
    /// <param name="jours">Le nombre de jours ouvrés, positif ou nul ; 0 rend la date elle-même.</param>
    /// <param name="resultat">La date obtenue.</param>
    /// <returns><see langword="false"/> si le <paramref name="jours"/>-ième jour ouvré tomberait après le 31/12/9999.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Nombre de jours négatif.</exception>
    public bool TryAjouterJoursOuvres(LocalDate date, int jours, out LocalDate resultat)
    {
        Preconditions.CheckArgumentRange(nameof(jours), jours, 0, int.MaxValue);
        resultat = date;
        for (var i = 0; i < jours; i++)
        {
            if (!TryJourOuvreSuivant(resultat, out resultat))
            {
                return false;
            }
        }

        return true;
    }

    private static ArgumentOutOfRangeException HorsCalendrier(string parametre, LocalDate date) =>
        new(parametre, date, $"Le jour ouvré cherché tomberait hors du calendrier ({Dates.FormaterIso(LocalDate.MinIsoValue)} – {Dates.FormaterIso(LocalDate.MaxIsoValue)}).");

    /// <inheritdoc/>
    public override string ToString() => Libelle;
}
