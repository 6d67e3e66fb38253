using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Activite;

/// <summary>
/// Le journal d'activité du travail social d'une Caf sur une période : des entrées datées et validées, à partir
/// desquelles le bilan est calculé.
/// </summary>
/// <remarks>
/// <para>Invariant : toute entrée du journal est datée dans sa <see cref="Periode"/>. Une entrée hors période est
/// refusée avec l'erreur <c>activite.entree.hors_periode</c> (le journal est alors inchangé) : rien n'est compté en
/// silence. Les saisies à motif inconnu sont refusées dès leur création (<c>activite.motif.inconnu</c>) et ne peuvent
/// donc pas entrer au journal.</para>
/// <para>Le journal est immuable : <see cref="Ajouter(EntreeJournal)"/> renvoie un nouveau journal (copie des entrées :
/// pour charger une année, préférer <see cref="Create"/> en une fois).</para>
/// </remarks>
public sealed class Journal
{
    private Journal(DateInterval periode, ImmutableArray<EntreeJournal> entrees)
    {
        Periode = periode;
        Entrees = entrees;
    }

    /// <summary>La période couverte par le journal (bornes incluses).</summary>
    public DateInterval Periode { get; }

    /// <summary>Les entrées, dans l'ordre où elles ont été ajoutées.</summary>
    public ImmutableArray<EntreeJournal> Entrees { get; }

