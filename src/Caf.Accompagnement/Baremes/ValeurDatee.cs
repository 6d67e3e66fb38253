using NodaTime;

namespace Caf.Accompagnement.Baremes;

/// <summary>Une valeur d'un barème, en vigueur à partir d'une date, avec sa référence juridique.</summary>
/// <typeparam name="T">Le type de la valeur.</typeparam>
/// <param name="Debut">Première date d'application.</param>
/// <param name="Valeur">La valeur.</param>
/// <param name="Reference">Le texte qui fixe la valeur (décret, arrêté, publication).</param>
public sealed record ValeurDatee<T>(LocalDate Debut, T Valeur, string Reference)
    where T : notnull
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Valeur} depuis le {Dates.Formater(Debut)} ({Reference})";
}
