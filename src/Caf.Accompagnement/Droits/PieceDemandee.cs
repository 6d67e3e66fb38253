using NodaTime;

namespace Caf.Accompagnement.Droits;

/// <summary>Une pièce justificative demandée à l'allocataire : sa nature, la prestation concernée, les dates de demande, de limite et de réception.</summary>
/// <remarks>Invariants (vérifiés par <see cref="Foyers.FoyerBuilder.Build"/>) : la date limite et la date de réception ne
/// précèdent pas la date de demande. Construite uniquement par <see cref="Foyers.FoyerBuilder.AvecPieceDemandee"/>.</remarks>
public sealed class PieceDemandee : IEquatable<PieceDemandee>
{
    internal PieceDemandee(NaturePiece nature, Prestation? prestation, LocalDate dateDemande, LocalDate dateLimite, LocalDate? dateReception)
    {
        Nature = nature;
        Prestation = prestation;
        DateDemande = dateDemande;
        DateLimite = dateLimite;
        DateReception = dateReception;
    }

    /// <summary>La nature de la pièce.</summary>
    public NaturePiece Nature { get; }

    /// <summary>La prestation pour laquelle la pièce est demandée, si elle est connue.</summary>
    public Prestation? Prestation { get; }

    /// <summary>La date de la demande.</summary>
    public LocalDate DateDemande { get; }

    /// <summary>La date limite de fourniture (dernier jour).</summary>
    public LocalDate DateLimite { get; }

    /// <summary>La date de réception, ou <see langword="null"/> si la pièce n'est pas reçue.</summary>
    public LocalDate? DateReception { get; }

    /// <summary><see langword="true"/> si la pièce est reçue au plus tard à la date donnée.</summary>
    /// <param name="reference">La date de référence.</param>
    /// <returns>Reçue ou non à cette date.</returns>
    public bool EstRecueAu(LocalDate reference) => DateReception is { } r && r <= reference;

    /// <inheritdoc/>
    public bool Equals(PieceDemandee? other) =>
        other is not null && Nature == other.Nature && Prestation == other.Prestation && DateDemande == other.DateDemande
        && DateLimite == other.DateLimite && DateReception == other.DateReception;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PieceDemandee);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Nature, Prestation, DateDemande, DateLimite, DateReception);

    /// <summary>La nature et les dates.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"{Nature.Libelle} demandée le {Dates.Formater(DateDemande)}, à fournir au plus tard le {Dates.Formater(DateLimite)}"
        + (DateReception is { } r ? $", reçue le {Dates.Formater(r)}" : ", non reçue");
}
