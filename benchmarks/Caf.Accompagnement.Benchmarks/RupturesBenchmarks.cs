using BenchmarkDotNet.Attributes;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Benchmarks;

/// <summary>
/// Détection des ruptures de droits sur 1 000 000 de foyers générés : la détection en masse sur colonnes
/// (<see cref="DetectionEnMasse"/>) contre une détection LINQ écrite à la main sur les objets <see cref="Foyer"/>, en
/// référence. Les deux comptent les foyers signalés par les cinq publics intégrés, avec les mêmes règles.
/// </summary>
[MemoryDiagnoser]
public class RupturesBenchmarks
{
    private const int NombreDeFoyers = 1_000_000;
    private static readonly LocalDate Reference = new(2022, 6, 30);
    private static readonly CodeCommune[] Communes = [.. new[] { "40192", "40088", "40046", "40184", "40279" }.Select(CodeCommune.Parse)];

    private readonly PolitiqueDeCampagne _politique = PolitiqueDeCampagne.ParDefaut;
    private List<Foyer> _foyers = [];
    private PopulationDeDroits _colonnes = null!;
    private byte[] _masques = [];

    [GlobalSetup]
    public void Preparer()
    {
        var hasard = new Random(2022);
        _foyers = new List<Foyer>(NombreDeFoyers);
        for (var i = 0; i < NombreDeFoyers; i++)
        {
            _foyers.Add(Generer(hasard, i));
        }

        _colonnes = PopulationDeDroits.Create(_foyers);
        _masques = new byte[NombreDeFoyers];
        var linq = Detecter_LinqFoyers();
        var colonnes = Detecter_Colonnes();
        if (linq != colonnes)
        {
            throw new InvalidOperationException($"Les deux détections divergent : {linq} contre {colonnes}.");
        }
    }

    [Benchmark(Baseline = true)]
    public int Detecter_LinqFoyers()
    {
        var r = Reference;
        var finEcheance = r.PlusDays(_politique.JoursAvantEcheance);
        var debutCloture = r.PlusDays(-_politique.JoursApresCloture);
        var depuis = _politique.SansDemarcheDepuis;
        var seuil = BaremesOfficiels.SeuilDePauvrete.ValeurAuOuLever(r).Valeur.Centimes;
        var adulte = Dates.NeAuPlusTardLe(r, 14);
        return _foyers.Count(f =>
            f.Droits.Any(d => d.Etat == EtatDroit.Clos && d.ClosApresAbsenceDeDroit && d.Depuis <= r && d.Depuis >= debutCloture)
            || f.Droits.Any(d => d.Depuis <= r && _politique.EstSuspenduFauteDePiece(d))
            || f.PiecesDemandees.Any(p => !p.EstRecueAu(r) && p.DateLimite >= r && p.DateLimite <= finEcheance)
            || (f.NombreEnfants > 0 && (f.EstMonoparental
                || f.RevenuDisponibleMensuel.Centimes * 10 < seuil * (10 + (f.Conjoint is not null ? 5 : 0) + f.Enfants.Sum(e => e.DateNaissance <= adulte ? 5 : 3))))
            || (!f.Canaux.IsEmpty && f.Canaux.All(c => c == CanalDeContact.AccueilPhysique) && r >= depuis
                && !f.Demarches.Any(d => d.Date >= depuis && d.Date <= r)));
    }

    [Benchmark]
    public int Detecter_Colonnes() => DetectionEnMasse.Detecter(_colonnes, Reference, _politique, _masques).Signales;

    private static Foyer Generer(Random hasard, int rang)
    {
        var naissance = Reference.PlusYears(-hasard.Next(19, 65)).PlusDays(-hasard.Next(365));
        var b = Foyer.Builder(NumeroAllocataire.FromValeur(rang), Communes[hasard.Next(Communes.Length)], naissance);
        if (hasard.Next(2) == 0)
        {
            b.Isole(naissance.PlusYears(18));
        }
        else
        {
            b.EnCouple(naissance.PlusDays(hasard.Next(-2000, 2000)), naissance.PlusYears(20));
        }

        for (var e = hasard.Next(0, 4); e > 0; e--)
        {
            var n = naissance.PlusYears(18).PlusDays(hasard.Next(1, 5000));
            b.AvecEnfant(n < Reference ? n : Reference.PlusDays(-1));
        }

        b.AvecRessources(Montant.FromCentimes(hasard.Next(80_000, 500_000)), Montant.Zero);
        if (hasard.Next(20) == 0)
        {
            b.Canal(CanalDeContact.AccueilPhysique);
            if (hasard.Next(2) == 0)
            {
                b.Demarche(new LocalDate(2020, 3, 17).PlusDays(hasard.Next(-300, 900)), CanalDeContact.AccueilPhysique);
            }
        }
        else
        {
            b.Demarche(Reference.PlusDays(-hasard.Next(0, 365)), CanalDeContact.CafFr);
        }

        if (hasard.Next(6) == 0)
        {
            var depuis = Reference.PlusDays(-hasard.Next(0, 150));
            _ = hasard.Next(10) switch
            {
                0 => b.AvecDroitRsa(EtatDossierRsa.VersementSuspendu, depuis, MotifSuspensionRsa.DeclarationTrimestrielleNonFournie),
                1 => b.AvecDroitRsa(EtatDossierRsa.Clos, depuis, cloture: MotifClotureRsa.EcheanceQuatreMoisSansDroit),
                2 => b.AvecDroitRsa(EtatDossierRsa.OuvertSuspendu, depuis, MotifSuspensionRsa.RessourcesTropElevees),
                _ => b.AvecDroitRsa(EtatDossierRsa.OuvertVersable, depuis),
            };
            if (hasard.Next(4) == 0)
            {
                var demande = Reference.PlusDays(-hasard.Next(0, 45));
                b.AvecPieceDemandee(NaturePiece.DeclarationTrimestrielle, demande, demande.PlusDays(30));
            }
        }

        return b.Build().GetValueOrThrow();
    }
}
