using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Contrats;

/// <summary>Une signature en retard : une personne orientée depuis plus de deux mois sans contrat signé depuis (CASF L262-36).</summary>
/// <param name="Beneficiaire">Le bénéficiaire.</param>
/// <param name="Orientation">L'orientation en vigueur.</param>
/// <param name="DateLimite">La date limite de signature.</param>
/// <param name="JoursDeRetard">Le nombre de jours écoulés depuis la date limite.</param>
/// <param name="Secteur">Le secteur du foyer.</param>
/// <param name="Referent">Le référent désigné, ou <see langword="null"/>.</param>
public sealed record SignatureEnRetard(IdentifiantBeneficiaire Beneficiaire, Orientation Orientation, LocalDate DateLimite, int JoursDeRetard, string Secteur, Referent? Referent)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Beneficiaire} : contrat à signer au plus tard le {Dates.Formater(DateLimite)}, {JoursDeRetard} jour(s) de retard (secteur {Secteur}{(Referent is { } r ? $", {r}" : string.Empty)})");
}

/// <summary>
/// Le portefeuille d'un référent unique à une date : les personnes qu'il accompagne et qui sont soumises aux droits et
/// devoirs (CASF L262-27, L262-28), et celles qu'il suit sans qu'elles le soient (exclues du décompte).
/// </summary>
/// <param name="Referent">Le référent.</param>
/// <param name="Nombre">Les personnes accompagnées soumises aux droits et devoirs à la date (ou présumées l'être).</param>
/// <param name="NonSoumis">Les personnes suivies mais non soumises aux droits et devoirs à la date, hors décompte.</param>
public sealed record PortefeuilleReferent(Referent Referent, int Nombre, int NonSoumis)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Referent} : {Nombre} contrat(s) en cours, dont {NonSoumis} de bénéficiaires non soumis aux droits et devoirs");
}

/// <summary>
/// Les requêtes sur l'ensemble des parcours d'un département : contrats signés dans une période (le décompte annuel),
/// actifs à une date, à renouveler sous N jours par référent, signatures en retard ; chacune filtrable par secteur.
/// </summary>
public sealed class RegistreDesContrats
{
    /// <summary>Le secteur attribué aux foyers dont la commune n'est couverte par aucun secteur.</summary>
    public const string HorsSecteur = "(hors secteur)";

    private readonly ImmutableArray<Parcours> _parcours;
    private readonly CarteDesSecteurs _carte;

    /// <summary>Crée le registre.</summary>
    /// <param name="parcours">Les parcours des bénéficiaires.</param>
    /// <param name="carte">La carte des secteurs.</param>
    public RegistreDesContrats(IEnumerable<Parcours> parcours, CarteDesSecteurs carte)
    {
        _parcours = [.. Preconditions.CheckNotNull(parcours)];
        _carte = Preconditions.CheckNotNull(carte);
    }

    /// <summary>Les parcours.</summary>
    public IReadOnlyList<Parcours> Parcours => _parcours;

    /// <summary>Le nom du secteur d'un parcours (celui de la commune du foyer), ou <see cref="HorsSecteur"/>.</summary>
    /// <param name="parcours">Le parcours.</param>
    /// <returns>Le nom du secteur.</returns>
    public string SecteurDe(Parcours parcours) => Secteur(Preconditions.CheckNotNull(parcours).Commune);

    /// <summary>Les contrats (premiers contrats et renouvellements) signés entre deux dates incluses.</summary>
    /// <param name="debut">Première date.</param>
    /// <param name="fin">Dernière date.</param>
    /// <param name="secteur">Le nom d'un secteur, ou <see langword="null"/> pour tous.</param>
    /// <returns>Les contrats.</returns>
    public IReadOnlyList<Contrat> SignesEntre(LocalDate debut, LocalDate fin, string? secteur = null) =>
        [.. Contrats(secteur).Where(c => c.DateSignature is { } s && debut <= s && s <= fin)];

    /// <summary>Les contrats actifs à une date (au plus un par personne).</summary>
    /// <param name="date">La date.</param>
    /// <param name="secteur">Le nom d'un secteur, ou <see langword="null"/> pour tous.</param>
    /// <returns>Les contrats.</returns>
    public IReadOnlyList<Contrat> ActifsAu(LocalDate date, string? secteur = null) =>
        [.. Dans(secteur).Select(p => p.ContratActifAu(date)).OfType<Contrat>()];

