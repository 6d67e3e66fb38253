namespace Caf.Accompagnement.Utility;

/// <summary>
/// Le lecteur de texte placé entre le fichier et le lecteur CSV : il suit les enregistrements (RFC 4180, comme le
/// lecteur CSV en style standard) pour situer chacun par ses lignes physiques, saute un BOM (U+FEFF) en tête du texte,
/// coupe les enregistrements trop longs, repère les caractères d'un décodage raté, et garde le texte de l'enregistrement
/// en cours de lecture pour citer l'extrait fautif d'un CSV mal formé.
/// </summary>
/// <remarks>
/// <para><b>Enregistrements.</b> Numérotés à partir de 0 (l'en-tête). Un enregistrement commence à son premier caractère
/// et finit à un saut de ligne hors guillemets (<c>\n</c>, <c>\r\n</c> ou <c>\r</c> seul) ou à la fin du texte ; un
/// guillemet n'ouvre un champ qu'en tête de champ, <c>""</c> y est un guillemet, un guillemet ailleurs est un caractère
/// ordinaire.</para>
/// <para><b>Trop long.</b> Au-delà de <see cref="LongueurMaximaleEnregistrement"/> caractères, le reste de
/// l'enregistrement n'est pas transmis (un guillemet fermant est ajouté si la coupure tombe dans un champ entre
/// guillemets) : le lecteur CSV reçoit un enregistrement court, marqué <see cref="Enregistrement.Tronque"/>, et la
/// lecture continue à l'enregistrement suivant.</para>
/// <para><b>Séparateur et BOM.</b> Le séparateur de champs est celui donné (virgule par défaut). Un BOM (U+FEFF) en
/// tête du texte ou d'un enregistrement est sauté.</para>
/// <para><b>Décodage.</b> Le caractère de remplacement U+FFFD (octets invalides pour l'encodage du flux) et le caractère
/// nul U+0000 (fichier UTF-16 lu comme UTF-8) sont relevés avec leur ligne et leur champ
/// (<see cref="Enregistrement.LigneAnomalie"/>).</para>
/// <para>Le texte gardé va du début du plus ancien enregistrement encore utile à la fin du dernier bloc lu, jamais le
/// fichier entier.</para>
/// </remarks>
internal sealed class TexteSuivi : TextReader
{
    /// <summary>La longueur maximale d'un enregistrement (en caractères, sauts de ligne internes compris).</summary>
    internal const int LongueurMaximaleEnregistrement = 16_384;

    private const char Bom = '\uFEFF';

    private readonly TextReader _source;
    private readonly char _separateur;
    private readonly char[] _lu = new char[4096];
    private readonly List<Enregistrement> _enregistrements = [];
    private int _luDebut;
    private int _luFin;
    private bool _finDuSource;
    private bool _debutDuTexte = true;

    // Caractères ajoutés à transmettre avant la suite (guillemet fermant d'un enregistrement coupé, puis son saut de ligne).
    private readonly char[] _ajoutes = new char[2];
    private int _nombreAjoutes;
    private int _premierAjoute;

    // Suivi des lignes physiques : la ligne du prochain caractère ; vrai si le dernier caractère était \r.
    private int _ligne = 1;
    private bool _apresCr;

    // Suivi de l'enregistrement courant.
    private Enregistrement? _courant;
    private Etat _etat;
    private Etat _etatALaCoupure;
    private int _champ;
    private int _longueur;
    private bool _terminateurCr;
    private int _indexDuPremier;

    // Texte transmis gardé : _tampon[0] est le caractère transmis d'indice absolu _origine.
    private char[] _tampon = new char[1024];
    private int _longueurGardee;
    private long _origine;
    private long _transmis;
    private long _garderDepuis;

