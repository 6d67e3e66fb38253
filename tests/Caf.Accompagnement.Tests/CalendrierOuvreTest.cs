using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests;

public sealed class CalendrierOuvreTest
{
    private static LocalDate D(string iso) => Dates.Create(iso).Valeur;

    [Theory]
    [InlineData(2022, "2022-04-17")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    [InlineData(1818, "1818-03-22")]
    [InlineData(1943, "1943-04-25")]
    public void Dimanche_de_Paques(int annee, string paques) =>
        Assert.Equal(D(paques), JoursFeries.Paques(annee));

    [Fact]
    public void Paques_hors_du_calendrier_gregorien_est_une_erreur_de_programmation() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JoursFeries.Paques(1582));

    [Fact]
    public void Les_onze_jours_feries_de_2026()
    {
        Assert.Equal(
            [
                ("2026-01-01", "Jour de l'an"), ("2026-04-06", "Lundi de Pâques"), ("2026-05-01", "Fête du travail"),
                ("2026-05-08", "Victoire 1945"), ("2026-05-14", "Ascension"), ("2026-05-25", "Lundi de Pentecôte"),
                ("2026-07-14", "Fête nationale"), ("2026-08-15", "Assomption"), ("2026-11-01", "Toussaint"),
                ("2026-11-11", "Armistice 1918"), ("2026-12-25", "Noël"),
            ],
            JoursFeries.Metropole(2026).Select(j => (Dates.FormaterIso(j.Date), j.Libelle)));
    }

    [Fact]
    public void Alsace_Moselle_ajoute_le_vendredi_saint_et_le_26_decembre()
    {
        var ajoutes = JoursFeries.AlsaceMoselle(2026).Select(j => j.Date).Except(JoursFeries.Metropole(2026).Select(j => j.Date));

        Assert.Equal([D("2026-04-03"), D("2026-12-26")], ajoutes);
        Assert.True(CalendrierOuvre.AlsaceMoselle.EstFerie(D("2026-04-03")));
        Assert.False(CalendrierOuvre.Metropole.EstFerie(D("2026-04-03")));
        Assert.True(CalendrierOuvre.Metropole.EstOuvre(D("2026-04-03")));
        Assert.False(CalendrierOuvre.AlsaceMoselle.EstOuvre(D("2026-04-03")));
    }

    [Theory]
    [InlineData("2026-04-03", true)] // vendredi avant le lundi de Pâques
    [InlineData("2026-04-04", false)] // samedi
    [InlineData("2026-04-05", false)] // dimanche de Pâques
    [InlineData("2026-04-06", false)] // lundi de Pâques
    [InlineData("2026-04-07", true)]
    [InlineData("2026-05-14", false)] // Ascension
    [InlineData("2026-05-15", true)] // pont, ouvré sans fermeture propre
    [InlineData("2026-05-25", false)] // lundi de Pentecôte
    [InlineData("2026-05-26", true)]
    [InlineData("2026-07-14", false)]
    [InlineData("2026-11-11", false)]
    [InlineData("2026-12-25", false)]
    [InlineData("2026-12-28", true)]
    public void Jours_ouvres_de_metropole(string date, bool ouvre) =>
        Assert.Equal(ouvre, CalendrierOuvre.Metropole.EstOuvre(D(date)));

