using System.Collections.Immutable;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Dossiers;

/// <summary>L'étape d'un dossier dans la file d'attente d'un travailleur social.</summary>
public sealed class EtapeEnAttente : EnumerationCaf<EtapeEnAttente>, IEnumerationCaf<EtapeEnAttente>
{
    /// <summary>Offre proposée, réponse attendue : relance due selon la règle.</summary>
    public static readonly EtapeEnAttente OffreEnAttente = new(nameof(OffreEnAttente), "OFFRE_EN_ATTENTE", "offre en attente de réponse");

    /// <summary>Offre acceptée (ou dossier sans offre), aucun rendez-vous tenu ni à venir : à convoquer.</summary>
    public static readonly EtapeEnAttente AConvoquer = new(nameof(AConvoquer), "A_CONVOQUER", "à convoquer");

    /// <summary>Rendez-vous fixé, à venir : rappel dû quelques jours ouvrés avant.</summary>
    public static readonly EtapeEnAttente RendezVousAVenir = new(nameof(RendezVousAVenir), "RDV_A_VENIR", "rendez-vous à venir");

    private EtapeEnAttente(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<EtapeEnAttente> Toutes { get; } = [OffreEnAttente, AConvoquer, RendezVousAVenir];

    /// <inheritdoc/>
    public static string NomDuType => "étape en attente";
}

/// <summary>Un dossier dans la file d'attente d'un travailleur social à une date.</summary>
/// <param name="Numero">Le numéro allocataire (masqué dans <see cref="ToString"/>).</param>
/// <param name="Secteur">Le secteur du dossier.</param>
/// <param name="Etape">L'étape en attente.</param>
/// <param name="Depuis">La date depuis laquelle il attend (proposition, réponse, convocation…).</param>
/// <param name="NumeroRendezVous">Le numéro du rendez-vous à venir, ou <see langword="null"/>.</param>
/// <param name="RappelDu"><see langword="true"/> si une relance (offre) ou un rappel (rendez-vous) est dû à cette date ; jamais pendant une pause.</param>
/// <param name="EnPause"><see langword="true"/> si les rappels de la personne sont en pause à cette date.</param>
/// <param name="Relances">Les relances de l'offre déjà envoyées.</param>
public sealed record ElementDeFile(NumeroAllocataire Numero, string Secteur, EtapeEnAttente Etape, LocalDate Depuis, int? NumeroRendezVous, bool RappelDu, bool EnPause, int Relances)
{
    /// <summary>Forme lisible, numéro masqué.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"Foyer {Numero} ({Secteur}) : {Etape.Libelle} depuis le {Dates.Formater(Depuis)}{(RappelDu ? ", rappel dû" : string.Empty)}{(EnPause ? ", rappels en pause" : string.Empty)}";
}

/// <summary>
/// La file d'attente d'un travailleur social à une date : ses dossiers ouverts dont l'offre attend une réponse, qui
/// sont à convoquer ou dont un rendez-vous est à venir, avec les relances et rappels dus selon la règle.
/// </summary>
/// <remarks>
/// <para>Projection : la file se recalcule à partir des dossiers, du suivi des rappels et de la règle ; elle ne garde
/// aucun état. Ordre : étape (offre, à convoquer, rendez-vous), puis date d'attente, puis numéro.</para>
/// <para>Relance d'offre due : offre sans réponse, moins de <see cref="RegleDeRappel.RelancesMaximum"/> relances depuis
/// la proposition, et au moins <see cref="RegleDeRappel.DelaiRelanceJoursOuvres"/> jours ouvrés écoulés depuis la
/// proposition ou la dernière relance. Rappel de rendez-vous dû : aucun rappel inscrit, la date n'a pas dépassé le
/// rendez-vous, et il reste au plus <see cref="RegleDeRappel.RappelAvantRendezVousJoursOuvres"/> jours ouvrés avant lui.
/// Jamais rien de dû pendant une pause de la personne.</para>
/// </remarks>
public sealed class FileDAttente
{
    private FileDAttente(TravailleurSocial travailleur, LocalDate date, ImmutableArray<ElementDeFile> elements)
    {
        TravailleurSocial = travailleur;
        Date = date;
        Elements = elements;
    }

    /// <summary>Le travailleur social.</summary>
    public TravailleurSocial TravailleurSocial { get; }

    /// <summary>La date de la file.</summary>
    public LocalDate Date { get; }

    /// <summary>Les dossiers en attente.</summary>
    public ImmutableArray<ElementDeFile> Elements { get; }

