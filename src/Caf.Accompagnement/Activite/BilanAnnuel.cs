using System.Globalization;
using System.Text;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Activite;

/// <summary>
/// Le bilan d'activité du travail social d'une Caf pour une année ou toute autre période, calculé à partir du
/// journal : interventions et leur évolution, nouvelles demandes par motif, rendez-vous liés à la séparation tenus,
/// séances collectives, contrats signés, aides individuelles par catégorie, type et forme ; le même bilan par secteur.
/// </summary>
/// <remarks>
/// <para>Le modèle est le bilan 2022 de l'accompagnement social de la Caf des Landes (« 2243 interventions, soit +19 %
/// par rapport à 2021 ; 3310 nouvelles demandes dont 1950 pour la parentalité… »). La période précédente est la même
/// période décalée d'un an ; ses chiffres viennent du journal s'il la couvre, ou d'un journal précédent.</para>
/// <para>Rendu en texte français (<see cref="EnTexte"/>), en Markdown (<see cref="EnMarkdown"/>) et exporté en CSV
/// (<see cref="EcrireCsv(TextWriter)"/>, un compteur par ligne, pour le département et chaque secteur).</para>
/// </remarks>
public sealed partial class BilanAnnuel
{
    /// <summary>Le périmètre du département dans l'export CSV.</summary>
    public const string PerimetreDepartement = "DEPARTEMENT";

    private readonly IReadOnlyDictionary<string, TypeDAide> _typesDAide;

    private BilanAnnuel(
        DateInterval periode,
        ChiffresDActivite chiffres,
        DateInterval? periodePrecedente,
        ChiffresDActivite? chiffresPrecedents,
        IReadOnlyList<BilanDeSecteur> secteurs,
        BilanDesAides aides,
        BilanDesAides? aidesPrecedentes,
        IReadOnlyDictionary<string, TypeDAide> typesDAide)
    {
        _typesDAide = typesDAide;
        Aides = aides;
        AidesPrecedentes = aidesPrecedentes;
        Periode = periode;
        Chiffres = chiffres;
        PeriodePrecedente = periodePrecedente;
        ChiffresPrecedents = chiffresPrecedents;
        Secteurs = secteurs;
    }

    /// <summary>La période du bilan.</summary>
    public DateInterval Periode { get; }

    /// <summary>Les chiffres du département sur la période.</summary>
    public ChiffresDActivite Chiffres { get; }

    /// <summary>La période précédente (la même, un an plus tôt), ou <see langword="null"/> si ses chiffres ne sont pas connus.</summary>
    public DateInterval? PeriodePrecedente { get; }

    /// <summary>Les chiffres du département sur la période précédente, ou <see langword="null"/>.</summary>
    public ChiffresDActivite? ChiffresPrecedents { get; }

    /// <summary>Le bilan des aides de la période, calculé par le module des aides (<see cref="BilanDesAides.Calculer"/>)
    /// sur les aides versées inscrites au journal : par type, par catégorie et par forme.</summary>
    public BilanDesAides Aides { get; }

    /// <summary>Le bilan des aides de la période précédente, ou <see langword="null"/>.</summary>
    public BilanDesAides? AidesPrecedentes { get; }

    /// <summary>Le bilan de chaque secteur présent au journal, trié par code.</summary>
    public IReadOnlyList<BilanDeSecteur> Secteurs { get; }

    /// <summary>L'évolution du nombre d'interventions en pourcentage arrondi, ou <see langword="null"/> sans chiffre précédent.</summary>
    public int? EvolutionDesInterventions =>
        ChiffresPrecedents is { } p ? Evolution.PourcentageArrondi(Chiffres.Interventions, p.Interventions) : null;

    /// <summary>Établit le bilan d'une année civile.</summary>
    /// <param name="journal">Le journal (il doit couvrir l'année).</param>
    /// <param name="annee">L'année.</param>
    /// <param name="journalPrecedent">Un journal de l'année précédente, si le journal ne la couvre pas.</param>
    /// <returns>Le bilan, ou l'erreur <c>activite.periode.hors_journal</c>, ou <c>activite.periode.calendrier</c> pour
    /// une année hors du calendrier (-9998 à 9999).</returns>
    public static Resultat<BilanAnnuel> Etablir(Journal journal, int annee, Journal? journalPrecedent = null)
    {
        Preconditions.CheckNotNull(journal);
        var periode = Journal.AnneeOuErreur(annee);
        return periode.TryGetValue(out var p) ? Etablir(journal, p, journalPrecedent) : Resultat<BilanAnnuel>.Echec(periode.AsT1);
    }

