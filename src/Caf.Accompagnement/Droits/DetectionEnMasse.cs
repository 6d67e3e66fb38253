using System.Runtime.CompilerServices;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Droits;

/// <summary>Le nombre de foyers signalés par public, sur une population en colonnes.</summary>
/// <param name="Signales">Foyers avec au moins un signal.</param>
/// <param name="RuptureConsommee">Foyers signalés « rupture consommée ».</param>
/// <param name="Suspension">Foyers signalés « suspendu faute de pièce ».</param>
/// <param name="Echeance">Foyers signalés « pièce à brève échéance ».</param>
/// <param name="FamillePrioritaire">Foyers signalés « famille prioritaire ».</param>
/// <param name="AccueilPhysique">Foyers signalés « accueil physique ».</param>
public readonly record struct ComptesDeRuptures(int Signales, int RuptureConsommee, int Suspension, int Echeance, int FamillePrioritaire, int AccueilPhysique);

/// <summary>
/// Détection en masse des cinq publics intégrés sur une population en colonnes : la même réponse que
/// <see cref="DetecteurDeRuptures"/> foyer par foyer (propriété testée), sans allocation par foyer.
/// </summary>
/// <remarks>
/// <para>Tout ce qui dépend de la date et de la politique est résolu une fois (bornes en numéros de jour, seuil de
/// pauvreté en centimes, motifs de suspension retenus) ; la boucle ne fait que des comparaisons d'entiers.</para>
/// <para>Chaque foyer reçoit un masque : bit 0 rupture consommée, 1 suspension, 2 échéance, 3 famille prioritaire,
/// 4 accueil physique. Les publics ajoutés par un intégrateur passent par la détection foyer par foyer.</para>
/// </remarks>
public static class DetectionEnMasse
{
    /// <summary>Bit du public « rupture consommée ».</summary>
    public const byte BitRuptureConsommee = 1;

    /// <summary>Bit du public « suspendu faute de pièce ».</summary>
    public const byte BitSuspension = 2;

    /// <summary>Bit du public « pièce à brève échéance ».</summary>
    public const byte BitEcheance = 4;

    /// <summary>Bit du public « famille prioritaire ».</summary>
    public const byte BitFamillePrioritaire = 8;

    /// <summary>Bit du public « accueil physique ».</summary>
    public const byte BitAccueilPhysique = 16;

    /// <summary>Détecte avec la cible « familles prioritaires » par défaut et les barèmes officiels.</summary>
    /// <param name="population">La population en colonnes.</param>
    /// <param name="reference">La date de référence.</param>
    /// <param name="politique">La politique de campagne.</param>
    /// <param name="masques">Un masque par foyer (longueur au moins <see cref="PopulationDeDroits.Count"/>).</param>
    /// <returns>Les comptes par public.</returns>
    public static ComptesDeRuptures Detecter(PopulationDeDroits population, LocalDate reference, PolitiqueDeCampagne politique, Span<byte> masques) =>
        Detecter(population, reference, politique, Cible, BaremesOfficiels.Jeu, masques);

