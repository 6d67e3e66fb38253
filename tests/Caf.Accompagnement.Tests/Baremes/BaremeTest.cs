using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Baremes;

public sealed class BaremeTest
{
    public static TheoryData<string, string, string> SmicMensuel => new()
    {
        { "2019-01-01", "1 521,22 €", "2019-01-01" },
        { "2021-09-30", "1 554,58 €", "2021-01-01" },
        { "2021-10-01", "1 589,47 €", "2021-10-01" },
        { "2022-04-30", "1 603,12 €", "2022-01-01" },
        { "2022-05-01", "1 645,58 €", "2022-05-01" },
        { "2022-06-30", "1 645,58 €", "2022-05-01" },
        { "2022-08-01", "1 678,95 €", "2022-08-01" },
        { "2024-11-01", "1 801,80 €", "2024-11-01" },
        { "2025-06-15", "1 801,80 €", "2024-11-01" },
        { "2026-01-01", "1 823,03 €", "2026-01-01" },
        { "2026-06-01", "1 867,02 €", "2026-06-01" },
    };

    [Theory]
    [MemberData(nameof(SmicMensuel))]
    public void Smic_mensuel_en_vigueur(string date, string montant, string depuis)
    {
        var v = BaremesOfficiels.SmicMensuel.ValeurAu(Dates.Create(date).Valeur).GetValueOrThrow();
        Assert.Equal(montant, v.Valeur.ToString());
        Assert.Equal(depuis, Dates.FormaterIso(v.Debut));
        Assert.False(string.IsNullOrWhiteSpace(v.Reference));
    }

    [Fact]
    public void Smic_mensuel_publie_et_non_recalcule()
    {
        var date = new LocalDate(2024, 11, 1);
        var horaire = BaremesOfficiels.SmicHoraire.ValeurAuOuLever(date).Valeur;
        Assert.Equal(11.88m, horaire);
        Assert.Equal(Montant.FromEuros(1801.84m), Montant.Arrondir(horaire * 151.67m));
        Assert.Equal(Montant.FromEuros(1801.80m), BaremesOfficiels.SmicMensuel.ValeurAuOuLever(date).Valeur);
    }

    [Fact]
    public void Les_series_horaire_et_mensuelle_ont_les_memes_dates()
    {
        Assert.Equal(BaremesOfficiels.SmicHoraire.Valeurs.Select(v => v.Debut), BaremesOfficiels.SmicMensuel.Valeurs.Select(v => v.Debut));
        foreach (var (h, m) in BaremesOfficiels.SmicHoraire.Valeurs.Zip(BaremesOfficiels.SmicMensuel.Valeurs))
        {
            // Valeur publiée = horaire × 35 × 52 / 12, à quelques centimes près.
            Assert.InRange(Math.Abs(m.Valeur.Euros - (h.Valeur * 35m * 52m / 12m)), 0m, 0.05m);
        }
    }

    [Fact]
    public void Date_avant_la_premiere_valeur_refusee()
    {
        var e = Assert.Single(BaremesOfficiels.SmicMensuel.ValeurAu(new LocalDate(2018, 12, 31)).Erreurs);
        Assert.Equal("bareme.date.avant", e.Code);
        Assert.Equal("2018-12-31", e.Valeur);
        Assert.Throws<ArgumentOutOfRangeException>(() => BaremesOfficiels.SmicMensuel.ValeurAuOuLever(new LocalDate(2018, 12, 31)));
    }

    [Theory]
    [InlineData("2022-06-30", 1216)]
    [InlineData("2020-06-30", 1102)]
    [InlineData("2023-01-01", 1288)]
    public void Seuil_de_pauvrete(string date, int euros) =>
        Assert.Equal(Montant.FromEuros(euros), BaremesOfficiels.SeuilDePauvrete.ValeurAuOuLever(Dates.Create(date).Valeur).Valeur);

    [Theory]
    [InlineData("2025-04-01", "646,52 €")]
    [InlineData("2026-03-31", "646,52 €")]
    [InlineData("2026-04-01", "651,69 €")]
    public void Rsa_montant_de_base(string date, string montant) =>
        Assert.Equal(montant, BaremesOfficiels.RsaMontantDeBase.ValeurAuOuLever(Dates.Create(date).Valeur).Valeur.ToString());

    [Fact]
    public void Fin_de_bareme()
    {
        var b = Bareme<int>.Create("essai", [new(new LocalDate(2020, 1, 1), 1, "réf")], new LocalDate(2021, 1, 1)).Valeur;
        Assert.True(b.ValeurAu(new LocalDate(2020, 12, 31)).Reussi);
        Assert.Equal("bareme.date.apres", Assert.Single(b.ValeurAu(new LocalDate(2021, 1, 1)).Erreurs).Code);
    }