    /// <summary>Établit le bilan d'une période quelconque.</summary>
    /// <param name="journal">Le journal (il doit couvrir la période).</param>
    /// <param name="periode">La période.</param>
    /// <param name="journalPrecedent">Un journal qui couvre la période précédente (la même, un an plus tôt), si le
    /// journal ne la couvre pas ; sans lui, le bilan n'a pas de comparaison. Une période précédente qui sortirait du
    /// calendrier (avant l'an -9998) n'existe pas : pas de comparaison.</param>
    /// <returns>Le bilan, ou l'erreur <c>activite.periode.hors_journal</c>.</returns>
    public static Resultat<BilanAnnuel> Etablir(Journal journal, DateInterval periode, Journal? journalPrecedent = null)
    {
        Preconditions.CheckNotNull(journal);
        Preconditions.CheckNotNull(periode);
        return journal.Chiffres(periode).Select(chiffres =>
        {
            var precedente = periode.Start.PlusMoisOuNull(-12) is { } debut && periode.End.PlusMoisOuNull(-12) is { } fin ? new DateInterval(debut, fin) : null;
            var source = precedente is null ? null : journal.Couvre(precedente) ? journal : journalPrecedent is not null && journalPrecedent.Couvre(precedente) ? journalPrecedent : null;
            var chiffresPrecedents = source?.Chiffres(precedente!).Valeur;
            var codes = journal.Entrees.Where(e => periode.Contains(e.Date)).Select(e => e.Secteur)
                .Concat(source?.Entrees.Where(e => precedente!.Contains(e.Date)).Select(e => e.Secteur) ?? [])
                .Distinct()
                .Order(StringComparer.Ordinal);
            var secteurs = codes
                .Select(s => new BilanDeSecteur(
                    s,
                    journal.Chiffres(periode, s).Valeur,
                    source?.Chiffres(precedente!, s).Valeur,
                    BilanDesAides.Calculer(journal.AidesVersees(periode, s))))
                .ToList();
            return new BilanAnnuel(
                periode,
                chiffres,
                source is null ? null : precedente,
                chiffresPrecedents,
                secteurs,
                BilanDesAides.Calculer(journal.AidesVersees(periode, null)),
                source is null ? null : BilanDesAides.Calculer(source.AidesVersees(precedente!, null)),
                journal.AidesVersees(periode, null).Concat(source?.AidesVersees(precedente!, null) ?? [])
                    .Select(a => a.Type).DistinctBy(t => t.Code).ToDictionary(t => t.Code, StringComparer.Ordinal));
        });
    }

    /// <summary>Le libellé d'une période : l'année pour une année civile (« 2022 »), sinon « du … au … ».</summary>
    /// <param name="periode">La période.</param>
    /// <returns>Le libellé.</returns>
    public static string Libelle(DateInterval periode)
    {
        Preconditions.CheckNotNull(periode);
        return periode.Start is { Month: 1, Day: 1 } && periode.End == new LocalDate(periode.Start.Year, 12, 31)
            ? periode.Start.Year.ToString(CultureInfo.InvariantCulture)
            : Journal.Formater(periode);
    }

    /// <summary>Le bilan du département en texte français, sur le modèle du bilan de la Caf des Landes.</summary>
    /// <returns>Le texte.</returns>
    public string EnTexte()
    {
        var sb = new StringBuilder();
        var libelle = Libelle(Periode);
        sb.Append(CultureInfo.InvariantCulture, $"Bilan d'activité du travail social — {libelle}").AppendLine().AppendLine();
        EcrireTexte(sb, Chiffres, ChiffresPrecedents, libelle, PeriodePrecedente is { } p ? Libelle(p) : null, "  • ");
        sb.AppendLine();
        EcrireAides(sb, libelle, PeriodePrecedente is { } pa ? Libelle(pa) : null);
        if (Secteurs.Count > 0)
        {
            sb.AppendLine().AppendLine("Par secteur :");
            foreach (var s in Secteurs)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  Secteur {s.Secteur} : {s.Chiffres.Interventions} interventions, {s.Chiffres.NouvellesDemandes} nouvelles demandes, {s.Chiffres.RendezVous(StatutDeRendezVous.Tenu, TypeEvenement.Separation)} rendez-vous liés à la séparation tenus, {s.Chiffres.ContratsSignes} contrats signés{ResumeAidesDeSecteur(s.Chiffres)}").AppendLine();
            }
        }

