using System.Collections.Immutable;
using Caf.Accompagnement.Droits;

namespace Caf.Accompagnement.Foyers;

/// <summary>Les droits du foyer et les pièces justificatives qui lui sont demandées (module <c>Droits</c>).</summary>
public sealed partial class Foyer
{
    /// <summary>Les droits du foyer, un par prestation, avec leur état.</summary>
    public ImmutableArray<Droit> Droits { get; private set; } = [];

    /// <summary>Les pièces justificatives demandées, par date limite croissante.</summary>
    public ImmutableArray<PieceDemandee> PiecesDemandees { get; private set; } = [];

    /// <summary>Le droit à une prestation, ou <see langword="null"/>.</summary>
    /// <param name="prestation">La prestation.</param>
    /// <returns>Le droit.</returns>
    public Droit? DroitA(Prestation prestation)
    {
        foreach (var d in Droits)
        {
            if (d.Prestation == prestation)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>Attache les droits et les pièces, une seule fois, pendant la construction.</summary>
    internal void AttacherDroits(ImmutableArray<Droit> droits, ImmutableArray<PieceDemandee> pieces)
    {
        Droits = droits;
        PiecesDemandees = pieces;
    }
}
