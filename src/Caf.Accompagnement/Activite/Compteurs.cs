namespace Caf.Accompagnement.Activite;

/// <summary>Les rubriques d'un bilan (usage interne : clés des compteurs).</summary>
internal enum Rubrique
{
    Intervention,
    Demande,
    RendezVous,
    Seance,
    Contrat,
    AideAttribuee,
    AideVersee,
}

/// <summary>Clé d'un compteur : la rubrique et jusqu'à trois codes de détail (motif, statut, catégorie, type, forme…).</summary>
internal readonly record struct Cle(Rubrique Rubrique, string A, string B = "", string C = "") : IComparable<Cle>
{
    public int CompareTo(Cle other)
    {
        var c = Rubrique.CompareTo(other.Rubrique);
        if (c == 0)
        {
            c = string.CompareOrdinal(A, other.A);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(B, other.B);
        }

        return c == 0 ? string.CompareOrdinal(C, other.C) : c;
    }
}

/// <summary>Valeur d'un compteur : un nombre d'entrées, un montant cumulé et une quantité cumulée (participants).</summary>
internal readonly record struct Valeur(long Nombre, long Centimes, long Quantite)
{
    public static Valeur operator +(Valeur a, Valeur b) =>
        new(checked(a.Nombre + b.Nombre), checked(a.Centimes + b.Centimes), checked(a.Quantite + b.Quantite));
}

/// <summary>Accumulateur mutable, le temps d'un calcul de bilan.</summary>
internal sealed class Compteurs
{
    internal Dictionary<Cle, Valeur> Valeurs { get; } = [];

    internal void Ajouter(Cle cle, long nombre, Montant montant, long quantite = 0)
    {
        var v = new Valeur(nombre, montant.Centimes, quantite);
        Valeurs[cle] = Valeurs.TryGetValue(cle, out var existant) ? existant + v : v;
    }
}
