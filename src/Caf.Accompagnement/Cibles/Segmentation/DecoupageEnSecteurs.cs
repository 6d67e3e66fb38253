using System.Collections.Immutable;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// Le découpage des communes d'un référentiel en secteurs pour les comptes d'une segmentation : pour chaque commune
/// (par son <see cref="Commune.Index"/>), l'indice de son secteur, ou −1 hors des secteurs.
/// </summary>
public sealed class DecoupageEnSecteurs
{
    private DecoupageEnSecteurs(ReferentielCommunes referentiel, ImmutableArray<string> noms, int[] secteurParCommune)
    {
        Referentiel = referentiel;
        Noms = noms;
        SecteurParCommune = secteurParCommune;
    }

    /// <summary>Le référentiel des communes.</summary>
    public ReferentielCommunes Referentiel { get; }

    /// <summary>Le nom de chaque secteur.</summary>
    public ImmutableArray<string> Noms { get; }

    internal int[] SecteurParCommune { get; }

    /// <summary>Un seul secteur, « Ensemble », qui couvre toutes les communes.</summary>
    /// <param name="referentiel">Le référentiel.</param>
    /// <returns>Le découpage.</returns>
    public static DecoupageEnSecteurs Ensemble(ReferentielCommunes referentiel)
    {
        Preconditions.CheckNotNull(referentiel);
        return new(referentiel, ["Ensemble"], new int[referentiel.Count]);
    }

    /// <summary>Les secteurs d'une carte des secteurs (communes hors du département : hors secteurs).</summary>
    /// <param name="carte">La carte.</param>
    /// <returns>Le découpage, un secteur par secteur de la carte, dans le même ordre.</returns>
    public static DecoupageEnSecteurs De(CarteDesSecteurs carte)
    {
        Preconditions.CheckNotNull(carte);
        return FromTable(carte.Referentiel, carte.Secteurs.Select(s => s.Nom), carte.SecteursParCommune);
    }

    /// <summary>Un découpage donné par une table commune → secteur.</summary>
    /// <param name="referentiel">Le référentiel.</param>
    /// <param name="noms">Le nom de chaque secteur.</param>
    /// <param name="secteurParCommune">Pour chaque commune du référentiel, l'indice de son secteur dans <paramref name="noms"/>, ou −1.</param>
    /// <returns>Le découpage.</returns>
    /// <exception cref="ArgumentException">Table de taille différente du référentiel, ou indice hors des secteurs.</exception>
    public static DecoupageEnSecteurs FromTable(ReferentielCommunes referentiel, IEnumerable<string> noms, ReadOnlySpan<short> secteurParCommune)
    {
        Preconditions.CheckNotNull(referentiel);
        var n = Preconditions.CheckNotNull(noms).ToImmutableArray();
        Preconditions.CheckArgument(secteurParCommune.Length == referentiel.Count, nameof(secteurParCommune), "Un secteur par commune du référentiel.");
        var table = new int[secteurParCommune.Length];
        for (var i = 0; i < table.Length; i++)
        {
            Preconditions.CheckArgument(secteurParCommune[i] >= -1 && secteurParCommune[i] < n.Length, nameof(secteurParCommune), "Indice de secteur hors des secteurs.");
            table[i] = secteurParCommune[i];
        }

        return new(referentiel, n, table);
    }
}
