using System.Globalization;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>Paramètres de la cible « familles prioritaires du plan pauvreté ».</summary>
/// <param name="InclureMonoparentales">Les familles monoparentales sont prioritaires quel que soit leur niveau de vie
/// (défaut : oui, comme la Caf de la Loire).</param>
/// <param name="AgeAdulteUniteDeConsommation">Âge à partir duquel un enfant compte pour 0,5 unité de consommation au
/// lieu de 0,3 (échelle de l'OCDE modifiée, Insee : 14 ans).</param>
/// <para><c>default</c> (âge de l'échelle 0) n'est pas un paramétrage : <see cref="CibleFamillePrioritaire(ParametresFamillePrioritaire)"/> le refuse (<see cref="ArgumentException"/>) ; partir de <see cref="Defaut"/>.</para>
/// <remarks>Le seuil de pauvreté est celui du <see cref="JeuDeBaremes"/> (Insee, 60 % du niveau de vie médian).</remarks>
public readonly record struct ParametresFamillePrioritaire(bool InclureMonoparentales, int AgeAdulteUniteDeConsommation)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Familles prioritaires{(InclureMonoparentales ? " (monoparentales comprises)" : string.Empty)}, adulte à {AgeAdulteUniteDeConsommation} ans pour les unités de consommation");

    /// <summary>Familles avec enfants sous le seuil de pauvreté et familles monoparentales ; 14 ans pour l'échelle.</summary>
    public static ParametresFamillePrioritaire Defaut { get; } = new(true, 14);
}

