using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>Paramètres d'une cible « événement de vie ».</summary>
/// <param name="Evenement">Le type d'événement (décès du conjoint ou d'un parent, décès d'un enfant, séparation, impayé
/// de loyer, monoparentalité…).</param>
/// <param name="DelaiEnJours">Délai d'offre après l'événement, en jours : l'événement du jour <c>E</c> compte à la date
/// de référence <c>R</c> si et seulement si <c>E ≤ R ≤ E + délai</c>.</param>
/// <remarks>
/// <para>Aucun délai national de prise de contact n'a été trouvé dans les sources publiques (offres du socle national
/// du travail social des Caf) : le délai est un paramètre de chaque Caf. Les valeurs par défaut de
/// <see cref="Defaut"/> sont celles de la bibliothèque, pas des valeurs officielles.</para>
/// <para><c>default</c> (sans type d'événement) n'est pas un paramétrage : <see cref="CibleEvenementDeVie(ParametresEvenementDeVie)"/> le refuse (<see cref="ArgumentNullException"/>) ; partir de <see cref="Defaut"/>.</para>
/// </remarks>
public readonly record struct ParametresEvenementDeVie(TypeEvenement Evenement, int DelaiEnJours)
{
    /// <inheritdoc/>
    public override string ToString() =>
        Evenement is null ? "(non défini)" : $"{Evenement.Libelle} dans les {Redaction.Jours(DelaiEnJours)} précédents";

    /// <summary>
    /// Délai par défaut (choix de la bibliothèque, aucun délai national trouvé) : 365 jours après un décès (conjoint,
    /// parent ou enfant) ou le début d'une monoparentalité ; 183 jours après une séparation ; 92 jours après un impayé
    /// de loyer ; 183 jours pour un autre événement.
    /// </summary>
    /// <param name="evenement">Le type d'événement.</param>
    /// <returns>Les paramètres par défaut.</returns>
    public static ParametresEvenementDeVie Defaut(TypeEvenement evenement)
    {
        Preconditions.CheckNotNull(evenement);
        var delai = evenement == TypeEvenement.DecesConjoint || evenement == TypeEvenement.DecesEnfant || evenement == TypeEvenement.Monoparentalite
            ? 365
            : evenement == TypeEvenement.ImpayeDeLoyer ? 92 : 183;
        return new(evenement, delai);
    }
}

/// <summary>
/// Une cible « événement de vie » résolue à une date : l'événement compte s'il a eu lieu entre
/// <see cref="DebutFenetre"/> et <see cref="Reference"/>, bornes incluses.
/// </summary>
/// <remarks><c>default</c> n'est pas résolu (fenêtre réduite au 01/01/0001) : ses membres se lisent sans exception mais ne décrivent aucune règle ; les seuils s'obtiennent par <see cref="CibleEvenementDeVie.Resoudre"/>.</remarks>
public readonly record struct SeuilsEvenementDeVie
{
    /// <inheritdoc/>
    public override string ToString() =>
        Reference == default ? "(non défini)" : $"Événement du {Dates.Formater(DebutFenetre)} au {Dates.Formater(Reference)}";

    /// <summary>Crée les seuils résolus.</summary>
    /// <param name="reference">Date de référence (fin de la fenêtre, incluse).</param>
    /// <param name="debutFenetre">Première date d'événement qui compte.</param>
    public SeuilsEvenementDeVie(LocalDate reference, LocalDate debutFenetre)
    {
        Reference = reference;
        DebutFenetre = debutFenetre;
        ReferenceJour = NumeroDeJour.De(reference);
        DebutFenetreJour = NumeroDeJour.De(debutFenetre);
    }

    /// <summary>Date de référence, dernière date d'événement qui compte.</summary>
    public LocalDate Reference { get; }

    /// <summary>Première date d'événement qui compte : référence moins le délai.</summary>
    public LocalDate DebutFenetre { get; }

    /// <summary><see cref="Reference"/> en numéro de jour.</summary>
    public int ReferenceJour { get; }

    /// <summary><see cref="DebutFenetre"/> en numéro de jour.</summary>
    public int DebutFenetreJour { get; }

    /// <summary>La décision, sur la date du dernier événement du type au plus tard à la date de référence.</summary>
    /// <param name="dernierEvenementJour">Date du dernier événement du type, au plus tard à la date de référence, en
    /// numéro de jour ; <see cref="int.MinValue"/> s'il n'y en a pas.</param>
    /// <returns><see langword="true"/> si l'événement est dans la fenêtre.</returns>
    public bool Contient(int dernierEvenementJour) => dernierEvenementJour >= DebutFenetreJour && dernierEvenementJour <= ReferenceJour;
}