    /// <summary>Suit le texte lu dans <paramref name="source"/>.</summary>
    /// <param name="source">Le texte (il n'est pas fermé par ce lecteur).</param>
    /// <param name="separateur">Le séparateur de champs (<c>,</c>, <c>;</c> ou tabulation).</param>
    /// <param name="premiereLigne">La ligne physique du premier caractère de <paramref name="source"/> (2 quand une
    /// première ligne <c>sep=;</c> a déjà été lue).</param>
    /// <param name="apresCr">Vrai si la ligne déjà lue finissait par <c>\r</c> : un <c>\n</c> en tête est la fin de son
    /// <c>\r\n</c>, pas une nouvelle ligne.</param>
    internal TexteSuivi(TextReader source, char separateur = ',', int premiereLigne = 1, bool apresCr = false)
    {
        _source = source;
        _separateur = separateur;
        _ligne = premiereLigne;
        _apresCr = apresCr;
        _terminateurCr = apresCr;
    }

    private enum Etat
    {
        DebutDeChamp,
        HorsGuillemets,
        DansGuillemets,
        GuillemetEnAttente,
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
        var n = 0;
        while (n < buffer.Length)
        {
            if (_nombreAjoutes > 0)
            {
                buffer[n++] = _ajoutes[_premierAjoute++];
                _nombreAjoutes--;
                continue;
            }

            if (_luDebut == _luFin)
            {
                // Ne jamais rendre un \r seul en fin de lecture : le lecteur CSV verrait le \n suivant comme une ligne vide.
                if (_finDuSource || (n > 0 && buffer[n - 1] != '\r'))
                {
                    break;
                }

                _luFin = Math.Max(0, _source.Read(_lu, 0, _lu.Length));
                _luDebut = 0;
                if (_luFin == 0)
                {
                    _finDuSource = true;
                    FinirEnregistrement(_ligne);
                }

                continue;
            }

            var c = _lu[_luDebut++];
            if (Traiter(c))
            {
                buffer[n++] = c;
            }
        }

        Garder(buffer[..n]);
        return n;
    }

    /// <summary>L'enregistrement d'indice donné (0 pour l'en-tête), s'il a commencé et n'est pas oublié.</summary>
    /// <param name="index">L'indice.</param>
    /// <returns>L'enregistrement, ou <see langword="null"/>.</returns>
    internal Enregistrement? EnregistrementNumero(int index)
    {
        var i = index - _indexDuPremier;
        return i >= 0 && i < _enregistrements.Count ? _enregistrements[i] : null;
    }

    /// <summary>Les enregistrements avant <paramref name="index"/> ne seront plus demandés : leur suivi et leur texte peuvent être oubliés.</summary>
    /// <param name="index">Le premier enregistrement encore utile.</param>
    internal void Oublier(int index)
    {
        if (EnregistrementNumero(index) is { } e)
        {
            _garderDepuis = Math.Max(_garderDepuis, e.Debut);
        }

        var a = index - _indexDuPremier;
        if (a > 1024 && a <= _enregistrements.Count)
        {
            _enregistrements.RemoveRange(0, a);
            _indexDuPremier = index;
        }
    }

    /// <summary>
    /// Situe le champ d'ordinal donné d'un enregistrement : la ligne physique où il commence, le début de son texte brut
    /// (au plus <paramref name="longueurMax"/> caractères) et s'il est fermé (guillemet fermant trouvé sur la même ligne,
    /// ou champ sans guillemet) ; l'extrait s'arrête à la fin du champ s'il est fermé, à la fin de la ligne sinon.
    /// </summary>
    /// <param name="index">L'indice de l'enregistrement.</param>
    /// <param name="ordinal">L'ordinal du champ (0 pour le premier).</param>
    /// <param name="longueurMax">La longueur maximale de l'extrait.</param>
    /// <returns>La ligne du champ, son extrait (<see langword="null"/> si le texte n'est plus disponible) et s'il est fermé.</returns>
    internal (int Ligne, string? Extrait, bool Ferme) Situer(int index, int ordinal, int longueurMax)
    {
        var e = EnregistrementNumero(index);
        if (e is null)
        {
            return (_ligne, null, false);
        }

        if (e.Debut < _origine)
        {
            return (e.Ligne, null, false);
        }

        var texte = _tampon.AsSpan((int)(e.Debut - _origine), (int)(_origine + _longueurGardee - e.Debut));
        var champ = 0;
        var debutChamp = 0;
        var entreGuillemets = false;
        var ligneDuChamp = e.Ligne;
        var ligne = e.Ligne;
        for (var i = 0; i < texte.Length && champ < ordinal; i++)
        {
            var c = texte[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= texte.Length || texte[i + 1] != '\n')))
            {
                ligne++;
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
            else if (c == _separateur)
            {
                champ++;
                debutChamp = i + 1;
                ligneDuChamp = ligne;
            }
        }

