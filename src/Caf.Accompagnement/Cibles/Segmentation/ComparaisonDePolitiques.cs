using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// L'écart d'une cible (ou de l'ensemble des cibles) entre deux politiques, sur un secteur ou sur tout le département :
/// les foyers ciblés avant et après, ceux qui entrent et ceux qui sortent.
/// </summary>
/// <param name="Avant">Les foyers ciblés par la politique actuelle.</param>
/// <param name="Apres">Les foyers ciblés par la politique envisagée.</param>
/// <param name="Entrants">Les foyers ciblés après et pas avant.</param>
/// <param name="Sortants">Les foyers ciblés avant et plus après.</param>
/// <remarks>Toujours <c>Apres = Avant + Entrants − Sortants</c>. <c>default</c> est l'écart vide (aucun foyer, 0 → 0).</remarks>
public readonly record struct EcartDeCible(long Avant, long Apres, long Entrants, long Sortants)
{
    /// <summary>Les foyers ciblés avant et après.</summary>
    public long Maintenus => Avant - Sortants;

    /// <summary>La variation du nombre de foyers ciblés (<see cref="Apres"/> − <see cref="Avant"/>).</summary>
    public long Variation => Apres - Avant;

    /// <summary>Le texte, par exemple « 120 → 134, 16 entrants, 2 sortants ».</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Avant} → {Apres}, {Entrants} entrant(s), {Sortants} sortant(s)");
}

/// <summary>La charge d'un secteur sous deux politiques : ses travailleurs sociaux et les foyers ciblés qu'ils auraient à suivre.</summary>
/// <param name="Secteur">Le nom du secteur.</param>
/// <param name="TravailleursSociaux">Le nombre de travailleurs sociaux du secteur (carte des secteurs).</param>
/// <param name="Foyers">Les foyers ciblés par au moins une cible, avant et après.</param>
/// <remarks><c>default</c> n'est pas une charge calculée : son <see cref="Secteur"/> est vide et son texte « (non défini) ».</remarks>
public readonly record struct ChargeSimulee(string Secteur, int TravailleursSociaux, EcartDeCible Foyers)
{
    private readonly string? _secteur = Secteur;

    /// <summary>Le nom du secteur (vide pour <c>default</c>).</summary>
    public string Secteur
    {
        get => _secteur ?? string.Empty;
        init => _secteur = value;
    }

    /// <summary>Les foyers ciblés par travailleur social sous la politique actuelle (au dixième), ou <see langword="null"/> sans travailleur social.</summary>
    public decimal? ParTravailleurAvant => Par(Foyers.Avant);

    /// <summary>Les foyers ciblés par travailleur social sous la politique envisagée (au dixième), ou <see langword="null"/> sans travailleur social.</summary>
    public decimal? ParTravailleurApres => Par(Foyers.Apres);

    /// <summary>Le texte, par exemple « Secteur Dax : 3 TS, 120 → 134, 16 entrant(s), 2 sortant(s) foyers, 40,0 → 44,7 par TS ».</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => _secteur is null ? "(non défini)" :
        string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"{Secteur} : {TravailleursSociaux} TS, foyers ciblés {Foyers}, {(ParTravailleurAvant is { } a ? a.ToString("0.0", CultureInfo.GetCultureInfo("fr-FR")) : "—")} → {(ParTravailleurApres is { } b ? b.ToString("0.0", CultureInfo.GetCultureInfo("fr-FR")) : "—")} par TS");

    private decimal? Par(long foyers) =>
        TravailleursSociaux == 0 ? null : Math.Round(foyers / (decimal)TravailleursSociaux, 1, MidpointRounding.AwayFromZero);
}

