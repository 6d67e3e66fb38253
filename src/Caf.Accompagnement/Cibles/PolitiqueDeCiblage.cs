using System.Collections.Immutable;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// La politique de ciblage d'une Caf : l'ensemble ordonné de ses cibles de travail social actives, chacune avec ses
/// valeurs de paramètres. Les cibles locales s'y ajoutent comme les cibles de la bibliothèque.
/// </summary>
/// <remarks>
/// <para>Invariants : un nom ; au plus une cible par code. L'ordre des cibles est celui des résultats et des comptages
/// (l'indice d'une cible est stable pour une politique donnée).</para>
/// <para>Exemple documenté : <see cref="Landes2022"/>, la politique de la Caf des Landes décrite dans son rapport
/// d'activité 2022.</para>
/// </remarks>
public sealed partial class PolitiqueDeCiblage
{
    private PolitiqueDeCiblage(string nom, ImmutableArray<ICible> cibles)
    {
        Nom = nom;
        Cibles = cibles;
    }

    /// <summary>
    /// La politique de la Caf des Landes (rapport d'activité 2022) : bénéficiaires du RSA monoparents avec un enfant de
    /// moins de 6 ans (délégation du conseil départemental) ; parents seuls de 18 à 34 ans aux ressources inférieures à
    /// 1,5 SMIC ; événements de vie (décès du conjoint ou d'un parent, décès d'un enfant, séparation, impayé de loyer,
    /// monoparentalité) avec les délais par défaut de <see cref="ParametresEvenementDeVie.Defaut"/>.
    /// </summary>
    public static PolitiqueDeCiblage Landes2022 { get; } = FromCibles(
        "Caf des Landes (2022)",
        new CibleRsaMonoparent(ParametresRsaMonoparent.Landes),
        new CibleParentsSeuls(ParametresParentsSeuls.Defaut),
        new CibleEvenementDeVie(TypeEvenement.DecesConjoint),
        new CibleEvenementDeVie(TypeEvenement.DecesEnfant),
        new CibleEvenementDeVie(TypeEvenement.Separation),
        new CibleEvenementDeVie(TypeEvenement.ImpayeDeLoyer),
        new CibleEvenementDeVie(TypeEvenement.Monoparentalite));

    /// <summary>
    /// Les contacts proactifs de la Caf de la Loire pendant la crise sanitaire (2020), pour le public « familles en
    /// situation de fragilité » : familles prioritaires du plan pauvreté (enfants pauvres et familles monoparentales).
    /// </summary>
    public static PolitiqueDeCiblage Loire2020 { get; } = FromCibles(
        "Caf de la Loire (2020)",
        new CibleFamillePrioritaire(ParametresFamillePrioritaire.Defaut));

    /// <summary>
    /// Toutes les cibles de la bibliothèque avec leurs valeurs nationales ou par défaut : RSA monoparent avec un enfant
    /// de moins de 3 ans (logique du RSA majoré), parents seuls, cinq événements de vie, familles prioritaires.
    /// </summary>
    public static PolitiqueDeCiblage National { get; } = FromCibles(
        "Cibles nationales par défaut",
        new CibleRsaMonoparent(ParametresRsaMonoparent.National),
        new CibleParentsSeuls(ParametresParentsSeuls.Defaut),
        new CibleEvenementDeVie(TypeEvenement.DecesConjoint),
        new CibleEvenementDeVie(TypeEvenement.DecesEnfant),
        new CibleEvenementDeVie(TypeEvenement.Separation),
        new CibleEvenementDeVie(TypeEvenement.ImpayeDeLoyer),
        new CibleEvenementDeVie(TypeEvenement.Monoparentalite),
        new CibleFamillePrioritaire(ParametresFamillePrioritaire.Defaut));

    /// <summary>Nom de la politique (la Caf et l'année).</summary>
    public string Nom { get; }

    /// <summary>Les cibles actives, dans l'ordre des résultats.</summary>
    public ImmutableArray<ICible> Cibles { get; }

    /// <summary>Crée une politique.</summary>
    /// <param name="nom">Nom de la politique.</param>
    /// <param name="cibles">Les cibles actives.</param>
    /// <returns>La politique, ou les erreurs <c>ciblage.nom.vide</c>, <c>ciblage.cible.doublon</c>,
    /// <c>ciblage.cible.code_reserve</c> (une cible locale qui reprend le code d'une cible de la bibliothèque).</returns>
    public static Resultat<PolitiqueDeCiblage> Create(string? nom, IEnumerable<ICible> cibles)
    {
        var liste = Preconditions.CheckNotNull(cibles).ToImmutableArray();
        var erreurs = new List<Erreur>();
        if (string.IsNullOrWhiteSpace(nom))
        {
            erreurs.Add(new Erreur("ciblage.nom.vide", "nom", nom, "La politique de ciblage a un nom."));
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in liste)
        {
            Preconditions.CheckArgument(c is not null, nameof(cibles), "Une cible est nulle.");
            if (!codes.Add(c.Code))
            {
                erreurs.Add(new Erreur("ciblage.cible.doublon", "cibles", c.Code, "Une politique de ciblage contient au plus une cible par code."));
            }

            if (CatalogueDeCibles.ReprendUnCodeDeLaBibliotheque(c))
            {
                erreurs.Add(CatalogueDeCibles.CodeReserve(c));
            }
        }

        return erreurs.Count > 0 ? Resultat<PolitiqueDeCiblage>.Echec(erreurs) : new PolitiqueDeCiblage(nom!, liste);
    }

