// Le code entre « début » et « fin » est recopié tel quel dans le README (vérifié par ExempleTestingTest).
// début
using Caf.Accompagnement;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

// Dans le projet de tests, une fois : [assembly: Properties(Arbitrary = [typeof(ArbitrairesCaf)])]
public class MesTestsDeCaf
{
    // Un type du domaine en paramètre : l'arbitraire enregistré le construit par les fabriques publiques.
    [Property(MaxTest = 50)]
    public bool Tout_parcours_genere_a_un_historique_coherent(ParcoursAvecHistorique p) =>
        Invariants.Parcours(p.Parcours).Count == 0 && Invariants.Historique(p.Evenements, p.Parcours).Count == 0;

    [Property(MaxTest = 50)]
    public bool Une_enveloppe_n_est_jamais_sur_engagee(EnveloppeBudgetaire enveloppe) =>
        Invariants.EnveloppeBudgetaire(enveloppe).Count == 0;

    // Un générateur paramétré : des campagnes planifiées sur des cartes des Landes générées.
    [Property(MaxTest = 10)]
    public Property Une_campagne_a_un_contact_par_foyer() =>
        Prop.ForAll(
            GenerateursCaf.CarteDesSecteurs("40").SelectMany(carte => GenerateursCaf.Campagne(new LocalDate(2024, 3, 4), carte)).ToArbitrary(),
            campagne => Invariants.Campagne(campagne).Count == 0);

    [Fact]
    public void Mes_echeances_stockees_sont_valides()
    {
        // Des échéances relues d'une base : les mêmes règles que celles des échéanciers de la bibliothèque.
        Echeance[] stockees =
        [
            new(1, new LocalDate(2024, 4, 5), Montant.FromEuros(333.33m)),
            new(2, new LocalDate(2024, 5, 5), Montant.FromEuros(333.33m)),
            new(3, new LocalDate(2024, 6, 5), Montant.FromEuros(333.34m)),
        ];
        Assert.Empty(Invariants.Echeances(Montant.FromEuros(1000m), stockees));
    }
}
// fin
