using System.Globalization;
using System.Text.Json;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Json;

/// <summary>
/// Lecture et écriture de l'instantané d'une <see cref="DemandeDAide"/> au format d'échange JSON (schéma versionné,
/// <c>docs/json.md</c>). La lecture rejoue le dépôt (<see cref="DemandeDAide.Deposer"/>) puis chaque événement de
/// l'historique par la commande correspondante de la demande (<see cref="DemandeDAide.Instruire"/>,
/// <see cref="DemandeDAide.DemanderDesPieces"/>, <see cref="DemandeDAide.Accorder"/>, <see cref="DemandeDAide.Decaisser"/>,
/// <see cref="DemandeDAide.Rembourser"/>…) : un document qui enfreint une règle donne l'erreur de cette règle, située
/// par le chemin JSON de l'événement fautif, jamais une demande à moitié construite.
/// </summary>
public static class DemandesJson
{
    private const string TypeChangement = "CHANGEMENT_DE_STATUT";
    private const string TypeAccord = "ACCORD";
    private const string TypeRefus = "REFUS";
    private const string TypeVersement = "VERSEMENT";
    private const string TypeDecaissement = "DECAISSEMENT";
    private const string TypeMouvement = "MOUVEMENT_DU_PRET";

    private static readonly OperationsDuPret<DemandeDAide> OperationsDuPret = new(
        (d, date, montant, parRetenue) => d.Rembourser(date, montant, parRetenue),
        (d, date) => d.RembourserParAnticipation(date),
        (d, date, n, premiere) => d.Reechelonner(date, n, premiere),
        (d, date, motif) => d.RemettreLaDette(date, motif),
        e => ((MouvementSurLePret)e).Mouvement);

    /// <summary>Écrit l'instantané d'une demande (schéma version 1).</summary>
    /// <param name="demande">La demande.</param>
    /// <returns>Le texte JSON (numéro allocataire en clair).</returns>
    public static string Ecrire(DemandeDAide demande) => JsonSerializer.Serialize(ToDocument(demande), CafJsonContext.Default.DemandeDAideDocument);

    /// <summary>Lit l'instantané d'une demande.</summary>
    /// <param name="json">Le texte JSON.</param>
    /// <param name="catalogue">Le catalogue qui résout le code du type d'aide (<see cref="CatalogueDesAides.Reference"/> par défaut).</param>
    /// <returns>La demande, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<DemandeDAide> Lire(string json, CatalogueDesAides? catalogue = null)
    {
        Preconditions.CheckNotNull(json);
        return LecteurDeDocument.Deserialiser(json, CafJsonContext.Default.DemandeDAideDocument).Bind(d => FromDocument(d, catalogue));
    }

    /// <summary>Convertit une demande en objet de transfert.</summary>
    /// <param name="demande">La demande.</param>
    /// <returns>L'objet de transfert.</returns>
    public static DemandeDAideDocument ToDocument(DemandeDAide demande)
    {
        Preconditions.CheckNotNull(demande);
        return new DemandeDAideDocument
        {
            Identifiant = demande.Identifiant,
            NumeroAllocataire = demande.Numero.EnClair,
            TypeAide = demande.Type.Code,
            MontantDemande = demande.MontantDemande.Euros,
            FormeDemandee = demande.FormeDemandee.Code,
            DateDepot = LectureJson.Iso(demande.DateDepot),
            Historique = [.. demande.Historique.Skip(1).Select(VersDocument)],
            Statut = demande.Statut.Code,
        };
    }

