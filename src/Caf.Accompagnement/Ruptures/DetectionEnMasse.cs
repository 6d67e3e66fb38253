using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Ruptures;

/// <summary>Le nombre de foyers signalés par public, sur une population en colonnes.</summary>
/// <param name="Signales">Foyers avec au moins un signal.</param>
/// <param name="RuptureConsommee">Foyers signalés « rupture consommée ».</param>
/// <param name="Suspension">Foyers signalés « suspendu faute de pièce ».</param>
/// <param name="Echeance">Foyers signalés « pièce à brève échéance ».</param>
/// <param name="FamillePrioritaire">Foyers signalés « famille prioritaire ».</param>
/// <param name="AccueilPhysique">Foyers signalés « accueil physique ».</param>
/// <remarks><c>default</c> est valide : aucun foyer compté.</remarks>
public readonly record struct ComptesDeRuptures(int Signales, int RuptureConsommee, int Suspension, int Echeance, int FamillePrioritaire, int AccueilPhysique)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Signales} foyer(s) signalé(s) : rupture consommée {RuptureConsommee}, suspension {Suspension}, échéance {Echeance}, famille prioritaire {FamillePrioritaire}, accueil physique {AccueilPhysique}");
}

/// <summary>
/// Détection en masse des cinq publics intégrés sur une population en colonnes : la même réponse que
/// <see cref="DetecteurDeRuptures"/> foyer par foyer (propriété testée), sans allocation par foyer.
/// </summary>
/// <remarks>
/// <para>Tout ce qui dépend de la date et de la politique est résolu une fois (bornes en numéros de jour, seuil de
/// pauvreté en centimes, date des 14 ans, motifs de suspension retenus). Puis : une passe vectorielle
/// (<see cref="System.Numerics.Vector{T}"/>) sur les colonnes denses des foyers (familles prioritaires, accueil
/// physique), des passes sans branche sur les listes aplaties (démarches, clôtures, suspensions, pièces), et des comptes
/// par comptage de population. Sans accélération vectorielle, ou si le seuil × UC dépasse 32 bits, la passe dense se
/// fait foyer par foyer en 64 bits, avec le même résultat.</para>
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
    public static ComptesDeRuptures Detecter(PopulationDeDroits population, LocalDate reference, PolitiqueDeCampagne politique, CibleFamillePrioritaire familles, JeuDeBaremes baremes, Span<byte> masques) =>
        Detecter(population, reference, politique, familles, baremes, masques, Vector.IsHardwareAccelerated);

    /// <summary>Détecte, avec ou sans la passe vectorielle (les deux chemins sont comparés par les tests).</summary>
    internal static ComptesDeRuptures Detecter(PopulationDeDroits population, LocalDate reference, PolitiqueDeCampagne politique, CibleFamillePrioritaire familles, JeuDeBaremes baremes, Span<byte> masques, bool vectoriser)
    {
        Preconditions.CheckNotNull(population);
        Preconditions.CheckNotNull(politique);
        Preconditions.CheckNotNull(familles);
        Preconditions.CheckNotNull(baremes);
        Preconditions.CheckArgument(masques.Length >= population.Count, nameof(masques), "Un masque par foyer.");
        var s = Resoudre(reference, politique, familles, baremes);
        masques = masques[..population.Count];
        var i = vectoriser && s.VectorisableFamilles ? PasseFoyersVectorielle(population, s, masques) : 0;
        PasseFoyers(population, s, masques, i);
        GrandesFamilles(population, s, masques);
        PassesListes(population, s, masques);
        return Compter(masques);
    }

    /// <summary>Tout ce qui dépend de la date et de la politique, résolu une fois par détection.</summary>
    private readonly struct Seuils
    {
        internal int Jour { get; init; }

        internal int FinEcheance { get; init; }

        internal int DebutCloture { get; init; }

        // Accueil physique : signal si aucune démarche dans [DebutSansDemarche, Jour].
        internal bool AccueilActif { get; init; }

        internal int DebutSansDemarche { get; init; }

        // Bit (index du motif + 1) pour chaque motif retenu ; bit 0 : prestation générique suspendue faute de pièce.
        internal ulong MotifsRetenus { get; init; }

        internal bool FamillesActives { get; init; }

        internal long SeuilCentimes { get; init; }

        internal int AdulteAuPlusTard { get; init; }

        internal bool Monoparentales { get; init; }

        // Le seuil × UC tient dans un int pour toutes les UC des colonnes : la passe vectorielle compare en int.
        internal bool VectorisableFamilles { get; init; }
    }

    private static Seuils Resoudre(LocalDate reference, PolitiqueDeCampagne politique, CibleFamillePrioritaire familles, JeuDeBaremes baremes)
    {
        var jour = NumeroDeJour.De(reference);
        var modeJours = politique.SansDemarchePendantJours is not null;
        var debutSansDemarche = modeJours ? jour - politique.SansDemarchePendantJours!.Value + 1 : NumeroDeJour.De(politique.SansDemarcheDepuis);
        Debug.Assert(MotifSuspensionRsa.Toutes.Count < 63, "Un bit par motif.");
        ulong motifs = 1;
        foreach (var m in politique.MotifsPieceManquante)
        {
            motifs |= 1UL << (PopulationDeDroits.IndexDuMotif(m) + 1);
        }

        var seuils = familles.Resoudre(reference, baremes);
        var actives = seuils.TryGetValue(out var f);
        var seuil = actives ? f.SeuilCentimes : 0;

        // UC × 10 des colonnes : de 13 (seul avec un enfant) à 35 (couple, quatre enfants de 14 ans ou plus).
        var vectorisable = actives && seuil > int.MinValue / 35 && seuil < int.MaxValue / 35;
        return new Seuils
        {
            Jour = jour,
            FinEcheance = jour + politique.JoursAvantEcheance,
            DebutCloture = jour - politique.JoursApresCloture,
            AccueilActif = modeJours || jour >= debutSansDemarche,
            DebutSansDemarche = debutSansDemarche,
            MotifsRetenus = motifs,
            FamillesActives = actives,
            SeuilCentimes = seuil,
            AdulteAuPlusTard = actives ? f.EnfantAdulteNeAuPlusTardLeJour : 0,
            Monoparentales = actives && f.InclureMonoparentales,
            VectorisableFamilles = vectorisable,
        };
    }

    /// <summary>
    /// Passe vectorielle sur les colonnes des foyers : bit « famille prioritaire » (UC comptées sans branche sur les
    /// quatre aînés, comparaison au seuil en int) et bit « accueil physique » provisoire (effacé ensuite par les
    /// démarches). Rend l'index du premier foyer non traité.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int PasseFoyersVectorielle(PopulationDeDroits p, in Seuils s, Span<byte> masques)
    {
        var largeur = Vector<byte>.Count;
        var n = masques.Length - (masques.Length % largeur);
        var lanes = Vector<int>.Count;
        var demi = Vector<ushort>.Count;
        ReadOnlySpan<byte> drapeaux = p.Drapeaux;
        ReadOnlySpan<byte> bases = p.Uc10Base;
        ReadOnlySpan<int> revenus = p.Revenus10;
        ReadOnlySpan<ushort> e1 = p.Enfant1;
        ReadOnlySpan<ushort> e2 = p.Enfant2;
        ReadOnlySpan<ushort> e3 = p.Enfant3;
        ReadOnlySpan<ushort> e4 = p.Enfant4;
        var adulte = new Vector<ushort>(SeuilAdulte(p, s));
        var seuil = new Vector<int>((int)s.SeuilCentimes);
        var bitFamille = new Vector<int>(BitFamillePrioritaire);
        var monoparentales = s.Monoparentales ? new Vector<int>(PopulationDeDroits.Isole) : Vector<int>.Zero;
        var accueil = new Vector<byte>(s.AccueilActif ? (byte)PopulationDeDroits.AccueilSeulement : (byte)0);
        for (var i = 0; i < n; i += largeur)
        {
            var d = new Vector<byte>(drapeaux.Slice(i, largeur));
            var b = new Vector<byte>(bases.Slice(i, largeur));
            Vector.Widen(d, out var d16a, out var d16b);
            Vector.Widen(b, out var b16a, out var b16b);
            Vector.Widen(d16a, out var d0, out var d1);
            Vector.Widen(d16b, out var d2, out var d3);
            Vector.Widen(b16a, out var b0, out var b1);
            Vector.Widen(b16b, out var b2, out var b3);
            Vector.Widen(Adultes(e1, e2, e3, e4, i, adulte), out var a0, out var a1);
            Vector.Widen(Adultes(e1, e2, e3, e4, i + demi, adulte), out var a2, out var a3);
            var f0 = Famille(d0, b0, a0, revenus.Slice(i, lanes), seuil, monoparentales, bitFamille);
            var f1 = Famille(d1, b1, a1, revenus.Slice(i + lanes, lanes), seuil, monoparentales, bitFamille);
            var f2 = Famille(d2, b2, a2, revenus.Slice(i + (2 * lanes), lanes), seuil, monoparentales, bitFamille);
            var f3 = Famille(d3, b3, a3, revenus.Slice(i + (3 * lanes), lanes), seuil, monoparentales, bitFamille);
            var octets = Vector.AsVectorByte(Vector.Narrow(Vector.Narrow(f0, f1), Vector.Narrow(f2, f3)));
            (octets | Vector.ShiftLeft(d & accueil, 4)).CopyTo(masques.Slice(i, largeur));
        }

        return n;
    }

    /// <summary>
    /// Les naissances des aînés comptées comme « 14 ans ou plus » : en jours depuis l'origine de la population, strictement
    /// sous ce seuil (borné à [0, 65 535] ; l'absence d'enfant, 65 535, n'y est jamais).
    /// </summary>
    private static ushort SeuilAdulte(PopulationDeDroits p, in Seuils s) =>
        (ushort)Math.Clamp((long)s.AdulteAuPlusTard - p.OrigineNaissances + 1, 0, PopulationDeDroits.AucunEnfant);

    /// <summary>Moins le nombre d'enfants de 14 ans ou plus parmi les quatre aînés, pour <see cref="Vector{T}.Count"/> foyers (16 bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<short> Adultes(ReadOnlySpan<ushort> e1, ReadOnlySpan<ushort> e2, ReadOnlySpan<ushort> e3, ReadOnlySpan<ushort> e4, int j, Vector<ushort> adulte)
    {
        var lanes = Vector<ushort>.Count;

        // Vector.LessThan rend 0xFFFF (-1) par voie vraie : la somme vaut moins le nombre d'aînés de 14 ans ou plus.
        return Vector.AsVectorInt16(
            Vector.LessThan(new Vector<ushort>(e1.Slice(j, lanes)), adulte)
            + Vector.LessThan(new Vector<ushort>(e2.Slice(j, lanes)), adulte)
            + Vector.LessThan(new Vector<ushort>(e3.Slice(j, lanes)), adulte)
            + Vector.LessThan(new Vector<ushort>(e4.Slice(j, lanes)), adulte));
    }

    /// <summary>Le bit « famille prioritaire » de <see cref="Vector{T}.Count"/> foyers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<int> Famille(Vector<uint> drapeaux, Vector<uint> bases, Vector<int> moinsAdultes, ReadOnlySpan<int> revenus, Vector<int> seuil, Vector<int> monoparentales, Vector<int> bitFamille)
    {
        var d = Vector.AsVectorInt32(drapeaux);
        var b = Vector.AsVectorInt32(bases);

        // Un enfant de 14 ans ou plus compte 5 dixièmes d'UC au lieu de 3.
        var uc10 = b - (moinsAdultes + moinsAdultes);
        var sous = Vector.LessThan(new Vector<int>(revenus), uc10 * seuil);
        var mono = Vector.GreaterThan(d & monoparentales, Vector<int>.Zero);
        return (sous | mono) & Vector.GreaterThan(b, Vector<int>.Zero) & bitFamille;
    }

    /// <summary>La même passe, foyer par foyer, à partir de <paramref name="debut"/> (fin de tableau, ou tout le tableau sans vectorisation).</summary>
    private static void PasseFoyers(PopulationDeDroits p, in Seuils s, Span<byte> masques, int debut)
    {
        var drapeaux = p.Drapeaux;
        var bases = p.Uc10Base;
        var revenus = p.Revenus;
        var a = SeuilAdulte(p, s);
        for (var i = debut; i < masques.Length; i++)
        {
            var d = drapeaux[i];
            var masque = s.AccueilActif && (d & PopulationDeDroits.AccueilSeulement) != 0 ? BitAccueilPhysique : 0;
            if (s.FamillesActives && bases[i] > 0)
            {
                var adultes = (p.Enfant1[i] < a ? 1 : 0) + (p.Enfant2[i] < a ? 1 : 0) + (p.Enfant3[i] < a ? 1 : 0) + (p.Enfant4[i] < a ? 1 : 0);
                if ((s.Monoparentales && (d & PopulationDeDroits.Isole) != 0) || revenus[i] * 10 < s.SeuilCentimes * (bases[i] + (2 * adultes)))
                {
                    masque |= BitFamillePrioritaire;
                }
            }

            masques[i] = (byte)masque;
        }
    }

    /// <summary>Les foyers de plus de quatre enfants, foyer par foyer, sur la liste aplatie des naissances.</summary>
    private static void GrandesFamilles(PopulationDeDroits p, in Seuils s, Span<byte> masques)
    {
        if (!s.FamillesActives)
        {
            return;
        }

        foreach (var i in p.GrandesFamilles)
        {
            var d = p.Drapeaux[i];
            var uc10 = 10L + ((d & PopulationDeDroits.EnCouple) != 0 ? 5 : 0);
            for (var k = p.DebutEnfants[i]; k < p.DebutEnfants[i + 1]; k++)
            {
                uc10 += p.NaissancesEnfants[k] <= s.AdulteAuPlusTard ? 5 : 3;
            }

            if ((s.Monoparentales && (d & PopulationDeDroits.Isole) != 0) || p.Revenus[i] * 10 < s.SeuilCentimes * uc10)
            {
                masques[i] |= BitFamillePrioritaire;
            }
        }
    }

    /// <summary>
    /// Passes sur les listes aplaties (démarches, clôtures, suspensions, pièces), qui ne concernent qu'une petite part des
    /// foyers : chaque élément retenu pose (ou, pour une démarche récente, efface) le bit de son foyer, sans branche.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PassesListes(PopulationDeDroits p, in Seuils s, Span<byte> masques)
    {
        var jour = s.Jour;
        if (s.AccueilActif)
        {
            // Une démarche dans [DebutSansDemarche, Jour] efface le bit « accueil physique » (seuls les usagers de l'accueil ont des démarches ici).
            var demarches = p.Demarches;
            var foyers = p.FoyerDemarche;
            var largeur = (uint)(jour - s.DebutSansDemarche);
            for (var k = 0; k < demarches.Length; k++)
            {
                var recente = (uint)(demarches[k] - s.DebutSansDemarche) <= largeur;
                masques[foyers[k]] &= (byte)~(recente ? BitAccueilPhysique : 0);
            }
        }

        var clotures = p.Clotures;
        var foyersCloture = p.FoyerCloture;
        var fenetre = (uint)(jour - s.DebutCloture);
        for (var k = 0; k < clotures.Length; k++)
        {
            var dedans = (uint)(clotures[k] - s.DebutCloture) <= fenetre;
            masques[foyersCloture[k]] |= dedans ? BitRuptureConsommee : (byte)0;
        }

        var depuis = p.SuspensionsDepuis;
        var motifs = p.SuspensionsMotif;
        var foyersSuspension = p.FoyerSuspension;
        for (var k = 0; k < depuis.Length; k++)
        {
            var retenue = depuis[k] <= jour && ((s.MotifsRetenus >> (motifs[k] + 1)) & 1) != 0;
            masques[foyersSuspension[k]] |= retenue ? BitSuspension : (byte)0;
        }

        var limites = p.PiecesLimite;
        var receptions = p.PiecesReception;
        var foyersPiece = p.FoyerPiece;
        var echeance = (uint)(s.FinEcheance - jour);
        for (var k = 0; k < limites.Length; k++)
        {
            var proche = receptions[k] > jour && (uint)(limites[k] - jour) <= echeance;
            masques[foyersPiece[k]] |= proche ? BitEcheance : (byte)0;
        }
    }

    /// <summary>Compte les bits des masques, huit foyers à la fois (comptage de population sur 64 bits).</summary>
    private static ComptesDeRuptures Compter(ReadOnlySpan<byte> masques)
    {
        const ulong Unites = 0x0101010101010101UL;
        var mots = MemoryMarshal.Cast<byte, ulong>(masques);
        long signales = 0, rupture = 0, suspension = 0, echeance = 0, famille = 0, accueil = 0;
        foreach (var x in mots)
        {
            signales += BitOperations.PopCount((x | (x >> 1) | (x >> 2) | (x >> 3) | (x >> 4)) & Unites);
            rupture += BitOperations.PopCount(x & Unites);
            suspension += BitOperations.PopCount((x >> 1) & Unites);
            echeance += BitOperations.PopCount((x >> 2) & Unites);
            famille += BitOperations.PopCount((x >> 3) & Unites);
            accueil += BitOperations.PopCount((x >> 4) & Unites);
        }

        for (var i = mots.Length * sizeof(ulong); i < masques.Length; i++)
        {
            var m = masques[i];
            signales += m != 0 ? 1 : 0;
            rupture += m & 1;
            suspension += (m >> 1) & 1;
            echeance += (m >> 2) & 1;
            famille += (m >> 3) & 1;
            accueil += (m >> 4) & 1;
        }

        return new ComptesDeRuptures((int)signales, (int)rupture, (int)suspension, (int)echeance, (int)famille, (int)accueil);
    }

    private static CibleFamillePrioritaire Cible { get; } = new();
}
