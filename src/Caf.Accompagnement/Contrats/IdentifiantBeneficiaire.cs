using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Contrats;

/// <summary>
/// Le bénéficiaire d'un contrat, identifié sans donnée d'identité : le numéro allocataire du dossier et son rôle dans le
/// foyer (allocataire ou conjoint). Chaque membre d'un couple signe son propre contrat (CASF L262-27).
/// </summary>
/// <remarks>
/// <para>Minimisation : ni nom ni NIR. <see cref="ToString"/> masque le numéro allocataire.</para>
/// <para><c>default</c> n'est pas un identifiant valide (<see cref="EstDefini"/> vaut <see langword="false"/>).</para>
/// </remarks>
public readonly struct IdentifiantBeneficiaire : IEquatable<IdentifiantBeneficiaire>
{
    private readonly RoleDansLeFoyer? _role;

    private IdentifiantBeneficiaire(NumeroAllocataire dossier, RoleDansLeFoyer role)
    {
        Dossier = dossier;
        _role = role;
    }

    /// <summary>Le numéro allocataire du dossier (donnée personnelle : ne jamais l'écrire en clair dans un journal).</summary>
    public NumeroAllocataire Dossier { get; }

    /// <summary>Le rôle de la personne dans le foyer : allocataire ou conjoint.</summary>
    /// <exception cref="InvalidOperationException">L'identifiant est <c>default</c>.</exception>
    public RoleDansLeFoyer Role => _role ?? throw new InvalidOperationException("Identifiant de bénéficiaire non défini (default).");

    /// <summary><see langword="false"/> pour <c>default</c>.</summary>
    public bool EstDefini => _role is not null;

    /// <summary>Identifie un bénéficiaire (erreur de programmation si le rôle est celui d'un enfant).</summary>
    /// <param name="dossier">Le numéro allocataire.</param>
    /// <param name="role">Allocataire ou conjoint.</param>
    /// <returns>L'identifiant.</returns>
    /// <exception cref="ArgumentException">Numéro non défini, ou rôle d'enfant à charge.</exception>
    public static IdentifiantBeneficiaire From(NumeroAllocataire dossier, RoleDansLeFoyer role)
    {
        var r = Create(dossier, role);
        return r.TryGetValue(out var id) ? id : throw new ArgumentException(r.Erreurs[0].Message, nameof(role));
    }

    /// <summary>Identifie un bénéficiaire à partir de données d'entrée.</summary>
    /// <param name="dossier">Le numéro allocataire.</param>
    /// <param name="role">Allocataire ou conjoint.</param>
    /// <returns>L'identifiant, ou l'erreur <c>contrats.beneficiaire.numero</c> ou <c>contrats.beneficiaire.role</c>.</returns>
    public static Resultat<IdentifiantBeneficiaire> Create(NumeroAllocataire dossier, RoleDansLeFoyer role)
    {
        Preconditions.CheckNotNull(role);
        if (!dossier.EstDefini)
        {
            return Resultat<IdentifiantBeneficiaire>.Echec(new Erreur("contrats.beneficiaire.numero", "dossier", null, "Le numéro allocataire du bénéficiaire est obligatoire."));
        }

        if (role == RoleDansLeFoyer.Enfant)
        {
            return Resultat<IdentifiantBeneficiaire>.Echec(new Erreur(
                "contrats.beneficiaire.role", "role", role.Code, "Seuls l'allocataire et son conjoint signent un contrat (CASF L262-27)."));
        }

        return new IdentifiantBeneficiaire(dossier, role);
    }

    /// <inheritdoc/>
    public bool Equals(IdentifiantBeneficiaire other) => Dossier == other.Dossier && Equals(_role, other._role);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IdentifiantBeneficiaire i && Equals(i);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Dossier, _role);

    /// <summary>Égalité.</summary>
    /// <param name="a">Premier identifiant.</param>
    /// <param name="b">Second identifiant.</param>
    /// <returns><see langword="true"/> si égaux.</returns>
    public static bool operator ==(IdentifiantBeneficiaire a, IdentifiantBeneficiaire b) => a.Equals(b);

    /// <summary>Différence.</summary>
    /// <param name="a">Premier identifiant.</param>
    /// <param name="b">Second identifiant.</param>
    /// <returns><see langword="true"/> si différents.</returns>
    public static bool operator !=(IdentifiantBeneficiaire a, IdentifiantBeneficiaire b) => !a.Equals(b);

    /// <summary>Forme masquée : <c>Allocataire du dossier *****56</c>.</summary>
    /// <returns>Le texte, sans numéro en clair.</returns>
    public override string ToString() => EstDefini ? $"{Role.Libelle} du dossier {Dossier}" : "(non défini)";
}
