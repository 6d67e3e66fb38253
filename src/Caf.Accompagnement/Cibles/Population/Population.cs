using System.Buffers;
using System.Collections.Immutable;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// Une population de foyers sous forme colonnaire (une table par donnée), faite pour la segmentation en masse :
/// dates en numéros de jour, montants en centimes, indicateurs en bits, commune en indice dans une table de communes,
/// enfants mis à plat avec des décalages, dernière date de chaque événement du socle.
/// </summary>
/// <remarks>
/// <para>Colonnes (4 octets chacune par foyer) : numéro allocataire, indice de commune, <see cref="IndicateursFoyer"/>,
/// naissance de l'allocataire, naissance du conjoint, date de la situation familiale, ressources mensuelles (centimes),
/// total mensuel des prestations (centimes), début des enfants, et la dernière date de chacun des cinq événements du
/// socle national (décès du conjoint, décès d'un enfant, séparation, impayé de loyer, monoparentalité) ; plus 4 octets
/// par enfant (naissance et handicap). Soit 56 octets par foyer plus 4 par enfant. Un foyer qui a connu plusieurs
/// événements d'un même type garde les dates antérieures dans une petite table de débordement
/// (<see cref="IndicateursFoyer.EvenementsMultiples"/>), consultée seulement quand la dernière date suit la date de
/// référence : la population répond exactement comme <see cref="Foyer.DernierEvenement"/>.</para>
/// <para>Ce que les colonnes ne gardent pas (montant de chaque prestation, ressources N-2, démarches, naissance et
/// emménagement) reste accessible par <see cref="Foyer(int)"/>, qui rend le foyer d'origine : c'est le chemin lent des
/// cibles locales qui n'ont pas de forme colonnaire.</para>
/// <para>Immuable une fois construite ; les colonnes sont exposées en lecture seule.</para>
/// </remarks>
public sealed class Population
{
    /// <summary>Nombre d'événements du socle gardés en colonnes (rangs 0 à 4 de <see cref="TypeEvenement"/>).</summary>
    internal const int EvenementsDuSocle = 5;

    internal readonly int[] NumerosInternes;
    internal readonly int[] CommunesInternes;
    internal readonly uint[] IndicateursInternes;
    internal readonly int[] NaissancesAllocataire;
    internal readonly int[] NaissancesConjoint;
    internal readonly int[] DatesSituation;
    internal readonly int[] Ressources;
    internal readonly int[] Prestations;
    internal readonly int[] DebutsEnfants;
    internal readonly int[] Enfants;
    internal readonly int[][] Evenements;
    internal readonly DebordementEvenements Debordement;
    private readonly Func<int, Foyer> _source;

    internal Population(
        ReferentielCommunes referentiel,
        int[] numeros,
        int[] indicesCommunes,
        uint[] indicateurs,
        int[] naissancesAllocataire,
        int[] naissancesConjoint,
        int[] datesSituation,
        int[] ressources,
        int[] prestations,
        int[] debutsEnfants,
        int[] enfants,
        int[][] evenements,
        DebordementEvenements debordement,
        Func<int, Foyer> source)
    {
        Referentiel = referentiel;
        NumerosInternes = numeros;
        CommunesInternes = indicesCommunes;
        IndicateursInternes = indicateurs;
        NaissancesAllocataire = naissancesAllocataire;
        NaissancesConjoint = naissancesConjoint;
        DatesSituation = datesSituation;
        Ressources = ressources;
        Prestations = prestations;
        DebutsEnfants = debutsEnfants;
        Enfants = enfants;
        Evenements = evenements;
        Debordement = debordement;
        _source = source;
    }

    /// <summary>Le référentiel des communes : l'indice de commune d'un foyer est le <see cref="Territoires.Commune.Index"/> de sa commune.</summary>
    public ReferentielCommunes Referentiel { get; }

    /// <summary>Nombre de foyers.</summary>
    public int Count => NumerosInternes.Length;

    /// <summary>Les numéros allocataires (valeur numérique), un par foyer.</summary>
    public ReadOnlySpan<int> Numeros => NumerosInternes;

