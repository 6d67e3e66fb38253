namespace Caf.Accompagnement.Flux;

/// <summary>Vérifications des textes courts du flux (codes, identifiants non personnels).</summary>
internal static class Textes
{
    /// <summary>Vérifie qu'un texte a au plus <paramref name="maximum"/> caractères et aucun caractère de contrôle.</summary>
    internal static bool Verifier(string? texte, int maximum, string champ, List<Erreur> erreurs)
    {
        if (texte is null)
        {
            erreurs.Add(new Erreur("flux.element.absent", champ, null, $"L'élément {champ} est obligatoire."));
            return false;
        }

        if (texte.Length > maximum)
        {
            erreurs.Add(new Erreur("flux.texte.longueur", champ, texte, $"L'élément {champ} a au plus {maximum} caractère(s) (schéma VRSB0801)."));
            return false;
        }

        foreach (var c in texte)
        {
            if (char.IsControl(c))
            {
                erreurs.Add(new Erreur("flux.texte.caractere", champ, null, $"L'élément {champ} ne contient pas de caractère de contrôle."));
                return false;
            }
        }

        return true;
    }
}
