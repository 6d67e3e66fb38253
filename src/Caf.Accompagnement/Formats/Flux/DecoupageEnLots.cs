using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.RegularExpressions;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Flux;

/// <summary>
/// Des dossiers consécutifs d'un flux, lus ensemble ; <paramref name="Arret"/> si la lecture s'arrête après le dernier
/// (document mal formé) ; <paramref name="ErreursDuDernierAvantSaFin"/> : le nombre d'erreurs que le dernier avait
/// quand sa balise fermante a été lue (avant les contrôles de fin de dossier).
/// </summary>
internal sealed record LotDeDossiers(DossierLu[] Dossiers, bool Arret, int ErreursDuDernierAvantSaFin = 0);

/// <summary>
/// La lecture en lots parallèles d'un flux « RSA bénéficiaires » : un fil parcourt les octets, repère les dossiers
/// (<c>InfosFoyerRSA</c> enfants de <c>Racine</c>) et en confie des lots à d'autres fils ; le lecteur du document ne voit
/// qu'un <b>squelette</b> — le flux, chaque lot remplacé par un élément <c>InfosFoyerRSA</c> vide aux mêmes ligne et
/// colonne de fin — et rend, à la place de cet élément, les dossiers du lot, dans l'ordre.
/// </summary>
/// <remarks>
/// <para><b>Mêmes résultats que la lecture d'un trait.</b> Un lot est une suite d'octets du document, de la balise
/// ouvrante d'un dossier à la balise fermante d'un dossier, sans rien que des blancs entre deux dossiers ; il est lu
/// par le même lecteur, ses lignes décalées et sa première ligne précédée d'autant d'espaces que dans le document :
/// rangs, lignes, colonnes, chemins et erreurs sont ceux de la lecture d'un trait. Ce qui n'est pas dans un lot — le
/// prologue, l'identification, les transmissions, tout élément inattendu — est lu par le lecteur du document, tel
/// quel, aux mêmes lignes et colonnes (le remplaçant d'un lot garde ses sauts de ligne et la colonne de sa fin).</para>
/// <para><b>Ce qui n'est pas découpé.</b> Le découpage cesse (la suite est lue d'un trait, telle quelle) au premier
/// octet qu'il ne sait pas trancher sans lire le XML : commentaire, section CDATA, instruction de traitement ou
/// déclaration de type ; racine autre que <c>&lt;Racine&gt;</c> sans attribut ; encodage autre que l'UTF-8 ou qu'un
/// encodage d'un octet par caractère, marque d'ordre UTF-16 ; dossier à attributs, vide, imbriqué, de plus de 4 Mio,
/// inachevé, ou d'UTF-8 invalide ; balise fermante <c>InfosFoyerRSA</c> écrite avec des blancs. Chaque dossier du
/// document est ainsi lu une fois, soit dans un lot, soit par le lecteur du document.</para>
/// <para>Mémoire bornée : au plus quatre lots par fil en attente (1 Mio chacun au plus), un tampon d'octets du lot en
/// cours, et 64 morceaux du squelette d'avance.</para>
/// </remarks>
internal sealed partial class DecoupageEnLots : IDisposable
{
    private const int TailleMaximaleDuLot = 1 << 20;
    private const int TailleMaximaleDuDossier = 4 << 20;
    private static readonly byte[] Ouvrante = "<InfosFoyerRSA"u8.ToArray();
    private static readonly byte[] Fermante = "</InfosFoyerRSA>"u8.ToArray();
    private static readonly byte[] Remplacant = "<InfosFoyerRSA/>"u8.ToArray();

    private readonly Stream _source;
    private readonly CancellationTokenSource _annulation = new();
    private readonly BlockingCollection<byte[]> _squelette = new(64);
    private readonly ConcurrentQueue<Task<LotDeDossiers>> _lots = new();
    private readonly SemaphoreSlim _enVol;
    private readonly TaskCompletionSource<EnteteFluxRsa> _entete = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _parcours;
    private ExceptionDispatchInfo? _echec;