    /// <summary>L'indice de commune de chaque foyer dans le <see cref="Referentiel"/> (un ancien code y est rattaché à la commune où il a fusionné).</summary>
    public ReadOnlySpan<int> IndicesCommunes => CommunesInternes;

    /// <summary>Les indicateurs de chaque foyer.</summary>
    public ReadOnlySpan<IndicateursFoyer> Indicateurs => System.Runtime.InteropServices.MemoryMarshal.Cast<uint, IndicateursFoyer>(IndicateursInternes);

    /// <summary>Les ressources mensuelles (hors prestations) de chaque foyer, en centimes.</summary>
    public ReadOnlySpan<int> RessourcesMensuellesEnCentimes => Ressources;

    /// <summary>Le total mensuel des prestations perçues par chaque foyer, en centimes.</summary>
    public ReadOnlySpan<int> PrestationsMensuellesEnCentimes => Prestations;

    /// <summary>Nombre total d'enfants à charge dans la population.</summary>
    public int NombreEnfants => Enfants.Length;

    /// <summary>Taille des colonnes en mémoire, en octets : 56 par foyer, 4 par enfant, la table de débordement ; la
    /// table des communes, partagée avec le référentiel, n'est pas comptée.</summary>
    public long TailleEnOctets => (4L * (9 + EvenementsDuSocle) * Count) + 4L + (4L * Enfants.Length) + Debordement.TailleEnOctets;

    /// <summary>Taille moyenne d'un foyer en mémoire, en octets.</summary>
    public double OctetsParFoyer => Count == 0 ? 0 : (double)TailleEnOctets / Count;

    /// <summary>Le numéro allocataire d'un foyer.</summary>
    /// <param name="index">L'indice du foyer (0 à <see cref="Count"/> − 1).</param>
    /// <returns>Le numéro.</returns>
    public NumeroAllocataire Numero(int index) => NumeroAllocataire.FromValeur(NumerosInternes[index]);

    /// <summary>La commune (actuelle) d'un foyer.</summary>
    /// <param name="index">L'indice du foyer.</param>
    /// <returns>La commune du référentiel.</returns>
    public Commune Commune(int index) => Referentiel[CommunesInternes[index]];

    /// <summary>La date de naissance de l'allocataire.</summary>
    /// <param name="index">L'indice du foyer.</param>
    /// <returns>La date.</returns>
    public LocalDate NaissanceAllocataire(int index) => Jours.Date(NaissancesAllocataire[index]);

    /// <summary>Les dates de naissance des enfants à charge, du plus âgé au plus jeune.</summary>
    /// <param name="index">L'indice du foyer.</param>
    /// <returns>Les dates.</returns>
    public ImmutableArray<LocalDate> NaissancesEnfants(int index)
    {
        var debut = DebutsEnfants[index];
        var fin = DebutsEnfants[index + 1];
        var dates = ImmutableArray.CreateBuilder<LocalDate>(fin - debut);
        for (var k = debut; k < fin; k++)
        {
            dates.Add(Jours.Date(Enfants[k] >> 1));
        }

        return dates.MoveToImmutable();
    }

    /// <summary>La date du dernier événement d'un type au plus tard à une date, comme <see cref="Foyer.DernierEvenement"/>.</summary>
    /// <param name="index">L'indice du foyer.</param>
    /// <param name="type">Le type d'événement.</param>
    /// <param name="auPlusTard">Date de référence : les événements postérieurs sont ignorés.</param>
    /// <returns>La date, ou <see langword="null"/>.</returns>
    public LocalDate? DernierEvenement(int index, TypeEvenement type, LocalDate auPlusTard)
    {
        Preconditions.CheckNotNull(type);
        if (type.Rang >= EvenementsDuSocle)
        {
            return Foyer(index).DernierEvenement(type, auPlusTard);
        }

        return Jours.DateOuNull(DernierEvenementAuPlusTard(index, type.Rang, Jours.De(auPlusTard)));
    }

