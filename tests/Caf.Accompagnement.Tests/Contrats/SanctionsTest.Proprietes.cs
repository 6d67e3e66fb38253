using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Caf.Accompagnement.Tests.Contrats.Fixtures;

namespace Caf.Accompagnement.Tests.Contrats;

/// <summary>Propriétés : aucune sanction hors des bornes du régime en vigueur à sa date, vérifiées contre les textes eux-mêmes.</summary>
public sealed class SanctionsProprietesTest
{
    private static readonly LocalDate Reforme = new(2025, 6, 1);

    // Oracle écrit directement depuis les textes, sans le barème de la bibliothèque.
    internal static bool LicitesSelonLesTextes(DemandeDeSanction d)
    {
        if (d.DureeEnMois is not { } duree)
        {
            return false;
        }

        var suppression = d.Nature == NatureSanction.Suppression;
        if (d.DateDecision < Reforme)
        {
            // CASF R262-68 (décret n° 2012-294) : 1° au plus 80 %, 1 à 3 mois ; 2° montant fixé, 1 à 4 mois ; 3° 50 % si plus d'une personne.
            var max = d.Reiteration ? 100 : 80;
            if (d.FoyerDePlusieursPersonnes)
            {
                max = Math.Min(max, 50);
            }

            return !suppression && d.TauxPourcent >= 1 && d.TauxPourcent <= max && duree >= 1 && duree <= (d.Reiteration ? 4 : 3);
        }

        // CASF R262-68 et R262-68-1 (décret n° 2025-478) : au moins 30 %, 1 à 2 mois, puis 1 à 4 mois ; R262-68-6 : 50 %.
        var plafond = d.FoyerDePlusieursPersonnes || d.MajorationIsolement ? 50 : 100;
        return (!suppression || d.Reiteration) && d.TauxPourcent >= 30 && d.TauxPourcent <= plafond && duree >= 1 && duree <= (d.Reiteration ? 4 : 2);
    }

    private static Arbitrary<DemandeDeSanction> Demandes =>
        (from decision in GenerateursCaf.DateEntre(new LocalDate(2024, 6, 1), new LocalDate(2026, 6, 30))
         from taux in Gen.Choose(-5, 110)
         from duree in Gen.Frequency((1, Gen.Constant<int?>(null)), (9, Gen.Choose(0, 6).Select(x => (int?)x)))
         from reiteration in Gen.Elements(false, true)
         from plusieurs in Gen.Elements(false, true)
         from majoration in Gen.Elements(false, true)
         from nature in Gen.Elements(NatureSanction.Suspension, NatureSanction.Suppression)
         select new DemandeDeSanction(
             new Manquement(Beneficiaire(), TypeManquement.NonRespect, decision.PlusDays(-60)),
             decision,
             taux,
             duree,
             new AuditionEquipePluridisciplinaire(decision.PlusDays(-50), decision.PlusDays(-40)),
             reiteration,
             plusieurs,
             majoration,
             nature,
             new ObservationsPrealables(decision.PlusDays(-30), decision.PlusDays(-25)))).ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Une_sanction_est_decidee_si_et_seulement_si_elle_respecte_les_bornes_de_sa_date() =>
        Prop.ForAll(Demandes, d =>
        {
            var r = Sanctions.Decider(d);
            return (r.Reussi == LicitesSelonLesTextes(d))
                .Label($"{d.DateDecision} taux={d.TauxPourcent} durée={d.DureeEnMois} réitération={d.Reiteration} plusieurs={d.FoyerDePlusieursPersonnes} majoration={d.MajorationIsolement} nature={d.Nature} → {(r.Reussi ? "décidée" : string.Join(",", r.Erreurs.Select(e => e.Code)))}");
        });

    [Property(MaxTest = 300)]
    public Property Les_sanctions_generees_sont_licites_a_leur_date() =>
        Prop.ForAll(GenerateursCaf.Sanction.ToArbitrary(), s =>
            LicitesSelonLesTextes(s.Demande)
            && s.Fin == s.Debut.PlusMonths(s.DureeEnMois).PlusDays(-1)
            && !s.Explication.VoiesDeRecours.IsEmpty
            && s.Regime == RegimeDeSanction.Au(s.Debut));
}
