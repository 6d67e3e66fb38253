using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Territoires;

/// <summary>
/// Un travailleur social territorialisé de la Caf, connu par un identifiant pseudonyme (par exemple <c>TS-04</c>) :
/// le modèle n'a besoin d'aucun nom.
/// </summary>
/// <remarks>
/// <para>Forme de l'identifiant : 1 à 32 caractères parmi les lettres ASCII, les chiffres, <c>-</c>, <c>_</c> et
/// <c>.</c>, dont au moins un chiffre. L'exigence d'un chiffre écarte les noms de personne saisis par erreur
/// (minimisation des données, RGPD art. 5.1.c) ; la correspondance entre identifiant et agent reste dans le système
/// de gestion du personnel de la Caf.</para>
/// <para>Deux travailleurs sociaux sont égaux s'ils ont le même identifiant (comparaison ordinale, sensible à la casse).</para>
/// </remarks>
public sealed class TravailleurSocial : IEquatable<TravailleurSocial>
{
    /// <summary>Longueur maximale d'un identifiant.</summary>
    public const int LongueurMax = 32;

    private TravailleurSocial(string identifiant) => Identifiant = identifiant;

    /// <summary>L'identifiant pseudonyme (par exemple <c>TS-04</c>).</summary>
    public string Identifiant { get; }

    /// <summary>Lit un identifiant saisi ou importé.</summary>
    /// <param name="identifiant">Le texte (les espaces autour sont ignorés).</param>
    /// <param name="champ">Nom du champ, pour l'erreur.</param>
    /// <returns>Le travailleur social, ou l'erreur <c>referent.identifiant.vide</c>, <c>referent.identifiant.longueur</c>
    /// ou <c>referent.identifiant.format</c> ; un identifiant refusé peut être un nom : la valeur citée est le masque
    /// <see cref="Erreur.ValeurMasquee"/>.</returns>
    public static Resultat<TravailleurSocial> Create(string? identifiant, string champ = "referent")
    {
        var texte = identifiant?.Trim() ?? string.Empty;
        if (texte.Length == 0)
        {
            return Resultat<TravailleurSocial>.Echec(new Erreur("referent.identifiant.vide", champ, null, "L'identifiant du travailleur social est obligatoire."));
        }

        if (texte.Length > LongueurMax)
        {
            return Resultat<TravailleurSocial>.Echec(new Erreur("referent.identifiant.longueur", champ, Erreur.ValeurMasquee, $"Un identifiant de travailleur social a au plus {LongueurMax} caractères."));
        }

        if (!texte.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') || !texte.Any(char.IsAsciiDigit))
        {
            return Resultat<TravailleurSocial>.Echec(new Erreur(
                "referent.identifiant.format",
                champ,
                Erreur.ValeurMasquee,
                "Un identifiant de travailleur social est pseudonyme : lettres sans accent, chiffres, « - », « _ » ou « . », avec au moins un chiffre (par exemple TS-04), jamais un nom."));
        }

        return new TravailleurSocial(texte);
    }

    /// <summary>Crée un travailleur social ; lève une exception si l'identifiant est invalide.</summary>
    /// <param name="identifiant">L'identifiant pseudonyme.</param>
    /// <returns>Le travailleur social.</returns>
    /// <exception cref="ArgumentException">L'identifiant est invalide (voir <see cref="Create"/>).</exception>
    public static TravailleurSocial FromIdentifiant(string identifiant)
    {
        var r = Create(identifiant);
        Preconditions.CheckArgument(r.Reussi, nameof(identifiant), r.Reussi ? string.Empty : r.Erreurs[0].Message);
        return r.Valeur;
    }

    /// <inheritdoc/>
    public bool Equals(TravailleurSocial? other) => other is not null && string.Equals(Identifiant, other.Identifiant, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TravailleurSocial);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Identifiant);

    /// <summary>L'identifiant pseudonyme.</summary>
    /// <returns>L'identifiant.</returns>
    public override string ToString() => Identifiant;
}
