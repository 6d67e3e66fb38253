using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Json;

public sealed class FoyersJsonTest
{
    private static readonly LocalDate Reference = new(2022, 6, 30);

    [Property(MaxTest = 100)]
    public Property Aller_retour_sans_perte()
    {
        var gen = GenerateursCaf.Foyer(Reference).ArrayOf().Select(a => a.Take(10).ToArray());
        return Prop.ForAll(gen.ToArbitrary(), foyers =>
        {
            var json = FoyersJson.Ecrire(foyers);
            var relus = FoyersJson.Lire(json).GetValueOrThrow();
            return relus.Count == foyers.Length
                && foyers.Zip(relus).All(p => FoyersJson.Ecrire([p.First]) == FoyersJson.Ecrire([p.Second]) && p.First.Numero == p.Second.Numero);
        });
    }

    [Fact]
    public void Residence_alternee_et_quotient_officiel_sont_facultatifs_et_relus()
    {
        const string ancien = """
            {"version":1,"foyers":[{"numeroAllocataire":"0123456","commune":"40192","naissance":"1994-03-15",
              "situation":"ISOLE","enfants":[{"naissance":"2016-06-30","handicap":false}],"ressourcesMensuelles":0,"ressourcesAnnuellesN2":0,
              "prestations":[],"evenements":[],"canaux":[],"demarches":[],"telephoneConnu":false}]}
            """;
        var lu = Assert.Single(FoyersJson.Lire(ancien).GetValueOrThrow());
        Assert.False(lu.Enfants[0].ResidenceAlternee);
        Assert.Null(lu.QuotientFamilialCaf);
        Assert.DoesNotContain("quotientFamilialCaf", FoyersJson.Ecrire([lu]), StringComparison.Ordinal);

        var nouveau = ancien
            .Replace("\"handicap\":false}", "\"handicap\":false,\"residenceAlternee\":true}", StringComparison.Ordinal)
            .Replace("\"telephoneConnu\":false", "\"telephoneConnu\":false,\"quotientFamilialCaf\":{\"valeur\":612.34,\"connuAu\":\"2022-01-15\"}", StringComparison.Ordinal);
        var foyer = Assert.Single(FoyersJson.Lire(nouveau).GetValueOrThrow());
        Assert.True(foyer.Enfants[0].ResidenceAlternee);
        Assert.Equal(new QuotientFamilialDuDossier(Montant.FromEuros(612.34m), new LocalDate(2022, 1, 15)), foyer.QuotientFamilialCaf);
        var relu = Assert.Single(FoyersJson.Lire(FoyersJson.Ecrire([foyer])).GetValueOrThrow());
        Assert.True(relu.Enfants[0].ResidenceAlternee);
        Assert.Equal(foyer.QuotientFamilialCaf, relu.QuotientFamilialCaf);

        var negatif = FoyersJson.Lire(nouveau.Replace("612.34", "-1", StringComparison.Ordinal));
        var erreur = Assert.Single(negatif.Erreurs);
        Assert.Equal(("foyer.quotient_familial.negatif", "$.foyers[0].quotientFamilialCaf"), (erreur.Code, erreur.Chemin));
        Assert.Equal("$.foyers[0].quotientFamilialCaf.connuAu", Assert.Single(FoyersJson.Lire(nouveau.Replace("\"connuAu\":\"2022-01-15\"", "\"connuAu\":\"2022-13-45\"", StringComparison.Ordinal)).Erreurs).Chemin);
    }

    [Fact]
    public void Exemple_de_document()
    {
        const string json = """
            {"version":1,"foyers":[{"numeroAllocataire":"0123456","commune":"40192","naissance":"1994-03-15",
              "situation":"ISOLE","situationDepuis":"2021-09-01","enfants":[{"naissance":"2016-06-30","handicap":false}],
              "ressourcesMensuelles":1200.00,"ressourcesAnnuellesN2":14400,"prestations":[{"code":"RSA","montantMensuel":137.38,"majoree":true}],
              "evenements":[{"type":"SEPARATION","date":"2021-09-01"}],"canaux":["ACCUEIL"],"demarches":[],"telephoneConnu":true}]}
            """;
        var foyer = Assert.Single(FoyersJson.Lire(json).GetValueOrThrow());
        Assert.True(foyer.EstMonoparental);
        Assert.Equal(Montant.FromEuros(137.38m), foyer.Percoit(Caf.Accompagnement.Droits.Prestation.Rsa)!.MontantMensuel);
        Assert.Equal(TypeEvenement.Separation, foyer.Evenements[0].Type);
    }

