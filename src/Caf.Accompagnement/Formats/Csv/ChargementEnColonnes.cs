using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// Le chargement d'un fichier de foyers directement en colonnes (<see cref="PopulationCsv"/>), sans objet par ligne :
/// découpage des enregistrements sur un tampon de caractères, lecture des valeurs sur des tranches, colonnes agrandies
/// au besoin.
/// </summary>
/// <remarks>
/// <para><b>Trois chemins, mêmes erreurs.</b> Une ligne de forme canonique (dates ISO, montants <c>1234.56</c>, codes
/// exacts, invariants du foyer vérifiés) va droit dans les colonnes. Une autre ligne (une valeur à lire autrement, ou
/// fautive) est relue par la lecture de toujours, champ par champ, qui rend ses erreurs exactes ou son foyer, versé
/// alors dans les colonnes. Un enregistrement que le découpage rapide ne sait pas trancher (guillemet mal placé, caractère
/// de décodage raté, enregistrement de plus de 16 384 caractères, en-tête inhabituelle) fait relire la suite du fichier
/// par le lecteur CSV commun (<see cref="LecteurCsv"/>), aux mêmes lignes physiques : les erreurs de format, de taille et
/// d'encodage sont les siennes.</para>
/// <para>Mémoire : les colonnes de la population, les valeurs gardées pour <see cref="Population.Foyer(int)"/> et une
/// colonne temporaire des lignes ; aucun objet par foyer.</para>
/// </remarks>
internal sealed partial class ChargementEnColonnes
{
    private const int TailleTampon = 1 << 16;
    private const int NumerosPossibles = 10_000_000;

    private static readonly SearchValues<char> Speciaux = SearchValues.Create("\r\n\"\uFFFD\0");
    private static readonly Prestation[] PrestationsParRang = [.. Prestation.Toutes];
    private static readonly TypeEvenement[] TypesParRang = [.. TypeEvenement.Toutes.OrderBy(t => t.Rang)];
    private static readonly CanalDeContact[] CanauxParBit = [.. CanalDeContact.Toutes.OrderBy(c => c.Bit)];
    private static readonly CodesCourts CodesDesPrestations = new([.. PrestationsParRang.Select(p => p.Code)]);
    private static readonly CodesCourts CodesDesEvenements = new([.. TypesParRang.Select(t => t.Code)]);
    private static readonly CodesCourts CodesDesCanaux = new([.. CanauxParBit.Select(c => c.Code)]);

    private readonly TextReader _source;
    private readonly char? _separateurNomme;
    private readonly ReferentielCommunes _table;
    private IProgress<int>? _progression;
    private readonly CancellationToken _annulation;
    private readonly List<Erreur> _erreurs = [];
    private readonly List<Erreur> _erreursPopulation = [];

    private char[] _tampon = ArrayPool<char>.Shared.Rent(TailleTampon);
    private int _pos;
    private int _fin;
    private bool _finDuSource;
    private int _ligne = 1;
    private char _separateur = ',';
    private bool _avecDroitsEtDevoirs;
    private int _nombreDeColonnes;
    private int _enregistrementsLus;
    private int _lignesLentes;

    // Champs de l'enregistrement courant : (début, longueur) dans _tampon ou, s'il a des guillemets, dans _champsCopies.
    private (int Debut, int Longueur)[] _champs = new (int, int)[32];
    private char[] _champsCopies = new char[256];
    private bool _champsDansCopie;
    private int _nombreDeChamps;

    // Colonnes de la population.
    private Tableau<int> _numeros;
    private Tableau<int> _communes;
    private Tableau<uint> _indicateurs;
    private Tableau<int> _naissances;
    private Tableau<int> _ressources;
    private Tableau<int> _prestations;
    private Tableau<int> _debutsEnfants;
    private Tableau<int> _datesSituation;
    private Tableau<int> _droitsEtDevoirs;
    private Tableau<int> _enfants;
    private Tableau<int> _evenementsFoyers;
    private Tableau<int> _evenementsCodes;

    // Ce que les colonnes ne gardent pas, pour reconstruire le foyer (Population.Foyer).
    private Tableau<int> _conjoints;
    private Tableau<int> _droitsEtDevoirsConjoint;
    private Tableau<long> _ressourcesN2;
    private Tableau<int> _ordreCanaux;
    private Tableau<int> _debutsPrestations;
    private Tableau<int> _prestationsDetail;
    private Tableau<int> _prestationsMontants;
    private readonly Dictionary<int, int> _anciensCodes = [];

    // Doublons : un bit par numéro possible ; la ligne de chaque foyer lu, pour citer la première.
    private readonly ulong[] _numerosVus = new ulong[(NumerosPossibles + 63) / 64];
    // La ligne du foyer i est i + le décalage du dernier point (indice, décalage) d'indice au plus i.
    private readonly List<(int Index, int Decalage)> _decalagesDesLignes = [];
    private readonly List<(int Numero, int Ligne)> _refusesALaConstruction = [];
    private Dictionary<int, int>? _premieresLignes;

    // Tables de travail d'une ligne.
    private readonly int[] _enfantsDeLaLigne = new int[64];
    private readonly int[] _evenementsDeLaLigne = new int[64];

    private ChargementEnColonnes(TextReader source, FormatCsv format, ReferentielCommunes table, IProgress<int>? progression, CancellationToken annulation, int capacite)
    {
        var c = Math.Max(16, capacite);
        _numeros = new(c);
        _communes = new(c);
        _indicateurs = new(c);
        _naissances = new(c);
        _ressources = new(c);
        _prestations = new(c);
        _debutsEnfants = new(c + 1);
        _datesSituation = new(c);
        _droitsEtDevoirs = new(c);
        _conjoints = new(c);
        _droitsEtDevoirsConjoint = new(c);
        _ressourcesN2 = new(c);
        _ordreCanaux = new(c);
        _debutsPrestations = new(c + 1);
        _enfants = new(c);
        _prestationsDetail = new(c);
        _prestationsMontants = new(c);
        _evenementsFoyers = new(Math.Max(16, c / 8));
        _evenementsCodes = new(Math.Max(16, c / 8));
        _source = source;
        _separateurNomme = format.Separateur;
        _table = table;
        _progression = progression;
        _annulation = annulation;
    }

    /// <summary>Charge le texte en colonnes.</summary>
    /// <param name="source">Le texte.</param>
    /// <param name="format">Le séparateur (nommé ou détecté).</param>
    /// <param name="table">Le référentiel des communes.</param>
    /// <param name="progression">Reçoit le nombre d'enregistrements lus.</param>
    /// <param name="annulation">Interrompt la lecture.</param>
    /// <param name="capacite">Le nombre de foyers attendu au plus (lignes du fichier comptées d'avance), ou 0 : les
    /// colonnes sont alors agrandies au besoin.</param>
    /// <returns>La population, ou les erreurs du fichier.</returns>
    internal static Resultat<Population> Charger(TextReader source, FormatCsv format, ReferentielCommunes table, IProgress<int>? progression, CancellationToken annulation, int capacite = 0) =>
        Charger(source, format, table, progression, annulation, capacite, out _);

