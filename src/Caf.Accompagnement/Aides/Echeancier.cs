using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Aides;

/// <summary>Une échéance mensuelle d'un prêt.</summary>
/// <param name="Rang">Le rang, à partir de 1.</param>
/// <param name="Date">La date d'échéance.</param>
/// <param name="Montant">Le montant dû.</param>
public sealed record Echeance(int Rang, LocalDate Date, Montant Montant)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Échéance n° {Rang} du {Dates.Formater(Date)} : {Montant}");
}

/// <summary>
/// L'échéancier d'un prêt sans intérêt : des mensualités égales au centime près, de somme exactement égale au capital.
/// </summary>
/// <remarks>
/// <para>Invariants : au moins une échéance ; la somme des échéances est exactement le capital ; deux échéances
/// diffèrent d'au plus un centime. Règle du reste (<see cref="Montant.Repartir(int)"/>) : avec <c>q</c> le quotient
/// entier du capital en centimes par le nombre <c>n</c> d'échéances et <c>r</c> le reste (<c>0 ≤ r &lt; n</c>), les
/// <c>n − r</c> premières échéances valent <c>q</c> centimes et les <c>r</c> dernières <c>q + 1</c> centimes ; les
/// dates sont mensuelles à partir de la première (le 31 devient le dernier jour des mois plus courts).</para>
/// <para>Exemples : 1 500 € sur 40 mois, 40 × 37,50 € (Caf du Nord) ; 1 000 € sur 3 mois, 333,33 €, 333,33 €,
/// 333,34 € ; 1 000 € sur 7 mois, 2 × 142,85 € puis 5 × 142,86 €.</para>
/// </remarks>
public sealed class Echeancier
{
    private Echeancier(Montant capital, ImmutableArray<Echeance> echeances)
    {
        Capital = capital;
        Echeances = echeances;
    }

    /// <summary>Le capital réparti.</summary>
    public Montant Capital { get; }

    /// <summary>Les échéances, par date croissante.</summary>
    public ImmutableArray<Echeance> Echeances { get; }

    /// <summary>La date de la première échéance.</summary>
    public LocalDate PremiereEcheance => Echeances[0].Date;

    /// <summary>La date de la dernière échéance.</summary>
    public LocalDate DerniereEcheance => Echeances[^1].Date;

    /// <summary>La mensualité courante : celle de la première échéance (les dernières peuvent valoir un centime de plus).</summary>
    public Montant Mensualite => Echeances[0].Montant;

    /// <summary>
    /// Calcule l'échéancier d'un capital à partir de données d'entrée : les mêmes règles que <see cref="Pret.Create"/>
    /// (capital strictement positif, 1 à <see cref="Pret.DureeMaximale"/> mensualités sans échéance nulle, dernière
    /// échéance dans le calendrier), en erreurs plutôt qu'en exceptions.
    /// </summary>
    /// <param name="capital">Le capital.</param>
    /// <param name="nombreEcheances">Le nombre de mensualités.</param>
    /// <param name="premiereEcheance">La date de la première échéance.</param>
    /// <returns>L'échéancier, ou <c>aides.pret.capital</c>, <c>aides.pret.duree.*</c>, <c>aides.pret.calendrier</c>.</returns>
    public static Resultat<Echeancier> Create(Montant capital, int nombreEcheances, LocalDate premiereEcheance)
    {
        if (capital.Centimes <= 0)
        {
            return Resultat<Echeancier>.Echec(new Erreur("aides.pret.capital", "capital", capital.ToString(), "Le capital d'un prêt est strictement positif."));
        }

        return (Pret.VerifierDuree(nombreEcheances, capital) ?? Pret.VerifierCalendrier(nombreEcheances, premiereEcheance)) is { } erreur
            ? Resultat<Echeancier>.Echec(erreur)
            : Calculer(capital, nombreEcheances, premiereEcheance);
    }

    /// <summary>Calcule l'échéancier d'un capital.</summary>
    /// <param name="capital">Le capital, strictement positif.</param>
    /// <param name="nombreEcheances">Le nombre de mensualités, au moins 1.</param>
    /// <param name="premiereEcheance">La date de la première échéance.</param>
    /// <returns>L'échéancier.</returns>
    /// <exception cref="ArgumentException">Capital nul ou négatif, nombre d'échéances inférieur à 1 ou supérieur au
    /// nombre de centimes du capital (une échéance serait nulle).</exception>
    /// <exception cref="OverflowException">Une échéance tomberait au-delà du calendrier (<see cref="Pret.Create"/>
    /// le vérifie et renvoie une erreur).</exception>
    public static Echeancier Calculer(Montant capital, int nombreEcheances, LocalDate premiereEcheance)
    {
        Preconditions.CheckArgument(capital.Centimes > 0, nameof(capital), "Le capital est strictement positif.");
        Preconditions.CheckArgumentRange(nameof(nombreEcheances), nombreEcheances, 1, capital.Centimes);
        var parts = capital.Repartir(nombreEcheances);
        var echeances = ImmutableArray.CreateBuilder<Echeance>(nombreEcheances);
        for (var i = 0; i < nombreEcheances; i++)
        {
            echeances.Add(new Echeance(i + 1, premiereEcheance.PlusMonths(i), parts[i]));
        }

        return new Echeancier(capital, echeances.MoveToImmutable());
    }

    /// <summary>Le total des échéances dues au plus tard à une date.</summary>
    /// <param name="date">La date.</param>
    /// <returns>Le total dû.</returns>
    public Montant DuAu(LocalDate date)
    {
        var total = Montant.Zero;
        foreach (var e in Echeances)
        {
            if (e.Date <= date)
            {
                total += e.Montant;
            }
        }

        return total;
    }

    /// <summary>Résumé : nombre et montant des mensualités (<c>2 × 142,85 € puis 5 × 142,86 € à partir du …</c>).</summary>
    /// <returns>Le texte.</returns>
    public override string ToString()
    {
        var egales = 0;
        while (egales < Echeances.Length && Echeances[egales].Montant == Mensualite)
        {
            egales++;
        }

        return egales == Echeances.Length
            ? $"{Echeances.Length} × {Mensualite} à partir du {Dates.Formater(PremiereEcheance)}"
            : Echeances.Length - egales == 1
                ? $"{egales} × {Mensualite} puis {Echeances[^1].Montant} à partir du {Dates.Formater(PremiereEcheance)}"
                : $"{egales} × {Mensualite} puis {Echeances.Length - egales} × {Echeances[^1].Montant} à partir du {Dates.Formater(PremiereEcheance)}";
    }
}
