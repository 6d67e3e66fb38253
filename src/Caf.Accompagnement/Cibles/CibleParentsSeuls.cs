using System.Globalization;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>Paramètres de la cible « parents seuls ».</summary>
/// <param name="AgeMinimum">Âge minimum de l'allocataire, en années révolues, inclus (défaut 18).</param>
/// <param name="AgeMaximum">Âge maximum de l'allocataire, en années révolues, inclus (défaut 34 : 34 ans et 364 jours
/// comptent, 35 ans non).</param>
/// <param name="MultiplicateurSmic">Plafond de ressources en nombre de SMIC mensuels bruts, exclu (défaut 1,5).</param>
/// <remarks>Source : Caf des Landes, rapport d'activité 2022 (« depuis 2020, la cible parents seuls concerne les
/// familles monoparentales de 18 à 34 ans avec des revenus inférieurs à 1,5 Smic »). La série du SMIC est celle du
/// <para><c>default</c> (âges 0, multiplicateur 0) n'est pas un paramétrage : <see cref="CibleParentsSeuls(ParametresParentsSeuls)"/> le refuse (<see cref="ArgumentException"/>) ; partir de <see cref="Defaut"/>.</para>
/// <see cref="JeuDeBaremes"/> passé à l'évaluation.</remarks>
public readonly record struct ParametresParentsSeuls(int AgeMinimum, int AgeMaximum, decimal MultiplicateurSmic)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"Parents seuls de {AgeMinimum} à {AgeMaximum} ans sous {MultiplicateurSmic:0.##} SMIC");

    /// <summary>Les valeurs de la Caf des Landes depuis 2020 : 18 à 34 ans, ressources inférieures à 1,5 SMIC.</summary>
    public static ParametresParentsSeuls Defaut { get; } = new(18, 34, 1.5m);
}

/// <summary>
/// La cible « parents seuls » résolue à une date : seuils entiers et dates, sans référence au foyer. C'est la forme
/// qu'appliquent à l'identique l'évaluation d'un foyer et la segmentation en masse.
/// </summary>
/// <remarks>
/// <para>Un foyer appartient à la cible si et seulement si : personne seule avec au moins un enfant à charge ;
/// allocataire né au plus tard le <see cref="NeAuPlusTardLe"/> (âge minimum atteint) et strictement après le
/// <see cref="NeApres"/> (âge maximum non dépassé) ; ressources mensuelles strictement inférieures à
/// <see cref="Plafond"/>. « Personne seule » s'entend de la situation en vigueur à la date de référence
/// (<see cref="Foyer.SituationAu"/>) : une situation datée après elle n'établit pas l'isolement.</para>
/// <para><c>default</c> n'est pas résolu (référence au 01/01/0001, seuils nuls) : ses membres se lisent sans exception mais ne décrivent aucune règle ; les seuils s'obtiennent par <c>Resoudre</c>.</para>
/// </remarks>
public readonly record struct SeuilsParentsSeuls
{
    /// <inheritdoc/>
    public override string ToString() =>
        Reference == default ? "(non défini)" : $"Au {Dates.Formater(Reference)} : né après le {Dates.Formater(NeApres)} et au plus tard le {Dates.Formater(NeAuPlusTardLe)}, ressources sous {Plafond} (SMIC {Smic} depuis le {Dates.Formater(SmicDepuis)})";

    /// <summary>Crée les seuils résolus.</summary>
    /// <param name="reference">Date de référence.</param>
    /// <param name="neAuPlusTardLe">Dernière date de naissance de l'allocataire qui donne l'âge minimum.</param>
    /// <param name="neApres">L'allocataire doit être né strictement après cette date (âge maximum).</param>
    /// <param name="smic">SMIC mensuel brut en vigueur à la date de référence.</param>
    /// <param name="smicDepuis">Date d'effet de ce SMIC.</param>
    /// <param name="plafond">Plafond de ressources (exclu).</param>
    public SeuilsParentsSeuls(LocalDate reference, LocalDate neAuPlusTardLe, LocalDate neApres, Montant smic, LocalDate smicDepuis, Montant plafond)
    {
        Reference = reference;
        NeAuPlusTardLe = neAuPlusTardLe;
        NeApres = neApres;
        Smic = smic;
        SmicDepuis = smicDepuis;
        Plafond = plafond;
        NeAuPlusTardLeJour = NumeroDeJour.De(neAuPlusTardLe);
        NeApresJour = NumeroDeJour.De(neApres);
        PlafondCentimes = plafond.Centimes;
    }

    /// <summary>Date de référence.</summary>
    public LocalDate Reference { get; }

    /// <summary>Dernière date de naissance de l'allocataire qui donne l'âge minimum à la date de référence.</summary>
    public LocalDate NeAuPlusTardLe { get; }

    /// <summary>L'allocataire doit être né strictement après cette date pour ne pas dépasser l'âge maximum.</summary>
    public LocalDate NeApres { get; }

    /// <summary>SMIC mensuel brut en vigueur à la date de référence.</summary>
    public Montant Smic { get; }

    /// <summary>Date d'effet de ce SMIC.</summary>
    public LocalDate SmicDepuis { get; }

    /// <summary>Plafond de ressources mensuelles, exclu : multiplicateur × SMIC, arrondi au centime.</summary>
    public Montant Plafond { get; }

    /// <summary><see cref="NeAuPlusTardLe"/> en numéro de jour (<see cref="NumeroDeJour"/>).</summary>
    public int NeAuPlusTardLeJour { get; }

    /// <summary><see cref="NeApres"/> en numéro de jour (<see cref="NumeroDeJour"/>).</summary>
    public int NeApresJour { get; }

    /// <summary><see cref="Plafond"/> en centimes.</summary>
    public long PlafondCentimes { get; }

    /// <summary>Condition de situation : personne seule avec au moins un enfant à charge.</summary>
    /// <param name="isole">La situation familiale est « personne seule ».</param>
    /// <param name="nombreEnfants">Nombre d'enfants à charge.</param>
    /// <returns><see langword="true"/> si la condition est remplie.</returns>
    public static bool SituationRemplie(bool isole, int nombreEnfants) => isole && nombreEnfants > 0;

    /// <summary>Condition d'âge de l'allocataire.</summary>
    /// <param name="naissanceJour">Date de naissance de l'allocataire en numéro de jour.</param>
    /// <returns><see langword="true"/> si la condition est remplie.</returns>
    public bool AgeRempli(int naissanceJour) => naissanceJour <= NeAuPlusTardLeJour && naissanceJour > NeApresJour;

    /// <summary>Condition de ressources : strictement sous le plafond.</summary>
    /// <param name="ressourcesCentimes">Ressources mensuelles en centimes.</param>
    /// <returns><see langword="true"/> si la condition est remplie.</returns>
    public bool RessourcesRemplies(long ressourcesCentimes) => ressourcesCentimes < PlafondCentimes;

    /// <summary>La décision, sur des valeurs en colonnes.</summary>
    /// <param name="isole">La situation familiale est « personne seule ».</param>
    /// <param name="nombreEnfants">Nombre d'enfants à charge.</param>
    /// <param name="naissanceJour">Date de naissance de l'allocataire en numéro de jour.</param>
    /// <param name="ressourcesCentimes">Ressources mensuelles en centimes.</param>
    /// <returns><see langword="true"/> si le foyer appartient à la cible.</returns>
    public bool Contient(bool isole, int nombreEnfants, int naissanceJour, long ressourcesCentimes) =>
        SituationRemplie(isole, nombreEnfants) && AgeRempli(naissanceJour) && RessourcesRemplies(ressourcesCentimes);

    /// <summary>La décision pour un foyer.</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <returns><see langword="true"/> si le foyer appartient à la cible.</returns>
    public bool Contient(Foyer foyer)
    {
        Preconditions.CheckNotNull(foyer);
        return Contient(foyer.SituationAu(Reference) == SituationFamiliale.Isole, foyer.NombreEnfants, NumeroDeJour.De(foyer.Allocataire.DateNaissance), foyer.RessourcesMensuelles.Centimes);
    }
}

