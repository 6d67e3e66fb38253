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
    /// <item>naissance du plus jeune et du plus âgé des enfants de chaque foyer (enfants triés) : quand les enfants des
    /// huit foyers tiennent dans seize éléments de la table des enfants (presque toujours), deux lectures et des
    /// permutations, sans branchement ; sinon seize lectures ;</item>
    /// <item>RSA monoparent : pour les candidats (RSA, isolé, avec enfant), la naissance du plus jeune enfant décide s'il
    /// est né au plus tard à la date de référence ;</item>
    /// <item>famille prioritaire d'un couple (ou d'un isolé si les familles monoparentales ne sont pas incluses) : les
    /// unités de consommation dépendent de l'âge des enfants, mais sont comprises entre « tous de moins de 14 ans » et
    /// « tous de 14 ans ou plus » ; un revenu sous le seuil de la plus petite est dedans, un revenu au-dessus de celui
    /// de la plus grande est dehors (table par nombre d'enfants, jusqu'à 7). Entre les deux, le nombre d'enfants de 14
    /// ans ou plus se lit sur le plus jeune et le plus âgé quand tous le sont, aucun, ou qu'il y a deux enfants, et la
    /// comparaison exacte se fait en 32 bits (revenu et seuil bornés), sans branchement.</item>
    /// </list>
    /// Les cas qui restent sont tranchés foyer par foyer par la décision scalaire du noyau de la cible
    /// (<see cref="Noyau.Contient"/>), qui fait foi : plus jeune enfant né après la date de référence, famille de trois
    /// enfants ou plus d'âges mêlés entre les deux seuils, famille de plus de sept enfants, montants négatifs. Sans AVX2, et pour la fin d'un bloc, les
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
            ref var enfants = ref MemoryMarshal.GetArrayDataReference(p.Enfants);
            var nombreEnfants = p.Enfants.Length;
            var parents = _parents;
            var rsa = _rsa;
            var familles = _familles;
            var couple = Vector256.Create((uint)IndicateursFoyer.EnCouple);
            var masqueRsa = Vector256.Create(NoyauRsaMonoparent.Masque);
            var rsaSeul = Vector256.Create((uint)IndicateursFoyer.Rsa);
            var sept = Vector256.Create(7);
            var enfantsLus = rsa.Length + familles.Length > 0;

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

                // Naissance du plus jeune et du plus âgé des enfants, lues pour tout le vecteur si une cible en dépend.
                Vector256<int> plusJeune = default, plusAge = default;
                if (enfantsLus)
                {
                    (plusJeune, plusAge) = Extremes(ref enfants, nombreEnfants, ref debuts, i, d0);
                }

                if (rsa.Length > 0)
                {
                    var candidats = Vector256.Equals(ind & masqueRsa, rsaSeul) & avecEnfants;
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

                        // Entre les deux seuils : le nombre d'enfants de 14 ans ou plus se lit sur le plus jeune et le plus
                        // âgé (enfants triés) quand tous le sont, aucun, ou qu'il y a deux enfants ; sinon un à un. Un
                        // revenu douteux est sous le plafond de la plus grande unité de consommation : revenu × 10 et
                        // seuil × uc10 tiennent en 32 bits (seuil borné à la construction, sinon tout douteux est rare).
                        // Hors de la table (plus de sept enfants, montant négatif) le revenu n'est pas borné : un à un.
                        var tous = Vector256.LessThanOrEqual(plusJeune, f.Adulte);
                        var aucun = Vector256.GreaterThan(plusAge, f.Adulte);
                        var adultes = Vector256.ConditionalSelect(tous, nombre, Vector256.ConditionalSelect(aucun, Vector256<int>.Zero, Vector256<int>.One));
                        var connu = douteux & ~exclus & (tous | aucun | deux).AsUInt32() & f.Exact;
                        var uc10 = uc10Base + (adultes * 2);
                        var sous = Vector256.LessThan(revenu.AsInt32() * 10, f.Seuil32 * uc10).AsUInt32();
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
        private static (Vector256<int> PlusJeune, Vector256<int> PlusAge) Extremes(ref int enfants, int nombreEnfants, ref int debuts, int i, Vector256<int> premiers)
        {
            ref var d = ref Unsafe.Add(ref debuts, i);
            var origine = premiers.ToScalar();
            var suivants = Vector256.LoadUnsafe(ref Unsafe.Add(ref d, 1));
            if (Unsafe.Add(ref d, Largeur) - origine <= 2 * Largeur && origine + (2 * Largeur) <= nombreEnfants)
            {
                // Les enfants des huit foyers tiennent dans seize éléments de la table : deux lectures et des permutations.
                var bas = Vector256.LoadUnsafe(ref enfants, (nuint)origine);
                var haut = Vector256.LoadUnsafe(ref enfants, (nuint)(origine + Largeur));
                var o = Vector256.Create(origine);
                return (Choisir(bas, haut, suivants - o - Vector256<int>.One) >> 1, Choisir(bas, haut, premiers - o) >> 1);
            }

            if (nombreEnfants == 0)
            {
                return (Vector256<int>.Zero, Vector256<int>.Zero);
            }

            var jeunes = Vector256.Max(suivants - Vector256<int>.One, Vector256<int>.Zero);
            var ages = Vector256.Min(premiers, Vector256.Create(nombreEnfants - 1));
            var plusJeune = Vector256.Create(
                Unsafe.Add(ref enfants, jeunes.GetElement(0)), Unsafe.Add(ref enfants, jeunes.GetElement(1)), Unsafe.Add(ref enfants, jeunes.GetElement(2)), Unsafe.Add(ref enfants, jeunes.GetElement(3)),
                Unsafe.Add(ref enfants, jeunes.GetElement(4)), Unsafe.Add(ref enfants, jeunes.GetElement(5)), Unsafe.Add(ref enfants, jeunes.GetElement(6)), Unsafe.Add(ref enfants, jeunes.GetElement(7))) >> 1;
            var plusAge = Vector256.Create(
                Unsafe.Add(ref enfants, ages.GetElement(0)), Unsafe.Add(ref enfants, ages.GetElement(1)), Unsafe.Add(ref enfants, ages.GetElement(2)), Unsafe.Add(ref enfants, ages.GetElement(3)),
                Unsafe.Add(ref enfants, ages.GetElement(4)), Unsafe.Add(ref enfants, ages.GetElement(5)), Unsafe.Add(ref enfants, ages.GetElement(6)), Unsafe.Add(ref enfants, ages.GetElement(7))) >> 1;
            return (plusJeune, plusAge);

            static Vector256<int> Choisir(Vector256<int> bas, Vector256<int> haut, Vector256<int> indices) =>
                Vector256.ConditionalSelect(Vector256.GreaterThan(indices, Vector256.Create(Largeur - 1)), Avx2.PermuteVar8x32(haut, indices), Avx2.PermuteVar8x32(bas, indices));
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
        private const long SeuilExactMax = int.MaxValue / 50;

        internal FamilleVectorielle(NoyauFamillePrioritaire noyau)
        {
            Noyau = noyau;
            var s = noyau.Seuils;
            Monoparentales = s.InclureMonoparentales;
            Bits = Vector256.Create(noyau.Bit);
            Adulte = Vector256.Create(s.EnfantAdulteNeAuPlusTardLeJour);
            Seuil32 = Vector256.Create((int)Math.Clamp(s.SeuilCentimes, 0, SeuilExactMax));
            Exact = s.SeuilCentimes is >= 0 and <= SeuilExactMax ? Vector256<uint>.AllBitsSet : Vector256<uint>.Zero;
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

        /// <summary>Le seuil (centimes) pour le calcul exact en 32 bits : seuil × uc10 (au plus 50 jusqu'à 7 enfants) reste sous 2³¹.</summary>
        internal Vector256<int> Seuil32 { get; }

        /// <summary>Tout à un si le calcul exact en 32 bits vaut pour ce seuil (sinon les revenus douteux sont tranchés un à un).</summary>
        internal Vector256<uint> Exact { get; }

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