    /// <summary>Crée une politique à partir de cibles connues valides (erreur de programmation sinon).</summary>
    /// <param name="nom">Nom de la politique.</param>
    /// <param name="cibles">Les cibles.</param>
    /// <returns>La politique.</returns>
    /// <exception cref="ArgumentException">Nom vide ou codes en double.</exception>
    public static PolitiqueDeCiblage FromCibles(string nom, params ICible[] cibles)
    {
        var r = Create(nom, cibles);
        return r.TryGetValue(out var p) ? p : throw new ArgumentException(r.ToString(), nameof(cibles));
    }

    /// <summary>
    /// La même politique avec une cible de plus, ou à la place de la cible de même code (une cible de la bibliothèque
    /// autrement paramétrée, ou une cible locale de même code).
    /// </summary>
    /// <param name="cible">La cible (par exemple une cible locale).</param>
    /// <returns>La nouvelle politique.</returns>
    /// <exception cref="ArgumentException">Une cible locale reprend le code d'une cible de la bibliothèque
    /// (<see cref="CatalogueDeCibles.CodesDeLaBibliotheque"/>) : elle serait substituée en silence.</exception>
    public PolitiqueDeCiblage Avec(ICible cible)
    {
        Preconditions.CheckNotNull(cible);
        Preconditions.CheckArgument(!CatalogueDeCibles.ReprendUnCodeDeLaBibliotheque(cible), nameof(cible), CatalogueDeCibles.CodeReserve(cible).Message);
        var i = IndexDe(cible.Code);
        return new PolitiqueDeCiblage(Nom, i >= 0 ? Cibles.SetItem(i, cible) : Cibles.Add(cible));
    }

    /// <summary>La même politique sans la cible d'un code (inchangée si le code est absent).</summary>
    /// <param name="code">Le code de la cible.</param>
    /// <returns>La nouvelle politique.</returns>
    public PolitiqueDeCiblage Sans(string code)
    {
        var i = IndexDe(code);
        return i >= 0 ? new PolitiqueDeCiblage(Nom, Cibles.RemoveAt(i)) : this;
    }

    /// <summary>L'indice d'une cible dans <see cref="Cibles"/>, ou -1.</summary>
    /// <param name="code">Le code de la cible.</param>
    /// <returns>L'indice.</returns>
    public int IndexDe(string? code)
    {
        for (var i = 0; i < Cibles.Length; i++)
        {
            if (string.Equals(Cibles[i].Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Essaie de retrouver une cible par son code.</summary>
    /// <param name="code">Le code.</param>
    /// <param name="cible">La cible.</param>
    /// <returns><see langword="true"/> si la politique contient la cible.</returns>
    public bool TryGetCible(string? code, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ICible cible)
    {
        var i = IndexDe(code);
        cible = i >= 0 ? Cibles[i] : null;
        return i >= 0;
    }

    /// <summary>Résout toutes les cibles à une date de référence (une fois par traitement).</summary>
    /// <param name="reference">La date de référence.</param>
    /// <param name="baremes">Les barèmes.</param>
    /// <returns>La politique résolue, ou toutes les erreurs des cibles qui ne peuvent être résolues à cette date.</returns>
    public Resultat<PolitiqueADate> ADate(LocalDate reference, JeuDeBaremes baremes)
    {
        Preconditions.CheckNotNull(baremes);
        var resolues = ImmutableArray.CreateBuilder<ICibleADate>(Cibles.Length);
        var erreurs = new List<Erreur>();
        foreach (var c in Cibles)
        {
            var r = c.ADate(reference, baremes);
            if (r.TryGetValue(out var a))
            {
                resolues.Add(a);
            }
            else
            {
                erreurs.AddRange(r.Erreurs);
            }
        }

        return erreurs.Count > 0 ? Resultat<PolitiqueADate>.Echec(erreurs) : new PolitiqueADate(this, reference, resolues.MoveToImmutable());
    }

    /// <summary>Évalue un foyer à une date : les cibles auxquelles il appartient et, sur demande, leurs explications.</summary>
    /// <param name="foyer">Le foyer.</param>
    /// <param name="reference">La date de référence.</param>
    /// <param name="baremes">Les barèmes.</param>
    /// <param name="mode">Les explications à produire.</param>
    /// <returns>L'évaluation, ou les erreurs de résolution (barème qui ne couvre pas la date).</returns>
    public Resultat<EvaluationDuFoyer> Evaluer(Foyer foyer, LocalDate reference, JeuDeBaremes baremes, ModeExplication mode = ModeExplication.CiblesRetenues)
    {
        Preconditions.CheckNotNull(foyer);
        return ADate(reference, baremes).Select(p => p.Evaluer(foyer, mode));
    }

    /// <summary>Le nom et les codes des cibles.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Nom} : {string.Join(", ", Cibles.Select(c => c.Code))}";
}
