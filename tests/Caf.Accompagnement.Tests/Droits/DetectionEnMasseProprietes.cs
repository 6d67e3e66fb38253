using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Ruptures;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Droits;

/// <summary>
/// La détection en masse (passe vectorielle et passe foyer par foyer) donne exactement les signaux du
/// <see cref="DetecteurDeRuptures"/>, sur des foyers concentrés aux bornes : date limite le jour même, N et N + 1 jours,
/// plusieurs pièces, plusieurs droits, jusqu'à sept enfants autour de leurs 14 ans, démarches aux bornes.
/// </summary>
public sealed class DetectionEnMasseProprietes
{
    private static readonly Dictionary<string, byte> Bits = new()
    {
        [PublicRuptureConsommee.CodePublic] = DetectionEnMasse.BitRuptureConsommee,
        [PublicSuspensionPieceManquante.CodePublic] = DetectionEnMasse.BitSuspension,
        [PublicEcheanceProche.CodePublic] = DetectionEnMasse.BitEcheance,
        [PublicFamillesPrioritaires.CodePublic] = DetectionEnMasse.BitFamillePrioritaire,
        [PublicAccueilPhysique.CodePublic] = DetectionEnMasse.BitAccueilPhysique,
    };

    /// <summary>Une population aux bornes (graine, taille) et une politique (jours N, mode de l'accueil physique).</summary>
    public sealed record Scenario(int Graine, int Taille, LocalDate Reference, int JoursEcheance, int JoursCloture, int? SansDemarchePendant)
    {
        public override string ToString() =>
            $"graine {Graine}, {Taille} foyers, {Dates.FormaterIso(Reference)}, échéance {JoursEcheance} j, clôture {JoursCloture} j, sans démarche {SansDemarchePendant?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "depuis le 17/03/2020"}";
    }

    private static Arbitrary<Scenario> Scenarios() =>
        (from graine in Gen.Choose(0, 1_000_000)
         from taille in Gen.Choose(0, 300)
         from jour in Gen.Choose(0, 6 * 365)
         from echeance in Gen.Choose(0, 30)
         from cloture in Gen.Choose(0, 120)
         from pendant in Gen.Choose(0, 400)
         select new Scenario(graine, taille, new LocalDate(2019, 1, 1).PlusDays(jour), echeance, cloture, pendant == 0 ? null : pendant)).ToArbitrary();