    /// <summary>Restaure une demande en rejouant son dépôt et son historique ; chaque erreur porte son chemin JSON.</summary>
    /// <param name="document">L'objet de transfert.</param>
    /// <param name="catalogue">Le catalogue qui résout le code du type d'aide (<see cref="CatalogueDesAides.Reference"/> par défaut).</param>
    /// <returns>La demande, ou toutes les erreurs : valeurs mal formées, <c>json.version</c>, code de type inconnu
    /// (<c>$.typeAide</c>), les règles de la demande (<c>aides.demande.*</c>) et du prêt (<c>aides.pret.*</c>) au chemin de
    /// l'événement fautif, <c>demande.evenement.type</c>, <c>demande.evenement.statut</c> (statut que nul changement
    /// n'atteint), <c>demande.evenement.incoherent</c> (valeur écrite différente de celle que la commande produit),
    /// <c>demande.statut.incoherent</c>.</returns>
    public static Resultat<DemandeDAide> FromDocument(DemandeDAideDocument document, CatalogueDesAides? catalogue = null)
    {
        Preconditions.CheckNotNull(document);
        if (LecteurDeDocument.VerifierVersion(document.Version, DemandeDAideDocument.VersionActuelle) is { } version)
        {
            return Resultat<DemandeDAide>.Echec(version);
        }

        if (LecteurDeDocument.Absents(document, CafJsonContext.Default.DemandeDAideDocument) is { } absents)
        {
            return Resultat<DemandeDAide>.Echec(absents);
        }

        var l = new LecteurDeDocument();
        var identifiant = l.Texte(document.Identifiant, "$.identifiant");
        var numero = l.Numero(document.NumeroAllocataire, "$.numeroAllocataire");
        var type = l.Objet((catalogue ?? CatalogueDesAides.Reference).Create(document.TypeAide, "typeAide"), "$.typeAide");
        var montant = l.Montant(document.MontantDemande, "$.montantDemande");
        var forme = l.Code<FormeAide>(document.FormeDemandee, "$.formeDemandee");
        var depot = l.Date(document.DateDepot, "$.dateDepot");
        if (l.EnErreur)
        {
            return Resultat<DemandeDAide>.Echec(l.Erreurs);
        }

        var deposee = DemandeDAide.Deposer(identifiant!, numero!.Value, type!, montant!.Value, forme!, depot!.Value);
        if (!deposee.TryGetValue(out var demande))
        {
            return Resultat<DemandeDAide>.Echec(deposee.Erreurs.Select(e => Situer(e, "$", depot: true)));
        }

        for (var i = 0; i < document.Historique.Count; i++)
        {
            var suite = Rejouer(l, document.Historique[i], $"$.historique[{i}]", demande);
            if (suite is null)
            {
                return Resultat<DemandeDAide>.Echec(l.Erreurs);
            }

            demande = suite;
        }

        if (document.Statut is { } statut && statut != demande.Statut.Code)
        {
            l.Ajouter("demande.statut.incoherent", "$.statut", statut, $"L'historique mène au statut {demande.Statut.Code}.");
        }

        return l.EnErreur ? Resultat<DemandeDAide>.Echec(l.Erreurs) : demande;
    }

    private static EvenementDeDemandeDocument VersDocument(EvenementAide evenement) => evenement switch
    {
        ChangementDeStatut c => new EvenementDeDemandeDocument
        {
            Type = TypeChangement,
            Date = LectureJson.Iso(c.Date),
            De = c.De.Code,
            Vers = c.Vers.Code,
            Motif = c.Motif,
            Pieces = c.Pieces.IsDefaultOrEmpty ? null : [.. c.Pieces],
        },
        DecisionDAccord a => new EvenementDeDemandeDocument { Type = TypeAccord, Date = LectureJson.Iso(a.Date), Montant = a.Montant.Euros, Forme = a.Forme.Code },
        DecisionDeRefus r => new EvenementDeDemandeDocument { Type = TypeRefus, Date = LectureJson.Iso(r.Date), Motif = r.Motif },
        SubventionPayee s => new EvenementDeDemandeDocument { Type = TypeVersement, Date = LectureJson.Iso(s.Date), Montant = s.Montant.Euros },
        PretDecaisse p => new EvenementDeDemandeDocument
        {
            Type = TypeDecaissement,
            Date = LectureJson.Iso(p.Date),
            Montant = p.Pret.Capital.Euros,
            NombreEcheances = p.Pret.EcheancierInitial.Echeances.Length,
            PremiereEcheance = LectureJson.Iso(p.Pret.EcheancierInitial.PremiereEcheance),
            ResteAVivreMinimum = p.Pret.Retenue?.ResteAVivreMinimum.Euros,
        },
        MouvementSurLePret m => new EvenementDeDemandeDocument { Type = TypeMouvement, Date = LectureJson.Iso(m.Date), Mouvement = PretsJson.VersDocument(m.Mouvement), Statut = m.Statut.Code },
        _ => throw new InvalidOperationException("Événement de demande inconnu."),
    };

