using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Cibles;

/// <summary>Les propriétés des cibles : explications cohérentes, monotonie des plafonds, forme résolue conforme à la règle.</summary>
public sealed partial class CiblesTest
{
    private static readonly PolitiqueDeCiblage Toutes = PolitiqueDeCiblage.National
        .Avec(new Renommee("RSA_MONOPARENT_LANDES", new CibleRsaMonoparent(ParametresRsaMonoparent.Landes)))
        .Avec(new Renommee("FAMILLE_ENFANTS_PAUVRES", new CibleFamillePrioritaire(ParametresFamillePrioritaire.Defaut with { InclureMonoparentales = false })));

    [Property(Arbitrary = [typeof(FoyersDeTest)], MaxTest = 300)]
    public void Chaque_explication_est_coherente_avec_sa_decision(DescriptionFoyer description)
    {
        var foyer = description.Construire();
        foreach (var a in Toutes.ADate(description.Reference, Jeu).GetValueOrThrow().Cibles)
        {
            var contient = a.Contient(foyer);
            var e = a.Expliquer(foyer);
            Assert.Equal(contient, e.EstSatisfaite);
            Assert.Equal(contient, e.Conclusion.StartsWith("le foyer appartient", StringComparison.Ordinal));
            Assert.Equal(!contient, e.Operations.Any(o => o.Contains("condition non remplie", StringComparison.Ordinal)));
            Assert.NotEmpty(e.Donnees);
            Assert.NotEmpty(e.Parametres);
            Assert.NotEmpty(e.Operations);
        }
    }

    [Property(Arbitrary = [typeof(FoyersDeTest)], MaxTest = 300)]
    public Property Plus_de_ressources_n_ajoute_jamais_a_une_cible_plafonnee(DescriptionFoyer description, PositiveInt supplement)
    {
        var avant = description.Construire();
        var plafonnees = Toutes.ADate(description.Reference, Jeu).GetValueOrThrow().Cibles
            .Where(c => c.Cible is CibleParentsSeuls or CibleFamillePrioritaire or Renommee { Code: "FAMILLE_ENFANTS_PAUVRES" })
            .ToList();
        long[] supplements = [supplement.Get, 1, 100, 10_000, 100_000, 1_000_000];
        return supplements
            .Select(s => description.AvecRessources(description.RessourcesCentimes + s))
            .All(apres => plafonnees.All(c => !c.Contient(apres) || c.Contient(avant)))
            .Label("une hausse des ressources a fait entrer le foyer dans une cible plafonnée");
    }

    [Property(Arbitrary = [typeof(FoyersDeTest)], MaxTest = 400)]
    public void La_forme_resolue_applique_la_regle_ecrite(DescriptionFoyer description)
    {
        var foyer = description.Construire();
        var r = description.Reference;
        // La situation en vigueur à la date : connue depuis une date au plus tard à la référence.
        var situationConnue = foyer.DateSituation <= r;
        var isole = situationConnue && foyer.Situation == SituationFamiliale.Isole;
        var age = foyer.Allocataire.Age(r);
        var smic = Jeu.SmicMensuel.ValeurAuOuLever(r).Valeur;

        // Règles écrites avec les âges exacts et les montants, sans les formes résolues.
        var parentsSeuls = isole && foyer.NombreEnfants > 0 && age >= 18 && age <= 34 && foyer.RessourcesMensuelles < smic.Multiplier(1.5m);
        Assert.Equal(parentsSeuls, new CibleParentsSeuls().Resoudre(r, Jeu).GetValueOrThrow().Contient(foyer));

        foreach (var n in new[] { 3, 6 })
        {
            var rsa = foyer.Percoit(Prestation.Rsa) is not null && isole && foyer.Enfants.Any(e => e.DateNaissance <= r && e.Age(r) < n);
            var dd = foyer.Allocataire.DroitsEtDevoirs;
            var connu = dd is { } v && v.Depuis <= r;
            var soumisConnu = connu && dd!.Value.Soumis;
            Assert.Equal(rsa && (soumisConnu || !connu), new CibleRsaMonoparent(new ParametresRsaMonoparent(n)).Resoudre(r).Contient(foyer));
            Assert.Equal(rsa && soumisConnu, new CibleRsaMonoparent(new ParametresRsaMonoparent(n) { PresumerSoumisSiInconnu = false }).Resoudre(r).Contient(foyer));
        }

        foreach (var type in TypeEvenement.Toutes)
        {
            var cible = new CibleEvenementDeVie(type);
            var premisse = !(type == TypeEvenement.Separation || type == TypeEvenement.Monoparentalite) || isole;
            var evenement = premisse && foyer.Evenements.Any(e => e.Type == type && e.Date <= r && Period.Between(e.Date, r, PeriodUnits.Days).Days <= cible.Parametres.DelaiEnJours);
            Assert.Equal(evenement, cible.ADate(r, Jeu).GetValueOrThrow().Contient(foyer));
        }

        var seuil = Jeu.SeuilDePauvrete.ValeurAuOuLever(r).Valeur;
        var pauvre = foyer.RevenuDisponibleMensuel.Euros < seuil.Euros * foyer.UnitesDeConsommation(r);
        var prioritaire = situationConnue && foyer.NombreEnfants > 0 && (isole || pauvre);
        Assert.Equal(prioritaire, new CibleFamillePrioritaire().Resoudre(r, Jeu).GetValueOrThrow().Contient(foyer));
    }

