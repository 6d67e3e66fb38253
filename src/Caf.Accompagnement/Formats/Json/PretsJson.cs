using System.Globalization;
using System.Text.Json;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Json;

/// <summary>
/// Lecture et écriture de l'instantané d'un <see cref="Pret"/> au format d'échange JSON (schéma versionné,
/// <c>docs/json.md</c>). La lecture rejoue l'octroi (<see cref="Pret.Create"/>) puis chaque mouvement par la commande
/// correspondante (<see cref="Pret.Rembourser(NodaTime.LocalDate, Montant, bool)"/>, <see cref="Pret.RembourserParAnticipation"/>,
/// <see cref="Pret.Reechelonner"/>, <see cref="Pret.RemettreLaDette"/>) : un document qui enfreint une règle du prêt
/// donne l'erreur de cette règle, située par son chemin JSON, jamais un prêt incohérent.
/// </summary>
public static class PretsJson
{
    private const string TypeRemboursement = "REMBOURSEMENT";
    private const string TypeReechelonnement = "REECHELONNEMENT";
    private const string TypeRemise = "REMISE";

    private static readonly OperationsDuPret<Pret> OperationsDuPret = new(
        (p, date, montant, parRetenue) => p.Rembourser(date, montant, parRetenue),
        (p, date) => p.RembourserParAnticipation(date),
        (p, date, n, premiere) => p.Reechelonner(date, n, premiere),
        (p, date, motif) => p.RemettreLaDette(date, motif),
        e => (MouvementDuPret)e);

    /// <summary>Écrit l'instantané d'un prêt (schéma version 1).</summary>
    /// <param name="pret">Le prêt.</param>
    /// <returns>Le texte JSON.</returns>
    public static string Ecrire(Pret pret) => JsonSerializer.Serialize(ToDocument(pret), CafJsonContext.Default.PretDocument);

    /// <summary>Lit l'instantané d'un prêt.</summary>
    /// <param name="json">Le texte JSON.</param>
    /// <returns>Le prêt, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<Pret> Lire(string json)
    {
        Preconditions.CheckNotNull(json);
        return LecteurDeDocument.Deserialiser(json, CafJsonContext.Default.PretDocument).Bind(FromDocument);
    }

    /// <summary>Convertit un prêt en objet de transfert.</summary>
    /// <param name="pret">Le prêt.</param>
    /// <returns>L'objet de transfert.</returns>
    public static PretDocument ToDocument(Pret pret)
    {
        Preconditions.CheckNotNull(pret);
        var initial = pret.EcheancierInitial;
        return new PretDocument
        {
            Capital = pret.Capital.Euros,
            DateOctroi = LectureJson.Iso(pret.DateOctroi),
            NombreEcheances = initial.Echeances.Length,
            PremiereEcheance = LectureJson.Iso(initial.PremiereEcheance),
            ResteAVivreMinimum = pret.Retenue?.ResteAVivreMinimum.Euros,
            Mouvements = [.. pret.Mouvements.Select(VersDocument)],
            Statut = pret.Statut.Code,
            Solde = pret.Solde.Euros,
            Echeances = [.. pret.Echeancier.Echeances.Select(e => new EcheanceDocument { Rang = e.Rang, Date = LectureJson.Iso(e.Date), Montant = e.Montant.Euros })],
        };
    }

