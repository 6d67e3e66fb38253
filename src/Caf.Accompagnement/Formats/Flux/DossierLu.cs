namespace Caf.Accompagnement.Flux;

/// <summary>
/// Le résultat de la lecture d'un dossier (bloc <c>InfosFoyerRSA</c>) : son rang dans le flux, la ligne de sa balise
/// ouvrante, et le dossier lu ou ses erreurs.
/// </summary>
/// <remarks>Chaque erreur porte la ligne et le chemin XML de l'élément fautif
/// (<c>/Racine/InfosFoyerRSA[3]/Personne[2]/Prestations[2]/ROLEPERS</c>), jamais de donnée personnelle en clair : nom,
/// prénom et NIR ne sont pas lus, une date de naissance ou un matricule fautifs sont masqués
/// (<see cref="Erreur.ValeurMasquee"/>).</remarks>
public sealed class DossierLu
{
    internal DossierLu(int rang, int ligne, Resultat<DossierRsa> resultat)
    {
        Rang = rang;
        Ligne = ligne;
        Resultat = resultat;
    }

    /// <summary>Le rang du dossier dans le flux, à partir de 1.</summary>
    public int Rang { get; }

    /// <summary>La ligne de la balise <c>InfosFoyerRSA</c> du dossier (à partir de 1 ; 0 si le lecteur ne la connaît pas).</summary>
    public int Ligne { get; }

    /// <summary>Le dossier, ou ses erreurs.</summary>
    public Resultat<DossierRsa> Resultat { get; }

    /// <summary><see langword="true"/> quand le dossier est accepté.</summary>
    public bool Accepte => Resultat.Reussi;

    /// <summary>Le rang, la ligne et l'issue (sans donnée personnelle).</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"dossier {Rang} (ligne {Ligne}) : {(Accepte ? "accepté" : $"refusé, {Resultat.Erreurs.Count} erreur(s)")}";
}

/// <summary>
/// Le bilan d'une lecture de flux : dossiers lus, acceptés et refusés (lus = acceptés + refusés), nombre annoncé par le
/// flux (<c>NBTOTDOSRSATRANSM</c>) et erreurs hors dossier (document illisible, identification du flux invalide).
/// </summary>
/// <param name="Lus">Les dossiers rencontrés (balises <c>InfosFoyerRSA</c> ouvertes).</param>
/// <param name="Acceptes">Les dossiers acceptés.</param>
/// <param name="Refuses">Les dossiers refusés.</param>
/// <param name="Annonces">Le nombre de dossiers annoncé par le bloc <c>TransmissionFlux</c>, s'il a été lu.</param>
/// <param name="Complet">Le document a été lu jusqu'à la fin de <c>Racine</c> sans erreur hors dossier.</param>
/// <param name="Erreurs">Les erreurs hors dossier (vide si aucune).</param>
public sealed record ResumeDeLecture(int Lus, int Acceptes, int Refuses, int? Annonces, bool Complet, IReadOnlyList<Erreur> Erreurs)
{
    /// <summary>Les nombres de dossiers et l'état de la lecture.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"{Lus} dossier(s) lu(s) : {Acceptes} accepté(s), {Refuses} refusé(s){(Annonces is { } a ? $", {a} annoncé(s)" : string.Empty)}"
        + (Complet ? string.Empty : $", lecture interrompue ({Erreurs.Count} erreur(s) hors dossier)");
}
