using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Json;

/// <summary>
/// Lecture et écriture du résultat d'une campagne de contacts proactifs au format d'échange JSON (schéma versionné,
/// <c>docs/json.md</c>, <c>docs/schemas/campagne.v1.schema.json</c>) : les contacts planifiés avec leurs motifs
/// fusionnés, leur priorité, leur intervenant, leur canal et leurs dates, les issues enregistrées, les foyers écartés et
/// les totaux par secteur.
/// </summary>
/// <remarks>
/// <para>La lecture vérifie chaque valeur et chaque règle de cohérence (un contact par foyer, au moins un signal par
/// contact, signaux par gravité décroissante, contact pas avant la date de référence, issues dans l'ordre
/// chronologique, totaux égaux à ceux des contacts) et rapporte toutes les erreurs avec leur chemin JSON ; jamais de
/// campagne à moitié construite.</para>
/// <para>Une campagne relue ne porte pas les détections de ses foyers (le document n'a pas les foyers) :
/// <see cref="Campagne.DetectionDe"/> rend <see langword="null"/>, et la campagne suivante se planifie par
/// <see cref="PlanificateurDeCampagne.Planifier(IEnumerable{Foyer}, NodaTime.LocalDate, Campagne)"/>, qui en reprend
/// l'historique.</para>
/// </remarks>
public static class CampagnesJson
{
    /// <summary>Écrit une campagne dans un document JSON (schéma version 1).</summary>
    /// <param name="campagne">La campagne.</param>
    /// <returns>Le texte JSON.</returns>
    public static string Ecrire(Campagne campagne) =>
        JsonSerializer.Serialize(ToDocument(campagne), CafJsonContext.Default.CampagneDocument);

    /// <summary>Lit un document de campagne.</summary>
    /// <param name="json">Le texte JSON.</param>
    /// <returns>La campagne, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<Campagne> Lire(string json)
    {
        Preconditions.CheckNotNull(json);
        return LecteurDeDocument.Deserialiser(json, CafJsonContext.Default.CampagneDocument).Bind(FromDocument);
    }

    /// <summary>Convertit une campagne en objet de transfert.</summary>
    /// <param name="campagne">La campagne.</param>
    /// <returns>L'objet de transfert.</returns>
    public static CampagneDocument ToDocument(Campagne campagne) => ToDocument(campagne, avecExplications: true);