    private static DemandeDAide? Rejouer(LecteurDeDocument l, EvenementDeDemandeDocument? e, string chemin, DemandeDAide demande)
    {
        if (!l.Present(e, chemin))
        {
            return null;
        }

        if (e!.Type == TypeMouvement)
        {
            return RejouerMouvement(l, e, chemin, demande);
        }

        var date = l.Date(e.Date, $"{chemin}.date");
        if (l.EnErreur)
        {
            return null;
        }

        Resultat<Evolution<DemandeDAide>>? evolution = e.Type switch
        {
            TypeChangement => Changer(l, e, chemin, demande, date!.Value),
            TypeAccord when l.Code<FormeAide>(e.Forme, $"{chemin}.forme") is { } forme && l.Montant(e.Montant ?? 0m, $"{chemin}.montant") is { } m => demande.Accorder(date!.Value, m, forme),
            TypeRefus => demande.Refuser(date!.Value, e.Motif ?? string.Empty),
            TypeVersement => demande.Verser(date!.Value),
            TypeDecaissement when e.NombreEcheances is { } n && l.Date(e.PremiereEcheance, $"{chemin}.premiereEcheance") is { } premiere
                && (e.ResteAVivreMinimum is not { } r || l.Montant(r, $"{chemin}.resteAVivreMinimum") is not null) =>
                demande.Decaisser(date!.Value, n, premiere, e.ResteAVivreMinimum is { } reste ? new RetenueSurPrestations(Montant.FromEuros(reste)) : null),
            TypeDecaissement when !l.EnErreur && e.NombreEcheances is null => Absent(l, $"{chemin}.nombreEcheances", "Un décaissement a un nombre d'échéances et une première échéance."),
            TypeAccord or TypeDecaissement or TypeChangement => null,
            _ => Inconnu(l, e.Type, chemin),
        };
        if (evolution is null)
        {
            return null;
        }

        if (!evolution.TryGetValue(out var suite))
        {
            l.Erreurs.AddRange(evolution.Erreurs.Select(x => Situer(x, chemin, depot: false)));
            return null;
        }

        var produit = suite.Evenement switch
        {
            SubventionPayee s => s.Montant.Euros,
            PretDecaisse p => p.Pret.Capital.Euros,
            _ => e.Montant,
        };
        if (e.Montant is { } ecrit && produit != ecrit)
        {
            l.Ajouter("demande.evenement.incoherent", $"{chemin}.montant", ecrit.ToString(CultureInfo.InvariantCulture), $"Cet événement porte sur {produit?.ToString(CultureInfo.InvariantCulture)} € d'après l'accord qui le précède.");
            return null;
        }

        return suite.Etat;
    }

    private static Resultat<Evolution<DemandeDAide>>? Changer(LecteurDeDocument l, EvenementDeDemandeDocument e, string chemin, DemandeDAide demande, NodaTime.LocalDate date)
    {
        var vers = l.Code<StatutDemande>(e.Vers, $"{chemin}.vers");
        var de = e.De is null ? demande.Statut : l.Code<StatutDemande>(e.De, $"{chemin}.de");
        if (vers is null || de is null)
        {
            return null;
        }

        if (de != demande.Statut)
        {
            l.Ajouter("demande.evenement.incoherent", $"{chemin}.de", e.De, $"L'historique qui précède mène au statut {demande.Statut.Code}.");
            return null;
        }

        if (vers == StatutDemande.EnInstruction)
        {
            return demande.Statut == StatutDemande.EnAttenteDePieces ? demande.RecevoirLesPieces(date)
                : demande.Statut == StatutDemande.Ajournee ? demande.Reprendre(date)
                : demande.Instruire(date);
        }

        if (vers == StatutDemande.EnAttenteDePieces)
        {
            var pieces = e.Pieces is { Count: > 0 } liste ? liste.Where(p => p is not null) : SansPieces(e.Motif);
            return demande.DemanderDesPieces(date, pieces);
        }

        if (vers == StatutDemande.Ajournee)
        {
            return demande.Ajourner(date, e.Motif ?? string.Empty);
        }

        if (vers == StatutDemande.Classee)
        {
            return demande.Classer(date, e.Motif ?? string.Empty);
        }

        l.Ajouter("demande.evenement.statut", $"{chemin}.vers", e.Vers, "Un changement de statut mène à EN_INSTRUCTION, EN_ATTENTE_DE_PIECES, AJOURNEE ou CLASSEE ; les autres statuts ont leur propre événement.");
        return null;
    }

