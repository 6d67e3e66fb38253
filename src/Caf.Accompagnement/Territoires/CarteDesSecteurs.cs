using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Territoires;

/// <summary>
/// La carte des secteurs des travailleurs sociaux territorialisés d'une Caf : une partition des communes d'un département
/// en secteurs nommés, chacun confié à son ou ses travailleurs sociaux.
/// </summary>
/// <remarks>
/// <para>Une carte est correcte par construction : elle ne s'obtient que validée, par
/// <see cref="Builder(string, ReferentielCommunes?)"/> ou <see cref="Lire(TextReader, string, ReferentielCommunes?, bool)"/>,
/// qui rapportent tous les problèmes à la fois. Invariant : chaque commune actuelle du département est dans exactement
/// un secteur, et chaque secteur a au moins une commune.</para>
/// <para>La recherche du secteur d'une commune (par code actuel ou ancien, ou par code postal et nom) se fait en temps
/// constant et sans allocation ; <see cref="SecteursParCommune"/> donne, pour les traitements en masse, l'index de
/// secteur de chaque commune du référentiel (-1 hors du département).</para>
/// <para>Format CSV (import et export) : <c>code_insee,secteur,referent</c>, une ligne par commune ; la colonne
/// <c>referent</c> est facultative et peut porter plusieurs identifiants séparés par <c>;</c> ; les travailleurs
/// sociaux d'un secteur sont la réunion de ceux de ses lignes.</para>
/// </remarks>
public sealed partial class CarteDesSecteurs : IEquatable<CarteDesSecteurs>
{
    private readonly Secteur[] _secteurs;
    private readonly short[] _secteurParCommune;
    private readonly short[] _secteurParCle;
    private readonly int _cleMin;

    private CarteDesSecteurs(ReferentielCommunes referentiel, string departement, Secteur[] secteurs, short[] secteurParCommune, IReadOnlyList<MigrationDeCode> migrations)
    {
        Referentiel = referentiel;
        Departement = departement;
        _secteurs = secteurs;
        _secteurParCommune = secteurParCommune;
        Migrations = migrations;
        Secteurs = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(secteurs);

        // Table par clé de code (actuel ou ancien), sur la seule plage des codes du département.
        var cles = referentiel.DuDepartement(departement)
            .SelectMany(c => c.AnciensCodes.Prepend(c.Code), (c, code) => (c.Index, Cle: ReferentielCommunes.Cle(code)))
            .ToArray();
        _cleMin = cles.Min(x => x.Cle);
        _secteurParCle = new short[cles.Max(x => x.Cle) - _cleMin + 1];
        Array.Fill(_secteurParCle, (short)-1);
        foreach (var (index, cle) in cles)
        {
            _secteurParCle[cle - _cleMin] = secteurParCommune[index];
        }
    }

    /// <summary>Le référentiel des communes sur lequel la carte a été validée.</summary>
    public ReferentielCommunes Referentiel { get; }

    /// <summary>Le code du département couvert (par exemple <c>40</c>).</summary>
    public string Departement { get; }

    /// <summary>Les secteurs, dans l'ordre de leur déclaration (ou de leur première ligne à l'import).</summary>
    public IReadOnlyList<Secteur> Secteurs { get; }

    /// <summary>Les anciens codes remplacés par la migration (vide si la migration n'a pas été demandée ou n'a rien changé).</summary>
    public IReadOnlyList<MigrationDeCode> Migrations { get; }

    /// <summary>La population municipale du département (somme des secteurs).</summary>
    public int Population => _secteurs.Sum(s => s.Population);

    /// <summary>
    /// Pour chaque commune du référentiel (par son <see cref="Commune.Index"/>), l'index de son secteur dans
    /// <see cref="Secteurs"/>, ou -1 hors du département. Table compacte (2 octets par commune) pour les traitements en masse.
    /// </summary>
    public ReadOnlySpan<short> SecteursParCommune => _secteurParCommune;

    /// <summary>Commence une carte des secteurs d'un département.</summary>
    /// <param name="departement">Le code du département (<c>40</c>).</param>
    /// <param name="referentiel">Le référentiel des communes ; par défaut <see cref="ReferentielCommunes.Cog2026"/>.</param>
    /// <returns>Le constructeur de la carte.</returns>
    /// <exception cref="ArgumentNullException">Le département est nul.</exception>
    public static CarteDesSecteursBuilder Builder(string departement, ReferentielCommunes? referentiel = null) =>
        new(Preconditions.CheckNotNull(departement), referentiel ?? ReferentielCommunes.Cog2026);

