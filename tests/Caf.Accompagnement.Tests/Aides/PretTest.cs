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
        // 146 250 centimes en 7 : 20 892 reste 6, la première à 208,92 €, les six dernières à 208,93 €.
        Assert.Equal([Montant.FromEuros(208.92m), .. Enumerable.Repeat(Montant.FromEuros(208.93m), 6)], nouveau.Echeancier.Echeances.Select(e => e.Montant).ToArray());
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
    public Property L_echeancier_somme_au_capital_et_le_reste_va_aux_dernieres_echeances() =>
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
                    && e.Take(n - (centimes % n)).All(x => x.Montant.Centimes == centimes / n)
                    && e.Skip(n - (centimes % n)).All(x => x.Montant.Centimes == (centimes / n) + 1)
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

    [Fact]
    public void Statuts_du_pret_codes_et_libelles()
    {
        Assert.Equal(["EN_COURS", "REMBOURSE", "REMIS"], StatutDuPret.Toutes.Select(s => s.Code).ToArray());
        Assert.All(StatutDuPret.Toutes, s => Assert.False(string.IsNullOrWhiteSpace(s.Libelle)));
        Assert.Equal("statut du prêt", StatutDuPret.NomDuType);
    }

    [Theory]
    [InlineData(1, 1, true)] // un centime en une échéance
    [InlineData(1, 2, false)] // deux échéances pour un centime : une serait nulle
    [InlineData(3, 3, true)]
    [InlineData(3, 4, false)]
    public void Au_plus_une_echeance_par_centime(int centimes, int echeances, bool accepte)
    {
        var r = Pret.Create(Montant.FromCentimes(centimes), echeances, Premiere, Octroi);
        Assert.Equal(accepte, r.Reussi);
        if (!accepte)
        {
            Assert.Equal(("aides.pret.duree", "nombre_echeances", echeances.ToString(System.Globalization.CultureInfo.InvariantCulture)), (Assert.Single(r.Erreurs).Code, r.Erreurs[0].Champ, r.Erreurs[0].Valeur));
        }
    }

    [Fact]
    public void Capital_negatif_refuse_sans_erreur_de_duree()
    {
        var r = Pret.Create(Montant.FromCentimes(-500), 3, Premiere, Octroi);
        Assert.Equal("aides.pret.capital", Assert.Single(r.Erreurs).Code);
    }

    [Fact]
    public void Reste_a_vivre_minimum_negatif_refuse()
    {
        var retenue = new RetenueSurPrestations(Montant.FromEuros(-1m));
        var e = Assert.Single(Pret.Create(Montant.FromEuros(300m), 3, Premiere, Octroi, retenue).Erreurs);
        Assert.Equal(("aides.pret.reste_a_vivre", "reste_a_vivre"), (e.Code, e.Champ));
    }

    [Fact]
    public void Un_remboursement_du_jour_d_une_echeance_la_paie()
    {
        var pret = Creer(300m, 3).Rembourser(Premiere, Montant.FromEuros(100m)).GetValueOrThrow().Etat;
        Assert.Empty(pret.EcheancesImpayees(Premiere));
        var partiel = Creer(300m, 3).Rembourser(Premiere, Montant.FromEuros(40m)).GetValueOrThrow().Etat;
        Assert.Equal(Montant.FromEuros(60m), Assert.Single(partiel.EcheancesImpayees(Premiere)).ResteDu);
    }

    [Fact]
    public void Remboursement_ordinaire_ou_par_retenue_et_anticipation()
    {
        var pret = Creer(300m, 3);
        var ordinaire = Assert.IsType<Remboursement>(pret.Rembourser(Premiere, Montant.FromEuros(100m)).GetValueOrThrow().Evenement);
        var retenue = Assert.IsType<Remboursement>(pret.Rembourser(Premiere, Montant.FromEuros(100m), parRetenue: true).GetValueOrThrow().Evenement);
        var anticipe = Assert.IsType<Remboursement>(pret.RembourserParAnticipation(Premiere).GetValueOrThrow().Evenement);
        Assert.Equal((false, false), (ordinaire.ParRetenue, ordinaire.Anticipe));
        Assert.Equal((true, false), (retenue.ParRetenue, retenue.Anticipe));
        Assert.Equal((false, true, Montant.Zero), (anticipe.ParRetenue, anticipe.Anticipe, anticipe.SoldeApres));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Remboursement_nul_ou_negatif_refuse(long centimes) =>
        Assert.Equal("aides.pret.remboursement.montant", Assert.Single(Creer(300m, 3).Rembourser(Premiere, Montant.FromCentimes(centimes)).Erreurs).Code);

    [Fact]
    public void Un_centime_est_un_remboursement_valable() =>
        Assert.True(Creer(300m, 3).Rembourser(Premiere, Montant.FromCentimes(1)).Reussi);

    [Fact]
    public void Un_mouvement_le_jour_du_precedent_est_accepte_la_veille_refuse()
    {
        var pret = Creer(300m, 3).Rembourser(Premiere, Montant.FromEuros(10m)).GetValueOrThrow().Etat;
        Assert.True(pret.Rembourser(Premiere, Montant.FromEuros(10m)).Reussi);
        Assert.Equal("aides.pret.chronologie", Assert.Single(pret.Rembourser(Premiere.PlusDays(-1), Montant.FromEuros(10m)).Erreurs).Code);
        Assert.True(Creer(300m, 3).Rembourser(Octroi, Montant.FromEuros(10m)).Reussi);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(0, false)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Reechelonnement_d_une_a_autant_d_echeances_que_de_centimes(int echeances, bool accepte)
    {
        var r = Creer(1m, 1).Reechelonner(Premiere, echeances, Premiere.PlusMonths(1));
        Assert.Equal(accepte, r.Reussi);
        if (!accepte)
        {
            var e = Assert.Single(r.Erreurs);
            Assert.Equal(("aides.pret.duree", "nombre_echeances"), (e.Code, e.Champ));
        }
    }

    [Fact]
    public void Reechelonnement_premiere_echeance_le_jour_meme_refusee_le_lendemain_acceptee()
    {
        var pret = Creer(300m, 3);
        var e = Assert.Single(pret.Reechelonner(Premiere, 2, Premiere).Erreurs);
        Assert.Equal(("aides.pret.premiere_echeance", "premiere_echeance"), (e.Code, e.Champ));
        Assert.True(pret.Reechelonner(Premiere, 2, Premiere.PlusDays(1)).Reussi);
    }

    [Fact]
    public void Texte_du_pret()
    {
        var pret = Creer(1000m, 3);
        Assert.Equal($"Prêt de {pret.Capital} ({pret.Echeancier}) : solde {pret.Solde}, {StatutDuPret.EnCours.Libelle}", pret.ToString());
    }

    [Fact]
    public void Echeancier_regulier_ou_avec_derniere_echeance_differente_et_du_a_une_date()
    {
        var regulier = Echeancier.Calculer(Montant.FromEuros(300m), 3, Premiere);
        var inegal = Echeancier.Calculer(Montant.FromEuros(1000m), 3, Premiere);
        var unique = Echeancier.Calculer(Montant.FromEuros(10m), 1, Premiere);
        Assert.Equal($"3 × {Montant.FromEuros(100m)} à partir du 05/05/2022", regulier.ToString());
        Assert.Equal($"2 × {Montant.FromEuros(333.33m)} puis {Montant.FromEuros(333.34m)} à partir du 05/05/2022", inegal.ToString());
        Assert.Equal($"1 × {Montant.FromEuros(10m)} à partir du 05/05/2022", unique.ToString());
        Assert.Equal(Montant.Zero, regulier.DuAu(Premiere.PlusDays(-1)));
        Assert.Equal(Montant.FromEuros(100m), regulier.DuAu(Premiere));
        Assert.Equal(Montant.FromEuros(100m), regulier.DuAu(Premiere.PlusMonths(1).PlusDays(-1)));
        Assert.Equal(Montant.FromEuros(300m), regulier.DuAu(Premiere.PlusYears(1)));
    }

    [Fact]
    public void Echeancier_capital_et_nombre_d_echeances_verifies()
    {
        Assert.Throws<ArgumentException>(() => Echeancier.Calculer(Montant.Zero, 1, Premiere));
        Assert.Throws<ArgumentException>(() => Echeancier.Calculer(Montant.FromCentimes(-1), 1, Premiere));
        Assert.Throws<ArgumentOutOfRangeException>(() => Echeancier.Calculer(Montant.FromCentimes(2), 3, Premiere));
        Assert.Throws<ArgumentOutOfRangeException>(() => Echeancier.Calculer(Montant.FromCentimes(2), 0, Premiere));
        Assert.Equal(2, Echeancier.Calculer(Montant.FromCentimes(2), 2, Premiere).Echeances.Length);
    }

    [Fact]
    public void Capital_nul_refuse_sans_erreur_de_duree() =>
        Assert.Equal("aides.pret.capital", Assert.Single(Pret.Create(Montant.Zero, 3, Premiere, Octroi).Erreurs).Code);
}

public sealed class PretLimitesTest
{
    private static readonly LocalDate Octroi = new(2022, 3, 15);
    private static readonly LocalDate Premiere = new(2022, 5, 5);

    [Fact]
    public void La_duree_maximale_est_refusee_avec_un_code_stable()
    {
        Assert.True(Pret.Create(Montant.FromEuros(1000m), Pret.DureeMaximale, Premiere, Octroi).Reussi);
        var e = Assert.Single(Pret.Create(Montant.FromEuros(1000m), Pret.DureeMaximale + 1, Premiere, Octroi).Erreurs);
        Assert.Equal(("aides.pret.duree.maximale", "nombre_echeances"), (e.Code, e.Champ));
        Assert.Equal("aides.pret.duree.maximale", Assert.Single(Pret.Create(Montant.FromEuros(1000m), 96_000, Premiere, Octroi).Erreurs).Code);
        var pret = Pret.Create(Montant.FromEuros(1000m), 10, Premiere, Octroi).GetValueOrThrow();
        Assert.Equal("aides.pret.duree.maximale", Assert.Single(pret.Reechelonner(Premiere, Pret.DureeMaximale + 1, Premiere.PlusMonths(1)).Erreurs).Code);
    }

    [Fact]
    public void Les_echeances_au_dela_du_calendrier_sont_une_erreur()
    {
        var e = Assert.Single(Pret.Create(Montant.FromEuros(100m), 12, new LocalDate(9999, 6, 1), new LocalDate(9999, 1, 1)).Erreurs);
        Assert.Equal(("aides.pret.calendrier", "premiere_echeance"), (e.Code, e.Champ));
        Assert.True(Pret.Create(Montant.FromEuros(100m), 7, new LocalDate(9999, 6, 30), new LocalDate(9999, 1, 1)).Reussi);
        var pret = Pret.Create(Montant.FromEuros(100m), 2, new LocalDate(9999, 2, 1), new LocalDate(9999, 1, 1)).GetValueOrThrow();
        Assert.Equal("aides.pret.calendrier", Assert.Single(pret.Reechelonner(new LocalDate(9999, 3, 1), 12, new LocalDate(9999, 4, 1)).Erreurs).Code);
        Assert.Equal("aides.pret.premiere_echeance", Assert.Single(Pret.Create(Montant.FromEuros(100m), 1, new LocalDate(9999, 12, 31), new LocalDate(9999, 12, 31)).Erreurs).Code);
    }

    [Fact]
    public void Le_reste_va_un_centime_a_la_fois_aux_dernieres_echeances()
    {
        var e = Pret.Create(Montant.FromEuros(1000m), 7, Premiere, Octroi).GetValueOrThrow().Echeancier;
        Assert.Equal([.. Enumerable.Repeat(Montant.FromEuros(142.85m), 2), .. Enumerable.Repeat(Montant.FromEuros(142.86m), 5)], e.Echeances.Select(x => x.Montant).ToArray());
        Assert.Equal($"2 × {Montant.FromEuros(142.85m)} puis 5 × {Montant.FromEuros(142.86m)} à partir du 05/05/2022", e.ToString());
        Assert.Equal(Montant.FromEuros(142.85m), e.Mensualite);
    }

    [Property(MaxTest = 300)]
    public Property Les_echeances_somment_au_capital_et_different_d_au_plus_un_centime() =>
        Prop.ForAll(
            Gen.Frequency((3, Gen.Choose(1, 1_000_000)), (1, Gen.Choose(1, 200)), (1, Gen.Choose(int.MaxValue - 1000, int.MaxValue))).ToArbitrary(),
            Gen.Choose(1, Pret.DureeMaximale).ToArbitrary(),
            (centimes, mois) =>
            {
                var n = Math.Min(mois, centimes);
                var e = Pret.Create(Montant.FromCentimes(centimes), n, Premiere, Octroi).GetValueOrThrow().Echeancier.Echeances;
                var montants = e.Select(x => x.Montant.Centimes).ToArray();
                return Prop.Label(montants.Sum() == centimes && montants.Max() - montants.Min() <= 1 && e.Length == n, string.Join(",", montants));
            });

    [Fact]
    public void Rejouer_vingt_mille_mouvements_garde_le_solde_et_l_historique()
    {
        var pret = Pret.Create(Montant.FromEuros(1000m), 12, Premiere, Octroi).GetValueOrThrow();
        for (var i = 0; i < 20_000; i++)
        {
            pret = pret.Rembourser(Premiere, Montant.FromCentimes(1)).GetValueOrThrow().Etat;
        }

        Assert.Equal(Montant.FromEuros(800m), pret.Solde);
        Assert.Equal(20_000, pret.Mouvements.Length);
        Assert.Equal(pret.Solde, pret.SoldeAu(Premiere));
        var relu = Caf.Accompagnement.Json.PretsJson.Lire(Caf.Accompagnement.Json.PretsJson.Ecrire(pret)).GetValueOrThrow();
        Assert.Equal(pret.Solde, relu.Solde);
        Assert.Equal(20_000, relu.Mouvements.Length);
    }

    [Fact]
    public void Un_etat_ancien_qui_bifurque_ne_modifie_pas_les_autres_etats()
    {
        var depart = Pret.Create(Montant.FromEuros(100m), 4, Premiere, Octroi).GetValueOrThrow().Rembourser(Premiere, Montant.FromEuros(10m)).GetValueOrThrow().Etat;
        var a = depart.Rembourser(Premiere, Montant.FromEuros(1m)).GetValueOrThrow().Etat;
        var b = depart.RemettreLaDette(Premiere, "Effacement").GetValueOrThrow().Etat;
        var c = a.Rembourser(Premiere, Montant.FromEuros(2m)).GetValueOrThrow().Etat;
        Assert.Equal([Montant.FromEuros(10m), Montant.FromEuros(1m)], a.Mouvements.OfType<Remboursement>().Select(r => r.Montant).ToArray());
        Assert.IsType<RemiseDeDette>(b.Mouvements[^1]);
        Assert.Equal(2, b.Mouvements.Length);
        Assert.Equal(3, c.Mouvements.Length);
        Assert.Equal(Montant.FromEuros(87m), c.Solde);
        Assert.Single(depart.Mouvements);
    }
}
