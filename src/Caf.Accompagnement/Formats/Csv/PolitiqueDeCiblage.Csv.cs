using System.Globalization;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Cibles;

/// <summary>Lecture et écriture d'une politique de ciblage au format CSV <c>cible,parametre,valeur</c>.</summary>
public sealed partial class PolitiqueDeCiblage
{
    private const string EnTete = "cible,parametre,valeur";

    /// <summary>Charge une politique depuis un flux d'octets (voir <see cref="Lire(string, TextReader, CatalogueDeCibles?)"/>).</summary>
    /// <param name="nom">Le nom de la politique.</param>
    /// <param name="flux">Le flux (laissé ouvert).</param>
    /// <param name="catalogue">Le catalogue des cibles locales ; par défaut, les seules cibles de la bibliothèque.</param>
    /// <param name="encodage">L'encodage du flux (par exemple <c>Encoding.Latin1</c>, ou Windows-1252 par
    /// <c>CodePagesEncodingProvider</c>) ; <see langword="null"/> pour UTF-8, un BOM UTF-16 ou UTF-32 étant alors suivi.
    /// Des octets invalides pour l'encodage refusent leur ligne (<c>ciblage.csv.encodage</c>), comme par un <see cref="TextReader"/>.</param>
    /// <returns>La politique, ou toutes les erreurs, chacune à sa ligne.</returns>
    public static Resultat<PolitiqueDeCiblage> Lire(string nom, Stream flux, CatalogueDeCibles? catalogue = null, System.Text.Encoding? encodage = null) =>
        Lire(nom, flux, FormatCsv.Detecte with { Encodage = encodage }, catalogue);

    /// <summary>Charge une politique depuis un flux d'octets dans le format donné (séparateur, encodage).</summary>
    /// <param name="nom">Le nom de la politique.</param>
    /// <param name="flux">Le flux (laissé ouvert).</param>
    /// <param name="format">Le séparateur (nommé ou détecté) et l'encodage du flux (<see cref="FormatCsv.ExcelFrancais"/>,
    /// <see cref="FormatCsv.Detecte"/>…). Un BOM en tête du flux l'emporte sur l'encodage nommé.</param>
    /// <param name="catalogue">Le catalogue des cibles locales ; par défaut, les seules cibles de la bibliothèque.</param>
    /// <returns>La politique, ou toutes les erreurs, chacune à sa ligne (voir <see cref="Lire(string, TextReader, FormatCsv, CatalogueDeCibles?)"/>).</returns>
    public static Resultat<PolitiqueDeCiblage> Lire(string nom, Stream flux, FormatCsv format, CatalogueDeCibles? catalogue = null)
    {
        Preconditions.CheckNotNull(format);
        using var lecteur = LecteurCsv.LecteurDeFlux(flux, format.Encodage);
        return Lire(nom, lecteur, format, catalogue);
    }

    /// <summary>
    /// Lit une politique de ciblage depuis un CSV d'en-tête <c>cible,parametre,valeur</c> : une ligne par paramètre, ou
    /// une ligne au paramètre vide pour activer une cible avec ses valeurs par défaut. L'ordre des cibles est celui de
    /// leur première ligne.
    /// </summary>
    /// <param name="nom">Nom de la politique.</param>
    /// <param name="lecteur">Le texte CSV.</param>
    /// <param name="catalogue">Les cibles locales que la politique peut activer par leur code (sans paramètre).</param>
    /// <returns>La politique, ou toutes les erreurs, chacune avec sa ligne (l'en-tête est la ligne 1) : <c>ciblage.entete</c>,
    /// <c>ciblage.ligne.colonnes</c>, <c>ciblage.cible.inconnue</c>, <c>ciblage.parametre.inconnu</c>,
    /// <c>ciblage.parametre.valeur</c>, <c>ciblage.parametre.doublon</c>, <c>ciblage.parametres.incoherents</c>,
    /// <c>ciblage.csv.format</c> (CSV mal formé, à la ligne physique du champ fautif ; la lecture s'arrête là).</returns>
    /// <remarks>
    /// <para>Paramètres : <c>RSA_MONOPARENT</c> : <c>age_limite_enfant</c> (défaut 3) ; <c>PARENTS_SEULS</c> :
    /// <c>age_minimum</c> (18), <c>age_maximum</c> (34), <c>multiplicateur_smic</c> (1,5) ; <c>EVENEMENT_*</c> :
    /// <c>delai_jours</c> (voir <see cref="ParametresEvenementDeVie.Defaut"/>) ; <c>FAMILLE_PRIORITAIRE</c> :
    /// <c>inclure_monoparentales</c> (oui/non, défaut oui), <c>age_adulte_uc</c> (14). Nombres décimaux avec virgule
    /// ou point. Une cible locale n'a pas de paramètre.</para>
    /// </remarks>
    /// <example>
    /// <code>
    /// cible,parametre,valeur
    /// RSA_MONOPARENT,age_limite_enfant,6
    /// PARENTS_SEULS,,
    /// EVENEMENT_SEPARATION,delai_jours,120
    /// </code>
    /// </example>
    public static Resultat<PolitiqueDeCiblage> Lire(string nom, TextReader lecteur, CatalogueDeCibles? catalogue = null) =>
        Lire(nom, lecteur, FormatCsv.Detecte, catalogue);

