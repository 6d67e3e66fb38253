using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using System.Xml;

namespace Caf.Accompagnement.Flux;

/// <summary>
/// Un <see cref="XmlReader"/> pour le XML le plus simple, celui qu'écrivent les applications des Caf et de la MSA : des
/// éléments sans attribut ni préfixe, aux noms ASCII, et du texte UTF-8 (entités prédéfinies comprises). Il lit un lot
/// de dossiers déjà en mémoire, nœud par nœud sur les octets, et rend les mêmes nœuds, valeurs et lignes que
/// <see cref="XmlReader.Create(Stream, XmlReaderSettings?)"/> aux réglages du lecteur du flux (blancs et commentaires
/// ignorés, fragment).
/// </summary>
/// <remarks>
/// <para><b>Tout ou rien.</b> Au premier octet hors de ce sous-ensemble ou mal formé (commentaire, CDATA, instruction de
/// traitement, attribut, espace de noms, nom non ASCII, référence de caractère, caractère interdit, balise sur
/// plusieurs lignes, balises mal appariées, élément inachevé…), la lecture lève <see cref="HorsDuSousEnsemble"/> :
/// celui qui lit le lot le relit alors en entier par le lecteur XML de .NET, qui en donne les erreurs exactes. Rien
/// n'est donc rendu autrement que par ce lecteur-là : seulement plus vite.</para>
/// <para>Les noms sont ceux de la table du lecteur du flux (comparés par référence) ; un nom qui n'y est pas n'y est pas
/// ajouté, et les noms déjà vus sont gardés dans un cache borné : la mémoire ne grandit pas avec les noms d'un document.</para>
/// <para>Les lignes sont comptées comme le fait le lecteur XML (<c>\n</c>, <c>\r\n</c> et <c>\r</c> seul) ; les fins
/// de ligne d'un texte sont rendues en <c>\n</c>.</para>
/// </remarks>
internal sealed class LecteurXmlRapide : XmlReader, IXmlLineInfo
{
    private const byte Texte = 1;
    private const byte Ouvrant = 2;
    private const byte Vide = 3;
    private const byte Fermant = 4;

    // Les indicateurs d'un texte : ce que son décodage doit traiter au-delà de l'ASCII simple.
    private const byte AvecEntites = 1;
    private const byte AvecRetours = 2;
    private const byte NonAscii = 4;

    private readonly XmlNameTable _table;
    private const int TailleDuCache = 512;

    /// <summary>Les octets admis dans un nom lu ici : lettres et chiffres ASCII, « _ », « - », « . ».</summary>
    private static readonly SearchValues<byte> DansUnNom = SearchValues.Create(OctetsDesNoms());

    /// <summary>Les octets d'un texte qui demandent un examen : fin du texte, entité, « ]]&gt; », contrôles, non ASCII.</summary>
    private static readonly SearchValues<byte> AExaminer = SearchValues.Create(OctetsAExaminer());
    private const int AtomesGardes = 4096;
    private readonly EntreeDuCache[] _cache = new EntreeDuCache[TailleDuCache];
    private readonly List<string> _atomes = [];
    private readonly List<byte[]> _octetsDesAtomes = [];

    // Pour chaque nom (son rang), 1 + le rang du nom de la balise ouvrante qui l'a suivi la dernière fois (0 : aucun).
    private int[] _predits = new int[64];
    private int _dernier = -1;
    private Ouvert[] _ouverts = new Ouvert[32];
    private int _profondeur;
    private char[] _noms = new char[64];
    private char[] _texte = new char[256];
    private byte[] _octets = [];
    private int _taille;
    private int _p;
    private int _ligne;
    private Jeton _j;
    private int _lu;
    private int _longueurDuTexte = -1;
    private ReadState _etat = ReadState.Initial;

    internal LecteurXmlRapide(XmlNameTable table)
    {
        _table = table;
    }

