using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Json;

/// <summary>L'instantané JSON d'une demande d'aide : aller-retour, commandes rejouées à la lecture, erreurs situées.</summary>
public sealed class DemandesJsonTest
{
    private static readonly LocalDate Depot = new(2024, 3, 4);

    /// <summary>
    /// Des demandes dans chacun des statuts (générateur public de <c>Caf.Accompagnement.Testing</c>), avec des pièces
    /// demandées, et, pour un prêt en remboursement, des mouvements aléatoires par les commandes de la demande.
    /// </summary>
    internal static Gen<DemandeDAide> Demandes { get; } =
        from demande in GenerateursCaf.DemandeDAide()
        from pieces in Gen.Elements("Devis", "Facture, acquittée", "RIB").NonEmptyListOf().Select(l => l.Take(3).ToArray())
        from mouvements in Gen.Choose(0, 6)
        from graine in Gen.Choose(0, 1_000_000)
        select Completer(demande, pieces, mouvements, new Random(graine));

    private static DemandeDAide Completer(DemandeDAide demande, string[] pieces, int mouvements, Random hasard)
    {
        if (demande.Statut == StatutDemande.EnInstruction && hasard.Next(2) == 0)
        {
            return demande.DemanderDesPieces(demande.DateDernierEvenement.PlusDays(3), pieces).GetValueOrThrow().Etat;
        }

        for (var i = 0; i < mouvements && demande.Statut == StatutDemande.EnRemboursement; i++)
        {
            var date = demande.DateDernierEvenement.PlusDays(hasard.Next(0, 45));
            var solde = demande.Pret!.Solde.Centimes;
            var r = hasard.Next(10) switch
            {
                < 7 => demande.Rembourser(date, Montant.FromCentimes(hasard.NextInt64(1, solde + 1)), hasard.Next(2) == 0),
                7 or 8 => demande.Reechelonner(date, hasard.Next(1, 24), date.PlusDays(hasard.Next(1, 40))),
                _ => demande.RemettreLaDette(date, "Situation de surendettement"),
            };
            if (r.TryGetValue(out var e))
            {
                demande = e.Etat;
            }
        }

        return demande;
    }

    private static string Empreinte(DemandeDAide d) =>
        string.Join(
            "|",
            d.Identifiant,
            d.Numero.EnClair,
            d.Type.Code,
            d.MontantDemande,
            d.FormeDemandee.Code,
            d.DateDepot,
            d.Statut.Code,
            d.MontantAccorde,
            d.FormeAccordee?.Code,
            d.Motif,
            string.Join(";", d.PiecesAttendues),
            d.DateVersement,
            d.Pret is { } p ? $"{p.Capital} {p.Statut.Code} {p.Solde} {string.Join(";", p.Echeancier.Echeances)} {p.Mouvements.Length}" : "sans prêt",
            d.Historique.Length);

    private static DemandeDAide Accordee(FormeAide forme, Montant montant) =>
        DemandeDAide.Deposer("D-000001", NumeroAllocataire.Create("1234567").GetValueOrThrow(), AidesDeReference.Projets, Montant.FromEuros(800m), FormeAide.Subvention, Depot).GetValueOrThrow()
            .Instruire(Depot.PlusDays(1)).GetValueOrThrow().Etat
            .Accorder(Depot.PlusDays(10), montant, forme).GetValueOrThrow().Etat;

    [Property(MaxTest = 200)]
    public Property Aller_retour_sans_perte() =>
        Prop.ForAll(Demandes.ToArbitrary(), demande =>
        {
            var json = DemandesJson.Ecrire(demande);
            var relu = DemandesJson.Lire(json);
            Assert.True(relu.Reussi, relu.ToString());
            Assert.Equal(Empreinte(demande), Empreinte(relu.Valeur));
            Assert.Equal(demande.Historique.Skip(1).Where(e => e is not PretDecaisse and not MouvementSurLePret), relu.Valeur.Historique.Skip(1).Where(e => e is not PretDecaisse and not MouvementSurLePret));
            Assert.Equal(json, DemandesJson.Ecrire(relu.Valeur));
        });

