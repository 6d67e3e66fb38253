using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;

namespace Caf.Accompagnement.Utility;

/// <summary>
/// Lecture commune à tous les imports CSV de la bibliothèque (RFC 4180, séparateur nommé ou détecté par
/// <see cref="FormatCsv"/>, en-tête obligatoire) :
/// situe chaque enregistrement par sa <b>ligne physique</b> et transforme un fichier mal formé en erreur, jamais en
/// exception.
/// </summary>
/// <remarks>
/// <para><b>Lignes.</b> La ligne rapportée est la ligne physique du fichier (la première est 1, c'est l'en-tête) où
/// commence l'enregistrement : un champ entre guillemets qui contient des sauts de ligne occupe plusieurs lignes
/// physiques, que le compte suit (<c>\n</c>, <c>\r\n</c> ou <c>\r</c> seul). Pour une erreur de format, la ligne est
/// celle où commence le champ fautif.</para>
/// <para><b>Séparateur.</b> Une première ligne <c>sep=;</c> d'Excel déclare le séparateur : elle n'est pas un
/// enregistrement, mais compte dans les lignes (l'en-tête est alors la ligne 2). Sans elle, le séparateur nommé est
/// vérifié sur l'en-tête (<c>{module}.csv.separateur</c>, ligne 1, s'il n'en découpe aucune colonne attendue alors qu'un
/// autre les découpe ; le message dit lequel, sans citer l'en-tête), ou le séparateur est détecté.</para>
/// <para><b>Texte.</b> Un BOM (U+FEFF) en tête du texte ou d'une ligne est sauté ; les lignes blanches (vides ou faites d'espaces) ne
/// sont pas des enregistrements : <see cref="Lire"/> les passe, où qu'elles soient.</para>
/// <para><b>Enregistrements refusés, la lecture continue.</b> Un enregistrement de plus de
/// <see cref="TexteSuivi.LongueurMaximaleEnregistrement"/> caractères donne <c>{module}.csv.taille</c> ; un caractère
/// de décodage raté (U+FFFD : octets invalides pour l'encodage ; U+0000 : fichier UTF-16 lu comme UTF-8) donne
/// <c>{module}.csv.encodage</c> à sa ligne. Ni l'une ni l'autre ne cite le contenu ; l'enregistrement n'est pas transmis
/// au chargement et la lecture passe au suivant.</para>
/// <para><b>Erreur de format, la lecture s'arrête.</b> Un guillemet mal placé (texte après un guillemet fermant,
/// guillemet jamais fermé) donne une erreur <c>{module}.csv.format</c> avec la ligne, le nom de la colonne (ou
/// <c>entete</c>), un extrait du texte brut du champ et la raison. L'extrait est masqué (<see cref="Erreur.ValeurMasquee"/>)
/// pour une colonne personnelle, une colonne inconnue, l'en-tête d'un import qui a des colonnes personnelles (un fichier
/// sans en-tête commence par une donnée) et un guillemet jamais fermé suivi d'une colonne personnelle (l'extrait
/// déborderait sur elle). Après un guillemet mal placé, on ne sait plus où finissent les enregistrements : les erreurs
/// des lignes précédentes sont gardées, la dernière étant l'erreur de format.</para>
/// <para><b>Nombre d'erreurs.</b> Dès que les erreurs du chargement atteignent <see cref="Erreurs.MaximumParImport"/>,
/// la lecture s'arrête ; <see cref="Borner"/> coupe la liste finale et y ajoute <c>{module}.erreurs.nombre</c>.</para>
/// </remarks>
internal sealed class LecteurCsv : IDisposable
{
    /// <summary>La longueur maximale de l'extrait du champ fautif cité dans une erreur de format.</summary>
    internal const int LongueurExtrait = 40;

    private static readonly CsvDataReaderOptions OptionsVirgule = Options(',');
    private static readonly CsvDataReaderOptions OptionsPointVirgule = Options(';');
    private static readonly CsvDataReaderOptions OptionsTabulation = Options('\t');

    private readonly TexteSuivi _texte;
    private readonly string _module;
    private readonly string[] _colonnesPersonnelles;
    private readonly List<Erreur> _erreurs;
    private int _index;
    private bool _arrete;