/// <summary>
/// La simulation d'un changement de politique de ciblage : la même population segmentée sous la politique actuelle et
/// sous une politique envisagée (par exemple les parents seuls jusqu'à 29 ans au lieu de 34, un enfant de moins de 3 ans
/// au lieu de 6), en un seul traitement en masse. Pour chaque cible et chaque secteur : les foyers ciblés avant, après,
/// ceux qui entrent et ceux qui sortent ; pour chaque secteur, la charge par travailleur social qu'elle implique.
/// </summary>
/// <remarks>
/// <para>Les cibles des deux politiques sont rapprochées par leur code : une cible de même code dont les paramètres
/// changent compare ses deux versions ; une cible présente d'un seul côté n'a que des sortants (retirée) ou des entrants
/// (ajoutée). <see cref="Codes"/> liste les codes de la politique actuelle puis ceux que seule l'envisagée a.</para>
/// <para>Chaque foyer est compté dans le secteur de sa commune (<see cref="DecoupageEnSecteurs.De"/>), ou hors secteurs
/// (indice −1) pour une commune hors de la carte. Les comptes par secteur somment aux totaux, et le résultat ne dépend pas
/// du nombre de partitions (propriétés testées).</para>
/// </remarks>
public sealed class ComparaisonDePolitiques
{
    private readonly int _largeur;
    private readonly long[] _avant;
    private readonly long[] _apres;
    private readonly long[] _entrants;
    private readonly long[] _sortants;
    private readonly ulong[] _traductionAvant;
    private readonly ulong[] _traductionApres;

    private ComparaisonDePolitiques(ResultatDeSegmentation avant, ResultatDeSegmentation apres, ImmutableArray<string> codes, CarteDesSecteurs carte, int partitions)
    {
        Avant = avant;
        Apres = apres;
        Codes = codes;
        _largeur = codes.Length + 1;
        _traductionAvant = Traduction(avant.Cibles, codes);
        _traductionApres = Traduction(apres.Cibles, codes);
        var taille = (avant.Secteurs.Noms.Length + 1) * _largeur;
        (_avant, _apres, _entrants, _sortants) = Compter(taille, partitions);
        Charges = [.. carte.Secteurs.Select(s => new ChargeSimulee(s.Nom, s.TravailleursSociaux.Count, EnsembleDesCibles(s.Index)))];
    }

    /// <summary>La date de référence des deux segmentations.</summary>
    public LocalDate Reference => Avant.Reference;

    /// <summary>La segmentation sous la politique actuelle.</summary>
    public ResultatDeSegmentation Avant { get; }

    /// <summary>La segmentation sous la politique envisagée.</summary>
    public ResultatDeSegmentation Apres { get; }

    /// <summary>Les codes des cibles comparées : ceux de la politique actuelle, puis ceux que seule l'envisagée a.</summary>
    public ImmutableArray<string> Codes { get; }

    /// <summary>Les noms des secteurs, dans l'ordre de la carte (l'indice d'un secteur dans <see cref="Ecart(int, string)"/>).</summary>
    public ImmutableArray<string> Secteurs => Avant.Secteurs.Noms;

    /// <summary>La charge de chaque secteur de la carte (foyers ciblés par au moins une cible, par travailleur social), dans l'ordre de la carte.</summary>
    public ImmutableArray<ChargeSimulee> Charges { get; }

