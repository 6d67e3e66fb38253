using System.Globalization;
using System.Text;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Territoires;

/// <content>Import et export CSV (<c>code_insee,secteur[,referent]</c>).</content>
public sealed partial class CarteDesSecteurs
{
    private static readonly string[] ColonnesObligatoires = ["code_insee", "secteur"];
    private static readonly string[] ColonnesFacultatives = ["referent"];

    /// <summary>
    /// Importe une carte depuis un flux CSV : UTF-8 (avec ou sans BOM) par défaut, ou l'encodage donné. Les octets
    /// invalides pour l'encodage ne deviennent jamais des caractères de remplacement dans les noms : la ligne est refusée
    /// (<c>secteur.csv.encodage</c>).
    /// </summary>
    /// <param name="flux">Le flux (laissé ouvert).</param>
    /// <param name="departement">Le département couvert (<c>40</c>).</param>
    /// <param name="referentiel">Le référentiel des communes ; par défaut <see cref="ReferentielCommunes.Cog2026"/>.</param>
    /// <param name="migrerLesAnciensCodes">Remplacer les anciens codes par celui de la commune nouvelle (chaque
    /// remplacement est rapporté dans <see cref="Migrations"/>) au lieu de les refuser.</param>
    /// <param name="encodage">L'encodage du flux (par exemple <c>Encoding.Latin1</c>, ou Windows-1252 par
    /// <c>CodePagesEncodingProvider</c>) ; <see langword="null"/> pour UTF-8, un BOM UTF-16 ou UTF-32 étant alors suivi.</param>
    /// <returns>La carte validée, ou toutes les erreurs, chacune avec sa ligne (voir
    /// <see cref="Lire(TextReader, string, ReferentielCommunes?, bool)"/>).</returns>
    public static Resultat<CarteDesSecteurs> Lire(Stream flux, string departement, ReferentielCommunes? referentiel = null, bool migrerLesAnciensCodes = false, Encoding? encodage = null) =>
        Lire(flux, FormatCsv.Detecte with { Encodage = encodage }, departement, referentiel, migrerLesAnciensCodes);

    /// <summary>Importe une carte depuis un flux CSV dans le format donné (séparateur, encodage).</summary>
    /// <param name="flux">Le flux (laissé ouvert).</param>
    /// <param name="format">Le séparateur (nommé ou détecté) et l'encodage du flux (<see cref="FormatCsv.ExcelFrancais"/>,
    /// <see cref="FormatCsv.Detecte"/>…). Un BOM en tête du flux l'emporte sur l'encodage nommé.</param>
    /// <param name="departement">Le département couvert (<c>40</c>).</param>
    /// <param name="referentiel">Le référentiel des communes ; par défaut <see cref="ReferentielCommunes.Cog2026"/>.</param>
    /// <param name="migrerLesAnciensCodes">Remplacer les anciens codes par celui de la commune nouvelle au lieu de les refuser.</param>
    /// <returns>La carte validée, ou toutes les erreurs, chacune avec sa ligne (voir
    /// <see cref="Lire(TextReader, FormatCsv, string, ReferentielCommunes?, bool)"/>).</returns>
    public static Resultat<CarteDesSecteurs> Lire(Stream flux, FormatCsv format, string departement, ReferentielCommunes? referentiel = null, bool migrerLesAnciensCodes = false)
    {
        Preconditions.CheckNotNull(format);
        using var lecteur = LecteurCsv.LecteurDeFlux(flux, format.Encodage);
        return Lire(lecteur, format, departement, referentiel, migrerLesAnciensCodes);
    }

