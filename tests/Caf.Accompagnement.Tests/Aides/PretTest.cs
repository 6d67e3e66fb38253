using Caf.Accompagnement.Aides;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Aides;

public sealed class PretTest
{
    private static readonly LocalDate Octroi = new(2022, 3, 15);
    private static readonly LocalDate Premiere = new(2022, 5, 5);

    private static Pret Creer(decimal capital, int mois, RetenueSurPrestations? retenue = null) =>
        Pret.Create(Montant.FromEuros(capital), mois, Premiere, Octroi, retenue).GetValueOrThrow();

    [Fact]
    public void Pret_de_1500_sur_40_mois_donne_40_echeances_de_37_50()
    {
        var pret = Creer(1500m, 40);
        Assert.Equal(40, pret.Echeancier.Echeances.Length);
        Assert.All(pret.Echeancier.Echeances, e => Assert.Equal(Montant.FromEuros(37.50m), e.Montant));
        Assert.Equal(new LocalDate(2025, 8, 5), pret.Echeancier.DerniereEcheance);
    }

    [Fact]
    public void Pret_de_1000_sur_3_mois_donne_333_33_333_33_333_34()
    {
        var pret = Creer(1000m, 3);
        Assert.Equal(
            [Montant.FromEuros(333.33m), Montant.FromEuros(333.33m), Montant.FromEuros(333.34m)],
            pret.Echeancier.Echeances.Select(e => e.Montant).ToArray());
    }

    [Fact]
    public void Les_echeances_du_31_tombent_au_dernier_jour_des_mois_courts()
    {
        var e = Pret.Create(Montant.FromEuros(300m), 3, new LocalDate(2023, 1, 31), Octroi).GetValueOrThrow().Echeancier.Echeances;
        Assert.Equal([new LocalDate(2023, 1, 31), new LocalDate(2023, 2, 28), new LocalDate(2023, 3, 31)], e.Select(x => x.Date).ToArray());
    }

    [Fact]
    public void Creation_refusee_avec_toutes_les_regles()
    {
        var r = Pret.Create(Montant.Zero, 0, Octroi, Octroi);
        Assert.Equal(["aides.pret.capital", "aides.pret.duree", "aides.pret.premiere_echeance"], r.Erreurs.Select(e => e.Code).ToArray());
    }

    [Fact]
    public void Remboursements_impayes_et_solde_a_toute_date()
    {
        var pret = Creer(1000m, 3);
        Assert.Equal(Montant.FromEuros(1000m), pret.SoldeAu(Octroi));
        Assert.Equal(Montant.FromEuros(666.66m), pret.RetardAu(new LocalDate(2022, 6, 5)));
        pret = pret.Rembourser(new LocalDate(2022, 5, 5), Montant.FromEuros(333.33m), parRetenue: true).GetValueOrThrow().Etat;
        var impayees = pret.EcheancesImpayees(new LocalDate(2022, 6, 30));
        Assert.Equal(2, Assert.Single(impayees).Echeance.Rang);
        Assert.Equal(Montant.FromEuros(1000m), pret.SoldeAu(new LocalDate(2022, 5, 4)));
        Assert.Equal(Montant.FromEuros(666.67m), pret.SoldeAu(new LocalDate(2022, 5, 5)));

        var trop = pret.Rembourser(new LocalDate(2022, 7, 1), Montant.FromEuros(700m));
        Assert.Equal("aides.pret.remboursement.excedent", Assert.Single(trop.Erreurs).Code);
        var avant = pret.Rembourser(new LocalDate(2022, 5, 1), Montant.FromEuros(10m));
        Assert.Equal("aides.pret.chronologie", Assert.Single(avant.Erreurs).Code);
    }

