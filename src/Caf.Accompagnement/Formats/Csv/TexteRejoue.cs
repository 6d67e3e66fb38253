namespace Caf.Accompagnement.Cibles;

/// <summary>
/// Le texte relu par le lecteur CSV commun après un enregistrement que le découpage rapide ne tranche pas : un préfixe
/// (en-tête et lignes blanches), le reste du tampon, puis la suite de la source. Un séparateur autre que la virgule y est
/// échangé avec la virgule (et la virgule avec lui), ce qui garde les mêmes enregistrements et les mêmes champs.
/// </summary>
internal sealed class TexteRejoue(string prefixe, ReadOnlyMemory<char> tampon, TextReader? suite, char separateur) : TextReader
{
    private int _prefixe;
    private int _tampon;

    /// <summary>Le texte avec la virgule et <paramref name="separateur"/> échangés (l'échange est son propre inverse).</summary>
    /// <param name="texte">Le texte.</param>
    /// <param name="separateur">Le séparateur du fichier.</param>
    /// <returns>Le texte échangé.</returns>
    internal static string Echanger(string texte, char separateur)
    {
        if (separateur == ',' || texte.AsSpan().IndexOfAny(',', separateur) < 0)
        {
            return texte;
        }

        return string.Create(texte.Length, (texte, separateur), static (d, e) =>
        {
            for (var i = 0; i < d.Length; i++)
            {
                var c = e.texte[i];
                d[i] = c == ',' ? e.separateur : c == e.separateur ? ',' : c;
            }
        });
    }

    /// <inheritdoc/>
    public override int Read()
    {
        Span<char> un = stackalloc char[1];
        return Read(un) == 0 ? -1 : un[0];
    }

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        if (_prefixe < prefixe.Length)
        {
            var n = Math.Min(buffer.Length, prefixe.Length - _prefixe);
            prefixe.AsSpan(_prefixe, n).CopyTo(buffer);
            _prefixe += n;
            return n;
        }

        int lus;
        if (_tampon < tampon.Length)
        {
            lus = Math.Min(buffer.Length, tampon.Length - _tampon);
            tampon.Span.Slice(_tampon, lus).CopyTo(buffer);
            _tampon += lus;
        }
        else
        {
            lus = suite is null ? 0 : Math.Max(0, suite.Read(buffer));
        }

        if (separateur != ',')
        {
            foreach (ref var c in buffer[..lus])
            {
                c = c == ',' ? separateur : c == separateur ? ',' : c;
            }
        }

        return lus;
    }
}
