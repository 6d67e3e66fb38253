namespace Caf.Accompagnement.Utility;

/// <summary>Écriture des cellules des tableaux Markdown de la bibliothèque.</summary>
internal static class EcritureMarkdown
{
    /// <summary>
    /// Une cellule de tableau : la barre verticale et la barre oblique inverse sont échappées (<c>\|</c>, <c>\\</c>), les
    /// fins de ligne et tabulations deviennent des espaces, pour qu'un texte (nom de secteur, libellé) ne casse pas le
    /// tableau.
    /// </summary>
    internal static string Cellule(string texte)
    {
        Preconditions.CheckNotNull(texte);
        if (texte.AsSpan().IndexOfAny("|\\\r\n\t") < 0)
        {
            return texte;
        }

        return texte
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", " ", StringComparison.Ordinal)
            .Replace('\r', ' ')
            .Replace('\n', ' ')
            .Replace('\t', ' ');
    }
}
