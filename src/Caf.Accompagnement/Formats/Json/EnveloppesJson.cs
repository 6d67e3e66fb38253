using System.Globalization;
using System.Text.Json;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Json;

/// <summary>
/// Lecture et écriture de l'instantané d'une <see cref="EnveloppeBudgetaire"/> au format d'échange JSON (schéma
/// versionné, <c>docs/json.md</c>). La lecture rejoue la création (<see cref="EnveloppeBudgetaire.Create"/>) puis,
/// pour chaque engagement, <see cref="EnveloppeBudgetaire.Engager"/> et, s'il est consommé,
/// <see cref="EnveloppeBudgetaire.Consommer"/>, enfin <see cref="EnveloppeBudgetaire.EnregistrerRemboursement"/> : un
/// document qui enfreint une règle de l'enveloppe (dépassement de la dotation ou d'un plafond, référence en double,
/// paiement avant la décision, remboursement au-delà du capital prêté) donne l'erreur de cette règle, située par son
/// chemin JSON, jamais une enveloppe incohérente.
/// </summary>
/// <remarks>L'enveloppe ne garde ni les engagements libérés ni le détail des remboursements : l'instantané porte son
/// état (engagements en cours ou consommés, total remboursé), pas son historique.</remarks>
public static class EnveloppesJson
{
    /// <summary>Écrit l'instantané d'une enveloppe (schéma version 1).</summary>
    /// <param name="enveloppe">L'enveloppe.</param>
    /// <returns>Le texte JSON.</returns>
    public static string Ecrire(EnveloppeBudgetaire enveloppe) =>
        JsonSerializer.Serialize(ToDocument(enveloppe), CafJsonContext.Default.EnveloppeBudgetaireDocument);

    /// <summary>Lit l'instantané d'une enveloppe.</summary>
    /// <param name="json">Le texte JSON.</param>
    /// <returns>L'enveloppe, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<EnveloppeBudgetaire> Lire(string json)
    {
        Preconditions.CheckNotNull(json);
        return LecteurDeDocument.Deserialiser(json, CafJsonContext.Default.EnveloppeBudgetaireDocument).Bind(FromDocument);
    }

    /// <summary>Convertit une enveloppe en objet de transfert (plafonds par code de catégorie, engagements par date
    /// puis référence).</summary>
    /// <param name="enveloppe">L'enveloppe.</param>
    /// <returns>L'objet de transfert.</returns>
    public static EnveloppeBudgetaireDocument ToDocument(EnveloppeBudgetaire enveloppe)
    {
        Preconditions.CheckNotNull(enveloppe);
        return new EnveloppeBudgetaireDocument
        {
            CodeCaf = enveloppe.CodeCaf,
            Annee = enveloppe.Annee,
            Dotation = enveloppe.Dotation.Euros,
            Plafonds = [.. enveloppe.PlafondsParCategorie
                .OrderBy(p => p.Key.Code, StringComparer.Ordinal)
                .Select(p => new PlafondDeCategorieDocument { Categorie = p.Key.Code, Montant = p.Value.Euros })],
            Engagements = [.. enveloppe.Engagements.Values
                .OrderBy(e => e.Date)
                .ThenBy(e => e.Reference, StringComparer.Ordinal)
                .Select(e => new EngagementBudgetaireDocument
                {
                    Reference = e.Reference,
                    Categorie = e.Categorie.Code,
                    Forme = e.Forme.Code,
                    Montant = e.Montant.Euros,
                    Date = LectureJson.Iso(e.Date),
                    DateConsommation = e.DateConsommation is { } c ? LectureJson.Iso(c) : null,
                })],
            Remboursements = enveloppe.Remboursements.Euros,
            Engage = enveloppe.Engage.Euros,
            Consomme = enveloppe.Consomme.Euros,
            CapitalPrete = enveloppe.CapitalPrete.Euros,
            Disponible = enveloppe.Disponible.Euros,
        };
    }

