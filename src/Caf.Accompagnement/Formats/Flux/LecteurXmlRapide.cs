using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using System.Xml;

namespace Caf.Accompagnement.Flux;

/// <summary>
/// Un <see cref="XmlReader"/> pour le XML le plus simple, celui qu'écrivent les applications des Caf et de la MSA : des
/// éléments sans attribut ni préfixe, aux noms ASCII, et du texte UTF-8 (entités prédéfinies comprises). Il lit un lot
/// de dossiers déjà en mémoire, découpé en nœuds d'un seul passage sur les octets, et rend les mêmes nœuds, valeurs et
/// lignes que <see cref="XmlReader.Create(Stream, XmlReaderSettings?)"/> aux réglages du lecteur du flux (blancs et
/// commentaires ignorés, fragment).
/// </summary>
/// <remarks>
/// <para><b>Tout ou rien.</b> <see cref="Charger"/> n'accepte un lot que s'il est bien formé et entièrement dans ce
/// sous-ensemble ; sinon (commentaire, CDATA, instruction de traitement, attribut, espace de noms, nom non ASCII,
/// référence de caractère, caractère interdit, balises mal appariées…), le lot est lu par le lecteur XML de .NET, qui
/// en donne les erreurs exactes. Rien n'est donc lu autrement que par ce lecteur-là : seulement plus vite.</para>
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
    private static readonly SearchValues<byte> DansUnNom = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-."u8);

    /// <summary>Les octets d'un texte qui demandent un examen : fin du texte, entité, « ]]&gt; », contrôles, non ASCII.</summary>
    private static readonly SearchValues<byte> AExaminer = SearchValues.Create(OctetsAExaminer());
    private const int AtomesGardes = 4096;
    private readonly EntreeDuCache[] _cache = new EntreeDuCache[TailleDuCache];
    private readonly List<string> _atomes = [];
    private Ouvert[] _ouverts = new Ouvert[32];
    private int _profondeur;
    private Jeton[] _jetons = new Jeton[1024];
    private char[] _noms = new char[64];
    private char[] _texte = new char[256];
    private byte[] _octets = [];
    private int _nombre;
    private int _courant = -1;
    private int _lu;
    private int _longueurDuTexte = -1;
    private ReadState _etat = ReadState.Initial;

    internal LecteurXmlRapide(XmlNameTable table)
    {
        _table = table;
    }

    /// <summary>
    /// Découpe <paramref name="taille"/> octets UTF-8 en nœuds et se place avant le premier ; <see langword="false"/>
    /// (le lecteur reste vide) si le lot sort du sous-ensemble lu ici ou n'est pas bien formé.
    /// </summary>
    internal bool Charger(byte[] octets, int taille)
    {
        _octets = octets;
        _courant = -1;
        _longueurDuTexte = -1;
        _etat = ReadState.Initial;
        if (_atomes.Count > AtomesGardes)
        {
            _atomes.Clear();
            Array.Clear(_cache);
        }

        if (Decouper(octets.AsSpan(0, taille)))
        {
            return true;
        }

        _nombre = 0;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Decouper(ReadOnlySpan<byte> b)
    {
        _nombre = 0;
        _profondeur = 0;
        var ligne = 1;
        var p = 0;
        while (true)
        {
            // Les blancs entre deux balises : passés, lignes comptées ; un texte commence au premier d'entre eux.
            var debutDuTexte = p;
            var ligneDuTexte = ligne;
            p = Blancs(b, p, ref ligne);
            if (p >= b.Length)
            {
                break;
            }

            if (b[p] != (byte)'<')
            {
                p = LireTexte(b, debutDuTexte, ligneDuTexte, p, ref ligne);
                if (p < 0)
                {
                    return false;
                }

                if (p >= b.Length)
                {
                    break;
                }
            }

            // Sur « < » : une balise.
            var ligneDeLaBalise = ligne;
            if (++p >= b.Length)
            {
                return false;
            }

            if (b[p] == (byte)'/')
            {
                // La balise fermante de l'élément ouvert : son nom, des blancs éventuels, « > ».
                if (_profondeur == 0)
                {
                    return false;
                }

                ref readonly var ouvert = ref _ouverts[_profondeur - 1];
                p++;
                if (p + ouvert.Longueur >= b.Length || !b.Slice(p, ouvert.Longueur).SequenceEqual(b.Slice(ouvert.Debut, ouvert.Longueur)))
                {
                    return false;
                }

                p += ouvert.Longueur;
                if (b[p] != (byte)'>')
                {
                    p = Blancs(b, p, ref ligne);
                    if (p >= b.Length || b[p] != (byte)'>' || ligne != ligneDeLaBalise)
                    {
                        return false;
                    }
                }

                _profondeur--;
                Ajouter(new Jeton(Fermant, ouvert.Nom, 0, 0, ligneDeLaBalise, _profondeur, 0));
                p++;
                continue;
            }

            var debutDuNom = p;
            if (!EstDebutDeNom(b[p]))
            {
                // Commentaire, CDATA, instruction de traitement, déclaration, nom non ASCII ou absent.
                return false;
            }

            var finDuNom = b[p..].IndexOfAnyExcept(DansUnNom);
            p = finDuNom < 0 ? b.Length : p + finDuNom;
            var longueur = p - debutDuNom;
            var hache = (uint)(b[debutDuNom] + (31 * b[p - 1]) + (7 * b[debutDuNom + (longueur >> 1)]) + (131 * longueur));
            if (p < b.Length && b[p] != (byte)'>' && b[p] != (byte)'/')
            {
                p = Blancs(b, p, ref ligne);
            }

            if (p >= b.Length || (p == debutDuNom + longueur && b[p] is not ((byte)'>' or (byte)'/')) || ligne != ligneDeLaBalise)
            {
                // Fin du lot, un nom suivi d'un caractère qui n'en est pas (deux-points, non ASCII…), ou une balise sur
                // plusieurs lignes (le lecteur XML en compte alors les lignes à sa façon : il la lit lui-même).
                return false;
            }

            var nom = Atome(b.Slice(debutDuNom, longueur), hache);
            if (b[p] == (byte)'>')
            {
                Ajouter(new Jeton(Ouvrant, nom, 0, 0, ligneDeLaBalise, _profondeur, 0));
                if (_profondeur == _ouverts.Length)
                {
                    Array.Resize(ref _ouverts, _profondeur * 2);
                }

                _ouverts[_profondeur++] = new Ouvert(debutDuNom, longueur, nom);
                p++;
            }
            else if (b[p] == (byte)'/' && p + 1 < b.Length && b[p + 1] == (byte)'>')
            {
                Ajouter(new Jeton(Vide, nom, 0, 0, ligneDeLaBalise, _profondeur, 0));
                p += 2;
            }
            else
            {
                // Un attribut, ou un caractère hors d'un nom.
                return false;
            }
        }

        return _profondeur == 0;
    }

    /// <summary>Passe les blancs XML à partir de <paramref name="p"/> en comptant les lignes (<c>\r\n</c> pour une).</summary>
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
    /// vérifiant ses caractères ; rend la position du « &lt; », ou -1 si le texte sort du sous-ensemble lu ici.
    /// </summary>
    private int LireTexte(ReadOnlySpan<byte> b, int debut, int ligneDuDebut, int p, ref int ligne)
    {
        if (_profondeur == 0)
        {
            return -1;
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
                        return -1;
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
                    return -1;
                }

                indicateurs |= AvecEntites;
                p += entite - 1;
            }
            else if (b[p..].StartsWith("]]>"u8))
            {
                return -1;
            }

            p++;
        }

        var texte = b[debut..p];
        // UTF-8 valide, sans U+FFFE ni U+FFFF (exclus des caractères XML).
        if ((indicateurs & NonAscii) != 0 && (!Utf8.IsValid(texte) || texte.IndexOf(UFFFE) >= 0 || texte.IndexOf(UFFFF) >= 0))
        {
            return -1;
        }

        Ajouter(new Jeton(Texte, -1, debut, texte.Length, ligneDuDebut, _profondeur, indicateurs));
        return p;
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
        _atomes.Add(atome);
        entree = new EntreeDuCache(nom.ToArray(), rang);
        return rang;
    }

    private void Ajouter(in Jeton jeton)
    {
        if (_nombre == _jetons.Length)
        {
            Array.Resize(ref _jetons, _nombre * 2);
        }

        _jetons[_nombre++] = jeton;
    }

    /// <summary>Décode le texte courant dans <see cref="_texte"/> (une fois par nœud) et rend sa longueur.</summary>
    private int Decoder()
    {
        if (_longueurDuTexte >= 0)
        {
            return _longueurDuTexte;
        }

        ref readonly var j = ref _jetons[_courant];
        var octets = _octets.AsSpan(j.Debut, j.Longueur);
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

    private ref readonly Jeton Courant => ref _jetons[_courant];

    private bool Positionne => _etat == ReadState.Interactive;

    public override XmlNodeType NodeType => Positionne ? Courant.Type : XmlNodeType.None;

    public override string LocalName => Positionne && Courant.Nom >= 0 ? _atomes[Courant.Nom] : string.Empty;

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

    public override bool Read()
    {
        if (_etat is ReadState.EndOfFile or ReadState.Closed)
        {
            return false;
        }

        _longueurDuTexte = -1;
        _lu = 0;
        if (++_courant < _nombre)
        {
            _etat = ReadState.Interactive;
            return true;
        }

        _courant = _nombre;
        _etat = ReadState.EndOfFile;
        return false;
    }

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
    private readonly record struct Ouvert(int Debut, int Longueur, int Nom);

    private readonly record struct EntreeDuCache(byte[] Octets, int Nom);

    /// <summary>Un nœud (sans référence, pour des écritures sans barrière) : le rang de son nom dans les atomes.</summary>
    private readonly record struct Jeton(byte Genre, int Nom, int Debut, int Longueur, int Ligne, int Profondeur, byte Indicateurs)
    {
        internal XmlNodeType Type => Genre switch
        {
            Texte => XmlNodeType.Text,
            Fermant => XmlNodeType.EndElement,
            _ => XmlNodeType.Element,
        };
    }
}
