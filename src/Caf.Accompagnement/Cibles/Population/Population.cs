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
/// enfants et événements mis à plat.
/// </summary>
/// <remarks>
/// <para>Colonnes (4 octets chacune par foyer) : numéro allocataire, indice de commune, <see cref="IndicateursFoyer"/>,
/// naissance de l'allocataire, ressources mensuelles (centimes), total mensuel des prestations (centimes), début des
/// enfants, date de la situation familiale, date de la soumission de l'allocataire aux droits et devoirs (sa valeur est
/// dans les indicateurs) ; plus 4 octets par enfant (naissance et handicap) et 8 octets par événement de vie. Soit 36
/// octets par foyer, plus 4 par enfant et 8 par événement.</para>
/// <para>Les événements de vie (de tout <see cref="TypeEvenement"/>, tous gardés, pas seulement le dernier de chaque
/// type) forment une table creuse triée par foyer : la plupart des foyers n'en ont aucun, et la segmentation ne lit
/// que ceux qui existent. La population répond exactement comme <see cref="Foyer.DernierEvenement"/>.</para>
/// <para>Ce que les colonnes ne gardent pas (montant de chaque prestation, ressources N-2, conjoint et sa soumission
/// aux droits et devoirs, démarches) reste accessible par <see cref="Foyer(int)"/>, qui rend le foyer d'origine : c'est le chemin
/// lent des cibles locales qui n'ont pas de forme colonnaire.</para>
/// <para>Immuable une fois construite ; les colonnes sont exposées en lecture seule.</para>
/// </remarks>
public sealed class Population
{
    /// <summary>Colonnes de 4 octets par foyer (numéro, commune, indicateurs, naissance, ressources, prestations, début
    /// des enfants, date de la situation, date de la soumission aux droits et devoirs).</summary>
    private const int ColonnesParFoyer = 9;

    internal readonly int[] NumerosInternes;
    internal readonly int[] CommunesInternes;
    internal readonly uint[] IndicateursInternes;
    internal readonly int[] NaissancesAllocataire;
    internal readonly int[] Ressources;
    internal readonly int[] Prestations;
    internal readonly int[] DebutsEnfants;
    internal readonly int[] Enfants;

    /// <summary>La date (numéro de jour) de la situation familiale de chaque foyer.</summary>
    internal readonly int[] DatesSituation;

    /// <summary>La date (numéro de jour) de la soumission de l'allocataire aux droits et devoirs, ou <see cref="Jours.Aucun"/>.</summary>
    internal readonly int[] DroitsEtDevoirsDepuis;

    /// <summary>Le foyer de chaque événement (indices croissants).</summary>
    internal readonly int[] EvenementsFoyers;

    /// <summary>Chaque événement encodé par <see cref="EvenementsEnTable.Encoder"/> (jour et rang du type).</summary>
    internal readonly int[] EvenementsCodes;
    private readonly Func<int, Foyer> _source;

    /// <summary>Ce que garde, hors colonnes, une population lue d'un fichier pour rendre ses foyers (<see cref="Foyer(int)"/>).</summary>
    private readonly long _tailleHorsColonnes;

