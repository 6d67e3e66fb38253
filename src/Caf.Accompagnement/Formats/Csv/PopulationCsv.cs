using System.Globalization;
using System.Text;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// Lecture et écriture d'un fichier CSV de foyers, une ligne par foyer, vers une <see cref="Population"/>.
/// </summary>
/// <remarks>
/// <para>Format (UTF-8 et virgule par défaut, ou le séparateur et l'encodage d'un <see cref="FormatCsv"/>, une ligne d'en-tête exactement
/// <c>numero_allocataire,commune,naissance_allocataire,situation,date_situation,naissance_conjoint,enfants,ressources_mensuelles,ressources_n2,prestations,evenements,canaux,telephone</c>) :</para>
/// <list type="bullet">
/// <item><c>numero_allocataire</c> : 7 chiffres ; <c>commune</c> : code Insee (COG), actuel ou ancien, du référentiel ;</item>
/// <item>dates au format <c>aaaa-mm-jj</c> (ou <c>jj/mm/aaaa</c>) ; <c>situation</c> : <c>ISOLE</c> ou <c>COUPLE</c> ;
/// <c>naissance_conjoint</c> : obligatoire en couple, vide sinon ;</item>
/// <item><c>enfants</c> : dates de naissance séparées par <c>;</c>, suivies de <c>:H</c> pour un handicap reconnu
/// (<c>2016-06-30;2019-01-02:H</c>) ;</item>
/// <item>montants en euros avec point ou virgule décimale (<c>1645.58</c>), vide pour zéro ;</item>
/// <item><c>prestations</c> : <c>CODE:montant</c> séparés par <c>;</c>, <c>:M</c> pour le RSA majoré
/// (<c>RSA:600.00:M;AF:141.99</c>, codes de <see cref="Prestation"/>) ;</item>
/// <item><c>evenements</c> : <c>CODE:date</c> séparés par <c>;</c> (codes de <see cref="TypeEvenement"/>) ;
/// <c>canaux</c> : codes de <see cref="CanalDeContact"/> séparés par <c>;</c> ; <c>telephone</c> : <c>oui</c> ou <c>non</c> ;</item>
/// <item>colonne facultative <c>droits_devoirs</c> (en-tête <see cref="EnteteAvecDroitsEtDevoirs"/>) : la soumission
/// aux droits et devoirs du RSA (<c>TOPPERSDRODEVORSA</c>, CASF L262-28) de l'allocataire, puis après <c>;</c> celle du
/// conjoint, chacune <c>1:aaaa-mm-jj</c> (soumis depuis la date) ou <c>0:aaaa-mm-jj</c> (non soumis depuis la date), vide
/// si inconnue (<c>1:2024-03-01</c>, <c>;0:2024-03-01</c>). Un fichier sans cette colonne se lit comme avant : la
/// soumission y est inconnue (voir <see cref="ParametresRsaMonoparent.PresumerSoumisSiInconnu"/>).</item>
/// </list>
/// <para>Rien n'est écarté en silence : une ligne fautive donne une ou plusieurs erreurs qui citent la ligne (l'en-tête
/// est la ligne 1), le champ et la valeur, et le chargement échoue avec toutes les erreurs du fichier. Les valeurs des
/// colonnes personnelles (<c>numero_allocataire</c>, <c>naissance_allocataire</c>, <c>naissance_conjoint</c>,
/// <c>enfants</c>) ne sont jamais citées : leur valeur est <see cref="Erreur.ValeurMasquee"/>. Un numéro allocataire
/// déjà lu sur une ligne précédente refuse la ligne (<c>population.numero.doublon</c>, qui cite la première ligne). Les
/// lignes blanches sont ignorées. Les démarches ne font pas partie de ce format.</para>
/// <para>La lecture se fait en flux, directement en colonnes, sans objet par ligne (voir <c>docs/csv.md</c>) ; elle rend
/// les mêmes erreurs, aux mêmes lignes, que la lecture d'un <see cref="Foyer"/> par ligne qu'elle remplace.</para>
/// <para>Les lignes sont les lignes physiques du fichier. Un CSV mal formé (guillemet mal placé) donne l'erreur
/// <c>population.csv.format</c> à la ligne du champ fautif, avec un extrait masqué s'il s'agit du numéro allocataire ; la
/// lecture s'arrête là, les erreurs des lignes précédentes restent rapportées.</para>
/// </remarks>
public static partial class PopulationCsv
{
    /// <summary>L'en-tête attendu.</summary>
    public const string Entete = "numero_allocataire,commune,naissance_allocataire,situation,date_situation,naissance_conjoint,enfants,ressources_mensuelles,ressources_n2,prestations,evenements,canaux,telephone";