/// <summary>
/// Cible « événement de vie » : les foyers qui ont connu un événement (décès du conjoint ou d'un parent, décès d'un
/// enfant, séparation, impayé de loyer, monoparentalité) dans le délai fixé avant la date de référence.
/// </summary>
/// <remarks>
/// <para>Mission « soutenir les familles vulnérables » de la Caf des Landes (rapport d'activité 2022) ; offres du
/// socle national du travail social des Caf. Code : <c>EVENEMENT_</c> suivi du code du type d'événement.</para>
/// <para>Prémisse : un événement qui suppose une personne seule (<see cref="TypeEvenement.SupposeUnePersonneSeule"/> :
/// séparation, monoparentalité) ne compte que si la situation en vigueur à la date de référence
/// (<see cref="Foyer.SituationAu"/>) est connue et « personne seule » ; de nouveau en couple à la date (ou situation
/// datée après elle), le foyer n'appartient pas à la cible. Même règle dans la segmentation en masse.</para>
/// </remarks>
public sealed class CibleEvenementDeVie : Cible
{
    /// <summary>Crée la cible avec ses paramètres.</summary>
    /// <param name="parametres">Les paramètres.</param>
    /// <exception cref="ArgumentException">Type d'événement absent ou délai hors de 0 à 3 660 jours.</exception>
    public CibleEvenementDeVie(ParametresEvenementDeVie parametres)
        : base(CodePour(parametres.Evenement), $"{Preconditions.CheckNotNull(parametres.Evenement).Libelle} dans les {Redaction.Jours(parametres.DelaiEnJours)} précédents")
    {
        Preconditions.CheckArgumentRange(nameof(parametres), parametres.DelaiEnJours, 0, 3660);
        Parametres = parametres;
    }

    /// <summary>Crée la cible avec le délai par défaut (<see cref="ParametresEvenementDeVie.Defaut"/>).</summary>
    /// <param name="evenement">Le type d'événement.</param>
    public CibleEvenementDeVie(TypeEvenement evenement)
        : this(ParametresEvenementDeVie.Defaut(evenement))
    {
    }

    /// <summary>Les paramètres.</summary>
    public ParametresEvenementDeVie Parametres { get; }

    /// <summary>Le code de la cible d'un type d'événement : <c>EVENEMENT_</c> + code du type.</summary>
    /// <param name="evenement">Le type d'événement.</param>
    /// <returns>Le code.</returns>
    public static string CodePour(TypeEvenement evenement) => "EVENEMENT_" + Preconditions.CheckNotNull(evenement).Code;

    /// <summary>Résout la cible à une date : début de la fenêtre.</summary>
    /// <param name="reference">La date de référence.</param>
    /// <returns>Les seuils ; une fenêtre qui commencerait avant le début du calendrier (<see cref="LocalDate.MinIsoValue"/>)
    /// y commence (tout événement du calendrier jusqu'à la référence compte).</returns>
    public SeuilsEvenementDeVie Resoudre(LocalDate reference) => new(reference, reference.PlusJoursOuNull(-Parametres.DelaiEnJours) ?? LocalDate.MinIsoValue);