    /// <summary>Charge le texte en colonnes, en comptant les lignes que la lecture rapide n'a pas lues (relues par la lecture de toujours).</summary>
    internal static Resultat<Population> Charger(TextReader source, FormatCsv format, ReferentielCommunes table, IProgress<int>? progression, CancellationToken annulation, int capacite, out int lignesLentes)
    {
        var chargement = new ChargementEnColonnes(source, format, table, progression, annulation, capacite);
        try
        {
            return chargement.Executer();
        }
        finally
        {
            lignesLentes = chargement._lignesLentes;
            chargement.Liberer();
        }
    }

    private static Erreur FichierVide() =>
        new("population.csv.entete", "entete", null, $"Le fichier est vide : en-tête attendu : {PopulationCsv.Entete}.", 1);

    private Resultat<Population> Executer()
    {
        Remplir();
        if (_fin > 0 && _tampon[0] == '\uFEFF')
        {
            _pos = 1;
        }

        // Une première ligne sep=X d'Excel nomme le séparateur ; elle n'est pas un enregistrement, mais compte comme ligne.
        var premiere = LignePhysique(_pos, out var apres);
        var decalage = 0;
        char? nomme = _separateurNomme;
        if (apres < 0 && _pos < _fin)
        {
            _separateur = nomme ?? FormatCsv.Detecter(premiere);
            Rejouer(_pos, string.Empty, 0, verifierEntete: true);
            return Terminer();
        }

        if (FormatCsv.SeparateurNomme(premiere) is { } sep)
        {
            nomme ??= sep;
            _pos = apres;
            _ligne = 2;
            decalage = 1;
            premiere = LignePhysique(_pos, out apres);
        }

        if (_pos >= _fin)
        {
            _erreurs.Add(FichierVide());
            return Resultat<Population>.Echec(_erreurs);
        }

        _separateur = nomme ?? FormatCsv.Detecter(premiere);
        if (premiere.IsWhiteSpace() || premiere.Length > TexteSuivi.LongueurMaximaleEnregistrement || premiere.ContainsAny(Speciaux) || apres < 0)
        {
            // En-tête inhabituelle : tout le texte passe par le lecteur commun.
            Rejouer(_pos, string.Empty, decalage, verifierEntete: true);
            return Terminer();
        }

        var noms = premiere.ToString().Split(_separateur).Select(n => n.Trim()).ToArray();
        var entete = string.Join(",", noms);
        if (!EstEntete(noms))
        {
            var semble = FormatCsv.Detecter(premiere);
            if (nomme is not null && semble != _separateur && EstEntete(premiere.ToString().Split(semble).Select(n => n.Trim()).ToArray()))
            {
                _erreurs.Add(new Erreur("population.csv.separateur", "entete", null, $"Le séparateur nommé ({FormatCsv.Nom(_separateur)}) ne découpe pas l'en-tête attendu : l'en-tête semble utiliser la {FormatCsv.Nom(semble)}. Indiquer ce séparateur (FormatCsv.Separateur) ou le détecter.", _ligne));
                return Resultat<Population>.Echec(_erreurs);
            }

            // La première ligne n'est pas citée : dans un fichier sans en-tête, c'est un foyer.
            _erreurs.Add(new Erreur("population.csv.entete", "entete", null, string.Create(CultureInfo.InvariantCulture, $"La ligne 1 ({noms.Length} colonne(s)) n'est pas l'en-tête attendu : {PopulationCsv.Entete} (suivi, en option, de ,droits_devoirs). Un fichier sans en-tête commence directement par un foyer."), 1));
            return Resultat<Population>.Echec(_erreurs);
        }

        _avecDroitsEtDevoirs = entete == PopulationCsv.EnteteAvecDroitsEtDevoirs;
        _nombreDeColonnes = _avecDroitsEtDevoirs ? 14 : 13;
        _ligne++;
        _pos = apres;
        LireEnregistrements();
        return Terminer();
    }

    private static bool EstEntete(string[] noms) =>
        noms.Length is 13 or 14 && noms.AsSpan().SequenceEqual(PopulationCsv.EnteteAvecDroitsEtDevoirs.Split(',').AsSpan(0, noms.Length));

    /// <summary>La ligne physique qui commence en <paramref name="debut"/> (sans sa fin de ligne) ; <paramref name="apres"/> : le début de la suivante, ou -1 si elle n'est pas entière dans le tampon.</summary>
    private ReadOnlySpan<char> LignePhysique(int debut, out int apres)
    {
        while (true)
        {
            var reste = _tampon.AsSpan(debut, _fin - debut);
            var i = reste.IndexOfAny('\r', '\n');
            if (i >= 0 && (reste[i] == '\n' || i + 1 < reste.Length || _finDuSource))
            {
                // Un \r seul (sans \n) : fin de ligne que le lecteur commun tranche à sa façon.
                var crSeul = reste[i] == '\r' && (i + 1 >= reste.Length || reste[i + 1] != '\n');
                apres = crSeul ? -1 : debut + i + (reste[i] == '\r' ? 2 : 1);
                return reste[..i];
            }

            if (i < 0 && _finDuSource)
            {
                apres = _fin;
                return reste;
            }

            if (reste.Length > TexteSuivi.LongueurMaximaleEnregistrement + 2)
            {
                apres = -1;
                return reste;
            }

            var decale = Compacter(debut);
            debut -= decale;
            Remplir();
        }
    }

    /// <summary>Lit les enregistrements jusqu'à la fin du texte (ou jusqu'au passage au lecteur commun).</summary>
    private void LireEnregistrements()
    {
        while (true)
        {
            if (_erreurs.Count >= Erreurs.MaximumParImport)
            {
                _erreurs.Add(new Erreur("population.erreurs.nombre", "fichier", null, string.Create(CultureInfo.InvariantCulture, $"Plus de {Erreurs.MaximumParImport} erreurs : seules les {Erreurs.MaximumParImport} premières sont rapportées, et la lecture s'est arrêtée. Corriger le fichier (encodage, séparateur, en-tête ?) puis relancer l'import.")));
                return;
            }

            if ((++_enregistrementsLus & 0xFFF) == 0)
            {
                _annulation.ThrowIfCancellationRequested();
                if ((_enregistrementsLus & 0xFFFF) == 0)
                {
                    _progression?.Report(_enregistrementsLus);
                }
            }

            var ligne = _ligne;
            if (_morceau && (_erreurs.Count > 0 || _erreursPopulation.Count > 0))
            {
                // Un morceau fautif : le fichier sera relu d'un trait, pour les erreurs exactes.
                return;
            }

            var resultat = Decouper();
            if (resultat == Decoupage.Fin)
            {
                return;
            }

            if (resultat == Decoupage.Inhabituel)
            {
                if (_morceau)
                {
                    _aRelire = true;
                    return;
                }

                Rejouer(_pos, PopulationCsvEntete(), ligne - 2, verifierEntete: false);
                return;
            }

            TraiterEnregistrement(ligne);
        }
    }

    private string PopulationCsvEntete() => _avecDroitsEtDevoirs ? PopulationCsv.EnteteAvecDroitsEtDevoirs : PopulationCsv.Entete;

    private enum Decoupage
    {
        Enregistrement,
        Fin,
        Inhabituel,
    }

