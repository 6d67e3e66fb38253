using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Caf.Accompagnement;

/// <summary>Outils de dates du domaine : âges exacts, formats français et ISO.</summary>
/// <remarks>
/// <para>L'âge est l'âge civil révolu à la date de référence, calculé par l'arithmétique des périodes de NodaTime
/// (<see cref="Period.Between(LocalDate, LocalDate, PeriodUnits)"/>) : un enfant né le 30/06/2016 a 6 ans le
/// 30/06/2022.</para>
/// <para>Personne née un 29 février : les années non bissextiles, l'anniversaire tombe le 28 février (NodaTime ajoute
/// une année au 29 février en tronquant au 28). Né le 29/02/2020, on a 1 an le 28/02/2021, 0 an le 27/02/2021 ;
/// 4 ans le 29/02/2024.</para>
/// </remarks>
public static class Dates
{
    private static readonly LocalDatePattern Francais = LocalDatePattern.Create("dd/MM/uuuu", CultureInfo.InvariantCulture);

    /// <summary>L'âge civil révolu, en années, à une date de référence.</summary>
    /// <param name="naissance">La date de naissance.</param>
    /// <param name="reference">La date de référence.</param>
    /// <returns>L'âge en années (négatif si la référence précède la naissance).</returns>
    public static int AgeEnAnnees(LocalDate naissance, LocalDate reference)
    {
        var ans = Period.Between(naissance, reference, PeriodUnits.Years).Years;

        // NodaTime tronque vers zéro : avant la naissance, une année entamée compte déjà (né demain : -1, pas 0).
        return naissance.PlusYears(ans) > reference ? ans - 1 : ans;
    }

    /// <summary>
    /// La dernière date de naissance possible pour avoir au moins <paramref name="ans"/> ans révolus à la date de
    /// référence : <c>AgeEnAnnees(n, r) ≥ ans</c> si et seulement si <c>n ≤ NeAuPlusTardLe(r, ans)</c>.
    /// </summary>
    /// <param name="reference">La date de référence.</param>
    /// <param name="ans">L'âge, en années (positif ou nul).</param>
    /// <returns>La date limite de naissance.</returns>
    /// <remarks>Sert à résoudre une fois par traitement en masse une condition d'âge en comparaison de dates.</remarks>
    public static LocalDate NeAuPlusTardLe(LocalDate reference, int ans)
    {
        if (ans == 0)
        {
            // Zéro an révolu : né au plus tard le jour même (sans calculer le lendemain, qui au 31/12/9999 n'existe pas).
            return reference;
        }

        var candidate = reference.PlusYears(-ans);

        // Cas du 29 février : avec la troncature de NodaTime, la naissance au 29/02 atteint l'âge le 28/02.
        // On vérifie donc la date suivante, qui peut encore convenir.
        var suivante = candidate.PlusDays(1);
        return AgeEnAnnees(suivante, reference) >= ans ? suivante : candidate;
    }

    /// <summary>Format français <c>jj/mm/aaaa</c>.</summary>
    /// <param name="date">La date.</param>
    /// <returns>Le texte.</returns>
    public static string Formater(LocalDate date) => Francais.Format(date);

    /// <summary>Format ISO <c>aaaa-mm-jj</c>.</summary>
    /// <param name="date">La date.</param>
    /// <returns>Le texte.</returns>
    public static string FormaterIso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Lit une date au format ISO (<c>2022-06-30</c>) ou français (<c>30/06/2022</c>).</summary>
    /// <param name="texte">Le texte.</param>
    /// <param name="champ">Nom du champ, pour l'erreur.</param>
    /// <returns>La date, ou l'erreur <c>date.format</c> qui cite la valeur.</returns>
    public static Resultat<LocalDate> Create(string? texte, string champ = "date")
    {
        var t = texte?.Trim();
        if (!string.IsNullOrEmpty(t))
        {
            var iso = LocalDatePattern.Iso.Parse(t);
            if (iso.Success)
            {
                return iso.Value;
            }

            var fr = Francais.Parse(t);
            if (fr.Success)
            {
                return fr.Value;
            }
        }

        return Resultat<LocalDate>.Echec(new Erreur("date.format", champ, texte, "Date illisible : attendu aaaa-mm-jj ou jj/mm/aaaa."));
    }
}
