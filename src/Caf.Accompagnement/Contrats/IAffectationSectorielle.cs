using Caf.Accompagnement.Territoires;

namespace Caf.Accompagnement.Contrats;

/// <summary>
/// Ce que le module des contrats doit savoir de la carte des secteurs : le secteur d'une commune, et si un travailleur
/// social de la Caf couvre ce secteur. Permet de vérifier qu'un référent Caf est bien le travailleur social du secteur
/// du foyer, et de compter les contrats par secteur.
/// </summary>
public interface IAffectationSectorielle
{
    /// <summary>Le code du secteur qui couvre une commune.</summary>
    /// <param name="commune">La commune de résidence du foyer.</param>
    /// <returns>Le code du secteur, ou <see langword="null"/> si la commune n'est couverte par aucun secteur.</returns>
    string? SecteurDe(CodeCommune commune);

    /// <summary><see langword="true"/> si le travailleur social intervient sur le secteur.</summary>
    /// <param name="identifiantTravailleur">Identifiant pseudonyme du travailleur social.</param>
    /// <param name="secteur">Le code du secteur.</param>
    /// <returns>Le résultat.</returns>
    bool EstTravailleurSocialDuSecteur(string identifiantTravailleur, string secteur);
}
