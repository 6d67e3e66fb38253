using System.Collections.Frozen;
using System.Globalization;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Droits;

/// <summary>
/// La politique de campagne de contacts proactifs d'une Caf : les paramètres vérifiés de la détection des ruptures de
/// droits et de la planification des appels.
/// </summary>
/// <remarks>Immuable ; se crée par <see cref="Create(ParametresDeCampagne)"/> (erreurs <c>campagne.parametre.*</c>).
/// <see cref="ParDefaut"/> applique les valeurs par défaut de <see cref="ParametresDeCampagne"/>.</remarks>
public sealed class PolitiqueDeCampagne
{
    private readonly FrozenSet<MotifSuspensionRsa> _motifsPiece;

    private PolitiqueDeCampagne(ParametresDeCampagne p)
    {
        Caf = p.Caf;
        SansDemarcheDepuis = p.SansDemarcheDepuis;
        SansDemarchePendantJours = p.SansDemarchePendantJours;
        JoursAvantEcheance = p.JoursAvantEcheance;
        JoursApresCloture = p.JoursApresCloture;
        _motifsPiece = p.MotifsPieceManquante.ToFrozenSet();
        MotifsPieceManquante = [.. MotifSuspensionRsa.Toutes.Where(_motifsPiece.Contains)];
        CapaciteJournaliereCaf = p.CapaciteJournaliereCaf;
        CapaciteJournaliereTravailleurSocial = p.CapaciteJournaliereTravailleurSocial;
        DelaiDeContactJours = p.DelaiDeContactJours;
        DelaiNouvelleTentativeJours = p.DelaiNouvelleTentativeJours;
        TentativesMaximum = p.TentativesMaximum;
        FenetreSansNouvelAppelJours = p.FenetreSansNouvelAppelJours;
        Calendrier = p.Calendrier;
        HorizonJours = p.HorizonJours;
    }

    /// <summary>La politique par défaut.</summary>
    public static PolitiqueDeCampagne ParDefaut { get; } = new(new ParametresDeCampagne());

    /// <summary>Nom de la Caf.</summary>
    public string Caf { get; }

    /// <summary>Accueil physique : aucune démarche depuis cette date (si <see cref="SansDemarchePendantJours"/> n'est pas fixé).</summary>
    public LocalDate SansDemarcheDepuis { get; }

    /// <summary>Accueil physique : aucune démarche depuis au moins ce nombre de jours, ou <see langword="null"/>.</summary>
    public int? SansDemarchePendantJours { get; }

    /// <summary>Rupture imminente : fenêtre, en jours, avant la date limite d'une pièce.</summary>
    public int JoursAvantEcheance { get; }

    /// <summary>Rupture consommée : fenêtre, en jours, après la clôture.</summary>
    public int JoursApresCloture { get; }

    /// <summary>Motifs de suspension du RSA traités comme « pièce manquante ».</summary>
    public IReadOnlyList<MotifSuspensionRsa> MotifsPieceManquante { get; }

    /// <summary>Capacité journalière de la plateforme d'appels de la Caf.</summary>
    public int CapaciteJournaliereCaf { get; }

    /// <summary>Capacité journalière d'un travailleur social.</summary>
    public int CapaciteJournaliereTravailleurSocial { get; }

    /// <summary>Délai de contact (échéance), en jours.</summary>
    public int DelaiDeContactJours { get; }

    /// <summary>Délai avant une nouvelle tentative pour un foyer injoignable, en jours.</summary>
    public int DelaiNouvelleTentativeJours { get; }

    /// <summary>Nombre maximal de tentatives consécutives sans joindre le foyer.</summary>
    public int TentativesMaximum { get; }

    /// <summary>Fenêtre sans nouvel appel après un contact, en jours.</summary>
    public int FenetreSansNouvelAppelJours { get; }

    /// <summary>L'horizon de planification en jours après la date de référence, ou <see langword="null"/> (sans limite).</summary>
    public int? HorizonJours { get; }

    /// <summary>Les jours ouvrés de la campagne (dates prévues et échéances des contacts).</summary>
    public CalendrierOuvre Calendrier { get; }