    /// <summary>Restaure une enveloppe en rejouant sa création, ses engagements, leurs consommations et les
    /// remboursements ; chaque erreur porte son chemin JSON.</summary>
    /// <param name="document">L'objet de transfert.</param>
    /// <returns>L'enveloppe, ou toutes les erreurs : valeurs mal formées, <c>json.version</c>, les règles de
    /// l'enveloppe (<c>aides.enveloppe.*</c>), <c>enveloppe.plafond.doublon</c>, <c>enveloppe.engage.incoherent</c>,
    /// <c>enveloppe.consomme.incoherent</c>, <c>enveloppe.capital_prete.incoherent</c>,
    /// <c>enveloppe.disponible.incoherent</c>.</returns>
    public static Resultat<EnveloppeBudgetaire> FromDocument(EnveloppeBudgetaireDocument document)
    {
        Preconditions.CheckNotNull(document);
        if (LecteurDeDocument.VerifierVersion(document.Version, EnveloppeBudgetaireDocument.VersionActuelle) is { } version)
        {
            return Resultat<EnveloppeBudgetaire>.Echec(version);
        }

        if (LecteurDeDocument.Absents(document, CafJsonContext.Default.EnveloppeBudgetaireDocument) is { } absents)
        {
            return Resultat<EnveloppeBudgetaire>.Echec(absents);
        }

        var l = new LecteurDeDocument();
        var dotation = l.Montant(document.Dotation, "$.dotation");
        var remboursements = l.Montant(document.Remboursements, "$.remboursements");
        var plafonds = new Dictionary<CategorieAide, Montant>();
        var indices = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (document.Plafonds?.Count ?? 0); i++)
        {
            var chemin = $"$.plafonds[{i}]";
            var p = document.Plafonds![i];
            if (!l.Present(p, chemin))
            {
                continue;
            }

            var categorie = l.Code<CategorieAide>(p.Categorie, $"{chemin}.categorie");
            var montant = l.Montant(p.Montant, $"{chemin}.montant");
            if (categorie is null || montant is null)
            {
                continue;
            }

            if (!plafonds.TryAdd(categorie, montant.Value))
            {
                l.Ajouter("enveloppe.plafond.doublon", $"{chemin}.categorie", categorie.Code, "Une catégorie n'a qu'un plafond.");
                continue;
            }

            indices[categorie.Code] = i;
        }

        if (l.EnErreur)
        {
            return Resultat<EnveloppeBudgetaire>.Echec(l.Erreurs);
        }

        var cree = EnveloppeBudgetaire.Create(document.CodeCaf ?? string.Empty, document.Annee, dotation!.Value, plafonds);
        if (!cree.TryGetValue(out var enveloppe))
        {
            return Resultat<EnveloppeBudgetaire>.Echec(cree.Erreurs.Select(e => e.Code switch
            {
                "aides.enveloppe.caf" => e.PourChamp("codeCaf").AuChemin("$.codeCaf"),
                "aides.enveloppe.plafond" when indices.TryGetValue(e.Champ, out var i) => e.PourChamp("montant").AuChemin($"$.plafonds[{i}].montant"),
                _ => e.PourChamp(e.Champ).AuChemin($"$.{e.Champ}"),
            }));
        }

        LocalDate? dernierDecaissement = null;
        for (var i = 0; i < (document.Engagements?.Count ?? 0); i++)
        {
            var chemin = $"$.engagements[{i}]";
            var d = document.Engagements![i];
            if (!l.Present(d, chemin))
            {
                return Resultat<EnveloppeBudgetaire>.Echec(l.Erreurs);
            }

            var reference = l.TexteNonNul(d.Reference, $"{chemin}.reference");
            var categorie = l.Code<CategorieAide>(d.Categorie, $"{chemin}.categorie");
            var forme = l.Code<FormeAide>(d.Forme, $"{chemin}.forme");
            var montant = l.Montant(d.Montant, $"{chemin}.montant");
            var date = l.Date(d.Date, $"{chemin}.date");
            var (_, consommation) = l.DateFacultative(d.DateConsommation, $"{chemin}.dateConsommation");
            if (l.EnErreur)
            {
                return Resultat<EnveloppeBudgetaire>.Echec(l.Erreurs);
            }

            var engage = enveloppe.Engager(reference!, categorie!, forme!, montant!.Value, date!.Value);
            if (!engage.TryGetValue(out var suite))
            {
                return Resultat<EnveloppeBudgetaire>.Echec(engage.Erreurs.Select(e => e.PourChamp(e.Champ).AuChemin($"{chemin}.{e.Champ}")));
            }

            enveloppe = suite.Etat;
            if (consommation is { } c)
            {
                var consomme = enveloppe.Consommer(reference!, c);
                if (!consomme.TryGetValue(out suite))
                {
                    return Resultat<EnveloppeBudgetaire>.Echec(consomme.Erreurs.Select(e => e.PourChamp("dateConsommation").AuChemin($"{chemin}.dateConsommation")));
                }

                enveloppe = suite.Etat;
                if (forme == FormeAide.Pret && (dernierDecaissement is null || c > dernierDecaissement))
                {
                    dernierDecaissement = c;
                }
            }
        }

