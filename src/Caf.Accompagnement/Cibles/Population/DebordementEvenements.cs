namespace Caf.Accompagnement.Cibles;

/// <summary>
/// Les dates antérieures d'événements d'un même type (un foyer avec deux impayés de loyer, par exemple), triées par
/// foyer : consultées seulement quand la dernière date suit la date de référence.
/// </summary>
internal sealed class DebordementEvenements
{
    private static readonly DebordementEvenements Vide = new([], [], []);
    private readonly int[] _foyers;
    private readonly int[] _rangs;
    private readonly int[] _jours;

    private DebordementEvenements(int[] foyers, int[] rangs, int[] jours)
    {
        _foyers = foyers;
        _rangs = rangs;
        _jours = jours;
    }

    internal long TailleEnOctets => 12L * _foyers.Length;

    internal int Count => _foyers.Length;

    internal static DebordementEvenements Create(List<(int Foyer, int Rang, int Jour)> entrees)
    {
        if (entrees.Count == 0)
        {
            return Vide;
        }

        entrees.Sort();
        return new([.. entrees.Select(e => e.Foyer)], [.. entrees.Select(e => e.Rang)], [.. entrees.Select(e => e.Jour)]);
    }

    /// <summary>La plus récente date antérieure gardée pour ce foyer et ce type, au plus tard au jour donné.</summary>
    internal int DernierAuPlusTard(int foyer, int rang, int jour)
    {
        var i = Array.BinarySearch(_foyers, foyer);
        if (i < 0)
        {
            return Jours.Aucun;
        }

        while (i > 0 && _foyers[i - 1] == foyer)
        {
            i--;
        }

        var meilleur = Jours.Aucun;
        for (; i < _foyers.Length && _foyers[i] == foyer; i++)
        {
            if (_rangs[i] == rang && _jours[i] <= jour && _jours[i] > meilleur)
            {
                meilleur = _jours[i];
            }
        }

        return meilleur;
    }
}