    internal Population(
        ReferentielCommunes referentiel,
        int[] numeros,
        int[] indicesCommunes,
        uint[] indicateurs,
        int[] naissancesAllocataire,
        int[] ressources,
        int[] prestations,
        int[] debutsEnfants,
        int[] enfants,
        int[] datesSituation,
        int[] droitsEtDevoirsDepuis,
        int[] evenementsFoyers,
        int[] evenementsCodes,
        Func<int, Foyer> source,
        long tailleHorsColonnes = 0)
    {
        _tailleHorsColonnes = tailleHorsColonnes;
        Referentiel = referentiel;
        NumerosInternes = numeros;
        CommunesInternes = indicesCommunes;
        IndicateursInternes = indicateurs;
        NaissancesAllocataire = naissancesAllocataire;
        Ressources = ressources;
        Prestations = prestations;
        DebutsEnfants = debutsEnfants;
        Enfants = enfants;
        DatesSituation = datesSituation;
        DroitsEtDevoirsDepuis = droitsEtDevoirsDepuis;
        EvenementsFoyers = evenementsFoyers;
        EvenementsCodes = evenementsCodes;
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

    /// <summary>Nombre total d'événements de vie gardés dans la population (tous types, tous foyers).</summary>
    public int NombreEvenements => EvenementsFoyers.Length;

    /// <summary>Taille des colonnes en mémoire, en octets : 36 par foyer, 4 par enfant, 8 par événement ; pour une
    /// population lue d'un fichier (<see cref="PopulationCsv"/>), plus ce qu'elle garde pour rendre chaque foyer par
    /// <see cref="Foyer(int)"/> sans objet par foyer (24 octets par foyer, 8 par prestation perçue, 8 par foyer à l'ancien
    /// code commune). La table des communes, partagée avec le référentiel, n'est pas comptée.</summary>
    public long TailleEnOctets => (4L * ColonnesParFoyer * Count) + 4L + (4L * Enfants.Length) + (8L * EvenementsFoyers.Length) + _tailleHorsColonnes;

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

    /// <summary>La date depuis laquelle la situation familiale du foyer est connue (<see cref="Foyers.Foyer.DateSituation"/>).</summary>
    /// <param name="index">L'indice du foyer.</param>
    /// <returns>La date.</returns>
    public LocalDate DateSituation(int index) => Jours.Date(DatesSituation[index]);

    /// <summary>La soumission de l'allocataire aux droits et devoirs, datée (<see cref="Personne.DroitsEtDevoirs"/>).</summary>
    /// <param name="index">L'indice du foyer.</param>
    /// <returns>La valeur, ou <see langword="null"/> si elle n'est pas connue.</returns>
    public DroitsEtDevoirs? DroitsEtDevoirsAllocataire(int index)
    {
        var indicateurs = (IndicateursFoyer)IndicateursInternes[index];
        return indicateurs.HasFlag(IndicateursFoyer.DroitsEtDevoirsConnus)
            ? new DroitsEtDevoirs(indicateurs.HasFlag(IndicateursFoyer.SoumisAuxDroitsEtDevoirs), Jours.Date(DroitsEtDevoirsDepuis[index]))
            : null;
    }

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
        Preconditions.CheckArgumentRange(nameof(index), index, 0, Count - 1);

        // Avant l'an 1, pas de numéro de jour, ni d'événement (aucun ne précède la naissance de l'allocataire).
        return auPlusTard.Year < 1 ? null : Jours.DateOuNull(DernierEvenementAuPlusTard(index, type.Rang, Jours.De(auPlusTard)));
    }

    /// <summary>
    /// Le foyer d'origine : celui dont la population a été construite (<see cref="Create"/>), le foyer lu (lecture CSV,
    /// reconstruit à la demande depuis les colonnes et ce que la lecture garde à côté : égal, valeur par valeur, au foyer
    /// que la ligne décrit), ou le foyer régénéré par le générateur (population générée directement en colonnes).
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
    /// <c>population.montant.capacite</c> (ressources ou prestations au-delà de 21 474 836,47 € par mois),
    /// <c>population.date.capacite</c> (naissance de l'allocataire avant le 01/01/0001, sans numéro de jour) ; chaque
    /// erreur porte la position du foyer (<c>foyers[i]</c>) et aucun foyer n'est écarté en silence.</returns>
    public static Resultat<Population> Create(IReadOnlyList<Foyer> foyers, ReferentielCommunes? referentiel = null) =>
        Construire(foyers, referentiel ?? ReferentielCommunes.Cog2026, static (i, erreur) => erreur.AuChemin($"foyers[{i}]"));

