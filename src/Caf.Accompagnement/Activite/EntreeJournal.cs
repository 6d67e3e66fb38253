using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Activite;

/// <summary>Une entrée datée du journal d'activité du travail social : intervention, nouvelle demande, étape de
/// rendez-vous, séance collective, contrat signé, aide attribuée ou versée.</summary>
/// <remarks>
/// <para>Ensemble fermé : seules les entrées définies par la bibliothèque existent (constructeur réservé), ce qui
/// garantit que le bilan sait compter chacune d'elles. Chaque entrée est rattachée à un secteur (celui du travailleur
/// social ou du foyer), ce qui permet le bilan par secteur ; la somme des secteurs donne le département.</para>
/// <para>Une entrée ne contient aucune donnée personnelle (ni nom, ni numéro allocataire) : le bilan n'en a pas
/// besoin.</para>
/// </remarks>
public abstract class EntreeJournal
{
    private protected EntreeJournal(LocalDate date, string secteur)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(secteur), nameof(secteur), "Le secteur est obligatoire.");
        Date = date;
        Secteur = secteur.Trim();
    }

    /// <summary>La date de l'événement.</summary>
    public LocalDate Date { get; }

    /// <summary>Le code du secteur de travail social auquel l'entrée est rattachée : le nom du secteur dans la carte des
    /// secteurs (<see cref="Territoires.Secteur.Nom"/>), comme pour le module des contrats
    /// (<see cref="Contrats.RegistreDesContrats.SecteurDe"/>). <see cref="Journal.VerifierSecteurs"/> contrôle
    /// qu'il existe dans la carte.</summary>
    public string Secteur { get; }

    /// <summary>La nature de l'entrée, code stable (<c>INTERVENTION</c>, <c>DEMANDE</c>, <c>RENDEZ_VOUS</c>…).</summary>
    public abstract string Nature { get; }

    /// <summary>Ajoute cette entrée aux compteurs d'un bilan.</summary>
    /// <param name="compteurs">Les compteurs.</param>
    internal abstract void Compter(Compteurs compteurs);

    /// <summary>Vérifie un texte obligatoire d'une saisie.</summary>
    private protected static void VerifierTexte(string? valeur, string champ, string code, List<Erreur> erreurs)
    {
        if (string.IsNullOrWhiteSpace(valeur))
        {
            erreurs.Add(new Erreur(code, champ, valeur, $"Le champ « {champ} » est obligatoire."));
        }
    }

    /// <summary>Lit un code d'énumération d'une saisie, en ajoutant l'erreur s'il est inconnu.</summary>
    private protected static T? Lire<T>(string? code, string champ, string codeErreur, List<Erreur> erreurs)
        where T : EnumerationCaf<T>, IEnumerationCaf<T>
    {
        if (EnumerationCaf<T>.TryFromCode(code, out var valeur))
        {
            return valeur;
        }

        erreurs.Add(new Erreur(
            codeErreur,
            champ,
            code,
            $"{char.ToUpperInvariant(T.NomDuType[0])}{T.NomDuType[1..]} inconnu ; codes admis : {string.Join(", ", T.Toutes.Select(t => t.Code))}. L'entrée n'est pas comptée."));
        return null;
    }
}
