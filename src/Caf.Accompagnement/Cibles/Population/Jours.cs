using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>Numéros de jour (<see cref="NumeroDeJour"/>) avec une valeur pour « aucune date », pour les tables en masse.</summary>
internal static class Jours
{
    /// <summary>Valeur d'une date absente : plus petite que tout numéro de jour.</summary>
    internal const int Aucun = int.MinValue;

    internal static int De(LocalDate date) => NumeroDeJour.De(date);

    internal static int De(LocalDate? date) => date is { } d ? De(d) : Aucun;

    internal static LocalDate Date(int jour) => NumeroDeJour.VersDate(jour);

    internal static LocalDate? DateOuNull(int jour) => jour == Aucun ? null : Date(jour);
}