    /// <summary>
    /// Le foyer d'origine : celui dont la population a été construite (<see cref="Create"/>, lecture CSV), ou le foyer
    /// régénéré par le générateur (population générée directement en colonnes).
    /// </summary>
    /// <param name="index">L'indice du foyer.</param>
    /// <returns>Le foyer.</returns>
    /// <remarks>Chemin lent (un objet par appel pour une population générée) : sert aux explications et aux cibles
    /// locales sans forme colonnaire.</remarks>
    public Foyer Foyer(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, Count - 1);
        return _source(index);
    }

    /// <summary>
    /// Construit la population colonnaire d'une liste de foyers, qui est gardée par référence (sans copie) pour
    /// <see cref="Foyer(int)"/>.
    /// </summary>
    /// <param name="foyers">Les foyers, dans l'ordre voulu (l'indice d'un foyer est sa position).</param>
    /// <param name="referentiel">Le référentiel des communes ; par défaut <see cref="ReferentielCommunes.Cog2026"/>.</param>
    /// <returns>La population, ou les erreurs : <c>population.commune.inconnue</c> (code ni actuel ni ancien du référentiel),
    /// <c>population.montant.capacite</c> (ressources ou prestations au-delà de 21 474 836,47 € par mois) ; chaque
    /// erreur porte la position du foyer (<c>foyers[i]</c>) et aucun foyer n'est écarté en silence.</returns>
    public static Resultat<Population> Create(IReadOnlyList<Foyer> foyers, ReferentielCommunes? referentiel = null)
    {
        Preconditions.CheckNotNull(foyers);
        var table = referentiel ?? ReferentielCommunes.Cog2026;
        var n = foyers.Count;

        // Une seule lecture de chaque objet, en parallèle par blocs : colonnes écrites en place, enfants dans une table
        // par bloc (décalages relatifs au bloc), puis mis bout à bout.
        const int Bloc = 1 << 14;
        var blocs = (n + Bloc - 1) / Bloc;
        var debuts = GC.AllocateUninitializedArray<int>(n + 1);
        var constructeur = new ColonnesEnConstruction(n, -1, debuts);
        var enfantsParBloc = new int[blocs][];
        var compteParBloc = new int[blocs];
        var erreursParBloc = new List<Erreur>?[blocs];
        Parallel.For(0, blocs, b =>
        {
            var debut = b * Bloc;
            var fin = Math.Min(n, debut + Bloc);
            var enfants = ArrayPool<int>.Shared.Rent((fin - debut) * 2);
            var k = 0;
            for (var i = debut; i < fin; i++)
            {
                debuts[i] = k;
                if (!constructeur.Remplir(i, foyers[i], table, ref enfants, ref k, out var erreur))
                {
                    (erreursParBloc[b] ??= []).Add(erreur.AuChemin($"foyers[{i}]"));
                }
            }

            enfantsParBloc[b] = enfants;
            compteParBloc[b] = k;
        });
        var erreurs = erreursParBloc.Where(e => e is not null).SelectMany(e => e!).ToList();
        if (erreurs.Count > 0)
        {
            foreach (var tampon in enfantsParBloc)
            {
                ArrayPool<int>.Shared.Return(tampon);
            }

            return Resultat<Population>.Echec(erreurs);
        }

        constructeur.JoindreEnfants(enfantsParBloc, compteParBloc, Bloc, rendreAuPool: true);
        return constructeur.Terminer(table, i => foyers[i]);
    }

    internal int DernierEvenementAuPlusTard(int index, int rang, int jour)
    {
        var d = Evenements[rang][index];
        if (d <= jour)
        {
            return d;
        }

        return (IndicateursInternes[index] & (uint)IndicateursFoyer.EvenementsMultiples) != 0
            ? Debordement.DernierAuPlusTard(index, rang, jour)
            : Jours.Aucun;
    }

    /// <summary>Les tables d'une population en cours de remplissage, foyer par foyer (éventuellement en parallèle sur des foyers distincts).</summary>
    internal sealed class ColonnesEnConstruction
    {
        private readonly int[] _numeros;
        private readonly int[] _communes;
        private readonly uint[] _indicateurs;
        private readonly int[] _naissances;
        private readonly int[] _conjoints;
        private readonly int[] _situations;
        private readonly int[] _ressources;
        private readonly int[] _prestations;
        private readonly int[] _debuts;
        private int[] _enfants;
        private readonly int[][] _evenements;
        private readonly List<(int Foyer, int Rang, int Jour)> _debordement = [];

        internal ColonnesEnConstruction(int n, int totalEnfants, int[] debuts)
        {
            _numeros = GC.AllocateUninitializedArray<int>(n);
            _communes = GC.AllocateUninitializedArray<int>(n);
            _indicateurs = GC.AllocateUninitializedArray<uint>(n);
            _naissances = GC.AllocateUninitializedArray<int>(n);
            _conjoints = GC.AllocateUninitializedArray<int>(n);
            _situations = GC.AllocateUninitializedArray<int>(n);
            _ressources = GC.AllocateUninitializedArray<int>(n);
            _prestations = GC.AllocateUninitializedArray<int>(n);
            _debuts = debuts;
            _enfants = totalEnfants >= 0 ? GC.AllocateUninitializedArray<int>(totalEnfants) : [];
            _evenements = new int[EvenementsDuSocle][];
            for (var r = 0; r < EvenementsDuSocle; r++)
            {
                _evenements[r] = GC.AllocateUninitializedArray<int>(n);
            }
        }

        /// <summary>Remplit les colonnes du foyer <paramref name="i"/> ; ses enfants vont dans <paramref name="enfants"/> à
        /// partir de <paramref name="k"/> (table agrandie au besoin).</summary>
        internal bool Remplir(int i, Foyer foyer, ReferentielCommunes table, ref int[] enfants, ref int k, out Erreur erreur)
        {
            erreur = null!;
            if (!table.TryGetIndex(foyer.Commune, out var commune))
            {
                erreur = new Erreur("population.commune.inconnue", "commune", foyer.Commune.ToString(), $"La commune du foyer n'est pas dans le référentiel {table.Millesime}.");
                return false;
            }

            var indicateurs = foyer.Conjoint is null ? 0u : (uint)IndicateursFoyer.EnCouple;
            if (foyer.TelephoneConnu)
            {
                indicateurs |= (uint)IndicateursFoyer.TelephoneConnu;
            }

            long prestations = 0;
            foreach (var p in foyer.Prestations)
            {
                indicateurs |= 1u << RangPrestation(p.Prestation);
                if (p.Majoree)
                {
                    indicateurs |= (uint)IndicateursFoyer.RsaMajore;
                }

                prestations += p.MontantMensuel.Centimes;
            }

            foreach (var c in foyer.Canaux)
            {
                indicateurs |= 1u << (15 + c.Bit);
            }

            var ressources = foyer.RessourcesMensuelles.Centimes;
            if (ressources > int.MaxValue || prestations > int.MaxValue)
            {
                erreur = new Erreur("population.montant.capacite", ressources > int.MaxValue ? "ressources_mensuelles" : "prestations", (ressources > int.MaxValue ? ressources : prestations).ToString(System.Globalization.CultureInfo.InvariantCulture), "Montant mensuel au-delà de la capacité d'une population (21 474 836,47 €).");
                return false;
            }

            var liste = foyer.Enfants;
            if (k + liste.Length > enfants.Length)
            {
                var plus = ArrayPool<int>.Shared.Rent(Math.Max(enfants.Length * 2, k + liste.Length));
                Array.Copy(enfants, plus, k);
                ArrayPool<int>.Shared.Return(enfants);
                enfants = plus;
            }

            foreach (var e in liste)
            {
                enfants[k++] = (Jours.De(e.DateNaissance) << 1) | (e.Handicap ? 1 : 0);
            }

            for (var r = 0; r < EvenementsDuSocle; r++)
            {
                _evenements[r][i] = Jours.Aucun;
            }

            foreach (var e in foyer.Evenements)
            {
                var rang = e.Type.Rang;
                if (rang < EvenementsDuSocle)
                {
                    var jour = Jours.De(e.Date);
                    var precedent = _evenements[rang][i];
                    if (precedent != Jours.Aucun)
                    {
                        // Événements triés par date : la date précédente passe en débordement.
                        indicateurs |= (uint)IndicateursFoyer.EvenementsMultiples;
                        lock (_debordement)
                        {
                            _debordement.Add((i, rang, precedent));
                        }
                    }

                    _evenements[rang][i] = jour;
                }
            }

            _numeros[i] = foyer.Numero.Valeur;
            _communes[i] = commune;
            _indicateurs[i] = indicateurs;
            _naissances[i] = Jours.De(foyer.Allocataire.DateNaissance);
            _conjoints[i] = foyer.Conjoint is { } conjoint ? Jours.De(conjoint.DateNaissance) : Jours.Aucun;
            _situations[i] = Jours.De(foyer.DateSituation);
            _ressources[i] = (int)ressources;
            _prestations[i] = (int)prestations;
            return true;
        }

        /// <summary>
        /// Met bout à bout les tables d'enfants construites par blocs contigus de foyers (décalages relatifs au bloc dans
        /// <c>debuts</c>) : décalages rendus absolus, une seule table d'enfants, en parallèle par bloc.
        /// </summary>
        internal void JoindreEnfants(int[][] enfantsParBloc, int[] compteParBloc, int tailleDuBloc, bool rendreAuPool)
        {
            var n = _debuts.Length - 1;
            var decalages = new int[enfantsParBloc.Length];
            var total = 0;
            for (var b = 0; b < decalages.Length; b++)
            {
                decalages[b] = total;
                total = checked(total + compteParBloc[b]);
            }

            var tous = GC.AllocateUninitializedArray<int>(total);
            var debuts = _debuts;
            Parallel.For(0, decalages.Length, b =>
            {
                var fin = Math.Min(n, (b + 1) * tailleDuBloc);
                for (var i = b * tailleDuBloc; i < fin; i++)
                {
                    debuts[i] += decalages[b];
                }

                Array.Copy(enfantsParBloc[b], 0, tous, decalages[b], compteParBloc[b]);
                if (rendreAuPool)
                {
                    ArrayPool<int>.Shared.Return(enfantsParBloc[b]);
                }

                enfantsParBloc[b] = null!;
            });
            debuts[n] = total;
            _enfants = tous;
        }

        internal void RemplirSansEnfants(int i, in FoyerGenere foyer)
        {
            for (var r = 0; r < EvenementsDuSocle; r++)
            {
                _evenements[r][i] = foyer.Evenement(r);
            }

            _numeros[i] = foyer.Numero;
            _communes[i] = foyer.Commune;
            _indicateurs[i] = foyer.Indicateurs;
            _naissances[i] = foyer.NaissanceAllocataire;
            _conjoints[i] = foyer.NaissanceConjoint;
            _situations[i] = foyer.DateSituation;
            _ressources[i] = foyer.Ressources;
            _prestations[i] = foyer.Prestations;
        }

        internal Population Terminer(ReferentielCommunes table, Func<int, Foyer> source) =>
            new(table, _numeros, _communes, _indicateurs, _naissances, _conjoints, _situations, _ressources, _prestations, _debuts, _enfants, _evenements, DebordementEvenements.Create(_debordement), source);
    }

    /// <summary>Les prestations dans l'ordre de leurs bits, en tableau (sans appel d'interface par recherche).</summary>
    private static readonly Prestation[] PrestationsParRang = [.. Prestation.Toutes];

    internal static int RangPrestation(Prestation prestation)
    {
        var toutes = PrestationsParRang;
        for (var b = 0; b < toutes.Length; b++)
        {
            if (ReferenceEquals(toutes[b], prestation))
            {
                return b;
            }
        }

        throw new ArgumentException("Prestation inconnue.", nameof(prestation));
    }
}