    /// <summary>Se place avant le premier nœud de <paramref name="taille"/> octets UTF-8 (le lot est lu au fil des nœuds).</summary>
    internal void Charger(byte[] octets, int taille)
    {
        _octets = octets;
        _taille = taille;
        _p = 0;
        _ligne = 1;
        _profondeur = 0;
        _j = default;
        _lu = 0;
        _longueurDuTexte = -1;
        _etat = ReadState.Initial;
        _dernier = -1;
        if (_atomes.Count > AtomesGardes)
        {
            _atomes.Clear();
            _octetsDesAtomes.Clear();
            Array.Clear(_cache);
            Array.Clear(_predits);
        }
    }

    /// <summary>Lit le nœud suivant dans <see cref="_j"/> ; <see langword="false"/> à la fin du lot (tous ses éléments fermés).</summary>
    /// <exception cref="HorsDuSousEnsemble">Le lot sort du sous-ensemble lu ici, ou n'est pas bien formé.</exception>
    private bool Suivant()
    {
        var b = _octets.AsSpan(0, _taille);
        var p = _p;
        var ligne = _ligne;

        // Les blancs entre deux balises : passés, lignes comptées ; un texte commence au premier d'entre eux.
        var debutDuTexte = p;
        var ligneDuTexte = ligne;
        p = Blancs(b, p, ref ligne);
        if (p >= b.Length)
        {
            _p = p;
            _ligne = ligne;
            return _profondeur == 0 ? false : throw new HorsDuSousEnsemble();
        }

        if (b[p] != (byte)'<')
        {
            _p = LireTexte(b, debutDuTexte, ligneDuTexte, p, ref ligne);
            _ligne = ligne;
            return true;
        }

        // Sur « < » : une balise.
        var ligneDeLaBalise = ligne;
        if (++p >= b.Length)
        {
            throw new HorsDuSousEnsemble();
        }

        if (b[p] == (byte)'/')
        {
            // La balise fermante de l'élément ouvert : son nom, des blancs éventuels, « > ».
            if (_profondeur == 0)
            {
                throw new HorsDuSousEnsemble();
            }

            ref readonly var ouvert = ref _ouverts[_profondeur - 1];
            p++;
            if (p + ouvert.Longueur >= b.Length || !b.Slice(p, ouvert.Longueur).SequenceEqual(b.Slice(ouvert.Debut, ouvert.Longueur)))
            {
                throw new HorsDuSousEnsemble();
            }

            p += ouvert.Longueur;
            if (b[p] != (byte)'>')
            {
                p = Blancs(b, p, ref ligne);
                if (p >= b.Length || b[p] != (byte)'>' || ligne != ligneDeLaBalise)
                {
                    throw new HorsDuSousEnsemble();
                }
            }

            _profondeur--;
            _j = new Jeton(Fermant, 0, _profondeur, ouvert.Nom, 0, ligneDeLaBalise);
            _p = p + 1;
            _ligne = ligne;
            return true;
        }

        var debutDuNom = p;
        if (!EstDebutDeNom(b[p]))
        {
            // Commentaire, CDATA, instruction de traitement, déclaration, nom non ASCII ou absent.
            throw new HorsDuSousEnsemble();
        }

        // Le nom : d'abord celui qui a suivi, la dernière fois, la balise ouvrante précédente (l'ordre des éléments
        // d'un flux se répète d'un dossier à l'autre) ; sinon, lu jusqu'au premier octet qui n'en est pas, puis atomisé.
        int nom, longueur;
        var predit = _dernier >= 0 ? _predits[_dernier] - 1 : -1;
        if (predit >= 0 && _octetsDesAtomes[predit] is var attendu && p + attendu.Length < b.Length
            && b.Slice(p, attendu.Length).SequenceEqual(attendu) && CaracteresDesNoms[b[p + attendu.Length]] == 0)
        {
            nom = predit;
            longueur = attendu.Length;
            p += longueur;
        }
        else
        {
            var finDuNom = b[p..].IndexOfAnyExcept(DansUnNom);
            p = finDuNom < 0 ? b.Length : p + finDuNom;
            longueur = p - debutDuNom;
            var hache = (uint)(b[debutDuNom] + (31 * b[p - 1]) + (7 * b[debutDuNom + (longueur >> 1)]) + (131 * longueur));
            nom = Atome(b.Slice(debutDuNom, longueur), hache);
            if (_dernier >= 0)
            {
                _predits[_dernier] = nom + 1;
            }
        }

        _dernier = nom;
        if (p < b.Length && b[p] != (byte)'>' && b[p] != (byte)'/')
        {
            p = Blancs(b, p, ref ligne);
        }

        if (p >= b.Length || (p == debutDuNom + longueur && b[p] is not ((byte)'>' or (byte)'/')) || ligne != ligneDeLaBalise)
        {
            // Fin du lot, un nom suivi d'un caractère qui n'en est pas (deux-points, non ASCII…), ou une balise sur
            // plusieurs lignes (le lecteur XML en compte alors les lignes à sa façon : il la lit lui-même).
            throw new HorsDuSousEnsemble();
        }

        if (b[p] == (byte)'>')
        {
            _j = new Jeton(Ouvrant, 0, _profondeur, nom, 0, ligneDeLaBalise);
            if (_profondeur == _ouverts.Length)
            {
                Array.Resize(ref _ouverts, _profondeur * 2);
            }

            _ouverts[_profondeur++] = new Ouvert(debutDuNom, longueur, nom);
            _p = p + 1;
        }
        else if (b[p] == (byte)'/' && p + 1 < b.Length && b[p + 1] == (byte)'>')
        {
            _j = new Jeton(Vide, 0, _profondeur, nom, 0, ligneDeLaBalise);
            _p = p + 2;
        }
        else
        {
            // Un attribut, ou un caractère hors d'un nom.
            throw new HorsDuSousEnsemble();
        }

        _ligne = ligne;
        return true;
    }