    /// <summary>
    /// Lit une politique de ciblage depuis un CSV au séparateur du format (<c>cible;parametre;valeur</c> avec le
    /// point-virgule, éventuellement après une ligne <c>sep=;</c>) ; mêmes règles que
    /// <see cref="Lire(string, TextReader, CatalogueDeCibles?)"/>, nombres décimaux à virgule ou point décimal.
    /// </summary>
    /// <param name="nom">Nom de la politique.</param>
    /// <param name="lecteur">Le texte CSV.</param>
    /// <param name="format">Le séparateur, nommé ou détecté (l'encodage ne sert qu'à un flux d'octets).</param>
    /// <param name="catalogue">Les cibles locales que la politique peut activer par leur code (sans paramètre).</param>
    /// <returns>La politique, ou toutes les erreurs, chacune avec sa ligne ; un séparateur nommé qui ne découpe pas
    /// l'en-tête donne <c>ciblage.csv.separateur</c> à la ligne 1.</returns>
    public static Resultat<PolitiqueDeCiblage> Lire(string nom, TextReader lecteur, FormatCsv format, CatalogueDeCibles? catalogue = null)
    {
        Preconditions.CheckNotNull(lecteur);
        Preconditions.CheckNotNull(format);
        var erreurs = new List<Erreur>();
        var ordre = new List<string>();
        var lignes = new Dictionary<string, int>(StringComparer.Ordinal);
        var valeurs = new Dictionary<(string Cible, string Parametre), (string Valeur, int Ligne)>();
        var vide = new Erreur("ciblage.entete", "entete", null, $"Le fichier est vide : en-tête attendu : {EnTete}.", 1);
        string[] attendues = ["cible", "parametre", "valeur"];
        using (var fichier = LecteurCsv.Ouvrir(lecteur, format, attendues, "ciblage", erreurs, vide))
        {
            if (fichier is null)
            {
                return Resultat<PolitiqueDeCiblage>.Echec(erreurs);
            }

            var csv = fichier.Csv;
            for (var i = 0; i < attendues.Length; i++)
            {
                if (csv.FieldCount <= i || csv.GetName(i).Trim() != attendues[i])
                {
                    return Resultat<PolitiqueDeCiblage>.Echec(new Erreur("ciblage.entete", "entete", string.Join(fichier.Separateur, Enumerable.Range(0, csv.FieldCount).Select(csv.GetName)), $"En-tête attendu : {string.Join(fichier.Separateur, attendues)}.", fichier.LigneEntete));
                }
            }

            while (fichier.Lire())
            {
                var ligne = fichier.Ligne;
                if (csv.RowFieldCount == 1 && string.IsNullOrWhiteSpace(csv.GetString(0)))
                {
                    continue;
                }

                if (Territoires.LectureCsv.LigneVide(csv))
                {
                    erreurs.Add(Territoires.LectureCsv.LigneSansValeur("ciblage", ligne));
                    continue;
                }

                if (csv.RowFieldCount != 3)
                {
                    erreurs.Add(new Erreur("ciblage.ligne.colonnes", "ligne", null, $"3 colonnes attendues, {csv.RowFieldCount} reçues (séparateur lu : {FormatCsv.Nom(fichier.Separateur)} ; une valeur à virgule décimale s'écrit entre guillemets avec la virgule comme séparateur).", ligne));
                    continue;
                }

                // L'export préfixe d'une apostrophe un champ qui commencerait par un caractère de formule : elle est ôtée.
                var code = EcritureCsv.Restaurer(csv.GetString(0).Trim());
                var parametre = EcritureCsv.Restaurer(csv.GetString(1).Trim());
                var valeur = EcritureCsv.Restaurer(csv.GetString(2).Trim());
                if (!EstConnue(code, catalogue))
                {
                    erreurs.Add(new Erreur("ciblage.cible.inconnue", "cible", code, "Cible inconnue : ni cible de la bibliothèque, ni cible locale du catalogue.", ligne));
                    continue;
                }

                if (!lignes.ContainsKey(code))
                {
                    lignes[code] = ligne;
                    ordre.Add(code);
                }

                if (parametre.Length == 0)
                {
                    continue;
                }

                if (!ParametresAdmis(code).Contains(parametre))
                {
                    erreurs.Add(new Erreur("ciblage.parametre.inconnu", "parametre", parametre, $"Paramètre inconnu pour {code} ; admis : {(ParametresAdmis(code).Length == 0 ? "aucun" : string.Join(", ", ParametresAdmis(code)))}.", ligne));
                }
                else if (valeurs.TryGetValue((code, parametre), out var deja))
                {
                    erreurs.Add(new Erreur("ciblage.parametre.doublon", "parametre", parametre, $"Paramètre déjà donné ligne {deja.Ligne}.", ligne));
                }
                else
                {
                    valeurs[(code, parametre)] = (valeur, ligne);
                }
            }
        }

        var cibles = new List<ICible>();
        foreach (var code in ordre)
        {
            var cible = Construire(code, catalogue, valeurs, lignes[code], erreurs);
            if (cible is not null)
            {
                cibles.Add(cible);
            }
        }

        if (erreurs.Count > 0)
        {
            return Resultat<PolitiqueDeCiblage>.Echec(LecteurCsv.Borner(erreurs, "ciblage"));
        }

        return Create(nom, cibles);
    }