    private LecteurCsv(CsvDataReader csv, TexteSuivi texte, string module, string[] colonnesPersonnelles, List<Erreur> erreurs, char separateur, int ligneEntete)
    {
        Csv = csv;
        Separateur = separateur;
        LigneEntete = ligneEntete;
        Ligne = ligneEntete;
        _texte = texte;
        _module = module;
        _colonnesPersonnelles = colonnesPersonnelles;
        _erreurs = erreurs;
    }

    /// <summary>Le lecteur Sylvan, positionné sur l'enregistrement courant.</summary>
    internal CsvDataReader Csv { get; }

    /// <summary>La ligne physique où commence l'enregistrement courant (l'en-tête est la ligne 1).</summary>
    internal int Ligne { get; private set; }

    /// <summary>La ligne physique de l'en-tête : 1, ou 2 après une première ligne <c>sep=;</c>.</summary>
    internal int LigneEntete { get; }

    /// <summary>Le séparateur de champs du fichier (nommé, déclaré par <c>sep=</c> ou détecté).</summary>
    internal char Separateur { get; }

    /// <summary>
    /// Un lecteur de texte sur un flux d'octets : par défaut UTF-8 (BOM UTF-8 facultatif ; un BOM UTF-16 ou UTF-32 fait
    /// lire le flux dans cet encodage), sinon l'encodage donné. Les octets invalides deviennent U+FFFD, que la lecture
    /// refuse ligne par ligne (<c>{module}.csv.encodage</c>).
    /// </summary>
    /// <param name="flux">Le flux (laissé ouvert).</param>
    /// <param name="encodage">L'encodage du flux, ou <see langword="null"/> pour UTF-8.</param>
    /// <returns>Le lecteur, à fermer par l'appelant.</returns>
    /// <remarks>Un BOM UTF-8, UTF-16 ou UTF-32 en tête du flux l'emporte sur l'encodage nommé : il ne peut pas être le
    /// début d'un texte Windows-1252 (<c>ï»¿</c>, <c>ÿþ</c>), et il dit sans ambiguïté comment le fichier a été écrit.</remarks>
    internal static StreamReader LecteurDeFlux(Stream flux, Encoding? encodage) =>
        new(Preconditions.CheckNotNull(flux), encodage ?? new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);

    /// <summary>
    /// Ouvre le fichier au séparateur détecté (voir l'autre surcharge) et lit son en-tête ; <see langword="null"/> si le
    /// fichier est vide ou son en-tête illisible (l'erreur est ajoutée à <paramref name="erreurs"/>).
    /// </summary>
    /// <param name="lecteur">Le texte CSV.</param>
    /// <param name="module">Le préfixe des codes d'erreur (<c>secteur</c>, <c>population</c>…).</param>
    /// <param name="erreurs">Les erreurs du chargement, complétées par ce lecteur.</param>
    /// <param name="fichierVide">L'erreur à rapporter pour un fichier vide (sans en-tête).</param>
    /// <param name="colonnesPersonnelles">Les colonnes dont la valeur est personnelle (numéro allocataire, date de
    /// naissance, nom) : leur extrait est masqué, et celui de l'en-tête aussi.</param>
    /// <returns>Le lecteur, positionné avant le premier enregistrement, ou <see langword="null"/>.</returns>
    internal static LecteurCsv? Ouvrir(TextReader lecteur, string module, List<Erreur> erreurs, Erreur fichierVide, params string[] colonnesPersonnelles) =>
        Ouvrir(lecteur, FormatCsv.Detecte, [], module, erreurs, fichierVide, colonnesPersonnelles);

