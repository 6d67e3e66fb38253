using System.Globalization;
using System.Text.Json;
using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Json;

/// <summary>
/// Lecture et écriture de l'instantané d'un <see cref="Journal"/> d'activité au format d'échange JSON (schéma versionné,
/// <c>docs/json.md</c>). La lecture recrée chaque entrée par sa fabrique publique (<see cref="Intervention.Create(NodaTime.LocalDate, string?, string?, string?)"/>,
/// <see cref="SignatureDeContrat.Create(LocalDate, string?, int, RegimeContrat, bool)"/>…) puis le journal par
/// <see cref="Journal.Create"/> : une entrée invalide donne ses erreurs au chemin <c>$.entrees[i].champ</c>, jamais
/// un journal à moitié construit.
/// </summary>
public static class JournauxJson
{
    private static readonly string[] Natures = ["INTERVENTION", "DEMANDE", "RENDEZ_VOUS", "SEANCE", "CONTRAT_SIGNE", "AIDE_ATTRIBUEE", "AIDE_VERSEE"];

    /// <summary>Correspondance des champs des erreurs des fabriques vers les propriétés du document.</summary>
    private static readonly Dictionary<string, string> Proprietes = new(StringComparer.Ordinal)
    {
        ["travailleur_social"] = "travailleurSocial",
        ["type_aide"] = "type",
        ["numeroContrat"] = "numeroContrat",
    };

    /// <summary>Écrit l'instantané d'un journal (schéma version 1).</summary>
    /// <param name="journal">Le journal.</param>
    /// <returns>Le texte JSON.</returns>
    public static string Ecrire(Journal journal) =>
        JsonSerializer.Serialize(ToDocument(journal), CafJsonContext.Default.JournalDocument);

    /// <summary>Lit l'instantané d'un journal ; les types d'aide sont cherchés dans le catalogue de référence.</summary>
    /// <param name="json">Le texte JSON.</param>
    /// <returns>Le journal, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<Journal> Lire(string json) => Lire(json, CatalogueDesAides.Reference);

