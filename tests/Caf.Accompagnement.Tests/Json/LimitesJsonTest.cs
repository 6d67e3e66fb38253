using Caf.Accompagnement.Json;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Caf.Accompagnement.Tests.Json;

/// <summary>Les lecteurs JSON face aux valeurs nulles, aux propriétés en double et aux limites des nombres et des dates.</summary>
public sealed class LimitesJsonTest
{
    private static (string Code, string? Chemin)[] Erreurs<T>(Resultat<T> r)
        where T : notnull => [.. r.Erreurs.Select(e => (e.Code, e.Chemin))];

    [Fact]
    public void Une_collection_nulle_est_absente_avec_son_chemin() =>
        Assert.Equal([("json.absent", "$.foyers")], Erreurs(FoyersJson.Lire("{\"version\":1,\"foyers\":null}")));

    [Fact]
    public void Un_element_nul_est_absent_avec_son_chemin() =>
        Assert.Equal([("json.absent", "$.foyers[0]")], Erreurs(FoyersJson.Lire("{\"version\":1,\"foyers\":[null]}")));

    [Fact]
    public void Un_element_nul_imbrique_est_absent_avec_son_chemin()
    {
        var foyers = GenerateursCaf.Foyer(new LocalDate(2022, 6, 30)).Sample(3, new Rnd(7UL, 11UL), 20);
        var json = FoyersJson.Ecrire(foyers).Replace("\"enfants\":[", "\"enfants\":[null,", StringComparison.Ordinal);
        var r = FoyersJson.Lire(json);
        Assert.Contains(("json.absent", "$.foyers[2].enfants[0]"), Erreurs(r));
        Assert.All(r.Erreurs, e => Assert.Equal("json.absent", e.Code));
    }

    [Fact]
    public void Les_lecteurs_rapportent_les_collections_nulles_de_chaque_document()
    {
        Assert.Equal([("json.absent", "$.secteurs")], Erreurs(CartesJson.Lire("{\"version\":1,\"departement\":\"40\",\"secteurs\":null}")));
        Assert.Equal([("json.absent", "$.secteurs[0].communes")], Erreurs(CartesJson.Lire("{\"version\":1,\"departement\":\"40\",\"secteurs\":[{\"nom\":\"A\",\"communes\":null}]}")));
        Assert.Equal([("json.absent", "$.secteurs[0].travailleursSociaux[1]")], Erreurs(CartesJson.Lire("{\"version\":1,\"departement\":\"40\",\"secteurs\":[{\"nom\":\"A\",\"travailleursSociaux\":[\"TS-1\",null]}]}")));
        Assert.Equal([("json.absent", "$.mouvements")], Erreurs(PretsJson.Lire("{\"version\":1,\"capital\":100,\"dateOctroi\":\"2024-01-01\",\"nombreEcheances\":2,\"premiereEcheance\":\"2024-02-01\",\"mouvements\":null}")));
        Assert.Equal([("json.absent", "$.entrees")], Erreurs(JournauxJson.Lire("{\"version\":1,\"debut\":\"2024-01-01\",\"fin\":\"2024-12-31\",\"entrees\":null}")));
        Assert.Contains(("json.absent", "$.historique"), Erreurs(DemandesJson.Lire("{\"version\":1,\"historique\":null}")));
        Assert.Contains(("json.absent", "$.contrats"), Erreurs(ParcoursJson.Lire("{\"version\":1,\"contrats\":null}")));
        Assert.Contains(("json.absent", "$.contacts"), Erreurs(CampagnesJson.Lire("{\"version\":1,\"contacts\":null}")));
        Assert.Contains(("json.absent", "$.engagements"), Erreurs(EnveloppesJson.Lire("{\"version\":1,\"engagements\":null}")));
    }