    /// <summary>Construit la population ; chaque refus est situé par <paramref name="situer"/> (position du foyer, ligne d'un fichier).</summary>
    internal static Resultat<Population> Construire(IReadOnlyList<Foyer> foyers, ReferentielCommunes table, Func<int, Erreur, Erreur> situer)
    {
        Preconditions.CheckNotNull(foyers);
        var n = foyers.Count;

        // Une seule lecture de chaque objet, en parallèle par blocs : colonnes écrites en place, enfants et événements
        // dans des tables par bloc, puis mises bout à bout.
        const int Bloc = 1 << 14;
        var blocs = (n + Bloc - 1) / Bloc;
        var constructeur = new ColonnesEnConstruction(n, Bloc);
        var erreursParBloc = new List<Erreur>?[blocs];
        Parallel.For(0, blocs, b =>
        {
            var tables = constructeur.Bloc(b);
            var fin = Math.Min(n, (b + 1) * Bloc);
            for (var i = b * Bloc; i < fin; i++)
            {
                if (!constructeur.Remplir(i, foyers[i], table, tables, out var erreur))
                {
                    (erreursParBloc[b] ??= []).Add(situer(i, erreur));
                }
            }
        });
        var erreurs = erreursParBloc.Where(e => e is not null).SelectMany(e => e!).ToList();
        if (erreurs.Count > 0)
        {
            constructeur.Abandonner();
            return Resultat<Population>.Echec(erreurs);
        }

        return constructeur.Terminer(table, i => foyers[i]);
    }

    /// <summary>La date (numéro de jour) du dernier événement d'un rang de type au plus tard à un jour, ou <see cref="Jours.Aucun"/>.</summary>
    internal int DernierEvenementAuPlusTard(int index, int rang, int jour)
    {
        var foyers = EvenementsFoyers;
        var meilleur = Jours.Aucun;
        for (var k = EvenementsEnTable.Premier(foyers, index); k < foyers.Length && foyers[k] == index; k++)
        {
            var code = EvenementsCodes[k];
            var d = EvenementsEnTable.Jour(code);
            if (EvenementsEnTable.Rang(code) == rang && d <= jour && d > meilleur)
            {
                meilleur = d;
            }
        }

        return meilleur;
    }

    /// <summary>
    /// Les tables d'une population en cours de remplissage, foyer par foyer, en parallèle par blocs contigus de foyers :
    /// colonnes écrites en place, enfants et événements dans des tables par bloc (<see cref="TablesDeBloc"/>), mises
    /// bout à bout par <see cref="Terminer"/>.
    /// </summary>
    internal sealed class ColonnesEnConstruction
    {
        private readonly int _tailleDuBloc;
        private readonly int[] _numeros;
        private readonly int[] _communes;
        private readonly uint[] _indicateurs;
        private readonly int[] _naissances;
        private readonly int[] _ressources;
        private readonly int[] _prestations;
        private readonly int[] _debuts;
        private readonly int[] _datesSituation;
        private readonly int[] _droitsEtDevoirs;
        private readonly TablesDeBloc[] _blocs;

        internal ColonnesEnConstruction(int n, int tailleDuBloc)
        {
            _tailleDuBloc = tailleDuBloc;
            _numeros = GC.AllocateUninitializedArray<int>(n);
            _communes = GC.AllocateUninitializedArray<int>(n);
            _indicateurs = GC.AllocateUninitializedArray<uint>(n);
            _naissances = GC.AllocateUninitializedArray<int>(n);
            _ressources = GC.AllocateUninitializedArray<int>(n);
            _prestations = GC.AllocateUninitializedArray<int>(n);
            _debuts = GC.AllocateUninitializedArray<int>(n + 1);
            _datesSituation = GC.AllocateUninitializedArray<int>(n);
            _droitsEtDevoirs = GC.AllocateUninitializedArray<int>(n);
            _blocs = new TablesDeBloc[(n + tailleDuBloc - 1) / tailleDuBloc];
        }

        /// <summary>Les tables d'enfants et d'événements du bloc <paramref name="b"/> (foyers <c>b × taille</c> et suivants), remplies dans l'ordre des foyers.</summary>
        internal TablesDeBloc Bloc(int b) => _blocs[b] = new TablesDeBloc(Math.Min(_tailleDuBloc, _debuts.Length - 1 - (b * _tailleDuBloc)));