    [Fact]
    public void Les_pieces_demandees_sont_rejouees_a_l_identique()
    {
        var demande = Accordee(FormeAide.Subvention, Montant.FromEuros(500m));
        var enAttente = DemandeDAide.Deposer("D-2", demande.Numero, AidesDeReference.Projets, Montant.FromEuros(300m), FormeAide.Subvention, Depot).GetValueOrThrow()
            .Instruire(Depot).GetValueOrThrow().Etat
            .DemanderDesPieces(Depot.PlusDays(2), ["Facture, acquittée", "RIB"]).GetValueOrThrow().Etat;
        var relu = DemandesJson.Lire(DemandesJson.Ecrire(enAttente)).GetValueOrThrow();
        Assert.Equal(new[] { "Facture, acquittée", "RIB" }, relu.PiecesAttendues.ToArray());
        Assert.Equal(enAttente.Historique.ToArray(), relu.Historique.ToArray());
        Assert.Equal(StatutDemande.Accordee, DemandesJson.Lire(DemandesJson.Ecrire(demande)).GetValueOrThrow().Statut);
    }

    [Fact]
    public void Regle_de_la_demande_rejouee_et_situee()
    {
        var document = DemandesJson.ToDocument(Accordee(FormeAide.Subvention, Montant.FromEuros(500m)));

        // Un événement antérieur au précédent.
        document.Historique[1].Date = "2024-03-04";
        var e = Assert.Single(DemandesJson.FromDocument(document).Erreurs);
        Assert.Equal(("aides.demande.chronologie", "$.historique[1].date"), (e.Code, e.Chemin));

        // Un accord au-delà du montant demandé.
        document.Historique[1].Date = "2024-03-14";
        document.Historique[1].Montant = 900m;
        e = Assert.Single(DemandesJson.FromDocument(document).Erreurs);
        Assert.Equal(("aides.demande.montant_accorde", "$.historique[1].montant"), (e.Code, e.Chemin));

        // Un événement hors cycle de vie : versement avant l'accord.
        document.Historique[1] = new EvenementDeDemandeDocument { Type = "VERSEMENT", Date = "2024-03-14", Montant = 500m };
        e = Assert.Single(DemandesJson.FromDocument(document).Erreurs);
        Assert.Equal(("aides.demande.transition", "$.historique[1].type"), (e.Code, e.Chemin));

        // Un statut inconnu, puis un statut qu'aucun changement n'atteint.
        document.Historique[1] = new EvenementDeDemandeDocument { Type = "CHANGEMENT_DE_STATUT", Date = "2024-03-14", De = "EN_INSTRUCTION", Vers = "PERDUE" };
        e = Assert.Single(DemandesJson.FromDocument(document).Erreurs);
        Assert.Equal("$.historique[1].vers", e.Chemin);
        document.Historique[1].Vers = "VERSEE";
        e = Assert.Single(DemandesJson.FromDocument(document).Erreurs);
        Assert.Equal(("demande.evenement.statut", "$.historique[1].vers"), (e.Code, e.Chemin));
        document.Historique[1] = new EvenementDeDemandeDocument { Type = "CHANGEMENT_DE_STATUT", Date = "2024-03-14", De = "AJOURNEE", Vers = "CLASSEE", Motif = "Désistement" };
        e = Assert.Single(DemandesJson.FromDocument(document).Erreurs);
        Assert.Equal(("demande.evenement.incoherent", "$.historique[1].de"), (e.Code, e.Chemin));

        // Une sorte d'événement inconnue ; un statut final incohérent.
        document.Historique[1] = new EvenementDeDemandeDocument { Type = "DON", Date = "2024-03-14" };
        e = Assert.Single(DemandesJson.FromDocument(document).Erreurs);
        Assert.Equal(("demande.evenement.type", "$.historique[1].type"), (e.Code, e.Chemin));
        document.Historique.RemoveAt(1);
        e = Assert.Single(DemandesJson.FromDocument(document).Erreurs);
        Assert.Equal(("demande.statut.incoherent", "$.statut"), (e.Code, e.Chemin));
    }

    [Fact]
    public void Regle_du_pret_rejouee_au_chemin_du_mouvement()
    {
        var demande = Accordee(FormeAide.Pret, Montant.FromEuros(600m))
            .Decaisser(Depot.PlusDays(20), 6, Depot.PlusDays(50)).GetValueOrThrow().Etat
            .Rembourser(Depot.PlusDays(50), Montant.FromEuros(100m)).GetValueOrThrow().Etat;
        var document = DemandesJson.ToDocument(demande);
        Assert.Equal(demande.Pret!.Solde, DemandesJson.FromDocument(document).GetValueOrThrow().Pret!.Solde);

        document.Historique[3].Mouvement!.Montant = 900m;
        var e = Assert.Single(DemandesJson.FromDocument(document).Erreurs);
        Assert.Equal(("aides.pret.remboursement.excedent", "$.historique[3].mouvement.montant"), (e.Code, e.Chemin));

        document.Historique[3].Mouvement!.Montant = 100m;
        document.Historique[3].Statut = "SOLDEE";
        e = Assert.Single(DemandesJson.FromDocument(document).Erreurs);
        Assert.Equal(("demande.evenement.incoherent", "$.historique[3].statut"), (e.Code, e.Chemin));

        document.Historique[3].Statut = null;
        document.Historique[2].NombreEcheances = 0;
        e = Assert.Single(DemandesJson.FromDocument(document).Erreurs);
        Assert.Equal("$.historique[2].nombreEcheances", e.Chemin);
    }

