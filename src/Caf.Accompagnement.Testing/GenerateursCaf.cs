using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Caf.Accompagnement.Testing;

/// <summary>
/// Générateurs FsCheck des types de Caf.Accompagnement, construits uniquement par les fabriques publiques de la
/// bibliothèque (jamais par réflexion) : toute valeur générée respecte donc les invariants du domaine.
/// </summary>
/// <remarks>
/// Enregistrement pour toute une assemblée de tests :
/// <c>[assembly: FsCheck.Xunit.Properties(Arbitrary = [typeof(ArbitrairesCaf)])]</c>.
/// </remarks>
public static partial class GenerateursCaf
{
    private static readonly LocalDate Origine = new(1940, 1, 1);

    /// <summary>Dates bornées du 01/01/1940 au 31/12/2040.</summary>
    public static Gen<LocalDate> Date { get; } = DateEntre(Origine, new LocalDate(2040, 12, 31));

    /// <summary>Montants de -10 000 000,00 € à 10 000 000,00 €.</summary>
    public static Gen<Montant> Montant { get; } =
        Gen.Choose(-1_000_000, 1_000_000).SelectMany(a => Gen.Choose(0, 999).Select(b => Accompagnement.Montant.FromCentimes((a * 1000L) + b)));

    /// <summary>Montants positifs ou nuls jusqu'à un plafond.</summary>
    /// <param name="plafond">Le plafond inclus.</param>
    /// <returns>Le générateur.</returns>
    public static Gen<Montant> MontantPositif(Montant plafond) =>
        Gen.Choose(0, (int)Math.Min(plafond.Centimes, int.MaxValue)).Select(c => Accompagnement.Montant.FromCentimes(c));

    /// <summary>Numéros allocataires valides.</summary>
    public static Gen<NumeroAllocataire> NumeroAllocataire { get; } =
        Gen.Choose(0, 9_999_999).Select(Accompagnement.NumeroAllocataire.FromValeur);

    /// <summary>Codes commune valides en forme (métropole, Corse, outre-mer) ; pour des codes existants, utiliser le référentiel.</summary>
    public static Gen<CodeCommune> CodeCommune { get; } =
        Gen.OneOf(
            from dep in Gen.Choose(1, 95).Where(d => d != 20)
            from numero in Gen.Choose(1, 999)
            select Territoires.CodeCommune.Parse(FormattableString.Invariant($"{dep:D2}{numero:D3}")),
            from dep in Gen.Elements("2A", "2B")
            from numero in Gen.Choose(1, 999)
            select Territoires.CodeCommune.Parse(FormattableString.Invariant($"{dep}{numero:D3}")),
            from dep in Gen.Elements(971, 972, 973, 974, 976)
            from numero in Gen.Choose(1, 99)
            select Territoires.CodeCommune.Parse(FormattableString.Invariant($"{dep}{numero:D2}")));

    /// <summary>
    /// Codes de communes qui existent dans le référentiel embarqué (<see cref="ReferentielCommunes.Cog2026"/>), tous
    /// départements : ceux qu'attendent <c>Population.Create</c>, les cartes et les imports.
    /// </summary>
    public static Gen<CodeCommune> CommuneDuReferentiel { get; } =
        Gen.Choose(0, ReferentielCommunes.Cog2026.Count - 1).Select(i => ReferentielCommunes.Cog2026[i].Code);

    /// <summary>Dates comprises entre deux bornes incluses.</summary>
    /// <param name="debut">Première date.</param>
    /// <param name="fin">Dernière date.</param>
    /// <returns>Le générateur.</returns>
    public static Gen<LocalDate> DateEntre(LocalDate debut, LocalDate fin) =>
        Gen.Choose(0, Period.DaysBetween(debut, fin)).Select(j => debut.PlusDays(j));

    /// <summary>
    /// Foyers valides autour d'une date de référence : allocataire de 16 à 70 ans, seul ou en couple, 0 à 5 enfants,
    /// ressources, prestations, événements de vie, canaux et démarches.
    /// </summary>
    /// <param name="reference">La date de référence.</param>
    /// <param name="communes">Les communes où placer les foyers (par défaut : une commune du référentiel embarqué, <see cref="CommuneDuReferentiel"/>).</param>
    /// <returns>Le générateur.</returns>
    public static Gen<Foyer> Foyer(LocalDate reference, IReadOnlyList<CodeCommune>? communes = null) =>
        BuilderDeFoyer(reference, communes, NumeroAllocataire).Select(b => b.Build().GetValueOrThrow());

