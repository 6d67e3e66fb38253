using System.Globalization;
using System.Text;
using Caf.Accompagnement.Utility;
using Sylvan.Data.Csv;

namespace Caf.Accompagnement.Territoires;

/// <content>Chargement d'un millésime depuis un CSV.</content>
public sealed partial class ReferentielCommunes
{
    private static readonly string[] Colonnes = ["code_insee", "nom", "codes_postaux", "population", "code_epci", "anciens_codes", "departement"];

    /// <summary>
    /// Charge un millésime du COG depuis un flux CSV, UTF-8 (avec ou sans BOM) par défaut ou dans l'encodage donné, au
    /// format du millésime embarqué :
    /// <c>code_insee,nom,codes_postaux,population,code_epci,anciens_codes,departement</c>.
    /// </summary>
    /// <param name="flux">Le flux (laissé ouvert).</param>
    /// <param name="millesime">Le nom du millésime (par exemple <c>COG 2027</c>).</param>
    /// <param name="encodage">L'encodage du flux ; <see langword="null"/> pour UTF-8, un BOM UTF-16 ou UTF-32 étant alors
    /// suivi. Des octets invalides pour l'encodage refusent leur ligne (<c>referentiel.csv.encodage</c>) : un nom de
    /// commune n'est jamais importé avec un caractère de remplacement.</param>
    /// <returns>Le référentiel, ou toutes les erreurs trouvées, chacune avec sa ligne.</returns>
    /// <remarks>
    /// <para>Colonnes : <c>codes_postaux</c> et <c>anciens_codes</c> séparent leurs valeurs par <c>;</c> ;
    /// <c>code_epci</c> est un SIREN (9 chiffres) ou vide ; <c>departement</c> doit être celui du code.
    /// Les lignes blanches sont ignorées ; toute autre ligne est lue ou rejetée avec son erreur.</para>
    /// <para>Les anciens codes corses d'avant 1976 (<c>20xxx</c>) sont acceptés mais non retenus : le département 20
    /// n'existe plus et <see cref="CodeCommune"/> ne les représente pas.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">Le flux est nul.</exception>
    public static Resultat<ReferentielCommunes> Lire(Stream flux, string millesime, Encoding? encodage = null) =>
        Lire(flux, FormatCsv.Detecte with { Encodage = encodage }, millesime);

    /// <summary>Charge un millésime du COG depuis un flux CSV dans le format donné (séparateur, encodage).</summary>
    /// <param name="flux">Le flux (laissé ouvert).</param>
    /// <param name="format">Le séparateur (nommé ou détecté) et l'encodage du flux (<see cref="FormatCsv.ExcelFrancais"/>,
    /// <see cref="FormatCsv.Detecte"/>…). Un BOM en tête du flux l'emporte sur l'encodage nommé.</param>
    /// <param name="millesime">Le nom du millésime (par exemple <c>COG 2027</c>).</param>
    /// <returns>Le référentiel, ou toutes les erreurs trouvées, chacune avec sa ligne.</returns>
    /// <exception cref="ArgumentNullException">Le flux ou le format est nul.</exception>
    public static Resultat<ReferentielCommunes> Lire(Stream flux, FormatCsv format, string millesime)
    {
        Preconditions.CheckNotNull(format);
        using var lecteur = LecteurCsv.LecteurDeFlux(flux, format.Encodage);
        return Lire(lecteur, format, millesime);
    }

    /// <summary>Charge un millésime du COG depuis un texte CSV au séparateur détecté (voir <see cref="Lire(Stream, string, Encoding?)"/>).</summary>
    /// <param name="lecteur">Le lecteur (laissé ouvert).</param>
    /// <param name="millesime">Le nom du millésime (par exemple <c>COG 2027</c>).</param>
    /// <returns>Le référentiel, ou toutes les erreurs trouvées, chacune avec sa ligne.</returns>
    /// <exception cref="ArgumentNullException">Le lecteur est nul.</exception>
    /// <exception cref="ArgumentException">Le millésime est vide.</exception>
    public static Resultat<ReferentielCommunes> Lire(TextReader lecteur, string millesime) =>
        Lire(lecteur, FormatCsv.Detecte, millesime);

