namespace Caf.Accompagnement.Contrats;

/// <summary>Le domaine d'une action inscrite au contrat.</summary>
public sealed class DomaineEngagement : EnumerationCaf<DomaineEngagement>, IEnumerationCaf<DomaineEngagement>
{
    /// <summary>Insertion sociale (accès aux droits, lien social, budget).</summary>
    public static readonly DomaineEngagement InsertionSociale = new(nameof(InsertionSociale), "SOCIAL", "Insertion sociale");

    /// <summary>Insertion professionnelle (formation, recherche d'emploi, immersion).</summary>
    public static readonly DomaineEngagement InsertionProfessionnelle = new(nameof(InsertionProfessionnelle), "PRO", "Insertion professionnelle");

    /// <summary>Santé (accès aux soins, démarches de reconnaissance).</summary>
    public static readonly DomaineEngagement Sante = new(nameof(Sante), "SANTE", "Santé");

    /// <summary>Logement (accès, maintien, décence, impayés).</summary>
    public static readonly DomaineEngagement Logement = new(nameof(Logement), "LOGEMENT", "Logement");

    /// <summary>Parentalité (mode de garde, soutien à la fonction parentale).</summary>
    public static readonly DomaineEngagement Parentalite = new(nameof(Parentalite), "PARENTALITE", "Parentalité");

    /// <summary>Mobilité (permis, transport, véhicule).</summary>
    public static readonly DomaineEngagement Mobilite = new(nameof(Mobilite), "MOBILITE", "Mobilité");

    /// <summary>Autre domaine, précisé par le libellé de l'action.</summary>
    public static readonly DomaineEngagement Autre = new(nameof(Autre), "AUTRE", "Autre");

    private DomaineEngagement(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<DomaineEngagement> Toutes { get; } = [InsertionSociale, InsertionProfessionnelle, Sante, Logement, Parentalite, Mobilite, Autre];

    /// <inheritdoc/>
    public static string NomDuType => "domaine d'engagement";
}
