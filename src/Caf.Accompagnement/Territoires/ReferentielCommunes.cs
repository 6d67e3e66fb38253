using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Territoires;

/// <summary>
/// La liste officielle des communes actuelles (Code officiel géographique de l'Insee) : métropole, Corse et les cinq
/// départements et régions d'outre-mer, avec pour chacune son nom, son département, ses codes postaux, sa population,
/// son EPCI et les codes des anciennes communes qui y ont fusionné.
/// </summary>
/// <remarks>
/// <para>Le millésime embarqué, <see cref="Cog2026"/>, est le COG au 1er janvier 2026 : 34 875 communes actuelles
/// (les 94 communes des collectivités d'outre-mer et les 45 arrondissements municipaux de Paris, Lyon et Marseille
/// n'y sont pas). Il est compressé dans le paquet et chargé à la première utilisation, une seule fois, de façon sûre
/// entre fils d'exécution. Un millésime plus récent se charge depuis un flux au même format CSV
/// (<see cref="Lire(Stream, string, System.Text.Encoding?)"/>), comme NodaTime charge une base de fuseaux horaires plus récente.</para>
/// <para>Sources : Insee, Code officiel géographique 2026 et populations légales 2026 (population municipale, année de
/// référence 2023) ; DGCL, EPCI à fiscalité propre 2026 ; La Poste, base officielle des codes postaux ; extraits du
/// paquet <c>@etalab/decoupage-administratif</c> 6.0.0 (Etalab, Licence Ouverte).</para>
/// <para>Invariants : les communes sont rangées par code (ordre ordinal du texte) ; chaque code est unique ; un ancien
/// code n'est ni le code d'une commune actuelle ni l'ancien code de deux communes. La recherche par code, actuel ou
/// ancien, se fait en temps constant et sans allocation. Une instance est immuable et partageable entre fils.</para>
/// </remarks>
public sealed partial class ReferentielCommunes : IReadOnlyList<Commune>
{
    /// <summary>Nom de la ressource embarquée (CSV compressé par gzip).</summary>
    internal const string RessourceCog2026 = "Caf.Accompagnement.Territoires.communes-cog2026.csv.gz";

    // Clés : forme compacte du code (CodeCommune.Compact), la Corse ramenée juste après l'outre-mer.
    // Codes numériques : 1 002 .. 99 000 ; 2A : 99 003 .. 100 000 ; 2B : 100 002 .. 101 001.
    internal const int TailleTable = 101_002;
    private const int DecalageCorse = 100_999;