    /// <summary>Passe les blancs XML à partir de <paramref name="p"/> en comptant les lignes (<c>\r\n</c> pour une).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Blancs(ReadOnlySpan<byte> b, int p, ref int ligne)
    {
        while (p < b.Length)
        {
            switch (b[p])
            {
                case (byte)' ' or (byte)'\t':
                    p++;
                    break;
                case (byte)'\n':
                    ligne++;
                    p++;
                    break;
                case (byte)'\r':
                    ligne++;
                    p += p + 1 < b.Length && b[p + 1] == (byte)'\n' ? 2 : 1;
                    break;
                default:
                    return p;
            }
        }

        return p;
    }

    /// <summary>
    /// Lit un texte de <paramref name="debut"/> (ses blancs de tête compris) jusqu'au prochain « &lt; » ou la fin, en
    /// vérifiant ses caractères ; rend la position du « &lt; » ou de la fin.
    /// </summary>
    private int LireTexte(ReadOnlySpan<byte> b, int debut, int ligneDuDebut, int p, ref int ligne)
    {
        if (_profondeur == 0)
        {
            throw new HorsDuSousEnsemble();
        }

        // Les blancs de tête (déjà passés, lignes comptées) font partie du texte : leurs CR aussi sont à normaliser.
        byte indicateurs = b[debut..p].Contains((byte)'\r') ? AvecRetours : (byte)0;
        while (true)
        {
            // Jusqu'au prochain octet qui demande un examen : « < », « & », « ] », un contrôle ou un octet non ASCII.
            var saut = b[p..].IndexOfAny(AExaminer);
            if (saut < 0)
            {
                p = b.Length;
                break;
            }

            p += saut;
            var o = b[p];
            if (o == (byte)'<')
            {
                break;
            }

            if (o < 0x20)
            {
                switch (o)
                {
                    case (byte)'\n':
                        ligne++;
                        break;
                    case (byte)'\r':
                        indicateurs |= AvecRetours;
                        if (p + 1 >= b.Length || b[p + 1] != (byte)'\n')
                        {
                            ligne++;
                        }

                        break;
                    case (byte)'\t':
                        break;
                    default:
                        // Les caractères de contrôle autres que la tabulation et les fins de ligne sont interdits en XML 1.0.
                        throw new HorsDuSousEnsemble();
                }
            }
            else if (o >= 0x80)
            {
                indicateurs |= NonAscii;
            }
            else if (o == (byte)'&')
            {
                var entite = Entite(b[p..], out _);
                if (entite == 0)
                {
                    throw new HorsDuSousEnsemble();
                }

                indicateurs |= AvecEntites;
                p += entite - 1;
            }
            else if (b[p..].StartsWith("]]>"u8))
            {
                throw new HorsDuSousEnsemble();
            }

            p++;
        }

        var texte = b[debut..p];
        // UTF-8 valide, sans U+FFFE ni U+FFFF (exclus des caractères XML).
        if ((indicateurs & NonAscii) != 0 && (!Utf8.IsValid(texte) || texte.IndexOf(UFFFE) >= 0 || texte.IndexOf(UFFFF) >= 0))
        {
            throw new HorsDuSousEnsemble();
        }

        _j = new Jeton(Texte, indicateurs, _profondeur, debut, texte.Length, ligneDuDebut);
        return p;
    }

