using System.Collections.Immutable;
using Caf.Accompagnement.Foyers;
using NodaTime;

namespace Caf.Accompagnement.Ruptures;

/// <summary>Le résultat de la détection des ruptures de droits pour un foyer à une date : ses signaux, un par motif.</summary>
public sealed class DetectionFoyer
{
    internal DetectionFoyer(Foyer foyer, LocalDate evalueLe, ImmutableArray<Signal> signaux, LocalDate? prochaineRevision)
    {
        Foyer = foyer;
        EvalueLe = evalueLe;
        Signaux = signaux;
        ProchaineRevision = prochaineRevision;
    }

    /// <summary>Le numéro allocataire du foyer.</summary>
    public NumeroAllocataire Numero => Foyer.Numero;

    /// <summary>La date de l'évaluation.</summary>
    public LocalDate EvalueLe { get; }

    /// <summary>Les signaux, par gravité décroissante puis par code de public.</summary>
    public ImmutableArray<Signal> Signaux { get; }

    /// <summary>La première date où, sans changement des données, la détection peut changer ; <see langword="null"/> si jamais.</summary>
    public LocalDate? ProchaineRevision { get; }

    /// <summary><see langword="true"/> si au moins un signal.</summary>
    public bool EstSignale => !Signaux.IsEmpty;

    /// <summary>La gravité la plus haute, ou <see langword="null"/>.</summary>
    public Gravite? GraviteMaximale => Signaux.IsEmpty ? null : Signaux[0].Gravite;

    internal Foyer Foyer { get; }

    /// <summary>Le nombre de signaux (numéro masqué).</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"Foyer {Numero} : {Signaux.Length} signal(aux) au {Dates.Formater(EvalueLe)}";
}