    /// <summary>L'en-tête avec la colonne facultative <c>droits_devoirs</c>.</summary>
    public const string EnteteAvecDroitsEtDevoirs = Entete + "," + ColonneDroitsEtDevoirs;

    private const string ColonneDroitsEtDevoirs = "droits_devoirs";

    private static readonly string[] Colonnes = EnteteAvecDroitsEtDevoirs.Split(',');

    // Les colonnes dont la valeur est personnelle : jamais citées dans une erreur.
    internal static readonly string[] ColonnesPersonnelles = [Colonnes[0], Colonnes[2], Colonnes[5], Colonnes[6]];

    /// <summary>Lit un fichier de foyers depuis un flux d'octets, séparé par des virgules (voir <see cref="Lire(Stream, FormatCsv, ReferentielCommunes?, IProgress{int}?, CancellationToken)"/>).</summary>
    /// <param name="flux">Le flux (laissé ouvert).</param>
    /// <param name="referentiel">Le référentiel des communes ; par défaut <see cref="ReferentielCommunes.Cog2026"/>.</param>
    /// <param name="encodage">L'encodage du flux (par exemple <c>Encoding.Latin1</c>, ou Windows-1252 par
    /// <c>CodePagesEncodingProvider</c>) ; <see langword="null"/> pour UTF-8, un BOM UTF-16 ou UTF-32 étant alors suivi.
    /// Des octets invalides pour l'encodage refusent leur ligne (<c>population.csv.encodage</c>), comme par un <see cref="TextReader"/>.</param>
    /// <returns>La population, ou toutes les erreurs du fichier, chacune à sa ligne.</returns>
    public static Resultat<Population> Lire(Stream flux, ReferentielCommunes? referentiel = null, Encoding? encodage = null) =>
        Lire(flux, FormatCsv.Rfc4180 with { Encodage = encodage }, referentiel);

    /// <summary>
    /// Lit un fichier de foyers depuis un flux d'octets, au format donné, en flux et directement en colonnes (aucun objet
    /// par ligne) : la mémoire est celle des colonnes de la population.
    /// </summary>
    /// <param name="flux">Le flux (laissé ouvert).</param>
    /// <param name="format">Le séparateur (nommé, ou détecté, ligne <c>sep=</c> d'Excel comprise) et l'encodage.</param>
    /// <param name="referentiel">Le référentiel des communes ; par défaut <see cref="ReferentielCommunes.Cog2026"/>.</param>
    /// <param name="progression">Reçoit le nombre d'enregistrements lus, tous les 65 536 et à la fin ; facultatif.</param>
    /// <param name="annulation">Interrompt la lecture (<see cref="OperationCanceledException"/>).</param>
    /// <returns>La population, ou toutes les erreurs du fichier, chacune à sa ligne (voir <see cref="Lire(TextReader, ReferentielCommunes?)"/>).</returns>
    public static Resultat<Population> Lire(Stream flux, FormatCsv format, ReferentielCommunes? referentiel = null, IProgress<int>? progression = null, CancellationToken annulation = default) =>
        Lire(flux, format, Environment.ProcessorCount, referentiel, progression, annulation);