    /// <summary>Sans liste de pièces, le motif tient lieu de pièce unique.</summary>
    private static IEnumerable<string> SansPieces(string? motif) => string.IsNullOrWhiteSpace(motif) ? [] : [motif];

    private static DemandeDAide? RejouerMouvement(LecteurDeDocument l, EvenementDeDemandeDocument e, string chemin, DemandeDAide demande)
    {
        var suite = PretsJson.RejouerMouvement(l, e.Mouvement, $"{chemin}.mouvement", demande, OperationsDuPret);
        if (suite is null)
        {
            return null;
        }

        if (e.Statut is { } statut && statut != suite.Etat.Statut.Code)
        {
            l.Ajouter("demande.evenement.incoherent", $"{chemin}.statut", statut, $"Ce mouvement mène au statut {suite.Etat.Statut.Code}.");
            return null;
        }

        return suite.Etat;
    }

    private static Resultat<Evolution<DemandeDAide>>? Absent(LecteurDeDocument l, string chemin, string message)
    {
        l.Ajouter("json.absent", chemin, null, message);
        return null;
    }

    private static Resultat<Evolution<DemandeDAide>>? Inconnu(LecteurDeDocument l, string? type, string chemin)
    {
        l.Ajouter("demande.evenement.type", $"{chemin}.type", type, "Sorte d'événement attendue : CHANGEMENT_DE_STATUT, ACCORD, REFUS, VERSEMENT, DECAISSEMENT ou MOUVEMENT_DU_PRET.");
        return null;
    }

    private static Erreur Situer(Erreur e, string chemin, bool depot)
    {
        var champ = e.Champ switch
        {
            "statut" => "type",
            "montant_accorde" => "montant",
            "montant_demande" => "montantDemande",
            "numero_allocataire" => "numeroAllocataire",
            "forme" when depot => "formeDemandee",
            "date" when depot => "dateDepot",
            "capital" => "montant",
            _ => null,
        };
        return champ is null ? PretsJson.Situer(e, chemin) : e.PourChamp(champ).AuChemin($"{chemin}.{champ}");
    }

    /// <summary>Écrit la demande dans un flux, en UTF-8, sans construire la chaîne JSON entière.</summary>
    /// <param name="demande">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    public static void Ecrire(DemandeDAide demande, Stream flux) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(flux), ToDocument(demande), CafJsonContext.Default.DemandeDAideDocument);

    /// <summary>Écrit la demande dans un flux, de façon asynchrone, en UTF-8.</summary>
    /// <param name="demande">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La tâche.</returns>
    public static Task EcrireAsync(DemandeDAide demande, Stream flux, CancellationToken annulation = default) =>
        JsonSerializer.SerializeAsync(Preconditions.CheckNotNull(flux), ToDocument(demande), CafJsonContext.Default.DemandeDAideDocument, annulation);

    /// <summary>Lit la demande depuis un flux UTF-8 ; un flux mal formé ou mal encodé donne une erreur, jamais une exception.</summary>
    /// <param name="flux">Le flux source.</param>
    /// <param name="catalogue">Le catalogue des aides (celui de référence si absent).</param>
    /// <returns>La valeur, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<DemandeDAide> Lire(Stream flux, CatalogueDesAides? catalogue = null) =>
        LecteurDeDocument.Deserialiser(Preconditions.CheckNotNull(flux), CafJsonContext.Default.DemandeDAideDocument).Bind(d => FromDocument(d, catalogue));

    /// <summary>Lit la demande depuis un flux UTF-8, de façon asynchrone.</summary>
    /// <param name="flux">Le flux source.</param>
    /// <param name="catalogue">Le catalogue des aides (celui de référence si absent).</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La valeur, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static async Task<Resultat<DemandeDAide>> LireAsync(Stream flux, CatalogueDesAides? catalogue = null, CancellationToken annulation = default) =>
        (await LecteurDeDocument.DeserialiserAsync(Preconditions.CheckNotNull(flux), CafJsonContext.Default.DemandeDAideDocument, annulation).ConfigureAwait(false)).Bind(d => FromDocument(d, catalogue));
}
