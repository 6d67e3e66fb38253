using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement;

/// <summary>Une donnée utilisée par une décision, avec sa valeur et sa source (CRPA R311-3-1-2, 2°).</summary>
/// <param name="Nom">Nom de la donnée, en français (« Ressources mensuelles »).</param>
/// <param name="Valeur">Valeur telle qu'utilisée, formatée en français.</param>
/// <param name="Source">D'où vient la donnée (« dossier allocataire », « déclaration trimestrielle »…).</param>
public sealed record DonneeUtilisee(string Nom, string Valeur, string Source)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Nom} : {Valeur} ({Source})";
}

/// <summary>Un paramètre appliqué par une décision, avec sa date d'effet et sa référence juridique (CRPA R311-3-1-2, 3°).</summary>
/// <param name="Nom">Nom du paramètre (« SMIC mensuel brut »).</param>
/// <param name="Valeur">Valeur appliquée, formatée en français.</param>
/// <param name="EnVigueurDepuis">Date d'effet de la valeur, si le paramètre est daté.</param>
/// <param name="Reference">Référence juridique ou politique locale qui fixe la valeur.</param>
public sealed record ParametreApplique(string Nom, string Valeur, LocalDate? EnVigueurDepuis, string Reference)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Nom} : {Valeur}{(EnVigueurDepuis is { } d ? $", en vigueur depuis le {Dates.Formater(d)}" : string.Empty)} ({Reference})";
}