    /// <summary>Importe une carte depuis un texte CSV <c>code_insee,secteur[,referent]</c>.</summary>
    /// <param name="lecteur">Le lecteur (laissé ouvert).</param>
    /// <param name="departement">Le département couvert (<c>40</c>).</param>
    /// <param name="referentiel">Le référentiel des communes ; par défaut <see cref="ReferentielCommunes.Cog2026"/>.</param>
    /// <param name="migrerLesAnciensCodes">Remplacer les anciens codes par celui de la commune nouvelle (chaque
    /// remplacement est rapporté dans <see cref="Migrations"/>) au lieu de les refuser.</param>
    /// <returns>La carte validée, ou toutes les erreurs, chacune avec sa ligne (l'en-tête est la ligne 1).</returns>
    /// <remarks>
    /// <para>Acceptés : BOM (U+FEFF) en tête, fins de ligne LF ou CRLF, champs entre guillemets (RFC 4180), espaces
    /// autour des champs, lignes blanches (ignorées), colonnes d'en-tête dans n'importe quel ordre et casse.</para>
    /// <para>Refusés, avec leur ligne : en-tête absente, colonne inconnue ou manquante (<c>secteur.entete.*</c>), ligne
    /// au mauvais nombre de champs (<c>secteur.ligne.format</c>), enregistrement trop long (<c>secteur.csv.taille</c>),
    /// caractère de décodage raté (<c>secteur.csv.encodage</c>), code mal formé (<c>commune.code.*</c>), nom de secteur
    /// vide (<c>secteur.nom.vide</c>), identifiant de travailleur social invalide (<c>referent.identifiant.*</c>), code
    /// inconnu, commune d'un autre département, code en double (même ligne répétée comprise), commune dans deux secteurs,
    /// ancien code sans migration ; puis, sans ligne, chaque commune du département absente de la carte.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">Le lecteur ou le département est nul.</exception>
    public static Resultat<CarteDesSecteurs> Lire(TextReader lecteur, string departement, ReferentielCommunes? referentiel = null, bool migrerLesAnciensCodes = false) =>
        Lire(lecteur, FormatCsv.Detecte, departement, referentiel, migrerLesAnciensCodes);

