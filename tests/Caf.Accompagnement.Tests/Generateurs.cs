using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Caf.Accompagnement.Tests;

/// <summary>Générateurs FsCheck des valeurs de base, construits par les fabriques publiques de la bibliothèque.</summary>
public static class Generateurs
{
    /// <summary>Dates bornées de 1940 à 2040.</summary>
    public static Gen<LocalDate> Date { get; } =
        Gen.Choose(0, Period.DaysBetween(new LocalDate(1940, 1, 1), new LocalDate(2040, 12, 31)))
            .Select(j => new LocalDate(1940, 1, 1).PlusDays(j));

    /// <summary>Montants de -10 000 000,00 € à 10 000 000,00 €.</summary>
    public static Gen<Montant> Montant { get; } =
        Gen.Choose(-1_000_000, 1_000_000).SelectMany(a => Gen.Choose(0, 999).Select(b => Caf.Accompagnement.Montant.FromCentimes((a * 1000L) + b)));

    public static Arbitrary<LocalDate> ArbDate() => Date.ToArbitrary();

    public static Arbitrary<Montant> ArbMontant() => Montant.ToArbitrary();
}

/// <summary>Enregistre les générateurs pour les propriétés : <c>[Property(Arbitrary = [typeof(ArbitrairesDuDomaine)])]</c>.</summary>
public static class ArbitrairesDuDomaine
{
    public static Arbitrary<LocalDate> LocalDate() => Generateurs.Date.ToArbitrary();

    public static Arbitrary<Montant> Montant() => Generateurs.Montant.ToArbitrary();
}