/// <summary>
/// L'explication d'une décision prise à l'aide d'un traitement algorithmique, selon les quatre points de
/// l'article R311-3-1-2 du code des relations entre le public et l'administration (CRPA), pour la personne concernée.
/// </summary>
/// <remarks>
/// <para>Les quatre points : (1) le degré et le mode de contribution du traitement à la décision
/// (<see cref="Contribution"/>) ; (2) les données traitées et leurs sources (<see cref="Donnees"/>) ; (3) les paramètres
/// de traitement et leur pondération appliqués à la situation de la personne (<see cref="Parametres"/>) ; (4) les
/// opérations effectuées (<see cref="Operations"/>). S'y ajoute la <see cref="Conclusion"/>.</para>
/// <para>Une explication ne contient ni nom, ni NIR, ni numéro allocataire en clair.</para>
/// </remarks>
public sealed class Explication : IEquatable<Explication>
{
    /// <summary>Crée une explication.</summary>
    /// <param name="regle">La règle appliquée (« Cible parents seuls 18-34 ans »).</param>
    /// <param name="contribution">Point 1 : degré et mode de contribution du traitement à la décision.</param>
    /// <param name="donnees">Point 2 : les données utilisées et leurs sources.</param>
    /// <param name="parametres">Point 3 : les paramètres appliqués.</param>
    /// <param name="operations">Point 4 : les opérations effectuées, dans l'ordre.</param>
    /// <param name="conclusion">La conclusion, en une phrase.</param>
    /// <param name="estSatisfaite">Le sens de la décision (la règle est-elle satisfaite ?).</param>
    /// <exception cref="ArgumentException">Un texte obligatoire est vide.</exception>
    public Explication(
        string regle,
        string contribution,
        IEnumerable<DonneeUtilisee> donnees,
        IEnumerable<ParametreApplique> parametres,
        IEnumerable<string> operations,
        string conclusion,
        bool estSatisfaite)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(regle), nameof(regle), "La règle est obligatoire.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(contribution), nameof(contribution), "La contribution est obligatoire.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(conclusion), nameof(conclusion), "La conclusion est obligatoire.");
        Regle = regle;
        Contribution = contribution;
        Donnees = [.. Preconditions.CheckNotNull(donnees)];
        Parametres = [.. Preconditions.CheckNotNull(parametres)];
        Operations = [.. Preconditions.CheckNotNull(operations)];
        Conclusion = conclusion;
        EstSatisfaite = estSatisfaite;
        VoiesDeRecours = [];
    }

    private Explication(Explication source, ImmutableArray<VoieDeRecours> voies)
    {
        Regle = source.Regle;
        Contribution = source.Contribution;
        Donnees = source.Donnees;
        Parametres = source.Parametres;
        Operations = source.Operations;
        Conclusion = source.Conclusion;
        EstSatisfaite = source.EstSatisfaite;
        VoiesDeRecours = voies;
    }

    /// <summary>La règle appliquée.</summary>
    public string Regle { get; }

    /// <summary>Point 1 : degré et mode de contribution du traitement algorithmique à la décision.</summary>
    public string Contribution { get; }

    /// <summary>Point 2 : données traitées et leurs sources.</summary>
    public ImmutableArray<DonneeUtilisee> Donnees { get; }

    /// <summary>Point 3 : paramètres appliqués, avec leur date d'effet et leur référence.</summary>
    public ImmutableArray<ParametreApplique> Parametres { get; }

    /// <summary>Point 4 : opérations effectuées.</summary>
    public ImmutableArray<string> Operations { get; }

    /// <summary>La conclusion.</summary>
    public string Conclusion { get; }

    /// <summary>Le sens de la décision expliquée.</summary>
    public bool EstSatisfaite { get; }

    /// <summary>
    /// Les voies et délais de recours ouverts contre la décision, à mentionner dans sa notification (CRPA L211-2 ;
    /// CJA R421-5) ; vide quand l'explication ne porte pas une décision défavorable.
    /// </summary>
    public ImmutableArray<VoieDeRecours> VoiesDeRecours { get; }

    /// <summary>
    /// La motivation de la décision : l'énoncé des considérations de droit (les références des paramètres appliqués) et
    /// de fait (les données utilisées) qui la fondent, et sa conclusion (CRPA L211-5).
    /// </summary>
    public string Motivation
    {
        get
        {
            var droit = Parametres.Select(p => p.Reference).Where(r => !string.IsNullOrWhiteSpace(r)).Distinct().ToList();
            var fait = Donnees.Select(d => $"{d.Nom} : {d.Valeur}").ToList();
            return $"En droit : {(droit.Count == 0 ? Regle : string.Join(" ; ", droit))}. "
                + $"En fait : {(fait.Count == 0 ? "aucune donnée individuelle" : string.Join(" ; ", fait))}. {Conclusion}";
        }
    }

    /// <summary>La même explication, avec les voies et délais de recours de la décision.</summary>
    /// <param name="voies">Les voies de recours (par exemple <see cref="VoieDeRecours.DecisionRsa"/>).</param>
    /// <returns>L'explication.</returns>
    /// <exception cref="ArgumentException">Une voie de recours est incomplète.</exception>
    public Explication AvecVoiesDeRecours(IEnumerable<VoieDeRecours> voies) =>
        new(this, [.. Preconditions.CheckNotNull(voies).Select(VoieDeRecours.Verifiee)]);

    /// <inheritdoc/>
    public bool Equals(Explication? other) =>
        other is not null && Regle == other.Regle && Contribution == other.Contribution && Conclusion == other.Conclusion
        && EstSatisfaite == other.EstSatisfaite && Donnees.SequenceEqual(other.Donnees)
        && Parametres.SequenceEqual(other.Parametres) && Operations.SequenceEqual(other.Operations)
        && VoiesDeRecours.SequenceEqual(other.VoiesDeRecours);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Explication);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Regle, Conclusion, EstSatisfaite);

    /// <summary>Le texte de l'explication en français, en quatre points.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Regle} : {Conclusion}").AppendLine();
        sb.Append(CultureInfo.InvariantCulture, $"1. Contribution du traitement : {Contribution}").AppendLine();
        sb.AppendLine("2. Données utilisées :");
        foreach (var d in Donnees)
        {
            sb.Append(CultureInfo.InvariantCulture, $"   - {d.Nom} : {d.Valeur} (source : {d.Source})").AppendLine();
        }

        sb.AppendLine("3. Paramètres appliqués :");
        foreach (var p in Parametres)
        {
            var depuis = p.EnVigueurDepuis is { } date ? $", en vigueur depuis le {Dates.Formater(date)}" : string.Empty;
            sb.Append(CultureInfo.InvariantCulture, $"   - {p.Nom} : {p.Valeur}{depuis} ({p.Reference})").AppendLine();
        }

        sb.AppendLine("4. Opérations effectuées :");
        foreach (var o in Operations)
        {
            sb.Append(CultureInfo.InvariantCulture, $"   - {o}").AppendLine();
        }

        if (!VoiesDeRecours.IsEmpty)
        {
            sb.AppendLine("Voies et délais de recours :");
            foreach (var v in VoiesDeRecours)
            {
                sb.Append(CultureInfo.InvariantCulture, $"   - {v}").AppendLine();
            }
        }

        return sb.ToString();
    }
}