/// <summary>
/// La cible « familles prioritaires » résolue à une date : seuil de pauvreté en centimes et date de naissance qui
/// sépare les enfants de 14 ans ou plus.
/// </summary>
/// <remarks>
/// <para>Un foyer appartient à la cible si et seulement si il a au moins un enfant à charge et : soit son niveau de vie
/// est strictement inférieur au seuil de pauvreté, soit (si le paramètre l'inclut) c'est une famille monoparentale.</para>
/// <para>Niveau de vie = revenu disponible mensuel (ressources + prestations) ÷ unités de consommation. La
/// comparaison est exacte, en entiers : <c>revenu × 10 &lt; seuil × UC × 10</c>, les UC étant comptées en dixièmes
/// (10 pour l'allocataire, 5 pour le conjoint et chaque enfant de 14 ans ou plus, 3 pour chaque enfant plus jeune).</para>
/// <para><c>default</c> n'est pas résolu (référence au 01/01/0001, seuil nul) : ses membres se lisent sans exception mais ne décrivent aucune règle ; les seuils s'obtiennent par <c>Resoudre</c>.</para>
/// </remarks>
public readonly record struct SeuilsFamillePrioritaire
{
    /// <inheritdoc/>
    public override string ToString() =>
        Reference == default ? "(non défini)" : $"Au {Dates.Formater(Reference)} : niveau de vie sous {Seuil} (depuis le {Dates.Formater(SeuilDepuis)}){(InclureMonoparentales ? ", ou famille monoparentale" : string.Empty)}";

    /// <summary>Crée les seuils résolus.</summary>
    /// <param name="reference">Date de référence.</param>
    /// <param name="seuil">Seuil de pauvreté mensuel en vigueur.</param>
    /// <param name="seuilDepuis">Date d'effet de ce seuil.</param>
    /// <param name="enfantAdulteNeAuPlusTardLe">Un enfant né au plus tard ce jour compte pour 0,5 UC.</param>
    /// <param name="inclureMonoparentales">Les familles monoparentales sont incluses.</param>
    public SeuilsFamillePrioritaire(LocalDate reference, Montant seuil, LocalDate seuilDepuis, LocalDate enfantAdulteNeAuPlusTardLe, bool inclureMonoparentales)
    {
        Reference = reference;
        Seuil = seuil;
        SeuilDepuis = seuilDepuis;
        EnfantAdulteNeAuPlusTardLe = enfantAdulteNeAuPlusTardLe;
        InclureMonoparentales = inclureMonoparentales;
        SeuilCentimes = seuil.Centimes;
        EnfantAdulteNeAuPlusTardLeJour = NumeroDeJour.De(enfantAdulteNeAuPlusTardLe);
    }

    /// <summary>Date de référence.</summary>
    public LocalDate Reference { get; }

    /// <summary>Seuil de pauvreté mensuel en vigueur à la date de référence.</summary>
    public Montant Seuil { get; }

    /// <summary>Date d'effet de ce seuil.</summary>
    public LocalDate SeuilDepuis { get; }

    /// <summary>Un enfant né au plus tard ce jour a 14 ans ou plus à la date de référence (0,5 UC).</summary>
    public LocalDate EnfantAdulteNeAuPlusTardLe { get; }

    /// <summary>Les familles monoparentales sont incluses quel que soit leur niveau de vie.</summary>
    public bool InclureMonoparentales { get; }

    /// <summary><see cref="Seuil"/> en centimes.</summary>
    public long SeuilCentimes { get; }

    /// <summary><see cref="EnfantAdulteNeAuPlusTardLe"/> en numéro de jour.</summary>
    public int EnfantAdulteNeAuPlusTardLeJour { get; }

    /// <summary>Les unités de consommation en dixièmes d'un foyer.</summary>
    /// <param name="enCouple">Un conjoint est présent.</param>
    /// <param name="enfantsAdultes">Enfants de 14 ans ou plus.</param>
    /// <param name="enfantsJeunes">Enfants de moins de 14 ans.</param>
    /// <returns>Les UC × 10.</returns>
    public static int UnitesDeConsommationEnDixiemes(bool enCouple, int enfantsAdultes, int enfantsJeunes) =>
        10 + (enCouple ? 5 : 0) + (5 * enfantsAdultes) + (3 * enfantsJeunes);

    /// <summary>L'enfant né ce jour compte-t-il pour 0,5 UC (14 ans ou plus) ?</summary>
    /// <param name="naissanceJour">Naissance en numéro de jour.</param>
    /// <returns><see langword="true"/> pour 0,5 UC, <see langword="false"/> pour 0,3 UC.</returns>
    public bool EnfantAdulte(int naissanceJour) => naissanceJour <= EnfantAdulteNeAuPlusTardLeJour;

    /// <summary>Niveau de vie strictement sous le seuil, comparaison exacte en entiers.</summary>
    /// <param name="revenuDisponibleCentimes">Revenu disponible mensuel en centimes.</param>
    /// <param name="unitesDeConsommationEnDixiemes">UC × 10.</param>
    /// <returns><see langword="true"/> si le niveau de vie est sous le seuil.</returns>
    public bool SousLeSeuil(long revenuDisponibleCentimes, int unitesDeConsommationEnDixiemes) =>
        revenuDisponibleCentimes * 10 < SeuilCentimes * unitesDeConsommationEnDixiemes;

    /// <summary>La décision, sur des valeurs en colonnes.</summary>
    /// <param name="isole">Personne seule.</param>
    /// <param name="nombreEnfants">Nombre d'enfants à charge.</param>
    /// <param name="revenuDisponibleCentimes">Revenu disponible mensuel en centimes.</param>
    /// <param name="unitesDeConsommationEnDixiemes">UC × 10.</param>
    /// <returns><see langword="true"/> si le foyer appartient à la cible.</returns>
    public bool Contient(bool isole, int nombreEnfants, long revenuDisponibleCentimes, int unitesDeConsommationEnDixiemes) =>
        nombreEnfants > 0 && ((InclureMonoparentales && isole) || SousLeSeuil(revenuDisponibleCentimes, unitesDeConsommationEnDixiemes));

    /// <summary>Les UC en dixièmes d'un foyer à la date de référence.</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <returns>Les UC × 10.</returns>
    public int UnitesDeConsommationEnDixiemes(Foyer foyer)
    {
        Preconditions.CheckNotNull(foyer);
        var adultes = 0;
        foreach (var e in foyer.Enfants)
        {
            if (EnfantAdulte(NumeroDeJour.De(e.DateNaissance)))
            {
                adultes++;
            }
        }

        return UnitesDeConsommationEnDixiemes(foyer.Conjoint is not null, adultes, foyer.NombreEnfants - adultes);
    }

    /// <summary>La décision pour un foyer.</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <returns><see langword="true"/> si le foyer appartient à la cible.</returns>
    public bool Contient(Foyer foyer)
    {
        Preconditions.CheckNotNull(foyer);

        // Une situation datée après la date de référence n'établit ni l'isolement ni les unités de consommation à la date.
        return foyer.SituationAu(Reference) is { } situation
            && Contient(situation == SituationFamiliale.Isole, foyer.NombreEnfants, foyer.RevenuDisponibleMensuel.Centimes, UnitesDeConsommationEnDixiemes(foyer));
    }
}