    /// <summary>
    /// Importe une carte depuis un texte CSV au séparateur du format : <c>code_insee;secteur;referent</c> avec le
    /// point-virgule (les référents d'un secteur, séparés par <c>;</c>, s'écrivent alors entre guillemets), éventuellement
    /// après une ligne <c>sep=;</c> (l'en-tête est alors la ligne 2).
    /// </summary>
    /// <param name="lecteur">Le lecteur (laissé ouvert).</param>
    /// <param name="format">Le séparateur, nommé ou détecté (l'encodage ne sert qu'à un flux d'octets).</param>
    /// <param name="departement">Le département couvert (<c>40</c>).</param>
    /// <param name="referentiel">Le référentiel des communes ; par défaut <see cref="ReferentielCommunes.Cog2026"/>.</param>
    /// <param name="migrerLesAnciensCodes">Remplacer les anciens codes par celui de la commune nouvelle au lieu de les refuser.</param>
    /// <returns>La carte validée, ou toutes les erreurs, chacune avec sa ligne (voir
    /// <see cref="Lire(TextReader, string, ReferentielCommunes?, bool)"/>) ; un séparateur nommé qui ne découpe pas
    /// l'en-tête donne <c>secteur.csv.separateur</c> à la ligne 1.</returns>
    /// <exception cref="ArgumentNullException">Le lecteur, le format ou le département est nul.</exception>
    public static Resultat<CarteDesSecteurs> Lire(TextReader lecteur, FormatCsv format, string departement, ReferentielCommunes? referentiel = null, bool migrerLesAnciensCodes = false)
    {
        Preconditions.CheckNotNull(lecteur);
        Preconditions.CheckNotNull(format);
        Preconditions.CheckNotNull(departement);
        referentiel ??= ReferentielCommunes.Cog2026;
        var erreurs = new List<Erreur>();
        var declarations = new List<DeclarationSecteur>();
        var parNom = new Dictionary<string, DeclarationSecteur>(StringComparer.Ordinal);
        var affectations = new List<AffectationCommune>();
        using (var fichier = LecteurCsv.Ouvrir(lecteur, format, [.. ColonnesObligatoires, .. ColonnesFacultatives], "secteur", erreurs, LectureCsv.FichierVide("secteur"), ColonnesFacultatives[0]))
        {
            var o = LectureCsv.LireEntete(fichier?.Csv, ColonnesObligatoires, ColonnesFacultatives, "secteur", erreurs, fichier?.LigneEntete ?? 1);
            if (fichier is null || o is null)
            {
                return Resultat<CarteDesSecteurs>.Echec(erreurs);
            }

            var csv = fichier.Csv;
            var colonnes = o[2] >= 0 ? 3 : 2;
            while (fichier.Lire())
            {
                var ligne = fichier.Ligne;
                if (LectureCsv.LigneVide(csv))
                {
                    erreurs.Add(LectureCsv.LigneSansValeur("secteur", ligne));
                    continue;
                }

                if (csv.RowFieldCount != colonnes)
                {
                    erreurs.Add(new Erreur(
                        "secteur.ligne.format",
                        "ligne",
                        null,
                        string.Create(CultureInfo.InvariantCulture, $"La ligne a {csv.RowFieldCount} champ(s) au lieu de {colonnes} ({(colonnes == 3 ? "code_insee,secteur,referent" : "code_insee,secteur")}, séparateur lu : {FormatCsv.Nom(fichier.Separateur)}) ; un champ qui contient le séparateur s'écrit entre guillemets."),
                        ligne));
                    continue;
                }

                var avant = erreurs.Count;
                var code = CodeCommune.Create(LectureCsv.Champ(csv, o[0]), "code_insee");
                if (!code.Reussi)
                {
                    erreurs.AddRange(code.Erreurs.Select(e => e.ALigne(ligne)));
                }

                // L'export préfixe d'une apostrophe un champ qui commencerait par un caractère de formule : elle est ôtée.
                var nom = LireNomSecteur(EcritureCsv.Restaurer(LectureCsv.Champ(csv, o[1])), ligne, erreurs);
                var referents = new List<TravailleurSocial>();
                foreach (var texte in EcritureCsv.Restaurer(LectureCsv.Champ(csv, o[2])).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var t = TravailleurSocial.Create(texte, "referent");
                    if (t.TryGetValue(out var ts))
                    {
                        referents.Add(ts);
                    }
                    else
                    {
                        erreurs.AddRange(t.Erreurs.Select(e => e.ALigne(ligne)));
                    }
                }

                if (nom is null || erreurs.Count != avant)
                {
                    continue;
                }

                if (!parNom.TryGetValue(nom, out var declaration))
                {
                    declaration = new DeclarationSecteur(nom, [], ligne);
                    parNom.Add(nom, declaration);
                    declarations.Add(declaration);
                }

                foreach (var ts in referents.Where(r => !declaration.TravailleursSociaux.Contains(r)))
                {
                    declaration.TravailleursSociaux.Add(ts);
                }

                affectations.Add(new AffectationCommune(ligne, code.Valeur, nom));
            }
        }

        var carte = Valider(referentiel, departement, declarations, affectations, migrerLesAnciensCodes, erreurs);
        return carte.Reussi ? carte : Resultat<CarteDesSecteurs>.Echec(LecteurCsv.Borner(carte.Erreurs, "secteur"));
    }

    /// <summary>Exporte la carte au format d'import : <c>code_insee,secteur,referent</c>, une ligne par commune, secteur par secteur.</summary>
    /// <param name="sortie">L'écrivain (fins de ligne LF, champs entre guillemets seulement si nécessaire).</param>
    /// <remarks>Un nom de secteur qui commence par un caractère de formule (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
    /// tabulation, retour chariot) est exporté précédé d'une apostrophe, pour qu'un tableur ne l'exécute pas (injection
    /// CSV) ; l'import ôte cette apostrophe : réimporter l'export donne toujours une carte égale
    /// (<see cref="Equals(CarteDesSecteurs?)"/>).</remarks>
    public void Ecrire(TextWriter sortie) => Ecrire(sortie, FormatCsv.Rfc4180);

