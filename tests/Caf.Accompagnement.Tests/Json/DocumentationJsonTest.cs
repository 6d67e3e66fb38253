using System.Text.Json;
using System.Text.RegularExpressions;
using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Caf.Accompagnement.Tests.Json;

/// <summary>
/// La documentation du format d'échange dit vrai : chaque exemple de <c>docs/json.md</c> est lu par la bibliothèque
/// et respecte son schéma ; les documents écrits par la bibliothèque respectent les schémas de <c>docs/schemas/</c>.
/// </summary>
public sealed partial class DocumentationJsonTest
{
    private static readonly string Racine = TrouverRacine();

    private static string TrouverRacine()
    {
        var dossier = new DirectoryInfo(AppContext.BaseDirectory);
        while (dossier is not null && !File.Exists(Path.Combine(dossier.FullName, "Caf.Accompagnement.sln")))
        {
            dossier = dossier.Parent;
        }

        return dossier?.FullName ?? throw new InvalidOperationException("Racine du dépôt introuvable.");
    }

    private static JsonElement Schema(string nom) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Racine, "docs", "schemas", nom))).RootElement;

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex BlocJson();

    public static TheoryData<int> Exemples()
    {
        var donnees = new TheoryData<int>();
        var n = BlocJson().Matches(File.ReadAllText(Path.Combine(TrouverRacine(), "docs", "json.md"))).Count;
        for (var i = 0; i < n; i++)
        {
            donnees.Add(i);
        }

        return donnees;
    }

    /// <summary>Les schémas de <c>docs/schemas/</c>, un par document d'échange.</summary>
    private static readonly string[] Schemas =
    [
        "foyers.v1.schema.json", "campagne.v1.schema.json", "parcours.v1.schema.json", "carte.v1.schema.json", "pret.v1.schema.json",
        "demande.v1.schema.json", "enveloppe.v1.schema.json", "journal.v1.schema.json", "evaluations.v1.schema.json", "bilan.v1.schema.json",
        "dossier.v1.schema.json",
    ];

    [Fact]
    public void La_page_montre_un_exemple_de_chaque_schema()
    {
        var json = File.ReadAllText(Path.Combine(Racine, "docs", "json.md"));
        var exemples = BlocJson().Matches(json).Select(m => SchemaDe(JsonDocument.Parse(m.Groups[1].Value).RootElement)).ToList();
        Assert.Equal(Schemas.Order(StringComparer.Ordinal), exemples.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Chaque_schema_est_lie_depuis_la_page_et_decrit_la_version_1()
    {
        var page = File.ReadAllText(Path.Combine(Racine, "docs", "json.md"));
        Assert.Equal(
            Schemas.Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(Racine, "docs", "schemas")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var nom in Schemas)
        {
            Assert.Contains($"(schemas/{nom})", page, StringComparison.Ordinal);
            var schema = Schema(nom);
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
            Assert.Equal("https://caf-accompagnement.example/schemas/" + nom, schema.GetProperty("$id").GetString());
            Assert.Equal(1, schema.GetProperty("properties").GetProperty("version").GetProperty("const").GetInt32());
            Assert.Contains("version", schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
            Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        }
    }

    /// <summary>Le schéma d'un document, reconnu à ses propriétés.</summary>
    private static string SchemaDe(JsonElement racine) =>
        racine.TryGetProperty("foyers", out _) ? "foyers.v1.schema.json"
        : racine.TryGetProperty("contacts", out _) ? "campagne.v1.schema.json"
        : racine.TryGetProperty("secteurs", out _) ? "carte.v1.schema.json"
        : racine.TryGetProperty("mouvements", out _) ? "pret.v1.schema.json"
        : racine.TryGetProperty("typeAide", out _) ? "demande.v1.schema.json"
        : racine.TryGetProperty("engagements", out _) ? "enveloppe.v1.schema.json"
        : racine.TryGetProperty("entrees", out _) ? "journal.v1.schema.json"
        : racine.TryGetProperty("evaluations", out _) ? "evaluations.v1.schema.json"
        : racine.TryGetProperty("lignes", out _) ? "bilan.v1.schema.json"
        : racine.TryGetProperty("evenements", out _) ? "dossier.v1.schema.json"
        : "parcours.v1.schema.json";

    [Theory]
    [MemberData(nameof(Exemples))]
    public void Chaque_exemple_est_lu_et_respecte_son_schema(int index)
    {
        var json = BlocJson().Matches(File.ReadAllText(Path.Combine(Racine, "docs", "json.md")))[index].Groups[1].Value;
        var schema = SchemaDe(JsonDocument.Parse(json).RootElement);
        switch (schema)
        {
            case "foyers.v1.schema.json":
                AssertRelu(json, FoyersJson.Lire, FoyersJson.Ecrire);
                break;
            case "campagne.v1.schema.json":
                var campagne = CampagnesJson.Lire(json);
                Assert.True(campagne.Reussi, campagne.ToString());
                CampagnesJsonTest.AssertEgales(campagne.Valeur, CampagnesJson.Lire(CampagnesJson.Ecrire(campagne.Valeur)).Valeur);
                break;
            case "carte.v1.schema.json":
                AssertRelu(json, j => CartesJson.Lire(j), v => CartesJson.Ecrire(v));
                break;
            case "pret.v1.schema.json":
                AssertRelu(json, PretsJson.Lire, PretsJson.Ecrire);
                break;
            case "demande.v1.schema.json":
                AssertRelu(json, j => DemandesJson.Lire(j), v => DemandesJson.Ecrire(v));
                break;
            case "enveloppe.v1.schema.json":
                AssertRelu(json, EnveloppesJson.Lire, EnveloppesJson.Ecrire);
                break;
            case "journal.v1.schema.json":
                AssertRelu(json, JournauxJson.Lire, JournauxJson.Ecrire);
                break;
            case "parcours.v1.schema.json":
                AssertRelu(json, j => ParcoursJson.Lire(j), v => ParcoursJson.Ecrire(v));
                break;
            case "dossier.v1.schema.json":
                AssertRelu(json, j => DossiersJson.Lire(j, GenerateursCaf.CarteDesLandes), DossiersJson.Ecrire);
                break;
            default:
                // Exports seulement (évaluations, bilan) : la bibliothèque ne les relit pas ; l'exemple respecte le schéma.
                break;
        }

        AssertConforme(schema, json);
    }

    [Fact]
    public void Les_documents_ecrits_respectent_les_schemas()
    {
        var rnd = new Rnd(17UL, 19UL);
        AssertConforme("foyers.v1.schema.json", FoyersJson.Ecrire(GenerateursCaf.Foyer(new LocalDate(2022, 6, 30)).Sample(40, rnd, 30)));
        foreach (var campagne in CampagnesJsonTest.Campagnes.Sample(8, rnd, 30))
        {
            AssertConforme("campagne.v1.schema.json", CampagnesJson.Ecrire(campagne));
        }

        foreach (var parcours in ParcoursJsonTest.Parcours.Sample(30, rnd, 30))
        {
            AssertConforme("parcours.v1.schema.json", ParcoursJson.Ecrire(parcours));
        }
    }

    [Fact]
    public void Les_dossiers_ecrits_respectent_leur_schema()
    {
        foreach (var dossier in DossiersJsonTest.Dossiers.Generator.Sample(60, new Rnd(83UL, 89UL), 40))
        {
            AssertConforme("dossier.v1.schema.json", DossiersJson.Ecrire(dossier));
        }
    }

    [Fact]
    public void Les_cartes_ecrites_respectent_leur_schema()
    {
        var rnd = new Rnd(23UL, 29UL);
        foreach (var carte in GenerateursCaf.CarteDesSecteurs().Sample(10, rnd, 6).Concat(CartesJsonTest.Cartes.Sample(10, rnd, 12)))
        {
            AssertConforme("carte.v1.schema.json", CartesJson.Ecrire(carte));
        }
    }

    [Fact]
    public void Les_prets_ecrits_respectent_leur_schema()
    {
        var rnd = new Rnd(31UL, 37UL);
        var prets = GenerateursCaf.Pret.Sample(20, rnd, 30).Concat(PretsJsonTest.Prets.Sample(20, rnd, 60)).ToList();
        Assert.Contains(prets, p => p.Mouvements.Any(m => m is Reechelonnement));
        Assert.Contains(prets, p => p.Mouvements.Any(m => m is RemiseDeDette));
        foreach (var pret in prets)
        {
            AssertConforme("pret.v1.schema.json", PretsJson.Ecrire(pret));
        }
    }

    [Fact]
    public void Les_demandes_ecrites_respectent_leur_schema()
    {
        var rnd = new Rnd(41UL, 43UL);
        var demandes = GenerateursCaf.DemandeDAide().Sample(20, rnd, 60).Concat(DemandesJsonTest.Demandes.Sample(20, rnd, 60)).ToList();
        Assert.Equal(StatutDemande.Toutes.Count, demandes.Select(d => d.Statut).Distinct().Count());
        foreach (var demande in demandes)
        {
            AssertConforme("demande.v1.schema.json", DemandesJson.Ecrire(demande));
        }
    }

    [Fact]
    public void Les_enveloppes_ecrites_respectent_leur_schema()
    {
        var rnd = new Rnd(47UL, 53UL);
        foreach (var enveloppe in GenerateursCaf.EnveloppeBudgetaire.Sample(20, rnd, 40))
        {
            AssertConforme("enveloppe.v1.schema.json", EnveloppesJson.Ecrire(enveloppe));
        }
    }

    [Fact]
    public void Les_journaux_ecrits_respectent_leur_schema()
    {
        var rnd = new Rnd(59UL, 61UL);
        var annee = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        var journaux = GenerateursCaf.Journal(annee).Sample(30, rnd, 20).ToList();
        Assert.Equal(7, journaux.SelectMany(j => j.Entrees).Select(e => e.Nature).Distinct().Count());
        foreach (var journal in journaux)
        {
            AssertConforme("journal.v1.schema.json", JournauxJson.Ecrire(journal));
        }
    }

    [Theory]
    [InlineData(ModeExplication.Aucune)]
    [InlineData(ModeExplication.CiblesRetenues)]
    [InlineData(ModeExplication.Toutes)]
    public void Les_evaluations_ecrites_respectent_leur_schema(ModeExplication mode)
    {
        var reference = new LocalDate(2022, 6, 30);
        var foyers = GenerateursCaf.Foyer(reference).Sample(40, new Rnd(67UL, 71UL), 40);
        var evaluations = foyers.Select(f => PolitiqueDeCiblage.Landes2022.Evaluer(f, reference, BaremesOfficiels.Jeu, mode).GetValueOrThrow()).ToList();
        AssertConforme("evaluations.v1.schema.json", EvaluationsJson.Ecrire(evaluations));
        AssertConforme("evaluations.v1.schema.json", EvaluationsJson.Ecrire([]));
    }

    [Fact]
    public void Les_bilans_ecrits_respectent_leur_schema()
    {
        var rnd = new Rnd(73UL, 79UL);
        var deuxAns = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2024, 12, 31));
        var bilans = GenerateursCaf.BilanAnnuel(2024).Sample(30, rnd, 8)
            .Concat(GenerateursCaf.Journal(deuxAns).Sample(30, rnd, 8).Select(j => BilanAnnuel.Etablir(j, 2024).GetValueOrThrow()))
            .ToList();
        Assert.Contains(bilans, b => b.PeriodePrecedente is not null);
        foreach (var bilan in bilans)
        {
            AssertConforme("bilan.v1.schema.json", BilansJson.Ecrire(bilan));
        }
    }

    /// <summary>Les codes des énumérations des schémas sont exactement ceux des listes <c>Toutes</c> de la bibliothèque.</summary>
    [Fact]
    public void Les_codes_des_schemas_sont_ceux_de_la_bibliotheque()
    {
        static string[] Codes<T>()
            where T : EnumerationCaf<T>, IEnumerationCaf<T> => [.. T.Toutes.Select(c => c.Code)];

        var attendus = new (string Schema, string Definition, string[] Codes)[]
        {
            ("pret.v1.schema.json", "statut", Codes<StatutDuPret>()),
            ("demande.v1.schema.json", "statut", Codes<StatutDemande>()),
            ("demande.v1.schema.json", "forme", Codes<FormeAide>()),
            ("enveloppe.v1.schema.json", "categorie", Codes<CategorieAide>()),
            ("enveloppe.v1.schema.json", "forme", Codes<FormeAide>()),
            ("journal.v1.schema.json", "motif", Codes<Motif>()),
            ("journal.v1.schema.json", "statutDeRendezVous", Codes<StatutDeRendezVous>()),
            ("journal.v1.schema.json", "origineDeRendezVous", Codes<OrigineDeRendezVous>()),
            ("journal.v1.schema.json", "evenement", Codes<TypeEvenement>()),
            ("journal.v1.schema.json", "theme", Codes<ThemeDeSeance>()),
            ("journal.v1.schema.json", "modalite", Codes<ModaliteDeSeance>()),
            ("journal.v1.schema.json", "regime", Codes<RegimeContrat>()),
            ("journal.v1.schema.json", "forme", Codes<FormeAide>()),
            ("dossier.v1.schema.json", "origine", Codes<Caf.Accompagnement.Dossiers.SorteDOrigine>()),
            ("dossier.v1.schema.json", "motifDeDemande", Codes<Motif>()),
            ("dossier.v1.schema.json", "motifDeCloture", Codes<Caf.Accompagnement.Dossiers.MotifDeCloture>()),
            ("dossier.v1.schema.json", "reponse", Codes<Caf.Accompagnement.Dossiers.ReponseALOffre>()),
            ("dossier.v1.schema.json", "canal", Codes<Caf.Accompagnement.Dossiers.CanalDeRendezVous>()),
            ("dossier.v1.schema.json", "issue", Codes<Caf.Accompagnement.Dossiers.IssueDuRendezVous>()),
            ("dossier.v1.schema.json", "resultat", Codes<Caf.Accompagnement.Dossiers.ResultatDObjectif>()),
            ("dossier.v1.schema.json", "domaine", Codes<DomaineEngagement>()),
            ("dossier.v1.schema.json", "issueDuContact", [.. Caf.Accompagnement.Dossiers.OrigineDuDossier.IssuesQuiOuvrentUnDossier.Select(i => i.Code)]),
        };
        foreach (var (schema, definition, codes) in attendus)
        {
            var enumeration = Schema(schema).GetProperty("$defs").GetProperty(definition).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);
            Assert.Equal(codes.Order(StringComparer.Ordinal), enumeration.Order(StringComparer.Ordinal));
        }

        var rubriques = Schema("bilan.v1.schema.json").GetProperty("$defs").GetProperty("ligne").GetProperty("properties").GetProperty("rubrique").GetProperty("enum");
        Assert.Equal(
            Enum.GetValues<Rubrique>().Select(BilanAnnuel.CodeDeRubrique).Order(StringComparer.Ordinal),
            rubriques.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        var natures = Schema("journal.v1.schema.json").GetProperty("$defs").GetProperty("entree").GetProperty("oneOf").EnumerateArray()
            .Select(r => Schema("journal.v1.schema.json").GetProperty("$defs").GetProperty(r.GetProperty("$ref").GetString()!.Replace("#/$defs/", string.Empty, StringComparison.Ordinal)))
            .Select(d => d.GetProperty("properties").GetProperty("nature").GetProperty("const").GetString()!);
        Assert.Equal(rubriques.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal), natures.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{"version":1,"foyers":[],"autre":1}""", "$.autre")]
    [InlineData("""{"version":2,"foyers":[]}""", "$.version")]
    [InlineData("""{"version":1,"foyers":[{"numeroAllocataire":"12","commune":"40192","naissance":"1994-03-15","situation":"ISOLE"}]}""", "$.foyers[0].numeroAllocataire")]
    [InlineData("""{"version":1,"foyers":[{"commune":"40192","naissance":"1994-03-15","situation":"MARIE"}]}""", "$.foyers[0].situation")]
    public void Le_verificateur_de_schema_refuse_un_document_non_conforme(string json, string chemin)
    {
        var ecarts = Verifier(Schema("foyers.v1.schema.json"), JsonDocument.Parse(json).RootElement).ToList();
        Assert.Contains(ecarts, e => e.StartsWith(chemin, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("carte.v1.schema.json", """{"version":1,"departement":"4O","secteurs":[]}""", "$.departement")]
    [InlineData("carte.v1.schema.json", """{"version":1,"departement":"40","secteurs":[{"nom":"Nord","travailleursSociaux":["Marie Dupont"],"communes":["40192"]}]}""", "$.secteurs[0].travailleursSociaux[0]")]
    [InlineData("carte.v1.schema.json", """{"version":1,"departement":"40","secteurs":[{"nom":"Nord","travailleursSociaux":[]}]}""", "$.secteurs[0].communes")]
    [InlineData("pret.v1.schema.json", """{"version":1,"capital":0,"dateOctroi":"2023-01-15","nombreEcheances":6,"premiereEcheance":"2023-02-15","mouvements":[]}""", "$.capital")]
    [InlineData("pret.v1.schema.json", """{"version":1,"capital":600.005,"dateOctroi":"2023-01-15","nombreEcheances":6,"premiereEcheance":"2023-02-15","mouvements":[]}""", "$.capital")]
    [InlineData("pret.v1.schema.json", """{"version":1,"capital":600,"dateOctroi":"2023-01-15","nombreEcheances":6,"premiereEcheance":"2023-02-15","mouvements":[{"type":"AVANCE","date":"2023-02-15","montant":100}]}""", "$.mouvements[0]")]
    [InlineData("pret.v1.schema.json", """{"version":1,"capital":600,"dateOctroi":"2023-01-15","nombreEcheances":6,"premiereEcheance":"2023-02-15","mouvements":[{"type":"REECHELONNEMENT","date":"2023-02-15","montant":600}]}""", "$.mouvements[0]")]
    [InlineData("pret.v1.schema.json", """{"version":1,"capital":600,"dateOctroi":"2023-01-15","nombreEcheances":6,"premiereEcheance":"2023-02-15","mouvements":[{"type":"REMISE","date":"2023-02-15","montant":600,"motif":"Surendettement","nombreEcheances":3}]}""", "$.mouvements[0].nombreEcheances")]
    [InlineData("pret.v1.schema.json", """{"version":1,"capital":600,"dateOctroi":"2023-01-15","nombreEcheances":6,"premiereEcheance":"2023-02-15","mouvements":[],"statut":"SOLDE"}""", "$.statut")]
    [InlineData("demande.v1.schema.json", """{"version":1,"identifiant":"D-1","numeroAllocataire":"12","typeAide":"PROJETS","montantDemande":600,"formeDemandee":"PRET","dateDepot":"2024-03-04","historique":[]}""", "$.numeroAllocataire")]
    [InlineData("demande.v1.schema.json", """{"version":1,"identifiant":"D-1","numeroAllocataire":"1234567","typeAide":"projets","montantDemande":600,"formeDemandee":"PRET","dateDepot":"2024-03-04","historique":[]}""", "$.typeAide")]
    [InlineData("demande.v1.schema.json", """{"version":1,"identifiant":"D-1","numeroAllocataire":"1234567","typeAide":"PROJETS","montantDemande":600,"formeDemandee":"DON","dateDepot":"2024-03-04","historique":[]}""", "$.formeDemandee")]
    [InlineData("demande.v1.schema.json", """{"version":1,"identifiant":"D-1","numeroAllocataire":"1234567","typeAide":"PROJETS","montantDemande":600,"formeDemandee":"PRET","dateDepot":"2024-03-04","historique":[{"type":"CHANGEMENT_DE_STATUT","date":"2024-03-05","vers":"ACCORDEE"}]}""", "$.historique[0]")]
    [InlineData("enveloppe.v1.schema.json", """{"version":1,"annee":2024,"dotation":1000,"plafonds":[],"engagements":[]}""", "$.codeCaf")]
    [InlineData("enveloppe.v1.schema.json", """{"version":1,"codeCaf":"401","annee":2024,"dotation":1000,"plafonds":[{"categorie":"LOISIRS","montant":400}],"engagements":[]}""", "$.plafonds[0].categorie")]
    [InlineData("enveloppe.v1.schema.json", """{"version":1,"codeCaf":"401","annee":2024,"dotation":1000,"plafonds":[],"engagements":[{"reference":"D-1","categorie":"COUP_DE_POUCE","forme":"SUBVENTION","montant":300,"date":"2024-03-01","dateConsommation":"11/03/2024"}]}""", "$.engagements[0].dateConsommation")]
    [InlineData("journal.v1.schema.json", """{"version":1,"debut":"2024-01-01","fin":"2024-13","entrees":[]}""", "$.fin")]
    [InlineData("journal.v1.schema.json", """{"version":1,"debut":"2024-01-01","fin":"2024-12-31","entrees":[{"nature":"COURRIER","date":"2024-02-05","secteur":"Dax"}]}""", "$.entrees[0]")]
    [InlineData("journal.v1.schema.json", """{"version":1,"debut":"2024-01-01","fin":"2024-12-31","entrees":[{"nature":"DEMANDE","date":"2024-02-05","secteur":"Dax","motif":"LOGEMENT","theme":"PALS"}]}""", "$.entrees[0]")]
    [InlineData("journal.v1.schema.json", """{"version":1,"debut":"2024-01-01","fin":"2024-12-31","entrees":[{"nature":"SEANCE","date":"2024-02-05","secteur":"Dax","theme":"PALS","modalite":"VISIO","participants":12}]}""", "$.entrees[0].modalite")]
    [InlineData("demande.v1.schema.json", """{"version":1,"identifiant":"D-1","numeroAllocataire":"1234567","typeAide":"PROJETS","montantDemande":600,"formeDemandee":"PRET","dateDepot":"2024-03-04","historique":[{"type":"ACCORD","date":"2024-03-05","montant":600.001,"forme":"PRET"}]}""", "$.historique[0].montant")]
    [InlineData("evaluations.v1.schema.json", """{"version":1,"evaluations":[{"reference":"2022-06-30","decisions":[]}]}""", "$.evaluations[0].numeroAllocataire")]
    [InlineData("evaluations.v1.schema.json", """{"version":1,"evaluations":[{"numeroAllocataire":"0123456","reference":"2022-06-30","decisions":[{"cible":"PARENTS_SEULS","libelle":"Parents seuls","estSatisfaite":true,"explication":{"contribution":"c","conclusion":"c"}}]}]}""", "$.evaluations[0].decisions[0].explication")]
    [InlineData("bilan.v1.schema.json", """{"version":1,"debut":"2024-01-01","fin":"2024-12-31","lignes":[{"debut":"2024-01-01","fin":"2024-12-31","perimetre":"DEPARTEMENT","rubrique":"VISITE","details":[],"nombre":1}]}""", "$.lignes[0].rubrique")]
    [InlineData("bilan.v1.schema.json", """{"version":1,"debut":"2024-01-01","fin":"2024-12-31","lignes":[{"debut":"2024-01-01","fin":"2024-12-31","perimetre":"DEPARTEMENT","rubrique":"SEANCE","details":[],"nombre":-1}]}""", "$.lignes[0].nombre")]
    [InlineData("dossier.v1.schema.json", """{"version":1,"numeroAllocataire":"0123456","evenements":[{"type":"VISITE","date":"2024-03-01"}]}""", "$.evenements[0].type")]
    [InlineData("dossier.v1.schema.json", """{"version":1,"numeroAllocataire":"0123456","evenements":[{"type":"CONVOCATION","date":"2024-03-01","rendezVous":1,"datePrevue":"2024-03-04","canal":"COURRIER"}]}""", "$.evenements[0].canal")]
    [InlineData("bilan.v1.schema.json", """{"version":2,"debut":"2024-01-01","fin":"2024-12-31","lignes":[]}""", "$.version")]
    public void Chaque_schema_refuse_un_document_non_conforme_au_chemin_fautif(string schema, string json, string chemin)
    {
        // Chaque écart est situé au chemin fautif, en dessous, ou sur un objet qui le contient (variantes oneOf).
        var chemins = Verifier(Schema(schema), JsonDocument.Parse(json).RootElement).Select(e => e[..e.IndexOf(" : ", StringComparison.Ordinal)]).ToList();
        Assert.Contains(chemins, c => c.StartsWith(chemin, StringComparison.Ordinal));
        Assert.All(chemins, c => Assert.True(c.StartsWith(chemin, StringComparison.Ordinal) || chemin.StartsWith(c, StringComparison.Ordinal), c));
    }

    /// <summary>Le document est lu, et sa relecture après réécriture donne le même texte.</summary>
    private static void AssertRelu<T>(string json, Func<string, Resultat<T>> lire, Func<T, string> ecrire)
        where T : notnull
    {
        var lu = lire(json);
        Assert.True(lu.Reussi, lu.ToString());
        Assert.Equal(ecrire(lu.Valeur), ecrire(lire(ecrire(lu.Valeur)).Valeur));
    }

    private static void AssertConforme(string schema, string json)
    {
        var ecarts = Verifier(Schema(schema), JsonDocument.Parse(json).RootElement).ToList();
        Assert.True(ecarts.Count == 0, string.Join(Environment.NewLine, ecarts.Take(10)));
    }

    /// <summary>
    /// Vérification structurelle (sous-ensemble de JSON Schema 2020-12 employé par nos schémas) : <c>$ref</c> locales,
    /// <c>type</c>, <c>const</c>, <c>enum</c>, <c>pattern</c>, bornes, <c>multipleOf</c>, <c>properties</c>,
    /// <c>required</c>, <c>additionalProperties</c>, <c>propertyNames</c>, <c>items</c>, <c>minItems</c>, <c>oneOf</c>
    /// (sans variante conforme, les écarts de la variante la plus proche sont rapportés, à leur chemin).
    /// </summary>
    private static IEnumerable<string> Verifier(JsonElement racine, JsonElement valeur) => Verifier(racine, racine, valeur, "$");

    private static IEnumerable<string> Verifier(JsonElement racine, JsonElement schema, JsonElement v, string chemin)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var nom = reference.GetString()!.Replace("#/$defs/", string.Empty, StringComparison.Ordinal);
            foreach (var e in Verifier(racine, racine.GetProperty("$defs").GetProperty(nom), v, chemin))
            {
                yield return e;
            }

            yield break;
        }

        if (schema.TryGetProperty("oneOf", out var variantes))
        {
            var ecartsParVariante = variantes.EnumerateArray().Select(s => Verifier(racine, s, v, chemin).ToList()).ToList();
            var conformes = ecartsParVariante.Count(e => e.Count == 0);
            if (conformes != 1)
            {
                yield return $"{chemin} : {conformes} variante(s) oneOf conforme(s)";
            }

            // Aucune variante : les écarts de la plus proche (son discriminant est alors celui du document) situent la faute.
            if (conformes == 0)
            {
                foreach (var e in ecartsParVariante.MinBy(e => e.Count)!)
                {
                    yield return e;
                }
            }

            yield break;
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => EstDuType(v, t)))
            {
                yield return $"{chemin} : type {v.ValueKind} au lieu de {string.Join('|', types)}";
                yield break;
            }
        }

        if (v.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (schema.TryGetProperty("const", out var constante) && !JsonElement.DeepEquals(constante, v))
        {
            yield return $"{chemin} : {v} au lieu de {constante}";
        }

        if (schema.TryGetProperty("enum", out var valeurs) && !valeurs.EnumerateArray().Any(e => JsonElement.DeepEquals(e, v)))
        {
            yield return $"{chemin} : {v} hors de l'énumération";
        }

        if (v.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var motif) && !Regex.IsMatch(v.GetString()!, motif.GetString()!))
        {
            yield return $"{chemin} : « {v.GetString()} » ne suit pas {motif.GetString()}";
        }

        if (v.ValueKind == JsonValueKind.Number)
        {
            var d = v.GetDecimal();
            if (schema.TryGetProperty("minimum", out var min) && d < min.GetDecimal())
            {
                yield return $"{chemin} : {d} < {min}";
            }

            if (schema.TryGetProperty("maximum", out var max) && d > max.GetDecimal())
            {
                yield return $"{chemin} : {d} > {max}";
            }

            if (schema.TryGetProperty("multipleOf", out var pas) && d % pas.GetDecimal() != 0)
            {
                yield return $"{chemin} : {d} n'est pas multiple de {pas}";
            }
        }

        if (v.ValueKind == JsonValueKind.Array)
        {
            if (schema.TryGetProperty("minItems", out var minItems) && v.GetArrayLength() < minItems.GetInt32())
            {
                yield return $"{chemin} : moins de {minItems} élément(s)";
            }

            if (schema.TryGetProperty("items", out var items))
            {
                var i = 0;
                foreach (var element in v.EnumerateArray())
                {
                    foreach (var e in Verifier(racine, items, element, $"{chemin}[{i}]"))
                    {
                        yield return e;
                    }

                    i++;
                }
            }
        }

        if (v.ValueKind == JsonValueKind.Object)
        {
            var proprietes = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var requises))
            {
                foreach (var r in requises.EnumerateArray().Select(r => r.GetString()!).Where(r => !v.TryGetProperty(r, out _)))
                {
                    yield return $"{chemin}.{r} : propriété obligatoire absente";
                }
            }

            foreach (var membre in v.EnumerateObject())
            {
                var c = $"{chemin}.{membre.Name}";
                if (schema.TryGetProperty("propertyNames", out var noms) && Verifier(racine, noms, JsonDocument.Parse(JsonSerializer.Serialize(membre.Name)).RootElement, c).Any())
                {
                    yield return $"{c} : nom de propriété non admis";
                }

                if (proprietes.ValueKind == JsonValueKind.Object && proprietes.TryGetProperty(membre.Name, out var sousSchema))
                {
                    foreach (var e in Verifier(racine, sousSchema, membre.Value, c))
                    {
                        yield return e;
                    }
                }
                else if (schema.TryGetProperty("additionalProperties", out var autres))
                {
                    if (autres.ValueKind == JsonValueKind.False)
                    {
                        yield return $"{c} : propriété non déclarée";
                    }
                    else
                    {
                        foreach (var e in Verifier(racine, autres, membre.Value, c))
                        {
                            yield return e;
                        }
                    }
                }
            }
        }
    }

    private static bool EstDuType(JsonElement v, string type) => type switch
    {
        "string" => v.ValueKind == JsonValueKind.String,
        "integer" => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _),
        "number" => v.ValueKind == JsonValueKind.Number,
        "boolean" => v.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => v.ValueKind == JsonValueKind.Array,
        "object" => v.ValueKind == JsonValueKind.Object,
        "null" => v.ValueKind == JsonValueKind.Null,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type),
    };
}
