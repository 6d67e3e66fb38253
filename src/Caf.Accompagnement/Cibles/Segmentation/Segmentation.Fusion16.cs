using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Caf.Accompagnement.Cibles;

/// <content>Le noyau fusionné en AVX-512 : seize foyers à la fois.</content>
public sealed partial class Segmentation
{
    /// <content>La passe fusionnée sur des vecteurs de 512 bits, même calcul que la passe AVX2.</content>
    private sealed partial class NoyauFusionne
    {
        private const int Largeur16 = 16;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int Vecteurs16(Population p, uint[] masques, int debut, int fin)
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
            var couple = Vector512.Create((uint)IndicateursFoyer.EnCouple);
            var masqueRsa = Vector512.Create(NoyauRsaMonoparent.Masque);
            var rsaSeul = Vector512.Create((uint)IndicateursFoyer.Rsa);
            var sept = Vector512.Create(7);

            // Par noyau (événements, RSA, familles), les foyers du vecteur à trancher un à un.
            Span<uint> rares = stackalloc uint[evenements.Length + rsa.Length + familles.Length];
            var i = debut;
            for (; i + Largeur16 <= fin; i += Largeur16)
            {
                var u = (nuint)i;
                var ind = Vector512.LoadUnsafe(ref indicateurs, u);
                var d0 = Vector512.LoadUnsafe(ref debuts, u);
                var nombre = Vector512.LoadUnsafe(ref debuts, u + 1) - d0;
                var avecEnfants = Vector512.GreaterThan(nombre, Vector512<int>.Zero).AsUInt32();
                var seul = Vector512.Equals(ind & couple, Vector512<uint>.Zero);
                var m = Vector512<uint>.Zero;
                uint tousRares = 0;
                var r = 0;

                foreach (var e in evenements)
                {
                    var d = Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(p.Evenements[e.Rang]), u);
                    var dedans = Vector512.GreaterThanOrEqual(d, e.Bas16) & Vector512.LessThanOrEqual(d, e.Haut16);
                    m |= dedans.AsUInt32() & e.Bits16;
                    var apres = (uint)Vector512.GreaterThan(d, e.Haut16).ExtractMostSignificantBits();
                    rares[r++] = apres;
                    tousRares |= apres;
                }

                if (parents.Length > 0)
                {
                    var n = Vector512.LoadUnsafe(ref naissances, u);
                    var res = Vector512.LoadUnsafe(ref ressources, u);
                    var base_ = avecEnfants & seul;
                    foreach (var ps in parents)
                    {
                        var ok = Vector512.LessThanOrEqual(n, ps.AuPlusTard16)
                            & Vector512.GreaterThan(n, ps.Apres16)
                            & Vector512.LessThanOrEqual(res, ps.PlafondMoinsUn16);
                        m |= base_ & ok.AsUInt32() & ps.Bits16;
                    }
                }

                // Naissance du plus jeune et du plus âgé des enfants, lues seulement si un foyer du vecteur en a besoin.
                var lus = false;
                Vector512<int> plusJeune = default, plusAge = default;
                if (rsa.Length > 0)
                {
                    var candidats = Vector512.Equals(ind & masqueRsa, rsaSeul) & avecEnfants;
                    var nes = Vector512<uint>.Zero;
                    if (candidats != Vector512<uint>.Zero)
                    {
                        LireEnfants16(p, ref debuts, i, ref lus, ref plusJeune, ref plusAge);
                    }

                    foreach (var k in rsa)
                    {
                        // Le plus jeune né au plus tard à la référence : il décide ; sinon (naissance à venir) un à un.
                        var neAvant = Vector512.LessThanOrEqual(plusJeune, k.Reference16).AsUInt32();
                        m |= candidats & neAvant & Vector512.GreaterThan(plusJeune, k.Apres16).AsUInt32() & k.Bits16;
                        var d = (uint)(candidats & ~neAvant).ExtractMostSignificantBits();
                        rares[r++] = d;
                        tousRares |= d;
                    }
                }

