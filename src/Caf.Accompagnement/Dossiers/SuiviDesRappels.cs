using System.Collections.Immutable;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Dossiers;

/// <summary>Une pause des relances et rappels d'une personne (hospitalisation, demande de la personne…), bornes incluses.</summary>
/// <param name="Debut">Le premier jour de la pause.</param>
/// <param name="Fin">Le dernier jour de la pause.</param>
public sealed record PauseDesRappels(LocalDate Debut, LocalDate Fin)
{
    /// <summary><see langword="true"/> si la date est dans la pause.</summary>
    /// <param name="date">La date.</param>
    /// <returns>Le résultat.</returns>
    public bool Contient(LocalDate date) => date >= Debut && date <= Fin;

    /// <summary>Forme lisible.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"Rappels en pause du {Dates.Formater(Debut)} au {Dates.Formater(Fin)}";
}

/// <summary>
/// Les relances d'offre envoyées et les pauses des rappels, par personne : ce que la file d'attente
/// (<see cref="FileDAttente"/>) ajoute aux dossiers. Immuable ; chaque commande rend un nouveau suivi ou l'erreur.
/// </summary>
/// <remarks>Les rappels de rendez-vous sont inscrits au dossier lui-même (<see cref="DossierDAccompagnement.Rappeler"/>) ;
/// aucune relance ni aucun rappel n'est dû pendant une pause, et aucune relance ne peut y être enregistrée.</remarks>
public sealed class SuiviDesRappels
{
    private readonly ImmutableDictionary<NumeroAllocataire, ImmutableList<PauseDesRappels>> _pauses;
    private readonly ImmutableDictionary<NumeroAllocataire, ImmutableList<LocalDate>> _relances;

    private SuiviDesRappels(ImmutableDictionary<NumeroAllocataire, ImmutableList<PauseDesRappels>> pauses, ImmutableDictionary<NumeroAllocataire, ImmutableList<LocalDate>> relances)
    {
        _pauses = pauses;
        _relances = relances;
    }

    /// <summary>Un suivi vide.</summary>
    public static SuiviDesRappels Vide { get; } = new(ImmutableDictionary<NumeroAllocataire, ImmutableList<PauseDesRappels>>.Empty, ImmutableDictionary<NumeroAllocataire, ImmutableList<LocalDate>>.Empty);

    /// <summary>Les pauses d'une personne, dans l'ordre d'enregistrement.</summary>
    /// <param name="numero">Le numéro allocataire.</param>
    /// <returns>Les pauses.</returns>
    public IReadOnlyList<PauseDesRappels> PausesDe(NumeroAllocataire numero) => _pauses.TryGetValue(numero, out var p) ? p : [];

    /// <summary>Les dates des relances d'offre envoyées à une personne, dans l'ordre.</summary>
    /// <param name="numero">Le numéro allocataire.</param>
    /// <returns>Les dates.</returns>
    public IReadOnlyList<LocalDate> RelancesDe(NumeroAllocataire numero) => _relances.TryGetValue(numero, out var r) ? r : [];

    /// <summary><see langword="true"/> si les rappels de la personne sont en pause à cette date.</summary>
    /// <param name="numero">Le numéro allocataire.</param>
    /// <param name="date">La date.</param>
    /// <returns>Le résultat.</returns>
    public bool EstEnPause(NumeroAllocataire numero, LocalDate date) => _pauses.TryGetValue(numero, out var p) && p.Exists(x => x.Contient(date));

    /// <summary>Met en pause les relances et rappels d'une personne du premier au dernier jour inclus (les pauses se cumulent).</summary>
    /// <param name="numero">Le numéro allocataire.</param>
    /// <param name="debut">Le premier jour.</param>
    /// <param name="fin">Le dernier jour.</param>
    /// <returns>Le nouveau suivi, ou <c>dossiers.pause.dates</c> (fin avant le début).</returns>
    public Resultat<SuiviDesRappels> Suspendre(NumeroAllocataire numero, LocalDate debut, LocalDate fin)
    {
        Preconditions.CheckArgument(numero.EstDefini, nameof(numero), "Le numéro allocataire est obligatoire.");
        if (fin < debut)
        {
            return Resultat<SuiviDesRappels>.Echec(new Erreur("dossiers.pause.dates", "fin", Dates.FormaterIso(fin), $"La fin de la pause précède son début ({Dates.Formater(debut)})."));
        }

        return new SuiviDesRappels(_pauses.SetItem(numero, (_pauses.TryGetValue(numero, out var p) ? p : []).Add(new PauseDesRappels(debut, fin))), _relances);
    }

    /// <summary>Enregistre la relance de l'offre en attente d'un dossier.</summary>
    /// <param name="dossier">Le dossier.</param>
    /// <param name="date">La date de la relance.</param>
    /// <returns>Le nouveau suivi, ou <c>dossiers.relance.sans_offre</c> (pas d'offre en attente de réponse, dossier clos),
    /// <c>dossiers.relance.date</c> (avant la proposition ou la relance précédente), <c>dossiers.relance.en_pause</c>.</returns>
    public Resultat<SuiviDesRappels> RelancerOffre(DossierDAccompagnement dossier, LocalDate date)
    {
        Preconditions.CheckNotNull(dossier);
        if (dossier.EstClos || dossier.Offre is not { Reponse: null } offre)
        {
            return Resultat<SuiviDesRappels>.Echec(new Erreur("dossiers.relance.sans_offre", "offre", null, "Aucune offre n'attend de réponse dans ce dossier : rien à relancer."));
        }

        var relances = _relances.TryGetValue(dossier.Numero, out var r) ? r : [];
        var derniere = relances.IsEmpty || relances[^1] < offre.DateProposition ? offre.DateProposition : relances[^1];
        if (date < derniere)
        {
            return Resultat<SuiviDesRappels>.Echec(new Erreur("dossiers.relance.date", "date", Dates.FormaterIso(date), $"La relance précède la proposition ou la relance précédente ({Dates.Formater(derniere)})."));
        }

        if (EstEnPause(dossier.Numero, date))
        {
            return Resultat<SuiviDesRappels>.Echec(new Erreur("dossiers.relance.en_pause", "date", Dates.FormaterIso(date), "Les rappels de cette personne sont en pause à cette date."));
        }

        return new SuiviDesRappels(_pauses, _relances.SetItem(dossier.Numero, relances.Add(date)));
    }

    /// <summary>Les relances d'une offre : celles envoyées depuis sa proposition.</summary>
    internal IReadOnlyList<LocalDate> RelancesDepuis(NumeroAllocataire numero, LocalDate proposition) =>
        [.. RelancesDe(numero).Where(d => d >= proposition)];
}