    /// <summary>Détecte les cinq publics intégrés sur toute la population.</summary>
    /// <param name="population">La population en colonnes.</param>
    /// <param name="reference">La date de référence.</param>
    /// <param name="politique">La politique de campagne.</param>
    /// <param name="familles">La cible « familles prioritaires ».</param>
    /// <param name="baremes">Les barèmes (seuil de pauvreté).</param>
    /// <param name="masques">Un masque par foyer (longueur au moins <see cref="PopulationDeDroits.Count"/>).</param>
    /// <returns>Les comptes par public.</returns>
    /// <exception cref="ArgumentException">Tampon de masques trop court.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ComptesDeRuptures Detecter(PopulationDeDroits population, LocalDate reference, PolitiqueDeCampagne politique, CibleFamillePrioritaire familles, JeuDeBaremes baremes, Span<byte> masques)
    {
        Preconditions.CheckNotNull(population);
        Preconditions.CheckNotNull(politique);
        Preconditions.CheckNotNull(familles);
        Preconditions.CheckNotNull(baremes);
        Preconditions.CheckArgument(masques.Length >= population.Count, nameof(masques), "Un masque par foyer.");

        // Résolution unique : bornes en numéros de jour, seuil, motifs retenus.
        var jour = NumeroDeJour.De(reference);
        var finEcheance = jour + politique.JoursAvantEcheance;
        var debutCloture = jour - politique.JoursApresCloture;
        var modeJours = politique.SansDemarchePendantJours is not null;
        var seuilAccueil = modeJours ? jour - politique.SansDemarchePendantJours!.Value : NumeroDeJour.De(politique.SansDemarcheDepuis);
        var accueilActif = modeJours || jour >= seuilAccueil;
        Span<bool> motifPiece = stackalloc bool[MotifSuspensionRsa.Toutes.Count];
        var motifs = politique.MotifsPieceManquante;
        for (var m = 0; m < motifs.Count; m++)
        {
            motifPiece[PopulationDeDroits.IndexDuMotif(motifs[m])] = true;
        }

        var seuils = familles.Resoudre(reference, baremes);
        var famillesActives = seuils.TryGetValue(out var s);
        var seuilCentimes = famillesActives ? s.SeuilCentimes : 0;
        var adulteAuPlusTard = famillesActives ? s.EnfantAdulteNeAuPlusTardLeJour : 0;
        var monoparentales = famillesActives && s.InclureMonoparentales;

        var drapeaux = population.Drapeaux;
        var revenus = population.Revenus;
        var debutDemarches = population.DebutDemarches;
        var demarches = population.Demarches;
        var debutSuspensions = population.DebutSuspensions;
        var suspensionsDepuis = population.SuspensionsDepuis;
        var suspensionsMotif = population.SuspensionsMotif;
        var debutClotures = population.DebutClotures;
        var clotures = population.Clotures;
        var debutPieces = population.DebutPieces;
        var limites = population.PiecesLimite;
        var receptions = population.PiecesReception;
        var debutEnfants = population.DebutEnfants;
        var naissances = population.NaissancesEnfants;
        int signales = 0, rupture = 0, suspension = 0, echeance = 0, famille = 0, accueil = 0;
        for (var i = 0; i < drapeaux.Length; i++)
        {
            var masque = 0;
            for (var k = debutClotures[i]; k < debutClotures[i + 1]; k++)
            {
                var c = clotures[k];
                if (c <= jour && c >= debutCloture)
                {
                    masque |= BitRuptureConsommee;
                    break;
                }
            }

            for (var k = debutSuspensions[i]; k < debutSuspensions[i + 1]; k++)
            {
                var motif = suspensionsMotif[k];
                if (suspensionsDepuis[k] <= jour && (motif < 0 || motifPiece[motif]))
                {
                    masque |= BitSuspension;
                    break;
                }
            }

            for (var k = debutPieces[i]; k < debutPieces[i + 1]; k++)
            {
                var l = limites[k];
                if (receptions[k] > jour && l >= jour && l <= finEcheance)
                {
                    masque |= BitEcheance;
                    break;
                }
            }

            var d = drapeaux[i];
            var enfants = debutEnfants[i + 1] - debutEnfants[i];
            if (famillesActives && enfants > 0)
            {
                if (monoparentales && (d & PopulationDeDroits.Isole) != 0)
                {
                    masque |= BitFamillePrioritaire;
                }
                else
                {
                    var uc10 = 10 + ((d & PopulationDeDroits.EnCouple) != 0 ? 5 : 0);
                    for (var k = debutEnfants[i]; k < debutEnfants[i + 1]; k++)
                    {
                        uc10 += naissances[k] <= adulteAuPlusTard ? 5 : 3;
                    }

                    if (revenus[i] * 10 < seuilCentimes * uc10)
                    {
                        masque |= BitFamillePrioritaire;
                    }
                }
            }

            if (accueilActif && (d & PopulationDeDroits.AccueilSeulement) != 0)
            {
                var derniere = int.MinValue;
                for (var k = debutDemarches[i]; k < debutDemarches[i + 1]; k++)
                {
                    var j = demarches[k];
                    if (j <= jour && j > derniere)
                    {
                        derniere = j;
                    }
                }

                if (modeJours ? derniere <= seuilAccueil : derniere < seuilAccueil)
                {
                    masque |= BitAccueilPhysique;
                }
            }

            masques[i] = (byte)masque;
            signales += masque != 0 ? 1 : 0;
            rupture += masque & 1;
            suspension += (masque >> 1) & 1;
            echeance += (masque >> 2) & 1;
            famille += (masque >> 3) & 1;
            accueil += (masque >> 4) & 1;
        }

        return new ComptesDeRuptures(signales, rupture, suspension, echeance, famille, accueil);
    }

    private static CibleFamillePrioritaire Cible { get; } = new();
}