    /// <summary>
    /// Lit un fichier de foyers depuis un flux d'octets, au format donné, en colonnes, en morceaux lus en parallèle si le
    /// flux se relit (fichier, mémoire), est en UTF-8 et n'a aucun guillemet ; sinon d'un trait. Le résultat est celui
    /// de la lecture d'un trait : mêmes colonnes, ou mêmes erreurs aux mêmes lignes (un fichier fautif est relu d'un trait).
    /// </summary>
    /// <param name="flux">Le flux (laissé ouvert).</param>
    /// <param name="format">Le séparateur (nommé, ou détecté, ligne <c>sep=</c> d'Excel comprise) et l'encodage.</param>
    /// <param name="parallelisme">Le nombre de morceaux lus en même temps au plus (par défaut, dans les autres surcharges,
    /// le nombre de processeurs) ; 1 pour une lecture d'un trait. Un morceau fait au moins 4 Mio.</param>
    /// <param name="referentiel">Le référentiel des communes ; par défaut <see cref="ReferentielCommunes.Cog2026"/>.</param>
    /// <param name="progression">Reçoit le nombre d'enregistrements lus : tous les 65 536 et à la fin d'un trait, à la
    /// fin seulement en morceaux ; facultatif.</param>
    /// <param name="annulation">Interrompt la lecture (<see cref="OperationCanceledException"/>).</param>
    /// <returns>La population, ou toutes les erreurs du fichier, chacune à sa ligne.</returns>
    public static Resultat<Population> Lire(Stream flux, FormatCsv format, int parallelisme, ReferentielCommunes? referentiel = null, IProgress<int>? progression = null, CancellationToken annulation = default)
    {
        Preconditions.CheckNotNull(flux);
        Preconditions.CheckNotNull(format);
        Preconditions.CheckArgumentRange(nameof(parallelisme), parallelisme, 1, 1024);
        // Un flux qui se relit (fichier, mémoire) : ses lignes, comptées d'avance, bornent le nombre de foyers, et les
        // colonnes sont créées d'emblée à leur taille (sans copie d'agrandissement).
        return ChargementEnColonnes.ChargerEnMorceaux(flux, format, referentiel ?? ReferentielCommunes.Cog2026, parallelisme, progression, annulation);
    }

    /// <summary>La lecture en morceaux, la taille minimale d'un morceau donnée (pour les essais sur de petits fichiers).</summary>
    internal static Resultat<Population> ChargerEnMorceaux(Stream flux, FormatCsv format, int parallelisme, long tailleMinimale) =>
        ChargementEnColonnes.ChargerEnMorceaux(flux, format, ReferentielCommunes.Cog2026, parallelisme, null, default, tailleMinimale);

    /// <summary>Lit un fichier de foyers depuis son chemin, au format donné, en flux et en colonnes (voir <see cref="Lire(Stream, FormatCsv, ReferentielCommunes?, IProgress{int}?, CancellationToken)"/>).</summary>
    /// <param name="chemin">Le chemin du fichier.</param>
    /// <param name="format">Le séparateur et l'encodage.</param>
    /// <param name="referentiel">Le référentiel des communes ; par défaut <see cref="ReferentielCommunes.Cog2026"/>.</param>
    /// <param name="progression">Reçoit le nombre d'enregistrements lus ; facultatif.</param>
    /// <param name="annulation">Interrompt la lecture.</param>
    /// <returns>La population, ou toutes les erreurs du fichier.</returns>
    public static Resultat<Population> Lire(string chemin, FormatCsv format, ReferentielCommunes? referentiel = null, IProgress<int>? progression = null, CancellationToken annulation = default) =>
        Lire(chemin, format, Environment.ProcessorCount, referentiel, progression, annulation);