    /// <summary>
    /// Ouvre le fichier dans le format donné et lit son en-tête ; <see langword="null"/> si le fichier est vide, son
    /// séparateur contredit le format, ou son en-tête est illisible (l'erreur, ligne 1 ou ligne du champ fautif, est
    /// ajoutée à <paramref name="erreurs"/>).
    /// </summary>
    /// <param name="lecteur">Le texte CSV.</param>
    /// <param name="format">Le format : séparateur nommé ou détecté (l'encodage ne sert qu'à un flux d'octets).</param>
    /// <param name="colonnesAttendues">Les colonnes de l'en-tête attendu : la détection choisit le séparateur qui en
    /// découpe le plus, et un séparateur nommé qui n'en découpe aucune alors qu'un autre les découpe donne
    /// <c>{module}.csv.separateur</c>.</param>
    /// <param name="module">Le préfixe des codes d'erreur (<c>secteur</c>, <c>population</c>…).</param>
    /// <param name="erreurs">Les erreurs du chargement, complétées par ce lecteur.</param>
    /// <param name="fichierVide">L'erreur à rapporter pour un fichier vide (sans en-tête).</param>
    /// <param name="colonnesPersonnelles">Les colonnes dont la valeur est personnelle (numéro allocataire, date de
    /// naissance, nom) : leur extrait est masqué, et celui de l'en-tête aussi.</param>
    /// <returns>Le lecteur, positionné avant le premier enregistrement, ou <see langword="null"/>.</returns>
    internal static LecteurCsv? Ouvrir(TextReader lecteur, FormatCsv format, string[] colonnesAttendues, string module, List<Erreur> erreurs, Erreur fichierVide, params string[] colonnesPersonnelles)
    {
        Preconditions.CheckNotNull(lecteur);
        Preconditions.CheckNotNull(format);
        var premiere = LireLigne(lecteur, out var premiereFinitParCr);
        var declare = FormatCsv.SeparateurNomme(SansFinDeLigne(premiere));
        var ligneEntete = 1;
        var apresCr = false;
        var entete = premiere;
        if (declare is not null)
        {
            // Excel : « sep=; » n'est pas un enregistrement, mais compte dans la numérotation des lignes.
            ligneEntete = 2;
            apresCr = premiereFinitParCr;

            entete = LireLigne(lecteur, out _);
        }

        var nomme = format.Separateur;
        if (declare is { } d && nomme is { } n && n != d)
        {
            erreurs.Add(ErreurDeSeparateur(module, $"La ligne 1 (sep={(d == '\t' ? "tabulation" : d.ToString())}) déclare {FormatCsv.Designation(d)} comme séparateur, mais le format donné nomme {FormatCsv.Designation(n)} : corriger le format (FormatCsv.Separateur, ou null pour suivre la ligne sep=) ou le fichier."));
            return null;
        }

        var texteEntete = SansFinDeLigne(entete).ToString();
        char separateur;
        if (nomme is { } nom)
        {
            separateur = nom;
            if (declare is null && colonnesAttendues.Length > 0 && ColonnesConnues(texteEntete, nom, colonnesAttendues) == 0
                && Separateurs.Where(s => s != nom).MaxBy(s => ColonnesConnues(texteEntete, s, colonnesAttendues)) is var autre
                && ColonnesConnues(texteEntete, autre, colonnesAttendues) > 0)
            {
                erreurs.Add(ErreurDeSeparateur(module, $"Le format nomme {FormatCsv.Designation(nom)} comme séparateur, mais l'en-tête de la ligne 1 semble utiliser {FormatCsv.Designation(autre)} : les colonnes attendues ({string.Join(", ", colonnesAttendues)}) n'y apparaissent qu'avec ce séparateur. Nommer {FormatCsv.Designation(autre)} ou laisser la détection (FormatCsv.Detecte)."));
                return null;
            }
        }
        else
        {
            separateur = declare ?? Choisir(texteEntete, colonnesAttendues);
        }

        var texte = new TexteSuivi(new TextePrefixe(entete, lecteur), separateur, ligneEntete, apresCr);
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(texte, separateur switch { ';' => OptionsPointVirgule, '\t' => OptionsTabulation, _ => OptionsVirgule });
        }
        catch (CsvMissingHeadersException)
        {
            erreurs.Add(fichierVide);
            return null;
        }
        catch (CsvFormatException ex) when (ex.RowNumber > 0)
        {
            // Le lecteur CSV lit le premier enregistrement en même temps que l'en-tête : l'erreur est la sienne.
            var ligne = texte.EnregistrementNumero(ex.RowNumber)?.Ligne ?? ligneEntete + 1;
            erreurs.Add(Arret(module, "ligne", ligne, ex is CsvRecordTooLargeException ? RaisonTaille : Raison(ex, separateur), ex is CsvRecordTooLargeException ? "taille" : "format"));
            return null;
        }
        catch (CsvFormatException ex)
        {
            var (ligne, extrait, _) = texte.Situer(0, ex is CsvRecordTooLargeException ? 0 : ex.FieldOrdinal, LongueurExtrait);
            var masquer = colonnesPersonnelles.Length > 0 && extrait is not null;
            erreurs.Add(new Erreur($"{module}.csv.format", "entete", masquer ? Erreur.ValeurMasquee : extrait, Message(ligne, null, Raison(ex, separateur)), ligne));
            return null;
        }

