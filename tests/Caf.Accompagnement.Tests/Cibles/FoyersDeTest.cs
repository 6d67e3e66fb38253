using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Caf.Accompagnement.Tests.Cibles;

/// <summary>Description d'un foyer de test, construite par les fabriques publiques de la bibliothèque.</summary>
public sealed record DescriptionFoyer(
    LocalDate Reference,
    LocalDate NaissanceAllocataire,
    bool EnCouple,
    LocalDate[] NaissancesEnfants,
    long RessourcesCentimes,
    long RsaCentimes,
    (TypeEvenement Type, LocalDate Date)[] Evenements)
{
    /// <summary>Date de la situation familiale ; par défaut les 18 ans de l'allocataire.</summary>
    public LocalDate? SituationDepuis { get; init; }

    /// <summary>Soumission de l'allocataire aux droits et devoirs, inconnue par défaut.</summary>
    public DroitsEtDevoirs? DroitsEtDevoirs { get; init; }

    public Foyer Construire() => AvecRessources(RessourcesCentimes);

    public Foyer AvecRessources(long ressourcesCentimes)
    {
        var b = Foyer.Builder(NumeroAllocataire.FromValeur(1234567), CodeCommune.Parse("40192"), NaissanceAllocataire);
        var depuis = SituationDepuis ?? NaissanceAllocataire.PlusYears(18);
        if (EnCouple)
        {
            b.EnCouple(NaissanceAllocataire.PlusDays(100), depuis);
        }
        else
        {
            b.Isole(depuis);
        }

        if (DroitsEtDevoirs is { } dd)
        {
            b.DroitsEtDevoirs(RoleDansLeFoyer.Allocataire, dd.Soumis, dd.Depuis);
        }

        foreach (var n in NaissancesEnfants)
        {
            b.AvecEnfant(n);
        }

        b.AvecRessources(Montant.FromCentimes(ressourcesCentimes), Montant.Zero);
        if (RsaCentimes > 0)
        {
            b.Percoit(Prestation.Rsa, Montant.FromCentimes(RsaCentimes), majoree: !EnCouple && NaissancesEnfants.Length > 0);
        }

        foreach (var (type, date) in Evenements)
        {
            b.Evenement(type, date);
        }

        return b.Build().GetValueOrThrow();
    }

    public override string ToString() =>
        $"réf {Reference}, né {NaissanceAllocataire}, couple {EnCouple}, enfants [{string.Join(", ", NaissancesEnfants)}], ressources {RessourcesCentimes}, RSA {RsaCentimes}, situation depuis {SituationDepuis}, droits et devoirs {DroitsEtDevoirs}, événements [{string.Join(", ", Evenements.Select(e => $"{e.Type.Code} {e.Date}"))}]";
}

/// <summary>Générateurs bornés : dates de référence 2019-2026, valeurs concentrées autour des seuils des cibles
/// (âges limites, 29 février, plafond de ressources exact, bords des fenêtres d'événement).</summary>
public static class FoyersDeTest
{
    private static readonly LocalDate Debut = new(2019, 1, 1);

    /// <summary>
    /// Date de référence et, parfois, naissance imposée de l'allocataire : un jour quelconque de 2019 à 2026, ou le cas du
    /// 29 février (allocataire né un 29 février, référence autour de ses 18 ou 35 ans).
    /// </summary>
    private static Gen<(LocalDate Reference, LocalDate? Naissance)> Contextes =>
        Gen.Frequency(
            (5, Gen.Choose(0, (8 * 365) - 1).Select(j => (Debut.PlusDays(j), (LocalDate?)null))),
            (1, from cas in Gen.Elements((1984, 35), (1988, 35), (1988, 34), (2004, 18), (2008, 18), (2004, 17))
                from jour in Gen.Elements(new AnnualDate(2, 27), new AnnualDate(2, 28), new AnnualDate(3, 1))
                select (jour.InYear(cas.Item1 + cas.Item2), (LocalDate?)new LocalDate(cas.Item1, 2, 29))));

    /// <summary>Une naissance autour d'un âge donné, ou un 29 février d'une année bissextile donnée.</summary>
    private static Gen<LocalDate> Naissances(LocalDate reference, Gen<int> ages, int[] anneesBissextiles, int ecart) =>
        Gen.Frequency(
            (4, from age in ages
                from decalage in Gen.OneOf(Gen.Elements(-1, 0, 1), Gen.Choose(-ecart, ecart))
                select reference.PlusYears(-age).PlusDays(decalage)),
            (1, Gen.Elements(anneesBissextiles).Select(a => new LocalDate(a, 2, 29))));

    public static Gen<DescriptionFoyer> Descriptions =>
        from contexte in Contextes
        let reference = contexte.Reference
        from naissanceAuHasard in Naissances(reference, Gen.OneOf(Gen.Elements(17, 18, 34, 35), Gen.Choose(16, 60)), [1984, 1988, 1992, 2000, 2004, 2008], 400)
        let naissance = contexte.Naissance ?? naissanceAuHasard
        from enCouple in Gen.Elements(false, false, true)
        from nombreEnfants in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 4)))
        from enfants in Gen.ArrayOf(Naissances(reference, Gen.OneOf(Gen.Elements(2, 3, 5, 6, 13, 14), Gen.Choose(0, 17)), [2008, 2012, 2016, 2020], 200), nombreEnfants)
        from bord in Gen.Elements(-1L, 0L, 1L)
        let plafond = BaremesOfficiels.SmicMensuel.ValeurAuOuLever(reference).Valeur.Multiplier(1.5m).Centimes + bord
        from ressources in Gen.OneOf(Gen.Choose(0, 500_000).Select(r => (long)r), Gen.Choose(230_000, 260_000).Select(r => (long)r), Gen.Constant(plafond))
        from rsa in Gen.Elements(0, 0, 60_000)
        from nombreEvenements in Gen.Choose(0, 3)
        from types in Gen.ArrayOf(Gen.Elements([.. TypeEvenement.Toutes]), nombreEvenements)
        from anciennetes in Gen.ArrayOf(Gen.OneOf(Gen.Elements(-1, 0, 91, 92, 93, 182, 183, 184, 364, 365, 366), Gen.Choose(-30, 800)), nombreEvenements)
        from ecartSituation in Gen.Frequency((3, Gen.Constant((int?)null)), (2, Gen.Elements(-1, 0, 1, -200, 30).Select(j => (int?)j)))
        from droitsEtDevoirs in Gen.Frequency(
            (2, Gen.Constant((DroitsEtDevoirs?)null)),
            (3, from soumis in Gen.Elements(true, true, false)
                from ecart in Gen.Elements(-1, 0, 1, -400)
                select (DroitsEtDevoirs?)new DroitsEtDevoirs(soumis, reference.PlusDays(ecart))))
        select new DescriptionFoyer(
            reference,
            naissance,
            enCouple,
            [.. enfants.Select(e => Max(e, naissance.PlusYears(16)))],
            ressources,
            rsa,
            [.. types.Zip(anciennetes, (t, a) => (t, Max(reference.PlusDays(-a), naissance)))])
        {
            SituationDepuis = ecartSituation is { } e ? Max(reference.PlusDays(e), naissance) : null,
            DroitsEtDevoirs = droitsEtDevoirs is { } d ? d with { Depuis = Max(d.Depuis, naissance) } : null,
        };

    public static Arbitrary<DescriptionFoyer> Arbitraire() => Descriptions.ToArbitrary();

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;
}