    /// <summary>
    /// Les contrats actifs à une date, ni renouvelés ni clos, dont la fin tombe dans les <paramref name="jours"/> jours :
    /// la liste de travail de chaque référent (désigné à cette date).
    /// </summary>
    /// <param name="date">La date.</param>
    /// <param name="jours">L'horizon, en jours (positif ou nul).</param>
    /// <param name="secteur">Le nom d'un secteur, ou <see langword="null"/> pour tous.</param>
    /// <returns>Les contrats à renouveler, par identifiant de référent, par fin croissante.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jours"/> est négatif.</exception>
    public IReadOnlyDictionary<string, IReadOnlyList<Contrat>> ARenouveler(LocalDate date, int jours, string? secteur = null)
    {
        Preconditions.CheckArgumentRange(nameof(jours), jours, 0, 3660);
        // Au-delà du calendrier, l'horizon s'arrête au 31/12/9999 : aucune fin ne tombe plus tard.
        var horizon = date.PlusJoursOuNull(jours) ?? LocalDate.MaxIsoValue;
        return Dans(secteur)
            .Select(p => (Parcours: p, Contrat: p.ContratActifAu(date)))
            .Where(x => x.Contrat is { Statut.EstVivant: true, Fin: { } f } && f <= horizon)
            .GroupBy(x => (x.Parcours.ReferentAu(date) ?? x.Contrat!.Referent).Identifiant, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Contrat>)[.. g.Select(x => x.Contrat!).OrderBy(c => c.Fin)], StringComparer.Ordinal);
    }

    /// <summary>Les personnes orientées dont le contrat n'est pas signé à une date alors que le délai de signature est dépassé.</summary>
    /// <param name="date">La date.</param>
    /// <param name="secteur">Le nom d'un secteur, ou <see langword="null"/> pour tous.</param>
    /// <returns>Les signatures en retard, du plus grand retard au plus petit.</returns>
    public IReadOnlyList<SignatureEnRetard> SignaturesEnRetard(LocalDate date, string? secteur = null)
    {
        var retards = new List<SignatureEnRetard>();
        foreach (var p in Dans(secteur))
        {
            if (p.OrientationAu(date) is not { } o)
            {
                continue;
            }

            var nature = p.ReferentAu(date) is { } r ? NatureContrat.Pour(RegimeContrat.Au(o.Debut), o.Type, r.Organisme) : null;
            var limite = o.DateLimiteDeSignature(nature?.DelaiDeSignature(p.Parametres) ?? p.Parametres.DelaiDeSignature);
            var signe = p.Contrats.Any(c => c.DateSignature is { } s && o.Debut <= s && s <= date);
            if (!signe && date > limite)
            {
                retards.Add(new SignatureEnRetard(p.Beneficiaire, o, limite, Period.Between(limite, date, PeriodUnits.Days).Days, SecteurDe(p), p.ReferentAu(date)));
            }
        }

        return [.. retards.OrderByDescending(r => r.JoursDeRetard)];
    }

    /// <summary>Compte des contrats par secteur du foyer.</summary>
    /// <param name="contrats">Les contrats (issus d'une requête du registre).</param>
    /// <returns>Le nombre de contrats par nom de secteur, par nom croissant.</returns>
    public IReadOnlyDictionary<string, int> CompterParSecteur(IEnumerable<Contrat> contrats) =>
        Preconditions.CheckNotNull(contrats)
            .GroupBy(c => Secteur(c.Commune), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private string Secteur(CodeCommune commune) => _carte.TryGetSecteur(commune, out var s) ? s.Nom : HorsSecteur;

    /// <summary>
    /// Les portefeuilles des référents à une date : chaque parcours ouvert dont le référent est désigné à cette date
    /// compte pour son référent si la personne est soumise aux droits et devoirs (CASF L262-27 : le référent unique
    /// accompagne le bénéficiaire soumis aux droits et devoirs ; L262-28) ; les autres sont comptées à part.
    /// </summary>
    /// <param name="date">La date.</param>
    /// <param name="soumisAuxDroitsEtDevoirs">Pour une personne, sa soumission aux droits et devoirs à la date
    /// (<c>Personne.EstSoumisAuxDroitsEtDevoirs</c> du foyer), ou <see langword="null"/> si elle n'est pas connue.</param>
    /// <param name="presumerSoumisSiInconnu">Compter une personne dont la soumission n'est pas connue (par défaut, comme
    /// la cible RSA parent isolé).</param>
    /// <param name="secteur">Le secteur, ou <see langword="null"/> pour tous.</param>
    /// <returns>Les portefeuilles, du plus chargé au moins chargé.</returns>
    public IReadOnlyList<PortefeuilleReferent> Portefeuilles(
        LocalDate date, Func<IdentifiantBeneficiaire, bool?> soumisAuxDroitsEtDevoirs, bool presumerSoumisSiInconnu = true, string? secteur = null)
    {
        Preconditions.CheckNotNull(soumisAuxDroitsEtDevoirs);
        var comptes = new Dictionary<Referent, (int Nombre, int NonSoumis)>();
        foreach (var p in Dans(secteur))
        {
            if ((p.Sortie is { } sortie && sortie.Date <= date) || p.ReferentAu(date) is not { } referent)
            {
                continue;
            }

            var soumis = soumisAuxDroitsEtDevoirs(p.Beneficiaire) ?? presumerSoumisSiInconnu;
            var (nombre, non) = comptes.GetValueOrDefault(referent);
            comptes[referent] = soumis ? (nombre + 1, non) : (nombre, non + 1);
        }

        return [.. comptes.Select(c => new PortefeuilleReferent(c.Key, c.Value.Nombre, c.Value.NonSoumis))
            .OrderByDescending(c => c.Nombre).ThenBy(c => c.Referent.Identifiant, StringComparer.Ordinal)];
    }

    private IEnumerable<Parcours> Dans(string? secteur) => secteur is null ? _parcours : _parcours.Where(p => SecteurDe(p) == secteur);

    private IEnumerable<Contrat> Contrats(string? secteur) => Dans(secteur).SelectMany(p => p.Contrats);
}
