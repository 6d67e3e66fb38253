using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Aides;

/// <summary>
/// Un type d'aide financière individuelle ou de service d'action sociale : code, libellé, catégorie, formes admises
/// (subvention, prêt, ou les deux ; service), conditions d'éligibilité et règle de montant.
/// </summary>
/// <remarks>
/// <para>Ensemble ouvert : les types fournis (<see cref="AidesDeReference"/>) et ceux qu'un intégrateur définit dans son
/// propre assemblage sont des instances de cette même classe, servies par le <see cref="CatalogueDesAides"/> : ils se
/// comportent de la même façon partout (recherche, éligibilité et explication, enveloppes, bilan).</para>
/// <para>Invariants : code en majuscules (<c>A-Z</c>, chiffres, <c>_</c>, <c>-</c>, <c>.</c>), libellé non vide, au
/// moins une forme admise ; un service n'admet que la forme <see cref="FormeAide.Service"/> et une aide versée
/// n'admet pas cette forme.</para>
/// </remarks>
public sealed partial class TypeDAide : IEquatable<TypeDAide>
{
    /// <summary>Crée un type d'aide.</summary>
    /// <param name="code">Code stable (par exemple <c>AVF</c>, <c>LANDES.PERMIS</c>).</param>
    /// <param name="libelle">Libellé français.</param>
    /// <param name="categorie">Catégorie du bilan.</param>
    /// <param name="formes">Formes admises (au moins une).</param>
    /// <param name="conditions">Conditions d'éligibilité (toutes doivent être remplies ; aucune : ouvert à tous).</param>
    /// <param name="regleDeMontant">Règle du montant maximum.</param>
    /// <param name="reference">Texte qui fonde l'aide (règlement intérieur d'action sociale, source publique).</param>
    /// <exception cref="ArgumentException">Un invariant n'est pas respecté.</exception>
    public TypeDAide(
        string code,
        string libelle,
        CategorieAide categorie,
        IEnumerable<FormeAide> formes,
        IEnumerable<IConditionEligibilite> conditions,
        IRegleDeMontant regleDeMontant,
        string reference)
    {
        Preconditions.CheckArgument(code is not null && FormatDuCode().IsMatch(code), nameof(code), "Le code d'un type d'aide est en majuscules : lettres A-Z, chiffres, « _ », « - », « . ».");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(libelle), nameof(libelle), "Le libellé est obligatoire.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reference), nameof(reference), "La référence est obligatoire.");
        Categorie = Preconditions.CheckNotNull(categorie);
        FormesAdmises = [.. Preconditions.CheckNotNull(formes).Distinct()];
        Preconditions.CheckArgument(!FormesAdmises.IsEmpty, nameof(formes), "Un type d'aide admet au moins une forme.");
        Preconditions.CheckArgument(
            categorie.EstVersee ? !FormesAdmises.Contains(FormeAide.Service) : FormesAdmises.All(f => f == FormeAide.Service),
            nameof(formes),
            "Un service n'admet que la forme « service » ; une aide versée admet subvention et/ou prêt.");
        Conditions = [.. Preconditions.CheckNotNull(conditions)];
        RegleDeMontant = Preconditions.CheckNotNull(regleDeMontant);
        Code = code;
        Libelle = libelle;
        Reference = reference;
        VoiesDeRecours = VoieDeRecours.ActionSocialeCaf;
    }

    private TypeDAide(TypeDAide source, ImmutableArray<VoieDeRecours> voies)
    {
        Code = source.Code;
        Libelle = source.Libelle;
        Categorie = source.Categorie;
        FormesAdmises = source.FormesAdmises;
        Conditions = source.Conditions;
        RegleDeMontant = source.RegleDeMontant;
        Reference = source.Reference;
        VoiesDeRecours = voies;
    }

    /// <summary>Le code stable.</summary>
    public string Code { get; }

    /// <summary>Le libellé français.</summary>
    public string Libelle { get; }

    /// <summary>La catégorie du bilan.</summary>
    public CategorieAide Categorie { get; }

    /// <summary>Les formes admises.</summary>
    public ImmutableArray<FormeAide> FormesAdmises { get; }

    /// <summary>Les conditions d'éligibilité, toutes requises.</summary>
    public ImmutableArray<IConditionEligibilite> Conditions { get; }

    /// <summary>La règle du montant maximum.</summary>
    public IRegleDeMontant RegleDeMontant { get; }

    /// <summary>Le texte qui fonde l'aide.</summary>
    public string Reference { get; }

    /// <summary>
    /// Les voies et délais de recours contre un refus de cette aide, mentionnés dans la notification (CRPA L211-2 ;
    /// CJA R421-5) : par défaut <see cref="VoieDeRecours.ActionSocialeCaf"/> ; une Caf déclare les siens avec
    /// <see cref="AvecVoiesDeRecours"/>.
    /// </summary>
    public ImmutableArray<VoieDeRecours> VoiesDeRecours { get; }

    /// <summary>Le même type d'aide, avec les voies de recours que la Caf déclare pour un refus.</summary>
    /// <param name="voies">Les voies de recours (au moins une).</param>
    /// <returns>Le type d'aide.</returns>
    /// <exception cref="ArgumentException">Aucune voie, ou une voie incomplète.</exception>
    public TypeDAide AvecVoiesDeRecours(IEnumerable<VoieDeRecours> voies)
    {
        ImmutableArray<VoieDeRecours> liste = [.. Preconditions.CheckNotNull(voies).Select(VoieDeRecours.Verifiee)];
        Preconditions.CheckArgument(!liste.IsEmpty, nameof(voies), "Un refus ouvre au moins une voie de recours.");
        return new TypeDAide(this, liste);
    }

    /// <summary><see langword="true"/> si la forme est admise pour ce type.</summary>
    /// <param name="forme">La forme.</param>
    /// <returns>Admise ou non.</returns>
    public bool Admet(FormeAide forme) => FormesAdmises.Contains(forme);

    /// <summary>Évalue l'éligibilité d'une demande et le montant maximum, avec leur explication.</summary>
    /// <param name="contexte">La demande et son foyer.</param>
    /// <returns>La décision d'éligibilité expliquée.</returns>
    public Eligibilite Evaluer(ContexteEligibilite contexte)
    {
        Preconditions.CheckNotNull(contexte);
        return Eligibilite.Calculer(this, contexte);
    }

    /// <inheritdoc/>
    public bool Equals(TypeDAide? other) => other is not null && Code == other.Code;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TypeDAide);

    /// <inheritdoc/>
    public override int GetHashCode() => Code.GetHashCode(StringComparison.Ordinal);

    /// <summary>Le libellé et le code.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Libelle} ({Code})";

    [GeneratedRegex("^[A-Z0-9][A-Z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex FormatDuCode();
}
