using System.Globalization;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>Paramètres de la cible « bénéficiaires du RSA monoparents avec un jeune enfant ».</summary>
/// <param name="AgeLimiteEnfant">L'enfant le plus jeune doit avoir strictement moins de cet âge, en années révolues :
/// un enfant qui a cet âge à la date de référence (anniversaire compris) ne compte plus.</param>
/// <remarks>
/// <para>Landes : 6 ans (délégation du conseil départemental des Landes, CASF L262-36 ; rapport d'activité 2022 de la
/// Caf des Landes). Logique nationale du RSA majoré : 3 ans (majoration pour isolement jusqu'aux 3 ans du plus jeune
/// enfant, CASF L262-9, R262-1).</para>
/// <para><c>default</c> (âge limite 0, présomption désactivée) n'est pas un paramétrage : <see cref="CibleRsaMonoparent(ParametresRsaMonoparent)"/> le refuse (<see cref="ArgumentException"/>) ; partir de <see cref="National"/> ou <see cref="Landes"/> (présomption activée).</para>
/// </remarks>
public readonly record struct ParametresRsaMonoparent(int AgeLimiteEnfant)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"RSA monoparent, enfant de moins de {AgeLimiteEnfant} ans{(PresumerSoumisSiInconnu ? string.Empty : ", soumission aux droits et devoirs connue")}");

    /// <summary>
    /// Ce que vaut une soumission aux droits et devoirs inconnue à la date de référence (donnée absente, fichier
    /// antérieur à cette donnée, ou valeur datée après la date) : <see langword="true"/> (défaut) la présume, le foyer
    /// percevant le RSA ; <see langword="false"/> ne retient que les personnes connues comme soumises.
    /// </summary>
    /// <remarks>Défaut de la bibliothèque, pas une règle officielle : un bénéficiaire du RSA sans revenus d'activité
    /// au-dessus du seuil du décret est soumis aux droits et devoirs (CASF L262-28), ce qui est le cas de la plupart des
    /// foyers au RSA ; un fichier sans cette donnée garde ainsi le comptage qu'il avait avant qu'elle existe.</remarks>
    public bool PresumerSoumisSiInconnu { get; init; } = true;

    /// <summary>Valeur de la Caf des Landes : enfant de moins de 6 ans.</summary>
    public static ParametresRsaMonoparent Landes { get; } = new(6);

    /// <summary>Logique nationale du RSA majoré : enfant de moins de 3 ans.</summary>
    public static ParametresRsaMonoparent National { get; } = new(3);
}

