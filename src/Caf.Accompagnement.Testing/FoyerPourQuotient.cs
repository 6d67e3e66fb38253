using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;

namespace Caf.Accompagnement.Testing;

/// <summary>Un enfant d'un <see cref="FoyerPourQuotient"/>.</summary>
/// <param name="Naissance">Date de naissance.</param>
/// <param name="Handicap">Handicap reconnu.</param>
/// <param name="ResidenceAlternee">Résidence alternée.</param>
public sealed record EnfantPourQuotient(NodaTime.LocalDate Naissance, bool Handicap, bool ResidenceAlternee)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"Enfant{(Handicap ? ", en situation de handicap" : string.Empty)}{(ResidenceAlternee ? ", en résidence alternée" : string.Empty)}";
}

/// <summary>
/// Les entrées du quotient familial d'un foyer, modifiables avec <c>with</c> (un enfant de plus, des ressources en
/// hausse…) puis construites en <see cref="Foyer"/> par <see cref="Construire"/> : pour les propriétés du quotient.
/// </summary>
/// <param name="EnCouple">En couple (conjoint né un an avant l'allocataire).</param>
/// <param name="NaissanceAllocataire">Date de naissance de l'allocataire.</param>
/// <param name="Enfants">Les enfants à charge (nés après l'allocataire).</param>
/// <param name="RessourcesAnnuellesN2">Les ressources de l'année N-2.</param>
/// <param name="Prestations">Les prestations perçues (une fois chacune, hors RSA majoré).</param>
public sealed record FoyerPourQuotient(
    bool EnCouple,
    NodaTime.LocalDate NaissanceAllocataire,
    ImmutableArray<EnfantPourQuotient> Enfants,
    Montant RessourcesAnnuellesN2,
    ImmutableArray<PrestationPercue> Prestations)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Foyer {(EnCouple ? "en couple" : "isolé")}, {Enfants.Length} enfant(s), ressources N-2 {RessourcesAnnuellesN2}, {Prestations.Length} prestation(s)");

    /// <summary>Le quotient familial officiel du dossier Caf, s'il est connu (<see langword="null"/> par défaut).</summary>
    public QuotientFamilialDuDossier? QuotientFamilialCaf { get; init; }

    /// <summary>Construit le foyer (numéro et commune fixes).</summary>
    /// <returns>Le foyer.</returns>
    /// <exception cref="InvalidOperationException">Les entrées ne forment pas un foyer valide.</exception>
    public Foyer Construire()
    {
        var b = Foyer.Builder(Accompagnement.NumeroAllocataire.FromValeur(1234567), CodeCommune.Parse("40192"), NaissanceAllocataire);
        if (EnCouple)
        {
            b.EnCouple(NaissanceAllocataire.PlusYears(-1), NaissanceAllocataire.PlusYears(20));
        }
        else
        {
            b.Isole(NaissanceAllocataire.PlusYears(20));
        }

        foreach (var e in Enfants)
        {
            if (e.ResidenceAlternee)
            {
                b.AvecEnfantEnResidenceAlternee(e.Naissance, e.Handicap);
            }
            else
            {
                b.AvecEnfant(e.Naissance, e.Handicap);
            }
        }

        b.AvecRessources(Montant.Zero, RessourcesAnnuellesN2);
        foreach (var p in Prestations)
        {
            b.Percoit(p.Prestation, p.MontantMensuel);
        }

        if (QuotientFamilialCaf is { } qf)
        {
            b.AvecQuotientFamilialCaf(qf.Valeur, qf.ConnuAu);
        }

        var r = b.Build();
        return r.TryGetValue(out var foyer) ? foyer : throw new InvalidOperationException(r.ToString());
    }
}
