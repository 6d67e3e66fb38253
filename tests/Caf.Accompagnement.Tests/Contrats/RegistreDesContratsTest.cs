using Caf.Accompagnement.Contrats;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Caf.Accompagnement.Tests.Contrats.Fixtures;

namespace Caf.Accompagnement.Tests.Contrats;

public sealed class RegistreDesContratsTest
{
    private static Parcours Parcours(int numero, Caf.Accompagnement.Territoires.CodeCommune commune, Referent referent, LocalDate orientation, LocalDate? signature, int duree = 6)
    {
        var p = Caf.Accompagnement.Contrats.Parcours.Ouvrir(Beneficiaire(numero), commune)
            .Orienter(TypeOrientation.Sociale, orientation).Apres()
            .DesignerReferent(referent, orientation, CarteDeTest.Instance).Apres()
            .EtablirContrat(orientation, Actions(orientation.PlusMonths(2)), PlanSelon(orientation), duree).Apres();
        return signature is { } s ? p.Signer(1, s).Apres() : p;
    }

    private static RegistreDesContrats Registre() => new(
        [
            Parcours(1, CarteDeTest.MontDeMarsan, Ts1, new(2022, 1, 10), new(2022, 2, 1)),
            Parcours(2, CarteDeTest.MontDeMarsan, Ts1, new(2022, 6, 1), new(2022, 9, 1)),
            Parcours(3, CarteDeTest.Dax, Ts2, new(2022, 11, 1), new(2023, 1, 5)),
            Parcours(4, CarteDeTest.Dax, Ts2, new(2022, 10, 1), null),
            Parcours(5, CarteDeTest.HorsCarte, Cd, new(2022, 3, 1), new(2022, 3, 2), 12),
        ],
        CarteDeTest.Instance);

    // CASF L262-27 et L262-28 : le portefeuille du référent compte les personnes soumises aux droits et devoirs.
    [Fact]
    public void Le_portefeuille_ne_compte_que_les_personnes_soumises_aux_droits_et_devoirs()
    {
        var r = Registre();
        bool? Soumis(IdentifiantBeneficiaire b) => b.Dossier.Valeur switch { 1 => true, 2 => false, 3 => null, _ => true };
        var portefeuilles = r.Portefeuilles(new LocalDate(2023, 2, 1), Soumis);
        Assert.Equal(new PortefeuilleReferent(Ts1, 1, 1), portefeuilles.Single(p => p.Referent == Ts1));
        Assert.Equal(new PortefeuilleReferent(Ts2, 2, 0), portefeuilles.Single(p => p.Referent == Ts2));
        var strict = r.Portefeuilles(new LocalDate(2023, 2, 1), Soumis, presumerSoumisSiInconnu: false, secteur: "S2");
        Assert.Equal(new PortefeuilleReferent(Ts2, 1, 1), Assert.Single(strict));
        Assert.Empty(r.Portefeuilles(new LocalDate(2021, 12, 31), Soumis));
    }

    [Fact]
    public void Contrats_signes_dans_une_periode_et_par_secteur()
    {
        var r = Registre();
        var signes2022 = r.SignesEntre(new(2022, 1, 1), new(2022, 12, 31));
        Assert.Equal(3, signes2022.Count);
        Assert.Equal(new Dictionary<string, int> { ["(hors secteur)"] = 1, ["S1"] = 2 }, r.CompterParSecteur(signes2022));
        Assert.Single(r.SignesEntre(new(2022, 1, 1), new(2023, 12, 31), "S2"));
    }

    [Fact]
    public void Contrats_actifs_a_une_date()
    {
        var r = Registre();
        Assert.Equal([1, 5], r.ActifsAu(new(2022, 7, 31)).Select(c => c.Beneficiaire.Dossier.Valeur));
        Assert.Equal([1], r.ActifsAu(new(2022, 7, 31), "S1").Select(c => c.Beneficiaire.Dossier.Valeur));
    }

