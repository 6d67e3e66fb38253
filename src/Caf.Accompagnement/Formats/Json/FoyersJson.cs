using System.Text.Json;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Json;

/// <summary>
/// Lecture et écriture des foyers au format d'échange JSON (schéma versionné, <c>docs/json.md</c>). La lecture valide
/// chaque foyer et rapporte toutes les erreurs, chacune avec son chemin JSON (<c>$.foyers[3].commune</c>) ; aucun foyer
/// n'est écarté en silence.
/// </summary>
public static class FoyersJson
{
    /// <summary>Lit un document de foyers.</summary>
    /// <param name="json">Le texte JSON.</param>
    /// <returns>Les foyers, dans l'ordre du document, ou toutes les erreurs avec leur chemin.</returns>
    public static Resultat<IReadOnlyList<Foyer>> Lire(string json)
    {
        Preconditions.CheckNotNull(json);
        return LecteurDeDocument.Deserialiser(json, CafJsonContext.Default.FoyersDocument).Bind(DepuisDocument);
    }

    private static Resultat<IReadOnlyList<Foyer>> DepuisDocument(FoyersDocument document)
    {
        if (LecteurDeDocument.VerifierVersion(document.Version, FoyersDocument.VersionActuelle) is { } version)
        {
            return Resultat<IReadOnlyList<Foyer>>.Echec(version);
        }

        if (LecteurDeDocument.Absents(document, CafJsonContext.Default.FoyersDocument) is { } absents)
        {
            return Resultat<IReadOnlyList<Foyer>>.Echec(absents);
        }

        var foyers = new List<Foyer>(document.Foyers.Count);
        var erreurs = new List<Erreur>();
        for (var i = 0; i < document.Foyers.Count; i++)
        {
            var r = FromDocument(document.Foyers[i], $"$.foyers[{i}]");
            if (r.TryGetValue(out var foyer))
            {
                foyers.Add(foyer);
            }
            else
            {
                erreurs.AddRange(r.Erreurs);
            }
        }

        return erreurs.Count > 0 ? Resultat<IReadOnlyList<Foyer>>.Echec(erreurs) : foyers;
    }

    /// <summary>Écrit des foyers dans un document JSON (schéma version 1).</summary>
    /// <param name="foyers">Les foyers.</param>
    /// <returns>Le texte JSON.</returns>
    public static string Ecrire(IEnumerable<Foyer> foyers)
    {
        var document = new FoyersDocument { Foyers = [.. Preconditions.CheckNotNull(foyers).Select(ToDocument)] };
        return JsonSerializer.Serialize(document, CafJsonContext.Default.FoyersDocument);
    }

    /// <summary>Convertit un foyer en objet de transfert.</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <returns>L'objet de transfert.</returns>
    public static FoyerDocument ToDocument(Foyer foyer)
    {
        Preconditions.CheckNotNull(foyer);
        return new FoyerDocument
        {
            NumeroAllocataire = foyer.Numero.EnClair,
            Commune = foyer.Commune.ToString(),
            Naissance = LectureJson.Iso(foyer.Allocataire.DateNaissance),
            Situation = foyer.Situation.Code,
            SituationDepuis = LectureJson.Iso(foyer.DateSituation),
            NaissanceConjoint = foyer.Conjoint is { } c ? LectureJson.Iso(c.DateNaissance) : null,
            Enfants = [.. foyer.Enfants.Select(e => new EnfantDocument { Naissance = LectureJson.Iso(e.DateNaissance), Handicap = e.Handicap, ResidenceAlternee = e.ResidenceAlternee })],
            RessourcesMensuelles = foyer.RessourcesMensuelles.Euros,
            RessourcesAnnuellesN2 = foyer.RessourcesAnnuellesN2.Euros,
            Prestations = [.. foyer.Prestations.Select(p => new PrestationDocument { Code = p.Prestation.Code, MontantMensuel = p.MontantMensuel.Euros, Majoree = p.Majoree })],
            Evenements = [.. foyer.Evenements.Select(e => new EvenementDocument { Type = e.Type.Code, Date = LectureJson.Iso(e.Date) })],
            Canaux = [.. foyer.Canaux.Select(c => c.Code)],
            Demarches = [.. foyer.Demarches.Select(d => new DemarcheDocument { Date = LectureJson.Iso(d.Date), Canal = d.Canal.Code })],
            TelephoneConnu = foyer.TelephoneConnu,
            DroitsEtDevoirsAllocataire = DocumentDe(foyer.Allocataire.DroitsEtDevoirs),
            DroitsEtDevoirsConjoint = DocumentDe(foyer.Conjoint?.DroitsEtDevoirs),
            QuotientFamilialCaf = foyer.QuotientFamilialCaf is { } qf ? new QuotientFamilialDocument { Valeur = qf.Valeur.Euros, ConnuAu = LectureJson.Iso(qf.ConnuAu) } : null,
        };
    }

