namespace Caf.Accompagnement.Activite;

/// <summary>Un nombre d'aides et leur montant cumulé.</summary>
/// <param name="Nombre">Le nombre d'aides (ou de services rendus).</param>
/// <param name="Montant">Le montant cumulé (zéro pour des services).</param>
/// <remarks><c>default</c> est valide : aucune aide, 0,00 €.</remarks>
public readonly record struct TotalDAides(int Nombre, Montant Montant)
{
    /// <summary>Forme lisible : « 293 aides pour 121 519,00 € ».</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Nombre} aides pour {Montant}";
}