    /// <summary>Écrit la politique au format lu par <see cref="Lire(string, TextReader, CatalogueDeCibles?)"/> (toutes les valeurs de paramètres explicites) ;
    /// un code de cible locale qui commence par un caractère de formule est précédé d'une apostrophe (injection CSV).</summary>
    /// <param name="ecrivain">La destination.</param>
    public void Ecrire(TextWriter ecrivain) => Ecrire(ecrivain, FormatCsv.Rfc4180);

    /// <summary>
    /// Écrit la politique au séparateur du format (la virgule s'il est détecté), lisible par
    /// <see cref="Lire(string, TextReader, FormatCsv, CatalogueDeCibles?)"/> : avec le point-virgule, les nombres
    /// décimaux ont la virgule décimale (<c>multiplicateur_smic;1,5</c>), comme les attend un tableur en français.
    /// </summary>
    /// <param name="ecrivain">La destination (son encodage et sa fin de ligne).</param>
    /// <param name="format">Le format ; seul son séparateur sert.</param>
    public void Ecrire(TextWriter ecrivain, FormatCsv format)
    {
        Preconditions.CheckNotNull(ecrivain);
        Preconditions.CheckNotNull(format);
        var separateur = format.SeparateurEcrit;
        ecrivain.WriteLine(EnTete.Replace(',', separateur));
        foreach (var c in Cibles)
        {
            var lignes = c switch
            {
                CibleRsaMonoparent r => [("age_limite_enfant", Entier(r.Parametres.AgeLimiteEnfant))],
                CibleParentsSeuls p => [("age_minimum", Entier(p.Parametres.AgeMinimum)), ("age_maximum", Entier(p.Parametres.AgeMaximum)), ("multiplicateur_smic", format.Ecrire(p.Parametres.MultiplicateurSmic))],
                CibleEvenementDeVie e => [("delai_jours", Entier(e.Parametres.DelaiEnJours))],
                CibleFamillePrioritaire f => [("inclure_monoparentales", f.Parametres.InclureMonoparentales ? "oui" : "non"), ("age_adulte_uc", Entier(f.Parametres.AgeAdulteUniteDeConsommation))],
                _ => new (string, string)[] { (string.Empty, string.Empty) },
            };
            foreach (var (parametre, valeur) in lignes)
            {
                EcritureCsv.EcrireChamp(ecrivain, c.Code, separateur);
                ecrivain.Write(separateur);
                EcritureCsv.EcrireChamp(ecrivain, parametre, separateur);
                ecrivain.Write(separateur);
                EcritureCsv.EcrireChamp(ecrivain, valeur, separateur);
                ecrivain.WriteLine();
            }
        }
    }

    private static string Entier(int valeur) => valeur.ToString(CultureInfo.InvariantCulture);

    private static bool EstConnue(string code, CatalogueDeCibles? catalogue) =>
        code is CibleRsaMonoparent.CodeCible or CibleParentsSeuls.CodeCible or CibleFamillePrioritaire.CodeCible
        || Evenement(code) is not null
        || (catalogue is not null && catalogue.TryGetValue(code, out _));

    private static TypeEvenement? Evenement(string code) =>
        TypeEvenement.Toutes.FirstOrDefault(t => CibleEvenementDeVie.CodePour(t) == code);

