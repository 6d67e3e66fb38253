using System.Collections.Frozen;
using System.Collections.Immutable;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Aides;

/// <summary>
/// La liste des prestations mensuelles que le quotient familial Caf ajoute aux ressources : un paramètre de chaque Caf,
/// daté (<see cref="Bareme{T}"/> de <see cref="PrestationsDuQuotient"/>), chaque valeur portant le texte qui la fixe.
/// </summary>
/// <remarks>
/// <para>Définition de la Cnaf (caf.fr, « quotient familial ») : QF = (1/12 des revenus imposables de l'année N-2 +
/// prestations familiales mensuelles) ÷ nombre de parts. Les prestations familiales sont celles de l'article L511-1 du
/// code de la sécurité sociale ; seules comptent les prestations versées chaque mois.</para>
/// <para>Par défaut (<see cref="ParDefaut"/>) sont retenues : allocations familiales, complément familial, allocation
/// de soutien familial, allocation d'éducation de l'enfant handicapé (base et compléments), prestation d'accueil du
/// jeune enfant pour ses versements mensuels (allocation de base, prestation partagée d'éducation de l'enfant).</para>
/// <para>Sont exclues par défaut : l'allocation de rentrée scolaire (versement annuel), la prime à la naissance ou à
/// l'adoption (versement unique), le complément de libre choix du mode de garde (prise en charge d'un mode de garde,
/// non un revenu de la famille), tout versement ponctuel, ainsi que les prestations qui ne sont pas familiales : RSA,
/// prime d'activité, AAH, et les aides au logement (APL, ALF, ALS), aides personnelles au logement du code de la
/// construction et de l'habitation (L821-1) depuis l'ordonnance n° 2019-770 du 17 juillet 2019. Plusieurs Caf
/// retiennent les aides au logement ou le RSA dans leur règlement intérieur d'action sociale : elles donnent leur
/// propre liste, datée (<see cref="Bareme{T}.AvecValeur"/>, <see cref="ParametresDuQuotientFamilial"/>).</para>
/// <para>Limite : le dossier ne distingue pas les composantes de la PAJE (code <c>PAJE</c>) ; le montant mensuel
/// déclaré sous ce code est lu comme l'allocation de base et la PreParE. La prime à la naissance et le CMG n'ont pas
/// de code et ne doivent pas y être portés.</para>
/// </remarks>
public sealed class PrestationsDuQuotient
{
    /// <summary>Les exclusions qui ne sont pas des prestations du dossier (pas de code) mais que le quotient ne retient
    /// jamais, rappelées dans l'explication.</summary>
    public const string ExclusionsDePrincipe =
        "allocation de rentrée scolaire, prime à la naissance ou à l'adoption, complément de libre choix du mode de garde, versements ponctuels";

    private readonly FrozenSet<Prestation> _retenues;

    /// <summary>Crée une liste de prestations retenues.</summary>
    /// <param name="retenues">Les prestations ajoutées aux ressources (la liste peut être vide ; un doublon est ignoré).</param>
    /// <exception cref="ArgumentNullException">La liste ou une prestation est nulle.</exception>
    public PrestationsDuQuotient(IEnumerable<Prestation> retenues)
    {
        var liste = Preconditions.CheckNotNull(retenues).ToList();
        Preconditions.CheckArgument(liste.TrueForAll(p => p is not null), nameof(retenues), "Aucune prestation n'est nulle.");
        _retenues = liste.ToFrozenSet();
        Retenues = [.. Prestation.Toutes.Where(_retenues.Contains)];
    }

    /// <summary>La liste par défaut : AF, CF, ASF, AEEH, PAJE (versements mensuels).</summary>
    public static PrestationsDuQuotient Familiales { get; } = new(
        [Prestation.AllocationsFamiliales, Prestation.ComplementFamilial, Prestation.AllocationSoutienFamilial, Prestation.Aeeh, Prestation.Paje]);

    /// <summary>Date d'effet de la liste par défaut : la création de la PAJE (loi n° 2003-1199 du 18 décembre 2003).</summary>
    public static LocalDate DebutParDefaut { get; } = new(2004, 1, 1);

    /// <summary>
    /// Le paramètre daté par défaut : <see cref="Familiales"/> à partir du 01/01/2004. Une Caf le remplace par le sien,
    /// ou y ajoute une valeur datée (<see cref="Bareme{T}.AvecValeur"/>).
    /// </summary>
    public static Bareme<PrestationsDuQuotient> ParDefaut { get; } = Bareme<PrestationsDuQuotient>.FromValeurs(
        "Prestations retenues dans le quotient familial",
        new ValeurDatee<PrestationsDuQuotient>(
            DebutParDefaut,
            Familiales,
            "Définition Cnaf du quotient familial (caf.fr) : 1/12 des revenus N-2 + prestations familiales mensuelles ; prestations familiales de CSS L511-1 versées chaque mois (valeur par défaut, à confirmer dans le règlement intérieur d'action sociale de la Caf)"));

    /// <summary>Les prestations retenues, dans l'ordre de <see cref="Prestation.Toutes"/>.</summary>
    public ImmutableArray<Prestation> Retenues { get; }

    /// <summary>La prestation est-elle ajoutée aux ressources ?</summary>
    /// <param name="prestation">La prestation.</param>
    /// <returns><see langword="true"/> si elle est retenue.</returns>
    public bool Retient(Prestation prestation) => _retenues.Contains(Preconditions.CheckNotNull(prestation));

    /// <summary>Les prestations retenues et les exclusions de principe, en une ligne.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"retenues : {(Retenues.IsEmpty ? "aucune" : string.Join(", ", Retenues.Select(p => p.Libelle)))} ; toujours exclues : {ExclusionsDePrincipe} ; les autres prestations du dossier ne sont pas retenues";
}