    /// <summary>Un foyer dont chaque date tombe, souvent, sur une borne de la politique.</summary>
    private static Foyer Foyer(Random r, int i, Scenario s)
    {
        var reference = s.Reference;
        int Borne(int n) => r.Next(4) switch { 0 => n, 1 => n + 1, 2 => n - 1, _ => r.Next(-5, n + 10) };
        var naissance = reference.PlusYears(-r.Next(25, 60)).PlusDays(-r.Next(365));
        var b = Caf.Accompagnement.Foyers.Foyer.Builder(NumeroAllocataire.FromValeur(1_000_000 + i), FoyersDeTest.MontDeMarsan, naissance);
        if (r.Next(2) == 0)
        {
            b.Isole(naissance.PlusYears(18));
        }
        else
        {
            b.EnCouple(naissance.PlusDays(r.Next(-1000, 1000)), naissance.PlusYears(19));
        }

        var enfants = r.Next(8) switch { 0 => r.Next(5, 8), 1 => 4, _ => r.Next(0, 4) };
        var quatorze = reference.PlusYears(-14);
        for (var e = 0; e < enfants; e++)
        {
            var n = r.Next(3) == 0 ? quatorze.PlusDays(r.Next(-1, 2)) : quatorze.PlusDays(r.Next(-2000, 4000));
            b.AvecEnfant(n > naissance.PlusYears(16) ? n : naissance.PlusYears(16).PlusDays(r.Next(1, 3000)));
        }

        // Revenus autour du seuil de pauvreté (1 102 € en 2019-2022) par UC.
        b.AvecRessources(Montant.FromCentimes(r.Next(0, 400_000)), Montant.Zero);
        if (r.Next(3) == 0)
        {
            b.Canal(CanalDeContact.AccueilPhysique);
            var depuis = s.SansDemarchePendant is { } p ? reference.PlusDays(-p) : new LocalDate(2020, 3, 17);
            for (var d = r.Next(0, 3); d > 0; d--)
            {
                var date = r.Next(2) == 0 ? depuis.PlusDays(r.Next(-2, 3)) : reference.PlusDays(r.Next(-400, 3));
                b.Demarche(date, CanalDeContact.AccueilPhysique);
            }
        }
        else
        {
            b.Demarche(reference.PlusDays(-r.Next(0, 200)), CanalDeContact.CafFr);
        }

        if (r.Next(2) == 0)
        {
            var etat = EtatDossierRsa.Toutes[r.Next(EtatDossierRsa.Toutes.Count)];
            var depuis = reference.PlusDays(-Borne(s.JoursCloture));
            var suspension = etat.EtatGenerique == EtatDroit.Suspendu && r.Next(4) > 0 ? MotifSuspensionRsa.Toutes[r.Next(MotifSuspensionRsa.Toutes.Count)] : null;
            var cloture = etat.EtatGenerique == EtatDroit.Clos && r.Next(3) > 0 ? MotifClotureRsa.EcheanceQuatreMoisSansDroit : null;
            b.AvecDroitRsa(etat, depuis, suspension, cloture);
        }

        foreach (var prestation in new[] { Prestation.PrimeActivite, Prestation.AllocationsFamiliales })
        {
            if (r.Next(3) == 0)
            {
                var etat = EtatDroit.Toutes[r.Next(EtatDroit.Toutes.Count)];
                b.AvecDroit(prestation, etat, reference.PlusDays(-Borne(s.JoursCloture)), etat == EtatDroit.Suspendu && r.Next(2) == 0, etat == EtatDroit.Clos && r.Next(2) == 0);
            }
        }

        for (var p = r.Next(0, 4); p > 0; p--)
        {
            var limite = reference.PlusDays(Borne(s.JoursEcheance));
            var demande = limite.PlusDays(-r.Next(0, 60));
            LocalDate? recue = r.Next(3) == 0 ? reference.PlusDays(r.Next(-2, 3)) : null;
            b.AvecPieceDemandee(NaturePiece.Toutes[r.Next(NaturePiece.Toutes.Count)], demande, limite, recue is { } x && x < demande ? demande : recue);
        }

        return b.Build().GetValueOrThrow();
    }

    private static Property Egale_detection_foyer_par_foyer(bool vectoriser) =>
        Prop.ForAll(Scenarios(), s =>
        {
            var hasard = new Random(s.Graine);
            var population = Enumerable.Range(0, s.Taille).Select(i => Foyer(hasard, i, s)).ToList();
            var politique = FoyersDeTest.Politique(p =>
            {
                p.JoursAvantEcheance = s.JoursEcheance;
                p.JoursApresCloture = s.JoursCloture;
                p.SansDemarchePendantJours = s.SansDemarchePendant;
            });
            var detecteur = new DetecteurDeRuptures(CatalogueDesPublics.ParDefaut(), politique);
            var masques = new byte[population.Count + 3];
            masques.AsSpan().Fill(0xFF);

            var comptes = DetectionEnMasse.Detecter(PopulationDeDroits.Create(population), s.Reference, politique, new CibleFamillePrioritaire(), BaremesOfficiels.Jeu, masques, vectoriser);
            var attendus = population.Select(f => detecteur.Detecter(f, s.Reference).Signaux.Aggregate(0, (m, x) => m | Bits[x.CodePublic])).ToList();

            int Nombre(byte bit) => attendus.Count(m => (m & bit) != 0);
            var differences = Enumerable.Range(0, population.Count).Where(i => masques[i] != attendus[i]).Take(3)
                .Select(i => $"foyer {i} : {masques[i]} au lieu de {attendus[i]}");
            return (masques.Take(population.Count).Select(m => (int)m).SequenceEqual(attendus)
                    && masques.Skip(population.Count).All(m => m == 0xFF)
                    && comptes == new ComptesDeRuptures(
                        attendus.Count(m => m != 0),
                        Nombre(DetectionEnMasse.BitRuptureConsommee),
                        Nombre(DetectionEnMasse.BitSuspension),
                        Nombre(DetectionEnMasse.BitEcheance),
                        Nombre(DetectionEnMasse.BitFamillePrioritaire),
                        Nombre(DetectionEnMasse.BitAccueilPhysique)))
                .Label(string.Join(" ; ", differences));
        });