    /// <summary>Lit un fichier de foyers depuis son chemin, au format donné, en colonnes, en morceaux lus en parallèle quand c'est sûr (voir <see cref="Lire(Stream, FormatCsv, int, ReferentielCommunes?, IProgress{int}?, CancellationToken)"/>).</summary>
    /// <param name="chemin">Le chemin du fichier.</param>
    /// <param name="format">Le séparateur et l'encodage.</param>
    /// <param name="parallelisme">Le nombre de morceaux lus en même temps au plus ; 1 pour une lecture d'un trait.</param>
    /// <param name="referentiel">Le référentiel des communes ; par défaut <see cref="ReferentielCommunes.Cog2026"/>.</param>
    /// <param name="progression">Reçoit le nombre d'enregistrements lus ; facultatif.</param>
    /// <param name="annulation">Interrompt la lecture.</param>
    /// <returns>La population, ou les erreurs du fichier.</returns>
    public static Resultat<Population> Lire(string chemin, FormatCsv format, int parallelisme, ReferentielCommunes? referentiel = null, IProgress<int>? progression = null, CancellationToken annulation = default)
    {
        Preconditions.CheckNotNull(chemin);
        using var flux = new FileStream(chemin, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Lire(flux, format, parallelisme, referentiel, progression, annulation);
    }

    /// <summary>Lit un fichier de foyers séparé par des virgules et construit la population en colonnes (chaque foyer se retrouve par <see cref="Population.Foyer(int)"/>).</summary>
    /// <param name="lecteur">Le texte CSV.</param>
    /// <param name="referentiel">Le référentiel des communes ; par défaut <see cref="ReferentielCommunes.Cog2026"/>.</param>
    /// <returns>La population, ou toutes les erreurs du fichier (codes <c>population.csv.*</c> — dont
    /// <c>population.csv.taille</c>, <c>population.csv.encodage</c> et <c>population.csv.separateur</c> —,
    /// <c>population.numero.doublon</c>, <c>population.conjoint.absent</c>, <c>date.absente</c>, <c>foyer.*</c> et ceux
    /// des valeurs lues), au plus <see cref="Erreurs.MaximumParImport"/> suivies de <c>population.erreurs.nombre</c>.</returns>
    public static Resultat<Population> Lire(TextReader lecteur, ReferentielCommunes? referentiel = null) =>
        Lire(lecteur, FormatCsv.Rfc4180, referentiel);

    /// <summary>Lit un texte de foyers au format donné (son encodage, déjà décodé, est sans objet), en flux et en colonnes.</summary>
    /// <param name="lecteur">Le texte CSV.</param>
    /// <param name="format">Le séparateur (nommé ou détecté).</param>
    /// <param name="referentiel">Le référentiel des communes ; par défaut <see cref="ReferentielCommunes.Cog2026"/>.</param>
    /// <param name="progression">Reçoit le nombre d'enregistrements lus ; facultatif.</param>
    /// <param name="annulation">Interrompt la lecture.</param>
    /// <returns>La population, ou toutes les erreurs du fichier (voir <see cref="Lire(TextReader, ReferentielCommunes?)"/>).</returns>
    public static Resultat<Population> Lire(TextReader lecteur, FormatCsv format, ReferentielCommunes? referentiel = null, IProgress<int>? progression = null, CancellationToken annulation = default)
    {
        Preconditions.CheckNotNull(lecteur);
        Preconditions.CheckNotNull(format);
        return ChargementEnColonnes.Charger(lecteur, format, referentiel ?? ReferentielCommunes.Cog2026, progression, annulation);
    }

    /// <summary>La lecture d'avant, un <see cref="Foyer"/> par ligne puis <see cref="Population.Construire"/> : la référence des mesures.</summary>
    internal static Resultat<Population> ChargerParFoyers(TextReader lecteur, ReferentielCommunes? referentiel = null)
    {
        Preconditions.CheckNotNull(lecteur);
        var table = referentiel ?? ReferentielCommunes.Cog2026;
        var erreurs = new List<Erreur>();
        var foyers = new List<Foyer>();
        var lignes = new List<int>();
        var vide = new Erreur("population.csv.entete", "entete", null, $"Le fichier est vide : en-tête attendu : {Entete}.", 1);
        var numeros = new Dictionary<int, int>();
        using (var fichier = LecteurCsv.Ouvrir(lecteur, "population", erreurs, vide, ColonnesPersonnelles))
        {
            if (fichier is null)
            {
                return Resultat<Population>.Echec(erreurs);
            }

            var csv = fichier.Csv;
            var entete = string.Join(",", Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()));
            if (entete != Entete && entete != EnteteAvecDroitsEtDevoirs)
            {
                // La première ligne n'est pas citée : dans un fichier sans en-tête, c'est un foyer.
                return Resultat<Population>.Echec(new Erreur("population.csv.entete", "entete", null, string.Create(CultureInfo.InvariantCulture, $"La ligne 1 ({csv.FieldCount} colonne(s)) n'est pas l'en-tête attendu : {Entete} (suivi, en option, de ,{ColonneDroitsEtDevoirs}). Un fichier sans en-tête commence directement par un foyer."), 1));
            }

            var nombreDeColonnes = entete == Entete ? Colonnes.Length - 1 : Colonnes.Length;

            while (fichier.Lire())
            {
                var ligne = fichier.Ligne;
                if (Territoires.LectureCsv.LigneVide(csv))
                {
                    erreurs.Add(Territoires.LectureCsv.LigneSansValeur("population", ligne));
                    continue;
                }

                if (csv.RowFieldCount != nombreDeColonnes)
                {
                    erreurs.Add(new Erreur("population.csv.colonnes", "ligne", csv.RowFieldCount.ToString(CultureInfo.InvariantCulture), $"{nombreDeColonnes} colonnes attendues, {csv.RowFieldCount} reçues.", ligne));
                    continue;
                }

                var champs = new string[Colonnes.Length];
                champs[^1] = string.Empty;
                for (var c = 0; c < nombreDeColonnes; c++)
                {
                    champs[c] = csv.GetString(c).Trim();
                }

                var avant = erreurs.Count;
                var foyer = LireLigne(champs, table, erreurs);
                if (foyer is not null && !numeros.TryAdd(foyer.Numero.Valeur, ligne))
                {
                    erreurs.Add(new Erreur("population.numero.doublon", Colonnes[0], Erreur.ValeurMasquee, string.Create(CultureInfo.InvariantCulture, $"Ce numéro allocataire figure déjà ligne {numeros[foyer.Numero.Valeur]} : un foyer par numéro."), ligne));
                    foyer = null;
                }

                for (var e = avant; e < erreurs.Count; e++)
                {
                    erreurs[e] = Situer(erreurs[e], ligne);
                }

                if (foyer is not null)
                {
                    foyers.Add(foyer);
                    lignes.Add(ligne);
                }
            }
        }

        // Les refus de la construction en colonnes (capacité des montants, des dates) citent la ligne du foyer et
        // s'ajoutent aux erreurs de lecture des autres lignes, dans l'ordre des lignes.
        var population = Population.Construire(foyers, table, (i, erreur) => Situer(erreur, lignes[i]));
        if (erreurs.Count == 0 && population.Reussi)
        {
            return population;
        }

        if (!population.Reussi)
        {
            erreurs = [.. erreurs.Concat(population.Erreurs).OrderBy(e => e.Ligne ?? int.MaxValue)];
        }

        return Resultat<Population>.Echec(LecteurCsv.Borner(erreurs, "population"));
    }