    /// <summary>Les éléments dont une relance ou un rappel est dû.</summary>
    public IEnumerable<ElementDeFile> RappelsDus => Elements.Where(e => e.RappelDu);

    /// <summary>Établit la file d'un travailleur social à une date.</summary>
    /// <param name="travailleur">Le travailleur social.</param>
    /// <param name="dossiers">Les dossiers (ceux des autres travailleurs sociaux et les dossiers clos sont ignorés).</param>
    /// <param name="suivi">Les relances et pauses.</param>
    /// <param name="regle">La règle des relances et rappels.</param>
    /// <param name="date">La date.</param>
    /// <returns>La file.</returns>
    public static FileDAttente Etablir(TravailleurSocial travailleur, IEnumerable<DossierDAccompagnement> dossiers, SuiviDesRappels suivi, RegleDeRappel regle, LocalDate date)
    {
        Preconditions.CheckNotNull(travailleur);
        Preconditions.CheckNotNull(dossiers);
        Preconditions.CheckNotNull(suivi);
        Preconditions.CheckNotNull(regle);
        var elements = new List<ElementDeFile>();
        foreach (var d in dossiers)
        {
            Preconditions.CheckNotNull(d);
            if (!d.EstClos && d.TravailleurSocial.Equals(travailleur) && ElementDe(d, suivi, regle, date) is { } e)
            {
                elements.Add(e);
            }
        }

        return new FileDAttente(travailleur, date, [.. elements.OrderBy(e => EtapeEnAttente.Toutes.ToList().IndexOf(e.Etape)).ThenBy(e => e.Depuis).ThenBy(e => e.Numero)]);
    }

    /// <summary>L'élément de file d'un dossier à une date, ou <see langword="null"/> s'il n'attend rien (clos, rendez-vous tenu, offre déclinée).</summary>
    /// <param name="dossier">Le dossier.</param>
    /// <param name="suivi">Les relances et pauses.</param>
    /// <param name="regle">La règle.</param>
    /// <param name="date">La date.</param>
    /// <returns>L'élément.</returns>
    public static ElementDeFile? ElementDe(DossierDAccompagnement dossier, SuiviDesRappels suivi, RegleDeRappel regle, LocalDate date)
    {
        Preconditions.CheckNotNull(dossier);
        Preconditions.CheckNotNull(suivi);
        Preconditions.CheckNotNull(regle);
        if (dossier.EstClos)
        {
            return null;
        }

        var pause = suivi.EstEnPause(dossier.Numero, date);
        if (dossier.RendezVous.FirstOrDefault(r => r.EstAVenir) is { } rdv)
        {
            var du = !pause && rdv.Rappels.IsEmpty && date <= rdv.DatePrevue && date >= rdv.DateConvocation
                && (!regle.Calendrier.TryAjouterJoursOuvres(date, regle.RappelAvantRendezVousJoursOuvres, out var limite) || limite >= rdv.DatePrevue);
            return new ElementDeFile(dossier.Numero, dossier.Secteur, EtapeEnAttente.RendezVousAVenir, rdv.DateConvocation, rdv.Numero, du, pause, 0);
        }

        if (dossier.Offre is { Reponse: null } offre)
        {
            var relances = suivi.RelancesDepuis(dossier.Numero, offre.DateProposition);
            var depuis = relances.Count == 0 ? offre.DateProposition : relances[^1];
            var du = !pause && relances.Count < regle.RelancesMaximum
                && regle.Calendrier.TryAjouterJoursOuvres(depuis, regle.DelaiRelanceJoursOuvres, out var echeance) && date >= echeance;
            return new ElementDeFile(dossier.Numero, dossier.Secteur, EtapeEnAttente.OffreEnAttente, offre.DateProposition, null, du, pause, relances.Count);
        }

        var aConvoquer = (dossier.Offre is null || dossier.Offre.Reponse == ReponseALOffre.Acceptee) && !dossier.RendezVous.Any(r => r.Issue == IssueDuRendezVous.Tenu);
        if (!aConvoquer)
        {
            return null;
        }

        var attente = dossier.RendezVous.Length > 0 ? dossier.RendezVous[^1].DateIssue ?? dossier.DerniereDate : dossier.Offre?.DateReponse ?? dossier.Origine.Date;
        return new ElementDeFile(dossier.Numero, dossier.Secteur, EtapeEnAttente.AConvoquer, attente, null, false, pause, 0);
    }

    /// <summary>Résumé : travailleur social, date, nombre d'éléments et de rappels dus.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"File de {TravailleurSocial} au {Dates.Formater(Date)} : {Elements.Length} dossier(s), {RappelsDus.Count()} rappel(s) dû(s)";
}