    private static readonly Lazy<ReferentielCommunes> Embarque = new(ChargerEmbarque, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Commune[] _communes;

    // Par clé : index + 1 pour une commune actuelle, -(index + 1) pour un ancien code, 0 si inconnu.
    private readonly int[] _table;
    private readonly Dictionary<string, IReadOnlyList<Commune>> _parCodePostal;
    private readonly Dictionary<string, IReadOnlyList<Commune>>.AlternateLookup<ReadOnlySpan<char>> _parCodePostalSpan;
    private readonly Dictionary<string, IReadOnlyList<Commune>> _parDepartement;

    private ReferentielCommunes(string millesime, Commune[] communes, int[] table)
    {
        Millesime = millesime;
        _communes = communes;
        _table = table;
        var parCodePostal = new Dictionary<string, List<Commune>>(StringComparer.Ordinal);
        var parDepartement = new Dictionary<string, List<Commune>>(StringComparer.Ordinal);
        foreach (var commune in communes)
        {
            foreach (var cp in commune.CodesPostaux)
            {
                Ajouter(parCodePostal, cp, commune);
            }

            Ajouter(parDepartement, commune.Departement, commune);
        }

        _parCodePostal = parCodePostal.ToDictionary(p => p.Key, p => Figer(p.Value.ToArray()), StringComparer.Ordinal);
        _parCodePostalSpan = _parCodePostal.GetAlternateLookup<ReadOnlySpan<char>>();
        _parDepartement = parDepartement.ToDictionary(p => p.Key, p => Figer(p.Value.ToArray()), StringComparer.Ordinal);
        Departements = [.. _parDepartement.Keys.Order(StringComparer.Ordinal)];
        Population = communes.Sum(c => (long)c.Population);
    }

    /// <summary>
    /// Le Code officiel géographique au 1er janvier 2026 (34 875 communes), embarqué dans le paquet, chargé à la
    /// première utilisation (une seule fois, sûr entre fils d'exécution).
    /// </summary>
    public static ReferentielCommunes Cog2026 => Embarque.Value;

    /// <summary>Le millésime du référentiel (par exemple <c>COG 2026</c>).</summary>
    public string Millesime { get; }

    /// <summary>Le nombre de communes actuelles.</summary>
    public int Count => _communes.Length;

    /// <summary>Les codes des départements présents, dans l'ordre ordinal (<c>01</c> … <c>2A</c>, <c>2B</c> … <c>976</c>).</summary>
    public IReadOnlyList<string> Departements { get; }

    /// <summary>La population municipale totale des communes du référentiel.</summary>
    public long Population { get; }

    /// <summary>La commune d'index donné (de 0 à <see cref="Count"/> - 1, dans l'ordre des codes).</summary>
    /// <param name="index">L'index.</param>
    /// <returns>La commune.</returns>
    /// <exception cref="IndexOutOfRangeException">L'index est hors de 0 .. <see cref="Count"/> - 1.</exception>
    public Commune this[int index] => _communes[index];

    /// <summary>Cherche l'index de la commune qui porte ce code, ou dans laquelle l'ancienne commune de ce code a fusionné.</summary>
    /// <param name="code">Le code, actuel ou ancien.</param>
    /// <param name="index">L'index de la commune actuelle, ou -1.</param>
    /// <returns><see langword="true"/> si le code est connu (actuel ou ancien).</returns>
    /// <remarks>Temps constant, sans allocation.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetIndex(CodeCommune code, out int index)
    {
        var v = _table[Cle(code)];
        index = (v < 0 ? -v : v) - 1;
        return v != 0;
    }

    /// <summary>Cherche l'index de la commune qui porte ce code, en disant si le code est un ancien code.</summary>
    /// <param name="code">Le code, actuel ou ancien.</param>
    /// <param name="index">L'index de la commune actuelle, ou -1.</param>
    /// <param name="ancienCode"><see langword="true"/> si <paramref name="code"/> est le code d'une ancienne commune
    /// fusionnée dans la commune trouvée.</param>
    /// <returns><see langword="true"/> si le code est connu (actuel ou ancien).</returns>
    public bool TryGetIndex(CodeCommune code, out int index, out bool ancienCode)
    {
        var v = _table[Cle(code)];
        index = (v < 0 ? -v : v) - 1;
        ancienCode = v < 0;
        return v != 0;
    }

    /// <summary>Cherche la commune qui porte ce code ; un ancien code donne la commune dans laquelle il a fusionné.</summary>
    /// <param name="code">Le code, actuel ou ancien.</param>
    /// <param name="commune">La commune actuelle, ou <see langword="null"/>.</param>
    /// <returns><see langword="true"/> si le code est connu.</returns>
    public bool TryGet(CodeCommune code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Commune? commune)
    {
        if (TryGetIndex(code, out var index))
        {
            commune = _communes[index];
            return true;
        }

        commune = null;
        return false;
    }

    /// <summary>Cherche la commune qui porte ce code, en disant si le code est un ancien code.</summary>
    /// <param name="code">Le code, actuel ou ancien.</param>
    /// <param name="commune">La commune actuelle, ou <see langword="null"/>.</param>
    /// <param name="ancienCode"><see langword="true"/> si <paramref name="code"/> est le code d'une ancienne commune
    /// fusionnée dans <paramref name="commune"/>.</param>
    /// <returns><see langword="true"/> si le code est connu.</returns>
    public bool TryGet(CodeCommune code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Commune? commune, out bool ancienCode)
    {
        if (TryGetIndex(code, out var index, out ancienCode))
        {
            commune = _communes[index];
            return true;
        }

        commune = null;
        return false;
    }

    /// <summary>Dit si le code est celui d'une commune actuelle (un ancien code donne <see langword="false"/>).</summary>
    /// <param name="code">Le code.</param>
    /// <returns><see langword="true"/> pour une commune actuelle.</returns>
    public bool EstCommuneActuelle(CodeCommune code) => _table[Cle(code)] > 0;

    /// <summary>Dit si le code est celui d'une ancienne commune fusionnée dans une commune actuelle.</summary>
    /// <param name="code">Le code.</param>
    /// <returns><see langword="true"/> pour un ancien code.</returns>
    public bool EstAncienCode(CodeCommune code) => _table[Cle(code)] < 0;

    /// <summary>Les communes qui partagent ce code postal (plusieurs communes peuvent en partager un).</summary>
    /// <param name="codePostal">Le code postal (5 chiffres).</param>
    /// <returns>Les communes, dans l'ordre des codes ; une liste vide si le code postal est inconnu.</returns>
    public IReadOnlyList<Commune> ParCodePostal(string codePostal) => ParCodePostal(Preconditions.CheckNotNull(codePostal).AsSpan());

    /// <summary>Les communes qui partagent ce code postal, sans allocation.</summary>
    /// <param name="codePostal">Le code postal (5 chiffres ; les espaces autour sont ignorés).</param>
    /// <returns>Les communes, dans l'ordre des codes ; une liste vide si le code postal est inconnu.</returns>
    public IReadOnlyList<Commune> ParCodePostal(ReadOnlySpan<char> codePostal) =>
        _parCodePostalSpan.TryGetValue(codePostal.Trim(), out var communes) ? communes : [];

    /// <summary>
    /// Cherche une commune par son code postal et son nom, sans tenir compte de la casse, des accents, des espaces, tirets
    /// et apostrophes (<c>saint paul les dax</c> trouve <c>Saint-Paul-lès-Dax</c>). Sans allocation.
    /// </summary>
    /// <param name="codePostal">Le code postal.</param>
    /// <param name="nom">Le nom de la commune.</param>
    /// <returns>La commune, ou <see langword="null"/> si aucune commune de ce code postal ne porte ce nom.</returns>
    public Commune? Rechercher(ReadOnlySpan<char> codePostal, ReadOnlySpan<char> nom)
    {
        var candidates = ParCodePostal(codePostal);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (MemeNom(candidates[i].Nom, nom))
            {
                return candidates[i];
            }
        }

        return null;
    }

