using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Caf.Accompagnement.Cibles;

/// <content>Le noyau fusionné : toutes les cibles colonnaires en une passe par bloc.</content>
public sealed partial class Segmentation
{
    /// <summary>
    /// Toutes les cibles colonnaires d'une politique en une seule passe sur un bloc, huit foyers à la fois (AVX2) : chaque
    /// colonne est lue une fois, chaque masque écrit une fois. Les cas rares sont tranchés foyer par foyer par la
    /// décision scalaire du noyau de la cible (<see cref="Noyau.Contient"/>), qui fait foi :
    /// <list type="bullet">
    /// <item>RSA monoparent : seuls les candidats (RSA, isolé, avec enfant) sont examinés, enfant par enfant ;</item>
    /// <item>famille prioritaire d'un couple (ou d'un isolé si les familles monoparentales ne sont pas incluses) : les
    /// unités de consommation dépendent de l'âge des enfants, mais sont comprises entre « tous de moins de 14 ans » et
    /// « tous de 14 ans ou plus » ; un revenu sous le seuil de la plus petite est dedans, un revenu au-dessus de celui
    /// de la plus grande est dehors, sans lire les enfants ; seuls les revenus entre les deux (et les foyers de plus de
    /// 7 enfants ou aux montants négatifs) sont examinés enfant par enfant ;</item>
    /// <item>événement : une dernière date postérieure à la référence (une date antérieure peut être en débordement).</item>
    /// </list>
    /// Sans AVX2, et pour la fin d'un bloc, les noyaux par cible s'appliquent un à un.
    /// </summary>
    private sealed class NoyauFusionne
    {
        private const int Largeur = 8;
        private readonly Noyau[] _noyaux;
        private readonly NoyauEvenement[] _evenements;
        private readonly NoyauParentsSeuls[] _parents;
        private readonly NoyauRsaMonoparent[] _rsa;
        private readonly FamilleVectorielle[] _familles;

        internal NoyauFusionne(Noyau[] noyaux)
        {
            _noyaux = noyaux;
            _evenements = [.. noyaux.OfType<NoyauEvenement>()];
            _parents = [.. noyaux.OfType<NoyauParentsSeuls>()];
            _rsa = [.. noyaux.OfType<NoyauRsaMonoparent>()];
            _familles = [.. noyaux.OfType<NoyauFamillePrioritaire>().Select(f => new FamilleVectorielle(f))];
        }

