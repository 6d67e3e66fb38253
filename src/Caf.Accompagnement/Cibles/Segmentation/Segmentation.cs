using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.Intrinsics;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// La segmentation en masse d'une <see cref="Population"/> à une date, sous une <see cref="PolitiqueDeCiblage"/> : les
/// cibles de chaque foyer (masque de bits, bit <c>k</c> = <c>k</c>-ième cible de la politique) et les comptes par
/// secteur × cible.
/// </summary>
/// <remarks>
/// <para><b>Une résolution par traitement.</b> <see cref="Create"/> résout une fois tout ce qui dépend de la date, par
/// les formes résolues des cibles (<see cref="CibleRsaMonoparent.Resoudre"/>, <see cref="CibleParentsSeuls.Resoudre"/>,
/// <see cref="CibleEvenementDeVie.Resoudre"/>, <see cref="CibleFamillePrioritaire.Resoudre"/>) : « enfant de moins de
/// 6 ans » devient « né après le jour X », « moins de 1,5 SMIC » devient « moins de N centimes ». La boucle interne ne
/// fait plus que des comparaisons d'entiers sur les colonnes, par blocs de foyers, toutes les cibles intégrées en une
/// passe, sans allocation.</para>
/// <para><b>Chemin lent documenté.</b> Une cible sans forme colonnaire (cible locale d'un intégrateur) n'est jamais ignorée : elle est évaluée foyer par foyer sur
/// <see cref="Population.Foyer(int)"/> par sa forme à date (<see cref="ICibleADate.Contient"/>), soit un appel de
/// délégué (et, pour une population générée, une régénération du foyer) par foyer : de l'ordre de la microseconde par
/// foyer au lieu de la nanoseconde. <see cref="CiblesSurCheminLent"/> les nomme.</para>
/// <para><b>Parallélisme déterministe.</b> La population est découpée en partitions contiguës traitées en parallèle ;
/// chaque partition compte dans sa propre table, puis les tables sont additionnées dans l'ordre des partitions. Les
/// masques et les comptes ne dépendent pas du découpage.</para>
/// <para>Accord avec l'évaluation d'un foyer : pour tout foyer et toute cible, le bit vaut
/// <see cref="ICibleADate.Contient"/> sur ce foyer (propriété testée).</para>
/// </remarks>
public sealed partial class Segmentation
{
    /// <summary>Nombre maximal de cibles d'une politique segmentée (un bit chacune dans un entier de 32 bits).</summary>
    public const int CiblesMax = 32;

    private const int TailleDuBloc = 4096;
    private readonly NoyauFusionne _fusion;
    private readonly int[] _lentes;
    private readonly ReglesDatees _datees;
    private readonly NoyauEnColonnes[] _colonnes;

    private Segmentation(PolitiqueADate politique, Noyau[] noyaux, NoyauEnColonnes[] colonnes, int[] lentes, ReglesDatees datees)
    {
        Politique = politique;
        _fusion = new NoyauFusionne(noyaux);
        _colonnes = colonnes;
        _lentes = lentes;
        _datees = datees;
        Cibles = [.. politique.Cibles.Select(c => c.Cible)];
    }

    /// <summary>La politique résolue à la date (évaluation d'un foyer, explications).</summary>
    public PolitiqueADate Politique { get; }

    /// <summary>La date de référence.</summary>
    public LocalDate Reference => Politique.Reference;

    /// <summary>Les cibles, dans l'ordre des bits des masques.</summary>
    public ImmutableArray<ICible> Cibles { get; }

    /// <summary>Les cibles évaluées foyer par foyer (chemin lent), faute de forme colonnaire.</summary>
    public IEnumerable<ICible> CiblesSurCheminLent => _lentes.Select(k => Cibles[k]);

