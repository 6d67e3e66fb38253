namespace Caf.Accompagnement.Contrats;

/// <summary>L'étape du cycle de vie d'un contrat : brouillon, signé, en cours, puis expiré, renouvelé, rompu ou terminé.</summary>
public sealed class StatutContrat : EnumerationCaf<StatutContrat>, IEnumerationCaf<StatutContrat>
{
    /// <summary>Projet de contrat en cours de négociation, non signé.</summary>
    public static readonly StatutContrat Brouillon = new(nameof(Brouillon), "BROUILLON", "Brouillon");

    /// <summary>Contrat signé dont la période n'a pas encore été constatée en cours.</summary>
    public static readonly StatutContrat Signe = new(nameof(Signe), "SIGNE", "Signé");

    /// <summary>Contrat signé dont la mise en œuvre a commencé.</summary>
    public static readonly StatutContrat EnCours = new(nameof(EnCours), "EN_COURS", "En cours");

    /// <summary>Contrat arrivé à son terme sans renouvellement.</summary>
    public static readonly StatutContrat Expire = new(nameof(Expire), "EXPIRE", "Expiré");

    /// <summary>Contrat renouvelé : le contrat suivant commence le lendemain de sa fin.</summary>
    public static readonly StatutContrat Renouvele = new(nameof(Renouvele), "RENOUVELE", "Renouvelé");

    /// <summary>Contrat rompu pour manquement, avec son motif.</summary>
    public static readonly StatutContrat Rompu = new(nameof(Rompu), "ROMPU", "Rompu");

    /// <summary>Contrat terminé avant son terme pour une autre raison (sortie du RSA, déménagement…).</summary>
    public static readonly StatutContrat Termine = new(nameof(Termine), "TERMINE", "Terminé");

    private StatutContrat(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<StatutContrat> Toutes { get; } = [Brouillon, Signe, EnCours, Expire, Renouvele, Rompu, Termine];

    /// <inheritdoc/>
    public static string NomDuType => "statut du contrat";

    /// <summary><see langword="true"/> pour un contrat signé (tout statut sauf le brouillon) : il a une période.</summary>
    public bool EstSigne => this != Brouillon;

    /// <summary><see langword="true"/> si le contrat peut encore évoluer (signé ou en cours) : avenant, renouvellement, rupture, fin.</summary>
    public bool EstVivant => this == Signe || this == EnCours;
}