        internal void Appliquer(Population p, uint[] masques, int debut, int fin)
        {
            var i = debut;
            if (Avx2.IsSupported)
            {
                i = Vecteurs(p, masques, debut, fin);
            }

            if (i < fin)
            {
                Array.Clear(masques, i, fin - i);
                foreach (var noyau in _noyaux)
                {
                    noyau.Appliquer(p, masques, i, fin);
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int Vecteurs(Population p, uint[] masques, int debut, int fin)
        {
            ref var indicateurs = ref MemoryMarshal.GetArrayDataReference(p.IndicateursInternes);
            ref var debuts = ref MemoryMarshal.GetArrayDataReference(p.DebutsEnfants);
            ref var naissances = ref MemoryMarshal.GetArrayDataReference(p.NaissancesAllocataire);
            ref var ressources = ref MemoryMarshal.GetArrayDataReference(p.Ressources);
            ref var prestations = ref MemoryMarshal.GetArrayDataReference(p.Prestations);
            ref var sortie = ref MemoryMarshal.GetArrayDataReference(masques);
            var evenements = _evenements;
            var parents = _parents;
            var rsa = _rsa;
            var familles = _familles;
            var couple = Vector256.Create((uint)IndicateursFoyer.EnCouple);
            var masqueRsa = Vector256.Create(NoyauRsaMonoparent.Masque);
            var rsaSeul = Vector256.Create((uint)IndicateursFoyer.Rsa);
            var sept = Vector256.Create(7);

            // Par noyau (événements, RSA, familles), les foyers du vecteur à trancher un à un.
            Span<uint> rares = stackalloc uint[evenements.Length + rsa.Length + familles.Length];
            var i = debut;
            for (; i + Largeur <= fin; i += Largeur)
            {
                var u = (nuint)i;
                var ind = Vector256.LoadUnsafe(ref indicateurs, u);
                var d0 = Vector256.LoadUnsafe(ref debuts, u);
                var nombre = Vector256.LoadUnsafe(ref debuts, u + 1) - d0;
                var avecEnfants = Vector256.GreaterThan(nombre, Vector256<int>.Zero).AsUInt32();
                var seul = Vector256.Equals(ind & couple, Vector256<uint>.Zero);
                var m = Vector256<uint>.Zero;
                uint tousRares = 0;
                var r = 0;

                foreach (var e in evenements)
                {
                    var d = Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(p.Evenements[e.Rang]), u);
                    var dedans = Vector256.GreaterThanOrEqual(d, e.Bas) & Vector256.LessThanOrEqual(d, e.Haut);
                    m |= dedans.AsUInt32() & e.Bits;
                    var apres = Vector256.GreaterThan(d, e.Haut).ExtractMostSignificantBits();
                    rares[r++] = apres;
                    tousRares |= apres;
                }

                if (parents.Length > 0)
                {
                    var n = Vector256.LoadUnsafe(ref naissances, u);
                    var res = Vector256.LoadUnsafe(ref ressources, u);
                    var base_ = avecEnfants & seul;
                    foreach (var ps in parents)
                    {
                        var ok = Vector256.LessThanOrEqual(n, ps.AuPlusTard)
                            & Vector256.GreaterThan(n, ps.Apres)
                            & Vector256.LessThanOrEqual(res, ps.PlafondMoinsUn);
                        m |= base_ & ok.AsUInt32() & ps.Bits;
                    }
                }

                if (rsa.Length > 0)
                {
                    var candidats = (Vector256.Equals(ind & masqueRsa, rsaSeul) & avecEnfants).ExtractMostSignificantBits();
                    foreach (var unused in rsa)
                    {
                        rares[r++] = candidats;
                        tousRares |= candidats;
                    }
                }

                if (familles.Length > 0)
                {
                    var res = Vector256.LoadUnsafe(ref ressources, u);
                    var pre = Vector256.LoadUnsafe(ref prestations, u);
                    var revenu = (res + pre).AsUInt32();
                    var indice = Vector256.Min(nombre, sept).AsUInt32();
                    var exclus = (Vector256.GreaterThan(nombre, sept) | Vector256.LessThan(res | pre, Vector256<int>.Zero)).AsUInt32();
                    foreach (var f in familles)
                    {
                        var restant = f.Monoparentales ? avecEnfants & ~seul : avecEnfants;
                        var certain = f.Monoparentales ? avecEnfants & seul : Vector256<uint>.Zero;
                        var min = Vector256.ConditionalSelect(seul, Avx2.PermuteVar8x32(f.MinIsole, indice), Avx2.PermuteVar8x32(f.MinCouple, indice));
                        var max = Vector256.ConditionalSelect(seul, Avx2.PermuteVar8x32(f.MaxIsole, indice), Avx2.PermuteVar8x32(f.MaxCouple, indice));
                        var dedans = Vector256.LessThan(revenu, min);
                        var dehors = Vector256.GreaterThanOrEqual(revenu, max);
                        var douteux = restant & (exclus | ~(dedans | dehors));
                        m |= (certain | (restant & dedans & ~douteux)) & f.Bits;
                        var d = douteux.ExtractMostSignificantBits();
                        rares[r++] = d;
                        tousRares |= d;
                    }
                }

                m.StoreUnsafe(ref sortie, u);
                if (tousRares != 0)
                {
                    Trancher(p, masques, i, rares);
                }
            }

            return i;
        }

        /// <summary>Les cas rares d'un vecteur, foyer par foyer, par la décision scalaire du noyau.</summary>
        private void Trancher(Population p, uint[] masques, int i, ReadOnlySpan<uint> rares)
        {
            var r = 0;
            foreach (var e in _evenements)
            {
                Trancher(p, masques, i, rares[r++], e);
            }

            foreach (var noyau in _rsa)
            {
                Trancher(p, masques, i, rares[r++], noyau);
            }

            foreach (var f in _familles)
            {
                Trancher(p, masques, i, rares[r++], f.Noyau);
            }
        }

        private static void Trancher(Population p, uint[] masques, int i, uint voies, Noyau noyau)
        {
            while (voies != 0)
            {
                var j = i + System.Numerics.BitOperations.TrailingZeroCount(voies);
                if (noyau.Contient(p, j))
                {
                    masques[j] |= noyau.Bit;
                }

                voies &= voies - 1;
            }
        }
    }

    /// <summary>Les seuils d'une famille prioritaire en vecteurs : revenu plancher et plafond par nombre d'enfants (0 à 7).</summary>
    private sealed class FamilleVectorielle
    {
        internal FamilleVectorielle(NoyauFamillePrioritaire noyau)
        {
            Noyau = noyau;
            var s = noyau.Seuils;
            Monoparentales = s.InclureMonoparentales;
            Bits = Vector256.Create(noyau.Bit);
            Span<uint> minCouple = stackalloc uint[8];
            Span<uint> maxCouple = stackalloc uint[8];
            Span<uint> minIsole = stackalloc uint[8];
            Span<uint> maxIsole = stackalloc uint[8];
            for (var n = 0; n < 8; n++)
            {
                // Un revenu r est sous le seuil si r × 10 < seuil × uc10, soit r < ⌈seuil × uc10 / 10⌉ (r ≥ 0).
                minCouple[n] = Limite(s.SeuilCentimes, SeuilsFamillePrioritaire.UnitesDeConsommationEnDixiemes(true, 0, n));
                maxCouple[n] = Limite(s.SeuilCentimes, SeuilsFamillePrioritaire.UnitesDeConsommationEnDixiemes(true, n, 0));
                minIsole[n] = Limite(s.SeuilCentimes, SeuilsFamillePrioritaire.UnitesDeConsommationEnDixiemes(false, 0, n));
                maxIsole[n] = Limite(s.SeuilCentimes, SeuilsFamillePrioritaire.UnitesDeConsommationEnDixiemes(false, n, 0));
            }

            MinCouple = Vector256.Create<uint>(minCouple);
            MaxCouple = Vector256.Create<uint>(maxCouple);
            MinIsole = Vector256.Create<uint>(minIsole);
            MaxIsole = Vector256.Create<uint>(maxIsole);
        }

        internal NoyauFamillePrioritaire Noyau { get; }

        internal bool Monoparentales { get; }

        internal Vector256<uint> Bits { get; }

        internal Vector256<uint> MinCouple { get; }

        internal Vector256<uint> MaxCouple { get; }

        internal Vector256<uint> MinIsole { get; }

        internal Vector256<uint> MaxIsole { get; }

        /// <summary>Le plus petit revenu (en centimes, de 0 à 2³² − 1) qui n'est pas sous le seuil pour ces unités de consommation.</summary>
        private static uint Limite(long seuilCentimes, int uc10)
        {
            var produit = seuilCentimes * uc10;
            return produit <= 0 ? 0u : (uint)Math.Min(uint.MaxValue, (produit + 9) / 10);
        }
    }
}