    /// <summary>Les codes des secteurs présents dans le journal, triés.</summary>
    public IReadOnlyList<string> Secteurs => [.. Entrees.Select(e => e.Secteur).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Un journal vide sur une période.</summary>
    /// <param name="periode">La période couverte.</param>
    /// <returns>Le journal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periode"/> est nulle.</exception>
    public static Journal Vide(DateInterval periode) => new(Preconditions.CheckNotNull(periode), []);

    /// <summary>Un journal vide sur une année civile.</summary>
    /// <param name="annee">L'année.</param>
    /// <returns>Le journal, du 1er janvier au 31 décembre.</returns>
    /// <exception cref="ArgumentOutOfRangeException">L'année est hors du calendrier (-9998 à 9999).</exception>
    public static Journal Vide(int annee) => Vide(Annee(annee));

    /// <summary>Crée un journal à partir d'entrées ; toutes les entrées hors période sont signalées en une fois.</summary>
    /// <param name="periode">La période couverte.</param>
    /// <param name="entrees">Les entrées.</param>
    /// <returns>Le journal, ou les erreurs <c>activite.entree.hors_periode</c> (chemin <c>$[i]</c> : rang de l'entrée).</returns>
    public static Resultat<Journal> Create(DateInterval periode, IEnumerable<EntreeJournal> entrees)
    {
        Preconditions.CheckNotNull(periode);
        var liste = Preconditions.CheckNotNull(entrees).ToImmutableArray();
        var erreurs = new List<Erreur>();
        for (var i = 0; i < liste.Length; i++)
        {
            Preconditions.CheckArgument(liste[i] is not null, nameof(entrees), "Une entrée du journal ne peut être nulle.");
            if (!periode.Contains(liste[i].Date))
            {
                erreurs.Add(HorsPeriode(liste[i], periode).AuChemin(string.Create(CultureInfo.InvariantCulture, $"$[{i}]")));
            }
        }

        return erreurs.Count > 0 ? Resultat<Journal>.Echec(erreurs) : new Journal(periode, liste);
    }

    /// <summary>Ajoute une entrée au journal.</summary>
    /// <param name="entree">L'entrée.</param>
    /// <returns>Le nouveau journal, ou l'erreur <c>activite.entree.hors_periode</c> (ce journal-ci est inchangé).</returns>
    public Resultat<Journal> Ajouter(EntreeJournal entree)
    {
        Preconditions.CheckNotNull(entree);
        return Periode.Contains(entree.Date)
            ? new Journal(Periode, Entrees.Add(entree))
            : Resultat<Journal>.Echec(HorsPeriode(entree, Periode));
    }

    /// <summary>Ajoute une saisie au journal : ses erreurs de saisie (motif inconnu…) sont propagées.</summary>
    /// <typeparam name="T">Le type d'entrée.</typeparam>
    /// <param name="saisie">Le résultat de la création de l'entrée (<c>Intervention.Create</c>…).</param>
    /// <returns>Le nouveau journal, ou les erreurs (ce journal-ci est inchangé).</returns>
    public Resultat<Journal> Ajouter<T>(Resultat<T> saisie)
        where T : EntreeJournal => Preconditions.CheckNotNull(saisie).Bind(e => Ajouter(e));

    /// <summary>Vérifie que chaque entrée est rattachée à un secteur de la carte : le code de secteur d'une entrée est le
    /// nom du secteur (<see cref="Territoires.Secteur.Nom"/>).</summary>
    /// <param name="carte">La carte des secteurs du département.</param>
    /// <returns>Ce journal, ou une erreur <c>activite.secteur.inconnu</c> par entrée dont le secteur n'est pas dans la
    /// carte (chemin <c>$[i]</c> : rang de l'entrée).</returns>
    public Resultat<Journal> VerifierSecteurs(Territoires.CarteDesSecteurs carte)
    {
        Preconditions.CheckNotNull(carte);
        var noms = carte.Secteurs.Select(s => s.Nom).ToHashSet(StringComparer.Ordinal);
        var erreurs = new List<Erreur>();
        for (var i = 0; i < Entrees.Length; i++)
        {
            if (!noms.Contains(Entrees[i].Secteur))
            {
                erreurs.Add(new Erreur(
                    "activite.secteur.inconnu",
                    "secteur",
                    Entrees[i].Secteur,
                    $"Secteur absent de la carte des secteurs ({string.Join(", ", noms.Order(StringComparer.Ordinal))}) : l'entrée « {Entrees[i].Nature} » ne peut être rattachée.",
                    chemin: string.Create(CultureInfo.InvariantCulture, $"$[{i}]")));
            }
        }

        return erreurs.Count > 0 ? Resultat<Journal>.Echec(erreurs) : this;
    }

    /// <summary>Les chiffres du département (tous secteurs) sur une période incluse dans celle du journal.</summary>
    /// <param name="periode">La période.</param>
    /// <returns>Les chiffres, ou l'erreur <c>activite.periode.hors_journal</c>.</returns>
    public Resultat<ChiffresDActivite> Chiffres(DateInterval periode) => Chiffres(periode, null);

    /// <summary>Les chiffres d'un secteur sur une période incluse dans celle du journal.</summary>
    /// <param name="periode">La période.</param>
    /// <param name="secteur">Le code du secteur ; <see langword="null"/> pour le département.</param>
    /// <returns>Les chiffres, ou l'erreur <c>activite.periode.hors_journal</c>.</returns>
    public Resultat<ChiffresDActivite> Chiffres(DateInterval periode, string? secteur)
    {
        Preconditions.CheckNotNull(periode);
        if (!Couvre(periode))
        {
            return Resultat<ChiffresDActivite>.Echec(new Erreur(
                "activite.periode.hors_journal",
                "periode",
                FormaterIso(periode),
                $"La période demandée ({Formater(periode)}) n'est pas incluse dans celle du journal ({Formater(Periode)})."));
        }

        var compteurs = new Compteurs();
        foreach (var e in Entrees)
        {
            if (periode.Contains(e.Date) && (secteur is null || e.Secteur == secteur))
            {
                e.Compter(compteurs);
            }
        }

        return ChiffresDActivite.Depuis(compteurs);
    }

    /// <summary>Les aides versées inscrites au journal sur une période, pour un secteur ou tous.</summary>
    internal IEnumerable<Caf.Accompagnement.Aides.AideVersee> AidesVersees(DateInterval periode, string? secteur) =>
        Entrees.OfType<VersementDAide>().Where(v => periode.Contains(v.Date) && (secteur is null || v.Secteur == secteur)).Select(v => v.Aide);

    /// <summary><see langword="true"/> si la période est incluse dans celle du journal.</summary>
    /// <param name="periode">La période.</param>
    /// <returns>Le résultat.</returns>
    public bool Couvre(DateInterval periode) =>
        Periode.Contains(Preconditions.CheckNotNull(periode).Start) && Periode.Contains(periode.End);

    /// <summary>Résumé : période et nombre d'entrées.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"Journal d'activité {Formater(Periode)} : {Entrees.Length} entrées";

    internal static DateInterval Annee(int annee) => new(new LocalDate(annee, 1, 1), new LocalDate(annee, 12, 31));

    /// <summary>L'année civile, ou l'erreur <c>activite.periode.calendrier</c> (champ <c>annee</c>) hors du calendrier (-9998 à 9999).</summary>
    internal static Resultat<DateInterval> AnneeOuErreur(int annee) =>
        annee >= LocalDate.MinIsoValue.Year && annee <= LocalDate.MaxIsoValue.Year
            ? Annee(annee)
            : Resultat<DateInterval>.Echec(new Erreur("activite.periode.calendrier", "annee", annee.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"L'année est hors du calendrier ({LocalDate.MinIsoValue.Year} à {LocalDate.MaxIsoValue.Year}).")));

    internal static string Formater(DateInterval periode) => $"du {Dates.Formater(periode.Start)} au {Dates.Formater(periode.End)}";

    internal static string FormaterIso(DateInterval periode) => $"{Dates.FormaterIso(periode.Start)}/{Dates.FormaterIso(periode.End)}";

    private static Erreur HorsPeriode(EntreeJournal entree, DateInterval periode) => new(
        "activite.entree.hors_periode",
        "date",
        Dates.FormaterIso(entree.Date),
        $"Entrée « {entree.Nature} » datée du {Dates.Formater(entree.Date)}, hors de la période du journal ({Formater(periode)}) : elle n'est pas comptée.");
}
