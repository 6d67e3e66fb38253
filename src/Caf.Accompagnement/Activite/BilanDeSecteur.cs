using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Activite;

/// <summary>Les chiffres d'un secteur dans un bilan annuel : ceux de la période et, s'ils sont connus, ceux de la
/// période précédente.</summary>
public sealed class BilanDeSecteur
{
    internal BilanDeSecteur(string secteur, ChiffresDActivite chiffres, ChiffresDActivite? chiffresPrecedents, BilanDesAides aides)
    {
        Aides = aides;
        Secteur = secteur;
        Chiffres = Preconditions.CheckNotNull(chiffres);
        ChiffresPrecedents = chiffresPrecedents;
    }

    /// <summary>Le code du secteur.</summary>
    public string Secteur { get; }

    /// <summary>Les chiffres du secteur sur la période du bilan.</summary>
    public ChiffresDActivite Chiffres { get; }

    /// <summary>Les chiffres du secteur sur la période précédente, ou <see langword="null"/> s'ils ne sont pas connus.</summary>
    public ChiffresDActivite? ChiffresPrecedents { get; }

    /// <summary>Le bilan des aides versées aux foyers du secteur, calculé par le module des aides.</summary>
    public BilanDesAides Aides { get; }

    /// <summary>Résumé du secteur.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"Secteur {Secteur} : {Chiffres}";
}