    /// <summary>Découpe l'enregistrement qui commence en <see cref="_pos"/> en champs ; avance <see cref="_pos"/> et <see cref="_ligne"/> après lui.</summary>
    private Decoupage Decouper()
    {
        while (true)
        {
            if (_pos >= _fin)
            {
                if (_finDuSource)
                {
                    return Decoupage.Fin;
                }

                Compacter(_pos);
                Remplir();
                continue;
            }

            var reste = _tampon.AsSpan(_pos, _fin - _pos);
            var i = reste.IndexOfAny(Speciaux);
            if (i >= 0 && reste[i] is '\r' or '\n')
            {
                if (reste[i] == '\r' && i + 1 == reste.Length && !_finDuSource)
                {
                    // Un \r en fin de tampon : \r\n ou \r seul, à voir après la suite.
                    Compacter(_pos);
                    Remplir();
                    continue;
                }

                if (i > TexteSuivi.LongueurMaximaleEnregistrement || (reste[i] == '\r' && (i + 1 >= reste.Length || reste[i + 1] != '\n')))
                {
                    return Decoupage.Inhabituel;
                }

                DecouperSansGuillemets(_pos, i);
                _pos += i + (reste[i] == '\r' && i + 1 < reste.Length && reste[i + 1] == '\n' ? 2 : 1);
                _ligne++;
                return Decoupage.Enregistrement;
            }

            if (i < 0)
            {
                if (_finDuSource)
                {
                    if (reste.Length > TexteSuivi.LongueurMaximaleEnregistrement)
                    {
                        return Decoupage.Inhabituel;
                    }

                    DecouperSansGuillemets(_pos, reste.Length);
                    _pos = _fin;
                    return Decoupage.Enregistrement;
                }

                if (reste.Length > TexteSuivi.LongueurMaximaleEnregistrement)
                {
                    return Decoupage.Inhabituel;
                }

                Compacter(_pos);
                Remplir();
                continue;
            }

            if (reste[i] != '"')
            {
                return Decoupage.Inhabituel;
            }

            var r = DecouperAvecGuillemets();
            if (r is null)
            {
                if (_finDuSource || _fin - _pos > TexteSuivi.LongueurMaximaleEnregistrement + 2)
                {
                    return Decoupage.Inhabituel;
                }

                Compacter(_pos);
                Remplir();
                continue;
            }

            return r.Value;
        }
    }