    /// <summary>Écrit des foyers au format de <see cref="Lire(TextReader, ReferentielCommunes)"/> (virgule, point décimal ; sans les démarches).</summary>
    /// <param name="ecrivain">La destination.</param>
    /// <param name="foyers">Les foyers.</param>
    /// <remarks>La colonne <c>droits_devoirs</c> n'est écrite que si un foyer au moins en a une valeur connue : un
    /// fichier sans cette donnée garde son format d'avant.</remarks>
    public static void Ecrire(TextWriter ecrivain, IEnumerable<Foyer> foyers) => Ecrire(ecrivain, foyers, FormatCsv.Rfc4180);

    /// <summary>
    /// Écrit des foyers au séparateur d'un format (la virgule si le format le laisse détecter) : avec le point-virgule,
    /// montants à virgule décimale (<c>1645,58</c>) et listes (enfants, prestations…, séparées par <c>;</c>) entre
    /// guillemets, comme Excel ; avec la virgule ou la tabulation, point décimal. L'encodage du format est celui de
    /// l'écrivain, choisi par l'appelant.
    /// </summary>
    /// <param name="ecrivain">La destination.</param>
    /// <param name="foyers">Les foyers.</param>
    /// <param name="format">Le format (son séparateur).</param>
    /// <remarks>Relire le fichier au même format rend les mêmes foyers (propriété testée pour les trois séparateurs).</remarks>
    public static void Ecrire(TextWriter ecrivain, IEnumerable<Foyer> foyers, FormatCsv format)
    {
        Preconditions.CheckNotNull(ecrivain);
        Preconditions.CheckNotNull(format);
        var liste = Preconditions.CheckNotNull(foyers).ToList();
        EcrireLignes(ecrivain, liste, format, liste.Exists(f => f.Allocataire.DroitsEtDevoirs is not null || f.Conjoint?.DroitsEtDevoirs is not null));
    }

    /// <summary>
    /// Écrit les foyers d'une population (<see cref="Population.Foyer(int)"/>, un à la fois : un fichier de millions de
    /// foyers s'écrit sans les garder tous en mémoire), toujours avec la colonne <c>droits_devoirs</c>.
    /// </summary>
    /// <param name="ecrivain">La destination.</param>
    /// <param name="population">La population.</param>
    /// <param name="format">Le format (son séparateur) ; par défaut <see cref="FormatCsv.Rfc4180"/>.</param>
    public static void Ecrire(TextWriter ecrivain, Population population, FormatCsv? format = null)
    {
        Preconditions.CheckNotNull(ecrivain);
        Preconditions.CheckNotNull(population);
        EcrireLignes(ecrivain, Enumerable.Range(0, population.Count).Select(population.Foyer), format ?? FormatCsv.Rfc4180, avecDroitsEtDevoirs: true);
    }