    [Fact]
    public void Jour_ouvre_suivant_et_ajout_de_jours_ouvres_sautent_week_end_et_feries()
    {
        var calendrier = CalendrierOuvre.Metropole;

        Assert.Equal(D("2026-04-07"), calendrier.JourOuvreSuivant(D("2026-04-03")));
        Assert.Equal(D("2026-04-03"), calendrier.JourOuvreAPartirDe(D("2026-04-03")));
        Assert.Equal(D("2026-04-07"), calendrier.JourOuvreAPartirDe(D("2026-04-04")));
        Assert.Equal(D("2026-04-03"), calendrier.DernierJourOuvreAuPlusTard(D("2026-04-06")));
        Assert.Equal(D("2026-05-26"), calendrier.JourOuvreSuivant(D("2026-05-22")));
        Assert.Equal(D("2026-04-08"), calendrier.AjouterJoursOuvres(D("2026-04-02"), 3));
        Assert.Equal(D("2026-04-02"), calendrier.AjouterJoursOuvres(D("2026-04-02"), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendrier.AjouterJoursOuvres(D("2026-04-02"), -1));
    }

    [Fact]
    public void Fermetures_propres_a_une_Caf()
    {
        var pont = D("2026-05-15");
        var calendrier = CalendrierOuvre.Metropole.AvecFermetures([pont, pont]);

        Assert.False(calendrier.EstOuvre(pont));
        Assert.True(CalendrierOuvre.Metropole.EstOuvre(pont));
        Assert.Equal([pont], calendrier.Fermetures.ToArray());
        Assert.Equal(D("2026-05-18"), calendrier.JourOuvreSuivant(D("2026-05-13")));
        Assert.Contains("1 jour(s) de fermeture", calendrier.Libelle, StringComparison.Ordinal);
    }

    private static Arbitrary<(LocalDate Date, int N, int M, int Ecart, int Calendrier)> Cas() =>
        (from jour in Gen.Choose(0, 30 * 365)
         from n in Gen.Choose(0, 40)
         from m in Gen.Choose(0, 40)
         from ecart in Gen.Choose(0, 15)
         from calendrier in Gen.Choose(0, 2)
         select (new LocalDate(2010, 1, 1).PlusDays(jour), n, m, ecart, calendrier)).ToArbitrary();

    private static CalendrierOuvre Calendrier(int i, LocalDate autour) => i switch
    {
        0 => CalendrierOuvre.Metropole,
        1 => CalendrierOuvre.AlsaceMoselle,
        _ => CalendrierOuvre.Metropole.AvecFermetures([autour.PlusDays(1), autour.PlusDays(4), autour.PlusDays(9)]),
    };

    [Property(MaxTest = 300)]
    public Property Ajouter_des_jours_ouvres_est_croissant_et_additif() =>
        Prop.ForAll(Cas(), c =>
        {
            var calendrier = Calendrier(c.Calendrier, c.Date);
            var n = calendrier.AjouterJoursOuvres(c.Date, c.N);
            var plusTard = calendrier.AjouterJoursOuvres(c.Date.PlusDays(c.Ecart), c.N);
            var plus = calendrier.AjouterJoursOuvres(c.Date, c.N + c.M);

            return (calendrier.AjouterJoursOuvres(n, c.M) == plus
                    && n <= plus
                    && n <= plusTard
                    && (c.N == 0 ? n == c.Date : n > c.Date && calendrier.EstOuvre(n)))
                .Label($"{Dates.FormaterIso(c.Date)} + {c.N} = {Dates.FormaterIso(n)}, + {c.N + c.M} = {Dates.FormaterIso(plus)}");
        });

    [Property(MaxTest = 300)]
    public Property Ajouter_n_jours_ouvres_franchit_exactement_n_jours_ouvres() =>
        Prop.ForAll(Cas(), c =>
        {
            var calendrier = Calendrier(c.Calendrier, c.Date);
            var fin = calendrier.AjouterJoursOuvres(c.Date, c.N);
            var jours = new List<LocalDate>();
            for (var d = c.Date.PlusDays(1); d <= fin; d = d.PlusDays(1))
            {
                jours.Add(d);
            }

            // Oracle indépendant : jour de semaine, liste des jours fériés de l'année, fermetures.
            var feries = JoursFeries.AlsaceMoselle(c.Date.Year).Concat(JoursFeries.AlsaceMoselle(c.Date.Year + 1))
                .Where(j => calendrier.EstAlsaceMoselle || !(j.Libelle is "Vendredi saint" or "Saint-Étienne"))
                .Select(j => j.Date).Concat(calendrier.Fermetures).ToHashSet();
            bool Ouvre(LocalDate d) => d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !feries.Contains(d);

            return jours.Count(Ouvre) == c.N && (c.N == 0 || Ouvre(fin));
        });

    [Theory]
    [InlineData("971", "2026-05-27")] // Guadeloupe
    [InlineData("972", "2026-05-22")] // Martinique
    [InlineData("973", "2026-06-10")] // Guyane
    [InlineData("974", "2026-12-20")] // La Réunion
    [InlineData("976", "2026-04-27")] // Mayotte
    public void Outre_mer_abolition_de_l_esclavage_le_jour_du_decret_de_1983(string departement, string iso)
    {
        var jour = D(iso);
        var calendrier = CalendrierOuvre.PourDepartement(departement);
        Assert.True(calendrier.EstFerie(jour));
        Assert.False(calendrier.EstFerie(jour.PlusDays(-1)));
        Assert.False(calendrier.EstFerie(jour.PlusDays(1)));
        Assert.False(CalendrierOuvre.Metropole.EstFerie(jour));
        Assert.Equal(new JourFerie(jour, "Abolition de l'esclavage"), JoursFeries.AbolitionDeLEsclavage(departement, 2026));
        Assert.Equal(12, JoursFeries.DuDepartement(departement, 2026).Count);
        Assert.Contains("abolition de l'esclavage", calendrier.Libelle, StringComparison.Ordinal);
        Assert.Equal(calendrier.Departement, CalendrierOuvre.PourCommune(Caf.Accompagnement.Territoires.CodeCommune.Parse(departement + "01")).Departement);
    }

    [Fact]
    public void Le_calendrier_d_une_commune_suit_son_departement()
    {
        Assert.Same(CalendrierOuvre.AlsaceMoselle, CalendrierOuvre.PourCommune(Caf.Accompagnement.Territoires.CodeCommune.Parse("57463")));
        Assert.Same(CalendrierOuvre.AlsaceMoselle, CalendrierOuvre.PourDepartement("67"));
        Assert.Same(CalendrierOuvre.Metropole, CalendrierOuvre.PourCommune(Caf.Accompagnement.Territoires.CodeCommune.Parse("40192")));
        Assert.Same(CalendrierOuvre.Metropole, CalendrierOuvre.PourDepartement("975"));
        Assert.Null(JoursFeries.AbolitionDeLEsclavage("40", 2026));

        // Mercredi 27 mai 2026 : ouvré en métropole, férié en Guadeloupe ; les fermetures gardent le département.
        var guadeloupe = CalendrierOuvre.PourDepartement("971").AvecFermetures([D("2026-05-28")]);
        Assert.Equal(D("2026-05-29"), guadeloupe.JourOuvreAPartirDe(D("2026-05-27")));
        Assert.Equal(D("2026-05-27"), CalendrierOuvre.Metropole.JourOuvreAPartirDe(D("2026-05-27")));
    }

    [Property(MaxTest = 200)]
    public Property Un_calendrier_d_outre_mer_a_un_jour_ferie_de_plus_que_la_metropole(PositiveInt jour, byte indice)
    {
        string[] drom = ["971", "972", "973", "974", "976"];
        var departement = drom[indice % drom.Length];
        var date = new LocalDate(2000, 1, 1).PlusDays(jour.Get % 20000);
        var calendrier = CalendrierOuvre.PourDepartement(departement);

        // L'abolition peut tomber le jour de l'Ascension ou du lundi de Pentecôte (22 mai, 27 mai, 10 juin) : rien de plus.
        var abolition = JoursFeries.AbolitionDeLEsclavage(departement, date.Year)!.Value.Date;
        var feriesEnPlus = Enumerable.Range(0, 366).Select(j => new LocalDate(date.Year, 1, 1).PlusDays(j))
            .Where(d => d.Year == date.Year)
            .Count(d => calendrier.EstFerie(d) && !CalendrierOuvre.Metropole.EstFerie(d));
        return (!calendrier.EstOuvre(date) || CalendrierOuvre.Metropole.EstOuvre(date)).Label("ouvré outre-mer mais pas en métropole")
            .And((feriesEnPlus == (CalendrierOuvre.Metropole.EstFerie(abolition) ? 0 : 1)).Label($"{feriesEnPlus} jours fériés de plus en {date.Year}"));
    }
}
