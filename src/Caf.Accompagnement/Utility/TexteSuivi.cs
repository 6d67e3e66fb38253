namespace Caf.Accompagnement.Utility;

/// <summary>
/// Un lecteur de texte qui garde le texte déjà transmis à partir d'une ligne physique donnée, pour citer l'extrait fautif
/// d'un CSV mal formé. Le lecteur CSV lit par blocs en avance ; le texte gardé va du début de l'enregistrement en cours
/// de lecture à la fin du dernier bloc lu, jamais le fichier entier.
/// </summary>
/// <remarks>Fins de ligne : <c>\n</c>, <c>\r\n</c> ou <c>\r</c> seul, comme le lecteur CSV.</remarks>
internal sealed class TexteSuivi : TextReader
{
    private readonly TextReader _source;
    private char[] _tampon = new char[1024];
    private int _longueur;
    private int _debut;
    private int _ligneDuDebut = 1;
    private int _ligneAGarder = 1;

    /// <summary>Suit le texte lu dans <paramref name="source"/>.</summary>
    /// <param name="source">Le texte (il n'est pas fermé par ce lecteur).</param>
    internal TexteSuivi(TextReader source) => _source = source;

    /// <inheritdoc/>
    public override int Peek() => _source.Peek();

    /// <inheritdoc/>
    public override int Read()
    {
        var c = _source.Read();
        if (c >= 0)
        {
            Span<char> un = [(char)c];
            Garder(un);
        }

        return c;
    }

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count)
    {
        var lus = _source.Read(buffer, index, count);
        Garder(buffer.AsSpan(index, Math.Max(lus, 0)));
        return lus;
    }

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        var lus = _source.Read(buffer);
        Garder(buffer[..Math.Max(lus, 0)]);
        return lus;
    }

    /// <summary>Les lignes avant <paramref name="ligne"/> ne seront plus citées : leur texte peut être oublié.</summary>
    /// <param name="ligne">La première ligne physique encore utile (1 pour la première).</param>
    internal void Oublier(int ligne) => _ligneAGarder = Math.Max(_ligneAGarder, ligne);

    /// <summary>
    /// Situe le champ d'ordinal donné de l'enregistrement qui commence à la ligne physique <paramref name="ligne"/> :
    /// la ligne physique où le champ commence et le début de son texte brut (au plus <paramref name="longueurMax"/>
    /// caractères, sans dépasser la fin de sa ligne).
    /// </summary>
    /// <param name="ligne">La ligne physique où l'enregistrement commence.</param>
    /// <param name="ordinal">L'ordinal du champ (0 pour le premier) ; négatif si inconnu (début de l'enregistrement).</param>
    /// <param name="longueurMax">La longueur maximale de l'extrait.</param>
    /// <returns>La ligne du champ et son extrait ; l'extrait est <see langword="null"/> si le texte n'est plus disponible.</returns>
    internal (int Ligne, string? Extrait) Situer(int ligne, int ordinal, int longueurMax)
    {
        Avancer(ligne);
        if (_ligneDuDebut != ligne)
        {
            return (ligne, null);
        }

        var texte = _tampon.AsSpan(_debut, _longueur - _debut);
        var champ = 0;
        var debutChamp = 0;
        var entreGuillemets = false;
        var ligneDuChamp = ligne;
        for (var i = 0; i < texte.Length && champ < ordinal; i++)
        {
            var c = texte[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= texte.Length || texte[i + 1] != '\n')))
            {
                ligneDuChamp++;
            }

            if (entreGuillemets)
            {
                if (c == '"')
                {
                    if (i + 1 < texte.Length && texte[i + 1] == '"')
                    {
                        i++;
                    }
                    else
                    {
                        entreGuillemets = false;
                    }
                }
            }
            else if (c == '"' && i == debutChamp)
            {
                entreGuillemets = true;
            }
            else if (c == ',')
            {
                champ++;
                debutChamp = i + 1;
            }
        }

        if (champ < ordinal)
        {
            return (ligne, null);
        }

        var reste = texte[debutChamp..];
        var fin = reste.IndexOfAny('\r', '\n');
        var extrait = fin < 0 ? reste : reste[..fin];
        return (ligneDuChamp, extrait.Length > longueurMax ? string.Concat(extrait[..longueurMax], "…") : extrait.ToString());
    }

    private void Garder(ReadOnlySpan<char> lus)
    {
        if (lus.IsEmpty)
        {
            return;
        }

        Avancer(_ligneAGarder);
        if (_debut > 0 && _debut >= _longueur / 2)
        {
            _tampon.AsSpan(_debut, _longueur - _debut).CopyTo(_tampon);
            _longueur -= _debut;
            _debut = 0;
        }

        if (_longueur + lus.Length > _tampon.Length)
        {
            Array.Resize(ref _tampon, Math.Max(_tampon.Length * 2, _longueur + lus.Length));
        }

        lus.CopyTo(_tampon.AsSpan(_longueur));
        _longueur += lus.Length;
    }

    /// <summary>Avance le début du texte gardé jusqu'au début de la ligne physique donnée, si elle est déjà lue.</summary>
    private void Avancer(int ligne)
    {
        while (_ligneDuDebut < ligne)
        {
            var reste = _tampon.AsSpan(_debut, _longueur - _debut);
            var saut = reste.IndexOfAny('\r', '\n');
            if (saut < 0 || (reste[saut] == '\r' && saut + 1 >= reste.Length))
            {
                // Fin de ligne pas encore lue (ou \r dont on ignore s'il est suivi de \n) : attendre la suite.
                return;
            }

            _debut += saut + (reste[saut] == '\r' && reste[saut + 1] == '\n' ? 2 : 1);
            _ligneDuDebut++;
        }
    }
}