    /// <summary>
    /// Charge un millésime du COG depuis un texte CSV au séparateur du format (voir <see cref="Lire(Stream, string, Encoding?)"/>) :
    /// avec le point-virgule, les champs <c>codes_postaux</c> et <c>anciens_codes</c> à plusieurs valeurs (séparées par
    /// <c>;</c>) s'écrivent entre guillemets ; une première ligne <c>sep=;</c> est admise (l'en-tête est alors la ligne 2).
    /// </summary>
    /// <param name="lecteur">Le lecteur (laissé ouvert).</param>
    /// <param name="format">Le séparateur, nommé ou détecté (l'encodage ne sert qu'à un flux d'octets).</param>
    /// <param name="millesime">Le nom du millésime (par exemple <c>COG 2027</c>).</param>
    /// <returns>Le référentiel, ou toutes les erreurs trouvées, chacune avec sa ligne ; un séparateur nommé qui ne
    /// découpe pas l'en-tête donne <c>referentiel.csv.separateur</c> à la ligne 1.</returns>
    /// <exception cref="ArgumentNullException">Le lecteur ou le format est nul.</exception>
    /// <exception cref="ArgumentException">Le millésime est vide.</exception>
    public static Resultat<ReferentielCommunes> Lire(TextReader lecteur, FormatCsv format, string millesime)
    {
        Preconditions.CheckNotNull(lecteur);
        Preconditions.CheckNotNull(format);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(millesime), nameof(millesime), "Le millésime est obligatoire.");
        var erreurs = new List<Erreur>();
        var lignes = new List<LigneCommune>(35_000);
        using (var fichier = LecteurCsv.Ouvrir(lecteur, format, Colonnes, "referentiel", erreurs, LectureCsv.FichierVide("referentiel")))
        {
            var o = LectureCsv.LireEntete(fichier?.Csv, Colonnes, [], "referentiel", erreurs, fichier?.LigneEntete ?? 1);
            if (fichier is null || o is null)
            {
                return Resultat<ReferentielCommunes>.Echec(erreurs);
            }

            var csv = fichier.Csv;
            var partages = new Dictionary<string, string>(StringComparer.Ordinal);
            while (fichier.Lire())
            {
                var ligne = fichier.Ligne;
                if (LectureCsv.LigneVide(csv))
                {
                    erreurs.Add(LectureCsv.LigneSansValeur("referentiel", ligne));
                    continue;
                }

                if (csv.RowFieldCount != Colonnes.Length)
                {
                    erreurs.Add(new Erreur("referentiel.ligne.format", "ligne", null, string.Create(CultureInfo.InvariantCulture, $"La ligne a {csv.RowFieldCount} champs au lieu de {Colonnes.Length} (séparateur lu : {FormatCsv.Nom(fichier.Separateur)} ; un champ qui contient le séparateur s'écrit entre guillemets)."), ligne));
                    continue;
                }

                var lue = LireLigne(csv, o, ligne, partages, erreurs);
                if (lue is not null)
                {
                    lignes.Add(lue);
                }
            }
        }

        if (lignes.Count == 0 && erreurs.Count == 0)
        {
            erreurs.Add(new Erreur("referentiel.vide", "fichier", null, "Le fichier ne contient aucune commune."));
        }