    /// <summary>Les octets de <see cref="CaracteresDesNoms"/> : la même liste, pour la recherche vectorisée.</summary>
    private static byte[] OctetsDesNoms()
    {
        var octets = new List<byte>();
        for (var o = 0; o < 256; o++)
        {
            if (CaracteresDesNoms[o] != 0)
            {
                octets.Add((byte)o);
            }
        }

        return [.. octets];
    }

    private static byte[] OctetsAExaminer()
    {
        var octets = new List<byte>("<&]"u8.ToArray());
        for (var o = 0; o < 256; o++)
        {
            if (o < 0x20 || o >= 0x80)
            {
                octets.Add((byte)o);
            }
        }

        return [.. octets];
    }

    /// <summary>1 pour les octets admis dans un nom lu ici (lettres et chiffres ASCII, « _ », « - », « . »), 0 sinon.</summary>
    private static ReadOnlySpan<byte> CaracteresDesNoms =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    /// <summary>
    /// Les octets d'un texte court : 0 ASCII imprimable ordinaire, 1 espace, 2 « &lt; » (sa fin), 3 tout ce qui demande
    /// le passage complet (contrôles et fins de ligne, « &amp; », « ] », octets non ASCII).
    /// </summary>
    private static ReadOnlySpan<byte> ClassesDuTexteCourt =>
    [
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        1, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    ];

    private static ReadOnlySpan<byte> UFFFE => [0xEF, 0xBF, 0xBE];

    private static ReadOnlySpan<byte> UFFFF => [0xEF, 0xBF, 0xBF];

    private static bool EstDebutDeNom(byte o) => (uint)((o | 0x20) - 'a') <= 'z' - 'a' || o == (byte)'_';

    /// <summary>La longueur d'une entité prédéfinie en tête de <paramref name="s"/> et son caractère ; 0 sinon.</summary>
    private static int Entite(ReadOnlySpan<byte> s, out char caractere)
    {
        (caractere, var n) = s switch
        {
            _ when s.StartsWith("&amp;"u8) => ('&', 5),
            _ when s.StartsWith("&lt;"u8) => ('<', 4),
            _ when s.StartsWith("&gt;"u8) => ('>', 4),
            _ when s.StartsWith("&quot;"u8) => ('"', 6),
            _ when s.StartsWith("&apos;"u8) => ('\'', 6),
            _ => ('\0', 0),
        };
        return n;
    }

