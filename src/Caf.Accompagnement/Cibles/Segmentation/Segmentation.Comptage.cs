using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Caf.Accompagnement.Cibles;

/// <content>Le comptage par secteur × cible d'une partition.</content>
public sealed partial class Segmentation
{
    /// <summary>
    /// Compte les foyers d'une partition par secteur × cible. Quand la table est petite (peu de secteurs), chaque foyer
    /// incrémente un seul compteur, celui de son secteur et de la valeur de son masque (un octet de masque par tranche de
    /// 8 cibles), sans boucle sur ses cibles ni branchement ; quatre copies de l'histogramme (quatre foyers consécutifs dans
    /// quatre copies) évitent d'attendre l'incrément précédent quand des foyers voisins ont le même secteur et le même
    /// masque. Les histogrammes sont repliés en comptes secteur × cible à la fin. Sinon (beaucoup de secteurs, ou partition de
    /// moins d'un foyer pour quatre compteurs), chaque cible du masque incrémente son compteur.
    /// </summary>
    private readonly ref struct Comptage
    {
        private const int Copies = 4;
        private const int HistogrammeMax = 1 << 18;
        private const int Largeur = 8;
        private static readonly ulong[] Tassements = CreerTassements();
        private readonly uint[] _masques;
        private readonly int[] _secteurDeCommune;
        private readonly int[] _communes;
        private readonly int _cibles;
        private readonly long[] _comptes;
        private readonly int[]? _histogramme;
        private readonly uint[] _selection;
        private readonly bool _paquets;
        private readonly int _lignes;
        private readonly int _plans;

        internal Comptage(ResultatDeSegmentation resultat, Population population, TamponsDePartition tampons)
        {
            _masques = resultat.MasquesInternes;
            _secteurDeCommune = resultat.Secteurs.SecteurParCommune;
            _communes = population.CommunesInternes;
            _cibles = resultat.Cibles.Length;
            _comptes = tampons.Comptes;
            _histogramme = tampons.Histogramme;
            _selection = tampons.Selection;

            _lignes = resultat.Secteurs.Noms.Length + 1;
            _plans = Plans(_cibles);

            // Un foyer choisi se garde en « commune × 256 + masque » si le masque tient dans un octet et la commune dans 24 bits.
            _paquets = _plans == 1 && population.Referentiel.Count < (1 << 23);
            Array.Clear(_comptes);
            if (_histogramme is not null)
            {
                Array.Clear(_histogramme);
            }
        }

        /// <summary>La taille des histogrammes d'une partition, ou 0 si la partition compte cible par cible.</summary>
        internal static int TailleHistogramme(ResultatDeSegmentation resultat, int foyersParPartition)
        {
            var taille = (long)Copies * (resultat.Secteurs.Noms.Length + 1) * Plans(resultat.Cibles.Length) * 256;
            return taille <= HistogrammeMax && foyersParPartition >= taille / 4 ? (int)taille : 0;
        }

        private static int Plans(int cibles) => Math.Max(1, (cibles + 7) / 8);

        internal void Compter(int debut, int fin)
        {
            if (_histogramme is null)
            {
                CompterCibleParCible(debut, fin);
                return;
            }

            // Un foyer sans cible ne compte nulle part : seuls les autres sont gardés (sans branchement), puis comptés.
            var selection = Selectionner(debut, fin);
            ref var choisis = ref MemoryMarshal.GetArrayDataReference(_selection);
            if (_paquets)
            {
                // Chaque foyer choisi est « commune × 256 + masque ». Sans contrôle de bornes : le secteur + 1 est une
                // ligne de la table, le masque (8 cibles au plus) est sous 256. Quatre foyers par tour, chacun dans sa
                // copie de l'histogramme.
                ref var h = ref MemoryMarshal.GetArrayDataReference(_histogramme);
                var copie = _lignes << 8;
                var j = 0;
                for (; j + Copies <= selection; j += Copies)
                {
                    Unsafe.Add(ref h, Case(Unsafe.Add(ref choisis, j)))++;
                    Unsafe.Add(ref h, copie + Case(Unsafe.Add(ref choisis, j + 1)))++;
                    Unsafe.Add(ref h, (2 * copie) + Case(Unsafe.Add(ref choisis, j + 2)))++;
                    Unsafe.Add(ref h, (3 * copie) + Case(Unsafe.Add(ref choisis, j + 3)))++;
                }

                for (; j < selection; j++)
                {
                    Unsafe.Add(ref h, Case(Unsafe.Add(ref choisis, j)))++;
                }
            }
            else
            {
                // Chaque foyer choisi est son indice ; un octet de masque par plan de 8 cibles.
                var h = _histogramme;
                for (var j = 0; j < selection; j++)
                {
                    var i = (int)Unsafe.Add(ref choisis, j);
                    var ligne = _secteurDeCommune[_communes[i]] + 1;
                    var m = _masques[i];
                    var origine = (((j & (Copies - 1)) * _lignes) + ligne) * _plans;
                    for (var plan = 0; plan < _plans; plan++)
                    {
                        h[((origine + plan) << 8) | (int)((m >> (8 * plan)) & 0xFF)]++;
                    }
                }
            }
        }

        /// <summary>La case d'histogramme d'un foyer choisi « commune × 256 + masque » : ligne de son secteur, valeur de son masque.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int Case(uint choisi) =>
            ((Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_secteurDeCommune), (int)(choisi >> 8)) + 1) << 8) | (int)(choisi & 0xFF);

        /// <summary>
        /// Les foyers du bloc qui ont au moins une cible, dans l'ordre, sans branchement (huit à la fois avec AVX2, par
        /// tassement à gauche des voies choisies) : « commune × 256 + masque » quand le masque tient dans un octet, l'indice
        /// du foyer sinon. Rend leur nombre.
        /// </summary>
        private int Selectionner(int debut, int fin)
        {
            Debug.Assert(fin - debut + Largeur <= _selection.Length, "Un bloc tient dans la table de sélection.");
            ref var choisis = ref MemoryMarshal.GetArrayDataReference(_selection);
            ref var masques = ref MemoryMarshal.GetArrayDataReference(_masques);
            ref var communes = ref MemoryMarshal.GetArrayDataReference(_communes);
            var n = 0;
            var i = debut;
            if (Avx2.IsSupported)
            {
                var rangs = Vector256.Create(0u, 1, 2, 3, 4, 5, 6, 7);
                ref var tassements = ref MemoryMarshal.GetArrayDataReference(Tassements);
                for (; i + Largeur <= fin; i += Largeur)
                {
                    var m = Vector256.LoadUnsafe(ref masques, (nuint)i);
                    var valeurs = _paquets
                        ? (Vector256.LoadUnsafe(ref communes, (nuint)i).AsUInt32() << 8) | m
                        : rangs + Vector256.Create((uint)i);
                    var choix = ~Vector256.Equals(m, Vector256<uint>.Zero).ExtractMostSignificantBits() & 0xFF;
                    var ordre = Avx2.ConvertToVector256Int32(Vector128.CreateScalarUnsafe(Unsafe.Add(ref tassements, (int)choix)).AsByte());
                    Avx2.PermuteVar8x32(valeurs, ordre.AsUInt32()).StoreUnsafe(ref choisis, (nuint)n);
                    n += BitOperations.PopCount(choix);
                }
            }

            for (; i < fin; i++)
            {
                var m = Unsafe.Add(ref masques, i);
                Unsafe.Add(ref choisis, n) = _paquets ? ((uint)Unsafe.Add(ref communes, i) << 8) | m : (uint)i;
                n += m != 0 ? 1 : 0;
            }

            return n;
        }

        /// <summary>Pour chaque ensemble de voies choisies (8 bits), les rangs des voies choisies tassés à gauche, un par octet.</summary>
        private static ulong[] CreerTassements()
        {
            var table = new ulong[256];
            for (var choix = 0; choix < 256; choix++)
            {
                ulong ordre = 0;
                var k = 0;
                for (var voie = 0; voie < Largeur; voie++)
                {
                    if ((choix & (1 << voie)) != 0)
                    {
                        ordre |= (ulong)voie << (8 * k++);
                    }
                }

                table[choix] = ordre;
            }

            return table;
        }

        private void CompterCibleParCible(int debut, int fin)
        {
            for (var i = debut; i < fin; i++)
            {
                var m = _masques[i];
                if (m == 0)
                {
                    continue;
                }

                var ligne = (_secteurDeCommune[_communes[i]] + 1) * _cibles;
                do
                {
                    _comptes[ligne + BitOperations.TrailingZeroCount(m)]++;
                    m &= m - 1;
                }
                while (m != 0);
            }
        }

        /// <summary>Replie les histogrammes en comptes secteur × cible.</summary>
        internal void Terminer()
        {
            if (_histogramme is null)
            {
                return;
            }

            var h = _histogramme;
            for (var copie = 0; copie < Copies; copie++)
            {
                for (var ligne = 0; ligne < _lignes; ligne++)
                {
                    for (var plan = 0; plan < _plans; plan++)
                    {
                        var origine = ((((copie * _lignes) + ligne) * _plans) + plan) << 8;
                        for (var valeur = 1; valeur < 256; valeur++)
                        {
                            long c = h[origine + valeur];
                            if (c == 0)
                            {
                                continue;
                            }

                            var v = (uint)valeur;
                            do
                            {
                                _comptes[(ligne * _cibles) + (8 * plan) + BitOperations.TrailingZeroCount(v)] += c;
                                v &= v - 1;
                            }
                            while (v != 0);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Les tables de travail d'une partition, gardées par le résultat d'une segmentation à l'autre.</summary>
    internal sealed class TamponsDePartition(int largeurComptes, int tailleHistogramme)
    {
        internal long[] Comptes { get; } = new long[largeurComptes];

        internal int[]? Histogramme { get; } = tailleHistogramme > 0 ? new int[tailleHistogramme] : null;

        /// <summary>Les indices des foyers ciblés d'un bloc (comptage par histogramme).</summary>
        internal uint[] Selection { get; } = tailleHistogramme > 0 ? new uint[TailleDuBloc + 8] : [];

        internal bool Convient(int largeur, int taille) => Comptes.Length == largeur && (Histogramme?.Length ?? 0) == taille;
    }
}
