using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Ruptures;

/// <summary>
/// Base commode d'un public de campagne : l'identité du public (code, libellé, gravité, intervenant) fixée une fois, et
/// la fabrication de ses signaux. Les publics de la bibliothèque en dérivent ; un intégrateur peut en dériver aussi, ou
/// implémenter directement <see cref="IPublicDeCampagne"/>.
/// </summary>
public abstract class PublicDeCampagne : IPublicDeCampagne
{
    /// <summary>Fixe l'identité du public.</summary>
    /// <param name="code">Code stable du public.</param>
    /// <param name="libelle">Libellé français.</param>
    /// <param name="gravite">Gravité (ordre de priorité des contacts).</param>
    /// <param name="intervenant">Qui appelle : agent de la Caf ou travailleur social du secteur.</param>
    /// <exception cref="ArgumentException">Un texte est vide.</exception>
    protected PublicDeCampagne(string code, string libelle, Gravite gravite, TypeIntervenant intervenant)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(code), nameof(code), "Le code du public est obligatoire.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(libelle), nameof(libelle), "Le libellé du public est obligatoire.");
        Code = code;
        Libelle = libelle;
        Gravite = Preconditions.CheckNotNull(gravite);
        Intervenant = Preconditions.CheckNotNull(intervenant);
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public string Libelle { get; }

    /// <inheritdoc/>
    public Gravite Gravite { get; }

    /// <inheritdoc/>
    public TypeIntervenant Intervenant { get; }

    /// <inheritdoc/>
    public abstract Signal? Detecter(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique);

    /// <inheritdoc/>
    public virtual LocalDate? ProchaineRevision(Foyer foyer, LocalDate reference, PolitiqueDeCampagne politique) => reference.PlusJoursOuNull(1);

    /// <summary>Un signal de ce public, avec son explication.</summary>
    /// <param name="explication">L'explication de la détection.</param>
    /// <param name="echeance">L'échéance éventuelle (pièce attendue).</param>
    /// <returns>Le signal.</returns>
    protected Signal Signaler(Explication explication, LocalDate? echeance = null) =>
        new(Code, Libelle, Gravite, Intervenant, explication, echeance);

    /// <summary>
    /// Le signal d'un public fondé sur l'état des droits : les droits du foyer qui remplissent la condition sont les
    /// données utilisées de l'explication (source : dossier allocataire) ; aucun signal si aucun droit ne la remplit.
    /// </summary>
    /// <param name="foyer">Le foyer.</param>
    /// <param name="condition">La condition sur un droit.</param>
    /// <param name="parametre">Le paramètre de la politique appliqué.</param>
    /// <param name="operations">Les opérations effectuées.</param>
    /// <param name="conclusion">La conclusion, à partir des libellés des prestations concernées (séparés par des virgules).</param>
    /// <returns>Le signal, ou <see langword="null"/>.</returns>
    private protected Signal? SignalerDroits(Foyer foyer, Func<Droit, bool> condition, ParametreApplique parametre, string[] operations, Func<string, string> conclusion)
    {
        List<Droit>? retenus = null;
        foreach (var d in foyer.Droits)
        {
            if (condition(d))
            {
                (retenus ??= []).Add(d);
            }
        }

        if (retenus is null)
        {
            return null;
        }

        return Signaler(new Explication(
            Libelle,
            ExplicationsDeCampagne.Contribution,
            retenus.Select(d => new DonneeUtilisee($"Droit {d.Prestation.Libelle}", d.ToString(), ExplicationsDeCampagne.SourceDossier)),
            [parametre],
            operations,
            conclusion(string.Join(", ", retenus.Select(d => d.Prestation.Libelle))),
            estSatisfaite: true));
    }
}