    /// <summary>
    /// Le rang du nom dans <see cref="_atomes"/> (ses atomes dans la table de noms) : cherché d'abord dans un cache des
    /// octets déjà vus, indexé par leur hachage.
    /// </summary>
    private int Atome(ReadOnlySpan<byte> nom, uint hache)
    {
        ref var entree = ref _cache[(int)(hache & (TailleDuCache - 1))];
        if (entree.Octets is { } connu && nom.SequenceEqual(connu))
        {
            return entree.Nom;
        }

        if (_noms.Length < nom.Length)
        {
            _noms = new char[nom.Length * 2];
        }

        // Un nom hors de la table (hors du schéma) n'y est pas ajouté : elle ne grandit pas avec les noms d'un document.
        var n = Encoding.ASCII.GetChars(nom, _noms);
        var atome = _table.Get(_noms, 0, n) ?? new string(_noms, 0, n);
        var rang = _atomes.Count;
        var octets = nom.ToArray();
        _atomes.Add(atome);
        _octetsDesAtomes.Add(octets);
        if (_predits.Length < _atomes.Count)
        {
            Array.Resize(ref _predits, _predits.Length * 2);
        }

        entree = new EntreeDuCache(octets, rang);
        return rang;
    }

    /// <summary>Décode le texte courant dans <see cref="_texte"/> (une fois par nœud) et rend sa longueur.</summary>
    private int Decoder()
    {
        if (_longueurDuTexte >= 0)
        {
            return _longueurDuTexte;
        }

        ref readonly var j = ref _j;
        var octets = _octets.AsSpan(j.Valeur, j.Longueur);
        if (_texte.Length < octets.Length)
        {
            _texte = new char[Math.Max(octets.Length, _texte.Length * 2)];
        }

        var n = (j.Indicateurs & NonAscii) != 0 ? Encoding.UTF8.GetChars(octets, _texte) : Encoding.ASCII.GetChars(octets, _texte);
        if ((j.Indicateurs & AvecRetours) != 0)
        {
            n = NormaliserLesRetours(_texte.AsSpan(0, n));
        }

        if ((j.Indicateurs & AvecEntites) != 0)
        {
            n = RemplacerLesEntites(_texte.AsSpan(0, n));
        }

        return _longueurDuTexte = n;
    }

    /// <summary>Rend <c>\r\n</c> et <c>\r</c> seul en <c>\n</c>, en place ; rend la nouvelle longueur.</summary>
    private static int NormaliserLesRetours(Span<char> s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\r')
            {
                s[n++] = '\n';
                if (i + 1 < s.Length && s[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                s[n++] = s[i];
            }
        }

        return n;
    }

    /// <summary>Remplace les entités prédéfinies (vérifiées au découpage) par leur caractère, en place.</summary>
    private static int RemplacerLesEntites(Span<char> s)
    {
        var n = 0;
        Span<byte> tete = stackalloc byte[6];
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '&')
            {
                var k = Math.Min(6, s.Length - i);
                for (var x = 0; x < k; x++)
                {
                    tete[x] = (byte)s[i + x];
                }

                var longueur = Entite(tete[..k], out var caractere);
                s[n++] = caractere;
                i += longueur - 1;
            }
            else
            {
                s[n++] = s[i];
            }
        }

