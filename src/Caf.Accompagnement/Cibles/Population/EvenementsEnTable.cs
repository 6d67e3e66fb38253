using Caf.Accompagnement.Foyers;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// La table creuse des événements de vie d'une population : un élément par événement, trié par foyer, le jour et le
/// rang du type (<see cref="TypeEvenement.Rang"/>) encodés dans un entier (<c>jour × 8 + rang</c>).
/// </summary>
internal static class EvenementsEnTable
{
    private const int BitsDuRang = 3;
    private const int MasqueDuRang = (1 << BitsDuRang) - 1;

    static EvenementsEnTable()
    {
        // Tous les types tiennent dans le rang encodé (7 types aujourd'hui) : tout nouveau type au-delà de 8 doit élargir l'encodage.
        if (TypeEvenement.Toutes.Any(t => t.Rang > MasqueDuRang))
        {
            throw new InvalidOperationException("Un rang de type d'événement dépasse l'encodage de la table des événements.");
        }
    }

    /// <summary>Encode un événement (le jour d'une <see cref="NodaTime.LocalDate"/> tient sur 22 bits, signe compris).</summary>
    internal static int Encoder(int jour, int rang) => (jour << BitsDuRang) | rang;

    internal static int Jour(int code) => code >> BitsDuRang;

    internal static int Rang(int code) => code & MasqueDuRang;

    /// <summary>Le premier élément dont le foyer est au moins <paramref name="foyer"/> (recherche dichotomique), ou la longueur de la table.</summary>
    internal static int Premier(ReadOnlySpan<int> foyers, int foyer)
    {
        int bas = 0, haut = foyers.Length;
        while (bas < haut)
        {
            var milieu = (int)((uint)(bas + haut) >> 1);
            if (foyers[milieu] < foyer)
            {
                bas = milieu + 1;
            }
            else
            {
                haut = milieu;
            }
        }

        return bas;
    }
}
