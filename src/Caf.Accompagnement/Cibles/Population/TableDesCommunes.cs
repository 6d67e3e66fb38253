using System.Collections.Immutable;
using Caf.Accompagnement.Territoires;

namespace Caf.Accompagnement.Cibles;

/// <summary>La table des communes d'une population : code → indice en temps constant (tableau indexé par <see cref="CodeCommune.Compact"/>).</summary>
internal sealed class TableDesCommunes
{
    private readonly int[] _indices;

    private TableDesCommunes(ImmutableArray<CodeCommune> codes, int[] indices)
    {
        Codes = codes;
        _indices = indices;
    }

    internal ImmutableArray<CodeCommune> Codes { get; }

    internal static TableDesCommunes Create(IReadOnlyList<CodeCommune> communes)
    {
        var max = 0;
        foreach (var c in communes)
        {
            if (!c.EstDefini)
            {
                throw new ArgumentException("Une commune de la table n'est pas définie.", nameof(communes));
            }

            max = Math.Max(max, c.Compact);
        }

        var indices = new int[max + 1];
        Array.Fill(indices, -1);
        for (var i = 0; i < communes.Count; i++)
        {
            if (indices[communes[i].Compact] >= 0)
            {
                throw new ArgumentException($"La commune {communes[i]} figure deux fois dans la table.", nameof(communes));
            }

            indices[communes[i].Compact] = i;
        }

        return new TableDesCommunes([.. communes], indices);
    }

    /// <summary>L'indice du code, ou −1.</summary>
    internal int IndexDe(CodeCommune code)
    {
        var c = code.Compact;
        return (uint)c < (uint)_indices.Length ? _indices[c] : -1;
    }
}