    [Theory]
    [InlineData("""{"version":2}""", "json.version", "$.version")]
    [InlineData("""{"version":1,"identifiant":"D-1","numeroAllocataire":"1234567","typeAide":"INCONNU","montantDemande":100,"formeDemandee":"SUBVENTION","dateDepot":"2024-03-04"}""", "", "$.typeAide")]
    [InlineData("""{"version":1,"identifiant":"D-1","numeroAllocataire":"1234567","typeAide":"AVF","montantDemande":100,"formeDemandee":"PRET","dateDepot":"2024-03-04"}""", "aides.demande.forme", "$.formeDemandee")]
    [InlineData("""{"version":1,"identifiant":"D-1","numeroAllocataire":"1234567","typeAide":"AVF","montantDemande":100,"formeDemandee":"SUBVENTION","dateDepot":"2024-03-04","historique":[null]}""", "json.absent", "$.historique[0]")]
    [InlineData("""{"version":1,"identifiant":"D-1","numeroAllocataire":"1234567","typeAide":"AVF","montantDemande":100,"formeDemandee":"SUBVENTION","dateDepot":"2024-03-04","historique":[{"type":"CHANGEMENT_DE_STATUT","date":"2024-03-01","vers":"EN_INSTRUCTION"}]}""", "aides.demande.chronologie", "$.historique[0].date")]
    public void Erreurs_de_format_situees(string json, string code, string chemin)
    {
        var r = DemandesJson.Lire(json);
        Assert.True(r.Erreurs.Any(e => e.Code.StartsWith(code, StringComparison.Ordinal) && e.Chemin == chemin), string.Join(Environment.NewLine, r.Erreurs));
    }

    [Fact]
    public void Un_catalogue_sans_le_type_refuse_le_code()
    {
        var json = DemandesJson.Ecrire(Accordee(FormeAide.Subvention, Montant.FromEuros(500m)));
        var catalogue = CatalogueDesAides.Create([AidesDeReference.VacancesFamiliales]).GetValueOrThrow();
        Assert.Equal("$.typeAide", Assert.Single(DemandesJson.Lire(json, catalogue).Erreurs).Chemin);
        Assert.True(DemandesJson.Lire(json).Reussi);
    }

    /// <summary>L'exemple de <c>docs/json.md</c> (section « Instantané d'une demande d'aide »).</summary>
    [Fact]
    public void L_exemple_de_la_documentation_est_lu()
    {
        const string Exemple = """
            { "version": 1, "identifiant": "D-000042", "numeroAllocataire": "1234567", "typeAide": "PROJETS",
              "montantDemande": 600.00, "formeDemandee": "PRET", "dateDepot": "2024-03-04",
              "historique": [
                { "type": "CHANGEMENT_DE_STATUT", "date": "2024-03-05", "de": "DEPOSEE", "vers": "EN_INSTRUCTION" },
                { "type": "CHANGEMENT_DE_STATUT", "date": "2024-03-06", "de": "EN_INSTRUCTION", "vers": "EN_ATTENTE_DE_PIECES",
                  "motif": "Devis, RIB", "pieces": [ "Devis", "RIB" ] },
                { "type": "CHANGEMENT_DE_STATUT", "date": "2024-03-20", "de": "EN_ATTENTE_DE_PIECES", "vers": "EN_INSTRUCTION" },
                { "type": "ACCORD", "date": "2024-03-28", "montant": 600.00, "forme": "PRET" },
                { "type": "DECAISSEMENT", "date": "2024-04-02", "montant": 600.00, "nombreEcheances": 6, "premiereEcheance": "2024-05-05" },
                { "type": "MOUVEMENT_DU_PRET", "date": "2024-05-05", "statut": "EN_REMBOURSEMENT",
                  "mouvement": { "type": "REMBOURSEMENT", "date": "2024-05-05", "montant": 100.00, "parRetenue": false, "anticipe": false } } ],
              "statut": "EN_REMBOURSEMENT" }
            """;
        var demande = DemandesJson.Lire(Exemple).GetValueOrThrow();
        Assert.Equal((StatutDemande.EnRemboursement, Montant.FromEuros(500m)), (demande.Statut, demande.Pret!.Solde));
    }
}