    [Fact]
    public void Reechelonnement_reprend_le_solde_restant()
    {
        var pret = Creer(1500m, 40).Rembourser(new LocalDate(2022, 5, 5), Montant.FromEuros(37.50m)).GetValueOrThrow().Etat;
        var evolution = pret.Reechelonner(new LocalDate(2022, 9, 1), 7, new LocalDate(2022, 10, 5)).GetValueOrThrow();
        var nouveau = evolution.Etat;
        Assert.Equal(Montant.FromEuros(1462.50m), Assert.IsType<Reechelonnement>(evolution.Evenement).SoldeRepris);
        Assert.Equal(Montant.FromEuros(1462.50m), nouveau.Echeancier.Capital);
        Assert.Equal(Montant.FromEuros(208.92m), nouveau.Echeancier.Mensualite);
        Assert.Equal(Montant.FromEuros(208.98m), nouveau.Echeancier.Echeances[^1].Montant);
        Assert.Equal(Montant.Zero, nouveau.RetardAu(new LocalDate(2022, 9, 30)));
        Assert.Equal(Montant.FromEuros(208.92m), nouveau.RetardAu(new LocalDate(2022, 10, 5)));
    }

    [Fact]
    public void Remboursement_anticipe_et_remise_de_dette()
    {
        var pret = Creer(500m, 10);
        var solde = pret.RembourserParAnticipation(new LocalDate(2022, 4, 1)).GetValueOrThrow().Etat;
        Assert.Equal(StatutDuPret.Rembourse, solde.Statut);
        Assert.Equal("aides.pret.clos", Assert.Single(solde.Rembourser(new LocalDate(2022, 5, 1), Montant.FromEuros(1m)).Erreurs).Code);

        Assert.Equal("aides.pret.remise.motif", Assert.Single(pret.RemettreLaDette(new LocalDate(2023, 1, 1), " ").Erreurs).Code);
        var remis = pret.RemettreLaDette(new LocalDate(2023, 1, 1), "Surendettement : effacement par la commission").GetValueOrThrow();
        Assert.Equal(StatutDuPret.Remis, remis.Etat.Statut);
        Assert.Equal(Montant.FromEuros(500m), Assert.IsType<RemiseDeDette>(remis.Evenement).Montant);
        Assert.Equal(Montant.Zero, remis.Etat.Solde);
        Assert.Equal(StatutDuPret.EnCours, pret.Statut);
    }

    [Fact]
    public void Retenue_laisse_le_reste_a_vivre()
    {
        var retenue = new RetenueSurPrestations(Montant.FromEuros(500m));
        Assert.Equal(Montant.FromEuros(37.50m), retenue.Calculer(Montant.FromEuros(37.50m), Montant.FromEuros(400m), Montant.FromEuros(300m)));
        Assert.Equal(Montant.FromEuros(20m), retenue.Calculer(Montant.FromEuros(37.50m), Montant.FromEuros(300m), Montant.FromEuros(220m)));
        Assert.Equal(Montant.Zero, retenue.Calculer(Montant.FromEuros(37.50m), Montant.FromEuros(300m), Montant.FromEuros(100m)));
    }

    [Fact]
    public void Retenue_du_mois_sur_les_echeances_echues()
    {
        var pret = Creer(1500m, 40, new RetenueSurPrestations(Montant.FromEuros(500m)));
        Assert.Equal(Montant.Zero, pret.MontantARetenir(new LocalDate(2022, 5, 4), Montant.FromEuros(400m), Montant.FromEuros(300m)));
        Assert.Equal(Montant.FromEuros(37.50m), pret.MontantARetenir(new LocalDate(2022, 5, 5), Montant.FromEuros(400m), Montant.FromEuros(300m)));
        Assert.Equal(Montant.FromEuros(75m), pret.MontantARetenir(new LocalDate(2022, 6, 5), Montant.FromEuros(400m), Montant.FromEuros(300m)));
        Assert.Equal(Montant.FromEuros(10m), pret.MontantARetenir(new LocalDate(2022, 6, 5), Montant.FromEuros(400m), Montant.FromEuros(110m)));
        Assert.Equal(Montant.Zero, Creer(1500m, 40).MontantARetenir(new LocalDate(2022, 6, 5), Montant.FromEuros(400m), Montant.FromEuros(300m)));
    }