    /// <summary>
    /// Exporte la carte au format d'import, au séparateur du format (la virgule s'il est détecté) :
    /// <c>code_insee;secteur;referent</c> pour <see cref="FormatCsv.ExcelFrancais"/>, les référents d'un secteur (séparés
    /// par <c>;</c>) étant alors entre guillemets.
    /// </summary>
    /// <param name="sortie">L'écrivain (fins de ligne LF, champs entre guillemets seulement si nécessaire ; l'encodage
    /// est celui de l'écrivain).</param>
    /// <param name="format">Le format ; seul son séparateur sert.</param>
    /// <remarks>Formules neutralisées comme par <see cref="Ecrire(TextWriter)"/> ; réimporter l'export dans le même
    /// format donne une carte égale.</remarks>
    public void Ecrire(TextWriter sortie, FormatCsv format)
    {
        Preconditions.CheckNotNull(sortie);
        Preconditions.CheckNotNull(format);
        var separateur = format.SeparateurEcrit;
        sortie.Write(string.Join(separateur, "code_insee", "secteur", "referent"));
        sortie.Write('\n');
        foreach (var secteur in _secteurs)
        {
            var referents = string.Join(';', secteur.TravailleursSociaux);
            foreach (var commune in secteur.Communes)
            {
                sortie.Write(commune.Code.ToString());
                sortie.Write(separateur);
                EcritureCsv.EcrireChamp(sortie, secteur.Nom, separateur);
                sortie.Write(separateur);
                EcritureCsv.EcrireChamp(sortie, referents, separateur);
                sortie.Write('\n');
            }
        }
    }

    /// <summary>Exporte la carte en texte CSV (voir <see cref="Ecrire(TextWriter)"/>).</summary>
    /// <returns>Le texte CSV.</returns>
    public string Ecrire() => Ecrire(FormatCsv.Rfc4180);

    /// <summary>Exporte la carte en texte CSV au séparateur du format (voir <see cref="Ecrire(TextWriter, FormatCsv)"/>).</summary>
    /// <param name="format">Le format ; seul son séparateur sert.</param>
    /// <returns>Le texte CSV.</returns>
    public string Ecrire(FormatCsv format)
    {
        using var sortie = new StringWriter(CultureInfo.InvariantCulture);
        Ecrire(sortie, format);
        return sortie.ToString();
    }

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<CarteDesSecteurs> Importer(Stream flux, string departement, ReferentielCommunes? referentiel = null, bool migrerLesAnciensCodes = false, Encoding? encodage = null) =>
        Lire(flux, departement, referentiel, migrerLesAnciensCodes, encodage);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<CarteDesSecteurs> Importer(Stream flux, FormatCsv format, string departement, ReferentielCommunes? referentiel = null, bool migrerLesAnciensCodes = false) =>
        Lire(flux, format, departement, referentiel, migrerLesAnciensCodes);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<CarteDesSecteurs> Importer(TextReader lecteur, string departement, ReferentielCommunes? referentiel = null, bool migrerLesAnciensCodes = false) =>
        Lire(lecteur, departement, referentiel, migrerLesAnciensCodes);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<CarteDesSecteurs> Importer(TextReader lecteur, FormatCsv format, string departement, ReferentielCommunes? referentiel = null, bool migrerLesAnciensCodes = false) =>
        Lire(lecteur, format, departement, referentiel, migrerLesAnciensCodes);

    /// <summary>Ancien nom de <c>Ecrire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Ecrire ; ce nom sera retiré en 0.3.0.")]
    public void Exporter(TextWriter sortie) =>
        Ecrire(sortie);

    /// <summary>Ancien nom de <c>Ecrire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Ecrire ; ce nom sera retiré en 0.3.0.")]
    public void Exporter(TextWriter sortie, FormatCsv format) =>
        Ecrire(sortie, format);

    /// <summary>Ancien nom de <c>Ecrire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Ecrire ; ce nom sera retiré en 0.3.0.")]
    public string Exporter() =>
        Ecrire();

    /// <summary>Ancien nom de <c>Ecrire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Ecrire ; ce nom sera retiré en 0.3.0.")]
    public string Exporter(FormatCsv format) =>
        Ecrire(format);
}