    /// <summary>Résout une politique de ciblage à une date pour la segmentation en masse.</summary>
    /// <param name="politique">La politique.</param>
    /// <param name="reference">La date de référence.</param>
    /// <param name="baremes">Les barèmes ; par défaut <see cref="BaremesOfficiels.Jeu"/>.</param>
    /// <returns>La segmentation prête, ou les erreurs : celles des barèmes qui ne couvrent pas la date,
    /// <c>segmentation.cibles.nombre</c> au-delà de <see cref="CiblesMax"/> cibles.</returns>
    public static Resultat<Segmentation> Create(PolitiqueDeCiblage politique, LocalDate reference, JeuDeBaremes? baremes = null)
    {
        Preconditions.CheckNotNull(politique);
        var jeu = baremes ?? BaremesOfficiels.Jeu;
        if (politique.Cibles.Length > CiblesMax)
        {
            return Resultat<Segmentation>.Echec(new Erreur("segmentation.cibles.nombre", "cibles", politique.Cibles.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Une segmentation porte sur au plus {CiblesMax} cibles."));
        }

        var aDate = politique.ADate(reference, jeu);
        if (!aDate.TryGetValue(out var resolue))
        {
            return Resultat<Segmentation>.Echec(aDate.Erreurs);
        }

        var noyaux = new List<Noyau>();
        var colonnes = new List<NoyauEnColonnes>();
        var lentes = new List<int>();
        var erreurs = new List<Erreur>();
        var datees = new ReglesDatees { ReferenceJour = NumeroDeJour.De(reference) };
        for (var k = 0; k < politique.Cibles.Length; k++)
        {
            var bit = 1u << k;
            switch (politique.Cibles[k])
            {
                case CibleRsaMonoparent c:
                    noyaux.Add(new NoyauRsaMonoparent(bit, c.Resoudre(reference)));
                    datees.Situation |= bit;
                    datees.Rsa |= bit;
                    datees.RsaStricts |= c.Parametres.PresumerSoumisSiInconnu ? 0u : bit;
                    break;
                case CibleParentsSeuls c:
                    Ajouter(c.Resoudre(reference, jeu), s => new NoyauParentsSeuls(bit, s));
                    datees.Situation |= bit;
                    break;
                case CibleEvenementDeVie c:
                    noyaux.Add(new NoyauEvenement(bit, c.Parametres.Evenement.Rang, c.Resoudre(reference)));
                    if (c.Parametres.Evenement.SupposeUnePersonneSeule)
                    {
                        datees.Situation |= bit;
                        datees.Premisse |= bit;
                    }

                    break;
                case CibleFamillePrioritaire c:
                    Ajouter(c.Resoudre(reference, jeu), s => new NoyauFamillePrioritaire(bit, s));
                    datees.Situation |= bit;
                    break;
                case CibleEnColonnes c:
                    colonnes.Add(new NoyauEnColonnes(bit, c.Resoudre(reference)));
                    datees.Situation |= c.PorteSurLaSituation ? bit : 0u;
                    break;
                default:
                    lentes.Add(k);
                    break;
            }
        }

        return erreurs.Count > 0 ? Resultat<Segmentation>.Echec(erreurs) : new Segmentation(resolue, [.. noyaux], [.. colonnes], [.. lentes], datees);

        void Ajouter<TSeuils>(Resultat<TSeuils> seuils, Func<TSeuils, Noyau> noyau)
            where TSeuils : notnull
        {
            if (seuils.TryGetValue(out var s))
            {
                noyaux.Add(noyau(s));
            }
            else
            {
                erreurs.AddRange(seuils.Erreurs);
            }
        }
    }

    /// <summary>Segmente une population, avec des comptes par secteur.</summary>
    /// <param name="population">La population.</param>
    /// <param name="secteurs">Le découpage en secteurs ; sans lui, un seul secteur « Ensemble ».</param>
    /// <param name="partitions">Le nombre de partitions traitées en parallèle (1 : sur le fil appelant) ; par défaut le nombre de processeurs.</param>
    /// <returns>Le résultat.</returns>
    public ResultatDeSegmentation Segmenter(Population population, DecoupageEnSecteurs? secteurs = null, int partitions = 0)
    {
        Preconditions.CheckNotNull(population);
        var resultat = new ResultatDeSegmentation(this, population, secteurs ?? DecoupageEnSecteurs.Ensemble(population.Referentiel));
        SegmenterDans(resultat, partitions);
        return resultat;
    }

    /// <summary>
    /// Segmente de nouveau dans les tables d'un résultat existant (même population, mêmes secteurs) : aucune allocation
    /// proportionnelle au nombre de foyers, pour les traitements répétés. Le résultat prend la date de référence de
    /// cette segmentation (<see cref="ResultatDeSegmentation.Reference"/>, <see cref="ResultatDeSegmentation.Tableau"/>).
    /// </summary>
    /// <param name="resultat">Le résultat à remplir, créé par <see cref="Segmenter"/> d'une segmentation aux mêmes cibles.</param>
    /// <param name="partitions">Le nombre de partitions ; par défaut le nombre de processeurs.</param>
    /// <exception cref="ArgumentException">Le résultat n'a pas les mêmes cibles.</exception>
    public void SegmenterDans(ResultatDeSegmentation resultat, int partitions = 0)
    {
        Preconditions.CheckNotNull(resultat);
        Preconditions.CheckArgument(resultat.Cibles.SequenceEqual(Cibles), nameof(resultat), "Le résultat n'a pas les cibles de cette segmentation.");
        Preconditions.CheckArgumentRange(nameof(partitions), partitions, 0, 4096);
        resultat.Reference = Reference;
        var population = resultat.Population;
        var n = population.Count;
        var p = partitions == 0 ? Environment.ProcessorCount : partitions;
        p = Math.Max(1, Math.Min(p, Math.Max(1, n / TailleDuBloc)));
        var histogramme = Comptage.TailleHistogramme(resultat, n / p);
        var tampons = resultat.Tampons(p, histogramme);
        if (p == 1)
        {
            Partition(population, resultat, 0, n, tampons[0]);
        }
        else
        {
            Parallel.For(0, p, new ParallelOptions { MaxDegreeOfParallelism = p }, q =>
            {
                var debut = (int)((long)n * q / p);
                var fin = (int)((long)n * (q + 1) / p);
                Partition(population, resultat, debut, fin, tampons[q]);
            });
        }

        // Fusion déterministe : dans l'ordre des partitions.
        var total = resultat.ComptesInternes;
        Array.Clear(total);
        for (var q = 0; q < p; q++)
        {
            var c = tampons[q].Comptes;
            for (var j = 0; j < total.Length; j++)
            {
                total[j] += c[j];
            }
        }
    }

    private void Partition(Population population, ResultatDeSegmentation resultat, int debut, int fin, TamponsDePartition tampons)
    {
        var masques = resultat.MasquesInternes;
        var comptage = new Comptage(resultat, population, tampons);
        for (var d = debut; d < fin; d += TailleDuBloc)
        {
            var f = Math.Min(fin, d + TailleDuBloc);
            _fusion.Appliquer(population, masques, d, f);
            foreach (var colonne in _colonnes)
            {
                colonne.Appliquer(population, masques, d, f);
            }

            _datees.Appliquer(population, masques, d, f);
            foreach (var lente in _lentes)
            {
                var cible = Politique.Cibles[lente];
                var bit = 1u << lente;
                for (var i = d; i < f; i++)
                {
                    if (cible.Contient(population.Foyer(i)))
                    {
                        masques[i] |= bit;
                    }
                }
            }

            comptage.Compter(d, f);
        }

        comptage.Terminer();
    }

    /// <summary>
    /// Les règles datées, appliquées après les noyaux sur les seuls foyers ciblés d'un bloc, comme
    /// <see cref="ICibleADate.Contient"/> les applique à un foyer : une situation familiale datée après la date de
    /// référence n'établit aucune condition de situation (bits <see cref="Situation"/> effacés) ; en couple à la date, un
    /// événement qui suppose une personne seule ne compte pas (<see cref="Premisse"/>) ; un allocataire connu comme non
    /// soumis aux droits et devoirs à la date sort des cibles RSA (<see cref="Rsa"/>), un allocataire dont la soumission
    /// est inconnue à la date sort des cibles RSA qui ne la présument pas (<see cref="RsaStricts"/>).
    /// </summary>
    private sealed class ReglesDatees
    {
        internal int ReferenceJour { get; init; }

        internal uint Situation { get; set; }

        internal uint Premisse { get; set; }

        internal uint Rsa { get; set; }

        internal uint RsaStricts { get; set; }

        internal void Appliquer(Population p, uint[] masques, int debut, int fin)
        {
            var concernes = Situation | Rsa;
            if (concernes == 0)
            {
                return;
            }

            var indicateurs = p.IndicateursInternes;
            var situations = p.DatesSituation;
            var droitsEtDevoirs = p.DroitsEtDevoirsDepuis;
            var reference = ReferenceJour;
            for (var i = debut; i < fin; i++)
            {
                var m = masques[i];
                if ((m & concernes) == 0)
                {
                    continue;
                }

                var ind = indicateurs[i];
                var efface = situations[i] > reference ? Situation
                    : (ind & (uint)IndicateursFoyer.EnCouple) != 0 ? Premisse : 0u;
                if ((m & Rsa) != 0)
                {
                    var connu = (ind & (uint)IndicateursFoyer.DroitsEtDevoirsConnus) != 0 && droitsEtDevoirs[i] <= reference;
                    efface |= connu
                        ? ((ind & (uint)IndicateursFoyer.SoumisAuxDroitsEtDevoirs) != 0 ? 0u : Rsa)
                        : RsaStricts;
                }

                masques[i] = m & ~efface;
            }
        }
    }

    /// <summary>Le calcul colonnaire d'une cible résolue : pose son bit sur les foyers d'un bloc.</summary>
    private abstract class Noyau(uint bit)
    {
        internal uint Bit { get; } = bit;

        internal abstract void Appliquer(Population p, uint[] masques, int debut, int fin);

        /// <summary>La décision pour un seul foyer (cas rares des noyaux fusionnés, fin de bloc).</summary>
        internal abstract bool Contient(Population p, int i);
    }

    private sealed class NoyauRsaMonoparent(uint bit, SeuilsRsaMonoparent s) : Noyau(bit)
    {
        internal const uint Masque = (uint)(IndicateursFoyer.Rsa | IndicateursFoyer.EnCouple);

        internal Vector256<int> Reference { get; } = Vector256.Create(s.ReferenceJour);

        internal Vector256<int> Apres { get; } = Vector256.Create(s.EnfantNeApresJour);

        internal Vector256<uint> Bits { get; } = Vector256.Create(bit);

        internal override void Appliquer(Population p, uint[] masques, int debut, int fin)
        {
            var indicateurs = p.IndicateursInternes;
            for (var i = debut; i < fin; i++)
            {
                if ((indicateurs[i] & Masque) == (uint)IndicateursFoyer.Rsa && Enfant(p, i))
                {
                    masques[i] |= Bit;
                }
            }
        }

        internal override bool Contient(Population p, int i) =>
            (p.IndicateursInternes[i] & Masque) == (uint)IndicateursFoyer.Rsa && Enfant(p, i);

        /// <summary>Le plus jeune enfant né au plus tard à la date de référence est-il assez jeune ?</summary>
        private bool Enfant(Population p, int i)
        {
            var debuts = p.DebutsEnfants;
            var enfants = p.Enfants;

            // Enfants du plus âgé au plus jeune : le plus jeune né au plus tard à la date de référence.
            for (var j = debuts[i + 1] - 1; j >= debuts[i]; j--)
            {
                var naissance = enfants[j] >> 1;
                if (naissance <= s.ReferenceJour)
                {
                    return naissance > s.EnfantNeApresJour;
                }
            }

            return false;
        }
    }

    private sealed class NoyauParentsSeuls(uint bit, SeuilsParentsSeuls s) : Noyau(bit)
    {
        internal Vector256<int> AuPlusTard { get; } = Vector256.Create(s.NeAuPlusTardLeJour);

        // Un plafond au plus int.MinValue n'admet aucune ressource : « né après int.MaxValue » est toujours faux.
        internal Vector256<int> Apres { get; } = Vector256.Create(s.PlafondCentimes <= int.MinValue ? int.MaxValue : s.NeApresJour);

        // Ressources < plafond ⇔ ressources ≤ plafond − 1, borné aux entiers de 32 bits.
        internal Vector256<int> PlafondMoinsUn { get; } = Vector256.Create((int)Math.Clamp(s.PlafondCentimes - 1, int.MinValue, int.MaxValue));

        internal Vector256<uint> Bits { get; } = Vector256.Create(bit);

        internal override bool Contient(Population p, int i)
        {
            var n = p.NaissancesAllocataire[i];
            return (p.IndicateursInternes[i] & (uint)IndicateursFoyer.EnCouple) == 0
                && p.DebutsEnfants[i + 1] > p.DebutsEnfants[i]
                && n <= s.NeAuPlusTardLeJour && n > s.NeApresJour
                && p.Ressources[i] < s.PlafondCentimes;
        }

        internal override void Appliquer(Population p, uint[] masques, int debut, int fin)
        {
            var indicateurs = p.IndicateursInternes;
            var debuts = p.DebutsEnfants;
            var naissances = p.NaissancesAllocataire;
            var ressources = p.Ressources;
            var auPlusTard = s.NeAuPlusTardLeJour;
            var apres = s.NeApresJour;
            var plafond = s.PlafondCentimes;
            var bitCible = Bit;
            var i = debut;
            if (Vector.IsHardwareAccelerated && plafond <= int.MaxValue)
            {
                var couple = new Vector<uint>((uint)IndicateursFoyer.EnCouple);
                var vAuPlusTard = new Vector<int>(auPlusTard);
                var vApres = new Vector<int>(apres);
                var vPlafond = new Vector<int>((int)plafond);
                var bits = new Vector<uint>(bitCible);
                for (; i + Vector<int>.Count <= fin; i += Vector<int>.Count)
                {
                    var n = new Vector<int>(naissances, i);
                    var ok = Vector.GreaterThan(new Vector<int>(debuts, i + 1), new Vector<int>(debuts, i))
                        & Vector.LessThanOrEqual(n, vAuPlusTard)
                        & Vector.GreaterThan(n, vApres)
                        & Vector.LessThan(new Vector<int>(ressources, i), vPlafond);
                    var seul = Vector.Equals(new Vector<uint>(indicateurs, i) & couple, Vector<uint>.Zero);
                    (new Vector<uint>(masques, i) | (Vector.AsVectorUInt32(ok) & seul & bits)).CopyTo(masques, i);
                }
            }

            for (; i < fin; i++)
            {
                var n = naissances[i];
                var ok = (indicateurs[i] & (uint)IndicateursFoyer.EnCouple) == 0
                    & debuts[i + 1] > debuts[i]
                    & n <= auPlusTard & n > apres
                    & ressources[i] < plafond;
                masques[i] |= ok ? bitCible : 0u;
            }
        }
    }

    /// <summary>
    /// Un événement de vie dans sa fenêtre : la table creuse des événements de la population (triée par foyer) est lue
    /// une fois par bloc, seuls les foyers qui ont des événements sont touchés. Le dernier événement d'un type au plus
    /// tard à la référence est dans la fenêtre si et seulement si un événement de ce type y tombe : chaque événement
    /// de la table se décide seul, sans chercher le dernier.
    /// </summary>
    private sealed class NoyauEvenement(uint bit, int rang, SeuilsEvenementDeVie s) : Noyau(bit)
    {
        internal int Rang => rang;

        internal int Bas { get; } = s.DebutFenetreJour;

        internal int Haut { get; } = s.ReferenceJour;

        internal override bool Contient(Population p, int i) => s.Contient(p.DernierEvenementAuPlusTard(i, rang, s.ReferenceJour));

        internal override void Appliquer(Population p, uint[] masques, int debut, int fin) => Appliquer([this], p, masques, debut, fin);

        /// <summary>Pose les bits de plusieurs cibles d'événement en une lecture de la table des événements du bloc.</summary>
        internal static void Appliquer(ReadOnlySpan<NoyauEvenement> noyaux, Population p, uint[] masques, int debut, int fin)
        {
            if (noyaux.IsEmpty)
            {
                return;
            }

            var foyers = p.EvenementsFoyers;
            var codes = p.EvenementsCodes;
            for (var k = EvenementsEnTable.Premier(foyers, debut); k < foyers.Length && foyers[k] < fin; k++)
            {
                var code = codes[k];
                var jour = EvenementsEnTable.Jour(code);
                var type = EvenementsEnTable.Rang(code);
                var bits = 0u;
                foreach (var e in noyaux)
                {
                    bits |= e.Rang == type && jour >= e.Bas && jour <= e.Haut ? e.Bit : 0u;
                }

                masques[foyers[k]] |= bits;
            }
        }
    }

    private sealed class NoyauFamillePrioritaire(uint bit, SeuilsFamillePrioritaire s) : Noyau(bit)
    {
        internal SeuilsFamillePrioritaire Seuils => s;

        internal override void Appliquer(Population p, uint[] masques, int debut, int fin)
        {
            for (var i = debut; i < fin; i++)
            {
                if (Contient(p, i))
                {
                    masques[i] |= Bit;
                }
            }
        }

        internal override bool Contient(Population p, int i)
        {
            var premier = p.DebutsEnfants[i];
            var nombre = p.DebutsEnfants[i + 1] - premier;
            if (nombre == 0)
            {
                return false;
            }

            var enCouple = (p.IndicateursInternes[i] & (uint)IndicateursFoyer.EnCouple) != 0;
            if (s.InclureMonoparentales && !enCouple)
            {
                return true;
            }

            var enfants = p.Enfants;
            var adulte = s.EnfantAdulteNeAuPlusTardLeJour;
            var adultes = 0;
            for (var j = premier; j < premier + nombre; j++)
            {
                adultes += (enfants[j] >> 1) <= adulte ? 1 : 0;
            }

            var uc10 = 10 + (enCouple ? 5 : 0) + (5 * adultes) + (3 * (nombre - adultes));
            var revenu = (long)p.Ressources[i] + p.Prestations[i];
            return revenu * 10 < s.SeuilCentimes * uc10;
        }
    }
}
