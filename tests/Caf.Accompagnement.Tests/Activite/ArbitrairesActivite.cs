using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Tests.Contrats;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Caf.Accompagnement.Tests.Activite;

/// <summary>Un journal aléatoire sur 2021-2022, construit par les fabriques publiques.</summary>
public sealed record JournalAleatoire(Journal Journal)
{
    public override string ToString() => $"{Journal} ; {string.Join(" | ", Journal.Entrees.Take(20))}";
}

/// <summary>Une saisie brute : date et code de motif tels que reçus, éventuellement faux.</summary>
public sealed record SaisieBrute(LocalDate Date, string? Motif, string Secteur);

/// <summary>Générateurs du module Activité (dates bornées, entrées construites par les fabriques publiques).</summary>
public static class ArbitrairesActivite
{
    internal static readonly DateInterval DeuxAns = new(new LocalDate(2021, 1, 1), new LocalDate(2022, 12, 31));

    internal static readonly string[] Secteurs = ["S1", "S2", "S3", "S4"];

    internal static readonly string?[] MotifsInconnus = ["", null, "parentalite", "LOGEMENT_SOCIAL", "DIVORCE", " "];

    private static Gen<LocalDate> DateDans(DateInterval periode) =>
        Gen.Choose(0, periode.Length - 1).Select(i => periode.Start.PlusDays(i));

    private static Gen<T> Element<T>(IReadOnlyList<T> valeurs) => Gen.Elements(valeurs.ToArray());

    internal static Gen<EntreeJournal> Entree(DateInterval periode) => Gen.OneOf(
        from d in DateDans(periode)
        from m in Element(Motif.Toutes)
        from s in Element(Secteurs)
        from t in Gen.Choose(1, 9)
        select (EntreeJournal)Intervention.Create(d, m.Code, s, $"TS{t}").Valeur,
        from d in DateDans(periode)
        from m in Element(Motif.Toutes)
        from s in Element(Secteurs)
        select (EntreeJournal)NouvelleDemande.Create(d, m.Code, s).Valeur,
        from d in DateDans(periode)
        from st in Element(StatutDeRendezVous.Toutes)
        from o in Element(OrigineDeRendezVous.Toutes)
        from e in Gen.Elements<TypeEvenement?>(null, TypeEvenement.Separation, TypeEvenement.DecesEnfant, TypeEvenement.ImpayeDeLoyer)
        from s in Element(Secteurs)
        select (EntreeJournal)RendezVous.Create(d, st.Code, o.Code, s, "TS1", e?.Code).Valeur,
        from d in DateDans(periode)
        from th in Element(ThemeDeSeance.Toutes)
        from mo in Element(ModaliteDeSeance.Toutes)
        from s in Element(Secteurs)
        from n in Gen.Choose(0, 40)
        select (EntreeJournal)SeanceCollective.Create(d, th.Code, mo.Code, s, n).Valeur,
        from d in DateDans(periode)
        from t in Element(AidesDeReference.Tous)
        from f in Element(t.FormesAdmises)
        from c in Gen.Choose(0, 200_000)
        from s in Element(Secteurs)
        select (EntreeJournal)VersementDAide.Create(CatalogueDesAides.Reference, d, t.Code, f.Code, f == FormeAide.Service ? Montant.Zero : Montant.FromCentimes(c), s).Valeur,
        from d in DateDans(periode)
        from t in Element(AidesDeReference.Tous)
        from f in Element(t.FormesAdmises)
        from c in Gen.Choose(0, 200_000)
        from s in Element(Secteurs)
        select (EntreeJournal)AttributionDAide.Create(d, t, f, f == FormeAide.Service ? Montant.Zero : Montant.FromCentimes(c), s).Valeur,
        from d in DateDans(new DateInterval(periode.Start.PlusMonths(1), periode.End))
        from delai in Gen.Choose(0, 90)
        from s in Element(Secteurs)
        select (EntreeJournal)SignatureDeContrat.Depuis(Fixtures.AvecBrouillon(d.PlusDays(-Math.Min(delai, 30))).Signer(1, d).Valeur, s).Valeur);

    public static Arbitrary<JournalAleatoire> Journal() =>
        Gen.Sized(taille => Gen.Choose(0, Math.Max(1, taille * 3)))
            .SelectMany(n => Entree(DeuxAns).ArrayOf(n))
            .Select(entrees => new JournalAleatoire(Caf.Accompagnement.Activite.Journal.Create(DeuxAns, entrees).Valeur))
            .ToArbitrary();

    public static Arbitrary<SaisieBrute[]> Saisies() =>
        (from d in DateDans(new DateInterval(new LocalDate(2021, 7, 1), new LocalDate(2023, 6, 30)))
         from m in Gen.OneOf(Element(Motif.Toutes).Select(m => (string?)m.Code), Gen.Elements(MotifsInconnus))
         from s in Element(Secteurs)
         select new SaisieBrute(d, m, s))
        .ArrayOf()
        .ToArbitrary();
}