/// <summary>
/// La cible « RSA monoparent » résolue à une date : un enfant compte s'il est né strictement après
/// <see cref="EnfantNeApres"/> et au plus tard à la date de référence.
/// </summary>
/// <remarks>Un foyer appartient à la cible si et seulement si : il perçoit le RSA (majoré ou non) ; la situation en
/// vigueur à la date de référence (<see cref="Foyer.SituationAu"/>) est « personne seule » ; l'allocataire est soumis
/// aux droits et devoirs à la date (CASF L262-28 ; inconnu : <see cref="PresumerSoumisSiInconnu"/>) ; au moins un
/// <para><c>default</c> n'est pas résolu (référence au 01/01/0001) : ses membres se lisent sans exception mais ne décrivent aucune règle ; les seuils s'obtiennent par <c>Resoudre</c>.</para>
/// enfant à charge compte (il suffit de tester le plus jeune enfant déjà né).</remarks>
public readonly record struct SeuilsRsaMonoparent
{
    /// <inheritdoc/>
    public override string ToString() =>
        Reference == default ? "(non défini)" : $"Au {Dates.Formater(Reference)} : enfant né après le {Dates.Formater(EnfantNeApres)}";

    /// <summary>Crée les seuils résolus.</summary>
    /// <param name="reference">Date de référence.</param>
    /// <param name="enfantNeApres">L'enfant doit être né strictement après cette date.</param>
    public SeuilsRsaMonoparent(LocalDate reference, LocalDate enfantNeApres)
        : this(reference, enfantNeApres, presumerSoumisSiInconnu: true)
    {
    }

    /// <summary>Crée les seuils résolus.</summary>
    /// <param name="reference">Date de référence.</param>
    /// <param name="enfantNeApres">L'enfant doit être né strictement après cette date.</param>
    /// <param name="presumerSoumisSiInconnu">Une soumission aux droits et devoirs inconnue à la date compte comme soumise.</param>
    public SeuilsRsaMonoparent(LocalDate reference, LocalDate enfantNeApres, bool presumerSoumisSiInconnu)
    {
        PresumerSoumisSiInconnu = presumerSoumisSiInconnu;
        Reference = reference;
        EnfantNeApres = enfantNeApres;
        ReferenceJour = NumeroDeJour.De(reference);
        EnfantNeApresJour = NumeroDeJour.De(enfantNeApres);
    }

    /// <summary>Date de référence.</summary>
    public LocalDate Reference { get; }

    /// <summary>Un enfant compte s'il est né strictement après cette date (il n'a pas encore l'âge limite).</summary>
    public LocalDate EnfantNeApres { get; }

    /// <summary>Une soumission aux droits et devoirs inconnue à la date compte comme soumise.</summary>
    public bool PresumerSoumisSiInconnu { get; }

    /// <summary><see cref="Reference"/> en numéro de jour.</summary>
    public int ReferenceJour { get; }

    /// <summary><see cref="EnfantNeApres"/> en numéro de jour.</summary>
    public int EnfantNeApresJour { get; }

    /// <summary>Un enfant né ce jour compte-t-il ? (né après <see cref="EnfantNeApres"/>, au plus tard à la référence).</summary>
    /// <param name="naissanceJour">Date de naissance de l'enfant en numéro de jour.</param>
    /// <returns><see langword="true"/> si l'enfant a moins de l'âge limite à la date de référence.</returns>
    public bool EnfantCompte(int naissanceJour) => naissanceJour > EnfantNeApresJour && naissanceJour <= ReferenceJour;

    /// <summary>La décision, sur des valeurs en colonnes.</summary>
    /// <param name="percoitRsa">Le foyer perçoit le RSA.</param>
    /// <param name="isole">La situation familiale est « personne seule ».</param>
    /// <param name="naissancePlusJeuneEnfantJour">Naissance du plus jeune enfant né au plus tard à la date de
    /// référence, en numéro de jour ; <see cref="int.MinValue"/> s'il n'y en a pas.</param>
    /// <returns><see langword="true"/> si le foyer appartient à la cible.</returns>
    /// <remarks>L'allocataire est tenu pour soumis aux droits et devoirs : voir la surcharge qui en reçoit la valeur.</remarks>
    public bool Contient(bool percoitRsa, bool isole, int naissancePlusJeuneEnfantJour) =>
        Contient(percoitRsa, isole, naissancePlusJeuneEnfantJour, soumis: true);

    /// <summary>La décision, sur des valeurs en colonnes, avec la soumission aux droits et devoirs.</summary>
    /// <param name="percoitRsa">Le foyer perçoit le RSA.</param>
    /// <param name="isole">La situation familiale en vigueur à la date de référence est « personne seule ».</param>
    /// <param name="naissancePlusJeuneEnfantJour">Naissance du plus jeune enfant né au plus tard à la date de
    /// référence, en numéro de jour ; <see cref="int.MinValue"/> s'il n'y en a pas.</param>
    /// <param name="soumis">L'allocataire est soumis aux droits et devoirs à la date ; <see langword="null"/> si
    /// inconnu (voir <see cref="PresumerSoumisSiInconnu"/>).</param>
    /// <returns><see langword="true"/> si le foyer appartient à la cible.</returns>
    public bool Contient(bool percoitRsa, bool isole, int naissancePlusJeuneEnfantJour, bool? soumis) =>
        percoitRsa && isole && SoumissionRemplie(soumis) && EnfantCompte(naissancePlusJeuneEnfantJour);

    /// <summary>Condition de soumission aux droits et devoirs (CASF L262-28).</summary>
    /// <param name="soumis">La valeur à la date, ou <see langword="null"/> si inconnue.</param>
    /// <returns><see langword="true"/> si la condition est remplie.</returns>
    public bool SoumissionRemplie(bool? soumis) => soumis ?? PresumerSoumisSiInconnu;

    /// <summary>La décision pour un foyer.</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <returns><see langword="true"/> si le foyer appartient à la cible.</returns>
    public bool Contient(Foyer foyer)
    {
        Preconditions.CheckNotNull(foyer);
        return Contient(
            foyer.Percoit(Prestation.Rsa) is not null,
            foyer.SituationAu(Reference) == SituationFamiliale.Isole,
            PlusJeuneEnfantNeJour(foyer),
            foyer.Allocataire.EstSoumisAuxDroitsEtDevoirs(Reference));
    }

    /// <summary>Naissance du plus jeune enfant né au plus tard à la date de référence, en numéro de jour.</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <returns>Le numéro de jour, ou <see cref="int.MinValue"/> sans enfant né.</returns>
    public int PlusJeuneEnfantNeJour(Foyer foyer)
    {
        Preconditions.CheckNotNull(foyer);
        var plusJeune = int.MinValue;
        foreach (var e in foyer.Enfants)
        {
            var n = NumeroDeJour.De(e.DateNaissance);
            if (n <= ReferenceJour && n > plusJeune)
            {
                plusJeune = n;
            }
        }

        return plusJeune;
    }
}