    /// <summary>Vérifie des paramètres et crée la politique.</summary>
    /// <param name="parametres">Les paramètres.</param>
    /// <returns>La politique, ou les erreurs <c>campagne.parametre.*</c>.</returns>
    public static Resultat<PolitiqueDeCampagne> Create(ParametresDeCampagne parametres)
    {
        Preconditions.CheckNotNull(parametres);
        var erreurs = new List<Erreur>();
        if (string.IsNullOrWhiteSpace(parametres.Caf))
        {
            erreurs.Add(new Erreur("campagne.parametre.caf", nameof(parametres.Caf), parametres.Caf, "Le nom de la Caf est obligatoire."));
        }

        void Borner(string champ, int valeur, int min, int max)
        {
            if (valeur < min || valeur > max)
            {
                erreurs.Add(new Erreur("campagne.parametre.borne", champ, valeur.ToString(CultureInfo.InvariantCulture), $"Valeur attendue entre {min} et {max}."));
            }
        }

        if (parametres.SansDemarchePendantJours is { } n)
        {
            Borner(nameof(parametres.SansDemarchePendantJours), n, 1, 3650);
        }

        Borner(nameof(parametres.JoursAvantEcheance), parametres.JoursAvantEcheance, 0, 365);
        Borner(nameof(parametres.JoursApresCloture), parametres.JoursApresCloture, 0, 3650);
        Borner(nameof(parametres.CapaciteJournaliereCaf), parametres.CapaciteJournaliereCaf, 1, 100_000);
        Borner(nameof(parametres.CapaciteJournaliereTravailleurSocial), parametres.CapaciteJournaliereTravailleurSocial, 1, 1_000);
        Borner(nameof(parametres.DelaiDeContactJours), parametres.DelaiDeContactJours, 0, 365);
        Borner(nameof(parametres.DelaiNouvelleTentativeJours), parametres.DelaiNouvelleTentativeJours, 1, 365);
        Borner(nameof(parametres.TentativesMaximum), parametres.TentativesMaximum, 1, 10);
        Borner(nameof(parametres.FenetreSansNouvelAppelJours), parametres.FenetreSansNouvelAppelJours, 1, 3650);
        if (parametres.HorizonJours is { } horizon)
        {
            Borner(nameof(parametres.HorizonJours), horizon, 0, 3650);
        }
        if (parametres.MotifsPieceManquante.Any(m => m is null))
        {
            erreurs.Add(new Erreur("campagne.parametre.motif", nameof(parametres.MotifsPieceManquante), null, "Un motif de suspension ne peut être nul."));
        }

        if (parametres.Calendrier is null)
        {
            erreurs.Add(new Erreur("campagne.parametre.calendrier", nameof(parametres.Calendrier), null, "Le calendrier des jours ouvrés est obligatoire."));
        }

        return erreurs.Count > 0 ? Resultat<PolitiqueDeCampagne>.Echec(erreurs) : new PolitiqueDeCampagne(parametres);
    }

    /// <summary>Le droit est-il suspendu faute de pièce, au sens de cette politique ?</summary>
    /// <param name="droit">Le droit.</param>
    /// <returns>Pour le RSA : motif de suspension dans <see cref="MotifsPieceManquante"/> ; sinon la précision du droit.</returns>
    public bool EstSuspenduFauteDePiece(Droit droit)
    {
        Preconditions.CheckNotNull(droit);
        if (droit.Etat != EtatDroit.Suspendu)
        {
            return false;
        }

        return droit.EtatRsa is null ? droit.SuspenduFauteDePiece : droit.MotifSuspensionRsa is { } m && _motifsPiece.Contains(m);
    }

    /// <summary>Le libellé du critère « accueil physique » pour les explications.</summary>
    internal string CritereSansDemarche => SansDemarchePendantJours is { } n
        ? $"aucune démarche depuis au moins {n} jours"
        : $"aucune démarche depuis le {Dates.Formater(SansDemarcheDepuis)}";
}
