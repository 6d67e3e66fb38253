using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
        private readonly uint[] _masques;
        private readonly int[] _secteurDeCommune;
        private readonly int[] _communes;
        private readonly int _cibles;
        private readonly long[] _comptes;
        private readonly int[]? _histogramme;
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
            _lignes = resultat.Secteurs.Noms.Length + 1;
            _plans = Plans(_cibles);
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
            }
            else if (_plans == 1)
            {
                // Sans contrôle de bornes : le secteur + 1 est une ligne de la table, le masque (8 cibles au plus) est
                // sous 256. Quatre foyers par tour, chacun dans sa copie de l'histogramme.
                ref var h = ref MemoryMarshal.GetArrayDataReference(_histogramme);
                ref var masques = ref MemoryMarshal.GetArrayDataReference(_masques);
                ref var communes = ref MemoryMarshal.GetArrayDataReference(_communes);
                ref var secteurs = ref MemoryMarshal.GetArrayDataReference(_secteurDeCommune);
                var copie = _lignes << 8;
                var i = debut;
                for (; i + Copies <= fin; i += Copies)
                {
                    Unsafe.Add(ref h, ((Unsafe.Add(ref secteurs, Unsafe.Add(ref communes, i)) + 1) << 8) | (int)Unsafe.Add(ref masques, i))++;
                    Unsafe.Add(ref h, copie + (((Unsafe.Add(ref secteurs, Unsafe.Add(ref communes, i + 1)) + 1) << 8) | (int)Unsafe.Add(ref masques, i + 1)))++;
                    Unsafe.Add(ref h, (2 * copie) + (((Unsafe.Add(ref secteurs, Unsafe.Add(ref communes, i + 2)) + 1) << 8) | (int)Unsafe.Add(ref masques, i + 2)))++;
                    Unsafe.Add(ref h, (3 * copie) + (((Unsafe.Add(ref secteurs, Unsafe.Add(ref communes, i + 3)) + 1) << 8) | (int)Unsafe.Add(ref masques, i + 3)))++;
                }

                for (; i < fin; i++)
                {
                    Unsafe.Add(ref h, ((Unsafe.Add(ref secteurs, Unsafe.Add(ref communes, i)) + 1) << 8) | (int)Unsafe.Add(ref masques, i))++;
                }
            }
            else
            {
                var h = _histogramme;
                for (var i = debut; i < fin; i++)
                {
                    var ligne = _secteurDeCommune[_communes[i]] + 1;
                    var m = _masques[i];
                    var origine = (((i & (Copies - 1)) * _lignes) + ligne) * _plans;
                    for (var plan = 0; plan < _plans; plan++)
                    {
                        h[((origine + plan) << 8) | (int)((m >> (8 * plan)) & 0xFF)]++;
                    }
                }
            }
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

        internal bool Convient(int largeur, int taille) => Comptes.Length == largeur && (Histogramme?.Length ?? 0) == taille;
    }
}
