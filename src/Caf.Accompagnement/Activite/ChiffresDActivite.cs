using System.Collections.Frozen;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Activite;

/// <summary>
/// Les chiffres d'activité d'un périmètre (département ou secteur) sur une période : interventions et nouvelles
/// demandes par motif, rendez-vous par étape, origine et événement lié, séances collectives, contrats signés, aides
/// attribuées et versées par catégorie, type et forme.
/// </summary>
/// <remarks>
/// <para>Les chiffres sont additifs : la somme (<c>+</c>) des chiffres de deux périodes disjointes est celle de leur
/// réunion, et la somme des secteurs est celle du département. Les totaux sont toujours calculés à partir des
/// détails : un total est, par construction, la somme de ses parties.</para>
/// <para>Deux chiffres sont égaux quand tous leurs compteurs sont égaux.</para>
/// </remarks>
public sealed partial class ChiffresDActivite : IEquatable<ChiffresDActivite>
{
    private readonly FrozenDictionary<Cle, Valeur> _valeurs;

    private ChiffresDActivite(IEnumerable<KeyValuePair<Cle, Valeur>> valeurs) =>
        _valeurs = valeurs.Where(kv => kv.Value != default).ToFrozenDictionary();

    /// <summary>Des chiffres vides (aucune activité).</summary>
    public static ChiffresDActivite Vide { get; } = new([]);

    /// <summary>Le nombre d'interventions.</summary>
    public int Interventions => Compter(Rubrique.Intervention);

    /// <summary>Le nombre de nouvelles demandes, tous motifs.</summary>
    public int NouvellesDemandes => Compter(Rubrique.Demande);

    /// <summary>Le nombre de contrats d'engagements réciproques (ou contrats d'engagement) signés.</summary>
    public int ContratsSignes => Compter(Rubrique.Contrat);

    /// <summary>Le nombre de séances collectives, toutes modalités.</summary>
    public int SeancesCollectives => Compter(Rubrique.Seance);

    /// <summary>Le nombre d'interventions pour un motif.</summary>
    /// <param name="motif">Le motif.</param>
    /// <returns>Le nombre.</returns>
    public int InterventionsPour(Motif motif) => Compter(Rubrique.Intervention, Preconditions.CheckNotNull(motif).Code);

    /// <summary>Le nombre de nouvelles demandes pour un motif.</summary>
    /// <param name="motif">Le motif.</param>
    /// <returns>Le nombre.</returns>
    public int NouvellesDemandesPour(Motif motif) => Compter(Rubrique.Demande, Preconditions.CheckNotNull(motif).Code);

    /// <summary>Le nombre d'étapes de rendez-vous d'un statut, éventuellement filtrées.</summary>
    /// <param name="statut">L'étape (proposé, tenu, non honoré).</param>
    /// <param name="evenementLie">L'événement de vie lié ; <see langword="null"/> : tous, liés ou non.</param>
    /// <param name="origine">L'origine ; <see langword="null"/> : toutes.</param>
    /// <returns>Le nombre.</returns>
    public int RendezVous(StatutDeRendezVous statut, TypeEvenement? evenementLie = null, OrigineDeRendezVous? origine = null) =>
        Compter(Rubrique.RendezVous, Preconditions.CheckNotNull(statut).Code, origine?.Code, evenementLie?.Code);

    /// <summary>Le nombre de séances collectives d'un thème et d'une modalité.</summary>
    /// <param name="theme">Le thème ; <see langword="null"/> : tous.</param>
    /// <param name="modalite">La modalité ; <see langword="null"/> : toutes.</param>
    /// <returns>Le nombre.</returns>
    public int Seances(ThemeDeSeance? theme = null, ModaliteDeSeance? modalite = null) =>
        Compter(Rubrique.Seance, theme?.Code, modalite?.Code);

    /// <summary>Le nombre de participants aux séances collectives d'un thème et d'une modalité.</summary>
    /// <param name="theme">Le thème ; <see langword="null"/> : tous.</param>
    /// <param name="modalite">La modalité ; <see langword="null"/> : toutes.</param>
    /// <returns>Le nombre de participants.</returns>
    public long ParticipantsAuxSeances(ThemeDeSeance? theme = null, ModaliteDeSeance? modalite = null) =>
        Cumuler(Rubrique.Seance, theme?.Code, modalite?.Code).Quantite;

    /// <summary>Additionne les chiffres de deux périmètres ou de deux périodes disjointes.</summary>
    /// <param name="a">Premiers chiffres.</param>
    /// <param name="b">Seconds chiffres.</param>
    /// <returns>La somme, compteur par compteur.</returns>
    public static ChiffresDActivite operator +(ChiffresDActivite a, ChiffresDActivite b)
    {
        Preconditions.CheckNotNull(a);
        Preconditions.CheckNotNull(b);
        var somme = new Dictionary<Cle, Valeur>(a._valeurs);
        foreach (var (cle, valeur) in b._valeurs)
        {
            somme[cle] = somme.TryGetValue(cle, out var v) ? v + valeur : valeur;
        }

        return new ChiffresDActivite(somme);
    }

    /// <summary>Additionne des chiffres.</summary>
    /// <param name="chiffres">Les chiffres à additionner.</param>
    /// <returns>La somme (<see cref="Vide"/> pour une liste vide).</returns>
    public static ChiffresDActivite Sommer(IEnumerable<ChiffresDActivite> chiffres) =>
        Preconditions.CheckNotNull(chiffres).Aggregate(Vide, (a, b) => a + b);

    /// <summary>Additionne deux chiffres (équivalent nommé de l'opérateur <c>+</c>).</summary>
    /// <param name="left">Premiers chiffres.</param>
    /// <param name="right">Seconds chiffres.</param>
    /// <returns>La somme.</returns>
    public static ChiffresDActivite Add(ChiffresDActivite left, ChiffresDActivite right) => left + right;

    /// <inheritdoc/>
    public bool Equals(ChiffresDActivite? other) =>
        other is not null && _valeurs.Count == other._valeurs.Count
        && _valeurs.All(kv => other._valeurs.TryGetValue(kv.Key, out var v) && v == kv.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ChiffresDActivite);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var kv in _valeurs)
        {
            hash ^= HashCode.Combine(kv.Key, kv.Value);
        }

        return hash;
    }

    /// <summary>Résumé : interventions, demandes, rendez-vous tenus, séances, contrats.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"{Interventions} interventions, {NouvellesDemandes} nouvelles demandes, {RendezVous(StatutDeRendezVous.Tenu)} rendez-vous tenus, {SeancesCollectives} séances collectives, {ContratsSignes} contrats signés, {AidesIndividuellesVersees.Nombre} aides versées";

    internal static ChiffresDActivite Depuis(Compteurs compteurs) => new(compteurs.Valeurs);

    /// <summary>Les compteurs, triés (pour l'export).</summary>
    internal IEnumerable<KeyValuePair<Cle, Valeur>> Compteurs => _valeurs.OrderBy(kv => kv.Key);

    private int Compter(Rubrique rubrique, string? a = null, string? b = null, string? c = null) =>
        checked((int)Cumuler(rubrique, a, b, c).Nombre);

    private Valeur Cumuler(Rubrique rubrique, string? a = null, string? b = null, string? c = null)
    {
        var total = default(Valeur);
        foreach (var (cle, valeur) in _valeurs)
        {
            if (cle.Rubrique == rubrique && (a is null || cle.A == a) && (b is null || cle.B == b) && (c is null || cle.C == c))
            {
                total += valeur;
            }
        }

        return total;
    }
}