/// <summary>
/// Cible « familles prioritaires du plan pauvreté » : familles avec « enfants pauvres » (niveau de vie du foyer sous le
/// seuil de pauvreté) et familles monoparentales.
/// </summary>
/// <remarks>Caf de la Loire, contacts proactifs pendant la crise sanitaire (2020) ; stratégie nationale de prévention et
/// de lutte contre la pauvreté. Seuil : Insee, 60 % du niveau de vie médian ; échelle de l'OCDE modifiée.</remarks>
public sealed class CibleFamillePrioritaire : Cible
{
    /// <summary>Code de la cible.</summary>
    public const string CodeCible = "FAMILLE_PRIORITAIRE";

    /// <summary>Crée la cible avec ses paramètres.</summary>
    /// <param name="parametres">Les paramètres.</param>
    /// <exception cref="ArgumentException">Âge de l'échelle hors de 1 à 25 ans.</exception>
    public CibleFamillePrioritaire(ParametresFamillePrioritaire parametres)
        : base(CodeCible, parametres.InclureMonoparentales ? "Familles prioritaires du plan pauvreté (enfants pauvres ou famille monoparentale)" : "Familles prioritaires du plan pauvreté (enfants pauvres)")
    {
        Preconditions.CheckArgumentRange(nameof(parametres), parametres.AgeAdulteUniteDeConsommation, 1, 25);
        Parametres = parametres;
    }

    /// <summary>Crée la cible avec les paramètres par défaut.</summary>
    public CibleFamillePrioritaire()
        : this(ParametresFamillePrioritaire.Defaut)
    {
    }

    /// <summary>Les paramètres.</summary>
    public ParametresFamillePrioritaire Parametres { get; }

    /// <summary>Résout la cible à une date : seuil de pauvreté et date de naissance des enfants de 14 ans.</summary>
    /// <param name="reference">La date de référence.</param>
    /// <param name="baremes">Les barèmes (seuil de pauvreté).</param>
    /// <returns>Les seuils, ou l'erreur du barème s'il ne couvre pas la date.</returns>
    public Resultat<SeuilsFamillePrioritaire> Resoudre(LocalDate reference, JeuDeBaremes baremes)
    {
        Preconditions.CheckNotNull(baremes);
        return baremes.SeuilDePauvrete.ValeurAu(reference).Select(seuil => new SeuilsFamillePrioritaire(
            reference,
            seuil.Valeur,
            seuil.Debut,
            Dates.NeAuPlusTardLe(reference, Parametres.AgeAdulteUniteDeConsommation),
            Parametres.InclureMonoparentales));
    }

    /// <inheritdoc/>
    public override Resultat<ICibleADate> ADate(LocalDate reference, JeuDeBaremes baremes) =>
        Resoudre(reference, Preconditions.CheckNotNull(baremes)).Select(s => (ICibleADate)new Resolue(this, s, baremes.SeuilDePauvrete.ValeurAuOuLever(reference).Reference));

    private sealed class Resolue(CibleFamillePrioritaire cible, SeuilsFamillePrioritaire seuils, string referenceSeuil) : ICibleADate
    {
        public ICible Cible => cible;