    private static string[] ParametresAdmis(string code) => code switch
    {
        CibleRsaMonoparent.CodeCible => ["age_limite_enfant"],
        CibleParentsSeuls.CodeCible => ["age_minimum", "age_maximum", "multiplicateur_smic"],
        CibleFamillePrioritaire.CodeCible => ["inclure_monoparentales", "age_adulte_uc"],
        _ when Evenement(code) is not null => ["delai_jours"],
        _ => [],
    };

    private static ICible? Construire(
        string code,
        CatalogueDeCibles? catalogue,
        Dictionary<(string Cible, string Parametre), (string Valeur, int Ligne)> valeurs,
        int ligne,
        List<Erreur> erreurs)
    {
        int LireEntier(string parametre, int defaut, int min, int max)
        {
            if (!valeurs.TryGetValue((code, parametre), out var v))
            {
                return defaut;
            }

            if (int.TryParse(v.Valeur, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            {
                return n;
            }

            erreurs.Add(new Erreur("ciblage.parametre.valeur", parametre, v.Valeur, $"Entier de {min} à {max} attendu.", v.Ligne));
            return defaut;
        }

        decimal LireDecimal(string parametre, decimal defaut)
        {
            if (!valeurs.TryGetValue((code, parametre), out var v))
            {
                return defaut;
            }

            if (Baremes.ValeursDeBareme.TryLireDecimal(v.Valeur, out var d) && d > 0m && d <= 100m)
            {
                return d;
            }

            erreurs.Add(new Erreur("ciblage.parametre.valeur", parametre, v.Valeur, "Nombre décimal positif attendu (au plus 100).", v.Ligne));
            return defaut;
        }

        bool LireBooleen(string parametre, bool defaut)
        {
            if (!valeurs.TryGetValue((code, parametre), out var v))
            {
                return defaut;
            }

            switch (v.Valeur.ToLowerInvariant())
            {
                case "oui":
                    return true;
                case "non":
                    return false;
                default:
                    erreurs.Add(new Erreur("ciblage.parametre.valeur", parametre, v.Valeur, "« oui » ou « non » attendu.", v.Ligne));
                    return defaut;
            }
        }

        switch (code)
        {
            case CibleRsaMonoparent.CodeCible:
                return new CibleRsaMonoparent(new ParametresRsaMonoparent(LireEntier("age_limite_enfant", ParametresRsaMonoparent.National.AgeLimiteEnfant, 1, 25)));
            case CibleParentsSeuls.CodeCible:
                var d = ParametresParentsSeuls.Defaut;
                var p = new ParametresParentsSeuls(LireEntier("age_minimum", d.AgeMinimum, 0, 149), LireEntier("age_maximum", d.AgeMaximum, 0, 149), LireDecimal("multiplicateur_smic", d.MultiplicateurSmic));
                if (p.AgeMinimum > p.AgeMaximum)
                {
                    erreurs.Add(new Erreur("ciblage.parametres.incoherents", "age_minimum", Entier(p.AgeMinimum), $"L'âge minimum dépasse l'âge maximum ({p.AgeMaximum}).", ligne));
                    return null;
                }

                return new CibleParentsSeuls(p);
            case CibleFamillePrioritaire.CodeCible:
                var f = ParametresFamillePrioritaire.Defaut;
                return new CibleFamillePrioritaire(new ParametresFamillePrioritaire(LireBooleen("inclure_monoparentales", f.InclureMonoparentales), LireEntier("age_adulte_uc", f.AgeAdulteUniteDeConsommation, 1, 25)));
        }

        if (Evenement(code) is { } type)
        {
            return new CibleEvenementDeVie(new ParametresEvenementDeVie(type, LireEntier("delai_jours", ParametresEvenementDeVie.Defaut(type).DelaiEnJours, 0, 3660)));
        }

        return catalogue is not null && catalogue.TryGetValue(code, out var locale) ? locale : null;
    }

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<PolitiqueDeCiblage> Charger(string nom, Stream flux, CatalogueDeCibles? catalogue = null, System.Text.Encoding? encodage = null) =>
        Lire(nom, flux, catalogue, encodage);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<PolitiqueDeCiblage> Charger(string nom, Stream flux, FormatCsv format, CatalogueDeCibles? catalogue = null) =>
        Lire(nom, flux, format, catalogue);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<PolitiqueDeCiblage> Charger(string nom, TextReader lecteur, CatalogueDeCibles? catalogue = null) =>
        Lire(nom, lecteur, catalogue);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<PolitiqueDeCiblage> Charger(string nom, TextReader lecteur, FormatCsv format, CatalogueDeCibles? catalogue = null) =>
        Lire(nom, lecteur, format, catalogue);
}