/// <summary>
/// Cible « parents seuls » : familles monoparentales dont l'allocataire a de 18 à 34 ans et des ressources mensuelles
/// inférieures à 1,5 SMIC mensuel brut (valeurs par défaut, voir <see cref="ParametresParentsSeuls"/>).
/// </summary>
/// <remarks>Mission « insertion sociale et professionnelle » de la Caf des Landes (rapport d'activité 2022).
/// « Inférieures » est strict : des ressources égales au plafond ne comptent pas.</remarks>
public sealed class CibleParentsSeuls : Cible
{
    /// <summary>Code de la cible.</summary>
    public const string CodeCible = "PARENTS_SEULS";

    /// <summary>Crée la cible avec ses paramètres.</summary>
    /// <param name="parametres">Les paramètres.</param>
    /// <exception cref="ArgumentException">Âges négatifs ou inversés, multiplicateur non positif.</exception>
    public CibleParentsSeuls(ParametresParentsSeuls parametres)
        : base(CodeCible, $"Parents seuls de {parametres.AgeMinimum} à {parametres.AgeMaximum} ans aux ressources inférieures à {Redaction.Nombre(parametres.MultiplicateurSmic)} SMIC")
    {
        Preconditions.CheckArgument(parametres.AgeMinimum >= 0 && parametres.AgeMaximum >= parametres.AgeMinimum && parametres.AgeMaximum < 150, nameof(parametres), "Âges attendus : 0 ≤ minimum ≤ maximum < 150.");
        Preconditions.CheckArgument(parametres.MultiplicateurSmic > 0m, nameof(parametres), "Le multiplicateur du SMIC est positif.");
        Parametres = parametres;
    }

    /// <summary>Crée la cible avec les paramètres par défaut (<see cref="ParametresParentsSeuls.Defaut"/>).</summary>
    public CibleParentsSeuls()
        : this(ParametresParentsSeuls.Defaut)
    {
    }

