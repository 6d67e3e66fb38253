using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>Le résultat d'une <see cref="Segmentation"/> : les cibles de chaque foyer et les comptes par secteur × cible.</summary>
public sealed class ResultatDeSegmentation
{
    internal ResultatDeSegmentation(Segmentation segmentation, Population population, DecoupageEnSecteurs secteurs)
    {
        Utility.Preconditions.CheckArgument(ReferenceEquals(population.Referentiel, secteurs.Referentiel), nameof(secteurs), "Les secteurs et la population ont le même référentiel des communes.");
        Reference = segmentation.Reference;
        Cibles = segmentation.Cibles;
        Population = population;
        Secteurs = secteurs;
        MasquesInternes = new uint[population.Count];
        ComptesInternes = new long[(secteurs.Noms.Length + 1) * Cibles.Length];
    }

    internal uint[] MasquesInternes { get; }

    private Segmentation.TamponsDePartition[] _tampons = [];

    /// <summary>Les tables de travail des partitions, créées à la première segmentation puis réutilisées.</summary>
    internal Segmentation.TamponsDePartition[] Tampons(int partitions, int tailleHistogramme)
    {
        var largeur = ComptesInternes.Length;
        var conviennent = _tampons.Length == partitions;
        foreach (var t in _tampons)
        {
            conviennent &= t.Convient(largeur, tailleHistogramme);
        }

        if (!conviennent)
        {
            var tampons = new Segmentation.TamponsDePartition[partitions];
            for (var q = 0; q < partitions; q++)
            {
                tampons[q] = new Segmentation.TamponsDePartition(largeur, tailleHistogramme);
            }

            _tampons = tampons;
        }

        return _tampons;
    }

    // Ligne 0 : hors des secteurs ; ligne s + 1 : secteur s.
    internal long[] ComptesInternes { get; }

    /// <summary>La date de référence de la dernière segmentation écrite dans ce résultat (<see cref="Segmentation.SegmenterDans"/>
    /// la remplace par la sienne).</summary>
    public LocalDate Reference { get; internal set; }

    /// <summary>Les cibles, dans l'ordre des bits.</summary>
    public ImmutableArray<ICible> Cibles { get; }

    /// <summary>La population segmentée.</summary>
    public Population Population { get; }

    /// <summary>Les secteurs des comptes.</summary>
    public DecoupageEnSecteurs Secteurs { get; }

    /// <summary>Le masque des cibles de chaque foyer : bit <c>k</c> pour la cible <c>Cibles[k]</c>.</summary>
    public ReadOnlySpan<uint> Masques => MasquesInternes;

    /// <summary>Le foyer appartient-il à la cible ?</summary>
    /// <param name="foyer">L'indice du foyer.</param>
    /// <param name="cible">L'indice de la cible.</param>
    /// <returns><see langword="true"/> si le foyer appartient à la cible.</returns>
    public bool Appartient(int foyer, int cible) => (MasquesInternes[foyer] & (1u << cible)) != 0;

    /// <summary>Les cibles d'un foyer.</summary>
    /// <param name="foyer">L'indice du foyer.</param>
    /// <returns>Les cibles, dans l'ordre de la politique.</returns>
    public IEnumerable<ICible> CiblesDe(int foyer)
    {
        var m = MasquesInternes[foyer];
        for (var k = 0; k < Cibles.Length; k++)
        {
            if ((m & (1u << k)) != 0)
            {
                yield return Cibles[k];
            }
        }
    }

    /// <summary>Le nombre de foyers d'un secteur dans une cible.</summary>
    /// <param name="secteur">L'indice du secteur, ou −1 pour les foyers hors des secteurs.</param>
    /// <param name="cible">L'indice de la cible.</param>
    /// <returns>Le compte.</returns>
    public long Compte(int secteur, int cible)
    {
        Utility.Preconditions.CheckArgumentRange(nameof(secteur), secteur, -1, Secteurs.Noms.Length - 1);
        Utility.Preconditions.CheckArgumentRange(nameof(cible), cible, 0, Cibles.Length - 1);
        return ComptesInternes[((secteur + 1) * Cibles.Length) + cible];
    }

    /// <summary>Le nombre de foyers d'une cible, tous secteurs confondus (hors secteurs compris).</summary>
    /// <param name="cible">L'indice de la cible.</param>
    /// <returns>Le total.</returns>
    public long Total(int cible)
    {
        long total = 0;
        for (var s = -1; s < Secteurs.Noms.Length; s++)
        {
            total += Compte(s, cible);
        }

        return total;
    }

    /// <summary>Le nombre de foyers qui appartiennent à au moins une cible.</summary>
    public long FoyersCibles
    {
        get
        {
            long n = 0;
            foreach (var m in MasquesInternes)
            {
                n += m != 0 ? 1 : 0;
            }

            return n;
        }
    }

    /// <summary>Le tableau secteur × cible, en texte (une ligne par secteur, une colonne par cible, codes en en-tête).</summary>
    /// <returns>Le tableau.</returns>
    public string Tableau()
    {
        var largeurNom = Math.Max(14, Secteurs.Noms.Max(n => n.Length));
        var largeurs = Cibles.Select(c => Math.Max(8, c.Code.Length)).ToArray();
        var sb = new StringBuilder();
        sb.Append("Secteur".PadRight(largeurNom));
        for (var k = 0; k < Cibles.Length; k++)
        {
            sb.Append(' ').Append(Cibles[k].Code.PadLeft(largeurs[k]));
        }

        sb.AppendLine();
        void Ligne(string nom, Func<int, long> compte)
        {
            sb.Append(nom.PadRight(largeurNom));
            for (var k = 0; k < Cibles.Length; k++)
            {
                sb.Append(' ').Append(compte(k).ToString(CultureInfo.InvariantCulture).PadLeft(largeurs[k]));
            }

            sb.AppendLine();
        }

        for (var s = 0; s < Secteurs.Noms.Length; s++)
        {
            Ligne(Secteurs.Noms[s], k => Compte(s, k));
        }

        if (Cibles.Select((_, k) => Compte(-1, k)).Any(c => c > 0))
        {
            Ligne("Hors secteurs", k => Compte(-1, k));
        }

        Ligne("Total", Total);
        return sb.ToString();
    }

    /// <summary>Résumé : date, nombre de foyers, foyers ciblés.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Segmentation au {Dates.Formater(Reference)} : {Population.Count} foyers, {FoyersCibles} dans au moins une cible ({Cibles.Length} cibles)");
}