        if (champ < ordinal)
        {
            return (e.Ligne, null, false);
        }

        var reste = texte[debutChamp..];
        var fin = reste.IndexOfAny('\r', '\n');
        var ferme = true;
        if (!reste.IsEmpty && reste[0] == '"')
        {
            var fermant = FinDeGuillemets(reste);
            if (fermant < 0 || reste[..fermant].IndexOfAny('\r', '\n') >= 0)
            {
                // Jamais fermé, ou fermé sur une ligne suivante (le guillemet fermant est peut-être celui d'un autre
                // enregistrement) : l'extrait s'arrête à la fin de la ligne, et peut déborder sur les champs suivants.
                ferme = false;
            }
            else
            {
                var apres = reste[(fermant + 1)..].IndexOfAny(_separateur, '\r', '\n');
                fin = apres < 0 ? -1 : fermant + 1 + apres;
            }
        }
        else
        {
            fin = reste.IndexOfAny(_separateur, '\r', '\n');
        }

        var extrait = fin < 0 ? reste : reste[..fin];
        if (!ferme)
        {
            var finDeLigne = extrait.IndexOfAny('\r', '\n');
            extrait = finDeLigne < 0 ? extrait : extrait[..finDeLigne];
        }

        return (ligneDuChamp, extrait.Length > longueurMax ? string.Concat(extrait[..longueurMax], "…") : extrait.ToString(), ferme);
    }

    /// <summary>L'indice du guillemet fermant d'un champ qui commence par un guillemet, ou -1.</summary>
    private static int FinDeGuillemets(ReadOnlySpan<char> champ)
    {
        for (var i = 1; i < champ.Length; i++)
        {
            if (champ[i] != '"')
            {
                continue;
            }

            if (i + 1 < champ.Length && champ[i + 1] == '"')
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary>Suit un caractère lu ; vrai s'il est transmis au lecteur CSV.</summary>
    private bool Traiter(char c)
    {
        if (_debutDuTexte)
        {
            _debutDuTexte = false;
            if (c == Bom)
            {
                return false;
            }
        }

        var ligneDuCaractere = _ligne;
        if (c == '\n')
        {
            _ligne += _apresCr ? 0 : 1;
            _apresCr = false;
        }
        else if (c == '\r')
        {
            _ligne++;
            _apresCr = true;
        }
        else
        {
            _apresCr = false;
        }

        if (_courant is null)
        {
            if (c == Bom)
            {
                // Un BOM en tête d'une ligne (fichiers mis bout à bout, ligne d'en-tête après sep=;) n'est pas du texte.
                return false;
            }

            if (c == '\n' && _terminateurCr)
            {
                // Le \n d'un \r\n qui a terminé l'enregistrement précédent.
                _terminateurCr = false;
                _transmis++;
                return true;
            }

            _courant = new Enregistrement(ligneDuCaractere, _transmis);
            _enregistrements.Add(_courant);
            _etat = Etat.DebutDeChamp;
            _champ = 0;
            _longueur = 0;
        }

        _terminateurCr = false;
        var avant = _etat;
        var terminateur = false;
        switch (_etat)
        {
            case Etat.DansGuillemets:
                if (c == '"')
                {
                    _etat = Etat.GuillemetEnAttente;
                }

                break;
            case Etat.GuillemetEnAttente when c == '"':
                _etat = Etat.DansGuillemets;
                break;
            case Etat.DebutDeChamp when c == '"':
                _etat = Etat.DansGuillemets;
                break;
            default:
                _etat = Etat.HorsGuillemets;
                if (c == _separateur)
                {
                    _champ++;
                    _etat = Etat.DebutDeChamp;
                }
                else if (c is '\n' or '\r')
                {
                    terminateur = true;
                }

                break;
        }

        var e = _courant;
        if (terminateur)
        {
            FinirEnregistrement(ligneDuCaractere);
            _terminateurCr = c == '\r';
            if (e.Tronque)
            {
                // Le saut de ligne suit le guillemet fermant ajouté, s'il y en a un.
                Ajouter(c);
                return false;
            }

            _transmis++;
            return true;
        }

        if (c is '\uFFFD' or '\0' && e.LigneAnomalie is null)
        {
            e.LigneAnomalie = ligneDuCaractere;
            e.ChampAnomalie = _champ;
        }

        if (e.Tronque)
        {
            return false;
        }

        if (++_longueur > LongueurMaximaleEnregistrement)
        {
            e.Tronque = true;
            _etatALaCoupure = avant;
            return false;
        }

        _transmis++;
        return true;
    }

    /// <summary>Termine l'enregistrement courant, à sa dernière ligne physique (celle de son saut de ligne, ou la dernière du texte).</summary>
    private void FinirEnregistrement(int ligneDeFin)
    {
        if (_courant is not { } e)
        {
            return;
        }

        e.LigneDeFin = ligneDeFin;
        if (e.Tronque && _etatALaCoupure == Etat.DansGuillemets)
        {
            Ajouter('"');
        }

        _courant = null;
    }

    private void Ajouter(char c)
    {
        if (_nombreAjoutes == 0)
        {
            _premierAjoute = 0;
        }

        _ajoutes[_premierAjoute + _nombreAjoutes] = c;
        _nombreAjoutes++;
        _transmis++;
    }

    private void Garder(ReadOnlySpan<char> lus)
    {
        // Oublier le texte des enregistrements déjà lus par le lecteur CSV.
        var aOublier = (int)Math.Min(_garderDepuis - _origine, _longueurGardee);
        if (aOublier > 0 && aOublier >= _longueurGardee / 2)
        {
            _tampon.AsSpan(aOublier, _longueurGardee - aOublier).CopyTo(_tampon);
            _longueurGardee -= aOublier;
            _origine += aOublier;
        }

        if (lus.IsEmpty)
        {
            return;
        }

        if (_longueurGardee + lus.Length > _tampon.Length)
        {
            Array.Resize(ref _tampon, Math.Max(_tampon.Length * 2, _longueurGardee + lus.Length));
        }

        lus.CopyTo(_tampon.AsSpan(_longueurGardee));
        _longueurGardee += lus.Length;
    }

    /// <summary>Le suivi d'un enregistrement.</summary>
    /// <param name="ligne">La ligne physique où il commence.</param>
    /// <param name="debut">L'indice absolu, dans le texte transmis, de son premier caractère.</param>
    internal sealed class Enregistrement(int ligne, long debut)
    {
        /// <summary>La ligne physique où l'enregistrement commence.</summary>
        internal int Ligne { get; } = ligne;

        /// <summary>La ligne physique où il finit (celle de son saut de ligne final), une fois fini.</summary>
        internal int? LigneDeFin { get; set; }

        /// <summary>L'indice absolu de son premier caractère dans le texte transmis.</summary>
        internal long Debut { get; } = debut;

        /// <summary>Vrai s'il dépassait <see cref="LongueurMaximaleEnregistrement"/> caractères (seul son début a été transmis).</summary>
        internal bool Tronque { get; set; }

        /// <summary>La ligne physique du premier caractère de décodage raté (U+FFFD ou U+0000), s'il y en a un.</summary>
        internal int? LigneAnomalie { get; set; }

        /// <summary>L'ordinal du champ de ce caractère.</summary>
        internal int ChampAnomalie { get; set; }
    }
}
