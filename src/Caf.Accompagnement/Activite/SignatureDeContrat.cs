using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Activite;

/// <summary>La signature d'un contrat d'engagements réciproques (ou, depuis 2025, d'un contrat d'engagement),
/// inscrite au journal à partir de l'événement du module des contrats.</summary>
/// <remarks>
/// <para>Le journal ne recopie pas les contrats : l'entrée naît de la transition acceptée par
/// <see cref="Parcours.Signer(int, LocalDate)"/> (événement <see cref="ContratSigne"/>) ou par
/// <see cref="Parcours.Renouveler"/> (événement <see cref="ContratRenouvele"/> : le contrat suivant est signé à la
/// date du renouvellement). Le régime est celui du contrat signé. Bilan 2022 de la Caf des Landes : 342 contrats
/// d'engagements réciproques signés.</para>
/// <para>L'entrée ne garde pas l'identité du bénéficiaire (minimisation des données) : le bilan n'en a pas besoin.</para>
/// </remarks>
public sealed class SignatureDeContrat : EntreeJournal
{
    private SignatureDeContrat(LocalDate date, string secteur, int numeroContrat, RegimeContrat regime, bool signatureTardive)
        : base(date, secteur)
    {
        NumeroContrat = numeroContrat;
        Regime = regime;
        SignatureTardive = signatureTardive;
    }

    /// <summary>Le numéro du contrat dans le parcours du bénéficiaire.</summary>
    public int NumeroContrat { get; }

    /// <summary>Le régime du contrat (CER avant 2025, contrat d'engagement ensuite).</summary>
    public RegimeContrat Regime { get; }

    /// <summary><see langword="true"/> si la signature a dépassé le délai après l'orientation (CASF L262-36 : deux mois).</summary>
    public bool SignatureTardive { get; }

    /// <inheritdoc/>
    public override string Nature => "CONTRAT_SIGNE";

    /// <summary>Crée l'entrée à partir de la transition d'une signature ou d'un renouvellement.</summary>
    /// <param name="transition">La transition renvoyée par <see cref="Parcours.Signer(int, LocalDate)"/> ou <see cref="Parcours.Renouveler"/>.</param>
    /// <param name="secteur">Le code du secteur du foyer.</param>
    /// <returns>L'entrée, ou l'erreur <c>activite.contrat.pas_une_signature</c> (autre événement) ou <c>activite.secteur.absent</c>.</returns>
    public static Resultat<SignatureDeContrat> Depuis(Transition transition, string? secteur)
    {
        Preconditions.CheckNotNull(transition);
        if (string.IsNullOrWhiteSpace(secteur))
        {
            return Resultat<SignatureDeContrat>.Echec(new Erreur("activite.secteur.absent", "secteur", secteur, "Le champ « secteur » est obligatoire."));
        }

        var (numero, tardive) = transition.Evenement switch
        {
            ContratSigne s => (s.NumeroContrat, s.SignatureTardive),
            ContratRenouvele r => (r.NumeroSuccesseur, false),
            _ => (0, false),
        };
        if (numero == 0 || !transition.Parcours.TryGetContrat(numero, out var contrat))
        {
            return Resultat<SignatureDeContrat>.Echec(new Erreur(
                "activite.contrat.pas_une_signature",
                "evenement",
                transition.Evenement.GetType().Name,
                "Seules une signature (ContratSigne) ou un renouvellement (ContratRenouvele) comptent comme contrat signé."));
        }

        return new SignatureDeContrat(transition.Evenement.Date, secteur, numero, contrat.Regime, tardive);
    }

    /// <summary>Crée l'entrée à partir de la transition, le secteur étant celui de la commune du foyer dans la carte.</summary>
    /// <param name="transition">La transition d'une signature ou d'un renouvellement.</param>
    /// <param name="carte">La carte des secteurs du département.</param>
    /// <returns>L'entrée, ou les erreurs (<c>activite.secteur.inconnu</c> si la commune n'est dans aucun secteur).</returns>
    public static Resultat<SignatureDeContrat> Depuis(Transition transition, CarteDesSecteurs carte)
    {
        Preconditions.CheckNotNull(transition);
        Preconditions.CheckNotNull(carte);
        return carte.TryGetSecteur(transition.Parcours.Commune, out var secteur)
            ? Depuis(transition, secteur.Nom)
            : Resultat<SignatureDeContrat>.Echec(new Erreur("activite.secteur.inconnu", "commune", transition.Parcours.Commune.ToString(), "La commune du foyer n'est couverte par aucun secteur : la signature ne peut être rattachée."));
    }

    /// <summary>Restaure une signature déjà inscrite (instantané JSON, base de données) : les valeurs enregistrées sont
    /// vérifiées mais la transition d'origine n'est pas rejouée.</summary>
    /// <param name="date">La date de la signature.</param>
    /// <param name="secteur">Le code du secteur du foyer.</param>
    /// <param name="numeroContrat">Le numéro du contrat dans le parcours (au moins 1).</param>
    /// <param name="regime">Le régime du contrat signé.</param>
    /// <param name="signatureTardive"><see langword="true"/> si la signature a dépassé le délai après l'orientation.</param>
    /// <returns>L'entrée, ou toutes les erreurs (<c>activite.contrat.numero</c>, <c>activite.contrat.regime</c>,
    /// <c>activite.secteur.absent</c>).</returns>
    public static Resultat<SignatureDeContrat> Create(LocalDate date, string? secteur, int numeroContrat, RegimeContrat regime, bool signatureTardive)
    {
        var erreurs = new List<Erreur>();
        if (numeroContrat < 1)
        {
            erreurs.Add(new Erreur("activite.contrat.numero", "numeroContrat", numeroContrat.ToString(System.Globalization.CultureInfo.InvariantCulture), "Le numéro du contrat est au moins 1."));
        }

        if (regime is null)
        {
            erreurs.Add(new Erreur("activite.contrat.regime", "regime", null, "Le régime du contrat est obligatoire."));
        }

        VerifierTexte(secteur, "secteur", "activite.secteur.absent", erreurs);
        return erreurs.Count > 0 ? Resultat<SignatureDeContrat>.Echec(erreurs) : new SignatureDeContrat(date, secteur!, numeroContrat, regime!, signatureTardive);
    }

    internal override void Compter(Compteurs compteurs) =>
        compteurs.Ajouter(new Cle(Rubrique.Contrat, Regime.Code, SignatureTardive ? "TARDIVE" : "DANS_LE_DELAI"), 1, Montant.Zero);

    /// <summary>Forme lisible, sans donnée personnelle.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Dates.FormaterIso(Date)} contrat signé ({Regime.Code}{(SignatureTardive ? ", tardif" : string.Empty)}), secteur {Secteur}";
}