    [Fact]
    public void Un_objet_de_transfert_construit_en_code_avec_des_nulls_donne_des_erreurs()
    {
        var document = new FoyerDocument { Enfants = null!, Canaux = [null!] };
        Assert.Equal([("json.absent", "$.enfants"), ("json.absent", "$.canaux[0]")], Erreurs(FoyersJson.FromDocument(document)));
        Assert.Equal([("json.absent", "$.mouvements")], Erreurs(PretsJson.FromDocument(new PretDocument { Mouvements = null! })));
    }

    [Fact]
    public void Une_propriete_en_double_est_refusee_avec_son_chemin()
    {
        var e = Assert.Single(FoyersJson.Lire("{\"version\":1,\"foyers\":[],\"foyers\":[]}").Erreurs);
        Assert.Equal(("json.format", "$.foyers"), (e.Code, e.Chemin));
        Assert.Contains("foyers", e.Message, StringComparison.Ordinal);
        var imbriquee = Assert.Single(PretsJson.Lire("{\"version\":1,\"capital\":100,\"capital\":200}").Erreurs);
        Assert.Equal(("json.format", "$.capital"), (imbriquee.Code, imbriquee.Chemin));
    }

    [Theory]
    [InlineData("1e27", "montant.capacite")]
    [InlineData("79228162514264337593543950335", "montant.capacite")]
    [InlineData("-79228162514264337593543950335", "montant.capacite")]
    [InlineData("92233720368547758.08", "montant.capacite")]
    [InlineData("79228162514264337593543950336", "json.format")]
    public void Un_montant_hors_capacite_est_une_erreur_situee(string capital, string code)
    {
        var r = PretsJson.Lire($"{{\"version\":1,\"capital\":{capital},\"dateOctroi\":\"2024-01-01\",\"nombreEcheances\":2,\"premiereEcheance\":\"2024-02-01\"}}");
        Assert.Equal([(code, "$.capital")], Erreurs(r));
    }

    [Theory]
    [InlineData("0000-12-31")]
    [InlineData("9900-01-01")]
    [InlineData("9999-12-31")]
    public void Une_date_hors_de_la_plage_admise_est_une_erreur_situee(string date) =>
        Assert.Equal([("json.date.plage", "$.dateOctroi")], Erreurs(PretsJson.Lire($"{{\"version\":1,\"capital\":100,\"dateOctroi\":\"{date}\",\"nombreEcheances\":2,\"premiereEcheance\":\"2024-02-01\"}}")));

    [Fact]
    public void Un_pret_a_la_fin_de_la_plage_admise_se_lit()
    {
        var pret = Caf.Accompagnement.Aides.Pret.Create(Montant.FromEuros(120m), Caf.Accompagnement.Aides.Pret.DureeMaximale, new LocalDate(9889, 12, 1), new LocalDate(9889, 11, 1)).GetValueOrThrow();
        Assert.Equal(PretsJson.Ecrire(pret), PretsJson.Ecrire(PretsJson.Lire(PretsJson.Ecrire(pret)).GetValueOrThrow()));
    }

    [Theory]
    [InlineData("{\"version\":1,\"foyers\":{}}")]
    [InlineData("{\"version\":\"1\",\"foyers\":[]}")]
    [InlineData("{\"version\":1,\"foyers\":[1]}")]
    [InlineData("{\"version\":1,\"foyers\":[{\"telephoneConnu\":\"oui\"}]}")]
    [InlineData("{\"version\":1,\"foyers\":[{\"numeroAllocataire\":\"\\uD800\"}]}")]
    [InlineData("{\"version\":1,\"foyers\":[")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("")]
    public void Un_document_mal_forme_ou_mal_type_est_une_erreur_jamais_une_exception(string json)
    {
        var r = FoyersJson.Lire(json);
        Assert.False(r.Reussi);
        Assert.All(r.Erreurs, e => Assert.StartsWith("$", e.Chemin, StringComparison.Ordinal));
    }

    [Fact]
    public void Un_texte_utf16_invalide_est_une_erreur() =>
        Assert.False(FoyersJson.Lire("{\"version\":1,\"foyers\":[{\"commune\":\"\uD800\"}]}").Reussi);
}
