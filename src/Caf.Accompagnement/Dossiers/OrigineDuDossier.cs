using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Droits;
using NodaTime;

namespace Caf.Accompagnement.Dossiers;

/// <summary>
/// L'origine d'un dossier d'accompagnement : sa sorte, sa date et la donnée qui la précise (code de la cible, issue
/// du contact de campagne, code du partenaire). Construite par ses fabriques, qui vérifient ces données.
/// </summary>
public sealed record OrigineDuDossier
{
    private OrigineDuDossier(SorteDOrigine sorte, LocalDate date, string? codeCible, IssueDuContact? issue, string? partenaire)
    {
        Sorte = sorte;
        Date = date;
        CodeCible = codeCible;
        IssueDuContact = issue;
        Partenaire = partenaire;
    }

    /// <summary>La sorte d'origine.</summary>
    public SorteDOrigine Sorte { get; }

    /// <summary>La date de l'origine (décision de ciblage, contact, demande, orientation) : la date d'ouverture du dossier.</summary>
    public LocalDate Date { get; }

    /// <summary>Le code de la cible de travail social (origine <see cref="SorteDOrigine.Cible"/>), sinon <see langword="null"/>.</summary>
    public string? CodeCible { get; }

    /// <summary>L'issue du contact de campagne (origine <see cref="SorteDOrigine.Contact"/>), sinon <see langword="null"/>.</summary>
    public IssueDuContact? IssueDuContact { get; }

    /// <summary>Le code du partenaire qui oriente (origine <see cref="SorteDOrigine.Partenaire"/>), sinon <see langword="null"/>.</summary>
    public string? Partenaire { get; }

    /// <summary>Les issues d'un contact de campagne qui ouvrent un dossier : un rendez-vous proposé, téléphonique ou avec un travailleur social.</summary>
    public static IReadOnlyList<IssueDuContact> IssuesQuiOuvrentUnDossier { get; } =
        [IssueDuContact.RendezVousPropose, IssueDuContact.RendezVousTelephonique, IssueDuContact.RendezVousTravailleurSocial];

    /// <summary>Un dossier ouvert par le repérage d'une cible (décision de ciblage favorable).</summary>
    /// <param name="codeCible">Le code de la cible (1 à 40 caractères A-Z, 0-9 ou _, commençant par une lettre).</param>
    /// <param name="date">La date de la décision de ciblage.</param>
    /// <returns>L'origine, ou <c>dossiers.origine.cible</c>.</returns>
    public static Resultat<OrigineDuDossier> DUneCible(string? codeCible, LocalDate date) =>
        Cibles.Cible.EstCodeValide(codeCible?.Trim())
            ? new OrigineDuDossier(SorteDOrigine.Cible, date, codeCible!.Trim(), null, null)
            : Resultat<OrigineDuDossier>.Echec(new Erreur("dossiers.origine.cible", "cible", codeCible,
                "Code de cible attendu : 1 à 40 caractères A-Z, 0-9 ou _, commençant par une lettre."));

    /// <summary>Un dossier ouvert à l'issue d'un contact de campagne qui demande un rendez-vous.</summary>
    /// <param name="issue">L'issue enregistrée (une de <see cref="IssuesQuiOuvrentUnDossier"/>).</param>
    /// <param name="date">La date du contact.</param>
    /// <returns>L'origine, ou <c>dossiers.origine.issue</c>.</returns>
    public static Resultat<OrigineDuDossier> DUnContact(IssueDuContact issue, LocalDate date)
    {
        Utility.Preconditions.CheckNotNull(issue);
        return IssuesQuiOuvrentUnDossier.Contains(issue)
            ? new OrigineDuDossier(SorteDOrigine.Contact, date, null, issue, null)
            : Resultat<OrigineDuDossier>.Echec(new Erreur("dossiers.origine.issue", "issue", issue.Code,
                "Seul un contact dont l'issue est un rendez-vous (proposé, téléphonique, avec un travailleur social) ouvre un dossier d'accompagnement."));
    }

    /// <summary>Un dossier ouvert à la demande de l'allocataire.</summary>
    /// <param name="date">La date de la demande.</param>
    /// <returns>L'origine.</returns>
    public static OrigineDuDossier DUneDemande(LocalDate date) => new(SorteDOrigine.Demande, date, null, null, null);

    /// <summary>Un dossier ouvert sur l'orientation d'un partenaire.</summary>
    /// <param name="partenaire">Le code du partenaire (1 à 40 caractères A-Z, 0-9 ou _, commençant par une lettre : jamais un nom de personne).</param>
    /// <param name="date">La date de l'orientation.</param>
    /// <returns>L'origine, ou <c>dossiers.origine.partenaire</c> (valeur masquée : un code refusé peut être un nom).</returns>
    public static Resultat<OrigineDuDossier> DUnPartenaire(string? partenaire, LocalDate date) =>
        Cibles.Cible.EstCodeValide(partenaire?.Trim())
            ? new OrigineDuDossier(SorteDOrigine.Partenaire, date, null, null, partenaire!.Trim())
            : Resultat<OrigineDuDossier>.Echec(new Erreur("dossiers.origine.partenaire", "partenaire", string.IsNullOrWhiteSpace(partenaire) ? null : Erreur.ValeurMasquee,
                "Code de partenaire attendu : 1 à 40 caractères A-Z, 0-9 ou _, commençant par une lettre (par exemple CD40, FRANCE_TRAVAIL)."));

    /// <summary>Forme lisible.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"{Sorte.Libelle} du {Dates.Formater(Date)}{(CodeCible ?? IssueDuContact?.Code ?? Partenaire) switch { null => string.Empty, var p => " (" + p + ")" }}";
}
