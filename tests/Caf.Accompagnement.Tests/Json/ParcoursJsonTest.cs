using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Tests.Contrats;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Caf.Accompagnement.Tests.Contrats.Fixtures;

namespace Caf.Accompagnement.Tests.Json;

/// <summary>L'instantané JSON d'un parcours : aller-retour, invariants vérifiés à la lecture, erreurs situées.</summary>
public sealed class ParcoursJsonTest
{
    /// <summary>
    /// Des parcours atteints par des suites aléatoires de commandes publiques (celles du test de modèle), avec des
    /// actions suivies au hasard, pour un allocataire ou un conjoint et des paramètres départementaux variés.
    /// </summary>
    internal static Gen<Parcours> Parcours { get; } =
        from commandes in ParcoursModeleTest.Scenarios.Generator
        from conjoint in Gen.Elements(false, true)
        from maximale in Gen.Choose(6, 24)
        from renouvellements in Gen.Choose(0, 4)
        from graine in Gen.Choose(0, 1_000_000)
        select Suivre(
            ParcoursModeleTest.Rejouer(
                commandes,
                Caf.Accompagnement.Contrats.Parcours.Ouvrir(Beneficiaire(1_000_000 + graine, conjoint ? RoleDansLeFoyer.Conjoint : null), CarteDeTest.MontDeMarsan, new ParametresDepartementaux(6, maximale, renouvellements))),
            new Random(graine));

    private static Parcours Suivre(Parcours parcours, Random hasard)
    {
        foreach (var c in parcours.Contrats)
        {
            if (c.DateSignature is { } signature && hasard.Next(2) == 0)
            {
                var statut = StatutEngagement.Toutes[hasard.Next(StatutEngagement.Toutes.Count)];
                if (parcours.SuivreEngagement(c.Numero, hasard.Next(c.Engagements.Length), statut, signature.PlusDays(hasard.Next(0, 30))).TryGetValue(out var t))
                {
                    parcours = t.Parcours;
                }
            }
        }

        return parcours;
    }

    [Property(MaxTest = 150)]
    public Property Aller_retour_sans_perte_et_invariants_acceptes() =>
        Prop.ForAll(Parcours.ToArbitrary(), parcours =>
        {
            var json = ParcoursJson.Ecrire(parcours);
            var relu = ParcoursJson.Lire(json, CarteDeTest.Instance);
            Assert.True(relu.Reussi, relu.ToString());
            Assert.Equal(json, ParcoursJson.Ecrire(relu.Valeur));
            Assert.Equal(parcours.Beneficiaire, relu.Valeur.Beneficiaire);
            Assert.Equal(parcours.Orientations.AsEnumerable(), relu.Valeur.Orientations.AsEnumerable());
            Assert.Equal(parcours.Referents.AsEnumerable(), relu.Valeur.Referents.AsEnumerable());
            Assert.Equal(Empreinte(parcours), Empreinte(relu.Valeur));
        });

    /// <summary>L'état complet des contrats, lu sur l'agrégat lui-même (indépendamment du format d'échange).</summary>
    private static string Empreinte(Parcours p) =>
        string.Join(Environment.NewLine, p.Contrats.Select(c => string.Join(
            "|",
            c.Numero, c.Beneficiaire, c.Commune, c.Referent, c.Orientation, c.Regime.Code, c.Statut.Code, c.DateEtablissement, c.DureeEnMois,
            string.Join(";", c.Engagements), c.PlanDAction, c.Predecesseur, c.Successeur, c.RangDeRenouvellement, c.DateSignature,
            c.SignatureTardive, c.Debut, c.Fin, c.FinEffective, c.Motif,
            string.Join(";", c.Avenants.Select(a => $"{a.Numero} {a.Date} {a.Motif} {string.Join(",", a.EngagementsAvant)} {a.PlanAvant}")))));

    [Property(MaxTest = 60)]
    public Property Un_parcours_relu_se_comporte_comme_l_original() =>
        Prop.ForAll(Parcours.ToArbitrary(), ParcoursModeleTest.Scenarios, (parcours, suite) =>
        {
            var relu = ParcoursJson.Lire(ParcoursJson.Ecrire(parcours)).GetValueOrThrow();
            Assert.Equal(Empreinte(ParcoursModeleTest.Rejouer(suite, parcours)), Empreinte(ParcoursModeleTest.Rejouer(suite, relu)));
        });

    private static ParcoursDocument Document()
    {
        var debut = new LocalDate(2024, 3, 1);
        var parcours = Oriente(debut)
            .EtablirContrat(debut, Actions(debut.PlusMonths(3))).Apres()
            .Signer(1, debut.PlusDays(10)).Apres()
            .Renouveler(1, debut.PlusMonths(5), Actions(debut.PlusMonths(9)), PlanSelon(debut.PlusMonths(5))).Apres()
            .Orienter(TypeOrientation.Professionnelle, debut.PlusMonths(7)).Apres()
            .DesignerReferent(Ft, debut.PlusMonths(7), CarteDeTest.Instance).Apres()
            .Rompre(2, debut.PlusMonths(8), "Engagements non respectés").Apres()
            .EtablirContrat(debut.PlusMonths(9), Actions(debut.PlusMonths(12)), PlanSelon(debut.PlusMonths(9))).Apres();
        return ParcoursJson.ToDocument(parcours);
    }

    [Fact]
    public void Un_document_valide_est_lu()
    {
        var parcours = ParcoursJson.FromDocument(Document(), CarteDeTest.Instance).GetValueOrThrow();
        Assert.Equal([StatutContrat.Renouvele, StatutContrat.Rompu, StatutContrat.Brouillon], parcours.Contrats.Select(c => c.Statut));
        Assert.Equal(1, parcours.Contrats[1].Predecesseur);
        Assert.Null(parcours.ContratActifAu(new LocalDate(2024, 12, 1)));
    }