        return sb.ToString();
    }

    /// <summary>Le bilan du département et des secteurs en Markdown (tableaux) ; dans une cellule, <c>|</c> et <c>\</c>
    /// sont échappés et les fins de ligne deviennent des espaces.</summary>
    /// <returns>Le texte Markdown.</returns>
    public string EnMarkdown()
    {
        var sb = new StringBuilder();
        var libelle = Libelle(Periode);
        var libellePrecedent = PeriodePrecedente is { } pp ? Libelle(pp) : null;
        sb.Append(CultureInfo.InvariantCulture, $"# Bilan d'activité du travail social — {libelle}").AppendLine().AppendLine();
        sb.Append(CultureInfo.InvariantCulture, $"| Indicateur | {libelle} |");
        sb.Append(libellePrecedent is null ? string.Empty : $" {libellePrecedent} | Évolution |").AppendLine();
        sb.Append("|---|---:|").Append(libellePrecedent is null ? string.Empty : "---:|---:|").AppendLine();
        foreach (var (indicateur, courant, precedent) in Indicateurs(Chiffres, ChiffresPrecedents))
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {EcritureMarkdown.Cellule(indicateur)} | {EcritureMarkdown.Cellule(courant)} |");
            if (libellePrecedent is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $" {EcritureMarkdown.Cellule(precedent)} | {(long.TryParse(courant, out var c) && long.TryParse(precedent, out var p) ? Evolution.Formater(c, p) : string.Empty)} |");
            }

            sb.AppendLine();
        }

        if (Secteurs.Count > 0)
        {
            sb.AppendLine().AppendLine("## Par secteur").AppendLine();
            sb.AppendLine("| Secteur | Interventions | Nouvelles demandes | Rendez-vous séparation tenus | Séances collectives | Contrats signés | Aides versées | Montant versé |");
            sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var (nom, c) in Secteurs.Select(s => (EcritureMarkdown.Cellule(s.Secteur), s.Chiffres)).Append(("**Département**", Chiffres)))
            {
                sb.Append(CultureInfo.InvariantCulture, $"| {nom} | {c.Interventions} | {c.NouvellesDemandes} | {c.RendezVous(StatutDeRendezVous.Tenu, TypeEvenement.Separation)} | {c.SeancesCollectives} | {c.ContratsSignes} | {NombreAidesVersees(c)} | {FormaterMontant(MontantAidesVersees(c))} |").AppendLine();
            }

            EcrireAidesParSecteur(sb);
        }

        return sb.ToString();
    }

    /// <summary>Le bilan en texte français (<see cref="EnTexte"/>).</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => EnTexte();

    internal static string CodeDeRubrique(Rubrique rubrique) => rubrique switch
    {
        Rubrique.Intervention => "INTERVENTION",
        Rubrique.Demande => "DEMANDE",
        Rubrique.RendezVous => "RENDEZ_VOUS",
        Rubrique.Seance => "SEANCE",
        Rubrique.Contrat => "CONTRAT_SIGNE",
        Rubrique.AideAttribuee => "AIDE_ATTRIBUEE",
        Rubrique.AideVersee => "AIDE_VERSEE",
        _ => throw new ArgumentOutOfRangeException(nameof(rubrique)),
    };

    private static void EcrireTexte(StringBuilder sb, ChiffresDActivite c, ChiffresDActivite? p, string libelle, string? libellePrecedent, string puce)
    {
        sb.Append(CultureInfo.InvariantCulture, $"En {libelle} :").AppendLine();
        sb.Append(puce).Append(CultureInfo.InvariantCulture, $"{c.Interventions} interventions");
        if (p is not null && Evolution.PourcentageArrondi(c.Interventions, p.Interventions) is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $", soit {Evolution.Formater(c.Interventions, p.Interventions)} par rapport à {libellePrecedent}");
        }

        sb.AppendLine();
        sb.Append(puce).Append(CultureInfo.InvariantCulture, $"{c.NouvellesDemandes} nouvelles demandes");
        var parts = Motif.Toutes.Where(m => c.NouvellesDemandesPour(m) > 0)
            .Select(m => string.Create(CultureInfo.InvariantCulture, $"{c.NouvellesDemandesPour(m)} {m.Complement}"))
            .ToList();
        if (parts.Count > 0)
        {
            sb.Append(" dont ").Append(Enumerer(parts));
        }

        sb.AppendLine();
        var separation = c.RendezVous(StatutDeRendezVous.Tenu, TypeEvenement.Separation);
        sb.Append(puce).Append(CultureInfo.InvariantCulture, $"{separation} rendez-vous liés à la séparation tenus en {libelle}");
        if (p is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $" ({p.RendezVous(StatutDeRendezVous.Tenu, TypeEvenement.Separation)} en {libellePrecedent})");
        }

        var appels = c.RendezVous(StatutDeRendezVous.Tenu, TypeEvenement.Separation, OrigineDeRendezVous.AppelSortant);
        if (appels > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $", dont {appels} à la suite d'appels sortants");
        }

        sb.AppendLine();
        var seances = new List<string>();
        foreach (var theme in ThemeDeSeance.Toutes)
        {
            var presentiel = c.Seances(theme, ModaliteDeSeance.Presentiel);
            var webinaire = c.Seances(theme, ModaliteDeSeance.Webinaire);
            if (presentiel > 0)
            {
                seances.Add(string.Create(CultureInfo.InvariantCulture, $"{presentiel} infos collectives en présentiel {theme.Libelle}"));
            }

            if (webinaire > 0)
            {
                seances.Add((webinaire > 1 ? string.Create(CultureInfo.InvariantCulture, $"{webinaire} webinaires") : "un webinaire") + (presentiel > 0 ? string.Empty : " " + theme.Libelle));
            }
        }

        sb.Append(puce).Append(seances.Count > 0 ? Enumerer(seances) : "aucune séance collective").AppendLine();
        sb.Append(puce).Append(CultureInfo.InvariantCulture, $"{c.ContratsSignes} contrats d'engagements réciproques ont été signés en {libelle}").AppendLine();
    }

    private static string Enumerer(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " et " + parts[^1];

    private IEnumerable<(string Indicateur, string Courant, string Precedent)> Indicateurs(ChiffresDActivite c, ChiffresDActivite? p)
    {
        static string N(long? n) => n?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        yield return ("Interventions", N(c.Interventions), N(p?.Interventions));
        yield return ("Nouvelles demandes", N(c.NouvellesDemandes), N(p?.NouvellesDemandes));
        foreach (var m in Motif.Toutes)
        {
            yield return ($"· dont {m.Libelle}", N(c.NouvellesDemandesPour(m)), N(p?.NouvellesDemandesPour(m)));
        }

        yield return ("Rendez-vous liés à la séparation tenus", N(c.RendezVous(StatutDeRendezVous.Tenu, TypeEvenement.Separation)), N(p?.RendezVous(StatutDeRendezVous.Tenu, TypeEvenement.Separation)));
        yield return ("Rendez-vous proposés", N(c.RendezVous(StatutDeRendezVous.Propose)), N(p?.RendezVous(StatutDeRendezVous.Propose)));
        yield return ("Rendez-vous tenus", N(c.RendezVous(StatutDeRendezVous.Tenu)), N(p?.RendezVous(StatutDeRendezVous.Tenu)));
        yield return ("Rendez-vous non honorés", N(c.RendezVous(StatutDeRendezVous.NonHonore)), N(p?.RendezVous(StatutDeRendezVous.NonHonore)));
        foreach (var theme in ThemeDeSeance.Toutes)
        {
            foreach (var modalite in ModaliteDeSeance.Toutes)
            {
                yield return ($"Séances {theme.Code} ({modalite.Libelle})", N(c.Seances(theme, modalite)), N(p?.Seances(theme, modalite)));
            }
        }

        yield return ("Contrats signés", N(c.ContratsSignes), N(p?.ContratsSignes));
        yield return ("Signatures tardives", N(c.SignaturesTardives), N(p?.SignaturesTardives));
        foreach (var ligne in IndicateursAides())
        {
            yield return ligne;
        }
    }
}