    /// <summary>Lit l'instantané d'un journal.</summary>
    /// <param name="json">Le texte JSON.</param>
    /// <param name="catalogue">Le catalogue des aides de la Caf, qui résout les codes de type d'aide.</param>
    /// <returns>Le journal, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<Journal> Lire(string json, CatalogueDesAides catalogue)
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckNotNull(catalogue);
        return LecteurDeDocument.Deserialiser(json, CafJsonContext.Default.JournalDocument).Bind(d => FromDocument(d, catalogue));
    }

    /// <summary>Convertit un journal en objet de transfert (entrées dans l'ordre du journal).</summary>
    /// <param name="journal">Le journal.</param>
    /// <returns>L'objet de transfert.</returns>
    public static JournalDocument ToDocument(Journal journal)
    {
        Preconditions.CheckNotNull(journal);
        return new JournalDocument
        {
            Debut = LectureJson.Iso(journal.Periode.Start),
            Fin = LectureJson.Iso(journal.Periode.End),
            Entrees = [.. journal.Entrees.Select(VersDocument)],
        };
    }

    private static EntreeJournalDocument VersDocument(EntreeJournal entree)
    {
        var d = new EntreeJournalDocument { Nature = entree.Nature, Date = LectureJson.Iso(entree.Date), Secteur = entree.Secteur };
        switch (entree)
        {
            case Intervention i:
                d.Motif = i.Motif.Code;
                d.TravailleurSocial = i.TravailleurSocial;
                break;
            case NouvelleDemande n:
                d.Motif = n.Motif.Code;
                break;
            case RendezVous r:
                d.Statut = r.Statut.Code;
                d.Origine = r.Origine.Code;
                d.TravailleurSocial = r.TravailleurSocial;
                d.Evenement = r.EvenementLie?.Code;
                break;
            case SeanceCollective s:
                d.Theme = s.Theme.Code;
                d.Modalite = s.Modalite.Code;
                d.Participants = s.Participants;
                break;
            case SignatureDeContrat c:
                d.NumeroContrat = c.NumeroContrat;
                d.Regime = c.Regime.Code;
                d.SignatureTardive = c.SignatureTardive;
                break;
            case AttributionDAide a:
                d.Type = a.Type.Code;
                d.Forme = a.Forme.Code;
                d.Montant = a.Montant.Euros;
                break;
            case VersementDAide v:
                d.Type = v.Aide.Type.Code;
                d.Forme = v.Aide.Forme.Code;
                d.Montant = v.Aide.Montant.Euros;
                break;
            default:
                throw new InvalidOperationException("Nature d'entrée non prise en charge : " + entree.Nature);
        }

        return d;
    }

    /// <summary>Restaure un journal ; les types d'aide sont cherchés dans le catalogue de référence.</summary>
    /// <param name="document">L'objet de transfert.</param>
    /// <returns>Le journal, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<Journal> FromDocument(JournalDocument document) => FromDocument(document, CatalogueDesAides.Reference);

    /// <summary>Restaure un journal en recréant chaque entrée par sa fabrique publique ; chaque erreur porte son chemin
    /// JSON.</summary>
    /// <param name="document">L'objet de transfert.</param>
    /// <param name="catalogue">Le catalogue des aides de la Caf, qui résout les codes de type d'aide.</param>
    /// <returns>Le journal, ou toutes les erreurs : valeurs mal formées, <c>json.version</c>,
    /// <c>journal.periode.inversee</c>, <c>journal.entree.nature_inconnue</c>, les erreurs des fabriques des entrées
    /// (<c>activite.*</c>, <c>aides.type.inconnu</c>, <c>montant.*</c>) et <c>activite.entree.hors_periode</c>.</returns>
    public static Resultat<Journal> FromDocument(JournalDocument document, CatalogueDesAides catalogue)
    {
        Preconditions.CheckNotNull(document);
        Preconditions.CheckNotNull(catalogue);
        if (LecteurDeDocument.VerifierVersion(document.Version, JournalDocument.VersionActuelle) is { } version)
        {
            return Resultat<Journal>.Echec(version);
        }

        if (LecteurDeDocument.Absents(document, CafJsonContext.Default.JournalDocument) is { } absents)
        {
            return Resultat<Journal>.Echec(absents);
        }

        var l = new LecteurDeDocument();
        var debut = l.Date(document.Debut, "$.debut");
        var fin = l.Date(document.Fin, "$.fin");
        if (debut is { } d0 && fin is { } f0 && f0 < d0)
        {
            l.Ajouter("journal.periode.inversee", "$.fin", LectureJson.Iso(f0), "La fin de la période précède son début.");
        }

        var entrees = new List<EntreeJournal>();
        for (var i = 0; i < (document.Entrees?.Count ?? 0); i++)
        {
            var chemin = string.Create(CultureInfo.InvariantCulture, $"$.entrees[{i}]");
            var e = document.Entrees![i];
            if (l.Present(e, chemin) && Lire(l, e, chemin, catalogue) is { } entree)
            {
                entrees.Add(entree);
            }
        }

        if (l.EnErreur)
        {
            return Resultat<Journal>.Echec(l.Erreurs);
        }

        var periode = new DateInterval(debut!.Value, fin!.Value);
        var cree = Journal.Create(periode, entrees);
        return cree.TryGetValue(out var journal)
            ? journal
            : Resultat<Journal>.Echec(cree.Erreurs.Select(e => e.PourChamp("date").AuChemin(
                (e.Chemin ?? "$[0]").Replace("$[", "$.entrees[", StringComparison.Ordinal) + ".date")));
    }

    private static EntreeJournal? Lire(LecteurDeDocument l, EntreeJournalDocument e, string chemin, CatalogueDesAides catalogue)
    {
        if (e.Nature is null || !Natures.Contains(e.Nature))
        {
            l.Ajouter("journal.entree.nature_inconnue", $"{chemin}.nature", e.Nature, $"Nature d'entrée inconnue ; natures admises : {string.Join(", ", Natures)}.");
            return null;
        }

        var date = l.Date(e.Date, $"{chemin}.date");
        Resultat<EntreeJournal>? r = e.Nature switch
        {
            "INTERVENTION" => Intervention.Create(date ?? default, e.Motif, e.Secteur, e.TravailleurSocial).Select(x => (EntreeJournal)x),
            "DEMANDE" => NouvelleDemande.Create(date ?? default, e.Motif, e.Secteur).Select(x => (EntreeJournal)x),
            "RENDEZ_VOUS" => RendezVous.Create(date ?? default, e.Statut, e.Origine, e.Secteur, e.TravailleurSocial, e.Evenement).Select(x => (EntreeJournal)x),
            "SEANCE" => SeanceCollective.Create(date ?? default, e.Theme, e.Modalite, e.Secteur, e.Participants ?? 0).Select(x => (EntreeJournal)x),
            "CONTRAT_SIGNE" => Signature(l, e, chemin, date),
            "AIDE_ATTRIBUEE" => Attribution(l, e, chemin, date, catalogue),
            "AIDE_VERSEE" => Versement(l, e, chemin, date, catalogue),
            _ => null,
        };
        if (r is null)
        {
            // Erreurs déjà relevées par le lecteur (code, montant).
            return null;
        }

        if (r.TryGetValue(out var entree))
        {
            return date is null ? null : entree;
        }

        l.Erreurs.AddRange(r.Erreurs.Select(x =>
        {
            var propriete = Proprietes.TryGetValue(x.Champ, out var p) ? p : x.Champ;
            return x.PourChamp(propriete).AuChemin($"{chemin}.{propriete}");
        }));
        return null;
    }

    private static Resultat<EntreeJournal>? Signature(LecteurDeDocument l, EntreeJournalDocument e, string chemin, LocalDate? date)
    {
        var regime = l.Code<RegimeContrat>(e.Regime, $"{chemin}.regime");
        if (regime is null)
        {
            return null;
        }

        return SignatureDeContrat.Create(date ?? default, e.Secteur, e.NumeroContrat ?? 0, regime, e.SignatureTardive ?? false).Select(x => (EntreeJournal)x);
    }

    private static Resultat<EntreeJournal>? Attribution(LecteurDeDocument l, EntreeJournalDocument e, string chemin, LocalDate? date, CatalogueDesAides catalogue)
    {
        var type = l.Objet(catalogue.Create(e.Type, "type"), $"{chemin}.type");
        var forme = l.Code<FormeAide>(e.Forme, $"{chemin}.forme");
        var montant = l.Montant(e.Montant ?? 0m, $"{chemin}.montant");
        if (type is null || forme is null || montant is null)
        {
            return null;
        }

        return AttributionDAide.Create(date ?? default, type, forme, montant.Value, e.Secteur).Select(x => (EntreeJournal)x);
    }

    private static Resultat<EntreeJournal>? Versement(LecteurDeDocument l, EntreeJournalDocument e, string chemin, LocalDate? date, CatalogueDesAides catalogue)
    {
        var montant = l.Montant(e.Montant ?? 0m, $"{chemin}.montant");
        if (montant is null)
        {
            return null;
        }

        return VersementDAide.Create(catalogue, date ?? default, e.Type, e.Forme, montant.Value, e.Secteur).Select(x => (EntreeJournal)x);
    }

    /// <summary>Écrit le journal dans un flux, en UTF-8, sans construire la chaîne JSON entière.</summary>
    /// <param name="journal">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    public static void Ecrire(Journal journal, Stream flux) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(flux), ToDocument(journal), CafJsonContext.Default.JournalDocument);

    /// <summary>Écrit le journal dans un flux, de façon asynchrone, en UTF-8.</summary>
    /// <param name="journal">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La tâche.</returns>
    public static Task EcrireAsync(Journal journal, Stream flux, CancellationToken annulation = default) =>
        JsonSerializer.SerializeAsync(Preconditions.CheckNotNull(flux), ToDocument(journal), CafJsonContext.Default.JournalDocument, annulation);

    /// <summary>Lit le journal depuis un flux UTF-8 ; un flux mal formé ou mal encodé donne une erreur, jamais une exception.</summary>
    /// <param name="flux">Le flux source.</param>
    /// <param name="catalogue">Le catalogue des aides (celui de référence si absent).</param>
    /// <returns>La valeur, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<Journal> Lire(Stream flux, CatalogueDesAides? catalogue = null) =>
        LecteurDeDocument.Deserialiser(Preconditions.CheckNotNull(flux), CafJsonContext.Default.JournalDocument).Bind(d => FromDocument(d, catalogue ?? CatalogueDesAides.Reference));

    /// <summary>Lit le journal depuis un flux UTF-8, de façon asynchrone.</summary>
    /// <param name="flux">Le flux source.</param>
    /// <param name="catalogue">Le catalogue des aides (celui de référence si absent).</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La valeur, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static async Task<Resultat<Journal>> LireAsync(Stream flux, CatalogueDesAides? catalogue = null, CancellationToken annulation = default) =>
        (await LecteurDeDocument.DeserialiserAsync(Preconditions.CheckNotNull(flux), CafJsonContext.Default.JournalDocument, annulation).ConfigureAwait(false)).Bind(d => FromDocument(d, catalogue ?? CatalogueDesAides.Reference));
}
