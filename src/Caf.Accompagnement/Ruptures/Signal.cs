using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Ruptures;

/// <summary>Un signal de risque de rupture de droits pour un foyer : un motif de contact, sa gravité, l'intervenant attendu et son explication.</summary>
/// <remarks>Un signal par motif : un foyer peut en avoir plusieurs ; la campagne les fusionne en un seul contact.</remarks>
public sealed class Signal : IEquatable<Signal>
{
    /// <summary>Crée un signal.</summary>
    /// <param name="codePublic">Code stable du public de campagne qui a émis le signal.</param>
    /// <param name="libelle">Libellé du motif, en français.</param>
    /// <param name="gravite">La gravité.</param>
    /// <param name="intervenant">Le type d'intervenant attendu.</param>
    /// <param name="explication">L'explication (CRPA R311-3-1-2).</param>
    /// <param name="echeance">Date avant laquelle agir (date limite d'une pièce), s'il y a lieu.</param>
    /// <exception cref="ArgumentException">Un texte est vide.</exception>
    public Signal(string codePublic, string libelle, Gravite gravite, TypeIntervenant intervenant, Explication explication, LocalDate? echeance = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(codePublic), nameof(codePublic), "Le code du public est obligatoire.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(libelle), nameof(libelle), "Le libellé est obligatoire.");
        CodePublic = codePublic;
        Libelle = libelle;
        Gravite = Preconditions.CheckNotNull(gravite);
        Intervenant = Preconditions.CheckNotNull(intervenant);
        Explication = Preconditions.CheckNotNull(explication);
        Echeance = echeance;
    }

    /// <summary>Code stable du public de campagne.</summary>
    public string CodePublic { get; }

    /// <summary>Libellé du motif.</summary>
    public string Libelle { get; }

    /// <summary>La gravité.</summary>
    public Gravite Gravite { get; }

    /// <summary>Le type d'intervenant attendu.</summary>
    public TypeIntervenant Intervenant { get; }

    /// <summary>L'explication.</summary>
    public Explication Explication { get; }

    /// <summary>Date avant laquelle agir, ou <see langword="null"/>.</summary>
    public LocalDate? Echeance { get; }

    /// <inheritdoc/>
    public bool Equals(Signal? other) =>
        other is not null && CodePublic == other.CodePublic && Libelle == other.Libelle && Gravite == other.Gravite
        && Intervenant == other.Intervenant && Echeance == other.Echeance && Explication.Equals(other.Explication);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Signal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CodePublic, Gravite, Echeance);

    /// <summary>Le motif et sa gravité.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Libelle} ({Gravite.Libelle})";
}