    [Fact]
    public void Contrats_a_renouveler_par_referent()
    {
        var r = Registre();
        var liste = r.ARenouveler(new(2022, 7, 1), 31);
        var (referent, contrats) = Assert.Single(liste);
        Assert.Equal("TS-1", referent);
        Assert.Equal(new LocalDate(2022, 7, 31), Assert.Single(contrats).Fin);
        Assert.Empty(r.ARenouveler(new(2022, 7, 1), 29));
    }

    [Fact]
    public void Signatures_en_retard()
    {
        var r = Registre();
        var retard = Assert.Single(r.SignaturesEnRetard(new(2022, 12, 15)));
        Assert.Equal(4, retard.Beneficiaire.Dossier.Valeur);
        Assert.Equal(new LocalDate(2022, 12, 1), retard.DateLimite);
        Assert.Equal(14, retard.JoursDeRetard);
        Assert.Equal("S2", retard.Secteur);
        Assert.Empty(r.SignaturesEnRetard(new(2022, 12, 15), "S1"));
        // Le n° 3 (orienté le 1er novembre) n'est en retard qu'après le 1er janvier, et signe le 5.
        Assert.Equal([3, 4], r.SignaturesEnRetard(new(2023, 1, 3)).Select(x => x.Beneficiaire.Dossier.Valeur).Order());
    }

    private static readonly Arbitrary<ParcoursModeleTest.Commande[][]> Populations =
        Gen.Choose(1, 6).SelectMany(n => ParcoursModeleTest.Scenarios.Generator.ArrayOf(n)).ToArbitrary();

    // Les requêtes par secteur partitionnent les requêtes globales ; au plus un contrat actif par personne ; le décompte
    // des signatures couvre chaque contrat signé (les scénarios s'étendent au plus jusqu'en 2034).
    [Property(MaxTest = 60)]
    public Property Les_requetes_par_secteur_partitionnent_les_requetes_globales() =>
        Prop.ForAll(Populations, scenarios =>
        {
            var parcours = scenarios.ToArray().Select((cmds, i) => ParcoursModeleTest.Rejouer(
                cmds, Caf.Accompagnement.Contrats.Parcours.Ouvrir(Beneficiaire(i + 1), i % 3 == 0 ? CarteDeTest.Dax : CarteDeTest.MontDeMarsan))).ToList();
            var r = new RegistreDesContrats(parcours, CarteDeTest.Instance);
            var secteurs = new[] { "S1", "S2", RegistreDesContrats.HorsSecteur };
            for (var date = new LocalDate(2023, 6, 1); date < new LocalDate(2027, 1, 1); date = date.PlusDays(45))
            {
                var actifs = r.ActifsAu(date);
                Assert.Equal(actifs.Count, actifs.Select(c => c.Beneficiaire).Distinct().Count());
                Assert.All(actifs, c => Assert.True(c.EstActifAu(date)));
                Assert.Equal(actifs.Count, secteurs.Sum(s => r.ActifsAu(date, s).Count));
                Assert.Equal(r.SignaturesEnRetard(date).Count, secteurs.Sum(s => r.SignaturesEnRetard(date, s).Count));
                Assert.Equal(r.ARenouveler(date, 60).Values.Sum(l => l.Count), secteurs.Sum(s => r.ARenouveler(date, 60, s).Values.Sum(l => l.Count)));
            }

            var signes = r.SignesEntre(new LocalDate(2023, 1, 1), new LocalDate(2040, 12, 31));
            Assert.Equal(parcours.Sum(p => p.Contrats.Count(c => c.DateSignature is not null)), signes.Count);
            var parSecteur = r.CompterParSecteur(signes);
            Assert.Equal(signes.Count, parSecteur.Values.Sum());
            foreach (var (secteur, nombre) in parSecteur)
            {
                Assert.Equal(nombre, r.SignesEntre(new LocalDate(2023, 1, 1), new LocalDate(2040, 12, 31), secteur).Count);
            }
        });
}