    private static Gen<FoyerBuilder> BuilderDeFoyer(LocalDate reference, IReadOnlyList<CodeCommune>? communes, Gen<NumeroAllocataire> numeros)
    {
        var genCommune = communes is { Count: > 0 } ? Gen.Elements(communes.ToArray()) : CommuneDuReferentiel;
        return from numero in numeros
               from commune in genCommune
               from naissance in DateEntre(reference.PlusYears(-70), reference.PlusYears(-16))
               from couple in Gen.Elements(false, false, true)
               from ecartConjoint in Gen.Choose(-3650, 3650)
               from depuis in DateEntre(naissance.PlusYears(16), reference)
               from enfants in DateEntre(Max(naissance.PlusYears(15), reference.PlusYears(-20)), reference).ArrayOf().Select(a => a.Take(5).ToArray())
               from handicaps in Gen.Elements(false, false, false, false, true).ArrayOf(5)
               from ressources in MontantPositif(Accompagnement.Montant.FromEuros(6000m))
               from ressourcesN2 in MontantPositif(Accompagnement.Montant.FromEuros(70000m))
               from rsa in Gen.Elements(false, false, true)
               from montantRsa in MontantPositif(Accompagnement.Montant.FromEuros(1200m))
               from majore in Gen.Elements(false, true)
               from evenements in (from type in Gen.Elements(TypeEvenement.Toutes.ToArray())
                                   from date in DateEntre(reference.PlusYears(-3), reference)
                                   select (type, date)).ArrayOf().Select(a => a.Take(4).ToArray())
               from canaux in Gen.SubListOf(CanalDeContact.Toutes.ToArray())
               from demarches in (from date in DateEntre(reference.PlusYears(-4), reference)
                                  from canal in Gen.Elements(CanalDeContact.Toutes.ToArray())
                                  select (date, canal)).ArrayOf().Select(a => a.Take(4).ToArray())
               from telephone in Gen.Elements(true, true, false)
               from droitsEtDevoirs in Gen.Elements(0, 0, 1, 2).ArrayOf(2)
               from droitsEtDevoirsDepuis in DateEntre(reference.PlusYears(-2), reference.PlusDays(30)).ArrayOf(2)
               select AvecDroitsEtDevoirs(
                   Construire(numero, commune, naissance, couple, ecartConjoint, depuis, enfants, handicaps, ressources, ressourcesN2, rsa, montantRsa, majore, evenements, canaux, demarches, telephone),
                   naissance,
                   couple ? naissance.PlusDays(ecartConjoint) : null,
                   droitsEtDevoirs,
                   droitsEtDevoirsDepuis);
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    /// <summary>Soumission aux droits et devoirs de l'allocataire et du conjoint : 0 inconnue, 1 soumis, 2 non soumis (dates bornées après les naissances).</summary>
    private static FoyerBuilder AvecDroitsEtDevoirs(FoyerBuilder b, LocalDate naissance, LocalDate? naissanceConjoint, int[] valeurs, LocalDate[] depuis)
    {
        if (valeurs.Length > 0 && valeurs[0] != 0 && depuis.Length > 0)
        {
            b.DroitsEtDevoirs(RoleDansLeFoyer.Allocataire, valeurs[0] == 1, Max(depuis[0], naissance));
        }

        if (valeurs.Length > 1 && valeurs[1] != 0 && depuis.Length > 1 && naissanceConjoint is { } nc)
        {
            b.DroitsEtDevoirs(RoleDansLeFoyer.Conjoint, valeurs[1] == 1, Max(depuis[1], nc));
        }

        return b;
    }

    private static FoyerBuilder Construire(
        NumeroAllocataire numero,
        CodeCommune commune,
        LocalDate naissance,
        bool couple,
        int ecartConjoint,
        LocalDate depuis,
        LocalDate[] enfants,
        bool[] handicaps,
        Montant ressources,
        Montant ressourcesN2,
        bool rsa,
        Montant montantRsa,
        bool majore,
        (TypeEvenement Type, LocalDate Date)[] evenements,
        IList<CanalDeContact> canaux,
        (LocalDate Date, CanalDeContact Canal)[] demarches,
        bool telephone)
    {
        var b = Accompagnement.Foyers.Foyer.Builder(numero, commune, naissance);
        if (couple)
        {
            b.EnCouple(naissance.PlusDays(ecartConjoint), depuis);
        }
        else
        {
            b.Isole(depuis);
        }

        for (var i = 0; i < enfants.Length; i++)
        {
            b.AvecEnfant(enfants[i] <= naissance ? naissance.PlusYears(15) : enfants[i], handicaps[i]);
        }

        b.AvecRessources(ressources, ressourcesN2);
        if (rsa)
        {
            b.Percoit(Prestation.Rsa, montantRsa, majoree: majore && !couple);
        }

        foreach (var (type, date) in evenements)
        {
            b.Evenement(type, date < naissance ? naissance : date);
        }

        foreach (var c in canaux)
        {
            b.Canal(c);
        }

        foreach (var (date, canal) in demarches)
        {
            b.Demarche(date, canal);
        }

        return b.Telephone(telephone);
    }
}