    /// <summary>Compare deux politiques de ciblage sur une population, à une date, par secteur de la carte.</summary>
    /// <param name="actuelle">La politique en vigueur.</param>
    /// <param name="envisagee">La politique envisagée.</param>
    /// <param name="population">La population (son référentiel des communes est celui de la carte).</param>
    /// <param name="reference">La date de référence.</param>
    /// <param name="carte">La carte des secteurs : les secteurs des comptes et leurs travailleurs sociaux.</param>
    /// <param name="baremes">Les barèmes ; par défaut <see cref="BaremesOfficiels.Jeu"/>.</param>
    /// <param name="partitions">Le nombre de partitions traitées en parallèle (1 : sur le fil appelant) ; par défaut le nombre de processeurs.</param>
    /// <returns>La comparaison, ou les erreurs : celles de <see cref="Segmentation.Create"/> pour l'une ou l'autre
    /// politique, <c>ciblage.simulation.cibles</c> si les deux politiques ensemble ont plus de 64 codes de cible,
    /// <c>ciblage.simulation.referentiel</c> si la population et la carte n'ont pas le même référentiel des communes.</returns>
    /// <exception cref="ArgumentNullException">Un argument est nul.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Nombre de partitions négatif ou supérieur à 4 096.</exception>
    public static Resultat<ComparaisonDePolitiques> Create(PolitiqueDeCiblage actuelle, PolitiqueDeCiblage envisagee, Population population, LocalDate reference, CarteDesSecteurs carte, JeuDeBaremes? baremes = null, int partitions = 0)
    {
        Preconditions.CheckNotNull(actuelle);
        Preconditions.CheckNotNull(envisagee);
        Preconditions.CheckNotNull(population);
        Preconditions.CheckNotNull(carte);
        Preconditions.CheckArgumentRange(nameof(partitions), partitions, 0, 4096);
        var erreurs = new List<Erreur>();
        if (!ReferenceEquals(population.Referentiel, carte.Referentiel))
        {
            erreurs.Add(new Erreur("ciblage.simulation.referentiel", "carte", carte.Referentiel.Millesime, $"La carte des secteurs et la population n'ont pas le même référentiel des communes ({carte.Referentiel.Millesime} et {population.Referentiel.Millesime}) : charger la population avec le référentiel de la carte."));
        }

        ImmutableArray<string> codes = [.. actuelle.Cibles.Select(c => c.Code).Concat(envisagee.Cibles.Select(c => c.Code)).Distinct(StringComparer.Ordinal)];
        if (codes.Length > 64)
        {
            erreurs.Add(new Erreur("ciblage.simulation.cibles", "cibles", codes.Length.ToString(CultureInfo.InvariantCulture), "Une comparaison porte sur au plus 64 codes de cible, les deux politiques ensemble."));
        }

        var avant = Segmentation.Create(actuelle, reference, baremes);
        var apres = Segmentation.Create(envisagee, reference, baremes);
        erreurs.AddRange(avant.Reussi ? [] : avant.Erreurs);
        erreurs.AddRange(apres.Reussi ? [] : apres.Erreurs);
        if (erreurs.Count > 0)
        {
            return Resultat<ComparaisonDePolitiques>.Echec(erreurs);
        }

        var secteurs = DecoupageEnSecteurs.De(carte);
        return new ComparaisonDePolitiques(
            avant.Valeur.Segmenter(population, secteurs, partitions),
            apres.Valeur.Segmenter(population, secteurs, partitions),
            codes,
            carte,
            partitions);
    }

    /// <summary>L'écart d'une cible dans un secteur.</summary>
    /// <param name="secteur">L'indice du secteur (ordre de <see cref="Secteurs"/>), ou −1 pour les foyers hors des secteurs.</param>
    /// <param name="code">Le code de la cible (l'un des <see cref="Codes"/>).</param>
    /// <returns>L'écart.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Secteur hors de la carte.</exception>
    /// <exception cref="ArgumentException">Code absent des deux politiques.</exception>
    public EcartDeCible Ecart(int secteur, string code) => Lire(Ligne(secteur) + Colonne(code));

    /// <summary>L'écart d'une cible sur tout le département (secteurs et hors secteurs).</summary>
    /// <param name="code">Le code de la cible.</param>
    /// <returns>L'écart.</returns>
    /// <exception cref="ArgumentException">Code absent des deux politiques.</exception>
    public EcartDeCible Ecart(string code) => Somme(Colonne(code));

    /// <summary>L'écart des foyers ciblés par au moins une cible, dans un secteur.</summary>
    /// <param name="secteur">L'indice du secteur, ou −1 hors des secteurs.</param>
    /// <returns>L'écart.</returns>
    public EcartDeCible EnsembleDesCibles(int secteur) => Lire(Ligne(secteur) + Codes.Length);

    /// <summary>L'écart des foyers ciblés par au moins une cible, sur tout le département.</summary>
    /// <returns>L'écart.</returns>
    public EcartDeCible EnsembleDesCibles() => Somme(Codes.Length);

    /// <summary>Les foyers qui entrent dans une cible (ciblés après, pas avant), par leur indice dans la population.</summary>
    /// <param name="code">Le code de la cible.</param>
    /// <returns>Les indices, croissants (<see cref="Population.Foyer(int)"/> donne le foyer).</returns>
    public IEnumerable<int> Entrants(string code)
    {
        var bit = 1UL << Colonne(code);
        for (var i = 0; i < Avant.Population.Count; i++)
        {
            if ((Union(Apres, _traductionApres, i) & ~Union(Avant, _traductionAvant, i) & bit) != 0)
            {
                yield return i;
            }
        }
    }