    // Le parcours : le tampon des octets lus, ce qui en est déjà passé au squelette, et la position lue.
    private byte[] _tampon = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _fin;
    private int _emis;
    private bool _finDuSource;
    private Encoding _encodage = Encoding.UTF8;
    private bool _utf8 = true;

    // Les lignes et colonnes : la position _suivi est à la ligne _ligne, colonne _colonne (en caractères).
    private int _suivi;
    private int _ligne = 1;
    private int _colonne = 1;

    // Le lot en cours.
    private int _debutDuLot = -1;
    private int _finDuLot;
    private int _dossiersDuLot;
    private int _ligneDuLot;
    private int _colonneDuLot;
    private int _dossiers;

    private readonly int _dossiersParLot;

    internal DecoupageEnLots(Stream source, int parallelisme, int dossiersParLot)
    {
        _source = source;
        _dossiersParLot = dossiersParLot;
        _enVol = new SemaphoreSlim(Math.Max(2, 4 * parallelisme));
        Squelette = new FluxDuSquelette(this);
        _parcours = Task.Factory.StartNew(Parcourir, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Le squelette du document, à lire par le lecteur XML.</summary>
    internal Stream Squelette { get; }

    /// <summary>L'identification du flux, lue par le lecteur du document (<see langword="null"/> : la lecture s'arrête).</summary>
    internal void EnteteLue(EnteteFluxRsa? entete)
    {
        if (entete is null)
        {
            _entete.TrySetCanceled();
            _annulation.Cancel();
        }
        else
        {
            _entete.TrySetResult(entete);
        }
    }

    /// <summary>Prend le lot qui tient la place de l'élément vide que le lecteur rencontre, s'il y en a un.</summary>
    internal bool TryPrendre(out LotDeDossiers lot)
    {
        if (!_lots.TryDequeue(out var tache))
        {
            lot = null!;
            return false;
        }

        lot = tache.GetAwaiter().GetResult();
        _enVol.Release();
        return true;
    }

    public void Dispose()
    {
        _annulation.Cancel();
        _entete.TrySetCanceled();
        try
        {
            _parcours.Wait();
        }
        catch (AggregateException)
        {
            // L'échec du parcours a été rendu au lecteur, ou la lecture est abandonnée.
        }

        _annulation.Dispose();
    }

    [GeneratedRegex("""encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", RegexOptions.CultureInvariant)]
    private static partial Regex EncodageDeclare();

    private void Parcourir()
    {
        try
        {
            if (Debut() is { } debut)
            {
                Corps(debut);
            }

            // La suite, telle quelle.
            Emettre(_fin);
            while (!_finDuSource)
            {
                _emis = 0;
                _fin = 0;
                if (Remplir())
                {
                    Emettre(_fin);
                }
            }

            _squelette.CompleteAdding();
        }
        catch (OperationCanceledException) when (_annulation.IsCancellationRequested)
        {
            _squelette.CompleteAdding();
        }
        catch (Exception e)
        {
            // Une erreur de lecture du flux : rendue au lecteur du document à l'endroit où elle survient.
            _echec = ExceptionDispatchInfo.Capture(e);
            _squelette.CompleteAdding();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(_tampon);
            _tampon = [];
        }
    }

    /// <summary>Lit le prologue jusqu'à la balise <c>&lt;Racine&gt;</c> ; la position qui la suit, ou <see langword="null"/> pour tout lire tel quel.</summary>
    private int? Debut()
    {
        while (_fin < 4096 && Remplir())
        {
        }

        var octets = _tampon.AsSpan(0, _fin);
        var p = 0;
        string? declare = null;
        if (octets.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            // La marque d'ordre n'est pas un caractère du document.
            p = 3;
            _suivi = 3;
        }
        else if (octets.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || octets.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return null;
        }

        if (octets[p..].StartsWith("<?xml"u8))
        {
            var fin = octets[p..].IndexOf("?>"u8);
            if (fin < 0)
            {
                return null;
            }

            var declaration = Encoding.ASCII.GetString(octets.Slice(p, fin));
            if (EncodageDeclare().Match(declaration) is { Success: true } m)
            {
                declare = m.Groups[1].Value;
            }

            p += fin + 2;
        }

        if (declare is not null)
        {
            try
            {
                _encodage = Encoding.GetEncoding(declare);
            }
            catch (ArgumentException)
            {
                return null;
            }

            _utf8 = _encodage.CodePage == Encoding.UTF8.CodePage;
            if ((p == 3 && !_utf8) || !(_utf8 || _encodage.IsSingleByte))
            {
                return null;
            }
        }

        while (p < octets.Length && EstBlanc(octets[p]))
        {
            p++;
        }

        var racine = "<Racine"u8;
        if (!octets[p..].StartsWith(racine))
        {
            return null;
        }

        var q = p + racine.Length;
        while (q < octets.Length && EstBlanc(octets[q]))
        {
            q++;
        }

        return q < octets.Length && octets[q] == '>' ? q + 1 : null;
    }

    /// <summary>Parcourt le corps du document à partir de <paramref name="pos"/> (dans <c>Racine</c>) ; rend la main quand le découpage cesse.</summary>
    private void Corps(int pos)
    {
        var profondeur = 1;
        while (true)
        {
            _annulation.Token.ThrowIfCancellationRequested();
            var i = _tampon.AsSpan(pos, _fin - pos).IndexOf((byte)'<');
            if (i < 0)
            {
                // Du texte sans balise : un lot ne se poursuit qu'au-delà de blancs.
                if (_debutDuLot >= 0 && (_fin - _finDuLot > 1000 || !EstBlanc(_tampon.AsSpan(_finDuLot, _fin - _finDuLot))))
                {
                    Fermer();
                }

                pos = Garder(_fin);
                if (!Remplir())
                {
                    Fermer();
                    return;
                }

                continue;
            }

            i += pos;
            var fin = FinDeBalise(i);
            if (fin == -2)
            {
                // La balise n'est pas entière dans le tampon : la suite est lue, puis la balise reprise.
                pos = Garder(i);
                if (!Remplir())
                {
                    Fermer();
                    return;
                }

                continue;
            }

            if (fin < 0)
            {
                Fermer();
                return;
            }

            var balise = _tampon.AsSpan(i, fin + 1 - i);
            var dossier = profondeur == 1 && balise.StartsWith(Ouvrante) && (balise.Length == Ouvrante.Length + 1 || !EstNom(balise[Ouvrante.Length]));
            if (_debutDuLot >= 0 && (!dossier || i - _finDuLot > 1000 || !EstBlanc(_tampon.AsSpan(_finDuLot, i - _finDuLot))))
            {
                // Un lot ne contient que des dossiers, séparés par des blancs courts (une longue suite de blancs est un
                // nœud de texte pour XmlReader).
                Fermer();
            }

            if (balise[1] == '/')
            {
                profondeur--;
                pos = fin + 1;
                if (profondeur == 0)
                {
                    return;
                }

                continue;
            }

            var vide = balise[^2] == '/';
            if (dossier)
            {
                // Un dossier : sa balise fermante est la première « </InfosFoyerRSA> » qui suit.
                if (vide || !EstBlanc(balise[Ouvrante.Length..^1]))
                {
                    Fermer();
                    return;
                }

                var finDuDossier = Dossier(ref i);
                if (finDuDossier < 0)
                {
                    Fermer();
                    return;
                }

                if (_debutDuLot < 0)
                {
                    Positionner(i);
                    _debutDuLot = i;
                    _ligneDuLot = _ligne;
                    _colonneDuLot = _colonne;
                }

                _finDuLot = finDuDossier;
                _dossiersDuLot++;
                _dossiers++;
                pos = finDuDossier;
                if (_dossiersDuLot >= _dossiersParLot || _finDuLot - _debutDuLot >= TailleMaximaleDuLot)
                {
                    Fermer();
                }

                continue;
            }

            if (!vide)
            {
                profondeur++;
            }

            pos = fin + 1;
        }
    }

    /// <summary>
    /// Cherche la fin du dossier qui commence en <paramref name="debut"/> (position tenue à jour si le tampon est
    /// compacté) ; la position qui suit sa balise fermante, ou -1 si le dossier ne se découpe pas.
    /// </summary>
    private int Dossier(ref int debut)
    {
        var depuis = debut + Ouvrante.Length;
        while (true)
        {
            var k = _tampon.AsSpan(depuis, _fin - depuis).IndexOf(Fermante);
            if (k >= 0)
            {
                var fin = depuis + k + Fermante.Length;
                var interieur = _tampon.AsSpan(debut + 1, fin - debut - 1);
                if (BaliseSpeciale(interieur) || interieur.IndexOf(Ouvrante) >= 0 || (_utf8 && !System.Text.Unicode.Utf8.IsValid(_tampon.AsSpan(debut, fin - debut))))
                {
                    return -1;
                }

                return fin;
            }

            if (_fin - debut > TailleMaximaleDuDossier)
            {
                return -1;
            }

            depuis = Math.Max(debut + Ouvrante.Length, _fin - Fermante.Length);
            var ancien = debut;
            debut = Garder(debut);
            depuis -= ancien - debut;
            if (!Remplir())
            {
                return -1;
            }
        }
    }

    /// <summary>Vrai si ces octets contiennent « &lt;! » ou « &lt;? » (commentaire, CDATA, déclaration, instruction) : une recherche pour les deux.</summary>
    private static bool BaliseSpeciale(ReadOnlySpan<byte> octets)
    {
        var k = 0;
        while (true)
        {
            var j = octets[k..].IndexOfAny((byte)'!', (byte)'?');
            if (j < 0)
            {
                return false;
            }

            k += j;
            if (k > 0 && octets[k - 1] == (byte)'<')
            {
                return true;
            }

            k++;
        }
    }

    /// <summary>La position du <c>&gt;</c> qui ferme la balise ouverte en <paramref name="i"/> ; -2 si elle n'est pas entière dans le tampon, -1 si elle ne se découpe pas.</summary>
    private int FinDeBalise(int i)
    {
        if (i + 1 >= _fin)
        {
            return _finDuSource ? -1 : -2;
        }

        var c = _tampon[i + 1];
        if (c is (byte)'!' or (byte)'?')
        {
            return -1;
        }

        byte guillemet = 0;
        for (var k = i + 1; k < _fin; k++)
        {
            var o = _tampon[k];
            if (guillemet != 0)
            {
                if (o == guillemet)
                {
                    guillemet = 0;
                }
            }
            else if (o is (byte)'"' or (byte)'\'')
            {
                guillemet = o;
            }
            else if (o == '>')
            {
                return k;
            }
            else if (o == '<')
            {
                return -1;
            }
        }

        return _finDuSource || _fin - i > TailleMaximaleDuDossier ? -1 : -2;
    }

    /// <summary>Confie le lot en cours à un fil et passe au squelette ce qui le précède, puis son remplaçant.</summary>
    private void Fermer()
    {
        if (_debutDuLot < 0)
        {
            return;
        }

        Emettre(_debutDuLot);
        Positionner(_finDuLot);
        var lignes = _ligne - _ligneDuLot;
        var colonneDeFin = _colonne;
        var espaces = (lignes == 0 ? colonneDeFin - _colonneDuLot : colonneDeFin - 1) - Remplacant.Length;
        // Le lot, précédé des blancs de sa colonne de départ, dans un tableau prêté (rendu par le fil qui le lit).
        var devant = Blancs(0, _colonneDuLot - 1);
        var taille = devant.Length + (_finDuLot - _debutDuLot);
        var octets = ArrayPool<byte>.Shared.Rent(taille);
        devant.CopyTo(octets, 0);
        _tampon.AsSpan(_debutDuLot, _finDuLot - _debutDuLot).CopyTo(octets.AsSpan(devant.Length));
        var attendus = _dossiersDuLot;
        var ligne = _ligneDuLot;
        var premier = _dossiers - _dossiersDuLot + 1;
        var encodage = _encodage;
        _enVol.Wait(_annulation.Token);
        var entete = _entete.Task;
        _lots.Enqueue(Task.Run(async () =>
        {
            try
            {
                return LecteurFluxRsa.LireLot(octets, taille, encodage, ligne, premier, attendus, await entete.ConfigureAwait(false));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(octets);
            }
        }));
        var remplacant = RemplacantDuLot(lignes, espaces);
        _squelette.Add(remplacant, _annulation.Token);
        _emis = _finDuLot;
        _debutDuLot = -1;
        _dossiersDuLot = 0;
    }

    /// <summary>Le remplaçant d'un lot : ses sauts de ligne, les espaces qui mènent à la colonne où finit le lot, et l'élément vide.</summary>
    private static byte[] RemplacantDuLot(int lignes, int espaces) => [.. Blancs(lignes, espaces), .. Remplacant];

    /// <summary>
    /// Des blancs sans contenu : <paramref name="lignes"/> sauts de ligne puis <paramref name="colonnes"/> caractères
    /// sur la dernière ligne. <see cref="System.Xml.XmlReader"/> rend en nœud de texte une suite de blancs plus longue
    /// que son tampon (quelque 4 000 caractères) : les blancs sont coupés, tous les 1 000 au plus, par un commentaire
    /// vide (ignoré par la lecture), qui compte dans la colonne sur la dernière ligne.
    /// </summary>
    private static byte[] Blancs(int lignes, int colonnes)
    {
        const int Tranche = 1000;
        var commentaire = "<!---->"u8;
        var coupuresDesLignes = lignes > 0 ? (lignes - 1) / Tranche : 0;
        var sortie = new byte[lignes + (coupuresDesLignes * commentaire.Length) + colonnes];
        var p = 0;
        for (var reste = lignes; reste > 0;)
        {
            var n = Math.Min(reste, Tranche);
            sortie.AsSpan(p, n).Fill((byte)'\n');
            p += n;
            reste -= n;
            if (reste > 0)
            {
                commentaire.CopyTo(sortie.AsSpan(p));
                p += commentaire.Length;
            }
        }

        // Sur la dernière ligne, 993 espaces et un commentaire font une tranche de 1 000 caractères.
        var restants = colonnes;
        while (restants > Tranche)
        {
            sortie.AsSpan(p, Tranche - commentaire.Length).Fill((byte)' ');
            p += Tranche - commentaire.Length;
            commentaire.CopyTo(sortie.AsSpan(p));
            p += commentaire.Length;
            restants -= Tranche;
        }

        sortie.AsSpan(p, restants).Fill((byte)' ');
        return sortie;
    }

    /// <summary>Passe au squelette les octets lus jusqu'à <paramref name="jusque"/>, tels quels.</summary>
    private void Emettre(int jusque)
    {
        if (jusque > _emis)
        {
            _squelette.Add(_tampon.AsSpan(_emis, jusque - _emis).ToArray(), _annulation.Token);
            _emis = jusque;
        }
    }

    /// <summary>
    /// Fait de la place avant de lire la suite : passe au squelette ce qui ne sera plus relu et ôte du tampon ce qui
    /// précède le lot en cours (ou <paramref name="pos"/>) ; la position <paramref name="pos"/> après compactage.
    /// </summary>
    private int Garder(int pos)
    {
        var garde = _debutDuLot >= 0 ? _debutDuLot : pos;
        Emettre(garde);
        Positionner(garde);
        garde = Math.Min(garde, _suivi);
        if (garde > 0)
        {
            _tampon.AsSpan(garde, _fin - garde).CopyTo(_tampon);
            _fin -= garde;
            _emis -= garde;
            _suivi -= garde;
            if (_debutDuLot >= 0)
            {
                _finDuLot -= garde;
                _debutDuLot -= garde;
            }
        }

        return pos - garde;
    }

    /// <summary>Lit la suite du flux dans le tampon (agrandi s'il est plein), 64 Kio au plus ; faux à la fin du flux.</summary>
    private bool Remplir()
    {
        if (_finDuSource)
        {
            return false;
        }

        if (_fin == _tampon.Length)
        {
            var plus = ArrayPool<byte>.Shared.Rent(_tampon.Length * 2);
            _tampon.AsSpan(0, _fin).CopyTo(plus);
            ArrayPool<byte>.Shared.Return(_tampon);
            _tampon = plus;
        }

        _annulation.Token.ThrowIfCancellationRequested();
        var lus = _source.Read(_tampon, _fin, Math.Min(_tampon.Length - _fin, 1 << 16));
        if (lus <= 0)
        {
            _finDuSource = true;
            return false;
        }

        _fin += lus;
        return true;
    }

    /// <summary>
    /// Avance la ligne et la colonne jusqu'à <paramref name="jusque"/> (un saut de ligne : LF, CR LF ou CR seul, comme
    /// XML) ; un CR en fin de tampon attend l'octet suivant.
    /// </summary>
    private void Positionner(int jusque)
    {
        if (jusque > _suivi && jusque == _fin && !_finDuSource && _tampon[jusque - 1] == '\r')
        {
            jusque--;
        }

        var texte = _tampon.AsSpan(_suivi, jusque - _suivi);
        var dernier = texte.LastIndexOfAny((byte)'\n', (byte)'\r');
        if (dernier < 0)
        {
            _colonne += Caracteres(texte);
        }
        else
        {
            _ligne += texte.Count((byte)'\n');
            if (texte.Contains((byte)'\r'))
            {
                for (var k = 0; k < texte.Length; k++)
                {
                    // Un CR suivi d'un LF ne compte pas : le LF compte pour les deux.
                    if (texte[k] == '\r' && (_suivi + k + 1 >= _fin || _tampon[_suivi + k + 1] != '\n'))
                    {
                        _ligne++;
                    }
                }
            }

            _colonne = 1 + Caracteres(texte[(dernier + 1)..]);
        }

        _suivi = jusque;
    }

    /// <summary>Le nombre de caractères de ces octets (en UTF-8, les octets de suite 10xxxxxx ne commencent pas de caractère).</summary>
    private int Caracteres(ReadOnlySpan<byte> texte)
    {
        if (!_utf8)
        {
            return texte.Length;
        }

        // Un caractère hors du plan de base (4 octets) compte pour deux, comme ses deux demi-codets UTF-16.
        var caracteres = 0;
        foreach (var o in texte)
        {
            caracteres += (o & 0xC0) == 0x80 ? 0 : o >= 0xF0 ? 2 : 1;
        }

        return caracteres;
    }

    private static bool EstBlanc(byte o) => o is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private static readonly System.Buffers.SearchValues<byte> OctetsBlancs = System.Buffers.SearchValues.Create(" \t\r\n"u8);

    private static bool EstBlanc(ReadOnlySpan<byte> octets) => octets.IndexOfAnyExcept(OctetsBlancs) < 0;

    private static bool EstNom(byte o) => o is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'>' or (byte)'/');

    /// <summary>Le squelette, lu par le lecteur XML : les morceaux passés par le parcours, dans l'ordre.</summary>
    private sealed class FluxDuSquelette(DecoupageEnLots decoupage) : FluxEnLecture
    {
        private byte[] _morceau = [];
        private int _lu;

        public override int Read(Span<byte> buffer)
        {
            while (_lu == _morceau.Length)
            {
                if (!decoupage._squelette.TryTake(out var suivant, Timeout.Infinite))
                {
                    decoupage._echec?.Throw();
                    return 0;
                }

                _morceau = suivant;
                _lu = 0;
            }

            var n = Math.Min(buffer.Length, _morceau.Length - _lu);
            _morceau.AsSpan(_lu, n).CopyTo(buffer);
            _lu += n;
            return n;
        }
    }
}