    private static void EcrireLignes(TextWriter ecrivain, IEnumerable<Foyer> liste, FormatCsv format, bool avecDroitsEtDevoirs)
    {
        var sep = format.Separateur ?? ',';
        var montant = sep == ';' ? "F" : "I";
        ecrivain.Write((avecDroitsEtDevoirs ? EnteteAvecDroitsEtDevoirs : Entete).Replace(',', sep));
        ecrivain.Write('\n');
        var sb = new StringBuilder(256);
        var champ = new StringBuilder(128);
        void Champ(bool dernier = false)
        {
            var quoter = champ.Length > 0 && champ.ToString().Contains(sep, StringComparison.Ordinal);
            if (quoter)
            {
                sb.Append('"').Append(champ).Append('"');
            }
            else
            {
                sb.Append(champ);
            }

            if (!dernier)
            {
                sb.Append(sep);
            }

            champ.Clear();
        }

        foreach (var f in liste)
        {
            sb.Clear();
            champ.Append(f.Numero.EnClair);
            Champ();
            champ.Append(f.Commune.ToString());
            Champ();
            champ.Append(Dates.FormaterIso(f.Allocataire.DateNaissance));
            Champ();
            champ.Append(f.Situation.Code);
            Champ();
            champ.Append(Dates.FormaterIso(f.DateSituation));
            Champ();
            champ.Append(f.Conjoint is { } c ? Dates.FormaterIso(c.DateNaissance) : string.Empty);
            Champ();
            champ.AppendJoin(';', f.Enfants.Select(e => Dates.FormaterIso(e.DateNaissance) + (e.Handicap ? ":H" : string.Empty)));
            Champ();
            champ.Append(f.RessourcesMensuelles.ToString(montant, null));
            Champ();
            champ.Append(f.RessourcesAnnuellesN2.ToString(montant, null));
            Champ();
            champ.AppendJoin(';', f.Prestations.Select(p => $"{p.Prestation.Code}:{p.MontantMensuel.ToString(montant, null)}{(p.Majoree ? ":M" : string.Empty)}"));
            Champ();
            champ.AppendJoin(';', f.Evenements.Select(e => $"{e.Type.Code}:{Dates.FormaterIso(e.Date)}"));
            Champ();
            champ.AppendJoin(';', f.Canaux.Select(x => x.Code));
            Champ();
            champ.Append(f.TelephoneConnu ? "oui" : "non");
            if (avecDroitsEtDevoirs)
            {
                Champ();
                champ.Append(EcrireDroitsEtDevoirs(f.Allocataire.DroitsEtDevoirs));
                if (f.Conjoint?.DroitsEtDevoirs is { } dc)
                {
                    champ.Append(';').Append(EcrireDroitsEtDevoirs(dc));
                }
            }

            Champ(dernier: true);
            sb.Append('\n');
            ecrivain.Write(sb);
        }
    }

    /// <summary>L'erreur à sa ligne, sa valeur masquée si elle porte sur une colonne personnelle (ou un de ses éléments, <c>enfants[0].naissance</c>).</summary>
    internal static Erreur Situer(Erreur erreur, int ligne)
    {
        var colonne = erreur.Champ.Split('[', '.')[0];
        var situee = erreur.ALigne(ligne);
        return ColonnesPersonnelles.Contains(colonne, StringComparer.Ordinal) || colonne is "allocataire" or "conjoint" ? situee.Masquee() : situee;
    }