        /// <summary>Remplit les colonnes du foyer <paramref name="i"/> ; ses enfants et ses événements vont dans les tables de son bloc.</summary>
        internal bool Remplir(int i, Foyer foyer, ReferentielCommunes table, TablesDeBloc tables, out Erreur erreur)
        {
            erreur = null!;
            if (!table.TryGetIndex(foyer.Commune, out var commune))
            {
                erreur = new Erreur("population.commune.inconnue", "commune", foyer.Commune.ToString(), $"La commune du foyer n'est pas dans le référentiel {table.Millesime}.");
                return false;
            }

            // Les numéros de jour commencent au 01/01/0001 ; les enfants naissent après l'allocataire et ses événements
            // ne la précèdent pas (invariants du foyer) : sa naissance suffit à borner toutes les dates lues.
            if (foyer.Allocataire.DateNaissance.Year < 1)
            {
                erreur = new Erreur("population.date.capacite", "naissance_allocataire", Erreur.ValeurMasquee, "Date antérieure au 01/01/0001, hors de la capacité d'une population.");
                return false;
            }

            var indicateurs = EncodageDuFoyer.Indicateurs(foyer, out var prestations);
            var droitsEtDevoirs = foyer.Allocataire.DroitsEtDevoirs is { } dd ? Jours.De(dd.Depuis) : Jours.Aucun;
            var ressources = foyer.RessourcesMensuelles.Centimes;
            if (EncodageDuFoyer.Capacite(ressources, prestations) is { } capacite)
            {
                erreur = capacite;
                return false;
            }

            _debuts[i] = tables.NombreEnfants;
            foreach (var e in foyer.Enfants)
            {
                tables.AjouterEnfant(EncodageDuFoyer.Enfant(e));
            }

            indicateurs |= EncodageDuFoyer.Evenements(foyer, code => tables.AjouterEvenement(i, code));

            _numeros[i] = foyer.Numero.Valeur;
            _communes[i] = commune;
            _indicateurs[i] = indicateurs;
            _naissances[i] = Jours.De(foyer.Allocataire.DateNaissance);
            _ressources[i] = (int)ressources;
            _prestations[i] = (int)prestations;
            _datesSituation[i] = Jours.De(foyer.DateSituation);
            _droitsEtDevoirs[i] = droitsEtDevoirs;
            return true;
        }

        /// <summary>Remplit les colonnes d'un foyer tiré par le générateur (ses enfants et événements vont dans les tables de son bloc).</summary>
        internal void Remplir(int i, in FoyerGenere foyer, TablesDeBloc tables)
        {
            _debuts[i] = tables.NombreEnfants;
            for (var e = 0; e < foyer.NombreEnfants; e++)
            {
                tables.AjouterEnfant(foyer.Enfant(e));
            }

            for (var r = 0; r < FoyerGenere.TypesEvenements; r++)
            {
                if (foyer.Evenement(r) != Jours.Aucun)
                {
                    tables.AjouterEvenement(i, EvenementsEnTable.Encoder(foyer.Evenement(r), r));
                }
            }

            _numeros[i] = foyer.Numero;
            _communes[i] = foyer.Commune;
            _indicateurs[i] = foyer.Indicateurs;
            _naissances[i] = foyer.NaissanceAllocataire;
            _ressources[i] = foyer.Ressources;
            _prestations[i] = foyer.Prestations;
            _datesSituation[i] = foyer.DateSituation;
            _droitsEtDevoirs[i] = foyer.DroitsEtDevoirsDepuis;
        }

        /// <summary>Rend au pool les tables des blocs (construction abandonnée).</summary>
        internal void Abandonner()
        {
            foreach (var bloc in _blocs)
            {
                bloc?.Rendre();
            }
        }