    /// <summary>Les communes d'un département.</summary>
    /// <param name="codeDepartement">Le code du département (<c>40</c>, <c>2A</c>, <c>974</c>).</param>
    /// <returns>Les communes, dans l'ordre des codes ; une liste vide si le département est inconnu.</returns>
    public IReadOnlyList<Commune> DuDepartement(string codeDepartement) =>
        _parDepartement.TryGetValue(Preconditions.CheckNotNull(codeDepartement), out var communes) ? communes : [];

    /// <inheritdoc/>
    public IEnumerator<Commune> GetEnumerator() => ((IEnumerable<Commune>)_communes).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Le millésime et le nombre de communes.</summary>
    /// <returns>Le texte, par exemple <c>COG 2026 (34 875 communes)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Millesime} ({Count} communes)");

    /// <summary>La clé d'un code dans les tables indexées par code (de 0 à <see cref="TailleTable"/> - 1 ; 0 pour <c>default</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Cle(CodeCommune code)
    {
        var c = code.Compact;
        return c >= 200_000 ? c - DecalageCorse : c;
    }

    internal static bool MemeNom(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        CultureInfo.InvariantCulture.CompareInfo.Compare(a, b, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreSymbols) == 0;

    private static ReferentielCommunes ChargerEmbarque()
    {
        using var ressource = typeof(ReferentielCommunes).Assembly.GetManifestResourceStream(RessourceCog2026)
            ?? throw new InvalidOperationException($"Ressource {RessourceCog2026} absente du paquet.");
        using var flux = new GZipStream(ressource, CompressionMode.Decompress);
        return Lire(flux, "COG 2026").GetValueOrThrow();
    }

    private static void Ajouter(Dictionary<string, List<Commune>> groupes, string cle, Commune commune)
    {
        if (!groupes.TryGetValue(cle, out var liste))
        {
            groupes.Add(cle, liste = new List<Commune>(1));
        }

        liste.Add(commune);
    }

    private static IReadOnlyList<T> Figer<T>(T[] valeurs) => ImmutableCollectionsMarshal.AsImmutableArray(valeurs);
}