    [Property(MaxTest = 200)]
    public Property La_retenue_laisse_toujours_le_reste_a_vivre() =>
        Prop.ForAll(
            Gen.Choose(0, 200_000).ToArbitrary(),
            Gen.Choose(0, 200_000).ToArbitrary(),
            Gen.Zip(Gen.Choose(0, 100_000), Gen.Choose(0, 150_000), (a, b) => (a, b)).ToArbitrary(),
            (prestations, autres, x) =>
            {
                var retenue = new RetenueSurPrestations(Montant.FromCentimes(x.b));
                var r = retenue.Calculer(Montant.FromCentimes(x.a), Montant.FromCentimes(prestations), Montant.FromCentimes(autres));
                var resteAVivre = Montant.FromCentimes(prestations + autres) - r;
                return !r.EstNegatif && r <= Montant.FromCentimes(x.a) && r <= Montant.FromCentimes(prestations)
                    && (r == Montant.Zero || resteAVivre >= retenue.ResteAVivreMinimum);
            });

    [Property(MaxTest = 300)]
    public Property L_echeancier_somme_au_capital_et_seule_la_derniere_differe() =>
        Prop.ForAll(
            Gen.Choose(1, 1_000_000).ToArbitrary(),
            Gen.Choose(1, 120).ToArbitrary(),
            (centimes, mois) =>
            {
                var n = Math.Min(mois, centimes);
                var e = Echeancier.Calculer(Montant.FromCentimes(centimes), n, Premiere).Echeances;
                var somme = e.Aggregate(Montant.Zero, (s, x) => s + x.Montant);
                return somme == Montant.FromCentimes(centimes)
                    && e.Length == n
                    && e.Take(n - 1).All(x => x.Montant == e[0].Montant)
                    && e.All(x => x.Montant.Centimes > 0);
            });

    [Property(MaxTest = 200)]
    public Property Le_solde_n_est_jamais_negatif_et_ne_remonte_jamais_avec_un_remboursement() =>
        Prop.ForAll(
            Gen.Choose(100, 300_000).ToArbitrary(),
            Gen.Choose(1, 40).ToArbitrary(),
            Gen.ListOf(Gen.Zip(Gen.Choose(0, 4), Gen.Choose(1, 60_000))).ToArbitrary(),
            (centimes, mois, operations) =>
            {
                var pret = Pret.Create(Montant.FromCentimes(centimes), mois, Premiere, Octroi).GetValueOrThrow();
                var date = Octroi;
                foreach (var (genre, valeur) in operations)
                {
                    date = date.PlusDays(valeur % 40);
                    var avant = pret.Solde;
                    var r = genre switch
                    {
                        0 or 1 => pret.Rembourser(date, Montant.FromCentimes(valeur)),
                        2 => pret.Reechelonner(date, 1 + (valeur % 24), date.PlusMonths(1)),
                        3 => pret.RembourserParAnticipation(date),
                        _ => pret.RemettreLaDette(date, "motif"),
                    };
                    if (r.TryGetValue(out var evolution))
                    {
                        if (evolution.Etat.Solde > avant || evolution.Etat.Solde.EstNegatif)
                        {
                            return false;
                        }

                        if (evolution.Evenement is Reechelonnement re && re.Echeancier.Echeances.Aggregate(Montant.Zero, (s, x) => s + x.Montant) != avant)
                        {
                            return false;
                        }

                        pret = evolution.Etat;
                    }
                }

                for (var d = Octroi; d <= date; d = d.PlusDays(7))
                {
                    if (pret.SoldeAu(d).EstNegatif || pret.SoldeAu(d) > pret.SoldeAu(d.PlusDays(-7)))
                    {
                        return false;
                    }
                }

                return true;
            });
}