    [Fact]
    public void La_soumission_aux_droits_et_devoirs_est_facultative()
    {
        const string json = """
            {"version":1,"foyers":[{"numeroAllocataire":"0123456","commune":"40192","naissance":"1994-03-15","situation":"COUPLE",
              "naissanceConjoint":"1990-01-01","situationDepuis":"2020-01-01",
              "droitsEtDevoirsAllocataire":{"soumis":true,"depuis":"2022-04-01"},"droitsEtDevoirsConjoint":{"soumis":false,"depuis":"2022-05-01"}},
              {"numeroAllocataire":"0123457","commune":"40192","naissance":"1994-03-15","situation":"ISOLE"}]}
            """;
        var foyers = FoyersJson.Lire(json).GetValueOrThrow();
        Assert.Equal(new DroitsEtDevoirs(true, new LocalDate(2022, 4, 1)), foyers[0].Allocataire.DroitsEtDevoirs);
        Assert.Equal(new DroitsEtDevoirs(false, new LocalDate(2022, 5, 1)), foyers[0].Conjoint!.DroitsEtDevoirs);
        Assert.Null(foyers[1].Allocataire.DroitsEtDevoirs);
        Assert.Contains("\"droitsEtDevoirsConjoint\":{\"soumis\":false,\"depuis\":\"2022-05-01\"}", FoyersJson.Ecrire(foyers), StringComparison.Ordinal);
        Assert.DoesNotContain("droitsEtDevoirs", FoyersJson.Ecrire([foyers[1]]), StringComparison.Ordinal);

        var sansDate = FoyersJson.Lire("""{"version":1,"foyers":[{"numeroAllocataire":"0123456","commune":"40192","naissance":"1994-03-15","situation":"ISOLE","droitsEtDevoirsAllocataire":{"soumis":true}}]}""");
        Assert.Contains(sansDate.Erreurs, e => e.Chemin == "$.foyers[0].droitsEtDevoirsAllocataire.depuis");
        var conjointSansCouple = FoyersJson.Lire("""{"version":1,"foyers":[{"numeroAllocataire":"0123456","commune":"40192","naissance":"1994-03-15","situation":"ISOLE","droitsEtDevoirsConjoint":{"soumis":true,"depuis":"2022-01-01"}}]}""");
        Assert.Contains(conjointSansCouple.Erreurs, e => e is { Code: "foyer.droits_devoirs.conjoint", Chemin: "$.foyers[0].droitsEtDevoirsConjoint" });
    }

    [Fact]
    public void Chaque_erreur_nomme_son_chemin_json()
    {
        const string json = """
            {"version":1,"foyers":[
              {"numeroAllocataire":"0123456","commune":"40192","naissance":"1994-03-15","situation":"ISOLE"},
              {"numeroAllocataire":"12","commune":"4O192","naissance":"1994-02-30","situation":"MARIE",
               "prestations":[{"code":"XYZ","montantMensuel":1.234}],"evenements":[{"type":"SEPARATION","date":"2020-01-01"}]}]}
            """;
        var r = FoyersJson.Lire(json);
        Assert.False(r.Reussi);
        var chemins = r.Erreurs.Select(e => e.Chemin).ToList();
        Assert.Contains("$.foyers[1].numeroAllocataire", chemins);
        Assert.Contains("$.foyers[1].commune", chemins);
        Assert.Contains("$.foyers[1].naissance", chemins);
        Assert.Contains("$.foyers[1].situation", chemins);
        Assert.Contains("$.foyers[1].prestations[0].code", chemins);
        Assert.Contains("$.foyers[1].prestations[0].montantMensuel", chemins);
        Assert.DoesNotContain(r.Erreurs, e => e.Chemin!.StartsWith("$.foyers[0]", StringComparison.Ordinal));
        Assert.Contains(r.Erreurs, e => e is { Code: "commune.code.format", Valeur: "4O192" });
    }

    [Fact]
    public void Regle_metier_violee_situee_par_son_chemin()
    {
        const string json = """
            {"version":1,"foyers":[{"numeroAllocataire":"0123456","commune":"40192","naissance":"1994-03-15","situation":"COUPLE",
              "naissanceConjoint":"1990-01-01","enfants":[{"naissance":"1990-01-01"}],"prestations":[{"code":"RSA","montantMensuel":100,"majoree":true}]}]}
            """;
        var r = FoyersJson.Lire(json);
        Assert.Contains(r.Erreurs, e => e is { Code: "foyer.enfant.naissance", Chemin: "$.foyers[0].enfants[0].naissance" });
        Assert.Contains(r.Erreurs, e => e is { Code: "foyer.prestation.majoration", Chemin: "$.foyers[0].prestations[0].majoree" });
    }

    [Theory]
    [InlineData("{", "json.format")]
    [InlineData("""{"version":2,"foyers":[]}""", "json.version")]
    [InlineData("""{"version":1,"foyers":[{"inconnu":1}]}""", "json.format")]
    [InlineData("""{"version":1,"foyers":[{"ressourcesMensuelles":"beaucoup"}]}""", "json.format")]
    [InlineData("null", "json.vide")]
    public void Document_mal_forme(string json, string code)
    {
        var e = Assert.Single(FoyersJson.Lire(json).Erreurs);
        Assert.Equal(code, e.Code);
        Assert.NotNull(e.Chemin);
    }
}
