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
    /// colonne est lue une fois, chaque masque écrit une fois ; puis une lecture de la table creuse des événements du
    /// bloc pour les cibles d'événement (seuls les foyers qui ont des événements sont touchés).
    /// <list type="bullet">
    /// <item>RSA monoparent : pour les candidats (RSA, isolé, avec enfant), la naissance du plus jeune enfant (dernier de
    /// la table, enfants triés) décide s'il est né au plus tard à la date de référence ;</item>
    /// <item>famille prioritaire d'un couple (ou d'un isolé si les familles monoparentales ne sont pas incluses) : les
    /// unités de consommation dépendent de l'âge des enfants, mais sont comprises entre « tous de moins de 14 ans » et
    /// « tous de 14 ans ou plus » ; un revenu sous le seuil de la plus petite est dedans, un revenu au-dessus de celui
    /// de la plus grande est dehors, sans lire les enfants (table par nombre d'enfants, jusqu'à 7). Entre les deux, le
    /// nombre d'enfants de 14 ans ou plus se lit sur le plus jeune et le plus âgé quand tous le sont, aucun, ou qu'il y a
    /// deux enfants, et la comparaison se fait en 64 bits.</item>
    /// </list>
    /// Les cas qui restent sont tranchés foyer par foyer par la décision scalaire du noyau de la cible
    /// (<see cref="Noyau.Contient"/>), qui fait foi : plus jeune enfant né après la date de référence, famille de trois
    /// enfants ou plus d'âges mêlés entre les deux seuils, montants négatifs. Sans AVX2, et pour la fin d'un bloc, les
    /// noyaux par cible s'appliquent un à un.
    /// </summary>
    private sealed class NoyauFusionne
    {
        private const int Largeur = 8;
        private readonly Noyau[] _autres;
        private readonly NoyauEvenement[] _evenements;
        private readonly NoyauParentsSeuls[] _parents;
        private readonly NoyauRsaMonoparent[] _rsa;
        private readonly FamilleVectorielle[] _familles;

        internal NoyauFusionne(Noyau[] noyaux)
        {
            _autres = [.. noyaux.Where(n => n is not NoyauEvenement)];
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
                foreach (var noyau in _autres)
                {
                    noyau.Appliquer(p, masques, i, fin);
                }
            }

            // Les événements, rares, se lisent dans la table creuse de la population, pour tout le bloc.
            NoyauEvenement.Appliquer(_evenements, p, masques, debut, fin);
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
            var parents = _parents;
            var rsa = _rsa;
            var familles = _familles;
            var couple = Vector256.Create((uint)IndicateursFoyer.EnCouple);
            var masqueRsa = Vector256.Create(NoyauRsaMonoparent.Masque);
            var rsaSeul = Vector256.Create((uint)IndicateursFoyer.Rsa);
            var sept = Vector256.Create(7);

            // Par noyau (RSA, familles), les foyers du vecteur à trancher un à un.
            Span<uint> rares = stackalloc uint[rsa.Length + familles.Length];
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

                // Naissance du plus jeune et du plus âgé des enfants, lues seulement si un foyer du vecteur en a besoin.
                var lus = false;
                Vector256<int> plusJeune = default, plusAge = default;
                if (rsa.Length > 0)
                {
                    var candidats = Vector256.Equals(ind & masqueRsa, rsaSeul) & avecEnfants;
                    var nes = Vector256<uint>.Zero;
                    if (candidats != Vector256<uint>.Zero)
                    {
                        LireEnfants(p, ref debuts, i, ref lus, ref plusJeune, ref plusAge);
                    }

                    foreach (var k in rsa)
                    {
                        // Le plus jeune né au plus tard à la référence : il décide ; sinon (naissance à venir) un à un.
                        var neAvant = Vector256.LessThanOrEqual(plusJeune, k.Reference).AsUInt32();
                        m |= candidats & neAvant & Vector256.GreaterThan(plusJeune, k.Apres).AsUInt32() & k.Bits;
                        var d = (candidats & ~neAvant).ExtractMostSignificantBits();
                        rares[r++] = d;
                        tousRares |= d;
                    }
                }

                if (familles.Length > 0)
                {
                    var res = Vector256.LoadUnsafe(ref ressources, u);
                    var pre = Vector256.LoadUnsafe(ref prestations, u);
                    var revenu = (res + pre).AsUInt32();
                    var indice = Vector256.Min(nombre, sept).AsUInt32();
                    var negatif = Vector256.LessThan(res | pre, Vector256<int>.Zero).AsUInt32();
                    var exclus = Vector256.GreaterThan(nombre, sept).AsUInt32() | negatif;
                    var deux = Vector256.Equals(nombre, Vector256.Create(2));
                    var uc10Base = Vector256.Create(10) + (Vector256.Create(5) & ~seul.AsInt32()) + (nombre * 3);
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
                        if (douteux == Vector256<uint>.Zero)
                        {
                            rares[r++] = 0;
                            continue;
                        }

                        // Entre les deux seuils : le nombre d'enfants de 14 ans ou plus se lit sur le plus jeune et le plus
                        // âgé (enfants triés) quand tous le sont, aucun, ou qu'il y a deux enfants ; sinon un à un.
                        LireEnfants(p, ref debuts, i, ref lus, ref plusJeune, ref plusAge);
                        var tous = Vector256.LessThanOrEqual(plusJeune, f.Adulte);
                        var aucun = Vector256.GreaterThan(plusAge, f.Adulte);
                        var adultes = Vector256.ConditionalSelect(tous, nombre, Vector256.ConditionalSelect(aucun, Vector256<int>.Zero, Vector256<int>.One));
                        var connu = douteux & ~negatif & (tous | aucun | deux).AsUInt32();
                        var uc10 = (uc10Base + (adultes * 2)).AsUInt32();
                        var (revenuBas, revenuHaut) = Vector256.Widen(revenu);
                        var (ucBas, ucHaut) = Vector256.Widen(uc10);
                        var sousBas = Vector256.LessThan((revenuBas * 10).AsInt64(), f.Seuil * ucBas.AsInt64());
                        var sousHaut = Vector256.LessThan((revenuHaut * 10).AsInt64(), f.Seuil * ucHaut.AsInt64());
                        var sous = Vector256.Narrow(sousBas.AsUInt64(), sousHaut.AsUInt64());
                        m |= connu & sous & f.Bits;
                        var d = (douteux & ~connu).ExtractMostSignificantBits();
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

        /// <summary>
        /// Le jour de naissance du plus jeune et du plus âgé des enfants de chaque foyer du vecteur (une fois par vecteur ;
        /// valeur sans objet pour un foyer sans enfant, les indices étant bornés à la table).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void LireEnfants(Population p, ref int debuts, int i, ref bool lus, ref Vector256<int> plusJeune, ref Vector256<int> plusAge)
        {
            if (lus)
            {
                return;
            }

            ref var enfants = ref MemoryMarshal.GetArrayDataReference(p.Enfants);
            var dernier = p.Enfants.Length - 1;
            ref var d = ref Unsafe.Add(ref debuts, i);
            plusJeune = Vector256.Create(
                Jeune(ref enfants, ref d, 0), Jeune(ref enfants, ref d, 1), Jeune(ref enfants, ref d, 2), Jeune(ref enfants, ref d, 3),
                Jeune(ref enfants, ref d, 4), Jeune(ref enfants, ref d, 5), Jeune(ref enfants, ref d, 6), Jeune(ref enfants, ref d, 7)) >> 1;
            plusAge = Vector256.Create(
                Age(ref enfants, ref d, 0, dernier), Age(ref enfants, ref d, 1, dernier), Age(ref enfants, ref d, 2, dernier), Age(ref enfants, ref d, 3, dernier),
                Age(ref enfants, ref d, 4, dernier), Age(ref enfants, ref d, 5, dernier), Age(ref enfants, ref d, 6, dernier), Age(ref enfants, ref d, 7, dernier)) >> 1;

            static int Jeune(ref int enfants, ref int debuts, int j) => Unsafe.Add(ref enfants, Math.Max(Unsafe.Add(ref debuts, j + 1) - 1, 0));

            static int Age(ref int enfants, ref int debuts, int j, int dernier) => Unsafe.Add(ref enfants, Math.Min(Unsafe.Add(ref debuts, j), dernier));
            lus = true;
        }

        /// <summary>Les cas rares d'un vecteur, foyer par foyer, par la décision scalaire du noyau.</summary>
        private void Trancher(Population p, uint[] masques, int i, ReadOnlySpan<uint> rares)
        {
            var r = 0;
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
            Adulte = Vector256.Create(s.EnfantAdulteNeAuPlusTardLeJour);
            Seuil = Vector256.Create(s.SeuilCentimes);
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

        internal Vector256<int> Adulte { get; }

        internal Vector256<long> Seuil { get; }

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