        /// <summary>
        /// Met bout à bout les tables des blocs (décalages des enfants rendus absolus, événements déjà triés par foyer
        /// puisque les blocs sont contigus et remplis dans l'ordre), en parallèle par bloc, et rend la population.
        /// </summary>
        internal Population Terminer(ReferentielCommunes table, Func<int, Foyer> source)
        {
            var n = _debuts.Length - 1;
            var decalagesEnfants = new int[_blocs.Length];
            var decalagesEvenements = new int[_blocs.Length];
            int enfants = 0, evenements = 0;
            for (var b = 0; b < _blocs.Length; b++)
            {
                decalagesEnfants[b] = enfants;
                decalagesEvenements[b] = evenements;
                enfants = checked(enfants + _blocs[b].NombreEnfants);
                evenements = checked(evenements + _blocs[b].NombreEvenements);
            }

            var tousEnfants = GC.AllocateUninitializedArray<int>(enfants);
            var evenementsFoyers = GC.AllocateUninitializedArray<int>(evenements);
            var evenementsCodes = GC.AllocateUninitializedArray<int>(evenements);
            var debuts = _debuts;
            Parallel.For(0, _blocs.Length, b =>
            {
                var bloc = _blocs[b];
                var fin = Math.Min(n, (b + 1) * _tailleDuBloc);
                var decalage = decalagesEnfants[b];
                for (var i = b * _tailleDuBloc; i < fin; i++)
                {
                    debuts[i] += decalage;
                }

                bloc.CopierVers(tousEnfants.AsSpan(decalage), evenementsFoyers.AsSpan(decalagesEvenements[b]), evenementsCodes.AsSpan(decalagesEvenements[b]));
                bloc.Rendre();
                _blocs[b] = null!;
            });
            debuts[n] = enfants;
            return new(table, _numeros, _communes, _indicateurs, _naissances, _ressources, _prestations, debuts, tousEnfants, _datesSituation, _droitsEtDevoirs, evenementsFoyers, evenementsCodes, source);
        }
    }

    /// <summary>Les enfants et les événements d'un bloc de foyers, dans l'ordre des foyers (tables louées au pool, agrandies au besoin).</summary>
    internal sealed class TablesDeBloc
    {
        private int[] _enfants;
        private int[] _evenementsFoyers;
        private int[] _evenementsCodes;

        internal TablesDeBloc(int foyers)
        {
            _enfants = ArrayPool<int>.Shared.Rent(Math.Max(16, foyers * 2));
            _evenementsFoyers = ArrayPool<int>.Shared.Rent(Math.Max(16, foyers / 8));
            _evenementsCodes = ArrayPool<int>.Shared.Rent(_evenementsFoyers.Length);
        }

        internal int NombreEnfants { get; private set; }

        internal int NombreEvenements { get; private set; }

        internal void AjouterEnfant(int enfant)
        {
            if (NombreEnfants == _enfants.Length)
            {
                Agrandir(ref _enfants, NombreEnfants);
            }

            _enfants[NombreEnfants++] = enfant;
        }

        internal void AjouterEvenement(int foyer, int code)
        {
            if (NombreEvenements == _evenementsFoyers.Length)
            {
                Agrandir(ref _evenementsFoyers, NombreEvenements);
                Agrandir(ref _evenementsCodes, NombreEvenements);
            }

            _evenementsFoyers[NombreEvenements] = foyer;
            _evenementsCodes[NombreEvenements++] = code;
        }

        internal void CopierVers(Span<int> enfants, Span<int> evenementsFoyers, Span<int> evenementsCodes)
        {
            _enfants.AsSpan(0, NombreEnfants).CopyTo(enfants);
            _evenementsFoyers.AsSpan(0, NombreEvenements).CopyTo(evenementsFoyers);
            _evenementsCodes.AsSpan(0, NombreEvenements).CopyTo(evenementsCodes);
        }

        internal void Rendre()
        {
            if (_enfants.Length == 0)
            {
                return;
            }

            Effacer(_enfants, NombreEnfants);
            Effacer(_evenementsFoyers, NombreEvenements);
            Effacer(_evenementsCodes, NombreEvenements);
            _enfants = _evenementsFoyers = _evenementsCodes = [];
        }

        private static void Agrandir(ref int[] table, int compte)
        {
            var plus = ArrayPool<int>.Shared.Rent(table.Length * 2);
            table.AsSpan(0, compte).CopyTo(plus);
            Effacer(table, compte);
            table = plus;
        }

        /// <summary>Rend une table au pool partagé après avoir effacé la partie écrite : des dates de naissance et
        /// d'événements (données personnelles) ne restent pas dans un tableau que le reste du processus louera ensuite.</summary>
        private static void Effacer(int[] table, int compte)
        {
            Array.Clear(table, 0, compte);
            ArrayPool<int>.Shared.Return(table);
        }
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
