using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Activite;

/// <summary>Une aide individuelle versée (subvention payée, prêt décaissé) ou un service rendu, inscrit au journal.</summary>
/// <remarks>
/// <para>Le journal ne recopie pas le catalogue des aides : l'entrée porte l'<see cref="AideVersee"/> du module des
/// aides (type, catégorie, forme et montant déjà validés), et le bilan des aides d'une période est calculé par
/// <see cref="BilanDesAides.Calculer"/>. Bilan 2022 de la Caf des Landes : 1 411 aides versées pour 448 428 €.</para>
/// </remarks>
public sealed class VersementDAide : EntreeJournal
{
    /// <summary>Inscrit une aide versée au journal.</summary>
    /// <param name="aide">L'aide versée, validée par le module des aides.</param>
    /// <param name="secteur">Le code du secteur du foyer.</param>
    /// <exception cref="ArgumentException">Un argument est nul ou vide.</exception>
    public VersementDAide(AideVersee aide, string secteur)
        : base(Preconditions.CheckNotNull(aide).Date, secteur) => Aide = aide;

    /// <summary>L'aide versée.</summary>
    public AideVersee Aide { get; }

    /// <inheritdoc/>
    public override string Nature => "AIDE_VERSEE";

    /// <summary>Crée l'entrée à partir d'une saisie : le type est cherché dans le catalogue, la forme et le montant
    /// sont vérifiés par le module des aides.</summary>
    /// <param name="catalogue">Le catalogue des aides (types fournis et types de l'intégrateur).</param>
    /// <param name="date">La date du versement.</param>
    /// <param name="type">Le code du type d'aide.</param>
    /// <param name="forme">Le code de la forme (<see cref="FormeAide"/>).</param>
    /// <param name="montant">Le montant versé.</param>
    /// <param name="secteur">Le code du secteur.</param>
    /// <returns>L'entrée, ou toutes les erreurs (type inconnu du catalogue, forme inconnue ou non admise, montant).</returns>
    public static Resultat<VersementDAide> Create(CatalogueDesAides catalogue, NodaTime.LocalDate date, string? type, string? forme, Montant montant, string? secteur)
    {
        Preconditions.CheckNotNull(catalogue);
        var erreurs = new List<Erreur>();
        var t = catalogue.Create(type);
        erreurs.AddRange(t.Erreurs);
        var f = Lire<FormeAide>(forme, "forme", "activite.aide.forme_inconnue", erreurs);
        VerifierTexte(secteur, "secteur", "activite.secteur.absent", erreurs);
        if (erreurs.Count > 0)
        {
            return Resultat<VersementDAide>.Echec(erreurs);
        }

        return AideVersee.Create(t.Valeur, f!, montant, date).Select(a => new VersementDAide(a, secteur!));
    }

    internal override void Compter(Compteurs compteurs) =>
        compteurs.Ajouter(new Cle(Rubrique.AideVersee, Aide.Type.Categorie.Code, Aide.Type.Code, Aide.Forme.Code), 1, Aide.Montant);

    /// <summary>Forme lisible.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Dates.FormaterIso(Date)} aide versée {Aide.Type.Code} {Aide.Forme.Code} {Aide.Montant}, secteur {Secteur}";
}
