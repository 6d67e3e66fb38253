using System.Globalization;
using System.Text;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement;

/// <summary>
/// Une erreur attendue sur une donnée d'entrée : un code stable, le champ concerné, la valeur fautive,
/// un message en français et, pour les imports, la position (ligne d'un fichier, chemin JSON).
/// </summary>
/// <remarks>
/// <para>Le <see cref="Code"/> est stable d'une version à l'autre : les intégrateurs peuvent s'y fier (par exemple
/// <c>commune.code.format</c>). Le message peut évoluer.</para>
/// <para>La <see cref="Valeur"/> ne contient jamais de donnée personnelle en clair : les valeurs sensibles (numéro
/// allocataire, nom, date de naissance, NIR) y sont remplacées par le masque fixe <see cref="ValeurMasquee"/>, qui ne
/// révèle ni leur longueur ni aucun de leurs caractères.</para>
/// <para><b>Bornes.</b> Le <see cref="Champ"/> et la <see cref="Valeur"/> ont au plus
/// <see cref="LongueurMaximale"/> caractères : une valeur plus longue est coupée et se termine par
/// <see cref="MarqueDeCoupure"/> (une entrée de dix millions de caractères ne se retrouve pas dans l'erreur).</para>
/// </remarks>
public sealed class Erreur : IEquatable<Erreur>
{
    /// <summary>La longueur maximale du <see cref="Champ"/> et de la <see cref="Valeur"/> d'une erreur (64 caractères, marque de coupure comprise).</summary>
    public const int LongueurMaximale = 64;

    /// <summary>La marque qui termine un champ ou une valeur coupés à <see cref="LongueurMaximale"/> caractères.</summary>
    public const string MarqueDeCoupure = "…";

    /// <summary>
    /// Le masque d'une valeur personnelle (numéro allocataire, nom, date de naissance, NIR) : toujours le même texte,
    /// quelle que soit la valeur masquée (ni sa longueur ni ses caractères ne transparaissent).
    /// </summary>
    public const string ValeurMasquee = "***";

    /// <summary>Crée une erreur.</summary>
    /// <param name="code">Code stable, en minuscules séparées par des points (par exemple <c>montant.format</c>).</param>
    /// <param name="champ">Nom du champ fautif (nom de colonne pour un import), coupé à <see cref="LongueurMaximale"/> caractères.</param>
    /// <param name="valeur">Valeur fautive telle que reçue (ou masquée si personnelle) ; <see langword="null"/> si absente.
    /// Coupée à <see cref="LongueurMaximale"/> caractères.</param>
    /// <param name="message">Message en français, lisible par un agent.</param>
    /// <param name="ligne">Numéro de ligne (à partir de 1) dans le fichier importé, s'il y a lieu.</param>
    /// <param name="chemin">Chemin dans un document structuré (par exemple <c>$.foyers[3].commune</c>), s'il y a lieu.</param>
    /// <exception cref="ArgumentException">Le code, le champ ou le message est vide, ou la ligne n'est pas positive.</exception>
    public Erreur(string code, string champ, string? valeur, string message, int? ligne = null, string? chemin = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(code), nameof(code), "Le code d'erreur est obligatoire.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(champ), nameof(champ), "Le champ est obligatoire.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(message), nameof(message), "Le message est obligatoire.");
        Preconditions.CheckArgument(ligne is null or > 0, nameof(ligne), "La ligne commence à 1.");
        Code = code;
        Champ = Borner(champ);
        Valeur = valeur is null ? null : Borner(valeur);
        Message = message;
        Ligne = ligne;
        Chemin = chemin;
    }

    /// <summary>Code stable de l'erreur.</summary>
    public string Code { get; }

    /// <summary>Champ fautif.</summary>
    public string Champ { get; }

    /// <summary>Valeur fautive (masquée si personnelle), ou <see langword="null"/> si elle manquait.</summary>
    public string? Valeur { get; }

    /// <summary>Message en français.</summary>
    public string Message { get; }

    /// <summary>Ligne (à partir de 1) dans le fichier importé, ou <see langword="null"/>.</summary>
    public int? Ligne { get; }

    /// <summary>Chemin dans un document structuré, ou <see langword="null"/>.</summary>
    public string? Chemin { get; }

    /// <summary>La même erreur, située à une ligne d'un fichier.</summary>
    /// <param name="ligne">Numéro de ligne, à partir de 1.</param>
    /// <returns>Une nouvelle erreur portant la ligne.</returns>
    public Erreur ALigne(int ligne) => new(Code, Champ, Valeur, Message, ligne, Chemin);

    /// <summary>La même erreur, située à un chemin d'un document structuré.</summary>
    /// <param name="chemin">Chemin, par exemple <c>$.foyers[3].commune</c>.</param>
    /// <returns>Une nouvelle erreur portant le chemin.</returns>
    public Erreur AuChemin(string chemin) => new(Code, Champ, Valeur, Message, Ligne, chemin);

    /// <summary>La même erreur, la valeur remplacée par <see cref="ValeurMasquee"/> (sauf si elle était absente) : pour une valeur personnelle.</summary>
    /// <returns>Une nouvelle erreur à la valeur masquée, ou celle-ci si sa valeur est absente ou déjà masquée.</returns>
    public Erreur Masquee() => Valeur is null or ValeurMasquee ? this : new(Code, Champ, ValeurMasquee, Message, Ligne, Chemin);

    /// <summary>La même erreur, pour un autre nom de champ (colonne d'un import).</summary>
    /// <param name="champ">Nom du champ.</param>
    /// <returns>Une nouvelle erreur portant ce champ.</returns>
    public Erreur PourChamp(string champ) => new(Code, champ, Valeur, Message, Ligne, Chemin);

    /// <inheritdoc/>
    public bool Equals(Erreur? other) =>
        other is not null && Code == other.Code && Champ == other.Champ && Valeur == other.Valeur
        && Message == other.Message && Ligne == other.Ligne && Chemin == other.Chemin;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Erreur);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Champ, Valeur, Message, Ligne, Chemin);

    /// <summary>
    /// Un texte coupé à <see cref="LongueurMaximale"/> caractères au plus : au-delà, ses premiers caractères suivis de
    /// <see cref="MarqueDeCoupure"/> (sans couper une paire de substitution UTF-16).
    /// </summary>
    /// <param name="texte">Le texte.</param>
    /// <returns>Le texte, ou son début marqué.</returns>
    internal static string Borner(string texte)
    {
        if (texte.Length <= LongueurMaximale)
        {
            return texte;
        }

        var garde = LongueurMaximale - MarqueDeCoupure.Length;
        if (char.IsHighSurrogate(texte[garde - 1]))
        {
            garde--;
        }

        return string.Concat(texte.AsSpan(0, garde), MarqueDeCoupure);
    }

    /// <summary>Forme lisible : <c>ligne 3, champ « code_insee », valeur « 4O001 » : message [code]</c>.</summary>
    /// <returns>Le texte de l'erreur.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Ligne is { } l)
        {
            sb.Append(CultureInfo.InvariantCulture, $"ligne {l}, ");
        }

        if (Chemin is { } c)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{c}, ");
        }

        sb.Append(CultureInfo.InvariantCulture, $"champ « {Champ} »");
        sb.Append(Valeur is null ? ", valeur absente" : $", valeur « {Valeur} »");
        sb.Append(CultureInfo.InvariantCulture, $" : {Message} [{Code}]");
        return sb.ToString();
    }
}
