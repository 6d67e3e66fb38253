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
        var b = Bareme<Montant>.Lire("SMIC", new StringReader(csv), t => Montant.Create(t)).GetValueOrThrow();
        Assert.Equal(2, b.Valeurs.Length);
        Assert.Equal(new LocalDate(2026, 1, 1), b.Debut);
        Assert.Equal(Montant.FromEuros(1867.02m), b.ValeurAuOuLever(new LocalDate(2026, 7, 1)).Valeur);
    }

    [Fact]
    public void Chargement_csv_refuse_doublon_et_date_illisible_en_nommant_la_ligne()
    {
        const string csv = "debut,valeur,reference\n2026-01-01,1,a\n2026-01-01,2,b\n2026-13-01,3,c\n2026-02-01,x,d\n2026-03-01,4,\n";
        var r = Bareme<Montant>.Lire("essai", new StringReader(csv), t => Montant.Create(t));
        Assert.False(r.Reussi);
        Assert.Contains(r.Erreurs, e => e is { Code: "bareme.date.doublon", Ligne: 3 });
        Assert.Contains(r.Erreurs, e => e is { Code: "date.format", Ligne: 4, Champ: "debut", Valeur: "2026-13-01" });
        Assert.Contains(r.Erreurs, e => e is { Code: "montant.format", Ligne: 5, Champ: "valeur", Valeur: "x" });
        Assert.Contains(r.Erreurs, e => e is { Code: "bareme.reference.vide", Ligne: 6 });
    }

    [Fact]
    public void Chargement_csv_refuse_un_entete_inconnu()
    {
        var r = Bareme<Montant>.Lire("essai", new StringReader("date,montant\n2026-01-01,1\n"), t => Montant.Create(t));
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

    [Fact]
    public void Creation_refuse_reference_vide_et_fin_mal_placee()
    {
        var d = new LocalDate(2022, 1, 1);
        var r = Bareme<int>.Create("essai", [new(d, 1, " ")]);
        var e = Assert.Single(r.Erreurs);
        Assert.Equal(("bareme.reference.vide", "reference", "2022-01-01"), (e.Code, e.Champ, e.Valeur));
        Assert.Equal("bareme.fin", Assert.Single(Bareme<int>.Create("essai", [new(d, 1, "a")], d).Erreurs).Code);
        Assert.Equal("bareme.fin", Assert.Single(Bareme<int>.Create("essai", [new(d, 1, "a")], d.PlusDays(-1)).Erreurs).Code);
        Assert.True(Bareme<int>.Create("essai", [new(d, 1, "a")], d.PlusDays(1)).Reussi);
        Assert.Equal("bareme.vide", Assert.Single(Bareme<int>.Create("essai", [], d).Erreurs).Code);
        Assert.Throws<ArgumentException>(() => Bareme<int>.Create(" ", [new(d, 1, "a")]));
        Assert.Throws<ArgumentException>(() => Bareme<int>.FromValeurs("essai", new ValeurDatee<int>(d, 1, "")));
    }

    [Fact]
    public void Trois_dates_identiques_donnent_deux_doublons()
    {
        var d = new LocalDate(2022, 1, 1);
        var r = Bareme<int>.Create("essai", [new(d, 1, "a"), new(d.PlusDays(1), 2, "b"), new(d, 3, "c"), new(d, 4, "d")]);
        Assert.Equal(2, r.Erreurs.Count(e => e.Code == "bareme.date.doublon"));
    }

    [Fact]
    public void Valeur_apres_la_fin_refusee_avec_la_date_de_fin()
    {
        var b = Bareme<int>.Create("essai", [new(new LocalDate(2020, 1, 1), 1, "réf")], new LocalDate(2021, 1, 1)).Valeur;
        Assert.Equal(new LocalDate(2021, 1, 1), b.Fin);
        var e = Assert.Single(b.ValeurAu(new LocalDate(2021, 1, 2)).Erreurs);
        Assert.Equal(("bareme.date.apres", "2021-01-02"), (e.Code, e.Valeur));
        Assert.Contains("01/01/2021", e.Message, StringComparison.Ordinal);
        Assert.False(b.TryGetValeurAu(new LocalDate(2021, 1, 1), out var v));
        Assert.Null(v);
        Assert.Throws<ArgumentOutOfRangeException>(() => b.ValeurAuOuLever(new LocalDate(2021, 1, 1)));
        Assert.Contains("01/01/2020", Assert.Single(b.ValeurAu(new LocalDate(2019, 12, 31)).Erreurs).Message, StringComparison.Ordinal);
        Assert.Equal("essai (1 valeurs depuis le 01/01/2020)", b.ToString());
        Assert.Equal("essai", b.Nom);
    }

    [Fact]
    public void Ajout_d_une_valeur_garde_la_fin_et_controle_les_doublons()
    {
        var b = Bareme<int>.Create("essai", [new(new LocalDate(2020, 1, 1), 1, "réf")], new LocalDate(2030, 1, 1)).Valeur;
        var plus = b.AvecValeur(new(new LocalDate(2025, 1, 1), 2, "réf 2")).Valeur;
        Assert.Equal(b.Fin, plus.Fin);
        Assert.Equal(b.Nom, plus.Nom);
        Assert.Equal(2, plus.ValeurAuOuLever(new LocalDate(2026, 1, 1)).Valeur);
        Assert.Equal("bareme.date.doublon", Assert.Single(b.AvecValeur(new(new LocalDate(2020, 1, 1), 3, "x")).Erreurs).Code);
        Assert.Equal("bareme.fin", Assert.Single(b.AvecValeur(new(new LocalDate(2031, 1, 1), 3, "x")).Erreurs).Code);
    }

    [Theory]
    [InlineData("", "bareme.entete", 1)]
    [InlineData("debut,valeur\n", "bareme.entete", 1)]
    [InlineData("debut,montant,reference\n", "bareme.entete", 1)]
    [InlineData("debut,valeur,reference\n2026-01-01,1\n", "bareme.ligne.colonnes", 2)]
    [InlineData("debut,valeur,reference\n2026-01-01,1,a,b\n", "bareme.ligne.colonnes", 2)]
    [InlineData("debut,valeur,reference\n\"2026-01-01,1,a\n", "bareme.csv.format", 2)]
    public void Chargement_csv_erreur_de_structure_localisee(string csv, string code, int ligne)
    {
        var e = Assert.Single(Bareme<Montant>.Lire("essai", new StringReader(csv), t => Montant.Create(t)).Erreurs);
        Assert.Equal((code, ligne), (e.Code, e.Ligne));
    }

    [Fact]
    public void Chargement_csv_ignore_les_lignes_vides_compte_les_lignes_et_applique_la_fin()
    {
        const string csv = " debut , valeur ,reference\n\n2026-01-01, 1 ,a\n\n2026-02-01,2,b\n2026-03-01,3, \n";
        var r = Bareme<Montant>.Lire("essai", new StringReader(csv), t => Montant.Create(t));
        Assert.Equal(("bareme.reference.vide", 6), (Assert.Single(r.Erreurs).Code, Assert.Single(r.Erreurs).Ligne));

        var b = Bareme<Montant>.Lire("essai", new StringReader(csv[..csv.LastIndexOf("2026-03", StringComparison.Ordinal)]), t => Montant.Create(t), new LocalDate(2027, 1, 1)).Valeur;
        Assert.Equal(new LocalDate(2027, 1, 1), b.Fin);
        Assert.Equal("essai", b.Nom);
        Assert.Equal(Montant.FromEuros(1m), b.ValeurAuOuLever(new LocalDate(2026, 1, 31)).Valeur);
        Assert.Equal("a", b.Valeurs[0].Reference);
        Assert.Equal("bareme.fin", Assert.Single(Bareme<Montant>.Lire("essai", new StringReader(csv[..csv.LastIndexOf("2026-03", StringComparison.Ordinal)]), t => Montant.Create(t), new LocalDate(2026, 1, 1)).Erreurs).Code);
    }

    [Fact]
    public void Chargement_csv_transmet_la_valeur_sans_espaces_et_nomme_le_doublon()
    {
        var lues = new List<string>();
        const string csv = "debut,valeur,reference\n2026-01-01, 1 ,a\n2026-01-01,2,b\n";
        var r = Bareme<Montant>.Lire("essai", new StringReader(csv), t =>
        {
            lues.Add(t);
            return Montant.Create(t);
        });
        Assert.Equal(new[] { "1", "2" }, lues);
        var e = Assert.Single(r.Erreurs);
        Assert.Equal(("bareme.date.doublon", "debut", "2026-01-01", 3), (e.Code, e.Champ, e.Valeur, e.Ligne));
        Assert.Contains("ligne 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Jeu_de_baremes_remplace_une_serie_a_la_fois()
    {
        var jeu = BaremesOfficiels.Jeu;
        var seuil = Bareme<Montant>.FromValeurs("seuil", new ValeurDatee<Montant>(new LocalDate(2020, 1, 1), Montant.FromEuros(1m), "réf"));
        var horaire = Bareme<decimal>.FromValeurs("horaire", new ValeurDatee<decimal>(new LocalDate(2020, 1, 1), 1m, "réf"));
        var a = jeu.AvecSeuilDePauvrete(seuil);
        Assert.Same(seuil, a.SeuilDePauvrete);
        Assert.Same(jeu.SmicHoraire, a.SmicHoraire);
        Assert.Same(jeu.SmicMensuel, a.SmicMensuel);
        Assert.Same(jeu.RsaMontantDeBase, a.RsaMontantDeBase);
        var b = jeu.AvecRsaMontantDeBase(seuil);
        Assert.Same(seuil, b.RsaMontantDeBase);
        Assert.Same(jeu.SeuilDePauvrete, b.SeuilDePauvrete);
        var c = jeu.AvecSmicHoraire(horaire);
        Assert.Same(horaire, c.SmicHoraire);
        Assert.Same(jeu.SmicMensuel, c.SmicMensuel);
        Assert.Same(jeu.SeuilDePauvrete, c.SeuilDePauvrete);
        Assert.Same(jeu.RsaMontantDeBase, c.RsaMontantDeBase);
        Assert.Same(seuil, jeu.AvecSmicMensuel(seuil).SmicMensuel);
        Assert.Throws<ArgumentNullException>(() => jeu.AvecSmicMensuel(null!));
        Assert.Throws<ArgumentNullException>(() => jeu.AvecSmicHoraire(null!));
        Assert.Throws<ArgumentNullException>(() => jeu.AvecSeuilDePauvrete(null!));
        Assert.Throws<ArgumentNullException>(() => jeu.AvecRsaMontantDeBase(null!));
    }

    [Fact]
    public void Chargement_csv_lecture_de_valeur_nulle_refusee_meme_sans_ligne() =>
        Assert.Throws<ArgumentNullException>(() => Bareme<Montant>.Lire("essai", new StringReader("debut,valeur,reference\n"), null!));

    [Fact]
    public void Chargement_csv_en_tete_differente_citee_telle_quelle()
    {
        var e = Assert.Single(Bareme<Montant>.Lire("essai", new StringReader("debut,montant,reference\n"), t => Montant.Create(t)).Erreurs);

        Assert.Equal(("bareme.entete", "entete", "debut,montant,reference"), (e.Code, e.Champ, e.Valeur));
        Assert.Contains("debut,valeur,reference", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("debut,valeur,reference\n2026-01-01\n", "bareme.ligne.colonnes")]
    [InlineData("debut,valeur,reference\n,1,Décret\n", "date.format")]
    public void Chargement_csv_seule_une_ligne_entierement_blanche_est_ignoree(string csv, string code)
    {
        var e = Assert.Single(Bareme<Montant>.Lire("essai", new StringReader(csv), t => Montant.Create(t)).Erreurs);

        Assert.Equal((code, 2), (e.Code, e.Ligne));
    }

    [Fact]
    public void Chargement_csv_une_valeur_sans_reference_n_est_pas_retenue_pour_les_doublons()
    {
        var csv = "debut,valeur,reference\n2026-01-01,1,\n2026-01-01,2,Décret\n";

        var e = Assert.Single(Bareme<Montant>.Lire("essai", new StringReader(csv), t => Montant.Create(t)).Erreurs);

        Assert.Equal(("bareme.reference.vide", 2), (e.Code, e.Ligne));
    }
}
