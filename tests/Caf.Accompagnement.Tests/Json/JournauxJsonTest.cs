using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Json;

/// <summary>L'instantané JSON du journal d'activité : aller-retour, entrées recréées par leurs fabriques, erreurs situées.</summary>
public sealed class JournauxJsonTest
{
    private static readonly DateInterval Annee2024 = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));

    private static string Empreinte(Journal j) =>
        string.Join("\n", j.Entrees.Select(e => e.Nature + " " + e + " " + Details(e)));

    private static string Details(EntreeJournal e) => e switch
    {
        Intervention i => i.Motif.Code + " " + i.TravailleurSocial,
        NouvelleDemande n => n.Motif.Code,
        RendezVous r => $"{r.Statut.Code} {r.Origine.Code} {r.TravailleurSocial} {r.EvenementLie?.Code}",
        SeanceCollective s => $"{s.Theme.Code} {s.Modalite.Code} {s.Participants}",
        SignatureDeContrat c => $"{c.NumeroContrat} {c.Regime.Code} {c.SignatureTardive}",
        AttributionDAide a => $"{a.Type.Code} {a.Forme.Code} {a.Montant}",
        VersementDAide v => $"{v.Aide.Type.Code} {v.Aide.Forme.Code} {v.Aide.Montant}",
        _ => string.Empty,
    };

    private static string Bilan(Journal j) =>
        BilanAnnuel.Etablir(j, j.Periode).GetValueOrThrow().EnTexte();

    [Property(MaxTest = 100)]
    public Property Aller_retour_sans_perte() =>
        Prop.ForAll(GenerateursCaf.Journal(Annee2024).ToArbitrary(), journal =>
        {
            var relu = JournauxJson.Lire(JournauxJson.Ecrire(journal));
            Assert.True(relu.Reussi, relu.ToString());
            var j = relu.Valeur;
            Assert.Equal(journal.Periode, j.Periode);
            Assert.Equal(Empreinte(journal), Empreinte(j));
            Assert.Equal(Bilan(journal), Bilan(j));
        });

    private static string Document(string entree) =>
        "{\"version\":1,\"debut\":\"2024-01-01\",\"fin\":\"2024-12-31\",\"entrees\":[" + entree + "]}";

    [Fact]
    public void Nature_inconnue_situee()
    {
        var r = JournauxJson.Lire(Document("{\"nature\":\"PIQUE_NIQUE\",\"date\":\"2024-03-01\",\"secteur\":\"S1\"}"));
        var e = Assert.Single(r.Erreurs);
        Assert.Equal("journal.entree.nature_inconnue", e.Code);
        Assert.Equal("$.entrees[0].nature", e.Chemin);
    }

    [Fact]
    public void Type_d_aide_inconnu_situe()
    {
        var r = JournauxJson.Lire(Document("{\"nature\":\"AIDE_VERSEE\",\"date\":\"2024-03-01\",\"secteur\":\"S1\",\"type\":\"INCONNU\",\"forme\":\"SUBVENTION\",\"montant\":10}"));
        var e = Assert.Single(r.Erreurs);
        Assert.Equal("aides.type.inconnu", e.Code);
        Assert.Equal("$.entrees[0].type", e.Chemin);
    }

    [Fact]
    public void Montant_negatif_situe()
    {
        var type = CatalogueDesAides.Reference.Tous.First(t => t.Admet(FormeAide.Subvention)).Code;
        var r = JournauxJson.Lire(Document("{\"nature\":\"AIDE_ATTRIBUEE\",\"date\":\"2024-03-01\",\"secteur\":\"S1\",\"type\":\"" + type + "\",\"forme\":\"SUBVENTION\",\"montant\":-5}"));
        Assert.False(r.Reussi);
        Assert.Contains(r.Erreurs, e => e.Chemin == "$.entrees[0].montant");
    }

    [Fact]
    public void Entree_hors_periode_situee()
    {
        var r = JournauxJson.Lire(Document("{\"nature\":\"DEMANDE\",\"date\":\"2025-03-01\",\"secteur\":\"S1\",\"motif\":\"" + Motif.Toutes[0].Code + "\"}"));
        var e = Assert.Single(r.Erreurs);
        Assert.Equal("activite.entree.hors_periode", e.Code);
        Assert.Equal("$.entrees[0].date", e.Chemin);
    }

    [Fact]
    public void Version_inconnue_refusee()
    {
        var r = JournauxJson.Lire("{\"version\":2,\"debut\":\"2024-01-01\",\"fin\":\"2024-12-31\",\"entrees\":[]}");
        Assert.Equal("json.version", Assert.Single(r.Erreurs).Code);
    }

    [Fact]
    public void Signature_restauree_verifie_ses_valeurs()
    {
        var r = SignatureDeContrat.Create(new LocalDate(2024, 2, 1), " ", 0, Caf.Accompagnement.Contrats.RegimeContrat.Toutes[0], false);
        Assert.Equal(["activite.contrat.numero", "activite.secteur.absent"], r.Erreurs.Select(e => e.Code).Order(StringComparer.Ordinal));
    }
}