/// <summary>
/// Cible « bénéficiaires du RSA monoparents avec un jeune enfant » : la Caf est leur référent, par délégation du
/// conseil départemental (CASF L262-36).
/// </summary>
/// <remarks>Caf des Landes : « les travailleurs sociaux de la Caf sont les référents des bénéficiaires RSA monoparents
/// avec un enfant de moins de 6 ans » (rapport d'activité 2022) ; ailleurs la délégation suit souvent le RSA majoré
/// (moins de 3 ans).</remarks>
public sealed class CibleRsaMonoparent : Cible
{
    /// <summary>Code de la cible.</summary>
    public const string CodeCible = "RSA_MONOPARENT";

    /// <summary>Crée la cible avec ses paramètres.</summary>
    /// <param name="parametres">Les paramètres.</param>
    /// <exception cref="ArgumentException">Âge limite hors de 1 à 25 ans.</exception>
    public CibleRsaMonoparent(ParametresRsaMonoparent parametres)
        : base(CodeCible, $"Bénéficiaires du RSA monoparents avec un enfant de moins de {parametres.AgeLimiteEnfant} ans")
    {
        Preconditions.CheckArgument(parametres.AgeLimiteEnfant is >= 1 and <= 25, nameof(parametres), "L'âge limite de l'enfant est compris entre 1 et 25 ans.");
        Parametres = parametres;
    }

    /// <summary>Les paramètres.</summary>
    public ParametresRsaMonoparent Parametres { get; }

    /// <summary>Résout la cible à une date : date de naissance limite de l'enfant.</summary>
    /// <param name="reference">La date de référence.</param>
    /// <returns>Les seuils.</returns>
    public SeuilsRsaMonoparent Resoudre(LocalDate reference) =>
        new(reference, Dates.NeAuPlusTardLe(reference, Parametres.AgeLimiteEnfant), Parametres.PresumerSoumisSiInconnu);

    /// <inheritdoc/>
    public override Resultat<ICibleADate> ADate(LocalDate reference, JeuDeBaremes baremes) => new Resolue(this, Resoudre(reference));

    private sealed class Resolue(CibleRsaMonoparent cible, SeuilsRsaMonoparent seuils) : ICibleADate
    {
        public ICible Cible => cible;