                if (familles.Length > 0)
                {
                    var res = Vector512.LoadUnsafe(ref ressources, u);
                    var pre = Vector512.LoadUnsafe(ref prestations, u);
                    var revenu = (res + pre).AsUInt32();
                    var indice = Vector512.Min(nombre, sept).AsUInt32();
                    var negatif = Vector512.LessThan(res | pre, Vector512<int>.Zero).AsUInt32();
                    var exclus = Vector512.GreaterThan(nombre, sept).AsUInt32() | negatif;
                    var deux = Vector512.Equals(nombre, Vector512.Create(2));
                    var uc10Base = Vector512.Create(10) + (Vector512.Create(5) & ~seul.AsInt32()) + (nombre * 3);
                    foreach (var f in familles)
                    {
                        var restant = f.Monoparentales ? avecEnfants & ~seul : avecEnfants;
                        var certain = f.Monoparentales ? avecEnfants & seul : Vector512<uint>.Zero;
                        var min = Vector512.ConditionalSelect(seul, Avx512F.PermuteVar16x32(f.MinIsole16, indice), Avx512F.PermuteVar16x32(f.MinCouple16, indice));
                        var max = Vector512.ConditionalSelect(seul, Avx512F.PermuteVar16x32(f.MaxIsole16, indice), Avx512F.PermuteVar16x32(f.MaxCouple16, indice));
                        var dedans = Vector512.LessThan(revenu, min);
                        var dehors = Vector512.GreaterThanOrEqual(revenu, max);
                        var douteux = restant & (exclus | ~(dedans | dehors));
                        m |= (certain | (restant & dedans & ~douteux)) & f.Bits16;
                        if (douteux == Vector512<uint>.Zero)
                        {
                            rares[r++] = 0;
                            continue;
                        }

                        // Entre les deux seuils : le nombre d'enfants de 14 ans ou plus se lit sur le plus jeune et le plus
                        // âgé (enfants triés) quand tous le sont, aucun, ou qu'il y a deux enfants ; sinon un à un.
                        LireEnfants16(p, ref debuts, i, ref lus, ref plusJeune, ref plusAge);
                        var tous = Vector512.LessThanOrEqual(plusJeune, f.Adulte16);
                        var aucun = Vector512.GreaterThan(plusAge, f.Adulte16);
                        var adultes = Vector512.ConditionalSelect(tous, nombre, Vector512.ConditionalSelect(aucun, Vector512<int>.Zero, Vector512<int>.One));
                        var connu = douteux & ~negatif & (tous | aucun | deux).AsUInt32();
                        var uc10 = (uc10Base + (adultes * 2)).AsUInt32();
                        var (revenuBas, revenuHaut) = Vector512.Widen(revenu);
                        var (ucBas, ucHaut) = Vector512.Widen(uc10);
                        var sousBas = Vector512.LessThan((revenuBas * 10).AsInt64(), f.Seuil16 * ucBas.AsInt64());
                        var sousHaut = Vector512.LessThan((revenuHaut * 10).AsInt64(), f.Seuil16 * ucHaut.AsInt64());
                        var sous = Vector512.Narrow(sousBas.AsUInt64(), sousHaut.AsUInt64());
                        m |= connu & sous & f.Bits16;
                        var d = (uint)(douteux & ~connu).ExtractMostSignificantBits();
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
        /// Le jour de naissance du plus jeune et du plus âgé des enfants de chaque foyer d'un vecteur de seize (une fois par vecteur ;
        /// valeur sans objet pour un foyer sans enfant, les indices étant bornés à la table).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void LireEnfants16(Population p, ref int debuts, int i, ref bool lus, ref Vector512<int> plusJeune, ref Vector512<int> plusAge)
        {
            if (lus)
            {
                return;
            }

            ref var enfants = ref MemoryMarshal.GetArrayDataReference(p.Enfants);
            var dernier = p.Enfants.Length - 1;
            ref var d = ref Unsafe.Add(ref debuts, i);
            plusJeune = Vector512.Create(
                Jeune(ref enfants, ref d, 0), Jeune(ref enfants, ref d, 1), Jeune(ref enfants, ref d, 2), Jeune(ref enfants, ref d, 3),
                Jeune(ref enfants, ref d, 4), Jeune(ref enfants, ref d, 5), Jeune(ref enfants, ref d, 6), Jeune(ref enfants, ref d, 7),
                Jeune(ref enfants, ref d, 8), Jeune(ref enfants, ref d, 9), Jeune(ref enfants, ref d, 10), Jeune(ref enfants, ref d, 11),
                Jeune(ref enfants, ref d, 12), Jeune(ref enfants, ref d, 13), Jeune(ref enfants, ref d, 14), Jeune(ref enfants, ref d, 15)) >> 1;
            plusAge = Vector512.Create(
                Age(ref enfants, ref d, 0, dernier), Age(ref enfants, ref d, 1, dernier), Age(ref enfants, ref d, 2, dernier), Age(ref enfants, ref d, 3, dernier),
                Age(ref enfants, ref d, 4, dernier), Age(ref enfants, ref d, 5, dernier), Age(ref enfants, ref d, 6, dernier), Age(ref enfants, ref d, 7, dernier),
                Age(ref enfants, ref d, 8, dernier), Age(ref enfants, ref d, 9, dernier), Age(ref enfants, ref d, 10, dernier), Age(ref enfants, ref d, 11, dernier),
                Age(ref enfants, ref d, 12, dernier), Age(ref enfants, ref d, 13, dernier), Age(ref enfants, ref d, 14, dernier), Age(ref enfants, ref d, 15, dernier)) >> 1;

            static int Jeune(ref int enfants, ref int debuts, int j) => Unsafe.Add(ref enfants, Math.Max(Unsafe.Add(ref debuts, j + 1) - 1, 0));

            static int Age(ref int enfants, ref int debuts, int j, int dernier) => Unsafe.Add(ref enfants, Math.Min(Unsafe.Add(ref debuts, j), dernier));
            lus = true;
        }
    }
}