    /// <inheritdoc/>
    public override Resultat<ICibleADate> ADate(LocalDate reference, JeuDeBaremes baremes) => new Resolue(this, Resoudre(reference));

    /// <summary>Le dernier événement du type au plus tard à la date de référence, en numéro de jour.</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <param name="reference">La date de référence.</param>
    /// <returns>Le numéro de jour, ou <see cref="int.MinValue"/>.</returns>
    public int DernierEvenementJour(Foyer foyer, LocalDate reference) =>
        Preconditions.CheckNotNull(foyer).DernierEvenement(Parametres.Evenement, reference) is { } d ? NumeroDeJour.De(d) : int.MinValue;

    /// <summary>La prémisse de l'événement tient-elle à la date de référence ?</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <param name="reference">La date de référence.</param>
    /// <returns><see langword="true"/> si l'événement ne suppose pas une personne seule, ou si la situation en vigueur à
    /// la date est « personne seule ».</returns>
    public bool PremisseTient(Foyer foyer, LocalDate reference) =>
        !Parametres.Evenement.SupposeUnePersonneSeule || Preconditions.CheckNotNull(foyer).SituationAu(reference) == SituationFamiliale.Isole;

    private sealed class Resolue(CibleEvenementDeVie cible, SeuilsEvenementDeVie seuils) : ICibleADate
    {
        public ICible Cible => cible;

        public LocalDate Reference => seuils.Reference;

        public bool Contient(Foyer foyer) => seuils.Contient(cible.DernierEvenementJour(foyer, seuils.Reference)) && cible.PremisseTient(foyer, seuils.Reference);

        public Explication Expliquer(Foyer foyer)
        {
            Preconditions.CheckNotNull(foyer);
            var p = cible.Parametres;
            var reference = seuils.Reference;
            var dernier = foyer.DernierEvenement(p.Evenement, reference);
            var satisfaite = Contient(foyer);
            var dansLaFenetre = seuils.Contient(cible.DernierEvenementJour(foyer, reference));
            var operations = new List<string>();
            if (dernier is { } d)
            {
                var ecart = Period.Between(d, reference, PeriodUnits.Days).Days;
                operations.Add($"{p.Evenement.Libelle} le {Dates.Formater(d)}, {Redaction.Jours(ecart)} avant le {Dates.Formater(reference)} : {(dansLaFenetre ? "dans" : "hors de")} la fenêtre du {Dates.Formater(seuils.DebutFenetre)} au {Dates.Formater(reference)} ({Redaction.Jours(p.DelaiEnJours)}) ; {Redaction.Condition(dansLaFenetre)}.");
            }
            else
            {
                operations.Add($"Aucun événement « {p.Evenement.Libelle} » connu au plus tard le {Dates.Formater(reference)} ; {Redaction.Condition(false)}.");
            }

            List<DonneeUtilisee> donnees = [new DonneeUtilisee($"Dernier événement « {p.Evenement.Libelle} »", dernier is { } x ? Dates.Formater(x) : "aucun", "événements de vie enregistrés au dossier allocataire")];
            if (p.Evenement.SupposeUnePersonneSeule)
            {
                var premisse = cible.PremisseTient(foyer, reference);
                donnees.Add(Redaction.DonneeSituation(foyer));
                operations.Add($"{Redaction.OperationSituation(foyer, reference, string.Empty)} : l'événement suppose une personne seule à la date, {(premisse ? "ce qui est le cas" : "ce qui n'est pas le cas")} ; {Redaction.Condition(premisse)}.");
            }

            return new Explication(
                cible.Libelle,
                Redaction.Contribution,
                donnees,
                [
                    new ParametreApplique("Délai d'offre après l'événement", Redaction.Jours(p.DelaiEnJours), null, "politique de ciblage de la Caf ; aucun délai national"),
                ],
                operations,
                Redaction.Conclusion(reference, satisfaite),
                satisfaite);
        }
    }
}
