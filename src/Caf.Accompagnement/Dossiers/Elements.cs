using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Contrats;
using NodaTime;

namespace Caf.Accompagnement.Dossiers;

/// <summary>L'offre d'accompagnement faite au foyer et sa réponse.</summary>
/// <param name="DateProposition">La date de la proposition.</param>
/// <param name="Reponse">La réponse, ou <see langword="null"/> tant qu'elle est attendue.</param>
/// <param name="DateReponse">La date de la réponse, ou <see langword="null"/>.</param>
public sealed record OffreDAccompagnement(LocalDate DateProposition, ReponseALOffre? Reponse, LocalDate? DateReponse)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Offre proposée le {Dates.Formater(DateProposition)}{(Reponse is { } r ? $", {r.Libelle.ToLowerInvariant()}" : ", sans réponse")}{(DateReponse is { } d ? $" le {Dates.Formater(d)}" : string.Empty)}";
}

/// <summary>Un rendez-vous du dossier : convocation, date prévue, canal, rappels et issue.</summary>
/// <param name="Numero">Le numéro du rendez-vous dans le dossier (à partir de 1).</param>
/// <param name="DateConvocation">La date de la convocation.</param>
/// <param name="DatePrevue">La date prévue du rendez-vous.</param>
/// <param name="Canal">Le canal.</param>
/// <param name="Rappels">Les dates des rappels envoyés.</param>
/// <param name="Issue">L'issue constatée, ou <see langword="null"/> tant que le rendez-vous est à venir.</param>
/// <param name="DateIssue">La date du constat, ou <see langword="null"/>.</param>
public sealed record RendezVousDuDossier(int Numero, LocalDate DateConvocation, LocalDate DatePrevue, CanalDeRendezVous Canal, ImmutableArray<LocalDate> Rappels, IssueDuRendezVous? Issue, LocalDate? DateIssue)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Rendez-vous n° {Numero} du {Dates.Formater(DatePrevue)} ({Canal.Libelle}), convoqué le {Dates.Formater(DateConvocation)}, {Rappels.Length} rappel(s) : {(Issue is { } i ? i.Libelle : "à venir")}");

    /// <summary><see langword="true"/> tant que l'issue n'est pas constatée.</summary>
    public bool EstAVenir => Issue is null;

    /// <inheritdoc/>
    public bool Equals(RendezVousDuDossier? other) =>
        other is not null && Numero == other.Numero && DateConvocation == other.DateConvocation && DatePrevue == other.DatePrevue
        && Canal == other.Canal && Rappels.SequenceEqual(other.Rappels) && Issue == other.Issue && DateIssue == other.DateIssue;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Numero, DateConvocation, DatePrevue, Canal, Rappels.Length, Issue, DateIssue);
}

/// <summary>Le diagnostic social : sa date et les domaines de difficulté repérés.</summary>
/// <param name="Date">La date du diagnostic.</param>
/// <param name="Domaines">Les domaines, sans doublon.</param>
public sealed record DiagnosticSocial(LocalDate Date, ImmutableArray<DomaineEngagement> Domaines)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Diagnostic social du {Dates.Formater(Date)} : {string.Join(", ", Domaines.Select(d => d.Libelle))}";

    /// <inheritdoc/>
    public bool Equals(DiagnosticSocial? other) => other is not null && Date == other.Date && Domaines.SequenceEqual(other.Domaines);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Domaines.Length);
}

/// <summary>Un objectif à inscrire dans un plan d'accompagnement.</summary>
/// <param name="Domaine">Le domaine (un domaine du diagnostic).</param>
/// <param name="Libelle">Le libellé (sans donnée personnelle).</param>
/// <param name="Echeance">L'échéance, au plus tôt le jour de l'ouverture du plan.</param>
public sealed record ObjectifPrevu(DomaineEngagement Domaine, string Libelle, LocalDate Echeance)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Libelle} ({Domaine.Libelle}), échéance le {Dates.Formater(Echeance)}";
}

/// <summary>Un objectif d'un plan et son résultat.</summary>
/// <param name="Domaine">Le domaine.</param>
/// <param name="Libelle">Le libellé.</param>
/// <param name="Echeance">L'échéance.</param>
/// <param name="Resultat">Le résultat constaté, ou <see langword="null"/> tant qu'il est en cours.</param>
/// <param name="DateResultat">La date du constat, ou <see langword="null"/>.</param>
public sealed record ObjectifDuPlan(DomaineEngagement Domaine, string Libelle, LocalDate Echeance, ResultatDObjectif? Resultat, LocalDate? DateResultat)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Libelle} ({Domaine.Libelle}), échéance le {Dates.Formater(Echeance)} : {(Resultat is { } r ? r.Libelle : "en cours")}";
}

/// <summary>Un plan d'accompagnement : ses objectifs ; au plus un plan ouvert à la fois.</summary>
/// <param name="Numero">Le numéro du plan dans le dossier (à partir de 1).</param>
/// <param name="DateOuverture">La date d'ouverture.</param>
/// <param name="Objectifs">Les objectifs, dans l'ordre.</param>
/// <param name="DateCloture">La date de clôture, ou <see langword="null"/> tant qu'il est ouvert.</param>
public sealed record PlanDAccompagnement(int Numero, LocalDate DateOuverture, ImmutableArray<ObjectifDuPlan> Objectifs, LocalDate? DateCloture)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Plan n° {Numero} ouvert le {Dates.Formater(DateOuverture)}, {Objectifs.Length} objectif(s), {(DateCloture is { } d ? $"clos le {Dates.Formater(d)}" : "ouvert")}");

    /// <summary><see langword="true"/> tant que le plan n'est pas clos.</summary>
    public bool EstOuvert => DateCloture is null;

    /// <inheritdoc/>
    public bool Equals(PlanDAccompagnement? other) =>
        other is not null && Numero == other.Numero && DateOuverture == other.DateOuverture && Objectifs.SequenceEqual(other.Objectifs) && DateCloture == other.DateCloture;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Numero, DateOuverture, Objectifs.Length, DateCloture);
}

/// <summary>La clôture d'un dossier, définitive.</summary>
/// <param name="Date">La date de clôture.</param>
/// <param name="Motif">Le motif.</param>
public sealed record ClotureDuDossier(LocalDate Date, MotifDeCloture Motif)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Dossier clos le {Dates.Formater(Date)} : {Motif.Libelle}";
}