    /// <summary>Les foyers qui sortent d'une cible (ciblés avant, plus après), par leur indice dans la population.</summary>
    /// <param name="code">Le code de la cible.</param>
    /// <returns>Les indices, croissants.</returns>
    public IEnumerable<int> Sortants(string code)
    {
        var bit = 1UL << Colonne(code);
        for (var i = 0; i < Avant.Population.Count; i++)
        {
            if ((Union(Avant, _traductionAvant, i) & ~Union(Apres, _traductionApres, i) & bit) != 0)
            {
                yield return i;
            }
        }
    }

    /// <summary>
    /// Le tableau de la simulation, en texte : par cible, les foyers avant → après, entrants et sortants ; par secteur,
    /// les travailleurs sociaux, les foyers ciblés et la charge par travailleur social.
    /// </summary>
    /// <returns>Le tableau.</returns>
    public string Tableau()
    {
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        var sb = new StringBuilder();
        var largeurCode = Math.Max(16, Codes.Max(c => c.Length));
        sb.Append("Cible".PadRight(largeurCode)).Append("      avant      après  entrants  sortants").AppendLine();
        foreach (var code in Codes)
        {
            var e = Ecart(code);
            sb.Append(code.PadRight(largeurCode)).Append(string.Create(fr, $"{e.Avant,11:N0}{e.Apres,11:N0}{e.Entrants,10:N0}{e.Sortants,10:N0}")).AppendLine();
        }

        var tous = EnsembleDesCibles();
        sb.Append("Au moins une".PadRight(largeurCode)).Append(string.Create(fr, $"{tous.Avant,11:N0}{tous.Apres,11:N0}{tous.Entrants,10:N0}{tous.Sortants,10:N0}")).AppendLine().AppendLine();
        var largeurNom = Math.Max(14, Secteurs.IsEmpty ? 0 : Secteurs.Max(n => n.Length));
        sb.Append("Secteur".PadRight(largeurNom)).Append("  TS      avant      après  entrants  sortants  par TS avant → après").AppendLine();
        foreach (var c in Charges)
        {
            var avant = c.ParTravailleurAvant is { } a ? a.ToString("0.0", fr) : "—";
            var apres = c.ParTravailleurApres is { } b ? b.ToString("0.0", fr) : "—";
            sb.Append(c.Secteur.PadRight(largeurNom))
              .Append(string.Create(fr, $"{c.TravailleursSociaux,4}{c.Foyers.Avant,11:N0}{c.Foyers.Apres,11:N0}{c.Foyers.Entrants,10:N0}{c.Foyers.Sortants,10:N0}"))
              .Append("  ").Append(avant.PadLeft(12)).Append(" → ").Append(apres).AppendLine();
        }

        var hors = EnsembleDesCibles(-1);
        if (hors.Avant > 0 || hors.Apres > 0)
        {
            sb.Append("Hors secteurs".PadRight(largeurNom)).Append(string.Create(fr, $"{"—",4}{hors.Avant,11:N0}{hors.Apres,11:N0}{hors.Entrants,10:N0}{hors.Sortants,10:N0}")).AppendLine();
        }

        return sb.ToString();
    }

    /// <summary>Résumé : date, foyers ciblés avant et après.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"Simulation au {Dates.Formater(Reference)} : {Avant.Population.Count.ToString(CultureInfo.InvariantCulture)} foyers, ciblés {EnsembleDesCibles()}";

    private static ulong[] Traduction(ImmutableArray<ICible> cibles, ImmutableArray<string> codes)
    {
        // Quatre tables de 256 entrées : l'octet o du masque de la segmentation → les bits correspondants de l'union.
        var table = new ulong[4 * 256];
        for (var k = 0; k < cibles.Length; k++)
        {
            var bit = 1UL << codes.IndexOf(cibles[k].Code);
            var octet = k / 8;
            for (var v = 0; v < 256; v++)
            {
                if ((v & (1 << (k % 8))) != 0)
                {
                    table[(octet * 256) + v] |= bit;
                }
            }
        }

        return table;
    }