        return n;
    }

    private ref readonly Jeton Courant => ref _j;

    private bool Positionne => _etat == ReadState.Interactive;

    public override XmlNodeType NodeType => Positionne ? Courant.Type : XmlNodeType.None;

    public override string LocalName => Positionne && Courant.Genre != Texte ? _atomes[Courant.Valeur] : string.Empty;

    public override string Name => LocalName;

    public override string NamespaceURI => string.Empty;

    public override string Prefix => string.Empty;

    /// <summary>Le texte courant, ou ce qu'il en reste après <see cref="ReadValueChunk"/> (comme le lecteur XML).</summary>
    public override string Value => Positionne && Courant.Genre == Texte ? new string(_texte, _lu, Decoder() - _lu) : string.Empty;

    public override int Depth => Positionne ? Courant.Profondeur : 0;

    public override string BaseURI => string.Empty;

    public override bool IsEmptyElement => Positionne && Courant.Genre == Vide;

    public override int AttributeCount => 0;

    public override bool EOF => _etat == ReadState.EndOfFile;

    public override ReadState ReadState => _etat;

    public override XmlNameTable NameTable => _table;

    public override bool CanReadValueChunk => true;

    public int LineNumber => Positionne ? Courant.Ligne : 0;

    public int LinePosition => 0;

    public bool HasLineInfo() => true;

    /// <exception cref="HorsDuSousEnsemble">Le lot sort du sous-ensemble lu ici, ou n'est pas bien formé.</exception>
    public override bool Read()
    {
        if (_etat is ReadState.EndOfFile or ReadState.Closed)
        {
            return false;
        }

        _longueurDuTexte = -1;
        _lu = 0;
        if (Suivant())
        {
            _etat = ReadState.Interactive;
            return true;
        }

        _etat = ReadState.EndOfFile;
        return false;
    }

    /// <exception cref="HorsDuSousEnsemble">Le lot sort du sous-ensemble lu ici, ou n'est pas bien formé.</exception>
    public override void Skip()
    {
        if (!Positionne)
        {
            return;
        }

        if (Courant.Genre == Ouvrant)
        {
            var profondeur = Courant.Profondeur;
            while (Read() && !(Courant.Genre == Fermant && Courant.Profondeur == profondeur))
            {
            }
        }

        Read();
    }

    /// <summary>
    /// Sur la balise ouvrante d'un élément qui ne contient qu'un texte ou rien : rend ce texte (valable jusqu'au texte
    /// suivant) et passe la balise fermante ; <see langword="false"/> (le lecteur reste où il est) pour tout autre contenu.
    /// </summary>
    /// <exception cref="HorsDuSousEnsemble">Le lot sort du sous-ensemble lu ici, ou n'est pas bien formé.</exception>
    internal bool TexteSimple(out ReadOnlySpan<char> texte)
    {
        texte = [];
        if (!Positionne)
        {
            return false;
        }

        if (_j.Genre == Vide)
        {
            Read();
            return true;
        }

        if (_j.Genre != Ouvrant)
        {
            return false;
        }

        if (TexteCourt(out texte))
        {
            return true;
        }

        // Les deux nœuds suivants, lus d'avance : un texte puis la fermeture, ou la fermeture seule ; sinon, retour.
        var (element, p, ligne, profondeur) = (_j, _p, _ligne, _profondeur);
        Suivant();
        if (_j.Genre == Texte)
        {
            var contenu = _j;
            if (Suivant() && _j.Genre == Fermant)
            {
                _j = contenu;
                _longueurDuTexte = -1;
                texte = _texte.AsSpan(0, Decoder());
                Read();
                return true;
            }
        }
        else if (_j.Genre == Fermant)
        {
            Read();
            return true;
        }

        (_j, _p, _ligne, _profondeur) = (element, p, ligne, profondeur);
        return false;
    }

    /// <summary>
    /// Le cas le plus courant, d'un trait : un texte ASCII imprimable sur la ligne de sa balise ouvrante (sans entité ni
    /// fin de ligne), puis la balise fermante de l'élément, collée à son nom ; <see langword="false"/> sinon, sans rien lire.
    /// </summary>
    private bool TexteCourt(out ReadOnlySpan<char> texte)
    {
        texte = [];
        var b = _octets.AsSpan(0, _taille);
        var p = _p;

        // Un passage sur les octets du texte (courts : codes, dates, montants) : 0 ordinaire, 1 espace, 2 « < », 3 autre.
        var classes = ClassesDuTexteCourt;
        var fin = p;
        var espaces = true;
        while (true)
        {
            if (fin >= b.Length)
            {
                return false;
            }

            var classe = classes[b[fin]];
            if (classe == 0)
            {
                espaces = false;
            }
            else if (classe == 2)
            {
                break;
            }
            else if (classe == 3)
            {
                return false;
            }

            fin++;
        }

        ref readonly var ouvert = ref _ouverts[_profondeur - 1];
        var n = ouvert.Longueur;
        if (fin + 2 + n >= b.Length || b[fin + 1] != (byte)'/' || b[fin + 2 + n] != (byte)'>'
            || !b.Slice(fin + 2, n).SequenceEqual(b.Slice(ouvert.Debut, n)))
        {
            return false;
        }

        // Un texte d'espaces seules est un blanc, ignoré : l'élément est vide.
        if (!espaces)
        {
            var octets = b[p..fin];
            if (_texte.Length < octets.Length)
            {
                _texte = new char[Math.Max(octets.Length, _texte.Length * 2)];
            }

            var caracteres = _texte.AsSpan(0, octets.Length);
            for (var i = 0; i < caracteres.Length; i++)
            {
                caracteres[i] = (char)octets[i];
            }

            texte = caracteres;
        }

        _profondeur--;
        _p = fin + 3 + n;
        Read();
        return true;
    }

    /// <summary>Les caractères du texte courant (vide hors d'un texte), valables jusqu'au nœud suivant.</summary>
    internal ReadOnlySpan<char> ValeurCourante() => Positionne && Courant.Genre == Texte ? _texte.AsSpan(0, Decoder()) : [];

    public override int ReadValueChunk(char[] buffer, int index, int count)
    {
        if (!Positionne || Courant.Genre != Texte)
        {
            return 0;
        }

        var n = Math.Min(count, Decoder() - _lu);
        _texte.AsSpan(_lu, n).CopyTo(buffer.AsSpan(index, n));
        _lu += n;
        return n;
    }

    public override void Close() => _etat = ReadState.Closed;

    public override string? GetAttribute(string name) => null;

    public override string? GetAttribute(string name, string? namespaceURI) => null;

    public override string GetAttribute(int i) => throw new ArgumentOutOfRangeException(nameof(i));

    public override string? LookupNamespace(string prefix) => null;

    public override bool MoveToAttribute(string name) => false;

    public override bool MoveToAttribute(string name, string? ns) => false;

    public override bool MoveToElement() => false;

    public override bool MoveToFirstAttribute() => false;

    public override bool MoveToNextAttribute() => false;

    public override bool ReadAttributeValue() => false;

    public override void ResolveEntity() => throw new InvalidOperationException("Aucune entité à résoudre.");

    /// <summary>Un nœud : son genre, son nom atomisé (élément) ou ses octets (texte), sa ligne et sa profondeur.</summary>
    /// <summary>Un lot hors du sous-ensemble lu ici, ou mal formé : à relire par le lecteur XML de .NET.</summary>
    internal sealed class HorsDuSousEnsemble : Exception
    {
        internal HorsDuSousEnsemble()
            : base("Lot hors du sous-ensemble du lecteur rapide.")
        {
        }
    }

    private readonly record struct Ouvert(int Debut, int Longueur, int Nom);

    private readonly record struct EntreeDuCache(byte[] Octets, int Nom);

    /// <summary>
    /// Le nœud courant : son genre, les indicateurs d'un texte, sa profondeur, le rang de
    /// son nom dans les atomes (élément) ou la position de ses octets (texte), leur nombre, sa ligne.
    /// </summary>
    private readonly record struct Jeton(byte Genre, byte Indicateurs, int Profondeur, int Valeur, int Longueur, int Ligne)
    {
        internal XmlNodeType Type => Genre switch
        {
            Texte => XmlNodeType.Text,
            Fermant => XmlNodeType.EndElement,
            _ => XmlNodeType.Element,
        };
    }
}
