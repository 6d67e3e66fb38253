namespace Caf.Accompagnement.Utility;

/// <summary>
/// An append-only register shared by the successive states of an immutable aggregate (the events of an aid request):
/// a state reads only its first <c>n</c> elements, never modified afterwards. Appending behind the last element of the
/// register takes constant amortised time; appending behind an older state (a branch) copies its elements into a new
/// register, so that no existing state ever sees a change.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class RegistreEnAjout<T>
{
    private readonly System.Threading.Lock _verrou = new();
    private T[] _elements = [];
    private int _longueur;

    /// <summary>The element at a position, below the length of the state that reads it.</summary>
    internal T this[int i] => Volatile.Read(ref _elements)[i];

    /// <summary>A register holding one element.</summary>
    internal static RegistreEnAjout<T> De(T premier) => new RegistreEnAjout<T>().Ajouter(0, premier);

    /// <summary>Appends an element behind the first <paramref name="nombre"/> ones (the state that appends).</summary>
    /// <returns>This register when the state was its last one, otherwise a new register.</returns>
    internal RegistreEnAjout<T> Ajouter(int nombre, T element)
    {
        lock (_verrou)
        {
            if (nombre == _longueur)
            {
                if (_longueur == _elements.Length)
                {
                    var plus = new T[Math.Max(4, _longueur * 2)];
                    Array.Copy(_elements, plus, _longueur);
                    Volatile.Write(ref _elements, plus);
                }

                _elements[_longueur] = element;
                _longueur++;
                return this;
            }
        }

        var copie = new RegistreEnAjout<T> { _elements = new T[Math.Max(4, nombre * 2)], _longueur = nombre + 1 };
        Array.Copy(Volatile.Read(ref _elements), copie._elements, nombre);
        copie._elements[nombre] = element;
        return copie;
    }

    /// <summary>A copy of the first <paramref name="nombre"/> elements.</summary>
    internal T[] Copier(int nombre) => Volatile.Read(ref _elements)[..nombre];
}