    [Property(MaxTest = 60)]
    public Property Passe_vectorielle_egale_detection_foyer_par_foyer() => Egale_detection_foyer_par_foyer(vectoriser: true);

    [Property(MaxTest = 60)]
    public Property Passe_scalaire_egale_detection_foyer_par_foyer() => Egale_detection_foyer_par_foyer(vectoriser: false);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Un_revenu_hors_des_entiers_32_bits_est_compare_exactement(bool vectoriser)
    {
        var reference = new LocalDate(2022, 6, 30);
        var jeu = BaremesOfficiels.Jeu;
        var foyer = FoyersDeTest.Builder(1).EnCouple(new LocalDate(1986, 1, 1), new LocalDate(2010, 1, 1))
            .AvecEnfant(new LocalDate(2015, 1, 1)).AvecRessources(Montant.FromEuros(5_000_000m), Montant.Zero).Valide();
        var masques = new byte[40];

        // 5 M€ par mois : revenu × 10 saturé dans la colonne ; le foyer n'est pas pauvre.
        Assert.Equal(0, DetectionEnMasse.Detecter(PopulationDeDroits.Create([.. Enumerable.Repeat(foyer, 40)]), reference, PolitiqueDeCampagne.ParDefaut, new CibleFamillePrioritaire(), jeu, masques, vectoriser).FamillePrioritaire);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Des_naissances_etalees_sur_plus_de_179_ans_passent_par_la_liste_aplatie(bool vectoriser)
    {
        var reference = new LocalDate(2022, 6, 30);
        var foyers = Enumerable.Range(0, 70).Select(i =>
        {
            var ancien = i % 2 == 0;
            var naissance = ancien ? new LocalDate(1800, 1, 1) : new LocalDate(1990, 1, 1);
            var b = Caf.Accompagnement.Foyers.Foyer.Builder(NumeroAllocataire.FromValeur(2_000_000 + i), FoyersDeTest.MontDeMarsan, naissance)
                .Isole(naissance.PlusYears(18))
                .AvecRessources(Montant.FromCentimes(i * 6_000), Montant.Zero);
            for (var e = 0; e < 1 + (i % 3); e++)
            {
                b.AvecEnfant(ancien ? new LocalDate(1820, 1, 1).PlusDays(e) : reference.PlusYears(-14).PlusDays(e - 1));
            }

            return b.Build().GetValueOrThrow();
        }).ToList();
        var politique = FoyersDeTest.Politique(p => p.SansDemarchePendantJours = 30);
        var cible = new CibleFamillePrioritaire(new ParametresFamillePrioritaire(false, 14));
        var masques = new byte[foyers.Count];

        DetectionEnMasse.Detecter(PopulationDeDroits.Create(foyers), reference, politique, cible, BaremesOfficiels.Jeu, masques, vectoriser);

        var attendus = foyers.Select(f => cible.ADate(reference, BaremesOfficiels.Jeu).GetValueOrThrow().Contient(f)).ToList();
        Assert.Equal(attendus, masques.Select(m => (m & DetectionEnMasse.BitFamillePrioritaire) != 0));
        Assert.Contains(true, attendus);
        Assert.Contains(false, attendus);
    }
}
