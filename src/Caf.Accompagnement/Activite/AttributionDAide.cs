using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Activite;

/// <summary>Une aide individuelle attribuée (décision favorable), inscrite au journal avant son versement.</summary>
/// <remarks>Le type, sa catégorie et la forme sont ceux du catalogue des aides : une forme que le type n'admet pas est
/// refusée (<c>activite.aide.forme_non_admise</c>), comme un montant négatif.</remarks>
public sealed class AttributionDAide : EntreeJournal
{
    private AttributionDAide(LocalDate date, TypeDAide type, FormeAide forme, Montant montant, string secteur)
        : base(date, secteur)
    {
        Type = type;
        Forme = forme;
        Montant = montant;
    }

    /// <summary>Le type d'aide.</summary>
    public TypeDAide Type { get; }

    /// <summary>La forme attribuée.</summary>
    public FormeAide Forme { get; }

    /// <summary>Le montant attribué.</summary>
    public Montant Montant { get; }

    /// <inheritdoc/>
    public override string Nature => "AIDE_ATTRIBUEE";

    /// <summary>Crée une attribution en vérifiant la forme et le montant.</summary>
    /// <param name="date">La date de la décision.</param>
    /// <param name="type">Le type d'aide.</param>
    /// <param name="forme">La forme attribuée.</param>
    /// <param name="montant">Le montant attribué (positif ou nul ; nul pour un service).</param>
    /// <param name="secteur">Le code du secteur.</param>
    /// <returns>L'attribution, ou toutes les erreurs.</returns>
    public static Resultat<AttributionDAide> Create(LocalDate date, TypeDAide type, FormeAide forme, Montant montant, string? secteur)
    {
        Preconditions.CheckNotNull(type);
        Preconditions.CheckNotNull(forme);
        var erreurs = new List<Erreur>();
        if (!type.Admet(forme))
        {
            erreurs.Add(new Erreur("activite.aide.forme_non_admise", "forme", forme.Code, $"Le type d'aide « {type.Code} » n'admet pas cette forme."));
        }

        if (montant.EstNegatif || (forme == FormeAide.Service && montant != Montant.Zero))
        {
            erreurs.Add(new Erreur("activite.aide.montant", "montant", montant.ToString(), "Le montant est positif ou nul, et nul pour un service."));
        }

        VerifierTexte(secteur, "secteur", "activite.secteur.absent", erreurs);
        return erreurs.Count > 0 ? Resultat<AttributionDAide>.Echec(erreurs) : new AttributionDAide(date, type, forme, montant, secteur!);
    }

    internal override void Compter(Compteurs compteurs) =>
        compteurs.Ajouter(new Cle(Rubrique.AideAttribuee, Type.Categorie.Code, Type.Code, Forme.Code), 1, Montant);

    /// <summary>Forme lisible.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Dates.FormaterIso(Date)} aide attribuée {Type.Code} {Forme.Code} {Montant}, secteur {Secteur}";
}
