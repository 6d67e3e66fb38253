using NodaTime;

namespace Caf.Accompagnement.Aides;

/// <summary>Un événement du domaine des aides (décision, versement, remboursement, engagement…).</summary>
/// <param name="Date">La date de l'événement.</param>
public abstract record EvenementAide(LocalDate Date);

/// <summary>Le nouvel état d'un agrégat des aides après un changement accepté, avec l'événement qui le décrit.</summary>
/// <typeparam name="T">Le type de l'agrégat (<see cref="Pret"/>, <see cref="DemandeDAide"/>, <see cref="EnveloppeBudgetaire"/>).</typeparam>
/// <param name="Etat">Le nouvel état (l'ancien reste inchangé).</param>
/// <param name="Evenement">L'événement.</param>
public sealed record Evolution<T>(T Etat, EvenementAide Evenement)
    where T : class;