    /// <summary>Valide un objet de transfert et le convertit en foyer ; chaque erreur porte son chemin JSON.</summary>
    /// <param name="document">L'objet de transfert.</param>
    /// <param name="chemin">Le chemin JSON de l'objet (par défaut <c>$</c>).</param>
    /// <returns>Le foyer, ou toutes les erreurs.</returns>
    public static Resultat<Foyer> FromDocument(FoyerDocument document, string chemin = "$")
    {
        Preconditions.CheckNotNull(document);
        Preconditions.CheckNotNull(chemin);
        if (LecteurDeDocument.Absents(document, CafJsonContext.Default.FoyerDocument, chemin) is { } absents)
        {
            return Resultat<Foyer>.Echec(absents);
        }

        var erreurs = new List<Erreur>();
        T? Lire<T>(Resultat<T> r, string champ)
            where T : struct
        {
            if (r.TryGetValue(out var v))
            {
                return v;
            }

            erreurs.AddRange(r.Erreurs.Select(e => e.PourChamp(champ).AuChemin($"{chemin}.{champ}")));
            return null;
        }

        TRef? LireRef<TRef>(Resultat<TRef> r, string champ)
            where TRef : class
        {
            if (r.TryGetValue(out var v))
            {
                return v;
            }

            erreurs.AddRange(r.Erreurs.Select(e => e.PourChamp(champ).AuChemin($"{chemin}.{champ}")));
            return null;
        }

        var numero = Lire(NumeroAllocataire.Create(document.NumeroAllocataire), "numeroAllocataire");
        var commune = Lire(CodeCommune.Create(document.Commune), "commune");
        var naissance = Lire(LectureJson.Date(document.Naissance, "date"), "naissance");
        var situation = LireRef(SituationFamiliale.Create(document.Situation ?? string.Empty, "situation"), "situation");
        var depuis = document.SituationDepuis is null ? null : Lire(LectureJson.Date(document.SituationDepuis, "date"), "situationDepuis");
        var naissanceConjoint = document.NaissanceConjoint is null ? null : Lire(LectureJson.Date(document.NaissanceConjoint, "date"), "naissanceConjoint");
        var mensuelles = Lire(Montant.Create(document.RessourcesMensuelles), "ressourcesMensuelles");
        var n2 = Lire(Montant.Create(document.RessourcesAnnuellesN2), "ressourcesAnnuellesN2");
        if (situation == SituationFamiliale.EnCouple && document.NaissanceConjoint is null)
        {
            erreurs.Add(new Erreur("foyer.conjoint.absent", "naissanceConjoint", null, "En couple, la date de naissance du conjoint est obligatoire.", chemin: $"{chemin}.naissanceConjoint"));
        }

        if (situation == SituationFamiliale.Isole && document.NaissanceConjoint is not null)
        {
            erreurs.Add(new Erreur("foyer.conjoint.isole", "naissanceConjoint", document.NaissanceConjoint, "Une personne seule n'a pas de conjoint.", chemin: $"{chemin}.naissanceConjoint"));
        }

        var enfants = document.Enfants.Select((e, i) => (Naissance: Lire(LectureJson.Date(e.Naissance, "date"), $"enfants[{i}].naissance"), e.Handicap, e.ResidenceAlternee)).ToList();
        var prestations = document.Prestations.Select((p, i) => (
            Prestation: LireRef(Prestation.Create(p.Code, "code"), $"prestations[{i}].code"),
            Montant: Lire(Montant.Create(p.MontantMensuel), $"prestations[{i}].montantMensuel"),
            p.Majoree)).ToList();
        var evenements = document.Evenements.Select((e, i) => (
            Type: LireRef(TypeEvenement.Create(e.Type, "type"), $"evenements[{i}].type"),
            Date: Lire(LectureJson.Date(e.Date, "date"), $"evenements[{i}].date"))).ToList();
        var canaux = document.Canaux.Select((c, i) => LireRef(CanalDeContact.Create(c, "canal"), $"canaux[{i}]")).ToList();
        var demarches = document.Demarches.Select((d, i) => (
            Date: Lire(LectureJson.Date(d.Date, "date"), $"demarches[{i}].date"),
            Canal: LireRef(CanalDeContact.Create(d.Canal, "canal"), $"demarches[{i}].canal"))).ToList();

        var ddAllocataire = document.DroitsEtDevoirsAllocataire is { } da ? Lire(Dates.Create(da.Depuis), "droitsEtDevoirsAllocataire.depuis") : null;
        var ddConjoint = document.DroitsEtDevoirsConjoint is { } dc ? Lire(Dates.Create(dc.Depuis), "droitsEtDevoirsConjoint.depuis") : null;
        var qfValeur = document.QuotientFamilialCaf is { } qfd ? Lire(Montant.Create(qfd.Valeur), "quotientFamilialCaf.valeur") : null;
        var qfDate = document.QuotientFamilialCaf is { } qfc ? Lire(Dates.Create(qfc.ConnuAu), "quotientFamilialCaf.connuAu") : null;

        if (erreurs.Count > 0)
        {
            return Resultat<Foyer>.Echec(erreurs);
        }

        var builder = Foyer.Builder(numero!.Value, commune!.Value, naissance!.Value);
        if (situation == SituationFamiliale.EnCouple)
        {
            builder.EnCouple(naissanceConjoint!.Value, depuis ?? naissance.Value);
        }
        else
        {
            builder.Isole(depuis ?? naissance.Value);
        }

        enfants.ForEach(e =>
        {
            if (e.ResidenceAlternee)
            {
                builder.AvecEnfantEnResidenceAlternee(e.Naissance!.Value, e.Handicap);
            }
            else
            {
                builder.AvecEnfant(e.Naissance!.Value, e.Handicap);
            }
        });
        builder.AvecRessources(mensuelles!.Value, n2!.Value);
        prestations.ForEach(p => builder.Percoit(p.Prestation!, p.Montant!.Value, p.Majoree));
        evenements.ForEach(e => builder.Evenement(e.Type!, e.Date!.Value));
        canaux.ForEach(c => builder.Canal(c!));
        demarches.ForEach(d => builder.Demarche(d.Date!.Value, d.Canal!));
        builder.Telephone(document.TelephoneConnu);
        if (ddAllocataire is { } depuisA)
        {
            builder.DroitsEtDevoirs(RoleDansLeFoyer.Allocataire, document.DroitsEtDevoirsAllocataire!.Soumis, depuisA);
        }

        if (ddConjoint is { } depuisC)
        {
            builder.DroitsEtDevoirs(RoleDansLeFoyer.Conjoint, document.DroitsEtDevoirsConjoint!.Soumis, depuisC);
        }

        if (qfValeur is { } v && qfDate is { } d)
        {
            builder.AvecQuotientFamilialCaf(v, d);
        }

        var foyer = builder.Build();
        return foyer.Reussi
            ? foyer
            : Resultat<Foyer>.Echec(foyer.Erreurs.Select(e => e.AuChemin($"{chemin}.{CheminJson(e.Champ)}")));
    }

