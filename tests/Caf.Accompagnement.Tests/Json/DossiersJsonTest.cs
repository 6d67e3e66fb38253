using Caf.Accompagnement.Dossiers;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Testing;
using Caf.Accompagnement.Tests.Dossiers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Caf.Accompagnement.Tests.Dossiers.FixturesDossiers;

namespace Caf.Accompagnement.Tests.Json;

public sealed class DossiersJsonTest
{
    /// <summary>Les dossiers du générateur public et ceux des scénarios du test fondé sur un modèle.</summary>
    internal static readonly Arbitrary<DossierDAccompagnement> Dossiers =
        Gen.OneOf(GenerateursCaf.DossierDAccompagnement(), DossierModeleTest.Scenarios.Generator.Select(DossierModeleTest.Derouler)).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property L_instantane_se_relit_a_l_identique() =>
        Prop.ForAll(Dossiers, dossier =>
        {
            var json = DossiersJson.Ecrire(dossier);
            var lu = DossiersJson.Lire(json, Carte);
            Assert.True(lu.Reussi, lu.ToString());
            Assert.Equal(DossierModeleTest.EmpreinteComplete(dossier), DossierModeleTest.EmpreinteComplete(lu.Valeur));
            Assert.Equal(json, DossiersJson.Ecrire(lu.Valeur));
        });

    [Fact]
    public void Le_generateur_parcourt_le_cycle_de_vie()
    {
        var dossiers = GenerateursCaf.DossierDAccompagnement().Sample(300, new Rnd(3UL, 5UL), 40).ToList();
        Assert.Contains(dossiers, d => d.Plans.Any(p => !p.EstOuvert));
        Assert.Contains(dossiers, d => d.Historique.Any(e => e is DossierTransfere));
        Assert.Contains(dossiers, d => d.Historique.Any(e => e is RappelEnvoye));
        Assert.Contains(dossiers, d => d.Cloture?.Motif == MotifDeCloture.Demenagement);
        Assert.Equal(SorteDOrigine.Toutes.Count, dossiers.Select(d => d.Origine.Sorte).Distinct().Count());
        Assert.All(dossiers, d => Assert.True(DossierDAccompagnement.Rejouer(d.Historique, Carte).Reussi));
    }

    private const string Debut = """{"version":1,"numeroAllocataire":"0123456","evenements":[""";

    private static string Ouverture() =>
        $$"""{"type":"OUVERTURE","date":"2024-03-01","commune":"{{Commune(0)}}","secteur":"{{Carte.Secteurs[0].Nom}}","travailleurSocial":"{{Ts(0)}}","origine":"DEMANDE","motif":"PARENTALITE"}""";

    [Fact]
    public void Un_document_minimal_se_lit()
    {
        var lu = DossiersJson.Lire(Debut + Ouverture() + """,{"type":"OFFRE","date":"2024-03-02"}]}""", Carte);
        Assert.True(lu.Reussi, lu.ToString());
        Assert.NotNull(lu.Valeur.Offre);
    }

    [Theory]
    [InlineData(""",{"type":"OFFRE","date":"2024-02-02"}""", "dossiers.date.anterieure", "$.evenements[1]")]
    [InlineData(""",{"type":"VISITE","date":"2024-03-02"}""", "dossier.evenement.type", "$.evenements[1].type")]
    [InlineData(""",{"type":"CONVOCATION","date":"2024-03-02","rendezVous":1,"datePrevue":"2024-03-04","canal":"COURRIER"}""", "code.inconnu", "$.evenements[1].canal")]
    [InlineData(""",{"type":"CONVOCATION","date":"2024-03-02","rendezVous":2,"datePrevue":"2024-03-04","canal":"VISIO"}""", "dossiers.rejeu.incoherent", "$.evenements[1]")]
    [InlineData(""",{"type":"AIDE","date":"2024-03-02","aide":"Jean Dupont"}""", "dossiers.aide.identifiant", "$.evenements[1]")]
    [InlineData(""",{"type":"CLOTURE","date":"2024-03-02","motif":"REFUS"},{"type":"OFFRE","date":"2024-03-03"}""", "dossiers.dossier.clos", "$.evenements[2]")]
    public void Les_erreurs_sont_situees(string suite, string code, string chemin)
    {
        var lu = DossiersJson.Lire(Debut + Ouverture() + suite + "]}", Carte);
        Assert.False(lu.Reussi);
        Assert.Contains(lu.Erreurs, e => e.Code == code && e.Chemin == chemin);
        Assert.All(lu.Erreurs, e => Assert.DoesNotContain("0123456", e.ToString(), StringComparison.Ordinal));
        Assert.All(lu.Erreurs, e => Assert.DoesNotContain("Dupont", e.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("""{"version":2,"numeroAllocataire":"0123456","evenements":[]}""")]
    [InlineData("""{"version":1,"numeroAllocataire":"12","evenements":[]}""")]
    [InlineData("""{"version":1,"numeroAllocataire":"0123456","evenements":[]}""")]
    [InlineData("""{"version":1,"numeroAllocataire":"0123456","evenements":[null]}""")]
    [InlineData("""{"version":1,"numeroAllocataire":"0123456","evenements":[{"type":"OFFRE","date":"2024-03-02"}]}""")]
    [InlineData("""{"version":1,"numeroAllocataire":"0123456","evenements":[],"autre":1}""")]
    public void Un_document_invalide_donne_des_erreurs_sans_exception(string json)
    {
        var lu = DossiersJson.Lire(json, Carte);
        Assert.False(lu.Reussi);
        Assert.All(lu.Erreurs, e => Assert.NotNull(e.Chemin));
    }

    [Fact]
    public void Un_secteur_ecrit_different_de_la_carte_est_refuse()
    {
        var ouverture = Ouverture().Replace(Carte.Secteurs[0].Nom, Carte.Secteurs[1].Nom, StringComparison.Ordinal);
        var lu = DossiersJson.Lire(Debut + ouverture + "]}", Carte);
        Assert.Equal("dossiers.rejeu.incoherent", Assert.Single(lu.Erreurs).Code);
    }
}