    [Fact]
    public void Chargement_csv()
    {
        const string csv = "debut,valeur,reference\n2026-06-01,1867.02,Arrêté du 22 mai 2026\n2026-01-01,\"1 823,03\",Décret n° 2025-1228\n";
        var b = Bareme<Montant>.Charger("SMIC", new StringReader(csv), t => Montant.Create(t)).GetValueOrThrow();
        Assert.Equal(2, b.Valeurs.Length);
        Assert.Equal(new LocalDate(2026, 1, 1), b.Debut);
        Assert.Equal(Montant.FromEuros(1867.02m), b.ValeurAuOuLever(new LocalDate(2026, 7, 1)).Valeur);
    }

    [Fact]
    public void Chargement_csv_refuse_doublon_et_date_illisible_en_nommant_la_ligne()
    {
        const string csv = "debut,valeur,reference\n2026-01-01,1,a\n2026-01-01,2,b\n2026-13-01,3,c\n2026-02-01,x,d\n2026-03-01,4,\n";
        var r = Bareme<Montant>.Charger("essai", new StringReader(csv), t => Montant.Create(t));
        Assert.False(r.Reussi);
        Assert.Contains(r.Erreurs, e => e is { Code: "bareme.date.doublon", Ligne: 3 });
        Assert.Contains(r.Erreurs, e => e is { Code: "date.format", Ligne: 4, Champ: "debut", Valeur: "2026-13-01" });
        Assert.Contains(r.Erreurs, e => e is { Code: "montant.format", Ligne: 5, Champ: "valeur", Valeur: "x" });
        Assert.Contains(r.Erreurs, e => e is { Code: "bareme.reference.vide", Ligne: 6 });
    }

    [Fact]
    public void Chargement_csv_refuse_un_entete_inconnu()
    {
        var r = Bareme<Montant>.Charger("essai", new StringReader("date,montant\n2026-01-01,1\n"), t => Montant.Create(t));
        Assert.Equal(("bareme.entete", 1), (Assert.Single(r.Erreurs).Code, Assert.Single(r.Erreurs).Ligne));
    }

    [Fact]
    public void Creation_refuse_deux_valeurs_a_la_meme_date()
    {
        var d = new LocalDate(2022, 1, 1);
        var r = Bareme<int>.Create("essai", [new(d, 1, "a"), new(d, 2, "b")]);
        Assert.Equal("bareme.date.doublon", Assert.Single(r.Erreurs).Code);
        Assert.Equal("bareme.vide", Assert.Single(Bareme<int>.Create("essai", []).Erreurs).Code);
    }

    [Fact]
    public void Un_organisme_ajoute_une_valeur_plus_recente()
    {
        var plusRecent = BaremesOfficiels.SmicMensuel.AvecValeur(new(new LocalDate(2027, 1, 1), Montant.FromEuros(1900m), "Décret de relèvement 2027")).Valeur;
        var jeu = BaremesOfficiels.Jeu.AvecSmicMensuel(plusRecent);
        Assert.Equal(Montant.FromEuros(1900m), jeu.SmicMensuel.ValeurAuOuLever(new LocalDate(2027, 3, 1)).Valeur);
        Assert.Same(BaremesOfficiels.SmicHoraire, jeu.SmicHoraire);
    }

    [Property(MaxTest = 100)]
    public Property La_valeur_trouvee_est_celle_dont_debut_inferieur_ou_egal_et_suivant_superieur()
    {
        var gen = from n in Gen.Choose(1, 30)
                  from ecarts in Gen.Choose(1, 400).ArrayOf(n)
                  from requetes in GenerateursCaf.Date.ArrayOf(20)
                  select (ecarts, requetes);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var debut = new LocalDate(1990, 1, 1);
            var valeurs = new List<ValeurDatee<int>>();
            var date = debut;
            for (var i = 0; i < t.ecarts.Length; i++)
            {
                date = date.PlusDays(t.ecarts[i]);
                valeurs.Add(new(date, i, "réf"));
            }

            var bareme = Bareme<int>.Create("essai", valeurs.AsEnumerable().Reverse()).Valeur;
            return t.requetes.All(d =>
            {
                var attendu = valeurs.LastOrDefault(v => v.Debut <= d);
                var r = bareme.ValeurAu(d);
                if (attendu is null)
                {
                    return !r.Reussi && r.Erreurs[0].Code == "bareme.date.avant";
                }

                var suivant = valeurs.FirstOrDefault(v => v.Debut > d);
                return r.Valeur == attendu && r.Valeur.Debut <= d && (suivant is null || d < suivant.Debut);
            });
        });
    }
}