    [Property(Arbitrary = [typeof(FoyersDeTest)], MaxTest = 200)]
    public void Les_decisions_ne_dependent_pas_des_explications_demandees(DescriptionFoyer description)
    {
        var foyer = description.Construire();
        var politique = Toutes.Avec(JeunesSansEnfant()).ADate(description.Reference, Jeu).GetValueOrThrow();
        var aucune = politique.Evaluer(foyer, ModeExplication.Aucune);
        var retenues = politique.Evaluer(foyer, ModeExplication.CiblesRetenues);
        var toutes = politique.Evaluer(foyer, ModeExplication.Toutes);
        var attendues = politique.Cibles.Select(c => c.Contient(foyer)).ToList();
        Assert.Equal(attendues, aucune.Decisions.Select(d => d.EstSatisfaite));
        Assert.Equal(attendues, retenues.Decisions.Select(d => d.EstSatisfaite));
        Assert.Equal(attendues, toutes.Decisions.Select(d => d.Explication!.EstSatisfaite));
        Assert.All(aucune.Decisions, d => Assert.Null(d.Explication));
        Assert.All(retenues.Decisions, d => Assert.Equal(d.EstSatisfaite, d.Explication is not null));
        Assert.Equal(politique.Cibles.Where(c => c.Contient(foyer)).Select(c => c.Cible.Code), toutes.CiblesRetenues.Select(c => c.Code));
    }

    [Property(MaxTest = 200)]
    public void Les_numeros_de_jour_suivent_l_ordre_des_dates(int a, int b)
    {
        var da = new LocalDate(1900, 1, 1).PlusDays(Math.Abs(a % 80_000));
        var db = new LocalDate(1900, 1, 1).PlusDays(Math.Abs(b % 80_000));
        Assert.Equal(da.CompareTo(db) < 0, NumeroDeJour.De(da) < NumeroDeJour.De(db));
        Assert.Equal(Period.Between(da, db, PeriodUnits.Days).Days, NumeroDeJour.De(db) - NumeroDeJour.De(da));
        Assert.Equal(da, NumeroDeJour.VersDate(NumeroDeJour.De(da)));
    }

    /// <summary>Une cible de la bibliothèque sous un autre code, pour placer deux variantes dans une politique.</summary>
    private sealed class Renommee(string code, ICible cible) : Cible(code, cible.Libelle)
    {
        public override Resultat<ICibleADate> ADate(LocalDate reference, global::Caf.Accompagnement.Baremes.JeuDeBaremes baremes) => cible.ADate(reference, baremes);
    }
}