    internal static Foyer? LireLigne(string[] champs, ReferentielCommunes table, List<Erreur> erreurs)
    {
        var avant = erreurs.Count;
        var numero = Garder(NumeroAllocataire.Create(champs[0], Colonnes[0]), erreurs);
        var commune = Garder(CodeCommune.Create(champs[1], Colonnes[1]), erreurs);
        if (commune.EstDefini && !table.TryGetIndex(commune, out _))
        {
            erreurs.Add(new Erreur("population.commune.inconnue", Colonnes[1], champs[1], $"Commune absente du référentiel {table.Millesime}."));
        }

        var naissance = Garder(LireDate(champs[2], Colonnes[2]), erreurs);
        var situation = Garder(SituationFamiliale.Create(champs[3], Colonnes[3]), erreurs);
        var dateSituation = Garder(LireDate(champs[4], Colonnes[4]), erreurs);
        LocalDate? conjoint = null;
        if (situation == SituationFamiliale.EnCouple && champs[5].Length == 0)
        {
            erreurs.Add(new Erreur("population.conjoint.absent", Colonnes[5], null, "Un allocataire en couple a un conjoint : sa date de naissance est obligatoire."));
        }
        else if (situation == SituationFamiliale.EnCouple)
        {
            conjoint = Garder(LireDate(champs[5], Colonnes[5]), erreurs);
        }
        else if (champs[5].Length > 0)
        {
            erreurs.Add(new Erreur("population.csv.conjoint", Colonnes[5], champs[5], "Une personne seule n'a pas de conjoint : laisser le champ vide."));
        }

        var enfants = new List<(LocalDate Naissance, bool Handicap)>();
        foreach (var element in Elements(champs[6]))
        {
            var morceaux = element.Split(':');
            var date = Garder(LireDate(morceaux[0], Colonnes[6]), erreurs);
            var handicap = morceaux.Length == 2 && morceaux[1] == "H";
            if (morceaux.Length > 2 || (morceaux.Length == 2 && !handicap))
            {
                erreurs.Add(new Erreur("population.csv.enfant", Colonnes[6], element, "Un enfant s'écrit aaaa-mm-jj, suivi de :H pour un handicap reconnu."));
            }

            enfants.Add((date, handicap));
        }

        var ressources = LireMontant(champs[7], Colonnes[7], erreurs);
        var ressourcesN2 = LireMontant(champs[8], Colonnes[8], erreurs);
        var prestations = new List<(Prestation Prestation, Montant Montant, bool Majoree)>();
        foreach (var element in Elements(champs[9]))
        {
            var morceaux = element.Split(':');
            if (morceaux.Length is < 2 or > 3 || (morceaux.Length == 3 && morceaux[2] != "M"))
            {
                erreurs.Add(new Erreur("population.csv.prestation", Colonnes[9], element, "Une prestation s'écrit CODE:montant, suivie de :M pour le RSA majoré."));
                continue;
            }

            var prestation = Garder(Prestation.Create(morceaux[0], Colonnes[9]), erreurs);
            var montant = LireMontant(morceaux[1], Colonnes[9], erreurs);
            if (prestation is not null)
            {
                prestations.Add((prestation, montant, morceaux.Length == 3));
            }
        }

        var evenements = new List<(TypeEvenement Type, LocalDate Date)>();
        foreach (var element in Elements(champs[10]))
        {
            var morceaux = element.Split(':');
            if (morceaux.Length != 2)
            {
                erreurs.Add(new Erreur("population.csv.evenement", Colonnes[10], element, "Un événement s'écrit CODE:aaaa-mm-jj."));
                continue;
            }

            var type = Garder(TypeEvenement.Create(morceaux[0], Colonnes[10]), erreurs);
            var date = Garder(LireDate(morceaux[1], Colonnes[10]), erreurs);
            if (type is not null)
            {
                evenements.Add((type, date));
            }
        }

        var canaux = new List<CanalDeContact>();
        foreach (var element in Elements(champs[11]))
        {
            if (Garder(CanalDeContact.Create(element, Colonnes[11]), erreurs) is { } canal)
            {
                canaux.Add(canal);
            }
        }

        var telephone = champs[12] switch
        {
            "oui" => true,
            "non" => false,
            _ => (bool?)null,
        };
        if (telephone is null)
        {
            erreurs.Add(new Erreur("population.csv.telephone", Colonnes[12], champs[12], "Attendu : oui ou non."));
        }

        var droitsEtDevoirs = champs[13].Split(';');
        if (droitsEtDevoirs.Length > 2 || (droitsEtDevoirs.Length == 2 && situation != SituationFamiliale.EnCouple && droitsEtDevoirs[1].Trim().Length > 0))
        {
            erreurs.Add(new Erreur("population.csv.droits_devoirs", Colonnes[13], champs[13], "La soumission aux droits et devoirs s'écrit 1:aaaa-mm-jj ou 0:aaaa-mm-jj pour l'allocataire, puis ;… pour le conjoint en couple."));
        }

        var droitsEtDevoirsAllocataire = LireDroitsEtDevoirs(droitsEtDevoirs[0], erreurs);
        var droitsEtDevoirsConjoint = droitsEtDevoirs.Length == 2 ? LireDroitsEtDevoirs(droitsEtDevoirs[1], erreurs) : null;

        if (erreurs.Count > avant)
        {
            return null;
        }

        var b = Foyer.Builder(numero, commune, naissance);
        if (situation == SituationFamiliale.EnCouple)
        {
            b.EnCouple(conjoint!.Value, dateSituation);
        }
        else
        {
            b.Isole(dateSituation);
        }

        foreach (var (n, h) in enfants)
        {
            b.AvecEnfant(n, h);
        }

        b.AvecRessources(ressources, ressourcesN2);
        foreach (var (p, m, majoree) in prestations)
        {
            b.Percoit(p, m, majoree);
        }

        foreach (var (t, d) in evenements)
        {
            b.Evenement(t, d);
        }

        foreach (var c in canaux)
        {
            b.Canal(c);
        }

        b.Telephone(telephone!.Value);
        if (droitsEtDevoirsAllocataire is { } da)
        {
            b.DroitsEtDevoirs(RoleDansLeFoyer.Allocataire, da.Soumis, da.Depuis);
        }

        if (droitsEtDevoirsConjoint is { } dc)
        {
            b.DroitsEtDevoirs(RoleDansLeFoyer.Conjoint, dc.Soumis, dc.Depuis);
        }

        var resultat = b.Build();
        if (resultat.TryGetValue(out var foyer))
        {
            return foyer;
        }

        erreurs.AddRange(resultat.Erreurs);
        return null;
    }

