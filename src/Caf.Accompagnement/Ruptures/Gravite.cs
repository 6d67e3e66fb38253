using Caf.Accompagnement.Droits;

namespace Caf.Accompagnement.Ruptures;

/// <summary>
/// La gravité d'un signal de rupture de droits, qui fixe la priorité d'un contact : rupture consommée &gt; droit suspendu
/// &gt; rupture imminente &gt; famille fragile &gt; usager de l'accueil physique.
/// </summary>
/// <remarks>Échelle fermée : un public ajouté par un intégrateur choisit l'un de ces niveaux.</remarks>
public sealed class Gravite : EnumerationCaf<Gravite>, IEnumerationCaf<Gravite>
{
    /// <summary>Rupture consommée : le droit est clos après quatre mois sans droit.</summary>
    public static readonly Gravite RuptureConsommee = new(nameof(RuptureConsommee), "RUPTURE_CONSOMMEE", "Rupture de droits consommée", 5);

    /// <summary>Droit suspendu faute de pièce : le paiement est interrompu.</summary>
    public static readonly Gravite Suspension = new(nameof(Suspension), "SUSPENSION", "Droit suspendu", 4);

    /// <summary>Rupture imminente : une pièce est attendue à brève échéance.</summary>
    public static readonly Gravite RuptureImminente = new(nameof(RuptureImminente), "RUPTURE_IMMINENTE", "Rupture imminente", 3);

    /// <summary>Famille en situation de fragilité (familles prioritaires du plan pauvreté).</summary>
    public static readonly Gravite Fragilite = new(nameof(Fragilite), "FRAGILITE", "Famille en situation de fragilité", 2);

    /// <summary>Usager de l'accueil physique sans démarche récente.</summary>
    public static readonly Gravite AccueilPhysique = new(nameof(AccueilPhysique), "ACCUEIL_PHYSIQUE", "Usager de l'accueil physique sans démarche récente", 1);

    private Gravite(string nom, string code, string libelle, int rang)
        : base(nom, code, libelle) => Rang = rang;

    /// <inheritdoc/>
    public static IReadOnlyList<Gravite> Toutes { get; } = [RuptureConsommee, Suspension, RuptureImminente, Fragilite, AccueilPhysique];

    /// <inheritdoc/>
    public static string NomDuType => "gravité";

    /// <summary>Rang de priorité : plus il est élevé, plus le contact est prioritaire.</summary>
    public int Rang { get; }
}