    /// <summary>Les paramètres.</summary>
    public ParametresParentsSeuls Parametres { get; }

    /// <summary>Résout la cible à une date : dates de naissance limites et plafond de ressources.</summary>
    /// <param name="reference">La date de référence.</param>
    /// <param name="baremes">Les barèmes (SMIC mensuel brut).</param>
    /// <returns>Les seuils, ou l'erreur du barème du SMIC s'il ne couvre pas la date.</returns>
    public Resultat<SeuilsParentsSeuls> Resoudre(LocalDate reference, JeuDeBaremes baremes)
    {
        Preconditions.CheckNotNull(baremes);
        return baremes.SmicMensuel.ValeurAu(reference).Select(smic => new SeuilsParentsSeuls(
            reference,
            Dates.NeAuPlusTardLe(reference, Parametres.AgeMinimum),
            Dates.NeAuPlusTardLe(reference, Parametres.AgeMaximum + 1),
            smic.Valeur,
            smic.Debut,
            smic.Valeur.Multiplier(Parametres.MultiplicateurSmic)));
    }

    /// <inheritdoc/>
    public override Resultat<ICibleADate> ADate(LocalDate reference, JeuDeBaremes baremes) =>
        Resoudre(reference, Preconditions.CheckNotNull(baremes)).Select(s => (ICibleADate)new Resolue(this, s, baremes.SmicMensuel.ValeurAuOuLever(reference).Reference));

    private sealed class Resolue(CibleParentsSeuls cible, SeuilsParentsSeuls seuils, string referenceSmic) : ICibleADate
    {
        public ICible Cible => cible;

        public LocalDate Reference => seuils.Reference;

        public bool Contient(Foyer foyer) => seuils.Contient(foyer);

        public Explication Expliquer(Foyer foyer)
        {
            Preconditions.CheckNotNull(foyer);
            var p = cible.Parametres;
            var reference = seuils.Reference;
            var isole = foyer.SituationAu(reference) == SituationFamiliale.Isole;
            var age = foyer.Allocataire.Age(reference);
            var situation = SeuilsParentsSeuls.SituationRemplie(isole, foyer.NombreEnfants);
            var ageRempli = seuils.AgeRempli(NumeroDeJour.De(foyer.Allocataire.DateNaissance));
            var ressources = foyer.RessourcesMensuelles;
            var ressourcesRemplies = seuils.RessourcesRemplies(ressources.Centimes);
            var satisfaite = seuils.Contient(foyer);
            var smic = $"{Redaction.Nombre(p.MultiplicateurSmic)} × SMIC mensuel brut en vigueur au {Dates.Formater(reference)} ({seuils.Smic} depuis le {Dates.Formater(seuils.SmicDepuis)}, {referenceSmic}) = {seuils.Plafond}";
            return new Explication(
                cible.Libelle,
                Redaction.Contribution,
                [
                    Redaction.DonneeSituation(foyer),
                    new DonneeUtilisee("Nombre d'enfants à charge", foyer.NombreEnfants.ToString(System.Globalization.CultureInfo.InvariantCulture), Redaction.SourceDossier),
                    new DonneeUtilisee($"Âge de l'allocataire au {Dates.Formater(reference)}", Redaction.Ans(age), "date de naissance au dossier allocataire"),
                    new DonneeUtilisee("Ressources mensuelles", ressources.ToString(), Redaction.SourceRessources),
                ],
                [
                    new ParametreApplique("Âge minimum", Redaction.Ans(p.AgeMinimum), null, "politique de ciblage de la Caf"),
                    new ParametreApplique("Âge maximum", Redaction.Ans(p.AgeMaximum), null, "politique de ciblage de la Caf"),
                    new ParametreApplique("Multiplicateur du SMIC", Redaction.Nombre(p.MultiplicateurSmic), null, "politique de ciblage de la Caf"),
                    new ParametreApplique("SMIC mensuel brut", seuils.Smic.ToString(), seuils.SmicDepuis, referenceSmic),
                ],
                [
                    $"{Redaction.OperationSituation(foyer, reference, string.Empty)} avec {foyer.NombreEnfants} enfant(s) à charge : {(situation ? "famille monoparentale" : "pas une famille monoparentale")} ; {Redaction.Condition(situation)}.",
                    $"Âge de l'allocataire {Redaction.Ans(age)} {(ageRempli ? "compris" : "non compris")} entre {p.AgeMinimum} et {p.AgeMaximum} ans révolus (né entre le {Dates.Formater(seuils.NeApres.PlusDays(1))} et le {Dates.Formater(seuils.NeAuPlusTardLe)}) ; {Redaction.Condition(ageRempli)}.",
                    $"Ressources mensuelles {ressources} {(ressourcesRemplies ? "inférieures à" : "supérieures ou égales à")} {smic} ; {Redaction.Condition(ressourcesRemplies)}.",
                ],
                Redaction.Conclusion(reference, satisfaite),
                satisfaite);
        }
    }
}