    /// <summary>Restaure un prêt en rejouant son octroi et ses mouvements ; chaque erreur porte son chemin JSON.</summary>
    /// <param name="document">L'objet de transfert.</param>
    /// <returns>Le prêt, ou toutes les erreurs : valeurs mal formées, <c>json.version</c>, les règles du prêt
    /// (<c>aides.pret.*</c>), <c>pret.mouvement.type</c>, <c>pret.mouvement.montant</c> (montant différent de celui
    /// que la commande produit), <c>pret.statut.incoherent</c>, <c>pret.solde.incoherent</c>.</returns>
    public static Resultat<Pret> FromDocument(PretDocument document)
    {
        Preconditions.CheckNotNull(document);
        if (LecteurDeDocument.VerifierVersion(document.Version, PretDocument.VersionActuelle) is { } version)
        {
            return Resultat<Pret>.Echec(version);
        }

        if (LecteurDeDocument.Absents(document, CafJsonContext.Default.PretDocument) is { } absents)
        {
            return Resultat<Pret>.Echec(absents);
        }

        var l = new LecteurDeDocument();
        var capital = l.Montant(document.Capital, "$.capital");
        var octroi = l.Date(document.DateOctroi, "$.dateOctroi");
        var premiere = l.Date(document.PremiereEcheance, "$.premiereEcheance");
        var reste = document.ResteAVivreMinimum is { } r ? l.Montant(r, "$.resteAVivreMinimum") : null;
        if (l.EnErreur)
        {
            return Resultat<Pret>.Echec(l.Erreurs);
        }

        var cree = Pret.Create(capital!.Value, document.NombreEcheances, premiere!.Value, octroi!.Value, reste is { } m ? new RetenueSurPrestations(m) : null);
        if (!cree.TryGetValue(out var pret))
        {
            return Resultat<Pret>.Echec(cree.Erreurs.Select(e => Situer(e, "$")));
        }

        for (var i = 0; i < document.Mouvements.Count; i++)
        {
            var chemin = $"$.mouvements[{i}]";
            var suite = RejouerMouvement(l, document.Mouvements[i], chemin, pret, OperationsDuPret);
            if (suite is null)
            {
                return Resultat<Pret>.Echec(l.Erreurs);
            }

            pret = suite.Etat;
        }

        if (document.Statut is { } statut && statut != pret.Statut.Code)
        {
            l.Ajouter("pret.statut.incoherent", "$.statut", statut, $"Les mouvements mènent au statut {pret.Statut.Code}.");
        }

        if (document.Solde is { } solde && solde != pret.Solde.Euros)
        {
            l.Ajouter("pret.solde.incoherent", "$.solde", solde.ToString(CultureInfo.InvariantCulture), $"Les mouvements mènent à un solde de {pret.Solde}.");
        }

        return l.EnErreur ? Resultat<Pret>.Echec(l.Erreurs) : pret;
    }

    /// <summary>Convertit un mouvement de prêt en objet de transfert.</summary>
    internal static MouvementDuPretDocument VersDocument(MouvementDuPret mouvement) => mouvement switch
    {
        Aides.Remboursement r => new MouvementDuPretDocument { Type = TypeRemboursement, Date = LectureJson.Iso(r.Date), Montant = r.Montant.Euros, ParRetenue = r.ParRetenue, Anticipe = r.Anticipe },
        Aides.Reechelonnement e => new MouvementDuPretDocument
        {
            Type = TypeReechelonnement,
            Date = LectureJson.Iso(e.Date),
            Montant = e.SoldeRepris.Euros,
            NombreEcheances = e.Echeancier.Echeances.Length,
            PremiereEcheance = LectureJson.Iso(e.Echeancier.PremiereEcheance),
        },
        RemiseDeDette d => new MouvementDuPretDocument { Type = TypeRemise, Date = LectureJson.Iso(d.Date), Montant = d.Montant.Euros, Motif = d.Motif },
        _ => throw new InvalidOperationException("Mouvement de prêt inconnu."),
    };