        public LocalDate Reference => seuils.Reference;

        public bool Contient(Foyer foyer) => seuils.Contient(foyer);

        public Explication Expliquer(Foyer foyer)
        {
            Preconditions.CheckNotNull(foyer);
            var reference = seuils.Reference;
            var limite = cible.Parametres.AgeLimiteEnfant;
            var rsa = foyer.Percoit(Prestation.Rsa);
            var situationAuJour = foyer.SituationAu(reference);
            var isole = situationAuJour == SituationFamiliale.Isole;
            var soumis = foyer.Allocataire.EstSoumisAuxDroitsEtDevoirs(reference);
            var soumission = seuils.SoumissionRemplie(soumis);
            var plusJeune = seuils.PlusJeuneEnfantNeJour(foyer);
            var enfant = seuils.EnfantCompte(plusJeune);
            var satisfaite = seuils.Contient(foyer);
            var ageEnfant = plusJeune == int.MinValue ? "aucun enfant né à la date de référence" : Redaction.Ans(Dates.AgeEnAnnees(NumeroDeJour.VersDate(plusJeune), reference));
            return new Explication(
                cible.Libelle,
                Redaction.Contribution,
                [
                    new DonneeUtilisee("Revenu de solidarité active", rsa is null ? "non perçu" : $"perçu{(rsa.Majoree ? " (majoré)" : string.Empty)}", Redaction.SourcePrestations),
                    Redaction.DonneeSituation(foyer),
                    new DonneeUtilisee("Soumission de l'allocataire aux droits et devoirs", Redaction.DroitsEtDevoirs(foyer.Allocataire.DroitsEtDevoirs), Redaction.SourceDroitsEtDevoirs),
                    new DonneeUtilisee("Nombre d'enfants à charge", foyer.NombreEnfants.ToString(CultureInfo.InvariantCulture), Redaction.SourceDossier),
                    new DonneeUtilisee($"Âge du plus jeune enfant au {Dates.Formater(reference)}", ageEnfant, "dates de naissance au dossier allocataire"),
                ],
                [
                    new ParametreApplique("Âge limite du plus jeune enfant (exclu)", Redaction.Ans(limite), null, "délégation du conseil départemental à la Caf, CASF L262-36 ; politique de ciblage de la Caf"),
                    new ParametreApplique("Soumission aux droits et devoirs inconnue à la date", seuils.PresumerSoumisSiInconnu ? "présumée" : "non retenue", null, "CASF L262-28 ; défaut de la bibliothèque, politique de ciblage de la Caf"),
                ],
                [
                    $"Perception du RSA : {(rsa is null ? "non" : "oui")} ; {Redaction.Condition(rsa is not null)}.",
                    $"{Redaction.OperationSituation(foyer, reference, isole ? string.Empty : " : la cible concerne les personnes seules")} ; {Redaction.Condition(isole)}.",
                    $"Soumission de l'allocataire aux droits et devoirs au {Dates.Formater(reference)} (CASF L262-28 : droit au RSA, personne comptée au foyer RSA, revenus d'activité du trimestre de référence sous le seuil du décret ; seules les personnes soumises ont un référent) : {Redaction.SoumissionAu(soumis, seuils.PresumerSoumisSiInconnu)} ; {Redaction.Condition(soumission)}.",
                    plusJeune == int.MinValue
                        ? $"Aucun enfant à charge né au plus tard le {Dates.Formater(reference)} ; {Redaction.Condition(false)}."
                        : $"Plus jeune enfant : {ageEnfant}, {(enfant ? "moins de" : "pas moins de")} {Redaction.Ans(limite)} (enfant né après le {Dates.Formater(seuils.EnfantNeApres)} et au plus tard le {Dates.Formater(reference)}) ; {Redaction.Condition(enfant)}.",
                ],
                Redaction.Conclusion(reference, satisfaite),
                satisfaite);
        }
    }
}