    /// <summary>
    /// Écrit une campagne dans un flux ; sans explications, l'export garde les contacts, signaux, dates et l'historique
    /// mais omet les explications (le plus gros du document) : c'est un export de travail, que <see cref="Lire(Stream)"/>
    /// refuse (<c>json.absent</c>) puisqu'une campagne relue porte toujours les explications de ses contacts.
    /// </summary>
    /// <param name="campagne">La campagne.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    /// <param name="avecExplications"><see langword="false"/> pour omettre les explications.</param>
    public static void Ecrire(Campagne campagne, Stream flux, bool avecExplications) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(flux), ToDocument(campagne, avecExplications), CafJsonContext.Default.CampagneDocument);

    private static CampagneDocument ToDocument(Campagne campagne, bool avecExplications)
    {
        Preconditions.CheckNotNull(campagne);
        var p = campagne.Politique;
        return new CampagneDocument
        {
            Reference = LectureJson.Iso(campagne.Reference),
            Politique = new PolitiqueDeCampagneDocument
            {
                Caf = p.Caf,
                SansDemarcheDepuis = LectureJson.Iso(p.SansDemarcheDepuis),
                SansDemarchePendantJours = p.SansDemarchePendantJours,
                JoursAvantEcheance = p.JoursAvantEcheance,
                JoursApresCloture = p.JoursApresCloture,
                MotifsPieceManquante = [.. p.MotifsPieceManquante.Select(m => m.Code)],
                CapaciteJournaliereCaf = p.CapaciteJournaliereCaf,
                CapaciteJournaliereTravailleurSocial = p.CapaciteJournaliereTravailleurSocial,
                DelaiDeContactJours = p.DelaiDeContactJours,
                DelaiNouvelleTentativeJours = p.DelaiNouvelleTentativeJours,
                TentativesMaximum = p.TentativesMaximum,
                FenetreSansNouvelAppelJours = p.FenetreSansNouvelAppelJours,
                HorizonJours = p.HorizonJours,
            },
            NombreEcartes = campagne.NombreEcartes,
            FoyersReevalues = campagne.FoyersReevalues,
            Contacts = [.. campagne.Contacts.Select(c => new ContactDocument
            {
                NumeroAllocataire = c.Numero.EnClair,
                Secteur = c.Secteur,
                Gravite = c.Gravite.Code,
                Intervenant = VersDocument(c.Intervenant),
                Canal = c.Canal.Code,
                Signaux = [.. c.Signaux.Select(s => new SignalDocument
                {
                    Public = s.CodePublic,
                    Libelle = s.Libelle,
                    Gravite = s.Gravite.Code,
                    Intervenant = s.Intervenant.Code,
                    Echeance = s.Echeance is { } e ? LectureJson.Iso(e) : null,
                    Explication = avecExplications ? ExplicationsJson.VersDocument(s.Explication) : null,
                })],
                DatePrevue = LectureJson.Iso(c.DatePrevue),
                Echeance = LectureJson.Iso(c.Echeance),
                Tentative = c.Tentative,
                Explication = avecExplications ? ExplicationsJson.VersDocument(c.Explication) : null,
            })],
            Historique = [.. campagne.Historique.OrderBy(h => h.Key).Select(h => new HistoriqueDocument
            {
                NumeroAllocataire = h.Key.EnClair,
                Appels = [.. h.Value.Select(a => new AppelDocument
                {
                    Date = LectureJson.Iso(a.Date),
                    Issue = a.Issue.Code,
                    Intervenant = VersDocument(a.Intervenant),
                    Tentative = a.Tentative,
                })],
            })],
            TotauxParSecteur = [.. campagne.TotauxParSecteur.Select(VersDocument)],
            Total = VersDocument(campagne.Total),
        };
    }

    /// <summary>Valide un objet de transfert et le convertit en campagne ; chaque erreur porte son chemin JSON.</summary>
    /// <param name="document">L'objet de transfert.</param>
    /// <returns>La campagne, ou toutes les erreurs : valeurs mal formées ou codes inconnus (codes des valeurs,
    /// <c>json.absent</c>, <c>json.texte.vide</c>, <c>json.borne</c>), <c>json.version</c>,
    /// <c>campagne.parametre.*</c>, <c>campagne.contact.doublon</c>, <c>campagne.contact.sans_signal</c>,
    /// <c>campagne.contact.ordre_signaux</c>, <c>campagne.contact.gravite</c>, <c>campagne.contact.date</c>,
    /// <c>campagne.historique.doublon</c>, <c>campagne.appel.ordre</c>, <c>campagne.total.incoherent</c>.</returns>
    public static Resultat<Campagne> FromDocument(CampagneDocument document)
    {
        Preconditions.CheckNotNull(document);
        if (LecteurDeDocument.VerifierVersion(document.Version, CampagneDocument.VersionActuelle) is { } version)
        {
            return Resultat<Campagne>.Echec(version);
        }

        if (LecteurDeDocument.Absents(document, CafJsonContext.Default.CampagneDocument) is { } absents)
        {
            return Resultat<Campagne>.Echec(absents);
        }

        var l = new LecteurDeDocument();
        var reference = l.Date(document.Reference, "$.reference");
        var politique = LirePolitique(document.Politique, l, "$.politique");
        l.Borne(document.NombreEcartes, 0, int.MaxValue, "$.nombreEcartes");
        l.Borne(document.FoyersReevalues, 0, int.MaxValue, "$.foyersReevalues");

        var contacts = ImmutableArray.CreateBuilder<Contact>(document.Contacts.Count);
        var vus = new HashSet<NumeroAllocataire>();
        for (var i = 0; i < document.Contacts.Count; i++)
        {
            var chemin = $"$.contacts[{i}]";
            if (l.Present(document.Contacts[i], chemin) && LireContact(document.Contacts[i], l, chemin, reference) is { } contact)
            {
                if (vus.Add(contact.Numero))
                {
                    contacts.Add(contact);
                }
                else
                {
                    l.Ajouter("campagne.contact.doublon", $"{chemin}.numeroAllocataire", contact.Numero.ToString(), "Un seul contact par foyer : ce foyer a déjà un contact dans la campagne.");
                }
            }
        }

        var historique = ImmutableDictionary.CreateBuilder<NumeroAllocataire, ImmutableList<Appel>>();
        for (var i = 0; i < document.Historique.Count; i++)
        {
            var chemin = $"$.historique[{i}]";
            if (!l.Present(document.Historique[i], chemin))
            {
                continue;
            }

            var h = document.Historique[i];
            var numero = l.Numero(h.NumeroAllocataire, $"{chemin}.numeroAllocataire");
            var appels = LireAppels(h.Appels, l, chemin);
            if (numero is { } n && appels is not null)
            {
                if (!historique.TryAdd(n, appels))
                {
                    l.Ajouter("campagne.historique.doublon", $"{chemin}.numeroAllocataire", n.ToString(), "L'historique de ce foyer figure déjà dans le document.");
                }
            }
        }

        if (l.EnErreur)
        {
            return Resultat<Campagne>.Echec(l.Erreurs);
        }

        var campagne = new Campagne(
            politique!,
            reference!.Value,
            ImmutableDictionary<NumeroAllocataire, DetectionFoyer>.Empty,
            contacts.ToImmutable(),
            document.NombreEcartes,
            historique.ToImmutable(),
            document.FoyersReevalues,
            null,
            [],
            []);
        VerifierTotaux(campagne, document, l);
        return l.EnErreur ? Resultat<Campagne>.Echec(l.Erreurs) : campagne;
    }

    private static PolitiqueDeCampagne? LirePolitique(PolitiqueDeCampagneDocument? document, LecteurDeDocument l, string chemin)
    {
        if (!l.Present(document, chemin))
        {
            return null;
        }

        var avant = l.Erreurs.Count;
        var depuis = l.Date(document!.SansDemarcheDepuis, $"{chemin}.sansDemarcheDepuis");
        var motifs = new List<MotifSuspensionRsa>();
        for (var i = 0; i < document.MotifsPieceManquante.Count; i++)
        {
            if (l.Code<MotifSuspensionRsa>(document.MotifsPieceManquante[i], $"{chemin}.motifsPieceManquante[{i}]") is { } m)
            {
                motifs.Add(m);
            }
        }

        if (l.Erreurs.Count > avant)
        {
            return null;
        }

        var parametres = new ParametresDeCampagne
        {
            Caf = document.Caf!,
            SansDemarcheDepuis = depuis!.Value,
            SansDemarchePendantJours = document.SansDemarchePendantJours,
            JoursAvantEcheance = document.JoursAvantEcheance,
            JoursApresCloture = document.JoursApresCloture,
            CapaciteJournaliereCaf = document.CapaciteJournaliereCaf,
            CapaciteJournaliereTravailleurSocial = document.CapaciteJournaliereTravailleurSocial,
            DelaiDeContactJours = document.DelaiDeContactJours,
            DelaiNouvelleTentativeJours = document.DelaiNouvelleTentativeJours,
            TentativesMaximum = document.TentativesMaximum,
            FenetreSansNouvelAppelJours = document.FenetreSansNouvelAppelJours,
            HorizonJours = document.HorizonJours,
        };
        parametres.MotifsPieceManquante.Clear();
        motifs.ForEach(parametres.MotifsPieceManquante.Add);
        var r = PolitiqueDeCampagne.Create(parametres);
        if (r.TryGetValue(out var politique))
        {
            return politique;
        }

        l.Erreurs.AddRange(r.Erreurs.Select(e =>
        {
            var champ = e.Champ.Length == 0 ? e.Champ : char.ToLowerInvariant(e.Champ[0]) + e.Champ[1..];
            return e.PourChamp(champ).AuChemin($"{chemin}.{champ}");
        }));
        return null;
    }

    private static Contact? LireContact(ContactDocument d, LecteurDeDocument l, string chemin, NodaTime.LocalDate? reference)
    {
        var avant = l.Erreurs.Count;
        var numero = l.Numero(d.NumeroAllocataire, $"{chemin}.numeroAllocataire");
        var secteur = l.Texte(d.Secteur, $"{chemin}.secteur");
        var intervenant = LireIntervenant(d.Intervenant, l, $"{chemin}.intervenant");
        var canal = l.Code<CanalDeContact>(d.Canal, $"{chemin}.canal");
        var prevue = l.Date(d.DatePrevue, $"{chemin}.datePrevue");
        var echeance = l.Date(d.Echeance, $"{chemin}.echeance");
        l.Borne(d.Tentative, 1, 100, $"{chemin}.tentative");
        var explication = ExplicationsJson.Lire(d.Explication, l, $"{chemin}.explication");
        var gravite = d.Gravite is null ? null : l.Code<Gravite>(d.Gravite, $"{chemin}.gravite");
        var signaux = ImmutableArray.CreateBuilder<Signal>(d.Signaux.Count);
        for (var i = 0; i < d.Signaux.Count; i++)
        {
            var c = $"{chemin}.signaux[{i}]";
            if (l.Present(d.Signaux[i], c) && LireSignal(d.Signaux[i], l, c) is { } s)
            {
                if (signaux.Count > 0 && s.Gravite.Rang > signaux[^1].Gravite.Rang)
                {
                    l.Ajouter("campagne.contact.ordre_signaux", $"{c}.gravite", s.Gravite.Code, "Les signaux d'un contact sont classés par gravité décroissante.");
                }

                signaux.Add(s);
            }
        }

        if (d.Signaux.Count == 0)
        {
            l.Ajouter("campagne.contact.sans_signal", $"{chemin}.signaux", null, "Un contact fusionne au moins un signal.");
        }

        if (prevue is { } p && reference is { } r && p < r)
        {
            l.Ajouter("campagne.contact.date", $"{chemin}.datePrevue", LectureJson.Iso(p), "Un contact ne peut être prévu avant la date de référence de la campagne.");
        }

        if (l.Erreurs.Count > avant)
        {
            return null;
        }

        if (gravite is not null && gravite != signaux[0].Gravite)
        {
            l.Ajouter("campagne.contact.gravite", $"{chemin}.gravite", gravite.Code, $"La gravité d'un contact est celle de son signal le plus grave ({signaux[0].Gravite.Code}).");
            return null;
        }

        return new Contact(numero!.Value, secteur!, intervenant!, canal!, signaux.ToImmutable(), prevue!.Value, echeance!.Value, d.Tentative, explication!);
    }

    private static Signal? LireSignal(SignalDocument d, LecteurDeDocument l, string chemin)
    {
        var avant = l.Erreurs.Count;
        var code = l.Texte(d.Public, $"{chemin}.public");
        var libelle = l.Texte(d.Libelle, $"{chemin}.libelle");
        var gravite = l.Code<Gravite>(d.Gravite, $"{chemin}.gravite");
        var intervenant = l.Code<TypeIntervenant>(d.Intervenant, $"{chemin}.intervenant");
        var (_, echeance) = l.DateFacultative(d.Echeance, $"{chemin}.echeance");
        var explication = ExplicationsJson.Lire(d.Explication, l, $"{chemin}.explication");
        return l.Erreurs.Count > avant ? null : new Signal(code!, libelle!, gravite!, intervenant!, explication!, echeance);
    }

    private static Intervenant? LireIntervenant(IntervenantDocument? d, LecteurDeDocument l, string chemin)
    {
        if (!l.Present(d, chemin))
        {
            return null;
        }

        var avant = l.Erreurs.Count;
        var code = l.Texte(d!.Code, $"{chemin}.code");
        var libelle = l.Texte(d.Libelle, $"{chemin}.libelle");
        var type = l.Code<TypeIntervenant>(d.Type, $"{chemin}.type");
        if (l.Erreurs.Count > avant)
        {
            return null;
        }

        return code == Intervenant.PlateformeCaf.Code && libelle == Intervenant.PlateformeCaf.Libelle && type == Intervenant.PlateformeCaf.Type
            ? Intervenant.PlateformeCaf
            : new Intervenant(code!, libelle!, type!);
    }

    private static ImmutableList<Appel>? LireAppels(List<AppelDocument> appels, LecteurDeDocument l, string chemin)
    {
        var avant = l.Erreurs.Count;
        var liste = ImmutableList.CreateBuilder<Appel>();
        for (var i = 0; i < appels.Count; i++)
        {
            var c = $"{chemin}.appels[{i}]";
            if (!l.Present(appels[i], c))
            {
                continue;
            }

            var a = appels[i];
            var date = l.Date(a.Date, $"{c}.date");
            var issue = l.Code<IssueDuContact>(a.Issue, $"{c}.issue");
            var intervenant = LireIntervenant(a.Intervenant, l, $"{c}.intervenant");
            var tentative = l.Borne(a.Tentative, 1, 100, $"{c}.tentative");
            if (date is { } d && liste.Count > 0 && d < liste[^1].Date)
            {
                l.Ajouter("campagne.appel.ordre", $"{c}.date", LectureJson.Iso(d), "Les contacts d'un foyer sont dans l'ordre chronologique.");
            }

            if (date is not null && issue is not null && intervenant is not null && tentative is not null)
            {
                liste.Add(new Appel(date.Value, issue, intervenant, tentative.Value));
            }
        }

        return l.Erreurs.Count > avant ? null : liste.ToImmutable();
    }

    private static void VerifierTotaux(Campagne campagne, CampagneDocument document, LecteurDeDocument l)
    {
        if (document.TotauxParSecteur is { } totaux)
        {
            var attendus = campagne.TotauxParSecteur.Select(VersDocument).ToList();
            if (totaux.Count != attendus.Count)
            {
                l.Ajouter("campagne.total.incoherent", "$.totauxParSecteur", totaux.Count.ToString(CultureInfo.InvariantCulture), $"Les contacts couvrent {attendus.Count} secteur(s).");
            }
            else
            {
                for (var i = 0; i < totaux.Count; i++)
                {
                    if (!Egaux(totaux[i], attendus[i]))
                    {
                        l.Ajouter("campagne.total.incoherent", $"$.totauxParSecteur[{i}]", totaux[i]?.Secteur, $"Ces totaux ne sont pas ceux des contacts du secteur {attendus[i].Secteur}.");
                    }
                }
            }
        }

        if (document.Total is { } total && !Egaux(total, VersDocument(campagne.Total)))
        {
            l.Ajouter("campagne.total.incoherent", "$.total", total.Secteur, "Le total n'est pas celui des contacts de la campagne.");
        }
    }

    private static bool Egaux(TotalSecteurDocument? a, TotalSecteurDocument b) =>
        a is not null && a.Secteur == b.Secteur && a.Contacts == b.Contacts && a.ParTelephone == b.ParTelephone
        && a.ParCourrier == b.ParCourrier
        && a.ParGravite.Count == b.ParGravite.Count && b.ParGravite.All(p => a.ParGravite.TryGetValue(p.Key, out var n) && n == p.Value)
        && a.ParMotif.Count == b.ParMotif.Count && b.ParMotif.All(p => a.ParMotif.TryGetValue(p.Key, out var n) && n == p.Value);

    private static IntervenantDocument VersDocument(Intervenant i) => new() { Code = i.Code, Libelle = i.Libelle, Type = i.Type.Code };

    private static TotalSecteurDocument VersDocument(TotalSecteur t) => new()
    {
        Secteur = t.Secteur,
        Contacts = t.Contacts,
        ParTelephone = t.ParTelephone,
        ParCourrier = t.ParCourrier,
        ParGravite = t.ParGravite.ToDictionary(StringComparer.Ordinal),
        ParMotif = t.ParMotif.ToDictionary(StringComparer.Ordinal),
    };

    /// <summary>Écrit la campagne dans un flux, en UTF-8, sans construire la chaîne JSON entière.</summary>
    /// <param name="campagne">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    public static void Ecrire(Campagne campagne, Stream flux) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(flux), ToDocument(campagne), CafJsonContext.Default.CampagneDocument);

    /// <summary>Écrit la campagne dans un flux, de façon asynchrone, en UTF-8.</summary>
    /// <param name="campagne">La valeur à écrire.</param>
    /// <param name="flux">Le flux de destination (laissé ouvert).</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La tâche.</returns>
    public static Task EcrireAsync(Campagne campagne, Stream flux, CancellationToken annulation = default) =>
        JsonSerializer.SerializeAsync(Preconditions.CheckNotNull(flux), ToDocument(campagne), CafJsonContext.Default.CampagneDocument, annulation);

    /// <summary>Lit la campagne depuis un flux UTF-8 ; un flux mal formé ou mal encodé donne une erreur, jamais une exception.</summary>
    /// <param name="flux">Le flux source.</param>
    /// <returns>La valeur, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static Resultat<Campagne> Lire(Stream flux) =>
        LecteurDeDocument.Deserialiser(Preconditions.CheckNotNull(flux), CafJsonContext.Default.CampagneDocument).Bind(FromDocument);

    /// <summary>Lit la campagne depuis un flux UTF-8, de façon asynchrone.</summary>
    /// <param name="flux">Le flux source.</param>
    /// <param name="annulation">L'annulation.</param>
    /// <returns>La valeur, ou toutes les erreurs avec leur chemin JSON.</returns>
    public static async Task<Resultat<Campagne>> LireAsync(Stream flux, CancellationToken annulation = default) =>
        (await LecteurDeDocument.DeserialiserAsync(Preconditions.CheckNotNull(flux), CafJsonContext.Default.CampagneDocument, annulation).ConfigureAwait(false)).Bind(FromDocument);
}
