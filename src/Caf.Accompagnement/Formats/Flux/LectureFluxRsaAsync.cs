using System.Runtime.CompilerServices;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Flux;

/// <summary>
/// Une lecture asynchrone d'un flux « RSA bénéficiaires » (<see cref="FluxRsa.LireAsync"/>) : les mêmes dossiers, dans le
/// même ordre et avec les mêmes erreurs que <see cref="LectureFluxRsa"/>, rendus par <c>await foreach</c> ; les octets
/// sont lus par <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/> avant chaque dossier.
/// </summary>
/// <remarks>
/// <para><b>Lecture.</b> Avant chaque dossier, s'il reste moins d'une moitié de tampon d'avance, le tampon de
/// <see cref="Avance"/> octets est complété de façon asynchrone ; l'analyse XML le consomme ensuite sans attendre :
/// l'appelant n'est bloqué par aucune entrée-sortie tant qu'un dossier tient dans la moitié du tampon (un dossier publié fait quelques kilo-octets). Un dossier plus
/// grand que le tampon est achevé par une lecture synchrone du flux. La mémoire reste bornée (le tampon, plus le dossier
/// en cours).</para>
/// <para><b>Annulation.</b> Le jeton est vérifié avant chaque dossier et transmis aux lectures du flux :
/// l'énumération lève alors <see cref="OperationCanceledException"/> (ce n'est pas une donnée d'entrée).</para>
/// <para>Énumérable une seule fois ; <see cref="Resume"/> est connu une fois l'énumération terminée.</para>
/// </remarks>
public sealed class LectureFluxRsaAsync : IAsyncEnumerable<DossierLu>, IAsyncDisposable, IDisposable
{
    /// <summary>Le nombre d'octets lus d'avance avant chaque dossier (1 Mio).</summary>
    public const int Avance = 1 << 20;

    private readonly TamponDAvance _tampon;
    private LectureFluxRsa? _lecture;
    private readonly CancellationToken _annulation;
    private bool _commencee;

    internal LectureFluxRsaAsync(Stream flux, CancellationToken annulation, int avance = Avance)
    {
        _tampon = new TamponDAvance(flux, avance);
        _annulation = annulation;
    }

    /// <summary>L'identification du flux, ou <see langword="null"/> tant qu'elle n'est pas lue (ou si elle est invalide).</summary>
    public EnteteFluxRsa? Entete => _lecture?.Entete;

    /// <summary><see langword="true"/> une fois l'énumération terminée.</summary>
    public bool Terminee => _lecture?.Terminee ?? false;

    /// <summary>Le bilan de la lecture.</summary>
    /// <exception cref="InvalidOperationException">L'énumération n'est pas terminée.</exception>
    public ResumeDeLecture Resume => _lecture?.Resume ?? throw new InvalidOperationException("Le bilan n'est connu qu'une fois tous les dossiers énumérés.");

    /// <summary>Lit le flux jusqu'au bout en ne gardant que le bilan.</summary>
    /// <returns>Le bilan.</returns>
    public async Task<ResumeDeLecture> TerminerAsync()
    {
        await foreach (var _ in ((IAsyncEnumerable<DossierLu>)this).ConfigureAwait(false))
        {
        }

        return Resume;
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">La lecture a déjà été énumérée.</exception>
    public IAsyncEnumerator<DossierLu> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (_commencee)
        {
            throw new InvalidOperationException("Une lecture de flux ne s'énumère qu'une fois.");
        }

        _commencee = true;
        return Parcourir(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    /// <summary>Libère le lecteur XML (le flux d'entrée reste à la charge de l'appelant).</summary>
    public void Dispose() => _lecture?.Dispose();

    /// <summary>Libère le lecteur XML (le flux d'entrée reste à la charge de l'appelant).</summary>
    /// <returns>Une tâche terminée.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private async IAsyncEnumerable<DossierLu> Parcourir([EnumeratorCancellation] CancellationToken annulation)
    {
        using var lie = CancellationTokenSource.CreateLinkedTokenSource(_annulation, annulation);
        var jeton = lie.Token;

        // Le lecteur XML lit le début du document dès sa création : il n'est créé qu'une fois le tampon rempli.
        await _tampon.RemplirAsync(jeton).ConfigureAwait(false);
        _lecture = FluxRsa.Lire(_tampon, 1);
        using var dossiers = _lecture.GetEnumerator();
        while (true)
        {
            jeton.ThrowIfCancellationRequested();
            await _tampon.RemplirAsync(jeton).ConfigureAwait(false);
            if (!dossiers.MoveNext())
            {
                break;
            }

            yield return dossiers.Current;
        }
    }

    /// <summary>
    /// Le flux vu par l'analyse XML : un tampon rempli de façon asynchrone entre deux dossiers, puis, s'il est épuisé au
    /// milieu d'un dossier, une lecture synchrone du flux d'origine.
    /// </summary>
    private sealed class TamponDAvance(Stream source, int taille) : FluxEnLecture
    {
        private readonly byte[] _octets = new byte[taille];
        private int _debut;
        private int _fin;
        private bool _finDuSource;

        internal async ValueTask RemplirAsync(CancellationToken annulation)
        {
            // Plus d'une moitié de tampon d'avance : rien à lire (ni à recopier) avant ce dossier.
            if (_finDuSource || _fin - _debut > _octets.Length / 2)
            {
                return;
            }

            if (_debut > 0)
            {
                _octets.AsSpan(_debut, _fin - _debut).CopyTo(_octets);
                _fin -= _debut;
                _debut = 0;
            }

            while (!_finDuSource && _fin < _octets.Length)
            {
                var n = await source.ReadAsync(_octets.AsMemory(_fin), annulation).ConfigureAwait(false);
                if (n == 0)
                {
                    _finDuSource = true;
                }

                _fin += n;
            }
        }

        public override int Read(Span<byte> buffer)
        {
            if (_debut == _fin)
            {
                // Un dossier plus grand que le tampon : la suite est lue directement, de façon synchrone.
                return _finDuSource ? 0 : source.Read(buffer);
            }

            var n = Math.Min(buffer.Length, _fin - _debut);
            _octets.AsSpan(_debut, n).CopyTo(buffer);
            _debut += n;
            return n;
        }
    }
}
