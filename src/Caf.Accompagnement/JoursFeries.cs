using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement;

/// <summary>Un jour férié : sa date et son libellé.</summary>
/// <param name="Date">La date.</param>
/// <param name="Libelle">Le libellé (« Lundi de Pâques »).</param>
/// <remarks><c>default</c> : le 01/01/0001, libellé vide (<see cref="string.Empty"/>, jamais <see langword="null"/>).</remarks>
public readonly record struct JourFerie(LocalDate Date, string Libelle)
{
    /// <inheritdoc/>
    public override string ToString() =>
        _libelle is null ? "(non défini)" : $"{Libelle}, le {Dates.Formater(Date)}";

    private readonly string? _libelle = Libelle;

    /// <summary>Le nom du jour férié (vide pour <c>default</c>).</summary>
    public string Libelle
    {
        get => _libelle ?? string.Empty;
        init => _libelle = value;
    }
}

/// <summary>
/// Les jours fériés légaux en France : les onze fêtes légales du Code du travail (article L3133-1) et, en Alsace-Moselle
/// (Bas-Rhin, Haut-Rhin, Moselle), le Vendredi saint et le 26 décembre (article L3134-13).
/// </summary>
/// <remarks>
/// <para>Fêtes légales (L3133-1) : 1er janvier, lundi de Pâques, 1er mai, 8 mai, Ascension (Pâques + 39 jours), lundi de
/// Pentecôte (Pâques + 50 jours), 14 juillet, 15 août (Assomption), 1er novembre (Toussaint), 11 novembre, 25 décembre
/// (Noël). La liste en vigueur est appliquée à toutes les années, sans son histoire.</para>
/// <para>Outre-mer (départements et régions d'outre-mer) : la commémoration de l'abolition de l'esclavage est un jour
/// férié (loi n° 83-550 du 30 juin 1983 ; Code du travail, L3422-2), à la date fixée par le décret n° 83-1003 du
/// 23 novembre 1983 modifié : Guadeloupe (971) 27 mai, Martinique (972) 22 mai, Guyane (973) 10 juin, La Réunion (974)
/// 20 décembre, Mayotte (976) 27 avril (ajoutée par le décret n° 2012-553 du 23 avril 2012). Voir
/// <see cref="AbolitionDeLEsclavage"/> et <see cref="DuDepartement"/>.</para>
/// <para>Le dimanche de Pâques est calculé par l'algorithme grégorien anonyme publié par Meeus (algorithme de
/// Meeus/Jones/Butcher), valable pour toute année du calendrier grégorien (1583 et après).</para>
/// </remarks>
public static class JoursFeries
{
    /// <summary>Première année prise en charge (calendrier grégorien).</summary>
    public const int PremiereAnnee = 1583;

    /// <summary>Dernière année prise en charge (limite de <see cref="LocalDate"/> dans le calendrier ISO).</summary>
    public const int DerniereAnnee = 9998;

    /// <summary>Le dimanche de Pâques d'une année (algorithme de Meeus/Jones/Butcher).</summary>
    /// <param name="annee">L'année, de <see cref="PremiereAnnee"/> à <see cref="DerniereAnnee"/>.</param>
    /// <returns>La date du dimanche de Pâques.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Année hors du calendrier grégorien pris en charge.</exception>
    public static LocalDate Paques(int annee)
    {
        Preconditions.CheckArgumentRange(nameof(annee), annee, PremiereAnnee, DerniereAnnee);
        var (mois, jour) = MoisEtJourDePaques(annee);
        return new LocalDate(annee, mois, jour);
    }

    /// <summary>Les onze fêtes légales d'une année (L3133-1), par date croissante.</summary>
    /// <param name="annee">L'année, de <see cref="PremiereAnnee"/> à <see cref="DerniereAnnee"/>.</param>
    /// <returns>Les jours fériés.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Année hors du calendrier grégorien pris en charge.</exception>
    public static IReadOnlyList<JourFerie> Metropole(int annee) => DeLAnnee(annee, alsaceMoselle: false);

    /// <summary>Les jours fériés d'Alsace-Moselle d'une année : les onze fêtes légales, le Vendredi saint et le 26 décembre (L3134-13), par date croissante.</summary>
    /// <param name="annee">L'année, de <see cref="PremiereAnnee"/> à <see cref="DerniereAnnee"/>.</param>
    /// <returns>Les jours fériés.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Année hors du calendrier grégorien pris en charge.</exception>
    public static IReadOnlyList<JourFerie> AlsaceMoselle(int annee) => DeLAnnee(annee, alsaceMoselle: true);

    /// <summary>
    /// Le jour férié de la commémoration de l'abolition de l'esclavage d'un département d'outre-mer (loi n° 83-550 du
    /// 30 juin 1983 ; décret n° 83-1003 du 23 novembre 1983 modifié).
    /// </summary>
    /// <param name="departement">Le code du département : <c>971</c> Guadeloupe, <c>972</c> Martinique, <c>973</c> Guyane,
    /// <c>974</c> La Réunion, <c>976</c> Mayotte.</param>
    /// <param name="annee">L'année, de <see cref="PremiereAnnee"/> à <see cref="DerniereAnnee"/>.</param>
    /// <returns>Le jour férié, ou <see langword="null"/> pour un autre département.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Année hors du calendrier grégorien pris en charge.</exception>
    public static JourFerie? AbolitionDeLEsclavage(string? departement, int annee)
    {
        Preconditions.CheckArgumentRange(nameof(annee), annee, PremiereAnnee, DerniereAnnee);
        return MoisEtJourDAbolition(departement) is { } d ? new JourFerie(new LocalDate(annee, d.Mois, d.Jour), "Abolition de l'esclavage") : null;
    }