    /// <summary>
    /// Découpe une ligne sans guillemets aux séparateurs, d'un seul passage : 16 caractères comparés à la fois
    /// (8 sans <see cref="Vector256"/>), les bits des séparateurs lus un à un, les derniers caractères un par un.
    /// </summary>
    private void DecouperSansGuillemets(int debut, int longueur)
    {
        _champsDansCopie = false;
        var n = 0;
        var d = 0;
        var k = 0;
        var separateur = _separateur;
        ref var premier = ref Unsafe.As<char, ushort>(ref _tampon[debut]);
        if (Vector256.IsHardwareAccelerated)
        {
            var cherche = Vector256.Create((ushort)separateur);
            for (; k + Vector256<ushort>.Count <= longueur; k += Vector256<ushort>.Count)
            {
                var bits = Vector256.Equals(Vector256.LoadUnsafe(ref premier, (nuint)k), cherche).ExtractMostSignificantBits();
                while (bits != 0)
                {
                    var p = k + BitOperations.TrailingZeroCount(bits);
                    AjouterChamp(ref n, debut + d, p - d);
                    d = p + 1;
                    bits &= bits - 1;
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var cherche = Vector128.Create((ushort)separateur);
            for (; k + Vector128<ushort>.Count <= longueur; k += Vector128<ushort>.Count)
            {
                var bits = Vector128.Equals(Vector128.LoadUnsafe(ref premier, (nuint)k), cherche).ExtractMostSignificantBits();
                while (bits != 0)
                {
                    var p = k + BitOperations.TrailingZeroCount(bits);
                    AjouterChamp(ref n, debut + d, p - d);
                    d = p + 1;
                    bits &= bits - 1;
                }
            }
        }

        for (; k < longueur; k++)
        {
            if (Unsafe.Add(ref premier, k) == separateur)
            {
                AjouterChamp(ref n, debut + d, k - d);
                d = k + 1;
            }
        }

        AjouterChamp(ref n, debut + d, longueur - d);
        _nombreDeChamps = n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AjouterChamp(ref int n, int debut, int longueur)
    {
        if (n == _champs.Length)
        {
            Array.Resize(ref _champs, n * 2);
        }

        _champs[n++] = (debut, longueur);
    }

    /// <summary>Découpe un enregistrement qui a des guillemets ; <see langword="null"/> s'il n'est pas entier dans le tampon.</summary>
    private Decoupage? DecouperAvecGuillemets()
    {
        _champsDansCopie = true;
        var texte = _tampon.AsSpan(_pos, _fin - _pos);
        var n = 0;
        var copie = 0;
        var lignes = 0;
        var i = 0;
        while (true)
        {
            if (n == _champs.Length)
            {
                Array.Resize(ref _champs, n * 2);
            }

            var debutCopie = copie;
            if (i < texte.Length && texte[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= texte.Length)
                    {
                        return null;
                    }

                    var c = texte[i];
                    if (c == '"')
                    {
                        if (i + 1 >= texte.Length && !_finDuSource)
                        {
                            return null;
                        }

                        if (i + 1 < texte.Length && texte[i + 1] == '"')
                        {
                            Copier(ref copie, '"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (c is '\uFFFD' or '\0')
                    {
                        return Decoupage.Inhabituel;
                    }

                    if (c == '\r' && i + 1 >= texte.Length && !_finDuSource)
                    {
                        return null;
                    }

                    if (c == '\r' && (i + 1 >= texte.Length || texte[i + 1] != '\n'))
                    {
                        return Decoupage.Inhabituel;
                    }

                    if (c == '\n')
                    {
                        lignes++;
                    }

                    Copier(ref copie, c);
                    i++;
                }

                if (i < texte.Length && texte[i] != _separateur && texte[i] is not ('\r' or '\n'))
                {
                    return Decoupage.Inhabituel;
                }
            }
            else
            {
                while (i < texte.Length && texte[i] != _separateur && texte[i] is not ('\r' or '\n'))
                {
                    var c = texte[i];
                    if (c is '"' or '\uFFFD' or '\0')
                    {
                        return Decoupage.Inhabituel;
                    }

                    Copier(ref copie, c);
                    i++;
                }
            }

            _champs[n++] = (debutCopie, copie - debutCopie);
            if (i > TexteSuivi.LongueurMaximaleEnregistrement)
            {
                return Decoupage.Inhabituel;
            }

            if (i >= texte.Length)
            {
                if (!_finDuSource)
                {
                    return null;
                }

                _nombreDeChamps = n;
                _pos = _fin;
                _ligne += lignes;
                return Decoupage.Enregistrement;
            }

            if (texte[i] == _separateur)
            {
                i++;
                continue;
            }

            // Fin de ligne (un \r seul est laissé au lecteur commun).
            if (texte[i] == '\r' && i + 1 >= texte.Length && !_finDuSource)
            {
                return null;
            }

            if (texte[i] == '\r' && (i + 1 >= texte.Length || texte[i + 1] != '\n'))
            {
                return Decoupage.Inhabituel;
            }

            _nombreDeChamps = n;
            _pos += i + (texte[i] == '\r' && i + 1 < texte.Length && texte[i + 1] == '\n' ? 2 : 1);
            _ligne += lignes + 1;
            return Decoupage.Enregistrement;
        }
    }

    private void Copier(ref int copie, char c)
    {
        if (copie == _champsCopies.Length)
        {
            Array.Resize(ref _champsCopies, copie * 2);
        }

        _champsCopies[copie++] = c;
    }

    private ReadOnlySpan<char> Champ(int c)
    {
        var (d, l) = _champs[c];
        return (_champsDansCopie ? _champsCopies : _tampon).AsSpan(d, l);
    }

    private int Compacter(int debut)
    {
        var reste = _fin - debut;
        if (debut > 0)
        {
            _tampon.AsSpan(debut, reste).CopyTo(_tampon);
        }

        if (reste > _tampon.Length / 2)
        {
            var plus = ArrayPool<char>.Shared.Rent(_tampon.Length * 2);
            _tampon.AsSpan(0, reste).CopyTo(plus);
            ArrayPool<char>.Shared.Return(_tampon, clearArray: true);
            _tampon = plus;
        }

        _pos -= debut;
        _fin = reste;
        return debut;
    }

    private void Remplir()
    {
        while (!_finDuSource && _fin < _tampon.Length)
        {
            var lus = _source.Read(_tampon, _fin, _tampon.Length - _fin);
            if (lus <= 0)
            {
                _finDuSource = true;
                break;
            }

            _fin += lus;
            if (_fin >= _tampon.Length / 2)
            {
                break;
            }
        }
    }

    private void TraiterEnregistrement(int ligne)
    {
        if (_nombreDeChamps <= 1 && Champ(0).IsWhiteSpace())
        {
            return;
        }

        var vide = true;
        for (var c = 0; c < _nombreDeChamps && vide; c++)
        {
            vide = Net(Champ(c)).IsEmpty;
        }

        if (vide)
        {
            _erreurs.Add(Territoires.LectureCsv.LigneSansValeur("population", ligne));
            return;
        }

        if (_nombreDeChamps != _nombreDeColonnes)
        {
            _erreurs.Add(new Erreur("population.csv.colonnes", "ligne", _nombreDeChamps.ToString(CultureInfo.InvariantCulture), $"{_nombreDeColonnes} colonnes attendues, {_nombreDeChamps} reçues.", ligne));
            return;
        }

        if (!LireRapidement(ligne))
        {
            var champs = new string[14];
            champs[^1] = string.Empty;
            for (var c = 0; c < _nombreDeColonnes; c++)
            {
                champs[c] = Champ(c).Trim().ToString();
            }

            LireLentement(champs, ligne);
        }
    }

    /// <summary>La lecture de toujours d'une ligne (champs déjà sans espaces autour), ses erreurs situées.</summary>
    private void LireLentement(string[] champs, int ligne)
    {
        _lignesLentes++;
        var avant = _erreurs.Count;
        var foyer = PopulationCsv.LireLigne(champs, _table, _erreurs);
        if (foyer is not null && !Enregistrer(foyer.Numero.Valeur, ligne))
        {
            foyer = null;
        }

        for (var e = avant; e < _erreurs.Count; e++)
        {
            _erreurs[e] = PopulationCsv.Situer(_erreurs[e], ligne);
        }

        if (foyer is not null)
        {
            AjouterFoyer(foyer, ligne);
        }
    }

    /// <summary>Retient le numéro d'une ligne lue ; faux (et l'erreur <c>population.numero.doublon</c>) s'il figure déjà plus haut.</summary>
    private bool Enregistrer(int numero, int ligne)
    {
        ref var mot = ref _numerosVus[numero >> 6];
        var bit = 1UL << (numero & 63);
        if ((mot & bit) == 0)
        {
            mot |= bit;
            _premieresLignes?.Add(numero, ligne);
            return true;
        }

        if (_premieresLignes is null)
        {
            _premieresLignes = new Dictionary<int, int>(_numeros.Count + _refusesALaConstruction.Count);
            for (var i = _numeros.Count - 1; i >= 0; i--)
            {
                _premieresLignes[_numeros[i]] = LigneDu(i);
            }

            foreach (var (n, l) in _refusesALaConstruction)
            {
                if (!_premieresLignes.TryGetValue(n, out var connue) || connue > l)
                {
                    _premieresLignes[n] = l;
                }
            }
        }

        _erreurs.Add(PopulationCsv.Situer(new Erreur("population.numero.doublon", "numero_allocataire", Erreur.ValeurMasquee, string.Create(CultureInfo.InvariantCulture, $"Ce numéro allocataire figure déjà ligne {_premieresLignes[numero]} : un foyer par numéro."), ligne), ligne));
        return false;
    }

    /// <summary>Lit une ligne de forme canonique droit dans les colonnes ; faux (sans rien écrire) pour toute autre ligne.</summary>
    private bool LireRapidement(int ligne)
    {
        var f = ChampNet(0);
        if (f.Length != 7)
        {
            return false;
        }

        var numero = 0;
        foreach (var ch in f)
        {
            var chiffre = ch - '0';
            if ((uint)chiffre > 9)
            {
                return false;
            }

            numero = (numero * 10) + chiffre;
        }

        var texteCommune = ChampNet(1);
        if (!CodeCommune.TryParse(texteCommune, out var code) || !_table.TryGetIndex(code, out var commune, out var ancien))
        {
            return false;
        }

        if (!LireDate(ChampNet(2), out var naissance) || naissance < 1)
        {
            return false;
        }

        var situation = ChampNet(3);
        var couple = situation.SequenceEqual("COUPLE");
        if (!couple && !situation.SequenceEqual("ISOLE"))
        {
            return false;
        }

        if (!LireDate(ChampNet(4), out var dateSituation) || dateSituation < naissance)
        {
            return false;
        }

        var texteConjoint = ChampNet(5);
        var conjoint = Jours.Aucun;
        if (couple ? !LireDate(texteConjoint, out conjoint) : !texteConjoint.IsEmpty)
        {
            return false;
        }

        // Enfants : triés par date (tri stable, comme le foyer).
        var nombreEnfants = 0;
        var enfants = ChampNet(6);
        if (!enfants.IsEmpty)
        {
            for (var morceaux = new Morceaux(enfants); morceaux.Suivant(out var morceau);)
            {
                var e = Net(morceau);
                var handicap = e.EndsWith(":H");
                if (handicap)
                {
                    e = e[..^2];
                }

                if (!LireDate(e, out var jour) || jour <= naissance || nombreEnfants == _enfantsDeLaLigne.Length)
                {
                    return false;
                }

                var k = nombreEnfants++;
                while (k > 0 && (_enfantsDeLaLigne[k - 1] >> 1) > jour)
                {
                    _enfantsDeLaLigne[k] = _enfantsDeLaLigne[k - 1];
                    k--;
                }

                _enfantsDeLaLigne[k] = (jour << 1) | (handicap ? 1 : 0);
            }
        }

        if (!LireMontant(ChampNet(7), out var ressources) || ressources > int.MaxValue || !LireMontant(ChampNet(8), out var ressourcesN2))
        {
            return false;
        }

        var indicateurs = couple ? (uint)IndicateursFoyer.EnCouple : 0u;
        long totalPrestations = 0;
        var debutPrestations = _prestationsDetail.Count;
        var prestations = ChampNet(9);
        if (!prestations.IsEmpty)
        {
            for (var morceaux = new Morceaux(prestations); morceaux.Suivant(out var morceau);)
            {
                var p = Net(morceau);
                var deuxPoints = Position(p, ':');
                if (deuxPoints <= 0)
                {
                    return Annuler(debutPrestations);
                }

                var rang = RangExact(p[..deuxPoints]);
                var reste = p[(deuxPoints + 1)..];
                var majoree = reste.EndsWith(":M");
                if (majoree)
                {
                    reste = reste[..^2];
                }

                if (rang < 0 || (indicateurs & (1u << rang)) != 0 || (majoree && (couple || rang != 0)) || !LireMontant(reste, out var montant) || montant > int.MaxValue)
                {
                    return Annuler(debutPrestations);
                }

                indicateurs |= 1u << rang;
                if (majoree)
                {
                    indicateurs |= (uint)IndicateursFoyer.RsaMajore;
                }

                totalPrestations += montant;
                _prestationsDetail.Add((rang << 1) | (majoree ? 1 : 0));
                _prestationsMontants.Add((int)montant);
            }
        }

        if (totalPrestations > int.MaxValue)
        {
            return Annuler(debutPrestations);
        }

        var nombreEvenements = 0;
        var evenements = ChampNet(10);
        var types = 0u;
        if (!evenements.IsEmpty)
        {
            for (var morceaux = new Morceaux(evenements); morceaux.Suivant(out var morceau);)
            {
                var e = Net(morceau);
                var deuxPoints = Position(e, ':');
                var rang = deuxPoints > 0 ? RangEvenement(e[..deuxPoints]) : -1;
                if (rang < 0 || !LireDate(e[(deuxPoints + 1)..], out var jour) || jour < naissance || nombreEvenements == _evenementsDeLaLigne.Length)
                {
                    return Annuler(debutPrestations);
                }

                var bit = 1u << rang;
                indicateurs |= (types & bit) != 0 ? (uint)IndicateursFoyer.EvenementsMultiples : 0u;
                types |= bit;
                var codeEvenement = EvenementsEnTable.Encoder(jour, rang);
                var k = nombreEvenements++;
                while (k > 0 && EvenementsEnTable.Jour(_evenementsDeLaLigne[k - 1]) > jour)
                {
                    _evenementsDeLaLigne[k] = _evenementsDeLaLigne[k - 1];
                    k--;
                }

                _evenementsDeLaLigne[k] = codeEvenement;
            }
        }

        var ordreCanaux = 0;
        var canaux = ChampNet(11);
        if (!canaux.IsEmpty)
        {
            var nombre = 0;
            for (var morceaux = new Morceaux(canaux); morceaux.Suivant(out var morceau);)
            {
                var bit = BitCanal(Net(morceau));
                if (bit < 0)
                {
                    return Annuler(debutPrestations);
                }

                var masque = 1u << (15 + bit);
                if ((indicateurs & masque) == 0)
                {
                    indicateurs |= masque;
                    ordreCanaux |= bit << (3 + (3 * nombre++));
                }
            }

            ordreCanaux |= nombre;
        }

        var telephone = ChampNet(12);
        if (telephone.SequenceEqual("oui"))
        {
            indicateurs |= (uint)IndicateursFoyer.TelephoneConnu;
        }
        else if (!telephone.SequenceEqual("non"))
        {
            return Annuler(debutPrestations);
        }

        var droitsEtDevoirs = Jours.Aucun;
        var droitsEtDevoirsConjoint = Jours.Aucun;
        if (_avecDroitsEtDevoirs)
        {
            var dd = ChampNet(13);
            var pointVirgule = Position(dd, ';');
            var allocataire = pointVirgule < 0 ? dd : Net(dd[..pointVirgule]);
            if (!allocataire.IsEmpty)
            {
                if (!LireDroitsEtDevoirs(allocataire, out var soumis, out droitsEtDevoirs) || droitsEtDevoirs < naissance)
                {
                    return Annuler(debutPrestations);
                }

                indicateurs |= (uint)IndicateursFoyer.DroitsEtDevoirsConnus | (soumis ? (uint)IndicateursFoyer.SoumisAuxDroitsEtDevoirs : 0u);
            }

            if (pointVirgule >= 0)
            {
                var duConjoint = Net(dd[(pointVirgule + 1)..]);
                if (!couple || duConjoint.IsEmpty || !LireDroitsEtDevoirs(duConjoint, out var soumisConjoint, out var depuis) || depuis < conjoint)
                {
                    return Annuler(debutPrestations);
                }

                droitsEtDevoirsConjoint = (depuis << 1) | (soumisConjoint ? 1 : 0);
            }
        }

        if (!Enregistrer(numero, ligne))
        {
            return Annuler(debutPrestations, lu: true);
        }

        var i = _numeros.Count;
        _debutsPrestations.Add(debutPrestations);
        _debutsEnfants.Add(_enfants.Count);
        for (var k = 0; k < nombreEnfants; k++)
        {
            _enfants.Add(_enfantsDeLaLigne[k]);
        }

        for (var k = 0; k < nombreEvenements; k++)
        {
            _evenementsFoyers.Add(i);
            _evenementsCodes.Add(_evenementsDeLaLigne[k]);
        }

        if (ancien)
        {
            _anciensCodes[i] = code.Compact;
        }

        _numeros.Add(numero);
        _communes.Add(commune);
        _indicateurs.Add(indicateurs);
        _naissances.Add(naissance);
        _ressources.Add((int)ressources);
        _prestations.Add((int)totalPrestations);
        _datesSituation.Add(dateSituation);
        _droitsEtDevoirs.Add(droitsEtDevoirs);
        _conjoints.Add(conjoint);
        _droitsEtDevoirsConjoint.Add(droitsEtDevoirsConjoint);
        _ressourcesN2.Add(ressourcesN2);
        _ordreCanaux.Add(ordreCanaux);
        NoterLigne(i, ligne);
        return true;
    }

    /// <summary>Un champ sans les espaces qui l'entourent ; sans appel quand ses deux bouts sont des caractères ASCII visibles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> ChampNet(int c) => Net(Champ(c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<char> Net(ReadOnlySpan<char> t) =>
        t.IsEmpty || ((uint)(t[0] - '!') < 94u && (uint)(t[^1] - '!') < 94u) ? t : t.Trim();

    /// <summary>La position d'un caractère dans une valeur courte, ou -1 (sans l'appel vectorisé, coûteux sur quelques caractères).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Position(ReadOnlySpan<char> t, char c)
    {
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == c)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Les morceaux d'une valeur séparés par <c>;</c>, comme <c>Split(';')</c> : un texte vide en donne un.</summary>
    private ref struct Morceaux(ReadOnlySpan<char> texte)
    {
        private ReadOnlySpan<char> _reste = texte;
        private bool _fini;

        internal bool Suivant(out ReadOnlySpan<char> morceau)
        {
            if (_fini)
            {
                morceau = default;
                return false;
            }

            var i = Position(_reste, ';');
            if (i < 0)
            {
                morceau = _reste;
                _fini = true;
            }
            else
            {
                morceau = _reste[..i];
                _reste = _reste[(i + 1)..];
            }

            return true;
        }
    }

    private void NoterLigne(int index, int ligne)
    {
        if (_decalagesDesLignes.Count == 0 || _decalagesDesLignes[^1].Decalage != ligne - index)
        {
            _decalagesDesLignes.Add((index, ligne - index));
        }
    }

    private int LigneDu(int index)
    {
        int bas = 0, haut = _decalagesDesLignes.Count - 1;
        while (bas < haut)
        {
            var milieu = (bas + haut + 1) / 2;
            if (_decalagesDesLignes[milieu].Index <= index)
            {
                bas = milieu;
            }
            else
            {
                haut = milieu - 1;
            }
        }

        return index + _decalagesDesLignes[bas].Decalage;
    }

    /// <summary>Oublie les prestations écrites d'une ligne abandonnée ; faux, ou vrai si la ligne est traitée (doublon).</summary>
    private bool Annuler(int debutPrestations, bool lu = false)
    {
        _prestationsDetail.Count = debutPrestations;
        _prestationsMontants.Count = debutPrestations;
        return lu;
    }

    private static int RangExact(ReadOnlySpan<char> code) => CodesDesPrestations.Rang(code);

    private static int RangEvenement(ReadOnlySpan<char> code) => CodesDesEvenements.Rang(code);

    private static int BitCanal(ReadOnlySpan<char> code) => CodesDesCanaux.Rang(code);

    private static bool LireDroitsEtDevoirs(ReadOnlySpan<char> texte, out bool soumis, out int depuis)
    {
        soumis = texte.Length > 2 && texte[0] == '1';
        depuis = Jours.Aucun;
        return texte.Length > 2 && texte[0] is '0' or '1' && texte[1] == ':' && LireDate(texte[2..], out depuis);
    }

    /// <summary>Une date <c>aaaa-mm-jj</c> exacte, à partir de l'an 1, en numéro de jour (celui de <see cref="DateOnly.DayNumber"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool LireDate(ReadOnlySpan<char> t, out int jour)
    {
        jour = Jours.Aucun;
        if (t.Length != 10 || t[4] != '-' || t[7] != '-')
        {
            return false;
        }

        uint a0 = (uint)(t[0] - '0'), a1 = (uint)(t[1] - '0'), a2 = (uint)(t[2] - '0'), a3 = (uint)(t[3] - '0');
        uint m0 = (uint)(t[5] - '0'), m1 = (uint)(t[6] - '0'), j0 = (uint)(t[8] - '0'), j1 = (uint)(t[9] - '0');
        if (a0 > 9 | a1 > 9 | a2 > 9 | a3 > 9 | m0 > 9 | m1 > 9 | j0 > 9 | j1 > 9)
        {
            return false;
        }

        var an = (int)((a0 * 1000) + (a1 * 100) + (a2 * 10) + a3);
        var mois = (int)((m0 * 10) + m1);
        var j = (int)((j0 * 10) + j1);
        if (an < 1 || (uint)(mois - 1) > 11 || j < 1 || j > JoursDuMois(an, mois))
        {
            return false;
        }

        jour = NumeroDuJour(an, mois, j);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int JoursDuMois(int an, int mois) =>
        mois == 2 ? (DateTime.IsLeapYear(an) ? 29 : 28) : 30 + ((mois + (mois >> 3)) & 1);

    /// <summary>
    /// Le numéro du jour grégorien proleptique (0 pour le 1er janvier de l'an 1, comme <see cref="DateOnly.DayNumber"/>) :
    /// l'année commence en mars, pour que février, le mois variable, soit le dernier.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int NumeroDuJour(int an, int mois, int jour)
    {
        var a = mois <= 2 ? an - 1 : an;
        var m = mois <= 2 ? mois + 9 : mois - 3;
        var jourDeLAnnee = ((153 * m) + 2) / 5 + jour - 1;
        return (365 * a) + (a / 4) - (a / 100) + (a / 400) + jourDeLAnnee - 306;
    }

    /// <summary>Un montant positif exact : chiffres, puis un point ou une virgule et un ou deux chiffres ; vide pour zéro.</summary>
    private static bool LireMontant(ReadOnlySpan<char> t, out long centimes)
    {
        centimes = 0;
        if (t.IsEmpty)
        {
            return true;
        }

        var i = 0;
        long entier = 0;
        while (i < t.Length && (uint)(t[i] - '0') <= 9)
        {
            entier = (entier * 10) + (t[i] - '0');
            i++;
        }

        if (i == 0 || i > 15)
        {
            return false;
        }

        long decimales = 0;
        if (i < t.Length)
        {
            if (t[i] is not ('.' or ',') || t.Length - i - 1 is < 1 or > 2)
            {
                return false;
            }

            for (var k = i + 1; k < t.Length; k++)
            {
                var c = (uint)(t[k] - '0');
                if (c > 9)
                {
                    return false;
                }

                decimales = (decimales * 10) + c;
            }

            if (t.Length - i - 1 == 1)
            {
                decimales *= 10;
            }
        }

        centimes = (entier * 100) + decimales;
        return true;
    }

    /// <summary>Verse un foyer lu par la lecture de toujours dans les colonnes, avec les refus de capacité d'une population.</summary>
    private void AjouterFoyer(Foyer foyer, int ligne)
    {
        if (!_table.TryGetIndex(foyer.Commune, out var commune, out var ancien))
        {
            RefuserALaConstruction(foyer, ligne, new Erreur("population.commune.inconnue", "commune", foyer.Commune.ToString(), $"La commune du foyer n'est pas dans le référentiel {_table.Millesime}."));
            return;
        }

        if (foyer.Allocataire.DateNaissance.Year < 1)
        {
            RefuserALaConstruction(foyer, ligne, new Erreur("population.date.capacite", "naissance_allocataire", Erreur.ValeurMasquee, "Date antérieure au 01/01/0001, hors de la capacité d'une population."));
            return;
        }

        var indicateurs = foyer.Conjoint is null ? 0u : (uint)IndicateursFoyer.EnCouple;
        if (foyer.TelephoneConnu)
        {
            indicateurs |= (uint)IndicateursFoyer.TelephoneConnu;
        }

        long prestations = 0;
        var debutPrestations = _prestationsDetail.Count;
        foreach (var p in foyer.Prestations)
        {
            var rang = Population.RangPrestation(p.Prestation);
            indicateurs |= 1u << rang;
            if (p.Majoree)
            {
                indicateurs |= (uint)IndicateursFoyer.RsaMajore;
            }

            prestations = p.MontantMensuel.Centimes > long.MaxValue - prestations ? long.MaxValue : prestations + p.MontantMensuel.Centimes;
            _prestationsDetail.Add((rang << 1) | (p.Majoree ? 1 : 0));
            _prestationsMontants.Add((int)Math.Min(int.MaxValue, p.MontantMensuel.Centimes));
        }

        var ordreCanaux = 0;
        var nombre = 0;
        foreach (var c in foyer.Canaux)
        {
            indicateurs |= 1u << (15 + c.Bit);
            ordreCanaux |= c.Bit << (3 + (3 * nombre++));
        }

        ordreCanaux |= nombre;
        var droitsEtDevoirs = Jours.Aucun;
        if (foyer.Allocataire.DroitsEtDevoirs is { } dd)
        {
            indicateurs |= (uint)IndicateursFoyer.DroitsEtDevoirsConnus | (dd.Soumis ? (uint)IndicateursFoyer.SoumisAuxDroitsEtDevoirs : 0u);
            droitsEtDevoirs = Jours.De(dd.Depuis);
        }

        var ressources = foyer.RessourcesMensuelles.Centimes;
        if (EncodageDuFoyer.Capacite(ressources, prestations) is { } capacite)
        {
            Annuler(debutPrestations);
            RefuserALaConstruction(foyer, ligne, capacite);
            return;
        }

        var i = _numeros.Count;
        _debutsPrestations.Add(debutPrestations);
        _debutsEnfants.Add(_enfants.Count);
        foreach (var e in foyer.Enfants)
        {
            _enfants.Add(EncodageDuFoyer.Enfant(e));
        }

        indicateurs |= EncodageDuFoyer.Evenements(foyer, code =>
        {
            _evenementsFoyers.Add(i);
            _evenementsCodes.Add(code);
        });

        if (ancien)
        {
            _anciensCodes[i] = foyer.Commune.Compact;
        }

        _numeros.Add(foyer.Numero.Valeur);
        _communes.Add(commune);
        _indicateurs.Add(indicateurs);
        _naissances.Add(Jours.De(foyer.Allocataire.DateNaissance));
        _ressources.Add((int)ressources);
        _prestations.Add((int)prestations);
        _datesSituation.Add(Jours.De(foyer.DateSituation));
        _droitsEtDevoirs.Add(droitsEtDevoirs);
        _conjoints.Add(foyer.Conjoint is { } cj ? Jours.De(cj.DateNaissance) : Jours.Aucun);
        _droitsEtDevoirsConjoint.Add(foyer.Conjoint?.DroitsEtDevoirs is { } dc ? (Jours.De(dc.Depuis) << 1) | (dc.Soumis ? 1 : 0) : Jours.Aucun);
        _ressourcesN2.Add(foyer.RessourcesAnnuellesN2.Centimes);
        _ordreCanaux.Add(ordreCanaux);
        NoterLigne(i, ligne);
    }

    private void RefuserALaConstruction(Foyer foyer, int ligne, Erreur erreur)
    {
        _erreursPopulation.Add(PopulationCsv.Situer(erreur, ligne));
        _refusesALaConstruction.Add((foyer.Numero.Valeur, ligne));
    }

    /// <summary>
    /// Relit la suite du texte (depuis <paramref name="debut"/> dans le tampon) par le lecteur CSV commun : précédée de
    /// l'en-tête <paramref name="entete"/> et de lignes blanches pour que chaque enregistrement garde sa ligne physique
    /// (<paramref name="lignesBlanches"/>), ou, sans en-tête donnée, tout le texte, les lignes décalées de
    /// <paramref name="lignesBlanches"/> (une ligne <c>sep=</c> ôtée). Un autre séparateur que la virgule est échangé avec
    /// elle à la volée (dans les deux sens) : les enregistrements sont les mêmes, et chaque valeur est rendue telle quelle.
    /// </summary>
    private void Rejouer(int debut, string entete, int lignesBlanches, bool verifierEntete)
    {
        if (_morceau)
        {
            _aRelire = true;
            return;
        }

        var prefixe = entete.Length == 0 ? string.Empty : entete + new string('\n', lignesBlanches + 1);
        var decalage = entete.Length == 0 ? lignesBlanches : 0;
        var texte = new TexteRejoue(prefixe, _tampon.AsMemory(debut, _fin - debut), _finDuSource ? null : _source, _separateur);
        var avant = _erreurs.Count;
        using (var fichier = LecteurCsv.Ouvrir(texte, "population", _erreurs, FichierVide(), PopulationCsv.ColonnesPersonnelles))
        {
            if (fichier is not null && Entete(fichier, verifierEntete))
            {
                var csv = fichier.Csv;
                while (fichier.Lire())
                {
                    var ligne = fichier.Ligne + decalage;
                    if (Territoires.LectureCsv.LigneVide(csv))
                    {
                        _erreurs.Add(Territoires.LectureCsv.LigneSansValeur("population", ligne));
                        continue;
                    }

                    if (csv.RowFieldCount != _nombreDeColonnes)
                    {
                        _erreurs.Add(new Erreur("population.csv.colonnes", "ligne", csv.RowFieldCount.ToString(CultureInfo.InvariantCulture), $"{_nombreDeColonnes} colonnes attendues, {csv.RowFieldCount} reçues.", ligne));
                        continue;
                    }

                    var champs = new string[14];
                    champs[^1] = string.Empty;
                    for (var c = 0; c < _nombreDeColonnes; c++)
                    {
                        champs[c] = TexteRejoue.Echanger(csv.GetString(c), _separateur).Trim();
                    }

                    LireLentement(champs, ligne);
                }
            }
        }

        for (var e = avant; e < _erreurs.Count; e++)
        {
            var x = _erreurs[e];
            if (x.Code is "population.csv.format" or "population.csv.taille" or "population.csv.encodage" or "population.csv.entete" or "population.erreurs.nombre")
            {
                var valeur = x.Valeur is null or Erreur.ValeurMasquee ? x.Valeur : TexteRejoue.Echanger(x.Valeur, _separateur);
                _erreurs[e] = new Erreur(x.Code, x.Champ, valeur, x.Message, x.Ligne is { } l ? l + decalage : null, x.Chemin);
            }
        }
    }

    private bool Entete(LecteurCsv fichier, bool verifier)
    {
        if (!verifier)
        {
            return true;
        }

        var csv = fichier.Csv;
        var entete = string.Join(",", Enumerable.Range(0, csv.FieldCount).Select(i => TexteRejoue.Echanger(csv.GetName(i), _separateur).Trim()));
        if (entete != PopulationCsv.Entete && entete != PopulationCsv.EnteteAvecDroitsEtDevoirs)
        {
            _erreurs.Add(new Erreur("population.csv.entete", "entete", null, string.Create(CultureInfo.InvariantCulture, $"La ligne 1 ({csv.FieldCount} colonne(s)) n'est pas l'en-tête attendu : {PopulationCsv.Entete} (suivi, en option, de ,droits_devoirs). Un fichier sans en-tête commence directement par un foyer."), 1));
            return false;
        }

        _avecDroitsEtDevoirs = entete == PopulationCsv.EnteteAvecDroitsEtDevoirs;
        _nombreDeColonnes = _avecDroitsEtDevoirs ? 14 : 13;
        return true;
    }

    private Resultat<Population> Terminer()
    {
        if (_morceau)
        {
            // Un morceau n'est pas une population : ses colonnes sont mises bout à bout avec les autres.
            return default!;
        }

        _progression?.Report(_enregistrementsLus);
        var erreurs = _erreurs;
        if (_erreursPopulation.Count > 0)
        {
            erreurs = [.. erreurs.Concat(_erreursPopulation).OrderBy(e => e.Ligne ?? int.MaxValue)];
        }

        if (erreurs.Count > 0)
        {
            return Resultat<Population>.Echec(LecteurCsv.Borner(erreurs, "population"));
        }

        _debutsEnfants.Add(_enfants.Count);
        _debutsPrestations.Add(_prestationsDetail.Count);
        var complement = new ComplementCsv(
            _conjoints.Rendre(),
            _droitsEtDevoirsConjoint.Rendre(),
            _ressourcesN2.Rendre(),
            _ordreCanaux.Rendre(),
            _debutsPrestations.Rendre(),
            _prestationsDetail.Rendre(),
            _prestationsMontants.Rendre(),
            _anciensCodes);
        Population? population = null;
        population = new Population(
            _table,
            _numeros.Rendre(),
            _communes.Rendre(),
            _indicateurs.Rendre(),
            _naissances.Rendre(),
            _ressources.Rendre(),
            _prestations.Rendre(),
            _debutsEnfants.Rendre(),
            _enfants.Rendre(),
            _datesSituation.Rendre(),
            _droitsEtDevoirs.Rendre(),
            _evenementsFoyers.Rendre(),
            _evenementsCodes.Rendre(),
            i => complement.Foyer(population!, i),
            complement.TailleEnOctets);
        return population;
    }

    private void Liberer()
    {
        if (_tampon.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_tampon, clearArray: true);
            _tampon = [];
        }
    }

    /// <summary>Une colonne agrandie au besoin (de moitié), rendue à sa taille exacte (copiée si elle ne l'est pas déjà).</summary>
    private struct Tableau<T>(int capacite)
    {
        private T[] _valeurs = GC.AllocateUninitializedArray<T>(capacite);

        internal int Count { readonly get; set; }

        internal readonly T this[int i] => _valeurs[i];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void Add(T valeur)
        {
            var valeurs = _valeurs;
            var count = Count;
            if ((uint)count < (uint)valeurs.Length)
            {
                valeurs[count] = valeur;
                Count = count + 1;
                return;
            }

            Agrandir(valeur);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Agrandir(T valeur)
        {
            var plus = GC.AllocateUninitializedArray<T>(Math.Max(16, _valeurs.Length + (_valeurs.Length / 2)));
            _valeurs.AsSpan().CopyTo(plus);
            _valeurs = plus;
            _valeurs[Count++] = valeur;
        }

        internal readonly ReadOnlySpan<T> Valeurs => _valeurs.AsSpan(0, Count);

        /// <summary>Une colonne déjà remplie : <paramref name="valeurs"/>, dont les <paramref name="count"/> premières valeurs comptent.</summary>
        internal static Tableau<T> De(T[] valeurs, int count) => new(0) { _valeurs = valeurs, Count = count };

        internal T[] Rendre()
        {
            var valeurs = _valeurs;
            _valeurs = [];
            if (valeurs.Length == Count)
            {
                return valeurs;
            }

            var exact = GC.AllocateUninitializedArray<T>(Count);
            valeurs.AsSpan(0, Count).CopyTo(exact);
            return exact;
        }

    }

    /// <summary>Ce qu'une population lue d'un fichier garde, hors colonnes, pour rendre chaque foyer tel qu'il a été lu.</summary>
    private sealed class ComplementCsv(int[] conjoints, int[] droitsEtDevoirsConjoint, long[] ressourcesN2, int[] ordreCanaux, int[] debutsPrestations, int[] prestationsDetail, int[] prestationsMontants, Dictionary<int, int> anciensCodes)
    {
        internal long TailleEnOctets => (4L * conjoints.Length) + (4L * droitsEtDevoirsConjoint.Length) + (8L * ressourcesN2.Length) + (4L * ordreCanaux.Length) + (4L * debutsPrestations.Length) + (8L * prestationsDetail.Length) + (8L * anciensCodes.Count);

        internal Foyer Foyer(Population p, int i)
        {
            var code = anciensCodes.TryGetValue(i, out var compact) ? CodeCommune.FromCompact(compact) : p.Commune(i).Code;
            var b = Foyers.Foyer.Builder(p.Numero(i), code, p.NaissanceAllocataire(i));
            if (conjoints[i] != Jours.Aucun)
            {
                b.EnCouple(Jours.Date(conjoints[i]), p.DateSituation(i));
            }
            else
            {
                b.Isole(p.DateSituation(i));
            }

            for (var k = p.DebutsEnfants[i]; k < p.DebutsEnfants[i + 1]; k++)
            {
                b.AvecEnfant(Jours.Date(p.Enfants[k] >> 1), (p.Enfants[k] & 1) != 0);
            }

            b.AvecRessources(Montant.FromCentimes(p.Ressources[i]), Montant.FromCentimes(ressourcesN2[i]));
            for (var k = debutsPrestations[i]; k < debutsPrestations[i + 1]; k++)
            {
                b.Percoit(PrestationsParRang[prestationsDetail[k] >> 1], Montant.FromCentimes(prestationsMontants[k]), (prestationsDetail[k] & 1) != 0);
            }

            for (var k = EvenementsEnTable.Premier(p.EvenementsFoyers, i); k < p.EvenementsFoyers.Length && p.EvenementsFoyers[k] == i; k++)
            {
                var e = p.EvenementsCodes[k];
                b.Evenement(TypesParRang[EvenementsEnTable.Rang(e)], Jours.Date(EvenementsEnTable.Jour(e)));
            }

            var ordre = ordreCanaux[i];
            for (var k = 0; k < (ordre & 7); k++)
            {
                b.Canal(CanauxParBit[(ordre >> (3 + (3 * k))) & 7]);
            }

            b.Telephone(((IndicateursFoyer)p.IndicateursInternes[i]).HasFlag(IndicateursFoyer.TelephoneConnu));
            if (p.DroitsEtDevoirsAllocataire(i) is { } da)
            {
                b.DroitsEtDevoirs(RoleDansLeFoyer.Allocataire, da.Soumis, da.Depuis);
            }

            if (droitsEtDevoirsConjoint[i] != Jours.Aucun)
            {
                b.DroitsEtDevoirs(RoleDansLeFoyer.Conjoint, (droitsEtDevoirsConjoint[i] & 1) != 0, Jours.Date(droitsEtDevoirsConjoint[i] >> 1));
            }

            return b.Build().GetValueOrThrow();
        }
    }

    /// <summary>
    /// Une petite table de codes ASCII : les huit premiers caractères d'un code tiennent dans un entier (un octet chacun),
    /// comparé d'un coup à ceux des codes connus ; la suite, s'il y en a une, est comparée caractère par caractère.
    /// </summary>
    private sealed class CodesCourts
    {
        private readonly string[] _codes;
        private readonly ulong[] _cles;

        internal CodesCourts(string[] codes)
        {
            _codes = codes;
            _cles = new ulong[codes.Length];
            for (var r = 0; r < codes.Length; r++)
            {
                if (!Cle(codes[r], out _cles[r]))
                {
                    throw new ArgumentException("Un code de la table n'est pas fait de caractères ASCII visibles.", nameof(codes));
                }
            }
        }

        /// <summary>Le rang du code dans la table, ou -1.</summary>
        internal int Rang(ReadOnlySpan<char> code)
        {
            if (!Cle(code, out var cle))
            {
                return -1;
            }

            var cles = _cles;
            for (var r = 0; r < cles.Length; r++)
            {
                if (cles[r] == cle && _codes[r].Length == code.Length && (code.Length <= 8 || code[8..].SequenceEqual(_codes[r].AsSpan(8))))
                {
                    return r;
                }
            }

            return -1;
        }

        private static bool Cle(ReadOnlySpan<char> code, out ulong cle)
        {
            cle = 0;
            if (code.IsEmpty)
            {
                return false;
            }

            var n = Math.Min(8, code.Length);
            for (var i = 0; i < n; i++)
            {
                var c = code[i];
                if (c is < '!' or > '~')
                {
                    return false;
                }

                cle |= (ulong)c << (8 * i);
            }

            return true;
        }
    }
}