    private static ulong Traduire(uint masque, ulong[] table) =>
        table[masque & 0xFF] | table[256 + ((masque >> 8) & 0xFF)] | table[512 + ((masque >> 16) & 0xFF)] | table[768 + (masque >> 24)];

    private static ulong Union(ResultatDeSegmentation resultat, ulong[] table, int foyer) => Traduire(resultat.MasquesInternes[foyer], table);

    private (long[] Avant, long[] Apres, long[] Entrants, long[] Sortants) Compter(int taille, int partitions)
    {
        var n = Avant.Population.Count;
        var p = partitions == 0 ? Environment.ProcessorCount : partitions;
        p = Math.Max(1, Math.Min(p, n / 65_536));
        var parties = new (long[], long[], long[], long[])[p];
        if (p == 1)
        {
            parties[0] = CompterPartie(taille, 0, n);
        }
        else
        {
            Parallel.For(0, p, q => parties[q] = CompterPartie(taille, (int)((long)n * q / p), (int)((long)n * (q + 1) / p)));
        }

        var total = parties[0];
        for (var q = 1; q < p; q++)
        {
            for (var j = 0; j < taille; j++)
            {
                total.Item1[j] += parties[q].Item1[j];
                total.Item2[j] += parties[q].Item2[j];
                total.Item3[j] += parties[q].Item3[j];
                total.Item4[j] += parties[q].Item4[j];
            }
        }

        return total;
    }

    private (long[], long[], long[], long[]) CompterPartie(int taille, int debut, int fin)
    {
        long[] avant = new long[taille], apres = new long[taille], entrants = new long[taille], sortants = new long[taille];
        var masquesAvant = Avant.MasquesInternes;
        var masquesApres = Apres.MasquesInternes;
        var communes = Avant.Population.CommunesInternes;
        var secteurs = Avant.Secteurs.SecteurParCommune;
        var tous = Codes.Length;
        for (var i = debut; i < fin; i++)
        {
            var a = Traduire(masquesAvant[i], _traductionAvant);
            var b = Traduire(masquesApres[i], _traductionApres);
            if ((a | b) == 0)
            {
                continue;
            }

            var ligne = (secteurs[communes[i]] + 1) * _largeur;
            Ajouter(avant, ligne, a);
            Ajouter(apres, ligne, b);
            Ajouter(entrants, ligne, b & ~a);
            Ajouter(sortants, ligne, a & ~b);
            avant[ligne + tous] += a != 0 ? 1 : 0;
            apres[ligne + tous] += b != 0 ? 1 : 0;
            entrants[ligne + tous] += a == 0 ? 1 : 0;
            sortants[ligne + tous] += b == 0 ? 1 : 0;
        }

        return (avant, apres, entrants, sortants);
    }

    private static void Ajouter(long[] comptes, int ligne, ulong bits)
    {
        while (bits != 0)
        {
            comptes[ligne + BitOperations.TrailingZeroCount(bits)]++;
            bits &= bits - 1;
        }
    }

    private int Ligne(int secteur)
    {
        Preconditions.CheckArgumentRange(nameof(secteur), secteur, -1, Secteurs.Length - 1);
        return (secteur + 1) * _largeur;
    }

    private int Colonne(string code)
    {
        Preconditions.CheckNotNull(code);
        var k = Codes.IndexOf(code);
        Preconditions.CheckArgument(k >= 0, nameof(code), "Cible absente des deux politiques.");
        return k;
    }

    private EcartDeCible Lire(int j) => new(_avant[j], _apres[j], _entrants[j], _sortants[j]);

    private EcartDeCible Somme(int colonne)
    {
        long a = 0, b = 0, e = 0, s = 0;
        for (var ligne = 0; ligne <= Secteurs.Length; ligne++)
        {
            var j = (ligne * _largeur) + colonne;
            a += _avant[j];
            b += _apres[j];
            e += _entrants[j];
            s += _sortants[j];
        }

        return new(a, b, e, s);
    }
}