    private static DroitsEtDevoirsDocument? DocumentDe(DroitsEtDevoirs? valeur) =>
        valeur is { } v ? new DroitsEtDevoirsDocument { Soumis = v.Soumis, Depuis = LectureJson.Iso(v.Depuis) } : null;

    private static string CheminJson(string champ) => champ switch
    {
        "droits_devoirs" => "droitsEtDevoirsAllocataire",
        "droits_devoirs_conjoint" => "droitsEtDevoirsConjoint",
        "numero_allocataire" => "numeroAllocataire",
        "date_situation" => "situationDepuis",
        "ressources_mensuelles" => "ressourcesMensuelles",
        "ressources_n2" => "ressourcesAnnuellesN2",
        "quotient_familial_caf" => "quotientFamilialCaf",
        _ => champ.Replace(".montant", ".montantMensuel", StringComparison.Ordinal).Replace(".majore", ".majoree", StringComparison.Ordinal).Replace(".prestation", ".code", StringComparison.Ordinal),
    };

    /// <summary>Écrit les foyers dans un flux, en UTF-8, sans construire la chaîne JSON entière.</summary>
    /// <param name="foyers">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    public static void Ecrire(IEnumerable<Foyer> foyers, Stream flux) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(flux), new FoyersDocument { Foyers = [.. foyers.Select(ToDocument)] }, CafJsonContext.Default.FoyersDocument);

    /// <summary>Écrit les foyers dans un flux, de façon asynchrone, en UTF-8.</summary>
    /// <param name="foyers">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La tâche.</returns>
    public static Task EcrireAsync(IEnumerable<Foyer> foyers, Stream flux, CancellationToken annulation = default) =>
        JsonSerializer.SerializeAsync(Preconditions.CheckNotNull(flux), new FoyersDocument { Foyers = [.. foyers.Select(ToDocument)] }, CafJsonContext.Default.FoyersDocument, annulation);

    /// <summary>Lit les foyers depuis un flux UTF-8 ; un flux mal formé ou mal encodé donne une erreur, jamais une exception.</summary>
    /// <param name="flux">Le flux source.</param>
    /// <returns>La valeur, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<IReadOnlyList<Foyer>> Lire(Stream flux) =>
        LecteurDeDocument.Deserialiser(Preconditions.CheckNotNull(flux), CafJsonContext.Default.FoyersDocument).Bind(DepuisDocument);

    /// <summary>Lit les foyers depuis un flux UTF-8, de façon asynchrone.</summary>
    /// <param name="flux">Le flux source.</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La valeur, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static async Task<Resultat<IReadOnlyList<Foyer>>> LireAsync(Stream flux, CancellationToken annulation = default) =>
        (await LecteurDeDocument.DeserialiserAsync(Preconditions.CheckNotNull(flux), CafJsonContext.Default.FoyersDocument, annulation).ConfigureAwait(false)).Bind(DepuisDocument);
}
