using System.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Json;

/// <summary>
/// Valide un objet de transfert champ par champ en accumulant les erreurs, chacune située par son chemin JSON ; rien
/// n'est construit tant qu'une erreur subsiste.
/// </summary>
internal sealed class LecteurDeDocument
{
    internal List<Erreur> Erreurs { get; } = [];

    internal bool EnErreur => Erreurs.Count > 0;

    /// <summary>
    /// Désérialise un texte : une exception de format (JSON mal formé, type de jeton inattendu, propriété inconnue ou
    /// en double, nombre hors de la capacité du type) devient une erreur située <c>json.format</c>.
    /// </summary>
    internal static Resultat<T> Deserialiser<T>(Stream flux, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return Verifier(JsonSerializer.Deserialize(flux, type));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException or NotSupportedException or DecoderFallbackException)
        {
            return Resultat<T>.Echec(Erreur(ex));
        }
    }

    internal static async Task<Resultat<T>> DeserialiserAsync<T>(Stream flux, JsonTypeInfo<T> type, CancellationToken annulation)
        where T : class
    {
        try
        {
            return Verifier(await JsonSerializer.DeserializeAsync(flux, type, annulation).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException or NotSupportedException or DecoderFallbackException)
        {
            return Resultat<T>.Echec(Erreur(ex));
        }
    }

    private static Resultat<T> Verifier<T>(T? document)
        where T : class =>
        document is null
            ? Resultat<T>.Echec(new Erreur("json.vide", "document", "null", "Le document est vide.", chemin: "$"))
            : document;

    private static Erreur Erreur(Exception ex) =>
        ex is JsonException json
            ? LectureJson.VersErreur(json, "document")
            : new Erreur("json.format", "document", null, "Document JSON invalide (encodage, nombre hors capacité ou structure).", chemin: "$");

    internal static Resultat<T> Deserialiser<T>(string json, JsonTypeInfo<T> type)
        where T : class
    {
        T? document;
        try
        {
            document = JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException ex)
        {
            return Resultat<T>.Echec(LectureJson.VersErreur(ex, "document"));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException or NotSupportedException)
        {
            // Texte UTF-16 invalide (substitut isolé), nombre hors capacité signalé par le lecteur : une donnée, pas un
            // défaut du programme.
            return Resultat<T>.Echec(new Erreur("json.format", "document", null, "Document JSON invalide.", chemin: "$"));
        }

        return document is null
            ? Resultat<T>.Echec(new Erreur("json.vide", "document", "null", "Le document est vide.", chemin: "$"))
            : document;
    }

    /// <summary>
    /// Cherche les valeurs <c>null</c> interdites d'un objet de transfert, à toute profondeur : une propriété non
    /// annotée nullable (collection, objet) qui vaut <c>null</c>, ou un élément <c>null</c> d'une collection. Chaque
    /// valeur absente donne l'erreur <c>json.absent</c> avec son chemin JSON (<c>$.foyers[2].enfants[0]</c>). Parcours
    /// par les métadonnées du contexte généré : compatible avec le découpage et l'AOT.
    /// </summary>
    /// <returns>Les erreurs, ou <see langword="null"/> si aucune valeur obligatoire n'est absente.</returns>
    internal static List<Erreur>? Absents<T>(T document, JsonTypeInfo<T> type, string chemin = "$")
        where T : class
    {
        var erreurs = new List<Erreur>();
        ParcourirObjet(document, type, chemin, erreurs);
        return erreurs.Count > 0 ? erreurs : null;
    }

    private static void ParcourirObjet(object objet, JsonTypeInfo type, string chemin, List<Erreur> erreurs)
    {
        foreach (var propriete in type.Properties)
        {
            if (propriete.Get is null || propriete.PropertyType.IsValueType)
            {
                continue;
            }

            var c = $"{chemin}.{propriete.Name}";
            var valeur = propriete.Get(objet);
            if (valeur is null)
            {
                if (!propriete.IsGetNullable)
                {
                    erreurs.Add(Absent(c));
                }
            }
            else
            {
                Parcourir(valeur, propriete.PropertyType, c, erreurs);
            }
        }
    }

    private static void Parcourir(object valeur, Type type, string chemin, List<Erreur> erreurs)
    {
        if (valeur is string || CafJsonContext.Default.GetTypeInfo(type) is not { } info)
        {
            return;
        }

        if (info.Kind == JsonTypeInfoKind.Object)
        {
            ParcourirObjet(valeur, info, chemin, erreurs);
        }
        else if (info.Kind == JsonTypeInfoKind.Enumerable && valeur is System.Collections.IList liste && info.ElementType is { IsValueType: false } element)
        {
            for (var i = 0; i < liste.Count; i++)
            {
                var c = $"{chemin}[{i}]";
                if (liste[i] is { } e)
                {
                    Parcourir(e, element, c, erreurs);
                }
                else
                {
                    erreurs.Add(Absent(c));
                }
            }
        }
    }

    private static Erreur Absent(string chemin) =>
        new("json.absent", Champ(chemin), null, "Valeur obligatoire absente (null).", chemin: chemin);

    /// <summary>Refuse une version de schéma inconnue.</summary>
    internal static Erreur? VerifierVersion(int version, int attendue) =>
        version == attendue
            ? null
            : new Erreur("json.version", "version", version.ToString(CultureInfo.InvariantCulture), $"Version de schéma non prise en charge ; attendue : {attendue}.", chemin: "$.version");

    internal static string Champ(string chemin)
    {
        var i = chemin.LastIndexOf('.');
        return i < 0 ? chemin : chemin[(i + 1)..];
    }

    internal void Ajouter(string code, string chemin, string? valeur, string message) =>
        Erreurs.Add(new Erreur(code, Champ(chemin), valeur, message, chemin: chemin));

    internal T? Valeur<T>(Resultat<T> r, string chemin)
        where T : struct
    {
        if (r.TryGetValue(out var v))
        {
            return v;
        }

        Erreurs.AddRange(r.Erreurs.Select(e => e.PourChamp(Champ(chemin)).AuChemin(chemin)));
        return null;
    }

    internal T? Objet<T>(Resultat<T> r, string chemin)
        where T : class
    {
        if (r.TryGetValue(out var v))
        {
            return v;
        }

        Erreurs.AddRange(r.Erreurs.Select(e => e.PourChamp(Champ(chemin)).AuChemin(chemin)));
        return null;
    }

    /// <summary>Un objet obligatoire : absent (<c>null</c>), il donne l'erreur <c>json.absent</c>.</summary>
    internal bool Present<T>(T? valeur, string chemin)
        where T : class
    {
        if (valeur is not null)
        {
            return true;
        }

        Ajouter("json.absent", chemin, null, "Valeur obligatoire absente.");
        return false;
    }

    /// <summary>Un texte obligatoire et non blanc.</summary>
    internal string? Texte(string? texte, string chemin)
    {
        if (!string.IsNullOrWhiteSpace(texte))
        {
            return texte;
        }

        Ajouter("json.texte.vide", chemin, texte, "Texte obligatoire absent ou vide.");
        return null;
    }

    /// <summary>Un texte obligatoire, éventuellement vide.</summary>
    internal string? TexteNonNul(string? texte, string chemin)
    {
        if (texte is not null)
        {
            return texte;
        }

        Ajouter("json.absent", chemin, null, "Valeur obligatoire absente.");
        return null;
    }

    internal LocalDate? Date(string? texte, string chemin) => Valeur(LectureJson.Date(texte, "date"), chemin);

    /// <summary>Une date facultative : <c>null</c> reste <c>null</c> ; une valeur mal formée est une erreur.</summary>
    internal (bool Valide, LocalDate? Date) DateFacultative(string? texte, string chemin)
    {
        if (texte is null)
        {
            return (true, null);
        }

        var d = Date(texte, chemin);
        return (d is not null, d);
    }

    internal NumeroAllocataire? Numero(string? texte, string chemin) => Valeur(NumeroAllocataire.Create(texte), chemin);

    internal CodeCommune? Commune(string? texte, string chemin) => Valeur(CodeCommune.Create(texte), chemin);

    internal T? Code<T>(string? code, string chemin)
        where T : EnumerationCaf<T>, IEnumerationCaf<T> =>
        Objet(EnumerationCaf<T>.Create(code, Champ(chemin)), chemin);

    internal Montant? Montant(decimal euros, string chemin) => Valeur(Accompagnement.Montant.Create(euros), chemin);

    internal int? Borne(int valeur, int min, int max, string chemin)
    {
        if (valeur >= min && valeur <= max)
        {
            return valeur;
        }

        Ajouter("json.borne", chemin, valeur.ToString(CultureInfo.InvariantCulture), $"Valeur attendue entre {min} et {max}.");
        return null;
    }
}