        if (remboursements!.Value.Centimes != 0)
        {
            // L'enveloppe ne garde que le total remboursé : il est rejoué en un remboursement, daté du dernier décaissement.
            var rembourse = enveloppe.EnregistrerRemboursement(dernierDecaissement ?? new LocalDate(2000, 1, 1), remboursements.Value);
            if (!rembourse.TryGetValue(out var suite))
            {
                return Resultat<EnveloppeBudgetaire>.Echec(rembourse.Erreurs.Select(e => e.PourChamp("remboursements").AuChemin("$.remboursements")));
            }

            enveloppe = suite.Etat;
        }

        Verifier(l, document.Engage, enveloppe.Engage, "enveloppe.engage.incoherent", "$.engage", "au total engagé");
        Verifier(l, document.Consomme, enveloppe.Consomme, "enveloppe.consomme.incoherent", "$.consomme", "au total consommé");
        Verifier(l, document.CapitalPrete, enveloppe.CapitalPrete, "enveloppe.capital_prete.incoherent", "$.capitalPrete", "au capital prêté");
        Verifier(l, document.Disponible, enveloppe.Disponible, "enveloppe.disponible.incoherent", "$.disponible", "au disponible");
        return l.EnErreur ? Resultat<EnveloppeBudgetaire>.Echec(l.Erreurs) : enveloppe;
    }

    private static void Verifier(LecteurDeDocument l, decimal? lu, Montant calcule, string code, string chemin, string quoi)
    {
        if (lu is { } valeur && valeur != calcule.Euros)
        {
            l.Ajouter(code, chemin, valeur.ToString(CultureInfo.InvariantCulture), $"Les engagements et remboursements mènent {quoi} de {calcule}.");
        }
    }

    /// <summary>Écrit l'enveloppe dans un flux, en UTF-8, sans construire la chaîne JSON entière.</summary>
    /// <param name="enveloppe">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    public static void Ecrire(EnveloppeBudgetaire enveloppe, Stream flux) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(flux), ToDocument(enveloppe), CafJsonContext.Default.EnveloppeBudgetaireDocument);

    /// <summary>Écrit l'enveloppe dans un flux, de façon asynchrone, en UTF-8.</summary>
    /// <param name="enveloppe">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La tâche.</returns>
    public static Task EcrireAsync(EnveloppeBudgetaire enveloppe, Stream flux, CancellationToken annulation = default) =>
        JsonSerializer.SerializeAsync(Preconditions.CheckNotNull(flux), ToDocument(enveloppe), CafJsonContext.Default.EnveloppeBudgetaireDocument, annulation);

    /// <summary>Lit l'enveloppe depuis un flux UTF-8 ; un flux mal formé ou mal encodé donne une erreur, jamais une exception.</summary>
    /// <param name="flux">Le flux source.</param>
    /// <returns>La valeur, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<EnveloppeBudgetaire> Lire(Stream flux) =>
        LecteurDeDocument.Deserialiser(Preconditions.CheckNotNull(flux), CafJsonContext.Default.EnveloppeBudgetaireDocument).Bind(FromDocument);

    /// <summary>Lit l'enveloppe depuis un flux UTF-8, de façon asynchrone.</summary>
    /// <param name="flux">Le flux source.</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La valeur, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static async Task<Resultat<EnveloppeBudgetaire>> LireAsync(Stream flux, CancellationToken annulation = default) =>
        (await LecteurDeDocument.DeserialiserAsync(Preconditions.CheckNotNull(flux), CafJsonContext.Default.EnveloppeBudgetaireDocument, annulation).ConfigureAwait(false)).Bind(FromDocument);
}
