using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Ruptures;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Droits;

/// <summary>Jours fériés et jours de fermeture dans la planification de la campagne.</summary>
public sealed class CampagneJoursFeriesTest
{
    private static LocalDate D(string iso) => Dates.Create(iso).Valeur;

    private static Foyer Suspendu(int i, LocalDate reference) =>
        FoyersDeTest.Builder(i)
            .Telephone()
            .AvecDroitRsa(EtatDossierRsa.VersementSuspendu, reference.PlusDays(-10), MotifSuspensionRsa.DeclarationTrimestrielleNonFournie)
            .Valide();

    private static List<LocalDate> Dates_prevues(LocalDate reference, int foyers, Action<ParametresDeCampagne>? configurer = null)
    {
        var politique = FoyersDeTest.Politique(p =>
        {
            p.CapaciteJournaliereCaf = 1;
            configurer?.Invoke(p);
        });
        return [.. FoyersDeTest.Planificateur(politique)
            .Planifier(Enumerable.Range(1, foyers).Select(i => Suspendu(i, reference)), reference).Valeur
            .Contacts.Select(c => c.DatePrevue)];
    }

    [Fact]
    public void Un_appel_du_vendredi_avant_le_lundi_de_Paques_passe_au_mardi() =>
        Assert.Equal([D("2026-04-03"), D("2026-04-07"), D("2026-04-08")], Dates_prevues(D("2026-04-03"), 3));

    [Fact]
    public void Le_lundi_de_Pentecote_n_est_pas_decompte() =>
        Assert.Equal([D("2026-05-22"), D("2026-05-26")], Dates_prevues(D("2026-05-22"), 2));

    [Fact]
    public void Alsace_Moselle_ne_planifie_pas_le_vendredi_saint() =>
        Assert.Equal([D("2026-04-07"), D("2026-04-08")], Dates_prevues(D("2026-04-03"), 2, p => p.Calendrier = CalendrierOuvre.AlsaceMoselle));

    [Fact]
    public void Un_jour_de_pont_de_la_Caf_n_est_pas_decompte() =>
        Assert.Equal(
            [D("2026-05-13"), D("2026-05-18"), D("2026-05-19")],
            Dates_prevues(D("2026-05-13"), 3, p => p.Calendrier = CalendrierOuvre.Metropole.AvecFermetures([D("2026-05-15")])));

    [Fact]
    public void L_echeance_qui_tombe_un_jour_ferie_est_ramenee_au_jour_ouvre_precedent()
    {
        var reference = D("2026-04-02");
        var politique = FoyersDeTest.Politique(p => p.DelaiDeContactJours = 4); // 06/04/2026 : lundi de Pâques.

        var contact = Assert.Single(FoyersDeTest.Planificateur(politique).Planifier([Suspendu(1, reference)], reference).Valeur.Contacts);

        Assert.Equal(D("2026-04-03"), contact.Echeance);
        Assert.Contains(contact.Explication.Parametres, p => p.Valeur.Contains("L3133-1", StringComparison.Ordinal));
    }

    [Fact]
    public void L_echeance_ne_remonte_pas_avant_la_date_de_reference()
    {
        var reference = D("2026-04-04"); // samedi
        var politique = FoyersDeTest.Politique(p => p.DelaiDeContactJours = 0);

        var contact = Assert.Single(FoyersDeTest.Planificateur(politique).Planifier([Suspendu(1, reference)], reference).Valeur.Contacts);

        Assert.Equal(reference, contact.Echeance);
        Assert.Equal(D("2026-04-07"), contact.DatePrevue);
    }

    [Fact]
    public void Un_calendrier_nul_est_refuse()
    {
        var r = PolitiqueDeCampagne.Create(new ParametresDeCampagne { Calendrier = null! });

        Assert.Contains(r.Erreurs, e => e.Code == "campagne.parametre.calendrier");
    }

    private static Arbitrary<(int Graine, int Taille, LocalDate Reference, int Capacite, int Calendrier)> Scenarios() =>
        (from graine in Gen.Choose(0, 1_000_000)
         from taille in Gen.Choose(1, 60)
         from jour in Gen.Choose(0, 8 * 365)
         from capacite in Gen.Choose(1, 4)
         from calendrier in Gen.Choose(0, 2)
         select (graine, taille, new LocalDate(2019, 1, 1).PlusDays(jour), capacite, calendrier)).ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Aucun_contact_prevu_un_week_end_un_jour_ferie_ou_un_jour_de_fermeture() =>
        Prop.ForAll(Scenarios(), s =>
        {
            var fermetures = new[] { s.Reference.PlusDays(1), s.Reference.PlusDays(3), s.Reference.PlusDays(8) };
            var calendrier = s.Calendrier switch
            {
                0 => CalendrierOuvre.Metropole,
                1 => CalendrierOuvre.AlsaceMoselle,
                _ => CalendrierOuvre.Metropole.AvecFermetures(fermetures),
            };
            var politique = FoyersDeTest.Politique(p =>
            {
                p.Calendrier = calendrier;
                p.CapaciteJournaliereCaf = s.Capacite;
                p.CapaciteJournaliereTravailleurSocial = s.Capacite;
            });
            var campagne = FoyersDeTest.Planificateur(politique)
                .Planifier(FoyersDeTest.Population(new Random(s.Graine), s.Taille, s.Reference), s.Reference).Valeur;

            // Oracle indépendant du calendrier : jour de semaine, listes des jours fériés, fermetures.
            var annees = campagne.Contacts.Select(c => c.DatePrevue.Year).Append(s.Reference.Year).Distinct();
            var fermes = annees.SelectMany(a => calendrier.EstAlsaceMoselle ? JoursFeries.AlsaceMoselle(a) : JoursFeries.Metropole(a))
                .Select(j => j.Date).Concat(calendrier.Fermetures).ToHashSet();
            bool Ouvre(LocalDate d) => d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !fermes.Contains(d);

            return campagne.Contacts.All(c => Ouvre(c.DatePrevue) && c.DatePrevue >= s.Reference
                && (Ouvre(c.Echeance) || c.Echeance == s.Reference));
        });
}
