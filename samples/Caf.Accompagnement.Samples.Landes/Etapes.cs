namespace Caf.Accompagnement.Samples.Landes;

/// <summary>Les étapes du traitement, dans l'ordre du flux de données (une étape par fichier <c>Etape*.cs</c>).</summary>
internal static class Etapes
{
    internal static readonly Action<Options>[] Toutes =
    [
        EtapeFoyers.Executer,
        EtapeTerritoires.Executer,
        EtapeSegmentation.Executer,
        EtapeFichiers.Executer,
        EtapeRuptures.Executer,
        EtapeContrats.Executer,
        EtapeAides.Executer,
        EtapeActivite.Executer,
    ];
}