        var enregistrementEntete = texte.EnregistrementNumero(0);
        if (enregistrementEntete is { Tronque: true })
        {
            csv.Dispose();
            erreurs.Add(Taille(module, "entete", enregistrementEntete.Ligne));
            return null;
        }

        if (enregistrementEntete is { LigneAnomalie: { } l })
        {
            csv.Dispose();
            erreurs.Add(Encodage(module, "entete", l, null));
            return null;
        }

        return new LecteurCsv(csv, texte, module, colonnesPersonnelles, erreurs, separateur, enregistrementEntete?.Ligne ?? ligneEntete);
    }

    private static readonly char[] Separateurs = [',', ';', '\t'];

    private static CsvDataReaderOptions Options(char separateur) => new()
    {
        HasHeaders = true,
        Delimiter = separateur,
        Quote = '"',
        CsvStyle = CsvStyle.Standard,
        BufferSize = 0x10000,
    };

    private static Erreur ErreurDeSeparateur(string module, string message) =>
        new($"{module}.csv.separateur", "entete", null, message, 1);

    /// <summary>
    /// Lit une ligne physique (hors guillemets), fin de ligne comprise, au plus
    /// <see cref="TexteSuivi.LongueurMaximaleEnregistrement"/> + 1 caractères : le texte lu est rendu tel quel au
    /// lecteur CSV (<see cref="TextePrefixe"/>).
    /// </summary>
    /// <remarks><paramref name="finitParCr"/> : la ligne finit par un <c>\r</c> qui n'est pas suivi d'un <c>\n</c> (ou
    /// <see cref="TextReader.Peek"/> ne sait pas le dire) ; un <c>\r\n</c> est lu en entier.</remarks>
    private static string LireLigne(TextReader lecteur, out bool finitParCr)
    {
        finitParCr = false;
        var sb = new StringBuilder();
        var entreGuillemets = false;
        while (sb.Length <= TexteSuivi.LongueurMaximaleEnregistrement)
        {
            var c = lecteur.Read();
            if (c < 0)
            {
                break;
            }

            sb.Append((char)c);
            if (c == '"')
            {
                entreGuillemets = !entreGuillemets;
            }
            else if (!entreGuillemets && c == '\n')
            {
                break;
            }
            else if (!entreGuillemets && c == '\r')
            {
                finitParCr = true;
                if (lecteur.Peek() == '\n')
                {
                    sb.Append((char)lecteur.Read());
                    finitParCr = false;
                }

                break;
            }
        }

        return sb.ToString();
    }

    private static ReadOnlySpan<char> SansFinDeLigne(string ligne) => ligne.AsSpan().TrimStart('\uFEFF').TrimEnd("\r\n");

    /// <summary>Le séparateur d'un en-tête : celui qui y découpe le plus de colonnes attendues, sinon <see cref="FormatCsv.Detecter"/>.</summary>
    private static char Choisir(ReadOnlySpan<char> entete, string[] colonnesAttendues)
    {
        var detecte = FormatCsv.Detecter(entete);
        var meilleur = detecte;
        var plus = colonnesAttendues.Length == 0 ? 0 : ColonnesConnues(entete, detecte, colonnesAttendues);
        foreach (var s in Separateurs)
        {
            var n = colonnesAttendues.Length == 0 ? 0 : ColonnesConnues(entete, s, colonnesAttendues);
            if (n > plus)
            {
                (meilleur, plus) = (s, n);
            }
        }

        return meilleur;
    }

    /// <summary>Le nombre de colonnes attendues distinctes que découpe le séparateur dans l'en-tête (guillemets, espaces et BOM ôtés).</summary>
    internal static int ColonnesConnues(ReadOnlySpan<char> entete, char separateur, string[] colonnesAttendues)
    {
        var trouvees = 0UL;
        var debut = 0;
        var entreGuillemets = false;
        for (var i = 0; i <= entete.Length; i++)
        {
            if (i < entete.Length)
            {
                if (entete[i] == '"')
                {
                    entreGuillemets = !entreGuillemets;
                }

                if (entreGuillemets || entete[i] != separateur)
                {
                    continue;
                }
            }

            var champ = entete[debut..i].Trim().TrimStart('\uFEFF').Trim('"').Trim();
            for (var k = 0; k < colonnesAttendues.Length && k < 64; k++)
            {
                if (champ.Equals(colonnesAttendues[k], StringComparison.OrdinalIgnoreCase))
                {
                    trouvees |= 1UL << k;
                }
            }

            debut = i + 1;
        }

        return System.Numerics.BitOperations.PopCount(trouvees);
    }

    /// <summary>Un texte déjà lu (la ligne d'en-tête, lue pour choisir le séparateur), puis la suite du texte.</summary>
    private sealed class TextePrefixe(string prefixe, TextReader suite) : TextReader
    {
        private int _position;

        public override int Read()
        {
            Span<char> un = stackalloc char[1];
            return Read(un) == 0 ? -1 : un[0];
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (_position < prefixe.Length)
            {
                var n = Math.Min(buffer.Length, prefixe.Length - _position);
                prefixe.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return suite.Read(buffer);
        }
    }

    /// <summary>
    /// La liste finale d'un chargement, bornée : au plus <see cref="Erreurs.MaximumParImport"/> erreurs, puis, si la
    /// liste est coupée, l'erreur <c>{module}.erreurs.nombre</c>.
    /// </summary>
    /// <param name="erreurs">Les erreurs du chargement, dans leur ordre de rapport.</param>
    /// <param name="module">Le préfixe des codes d'erreur.</param>
    /// <returns>Les erreurs bornées.</returns>
    internal static IReadOnlyList<Erreur> Borner(IReadOnlyList<Erreur> erreurs, string module)
    {
        if (erreurs.Count <= Erreurs.MaximumParImport)
        {
            return erreurs;
        }

        return [.. erreurs.Take(Erreurs.MaximumParImport), TropDErreurs(module)];
    }

    private static Erreur TropDErreurs(string module) =>
        new(
            $"{module}.erreurs.nombre",
            "fichier",
            null,
            string.Create(CultureInfo.InvariantCulture, $"Plus de {Erreurs.MaximumParImport} erreurs : seules les {Erreurs.MaximumParImport} premières sont rapportées, et la lecture s'est arrêtée. Corriger le fichier (encodage, séparateur, en-tête ?) puis relancer l'import."));

    /// <summary>Le nom de la colonne d'ordinal donné, tel qu'écrit dans l'en-tête (sans espaces autour).</summary>
    /// <param name="ordinal">L'ordinal.</param>
    /// <returns>Le nom, ou <see langword="null"/> hors de l'en-tête.</returns>
    internal string? NomDeColonne(int ordinal) =>
        ordinal >= 0 && ordinal < Csv.FieldCount ? Csv.GetName(ordinal).Trim() : null;

    /// <summary>
    /// Passe à l'enregistrement suivant, lignes blanches et enregistrements refusés (trop long, décodage raté) passés.
    /// Faux à la fin du fichier, sur une erreur de format (l'erreur <c>{module}.csv.format</c> est alors ajoutée et la
    /// lecture s'arrête) ou quand les erreurs atteignent <see cref="Erreurs.MaximumParImport"/>.
    /// </summary>
    /// <returns>Vrai si un enregistrement a été lu.</returns>
    internal bool Lire()
    {
        while (!_arrete)
        {
            if (_erreurs.Count >= Erreurs.MaximumParImport)
            {
                _arrete = true;
                _erreurs.Add(TropDErreurs(_module));
                return false;
            }

            try
            {
                if (!Csv.Read())
                {
                    return false;
                }
            }
            catch (CsvFormatException ex)
            {
                _arrete = true;
                _erreurs.Add(ErreurDeFormat(ex, _index + 1));
                return false;
            }

            _index++;
            var enregistrement = _texte.EnregistrementNumero(_index);
            _texte.Oublier(_index);
            Ligne = enregistrement?.Ligne ?? Ligne + 1;
            if (enregistrement is { Tronque: true })
            {
                _erreurs.Add(Taille(_module, "ligne", Ligne));
                continue;
            }

            if (enregistrement is { LigneAnomalie: { } l })
            {
                _erreurs.Add(Encodage(_module, NomDeColonne(enregistrement.ChampAnomalie) ?? "ligne", l, NomDeColonne(enregistrement.ChampAnomalie)));
                continue;
            }

            if (Csv.RowFieldCount <= 1 && Csv.GetFieldSpan(0).IsWhiteSpace())
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <inheritdoc/>
    public void Dispose() => Csv.Dispose();

    private const string RaisonTaille = "l'enregistrement dépasse la taille maximale.";

    private static Erreur Taille(string module, string champ, int ligne) =>
        new(
            $"{module}.csv.taille",
            champ,
            null,
            string.Create(CultureInfo.InvariantCulture, $"L'enregistrement de la ligne {ligne} dépasse {TexteSuivi.LongueurMaximaleEnregistrement} caractères : il est refusé sans être lu (un guillemet jamais fermé absorbe les lignes suivantes). La lecture reprend à l'enregistrement suivant."),
            ligne);

    private static Erreur Encodage(string module, string champ, int ligne, string? colonne) =>
        new(
            $"{module}.csv.encodage",
            champ,
            null,
            string.Create(CultureInfo.InvariantCulture, $"Caractère illisible ligne {ligne}{(colonne is null ? string.Empty : $", colonne « {Erreur.Borner(colonne)} »")} : le fichier n'est pas dans l'encodage lu (UTF-8 par défaut ; Windows-1252 d'Excel, ISO-8859-1, UTF-16 sans BOM ?). L'enregistrer en UTF-8 ou nommer son encodage au chargement (FormatCsv.Encodage, par exemple FormatCsv.Windows1252) ; l'enregistrement est refusé."),
            ligne);

    private static Erreur Arret(string module, string champ, int ligne, string raison, string probleme) =>
        new($"{module}.csv.{probleme}", champ, null, Message(ligne, null, raison), ligne);

    private static string Message(int ligne, string? colonne, string raison)
    {
        var ou = string.Create(CultureInfo.InvariantCulture, $"ligne {ligne}") + (colonne is null ? string.Empty : $", colonne « {Erreur.Borner(colonne)} »");
        return $"CSV mal formé ({ou}) : {raison} La lecture s'arrête à cette ligne : au-delà, les limites des lignes ne sont plus sûres.";
    }

    private Erreur ErreurDeFormat(CsvFormatException ex, int index)
    {
        var debut = _texte.EnregistrementNumero(index)?.Ligne ?? Ligne + 1;
        if (ex is CsvRecordTooLargeException)
        {
            return Arret(_module, "ligne", debut, RaisonTaille, "taille");
        }

        var colonne = NomDeColonne(ex.FieldOrdinal);
        var (ligne, extrait, ferme) = _texte.Situer(index, ex.FieldOrdinal, LongueurExtrait);
        var masquer = colonne is null || EstPersonnelle(colonne)
            || (!ferme && Enumerable.Range(ex.FieldOrdinal + 1, Math.Max(0, Csv.FieldCount - ex.FieldOrdinal - 1)).Any(o => EstPersonnelle(NomDeColonne(o)!)));
        if (extrait is not null && masquer)
        {
            extrait = Erreur.ValeurMasquee;
        }

        return new Erreur($"{_module}.csv.format", colonne ?? "ligne", extrait, Message(ligne, colonne, Raison(ex, Separateur)), ligne);
    }

    private bool EstPersonnelle(string colonne) => _colonnesPersonnelles.Contains(colonne, StringComparer.OrdinalIgnoreCase);

    private static string Raison(CsvFormatException ex, char separateur)
    {
        if (ex is CsvRecordTooLargeException)
        {
            return RaisonTaille;
        }

        if (ex.Message.Contains("closing quote", StringComparison.OrdinalIgnoreCase) && ex.Message.Contains("after", StringComparison.OrdinalIgnoreCase))
        {
            return $"après le guillemet fermant d'un champ, {FormatCsv.Designation(separateur)} ou une fin de ligne est attendue (un guillemet dans un champ s'écrit doublé).";
        }

        if (ex.Message.Contains("without a closing quote", StringComparison.OrdinalIgnoreCase))
        {
            return "un champ ouvert par un guillemet n'est jamais fermé avant la fin du fichier.";
        }

        return "le texte n'est pas un CSV valide à cet endroit.";
    }
}