    /// <summary>
    /// Rejoue un mouvement du document par la commande correspondante de l'agrégat qui porte le prêt (le prêt
    /// lui-même, ou la demande d'aide qui l'a décaissé) ; vérifie que le montant écrit est celui que la commande
    /// produit. En cas d'échec, les erreurs situées sont ajoutées au lecteur et le résultat est <see langword="null"/>.
    /// </summary>
    internal static Evolution<T>? RejouerMouvement<T>(LecteurDeDocument l, MouvementDuPretDocument? d, string chemin, T cible, OperationsDuPret<T> operations)
        where T : class
    {
        if (!l.Present(d, chemin))
        {
            return null;
        }

        var date = l.Date(d!.Date, $"{chemin}.date");
        var montant = l.Montant(d.Montant, $"{chemin}.montant");
        if (l.EnErreur)
        {
            return null;
        }

        Resultat<Evolution<T>>? evolution = d.Type switch
        {
            TypeRemboursement when d.Anticipe => operations.RembourserParAnticipation(cible, date!.Value),
            TypeRemboursement => operations.Rembourser(cible, date!.Value, montant!.Value, d.ParRetenue),
            TypeReechelonnement when d.NombreEcheances is { } n && l.Date(d.PremiereEcheance, $"{chemin}.premiereEcheance") is { } p => operations.Reechelonner(cible, date!.Value, n, p),
            TypeReechelonnement => null,
            TypeRemise => operations.RemettreLaDette(cible, date!.Value, d.Motif ?? string.Empty),
            _ => null,
        };
        if (evolution is null)
        {
            if (!l.EnErreur)
            {
                l.Ajouter(d.Type == TypeReechelonnement ? "json.absent" : "pret.mouvement.type", d.Type == TypeReechelonnement ? $"{chemin}.nombreEcheances" : $"{chemin}.type", d.Type,
                    d.Type == TypeReechelonnement ? "Un rééchelonnement a un nombre d'échéances et une première échéance." : "Sorte de mouvement attendue : REMBOURSEMENT, REECHELONNEMENT ou REMISE.");
            }

            return null;
        }

        if (!evolution.TryGetValue(out var suite))
        {
            l.Erreurs.AddRange(evolution.Erreurs.Select(e => Situer(e, chemin)));
            return null;
        }

        var produit = operations.Mouvement(suite.Evenement) switch
        {
            Aides.Remboursement x => x.Montant,
            Aides.Reechelonnement x => x.SoldeRepris,
            RemiseDeDette x => x.Montant,
            _ => montant!.Value,
        };
        if (produit != montant)
        {
            l.Ajouter("pret.mouvement.montant", $"{chemin}.montant", montant!.Value.Euros.ToString(CultureInfo.InvariantCulture), $"Ce mouvement porte sur {produit} d'après les mouvements qui le précèdent.");
            return null;
        }

        return suite;
    }

    /// <summary>Situe une erreur d'une règle du prêt sous un chemin JSON, avec le nom de champ du document.</summary>
    internal static Erreur Situer(Erreur e, string chemin)
    {
        var champ = e.Champ switch
        {
            "nombre_echeances" => "nombreEcheances",
            "premiere_echeance" => "premiereEcheance",
            "reste_a_vivre" => "resteAVivreMinimum",
            _ => e.Champ,
        };
        return e.PourChamp(champ).AuChemin($"{chemin}.{champ}");
    }

    /// <summary>Écrit le prêt dans un flux, en UTF-8, sans construire la chaîne JSON entière.</summary>
    /// <param name="pret">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    public static void Ecrire(Pret pret, Stream flux) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(flux), ToDocument(pret), CafJsonContext.Default.PretDocument);

    /// <summary>Écrit le prêt dans un flux, de façon asynchrone, en UTF-8.</summary>
    /// <param name="pret">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La tâche.</returns>
    public static Task EcrireAsync(Pret pret, Stream flux, CancellationToken annulation = default) =>
        JsonSerializer.SerializeAsync(Preconditions.CheckNotNull(flux), ToDocument(pret), CafJsonContext.Default.PretDocument, annulation);

    /// <summary>Lit le prêt depuis un flux UTF-8 ; un flux mal formé ou mal encodé donne une erreur, jamais une exception.</summary>
    /// <param name="flux">Le flux source.</param>
    /// <returns>La valeur, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<Pret> Lire(Stream flux) =>
        LecteurDeDocument.Deserialiser(Preconditions.CheckNotNull(flux), CafJsonContext.Default.PretDocument).Bind(FromDocument);

    /// <summary>Lit le prêt depuis un flux UTF-8, de façon asynchrone.</summary>
    /// <param name="flux">Le flux source.</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La valeur, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static async Task<Resultat<Pret>> LireAsync(Stream flux, CancellationToken annulation = default) =>
        (await LecteurDeDocument.DeserialiserAsync(Preconditions.CheckNotNull(flux), CafJsonContext.Default.PretDocument, annulation).ConfigureAwait(false)).Bind(FromDocument);
}

/// <summary>Les commandes de prêt d'un agrégat qui porte un prêt, pour rejouer ses mouvements.</summary>
internal sealed record OperationsDuPret<T>(
    Func<T, LocalDate, Montant, bool, Resultat<Evolution<T>>> Rembourser,
    Func<T, LocalDate, Resultat<Evolution<T>>> RembourserParAnticipation,
    Func<T, LocalDate, int, LocalDate, Resultat<Evolution<T>>> Reechelonner,
    Func<T, LocalDate, string, Resultat<Evolution<T>>> RemettreLaDette,
    Func<EvenementAide, MouvementDuPret> Mouvement)
    where T : class;