    /// <summary>Cherche le secteur d'une commune par son code, actuel ou ancien (une commune fusionnée donne le secteur de la commune nouvelle).</summary>
    /// <param name="code">Le code de la commune.</param>
    /// <param name="secteur">Le secteur, ou <see langword="null"/>.</param>
    /// <returns><see langword="true"/> si la commune est dans la carte.</returns>
    /// <remarks>Temps constant, sans allocation.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetSecteur(CodeCommune code, [NotNullWhen(true)] out Secteur? secteur)
    {
        var i = IndexDeSecteur(code);
        secteur = i >= 0 ? _secteurs[i] : null;
        return i >= 0;
    }

    /// <summary>L'index du secteur d'une commune, par son code actuel ou ancien, dans <see cref="Secteurs"/>.</summary>
    /// <param name="code">Le code de la commune.</param>
    /// <returns>L'index du secteur, ou -1 si la commune n'est pas dans la carte.</returns>
    /// <remarks>Temps constant, sans allocation.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexDeSecteur(CodeCommune code)
    {
        var k = (uint)(ReferentielCommunes.Cle(code) - _cleMin);
        var table = _secteurParCle;
        return k < (uint)table.Length ? table[k] : -1;
    }

    /// <summary>Cherche le secteur d'une commune désignée par son code postal et son nom (voir <see cref="ReferentielCommunes.Rechercher"/>).</summary>
    /// <param name="codePostal">Le code postal.</param>
    /// <param name="nom">Le nom de la commune (casse, accents, tirets et apostrophes indifférents).</param>
    /// <param name="secteur">Le secteur, ou <see langword="null"/>.</param>
    /// <returns><see langword="true"/> si la commune est trouvée et dans la carte.</returns>
    /// <remarks>Sans allocation.</remarks>
    public bool TryGetSecteur(ReadOnlySpan<char> codePostal, ReadOnlySpan<char> nom, [NotNullWhen(true)] out Secteur? secteur)
    {
        secteur = Referentiel.Rechercher(codePostal, nom) is { } commune ? SecteurDe(commune) : null;
        return secteur is not null;
    }

    /// <summary>Le secteur d'une commune du référentiel de la carte.</summary>
    /// <param name="commune">La commune.</param>
    /// <returns>Son secteur, ou <see langword="null"/> si elle n'est pas dans la carte (autre département, autre référentiel).</returns>
    public Secteur? SecteurDe(Commune commune)
    {
        Preconditions.CheckNotNull(commune);
        var i = (uint)commune.Index < (uint)_secteurParCommune.Length && ReferenceEquals(Referentiel[commune.Index], commune) ? _secteurParCommune[commune.Index] : -1;
        return i >= 0 ? _secteurs[i] : null;
    }

    /// <inheritdoc/>
    /// <remarks>Deux cartes sont égales si elles portent sur le même référentiel et le même département, avec les mêmes
    /// secteurs dans le même ordre (nom, travailleurs sociaux, communes). Les migrations faites à la construction n'entrent
    /// pas dans la comparaison.</remarks>
    public bool Equals(CarteDesSecteurs? other) =>
        other is not null
        && ReferenceEquals(Referentiel, other.Referentiel)
        && Departement == other.Departement
        && _secteurs.Length == other._secteurs.Length
        && _secteurs.Zip(other._secteurs).All(p => p.First.Nom == p.Second.Nom
            && p.First.TravailleursSociaux.SequenceEqual(p.Second.TravailleursSociaux)
            && p.First.Communes.SequenceEqual(p.Second.Communes));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CarteDesSecteurs);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Departement);
        foreach (var s in _secteurs)
        {
            hash.Add(s.Nom);
            hash.Add(s.Communes.Count);
        }

        return hash.ToHashCode();
    }

    /// <summary>Le département, le nombre de secteurs et de communes.</summary>
    /// <returns>Le texte, par exemple <c>Carte des secteurs du 40 : 9 secteurs, 327 communes (COG 2026)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Carte des secteurs du {Departement} : {_secteurs.Length} secteurs, {_secteurs.Sum(s => s.Communes.Count)} communes ({Referentiel.Millesime})");
}
