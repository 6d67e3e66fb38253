using System.Collections.Immutable;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Baremes;

/// <summary>
/// Un paramètre daté (barème) : des valeurs successives, chacune en vigueur de sa date de début jusqu'à la veille de
/// la suivante, avec sa référence juridique ; éventuellement arrêté à une date de fin.
/// </summary>
/// <typeparam name="T">Le type des valeurs (<see cref="Montant"/>, <see cref="decimal"/>…).</typeparam>
/// <remarks>
/// <para>Invariants : au moins une valeur ; dates de début strictement croissantes (deux valeurs à la même date sont
/// refusées) ; la fin, si elle existe, est postérieure à la dernière date de début.</para>
/// <para>Une date antérieure à la première valeur, ou postérieure ou égale à la fin, est refusée avec une erreur
/// explicite : le barème ne devine jamais. La recherche est en O(log n).</para>
/// <para>Sur le modèle des paramètres d'OpenFisca-France. Un organisme peut fournir son propre barème ou un barème
/// plus récent (<see cref="Lire(string, TextReader, Func{string, Resultat{T}}, LocalDate?)"/>, <see cref="AvecValeur"/>) sans nouvelle version de la bibliothèque.</para>
/// </remarks>
public sealed class Bareme<T>
    where T : notnull
{
    private readonly LocalDate[] _debuts;

    private Bareme(string nom, ImmutableArray<ValeurDatee<T>> valeurs, LocalDate? fin)
    {
        Nom = nom;
        Valeurs = valeurs;
        Fin = fin;
        _debuts = [.. valeurs.Select(v => v.Debut)];
    }

    /// <summary>Nom du paramètre (« SMIC mensuel brut »).</summary>
    public string Nom { get; }

    /// <summary>Les valeurs, par date de début croissante.</summary>
    public ImmutableArray<ValeurDatee<T>> Valeurs { get; }

    /// <summary>Première date qui n'est plus couverte, ou <see langword="null"/> si le barème reste en vigueur.</summary>
    public LocalDate? Fin { get; }

    /// <summary>Première date couverte.</summary>
    public LocalDate Debut => Valeurs[0].Debut;

    /// <summary>Crée un barème à partir de valeurs datées.</summary>
    /// <param name="nom">Nom du paramètre.</param>
    /// <param name="valeurs">Les valeurs, dans n'importe quel ordre.</param>
    /// <param name="fin">Première date non couverte, facultative.</param>
    /// <returns>Le barème, ou les erreurs <c>bareme.vide</c>, <c>bareme.date.doublon</c>, <c>bareme.reference.vide</c>,
    /// <c>bareme.fin</c>.</returns>
    public static Resultat<Bareme<T>> Create(string nom, IEnumerable<ValeurDatee<T>> valeurs, LocalDate? fin = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(nom), nameof(nom), "Le nom du barème est obligatoire.");
        var triees = Preconditions.CheckNotNull(valeurs).OrderBy(v => v.Debut).ToImmutableArray();
        var erreurs = new List<Erreur>();
        if (triees.IsEmpty)
        {
            erreurs.Add(new Erreur("bareme.vide", "valeurs", null, $"Le barème « {nom} » n'a aucune valeur."));
        }

        for (var i = 0; i < triees.Length; i++)
        {
            if (i > 0 && triees[i].Debut == triees[i - 1].Debut)
            {
                erreurs.Add(new Erreur("bareme.date.doublon", "debut", Dates.FormaterIso(triees[i].Debut), $"Deux valeurs du barème « {nom} » commencent à la même date."));
            }

            if (string.IsNullOrWhiteSpace(triees[i].Reference))
            {
                erreurs.Add(new Erreur("bareme.reference.vide", "reference", Dates.FormaterIso(triees[i].Debut), $"La valeur du barème « {nom} » n'a pas de référence juridique."));
            }
        }

        if (fin is { } f && !triees.IsEmpty && f <= triees[^1].Debut)
        {
            erreurs.Add(new Erreur("bareme.fin", "fin", Dates.FormaterIso(f), "La fin du barème doit suivre sa dernière date de début."));
        }

        return erreurs.Count > 0 ? Resultat<Bareme<T>>.Echec(erreurs) : new Bareme<T>(nom, triees, fin);
    }

    /// <summary>Crée un barème à partir de valeurs connues valides (erreur de programmation sinon).</summary>
    /// <param name="nom">Nom du paramètre.</param>
    /// <param name="valeurs">Les valeurs.</param>
    /// <returns>Le barème.</returns>
    /// <exception cref="ArgumentException">Les valeurs ne forment pas un barème valide.</exception>
    public static Bareme<T> FromValeurs(string nom, params ValeurDatee<T>[] valeurs)
    {
        var r = Create(nom, valeurs);
        return r.TryGetValue(out var b) ? b : throw new ArgumentException(r.ToString(), nameof(valeurs));
    }

    /// <summary>Charge un barème depuis un flux d'octets, au séparateur détecté (voir <see cref="Lire(string, Stream, FormatCsv, Func{string, Resultat{T}}, LocalDate?)"/>).</summary>
    /// <param name="nom">Nom du paramètre.</param>
    /// <param name="flux">Le flux (laissé ouvert).</param>
    /// <param name="lireValeur">Lecture d'une valeur (par exemple <c>t => Montant.Create(t, "valeur")</c>).</param>
    /// <param name="fin">Première date non couverte, facultative.</param>
    /// <param name="encodage">L'encodage du flux (par exemple <see cref="FormatCsv.Windows1252"/>) ; <see langword="null"/>
    /// pour UTF-8, un BOM UTF-16 ou UTF-32 étant alors suivi. Des octets invalides pour l'encodage refusent leur ligne
    /// (<c>bareme.csv.encodage</c>), comme par un <see cref="TextReader"/>.</param>
    /// <returns>Le barème, ou toutes les erreurs, chacune avec sa ligne physique.</returns>
    public static Resultat<Bareme<T>> Lire(string nom, Stream flux, Func<string, Resultat<T>> lireValeur, LocalDate? fin = null, System.Text.Encoding? encodage = null) =>
        Lire(nom, flux, FormatCsv.Detecte with { Encodage = encodage }, lireValeur, fin);

    /// <summary>Charge un barème depuis un flux d'octets dans le format donné (séparateur, encodage).</summary>
    /// <param name="nom">Nom du paramètre.</param>
    /// <param name="flux">Le flux (laissé ouvert).</param>
    /// <param name="format">Le séparateur (nommé ou détecté) et l'encodage du flux (<see cref="FormatCsv.ExcelFrancais"/>,
    /// <see cref="FormatCsv.Detecte"/>…). Un BOM en tête du flux l'emporte sur l'encodage nommé.</param>
    /// <param name="lireValeur">Lecture d'une valeur (par exemple <c>t => Montant.Create(t, "valeur")</c>, ou
    /// <see cref="ValeursDeBareme.LireDecimal"/>, qui lisent la virgule décimale comme le point).</param>
    /// <param name="fin">Première date non couverte, facultative.</param>
    /// <returns>Le barème, ou toutes les erreurs, chacune avec sa ligne physique (voir
    /// <see cref="Lire(string, TextReader, FormatCsv, Func{string, Resultat{T}}, LocalDate?)"/>).</returns>
    public static Resultat<Bareme<T>> Lire(string nom, Stream flux, FormatCsv format, Func<string, Resultat<T>> lireValeur, LocalDate? fin = null)
    {
        Preconditions.CheckNotNull(format);
        using var lecteur = LecteurCsv.LecteurDeFlux(flux, format.Encodage);
        return Lire(nom, lecteur, format, lireValeur, fin);
    }

    /// <summary>
    /// Charge un barème depuis un CSV à en-tête <c>debut,valeur,reference</c> (dates ISO <c>aaaa-mm-jj</c>), une ligne
    /// par valeur, dans n'importe quel ordre, au séparateur détecté.
    /// </summary>
    /// <param name="nom">Nom du paramètre.</param>
    /// <param name="lecteur">Le texte CSV.</param>
    /// <param name="lireValeur">Lecture d'une valeur (par exemple <c>t => Montant.Create(t, "valeur")</c>).</param>
    /// <param name="fin">Première date non couverte, facultative.</param>
    /// <returns>Le barème, ou toutes les erreurs, chacune avec sa ligne physique (la ligne d'en-tête est la ligne 1) ;
    /// un CSV mal formé donne <c>bareme.csv.format</c> à la ligne du champ fautif et arrête la lecture.</returns>
    public static Resultat<Bareme<T>> Lire(string nom, TextReader lecteur, Func<string, Resultat<T>> lireValeur, LocalDate? fin = null) =>
        Lire(nom, lecteur, FormatCsv.Detecte, lireValeur, fin);

    /// <summary>
    /// Charge un barème depuis un CSV à en-tête <c>debut,valeur,reference</c> (dates ISO <c>aaaa-mm-jj</c>), une ligne
    /// par valeur, dans n'importe quel ordre, au séparateur du format (<c>debut;valeur;reference</c> pour le point-virgule,
    /// éventuellement après une ligne <c>sep=;</c>).
    /// </summary>
    /// <param name="nom">Nom du paramètre.</param>
    /// <param name="lecteur">Le texte CSV.</param>
    /// <param name="format">Le séparateur, nommé ou détecté (l'encodage ne sert qu'à un flux d'octets).</param>
    /// <param name="lireValeur">Lecture d'une valeur, qui reçoit le champ sans espaces autour (par exemple
    /// <c>t => Montant.Create(t, "valeur")</c>, ou <see cref="ValeursDeBareme.LireDecimal"/>, qui lisent la virgule
    /// décimale comme le point).</param>
    /// <param name="fin">Première date non couverte, facultative.</param>
    /// <returns>Le barème, ou toutes les erreurs, chacune avec sa ligne physique (la ligne d'en-tête est la ligne 1, ou 2
    /// après <c>sep=;</c>) ; un séparateur nommé qui ne découpe pas l'en-tête donne <c>bareme.csv.separateur</c>, un CSV
    /// mal formé <c>bareme.csv.format</c> à la ligne du champ fautif (la lecture s'arrête là).</returns>
    public static Resultat<Bareme<T>> Lire(string nom, TextReader lecteur, FormatCsv format, Func<string, Resultat<T>> lireValeur, LocalDate? fin = null)
    {
        Preconditions.CheckNotNull(lireValeur);
        Preconditions.CheckNotNull(format);
        var erreurs = new List<Erreur>();
        var valeurs = new List<ValeurDatee<T>>();
        var lignesParDate = new Dictionary<LocalDate, int>();
        var vide = new Erreur("bareme.entete", "entete", null, "Fichier vide : en-tête attendu debut,valeur,reference.", 1);
        string[] attendues = ["debut", "valeur", "reference"];
        using (var fichier = LecteurCsv.Ouvrir(lecteur, format, attendues, "bareme", erreurs, vide))
        {
            if (fichier is null)
            {
                return Resultat<Bareme<T>>.Echec(erreurs);
            }

            var csv = fichier.Csv;
            for (var i = 0; i < attendues.Length; i++)
            {
                if (csv.FieldCount <= i || csv.GetName(i).Trim() != attendues[i])
                {
                    return Resultat<Bareme<T>>.Echec(new Erreur("bareme.entete", "entete", string.Join(fichier.Separateur, Enumerable.Range(0, csv.FieldCount).Select(csv.GetName)), $"En-tête attendu : {string.Join(fichier.Separateur, attendues)}.", fichier.LigneEntete));
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
                    erreurs.Add(Territoires.LectureCsv.LigneSansValeur("bareme", ligne));
                    continue;
                }

                if (csv.RowFieldCount != 3)
                {
                    erreurs.Add(new Erreur("bareme.ligne.colonnes", "ligne", null, $"3 colonnes attendues, {csv.RowFieldCount} reçues (séparateur lu : {FormatCsv.Nom(fichier.Separateur)} ; une valeur à virgule décimale s'écrit entre guillemets avec la virgule comme séparateur).", ligne));
                    continue;
                }

                var debut = Dates.Create(csv.GetString(0), "debut");
                var valeur = lireValeur(csv.GetString(1).Trim());
                var reference = csv.GetString(2).Trim();
                erreurs.AddRange(debut.Erreurs.Select(e => e.ALigne(ligne)));
                erreurs.AddRange(valeur.Erreurs.Select(e => e.PourChamp("valeur").ALigne(ligne)));
                if (reference.Length == 0)
                {
                    erreurs.Add(new Erreur("bareme.reference.vide", "reference", null, "Chaque valeur a une référence juridique.", ligne));
                }

                if (debut.TryGetValue(out var d) && valeur.TryGetValue(out var v) && reference.Length > 0)
                {
                    // Une table des dates déjà lues : chaque doublon se vérifie en temps constant.
                    if (lignesParDate.TryGetValue(d, out var premiere))
                    {
                        erreurs.Add(new Erreur("bareme.date.doublon", "debut", Dates.FormaterIso(d), $"Date déjà donnée ligne {premiere}.", ligne));
                    }
                    else
                    {
                        lignesParDate.Add(d, ligne);
                        valeurs.Add(new ValeurDatee<T>(d, v, reference));
                    }
                }
            }
        }

        if (erreurs.Count > 0)
        {
            return Resultat<Bareme<T>>.Echec(LecteurCsv.Borner(erreurs, "bareme"));
        }

        return Create(nom, valeurs, fin);
    }

    /// <summary>La valeur en vigueur à une date : celle dont le début ≤ date &lt; début suivant.</summary>
    /// <param name="date">La date.</param>
    /// <returns>La valeur datée, ou l'erreur <c>bareme.date.avant</c> / <c>bareme.date.apres</c>.</returns>
    public Resultat<ValeurDatee<T>> ValeurAu(LocalDate date)
    {
        if (TryGetValeurAu(date, out var valeur))
        {
            return valeur;
        }

        return date < Debut
            ? Resultat<ValeurDatee<T>>.Echec(new Erreur("bareme.date.avant", "date", Dates.FormaterIso(date), $"Le barème « {Nom} » commence le {Dates.Formater(Debut)} : aucune valeur avant."))
            : Resultat<ValeurDatee<T>>.Echec(new Erreur("bareme.date.apres", "date", Dates.FormaterIso(date), $"Le barème « {Nom} » n'est plus en vigueur à partir du {Dates.Formater(Fin!.Value)}."));
    }

    /// <summary>Essaie d'obtenir la valeur en vigueur à une date, en O(log n), sans allocation.</summary>
    /// <param name="date">La date.</param>
    /// <param name="valeur">La valeur datée.</param>
    /// <returns><see langword="true"/> si la date est couverte.</returns>
    public bool TryGetValeurAu(LocalDate date, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ValeurDatee<T> valeur)
    {
        valeur = null;
        if (date < _debuts[0] || (Fin is { } f && date >= f))
        {
            return false;
        }

        var i = Array.BinarySearch(_debuts, date);
        valeur = Valeurs[i >= 0 ? i : ~i - 1];
        return true;
    }

    /// <summary>La valeur en vigueur à une date, pour du code qui a déjà vérifié la couverture.</summary>
    /// <param name="date">La date.</param>
    /// <returns>La valeur.</returns>
    /// <exception cref="ArgumentOutOfRangeException">La date n'est pas couverte.</exception>
    public ValeurDatee<T> ValeurAuOuLever(LocalDate date) =>
        TryGetValeurAu(date, out var v) ? v : throw new ArgumentOutOfRangeException(nameof(date), ValeurAu(date).Erreurs[0].Message);

    /// <summary>Un nouveau barème avec une valeur de plus (revalorisation), par exemple un SMIC plus récent.</summary>
    /// <param name="valeur">La nouvelle valeur.</param>
    /// <returns>Le nouveau barème, ou l'erreur si la date existe déjà.</returns>
    public Resultat<Bareme<T>> AvecValeur(ValeurDatee<T> valeur) => Create(Nom, Valeurs.Add(Preconditions.CheckNotNull(valeur)), Fin);

    /// <summary>Nom et nombre de valeurs.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Nom} ({Valeurs.Length} valeurs depuis le {Dates.Formater(Debut)})";

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<Bareme<T>> Charger(string nom, Stream flux, Func<string, Resultat<T>> lireValeur, LocalDate? fin = null, System.Text.Encoding? encodage = null) =>
        Lire(nom, flux, lireValeur, fin, encodage);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<Bareme<T>> Charger(string nom, Stream flux, FormatCsv format, Func<string, Resultat<T>> lireValeur, LocalDate? fin = null) =>
        Lire(nom, flux, format, lireValeur, fin);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<Bareme<T>> Charger(string nom, TextReader lecteur, Func<string, Resultat<T>> lireValeur, LocalDate? fin = null) =>
        Lire(nom, lecteur, lireValeur, fin);

    /// <summary>Ancien nom de <c>Lire</c> (mêmes paramètres), gardé une version mineure.</summary>
    [Obsolete("Utiliser Lire ; ce nom sera retiré en 0.3.0.")]
    public static Resultat<Bareme<T>> Charger(string nom, TextReader lecteur, FormatCsv format, Func<string, Resultat<T>> lireValeur, LocalDate? fin = null) =>
        Lire(nom, lecteur, format, lireValeur, fin);
}