        public LocalDate Reference => seuils.Reference;

        public bool Contient(Foyer foyer) => seuils.Contient(foyer);

        public Explication Expliquer(Foyer foyer)
        {
            Preconditions.CheckNotNull(foyer);
            var reference = seuils.Reference;
            var isole = foyer.SituationAu(reference) == SituationFamiliale.Isole;
            var enfants = foyer.NombreEnfants > 0;
            var uc10 = seuils.UnitesDeConsommationEnDixiemes(foyer);
            var uc = uc10 / 10m;
            var revenu = foyer.RevenuDisponibleMensuel;
            var sous = seuils.SousLeSeuil(revenu.Centimes, uc10);
            var monoparentale = seuils.InclureMonoparentales && isole && enfants;
            var satisfaite = seuils.Contient(foyer);
            var niveau = revenu.Diviser(uc);
            var operations = new List<string>();
            if (foyer.SituationAu(reference) is null)
            {
                operations.Add($"{Redaction.OperationSituation(foyer, reference, string.Empty)} : ni la composition du foyer (unités de consommation) ni l'isolement ne sont établis à cette date ; {Redaction.Condition(false)}.");
            }

            operations.AddRange(
            [
                $"Enfants à charge : {foyer.NombreEnfants} ; {Redaction.Condition(enfants)}.",
                $"Unités de consommation au {Dates.Formater(reference)} : {Redaction.Nombre(uc)} (1 pour l'allocataire, 0,5 pour le conjoint et chaque enfant de {cible.Parametres.AgeAdulteUniteDeConsommation} ans ou plus, 0,3 pour chaque enfant plus jeune).",
                $"Niveau de vie mensuel : revenu disponible {revenu} ÷ {Redaction.Nombre(uc)} UC = {niveau} (arrondi au centime), {(sous ? "inférieur au" : "supérieur ou égal au")} seuil de pauvreté en vigueur au {Dates.Formater(reference)} ({seuils.Seuil} depuis le {Dates.Formater(seuils.SeuilDepuis)}, {referenceSeuil}), comparaison exacte sans arrondi ; enfants pauvres : {(sous ? "oui" : "non")}.",
            ]);
            if (seuils.InclureMonoparentales)
            {
                operations.Add($"Famille monoparentale (personne seule avec enfant à charge) : {(monoparentale ? "oui" : "non")}.");
            }

            operations.Add($"Au moins un enfant à charge et {(seuils.InclureMonoparentales ? "(enfants pauvres ou famille monoparentale)" : "enfants pauvres")} ; {Redaction.Condition(satisfaite)}.");
            return new Explication(
                cible.Libelle,
                Redaction.Contribution,
                [
                    Redaction.DonneeSituation(foyer),
                    new DonneeUtilisee("Nombre d'enfants à charge", foyer.NombreEnfants.ToString(CultureInfo.InvariantCulture), Redaction.SourceDossier),
                    new DonneeUtilisee("Ressources mensuelles", foyer.RessourcesMensuelles.ToString(), Redaction.SourceRessources),
                    new DonneeUtilisee("Prestations mensuelles", foyer.TotalPrestations.ToString(), Redaction.SourcePrestations),
                    new DonneeUtilisee("Revenu disponible mensuel", revenu.ToString(), "ressources et prestations ci-dessus"),
                ],
                [
                    new ParametreApplique("Seuil de pauvreté mensuel (60 % du niveau de vie médian)", seuils.Seuil.ToString(), seuils.SeuilDepuis, referenceSeuil),
                    new ParametreApplique("Échelle d'équivalence", "OCDE modifiée : 1 ; 0,5 ; 0,3", null, "Insee"),
                    new ParametreApplique("Familles monoparentales incluses", seuils.InclureMonoparentales ? "oui" : "non", null, "stratégie nationale de prévention et de lutte contre la pauvreté ; politique de ciblage de la Caf"),
                ],
                operations,
                Redaction.Conclusion(reference, satisfaite),
                satisfaite);
        }
    }
}
