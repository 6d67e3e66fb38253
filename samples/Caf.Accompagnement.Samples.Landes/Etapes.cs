namespace Caf.Accompagnement.Samples.Landes;

/// <summary>Les étapes du traitement, dans l'ordre du flux de données (une étape par fichier <c>Etape*.cs</c>) ; le
/// <see cref="Contexte"/> passe de l'une à l'autre.</summary>
internal static class Etapes
{
    internal static readonly Action<Contexte>[] Toutes =
    [
        EtapeFoyers.Executer,
        EtapeTerritoires.Executer,
        EtapeSegmentation.Executer,
        EtapeFichiers.Executer,
        EtapePolitiques.Executer,
        EtapeRuptures.Executer,
        EtapeDossiers.Executer,
        EtapeContrats.Executer,
        EtapeAides.Executer,
        EtapeActivite.Executer,
    ];
}
