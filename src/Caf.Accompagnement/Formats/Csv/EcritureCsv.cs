using System.Globalization;
using System.Text;

namespace Caf.Accompagnement.Utility;

/// <summary>
/// Écriture des champs de tous les exports CSV de la bibliothèque : neutralisation des formules (injection CSV) et
/// guillemets au besoin.
/// </summary>
/// <remarks>
/// Un tableur exécute une cellule qui commence par <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, une tabulation ou un retour
/// chariot (<c>=HYPERLINK(…)</c>). Un tel champ est préfixé d'une apostrophe (<c>'=HYPERLINK(…)</c>), qu'un tableur
/// affiche comme du texte ; un nombre (<c>-12.50</c>, <c>-12,50</c>) reste intact. Un champ fait d'apostrophes puis d'un caractère de
/// formule (<c>'=x</c>) reçoit lui aussi une apostrophe de plus, pour que la lecture (<see cref="Restaurer"/>), qui ôte
/// une apostrophe devant un caractère de formule, rende exactement le champ écrit : export puis import est l'identité.
/// </remarks>
internal static class EcritureCsv
{
    /// <summary>Le champ, préfixé d'une apostrophe s'il commence par un caractère de formule et n'est pas un nombre.</summary>
    internal static string Neutraliser(string champ)
    {
        Preconditions.CheckNotNull(champ);
        var apostrophes = champ.AsSpan().IndexOfAnyExcept('\'');
        if (apostrophes < 0 || !EstFormule(champ[apostrophes]))
        {
            return champ;
        }

        return apostrophes == 0 && Baremes.ValeursDeBareme.TryLireDecimal(champ, out _) && champ.AsSpan().Trim().Length == champ.Length
            ? champ
            : "'" + champ;
    }

    /// <summary>
    /// L'inverse de <see cref="Neutraliser"/> à la lecture d'un import : ôte l'apostrophe de tête d'un champ fait d'une
    /// ou plusieurs apostrophes puis d'un caractère de formule (<c>'=x</c> → <c>=x</c>, <c>''=x</c> → <c>'=x</c>) ; tout
    /// autre champ est rendu tel quel (<c>'abc</c> garde son apostrophe).
    /// </summary>
    internal static string Restaurer(string champ)
    {
        Preconditions.CheckNotNull(champ);
        var apostrophes = champ.AsSpan().IndexOfAnyExcept('\'');
        return apostrophes > 0 && EstFormule(champ[apostrophes]) ? champ[1..] : champ;
    }

    private static bool EstFormule(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>Écrit un champ neutralisé, entre guillemets s'il contient le séparateur, un guillemet ou une fin de ligne.</summary>
    internal static void EcrireChamp(TextWriter sortie, string champ, char separateur = ',')
    {
        var texte = Neutraliser(champ);
        if (texte.AsSpan().IndexOfAny(separateur, '"', '\r') < 0 && !texte.Contains('\n', StringComparison.Ordinal))
        {
            sortie.Write(texte);
            return;
        }

        var sb = new StringBuilder(texte.Length + 2);
        sb.Append('"').Append(texte.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        sortie.Write(sb.ToString());
    }
}