    private static string EcrireDroitsEtDevoirs(DroitsEtDevoirs? valeur) =>
        valeur is { } v ? (v.Soumis ? "1:" : "0:") + Dates.FormaterIso(v.Depuis) : string.Empty;

    private static DroitsEtDevoirs? LireDroitsEtDevoirs(string texte, List<Erreur> erreurs)
    {
        texte = texte.Trim();
        if (texte.Length == 0)
        {
            return null;
        }

        var morceaux = texte.Split(':', 2);
        if (morceaux.Length != 2 || morceaux[0] is not ("0" or "1"))
        {
            erreurs.Add(new Erreur("population.csv.droits_devoirs", Colonnes[13], texte, "La soumission aux droits et devoirs s'écrit 1:aaaa-mm-jj (soumis depuis) ou 0:aaaa-mm-jj (non soumis depuis)."));
            return null;
        }

        var date = Dates.Create(morceaux[1], Colonnes[13]);
        if (!date.TryGetValue(out var depuis))
        {
            erreurs.AddRange(date.Erreurs);
            return null;
        }

        return new DroitsEtDevoirs(morceaux[0] == "1", depuis);
    }

    /// <summary>Une date ; vide, l'erreur <c>date.absente</c> (et non <c>date.format</c>, « illisible »).</summary>
    private static Resultat<LocalDate> LireDate(string texte, string champ) =>
        texte.Length == 0
            ? Resultat<LocalDate>.Echec(new Erreur("date.absente", champ, null, "Date absente : attendu aaaa-mm-jj ou jj/mm/aaaa."))
            : Dates.Create(texte, champ);

    private static IEnumerable<string> Elements(string champ) =>
        champ.Length == 0 ? [] : champ.Split(';', StringSplitOptions.TrimEntries);

    private static Montant LireMontant(string texte, string champ, List<Erreur> erreurs) =>
        Garder(Montant.Create(texte.Length == 0 ? "0" : texte, champ), erreurs);

    private static T Garder<T>(Resultat<T> resultat, List<Erreur> erreurs)
        where T : notnull
    {
        if (resultat.TryGetValue(out var valeur))
        {
            return valeur;
        }

        erreurs.AddRange(resultat.Erreurs);
        return default!;
    }

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<Population> Charger(Stream flux, ReferentielCommunes? referentiel = null, Encoding? encodage = null) =>
        Lire(flux, referentiel, encodage);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<Population> Charger(Stream flux, FormatCsv format, ReferentielCommunes? referentiel = null, IProgress<int>? progression = null, CancellationToken annulation = default) =>
        Lire(flux, format, referentiel, progression, annulation);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<Population> Charger(Stream flux, FormatCsv format, int parallelisme, ReferentielCommunes? referentiel = null, IProgress<int>? progression = null, CancellationToken annulation = default) =>
        Lire(flux, format, parallelisme, referentiel, progression, annulation);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<Population> Charger(string chemin, FormatCsv format, ReferentielCommunes? referentiel = null, IProgress<int>? progression = null, CancellationToken annulation = default) =>
        Lire(chemin, format, referentiel, progression, annulation);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<Population> Charger(string chemin, FormatCsv format, int parallelisme, ReferentielCommunes? referentiel = null, IProgress<int>? progression = null, CancellationToken annulation = default) =>
        Lire(chemin, format, parallelisme, referentiel, progression, annulation);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<Population> Charger(TextReader lecteur, ReferentielCommunes? referentiel = null) =>
        Lire(lecteur, referentiel);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<Population> Charger(TextReader lecteur, FormatCsv format, ReferentielCommunes? referentiel = null, IProgress<int>? progression = null, CancellationToken annulation = default) =>
        Lire(lecteur, format, referentiel, progression, annulation);
}