    public static TheoryData<string, string, string> Violations => new()
    {
        { "deux_brouillons", "parcours.contrat.brouillons", "$.contrats" },
        { "chevauchement", "parcours.contrat.chevauchement", "$.contrats[1].debut" },
        { "regime", "parcours.contrat.regime", "$.contrats[0].regime" },
        { "plan_cer", "contrats.plan.sans_objet", "$.contrats[0].planDAction" },
        { "fin", "parcours.contrat.periode", "$.contrats[0].fin" },
        { "successeur", "parcours.contrat.renouvellement", "$.contrats[0].successeur" },
        { "motif", "parcours.contrat.motif", "$.contrats[1].motif" },
        { "numero", "parcours.contrat.numero", "$.contrats[2].numero" },
        { "orientations", "parcours.orientation.succession", "$.orientations[0].fin" },
        { "referents", "parcours.referent.succession", "$.referents[1].debut" },
        { "brouillon_signe", "parcours.contrat.brouillon", "$.contrats[2].statut" },
        { "avenant", "parcours.avenant.ordre", "$.contrats[0].avenants[0].numero" },
        { "hors_secteur", "contrats.referent.hors_secteur", "$.referents[0].referent" },
        { "code", "", "$.contrats[0].engagements[1].domaine" },
        { "date", "date.format", "$.contrats[1].finEffective" },
        { "ts", "referent.identifiant.format", "$.contrats[0].referent.identifiant" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void Invariant_viole_refuse_avec_son_chemin(string cas, string code, string chemin)
    {
        var d = Document();
        switch (cas)
        {
            case "deux_brouillons":
                d.Contrats[1].Statut = "BROUILLON";
                d.Contrats[1].DateSignature = d.Contrats[1].Debut = d.Contrats[1].Fin = d.Contrats[1].FinEffective = d.Contrats[1].Motif = null;
                d.Contrats[1].Predecesseur = null;
                d.Contrats[1].RangDeRenouvellement = 0;
                d.Contrats[0].Successeur = null;
                d.Contrats[0].Statut = "SIGNE";
                break;
            case "chevauchement":
                d.Contrats[0].Successeur = null;
                d.Contrats[0].Statut = "SIGNE";
                d.Contrats[1].Predecesseur = null;
                d.Contrats[1].RangDeRenouvellement = 0;
                d.Contrats[1].Debut = d.Contrats[1].DateSignature = d.Contrats[1].DateEtablissement = "2024-06-01";
                d.Contrats[1].Fin = "2024-11-30";
                d.Contrats[1].FinEffective = "2024-09-01";
                break;
            case "regime": d.Contrats[0].Regime = "CE"; break;
            case "plan_cer": d.Contrats[0].PlanDAction = new PlanDActionDocument { HeuresHebdomadaires = 15 }; break;
            case "fin": d.Contrats[0].Fin = "2024-09-01"; break;
            case "successeur": d.Contrats[0].Successeur = 3; break;
            case "motif": d.Contrats[1].Motif = " "; break;
            case "numero": d.Contrats[2].Numero = 7; break;
            case "orientations": d.Orientations[0].Fin = null; break;
            case "referents": d.Referents[1].Debut = "2024-01-01"; break;
            case "brouillon_signe": d.Contrats[2].DateSignature = "2024-12-02"; break;
            case "avenant": d.Contrats[0].Avenants.Add(new AvenantDocument { Numero = 2, Date = "2024-04-01", Motif = "Ajout", EngagementsAvant = d.Contrats[0].Engagements }); break;
            case "hors_secteur": d.Referents[0].Referent!.Identifiant = "TS-2"; d.Contrats[0].Referent!.Identifiant = "TS-2"; break;
            case "code": d.Contrats[0].Engagements[1].Domaine = "JARDINAGE"; break;
            case "date": d.Contrats[1].FinEffective = "2024-13-01"; break;
            case "ts": d.Contrats[0].Referent!.Identifiant = "Jean Dupont"; break;
            default: throw new ArgumentOutOfRangeException(nameof(cas));
        }

        var r = ParcoursJson.FromDocument(d, CarteDeTest.Instance);
        Assert.False(r.Reussi);
        Assert.True(r.Erreurs.Any(e => e.Code.StartsWith(code, StringComparison.Ordinal) && e.Chemin == chemin), string.Join(Environment.NewLine, r.Erreurs));
        Assert.DoesNotContain(r.Erreurs, e => e.ToString().Contains("1234567", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"version":0}""", "json.version", "$.version")]
    [InlineData("""{"version":1,"contrats":[{"numero":"un"}]}""", "json.format", "$.contrats[0].numero")]
    [InlineData("""{"version":1,"numeroAllocataire":"1234567","role":"ENFANT","commune":"40192","parametres":{"dureeParDefautEnMois":6,"dureeMaximaleEnMois":12,"renouvellementsMaximum":3,"delaiDeSignatureEnMois":2}}""", "contrats.beneficiaire.role", "$.role")]
    [InlineData("""{"version":1,"parametres":{"dureeParDefautEnMois":13,"dureeMaximaleEnMois":12}}""", "json.borne", "$.parametres.dureeParDefautEnMois")]
    [InlineData("""{"version":1,"orientations":[null]}""", "json.absent", "$.orientations[0]")]
    public void Erreurs_de_format_situees(string json, string code, string chemin)
    {
        var r = ParcoursJson.Lire(json);
        Assert.True(r.Erreurs.Any(e => e.Code == code && e.Chemin == chemin), string.Join(Environment.NewLine, r.Erreurs));
    }
}