        return Construire(millesime, lignes, erreurs);
    }

    private static LigneCommune? LireLigne(CsvDataReader csv, int[] o, int ligne, Dictionary<string, string> partages, List<Erreur> erreurs)
    {
        var avant = erreurs.Count;
        var partagesSpan = partages.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!CodeCommune.TryParse(csv.GetFieldSpan(o[0]), out var code))
        {
            erreurs.AddRange(CodeCommune.Create(LectureCsv.Champ(csv, o[0]), "code_insee").Erreurs.Select(e => e.ALigne(ligne)));
        }

        var nom = LectureCsv.Champ(csv, o[1]);
        if (nom.Length == 0)
        {
            erreurs.Add(new Erreur("referentiel.nom.vide", "nom", null, "Le nom de la commune est obligatoire.", ligne));
        }

        var codesPostaux = new List<string>(1);
        var champCodesPostaux = csv.GetFieldSpan(o[2]);
        foreach (var morceau in champCodesPostaux.Split(';'))
        {
            var cp = champCodesPostaux[morceau].Trim();
            if (cp.IsEmpty)
            {
                continue;
            }

            if (cp.Length != 5 || cp.ContainsAnyExceptInRange('0', '9'))
            {
                erreurs.Add(new Erreur("referentiel.code_postal.format", "codes_postaux", cp.ToString(), "Un code postal a 5 chiffres.", ligne));
                continue;
            }

            codesPostaux.Add(Partager(partagesSpan, cp));
        }

        if (codesPostaux.Count == 0 && erreurs.Count == avant)
        {
            erreurs.Add(new Erreur("referentiel.code_postal.vide", "codes_postaux", null, "Une commune a au moins un code postal.", ligne));
        }

        var textePopulation = csv.GetFieldSpan(o[3]).Trim();
        if (!int.TryParse(textePopulation, NumberStyles.None, CultureInfo.InvariantCulture, out var population))
        {
            erreurs.Add(new Erreur("referentiel.population.format", "population", textePopulation.ToString(), "La population est un nombre entier positif ou nul, en chiffres.", ligne));
        }

        var epci = csv.GetFieldSpan(o[4]).Trim();
        if (!epci.IsEmpty && (epci.Length != 9 || epci.ContainsAnyExceptInRange('0', '9')))
        {
            erreurs.Add(new Erreur("referentiel.epci.format", "code_epci", epci.ToString(), "Le code d'un EPCI est son SIREN (9 chiffres), ou vide.", ligne));
        }

        List<CodeCommune>? anciens = null;
        var champAnciens = csv.GetFieldSpan(o[5]);
        foreach (var morceau in champAnciens.Split(';'))
        {
            var a = champAnciens[morceau].Trim();
            if (a.IsEmpty || (a.Length == 5 && a.StartsWith("20") && !a.ContainsAnyExceptInRange('0', '9')))
            {
                continue; // Vide, ou ancien code corse d'avant 1976, non représentable : voir la documentation de Charger.
            }

            if (CodeCommune.TryParse(a, out var ac))
            {
                (anciens ??= []).Add(ac);
            }
            else
            {
                erreurs.AddRange(CodeCommune.Create(a.ToString(), "anciens_codes").Erreurs.Select(e => e.ALigne(ligne)));
            }
        }

        var departement = csv.GetFieldSpan(o[6]).Trim();
        if (code.EstDefini && !departement.SequenceEqual(code.Departement))
        {
            erreurs.Add(new Erreur("referentiel.departement.incoherent", "departement", departement.ToString(), $"Le code {code} est celui d'une commune du département {code.Departement}.", ligne));
        }

        if (erreurs.Count != avant)
        {
            return null;
        }

        return new LigneCommune(
            ligne,
            code,
            nom,
            Partager(partagesSpan, departement),
            [.. codesPostaux],
            population,
            epci.IsEmpty ? null : Partager(partagesSpan, epci),
            anciens is null ? [] : [.. anciens]);
    }

    private static string Partager(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> partages, ReadOnlySpan<char> texte)
    {
        if (partages.TryGetValue(texte, out var existant))
        {
            return existant;
        }

        var nouveau = texte.ToString();
        partages.Dictionary.Add(nouveau, nouveau);
        return nouveau;
    }

    /// <summary>Une clé entière dans l'ordre ordinal du texte des codes (2A et 2B entre 29999 et 30001).</summary>
    private static long CleDeTri(CodeCommune code)
    {
        var c = code.Compact;
        return c >= 200_000 ? (29_999 * 2_000L) + (c - 200_000) : (c - 1) * 2_000L;
    }

    private static Resultat<ReferentielCommunes> Construire(string millesime, List<LigneCommune> lignes, List<Erreur> erreurs)
    {
        var tries = lignes.Select(l => (Cle: CleDeTri(l.Code), Ligne: l)).ToArray();
        var dejaTries = true;
        for (var i = 1; i < tries.Length && dejaTries; i++)
        {
            dejaTries = tries[i - 1].Cle < tries[i].Cle;
        }

        if (!dejaTries)
        {
            Array.Sort(tries, (a, b) => a.Cle != b.Cle ? a.Cle.CompareTo(b.Cle) : a.Ligne.Ligne.CompareTo(b.Ligne.Ligne));
        }

        var table = new int[TailleTable];
        var lignesParCle = new int[TailleTable];
        var communes = new Commune[tries.Length];
        for (var i = 0; i < tries.Length; i++)
        {
            var l = tries[i].Ligne;
            var cle = Cle(l.Code);
            if (table[cle] != 0)
            {
                erreurs.Add(new Erreur("referentiel.code.doublon", "code_insee", l.Code.ToString(), string.Create(CultureInfo.InvariantCulture, $"Le code {l.Code} figure déjà ligne {lignesParCle[cle]}."), l.Ligne));
                continue;
            }

            table[cle] = i + 1;
            lignesParCle[cle] = l.Ligne;
            communes[i] = new Commune(i, l.Code, l.Nom, l.Departement, Figer(l.CodesPostaux), l.Population, l.CodeEpci, l.AnciensCodes.Length == 0 ? [] : Figer(l.AnciensCodes));
        }

        foreach (var i in Enumerable.Range(0, tries.Length).Where(i => communes[i] is not null).OrderBy(i => tries[i].Ligne.Ligne))
        {
            foreach (var ancien in tries[i].Ligne.AnciensCodes)
            {
                var cle = Cle(ancien);
                var v = table[cle];
                if (v > 0)
                {
                    erreurs.Add(new Erreur("referentiel.ancien_code.actuel", "anciens_codes", ancien.ToString(), string.Create(CultureInfo.InvariantCulture, $"L'ancien code {ancien} est aussi le code d'une commune actuelle (ligne {lignesParCle[cle]})."), tries[i].Ligne.Ligne));
                }
                else if (v < 0)
                {
                    erreurs.Add(new Erreur("referentiel.ancien_code.doublon", "anciens_codes", ancien.ToString(), string.Create(CultureInfo.InvariantCulture, $"L'ancien code {ancien} est déjà celui d'une commune fusionnée dans une autre commune (ligne {lignesParCle[cle]})."), tries[i].Ligne.Ligne));
                }
                else
                {
                    table[cle] = -(i + 1);
                    lignesParCle[cle] = tries[i].Ligne.Ligne;
                }
            }
        }

        if (erreurs.Count > 0)
        {
            return Resultat<ReferentielCommunes>.Echec(LecteurCsv.Borner([.. erreurs.OrderBy(e => e.Ligne ?? int.MaxValue)], "referentiel"));
        }

        return new ReferentielCommunes(millesime, communes, table);
    }

    private sealed record LigneCommune(int Ligne, CodeCommune Code, string Nom, string Departement, string[] CodesPostaux, int Population, string? CodeEpci, CodeCommune[] AnciensCodes);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<ReferentielCommunes> Charger(Stream flux, string millesime, Encoding? encodage = null) =>
        Lire(flux, millesime, encodage);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<ReferentielCommunes> Charger(Stream flux, FormatCsv format, string millesime) =>
        Lire(flux, format, millesime);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<ReferentielCommunes> Charger(TextReader lecteur, string millesime) =>
        Lire(lecteur, millesime);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<ReferentielCommunes> Charger(TextReader lecteur, FormatCsv format, string millesime) =>
        Lire(lecteur, format, millesime);
}
