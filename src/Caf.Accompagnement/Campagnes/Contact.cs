using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Ruptures;
using NodaTime;

namespace Caf.Accompagnement.Campagnes;

/// <summary>
/// Un contact planifié par une campagne : un seul par foyer, quels que soient ses signaux (motifs fusionnés), avec sa
/// priorité, son intervenant, son canal, sa date prévue et son échéance, et son explication.
/// </summary>
public sealed class Contact : IEquatable<Contact>
{
    internal Contact(
        NumeroAllocataire numero,
        string secteur,
        Intervenant intervenant,
        CanalDeContact canal,
        ImmutableArray<Signal> signaux,
        LocalDate datePrevue,
        LocalDate echeance,
        int tentative,
        Explication explication)
    {
        Numero = numero;
        Secteur = secteur;
        Intervenant = intervenant;
        Canal = canal;
        Signaux = signaux;
        DatePrevue = datePrevue;
        Echeance = echeance;
        Tentative = tentative;
        Explication = explication;
    }

    /// <summary>Le numéro allocataire du foyer.</summary>
    public NumeroAllocataire Numero { get; }

    /// <summary>Le secteur du foyer (<see cref="Campagne.HorsSecteur"/> si sa commune n'appartient à aucun secteur).</summary>
    public string Secteur { get; }

    /// <summary>L'intervenant qui prend le contact.</summary>
    public Intervenant Intervenant { get; }

    /// <summary>Le canal : téléphone si un numéro est connu, courrier sinon.</summary>
    public CanalDeContact Canal { get; }

    /// <summary>Les signaux fusionnés (au moins un), par gravité décroissante.</summary>
    public ImmutableArray<Signal> Signaux { get; }

    /// <summary>La gravité du contact : celle de son signal le plus grave.</summary>
    public Gravite Gravite => Signaux[0].Gravite;

    /// <summary>Le jour ouvré prévu pour le contact.</summary>
    public LocalDate DatePrevue { get; }

    /// <summary>La date avant laquelle le contact doit avoir lieu.</summary>
    public LocalDate Echeance { get; }

    /// <summary>Le rang de la tentative (1, ou 2 pour une seconde tentative après un échec…).</summary>
    public int Tentative { get; }

    /// <summary>L'explication du contact (motifs, priorité, orientation, canal, date).</summary>
    public Explication Explication { get; }

    /// <summary><see langword="true"/> si la date prévue dépasse l'échéance (capacité insuffisante).</summary>
    public bool EnRetard => DatePrevue > Echeance;

    /// <inheritdoc/>
    public bool Equals(Contact? other) =>
        other is not null && Numero == other.Numero && Secteur == other.Secteur && Intervenant.Equals(other.Intervenant)
        && Canal == other.Canal && Signaux.SequenceEqual(other.Signaux) && DatePrevue == other.DatePrevue
        && Echeance == other.Echeance && Tentative == other.Tentative && Explication.Equals(other.Explication);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Contact);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Numero, DatePrevue, Intervenant.Code);

    /// <summary>Le contact, numéro masqué.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"Foyer {Numero} : {Gravite.Libelle}, {Canal.Libelle}, {Intervenant.Libelle}, le {Dates.Formater(DatePrevue)} (échéance {Dates.Formater(Echeance)})";
}

/// <summary>Un contact effectué et son issue.</summary>
/// <param name="Date">La date du contact.</param>
/// <param name="Issue">L'issue.</param>
/// <param name="Intervenant">L'intervenant qui l'a effectué.</param>
/// <param name="Tentative">Le rang de la tentative.</param>
public sealed record Appel(LocalDate Date, IssueDuContact Issue, Intervenant Intervenant, int Tentative)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Appel n° {Tentative} du {Dates.Formater(Date)} par {Intervenant} : {Issue.Libelle}");
}

/// <summary>Événement : l'issue d'un contact a été enregistrée.</summary>
/// <param name="Numero">Le numéro allocataire du foyer.</param>
/// <param name="Appel">Le contact et son issue.</param>
public sealed record IssueEnregistree(NumeroAllocataire Numero, Appel Appel)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Appel} (dossier {Numero})";
}

/// <summary>Une campagne modifiée et l'événement qui l'a modifiée.</summary>
/// <param name="Campagne">La nouvelle campagne.</param>
/// <param name="Evenement">L'événement.</param>
public sealed record CampagneModifiee(Campagne Campagne, IssueEnregistree Evenement)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Evenement} ; {Campagne}";
}

/// <summary>Les totaux d'une campagne pour un secteur (ou pour toute la campagne).</summary>
/// <param name="Secteur">Le secteur, ou <see cref="Campagne.TousSecteurs"/> pour le total.</param>
/// <param name="Contacts">Nombre de contacts.</param>
/// <param name="ParTelephone">Contacts par téléphone.</param>
/// <param name="ParCourrier">Contacts par courrier.</param>
/// <param name="ParGravite">Contacts par gravité (code), toutes gravités présentes.</param>
/// <param name="ParMotif">Signaux par code de public (un contact compte dans chacun de ses motifs).</param>
public sealed record TotalSecteur(
    string Secteur,
    int Contacts,
    int ParTelephone,
    int ParCourrier,
    ImmutableSortedDictionary<string, int> ParGravite,
    ImmutableSortedDictionary<string, int> ParMotif)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Secteur {Secteur} : {Contacts} contact(s), dont {ParTelephone} par téléphone et {ParCourrier} par courrier");
}