    /// <summary>
    /// Les jours fériés d'un département, par date croissante : les onze fêtes légales, plus le Vendredi saint et le
    /// 26 décembre en Moselle (57), Bas-Rhin (67) et Haut-Rhin (68), plus l'abolition de l'esclavage dans les
    /// départements d'outre-mer (971, 972, 973, 974, 976).
    /// </summary>
    /// <param name="departement">Le code du département (<see cref="Territoires.CodeCommune.Departement"/>).</param>
    /// <param name="annee">L'année, de <see cref="PremiereAnnee"/> à <see cref="DerniereAnnee"/>.</param>
    /// <returns>Les jours fériés.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Année hors du calendrier grégorien pris en charge.</exception>
    public static IReadOnlyList<JourFerie> DuDepartement(string? departement, int annee)
    {
        var jours = DeLAnnee(annee, EstAlsaceMoselle(departement));
        if (AbolitionDeLEsclavage(departement, annee) is { } abolition)
        {
            jours.Add(abolition);
            jours.Sort((a, b) => a.Date.CompareTo(b.Date));
        }

        return jours;
    }

    /// <summary>Le département est-il en Alsace-Moselle (Moselle 57, Bas-Rhin 67, Haut-Rhin 68) ?</summary>
    /// <param name="departement">Le code du département.</param>
    /// <returns><see langword="true"/> pour 57, 67 et 68.</returns>
    public static bool EstAlsaceMoselle(string? departement) => departement is "57" or "67" or "68";

    /// <summary>La date est-elle un jour férié d'un département (voir <see cref="DuDepartement"/>) ?</summary>
    /// <param name="date">La date.</param>
    /// <param name="departement">Le code du département.</param>
    /// <returns><see langword="true"/> pour un jour férié ; toujours <see langword="false"/> hors des années prises en charge.</returns>
    public static bool EstFerie(LocalDate date, string? departement) =>
        EstFerie(date, EstAlsaceMoselle(departement))
        || (date.Year is >= PremiereAnnee and <= DerniereAnnee && MoisEtJourDAbolition(departement) is { } d && date.Month == d.Mois && date.Day == d.Jour);

    // Décret n° 83-1003 du 23 novembre 1983, article unique, modifié (Mayotte : décret n° 2012-553 du 23 avril 2012).
    private static (int Mois, int Jour)? MoisEtJourDAbolition(string? departement) => departement switch
    {
        "971" => (5, 27),
        "972" => (5, 22),
        "973" => (6, 10),
        "974" => (12, 20),
        "976" => (4, 27),
        _ => null,
    };

    /// <summary>La date est-elle un jour férié ?</summary>
    /// <param name="date">La date.</param>
    /// <param name="alsaceMoselle">Ajouter le Vendredi saint et le 26 décembre (L3134-13).</param>
    /// <returns><see langword="true"/> pour un jour férié ; toujours <see langword="false"/> hors des années prises en charge.</returns>
    public static bool EstFerie(LocalDate date, bool alsaceMoselle = false)
    {
        var annee = date.Year;
        if (annee is < PremiereAnnee or > DerniereAnnee)
        {
            return false;
        }

        switch ((date.Month, date.Day))
        {
            case (1, 1) or (5, 1) or (5, 8) or (7, 14) or (8, 15) or (11, 1) or (11, 11) or (12, 25):
                return true;
            case (12, 26):
                return alsaceMoselle;
            case (3 or 4 or 5 or 6, _):
                var (mois, jour) = MoisEtJourDePaques(annee);
                var ecart = date.ToDateOnly().DayNumber - new DateOnly(annee, mois, jour).DayNumber;
                return ecart is 1 or 39 or 50 || (alsaceMoselle && ecart == -2);
            default:
                return false;
        }
    }

    private static List<JourFerie> DeLAnnee(int annee, bool alsaceMoselle)
    {
        var paques = Paques(annee);
        var jours = new List<JourFerie>
        {
            new(new LocalDate(annee, 1, 1), "Jour de l'an"),
            new(paques.PlusDays(1), "Lundi de Pâques"),
            new(new LocalDate(annee, 5, 1), "Fête du travail"),
            new(new LocalDate(annee, 5, 8), "Victoire 1945"),
            new(paques.PlusDays(39), "Ascension"),
            new(paques.PlusDays(50), "Lundi de Pentecôte"),
            new(new LocalDate(annee, 7, 14), "Fête nationale"),
            new(new LocalDate(annee, 8, 15), "Assomption"),
            new(new LocalDate(annee, 11, 1), "Toussaint"),
            new(new LocalDate(annee, 11, 11), "Armistice 1918"),
            new(new LocalDate(annee, 12, 25), "Noël"),
        };
        if (alsaceMoselle)
        {
            jours.Add(new(paques.PlusDays(-2), "Vendredi saint"));
            jours.Add(new(new LocalDate(annee, 12, 26), "Saint-Étienne"));
        }

        jours.Sort((a, b) => a.Date.CompareTo(b.Date));
        return jours;
    }

    // Algorithme grégorien anonyme (Meeus, Astronomical Algorithms, 1991 ; Jones 1876 ; Butcher 1876).
    private static (int Mois, int Jour) MoisEtJourDePaques(int annee)
    {
        var a = annee % 19;
        var b = annee / 100;
        var c = annee % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var n = h + l - (7 * m) + 114;
        return (n / 31, (n % 31) + 1);
    }
}
