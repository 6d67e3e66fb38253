using System.Collections.Immutable;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// Générateur déterministe de foyers synthétiques, calibré sur des agrégats publics (<see cref="ParametresDeGeneration"/>),
/// qui place les foyers dans des communes réelles en proportion de leur population.
/// </summary>
/// <remarks>
/// <para>Déterministe : le foyer d'indice <c>i</c> ne dépend que de la graine, de <c>i</c>, de la date des données,
/// des communes et des paramètres. Il se tire donc dans n'importe quel ordre, en parallèle, et se régénère à la
/// demande : <see cref="Population(int)"/> écrit directement les colonnes (13,5 millions de foyers en quelques
/// secondes) et <see cref="Population.Foyer(int)"/> régénère le foyer d'origine ; <see cref="Foyers(int)"/> donne les
/// mêmes foyers en objets.</para>
/// <para>Les événements de vie tombent dans les deux années qui précèdent la date des données, au plus un par type.
/// Les numéros allocataires sont uniques jusqu'à 10 millions de foyers (7 chiffres) ; au-delà ils se répètent, comme
/// d'une Caf à l'autre : l'indice dans la population identifie le foyer.</para>
/// </remarks>
public sealed class GenerateurDePopulation
{
    private const int TailleDuBloc = 1 << 15;
    private readonly int[] _communes;
    private readonly long[] _cumul;
    private readonly int _dateJour;

    private GenerateurDePopulation(ReferentielCommunes referentiel, int[] communes, long[] cumul, LocalDate dateDesDonnees, ulong graine, ParametresDeGeneration parametres)
    {
        Referentiel = referentiel;
        _communes = communes;
        _cumul = cumul;
        DateDesDonnees = dateDesDonnees;
        _dateJour = Jours.De(dateDesDonnees);
        Graine = graine;
        Parametres = parametres;
    }

    /// <summary>Le référentiel des communes.</summary>
    public ReferentielCommunes Referentiel { get; }

    /// <summary>La date des données : les âges, situations et événements sont tirés avant cette date.</summary>
    public LocalDate DateDesDonnees { get; }

    /// <summary>La graine.</summary>
    public ulong Graine { get; }

    /// <summary>Les paramètres de calibrage.</summary>
    public ParametresDeGeneration Parametres { get; }

    /// <summary>Le nombre de communes où les foyers sont placés.</summary>
    public int NombreDeCommunes => _communes.Length;

    /// <summary>La population municipale des communes où les foyers sont placés.</summary>
    public long Habitants => _cumul[^1];

    /// <summary>Crée un générateur qui place les foyers dans les communes d'un référentiel (ou d'un de ses départements), en proportion de leur population municipale.</summary>
    /// <param name="dateDesDonnees">La date des données.</param>
    /// <param name="graine">La graine.</param>
    /// <param name="departement">Le code d'un département (<c>40</c>) ; toute la France si absent.</param>
    /// <param name="referentiel">Le référentiel ; par défaut <see cref="ReferentielCommunes.Cog2026"/>.</param>
    /// <param name="parametres">Le calibrage ; <see cref="ParametresDeGeneration.Defaut"/> si absent.</param>
    /// <returns>Le générateur, ou <c>population.generation.departement</c> (département inconnu du référentiel) ou
    /// <c>population.generation.habitants</c> (communes sans habitant).</returns>
    public static Resultat<GenerateurDePopulation> Create(LocalDate dateDesDonnees, ulong graine, string? departement = null, ReferentielCommunes? referentiel = null, ParametresDeGeneration? parametres = null)
    {
        var r = referentiel ?? ReferentielCommunes.Cog2026;
        IReadOnlyList<Commune> communes = departement is null ? r : r.DuDepartement(departement);
        if (communes.Count == 0)
        {
            return Resultat<GenerateurDePopulation>.Echec(new Erreur("population.generation.departement", "departement", departement,
                $"Département inconnu du référentiel {r.Millesime}."));
        }

        var indices = new int[communes.Count];
        var cumul = new long[communes.Count];
        long total = 0;
        for (var i = 0; i < communes.Count; i++)
        {
            indices[i] = communes[i].Index;
            total += communes[i].Population;
            cumul[i] = total;
        }

        return total > 0
            ? new GenerateurDePopulation(r, indices, cumul, dateDesDonnees, graine, parametres ?? ParametresDeGeneration.Defaut)
            : Resultat<GenerateurDePopulation>.Echec(new Erreur("population.generation.habitants", "departement", departement, "Les communes retenues n'ont aucun habitant."));
    }

    /// <summary>Crée un générateur pour des arguments connus valides (erreur de programmation sinon).</summary>
    /// <param name="dateDesDonnees">La date des données.</param>
    /// <param name="graine">La graine.</param>
    /// <param name="departement">Le code d'un département ; toute la France si absent.</param>
    /// <param name="referentiel">Le référentiel ; par défaut <see cref="ReferentielCommunes.Cog2026"/>.</param>
    /// <param name="parametres">Le calibrage.</param>
    /// <returns>Le générateur.</returns>
    /// <exception cref="ArgumentException">Département inconnu du référentiel ou sans habitant.</exception>
    public static GenerateurDePopulation From(LocalDate dateDesDonnees, ulong graine, string? departement = null, ReferentielCommunes? referentiel = null, ParametresDeGeneration? parametres = null)
    {
        var r = Create(dateDesDonnees, graine, departement, referentiel, parametres);
        return r.TryGetValue(out var g) ? g : throw new ArgumentException(r.Erreurs[0].Message, nameof(departement));
    }

    /// <summary>Le foyer d'indice donné.</summary>
    /// <param name="index">L'indice (positif ou nul).</param>
    /// <returns>Le foyer.</returns>
    public Foyer Foyer(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, int.MaxValue);
        Tirer(index, out var f);
        return Construire(in f);
    }

    /// <summary>Les foyers d'indices 0 à <paramref name="nombre"/> − 1, en objets.</summary>
    /// <param name="nombre">Le nombre de foyers.</param>
    /// <returns>Les foyers.</returns>
    public IReadOnlyList<Foyer> Foyers(int nombre)
    {
        Preconditions.CheckArgumentRange(nameof(nombre), nombre, 0, int.MaxValue);
        var foyers = new Foyer[nombre];
        Parallel.For(0, (nombre + TailleDuBloc - 1) / TailleDuBloc, b =>
        {
            var fin = Math.Min(nombre, (b + 1) * TailleDuBloc);
            for (var i = b * TailleDuBloc; i < fin; i++)
            {
                foyers[i] = Foyer(i);
            }
        });
        return foyers;
    }

    /// <summary>
    /// La population des foyers d'indices 0 à <paramref name="nombre"/> − 1, écrite directement en colonnes (en
    /// parallèle, par blocs) ; identique à <see cref="Cibles.Population.Create(IReadOnlyList{Foyers.Foyer}, ReferentielCommunes)"/>
    /// sur <see cref="Foyers(int)"/>, sans créer d'objet par foyer.
    /// </summary>
    /// <param name="nombre">Le nombre de foyers.</param>
    /// <returns>La population ; <see cref="Population.Foyer(int)"/> y régénère le foyer d'origine.</returns>
    public Population Population(int nombre)
    {
        Preconditions.CheckArgumentRange(nameof(nombre), nombre, 0, int.MaxValue);
        var blocs = (nombre + TailleDuBloc - 1) / TailleDuBloc;
        var colonnes = new Population.ColonnesEnConstruction(nombre, TailleDuBloc);
        Parallel.For(0, blocs, b =>
        {
            var tables = colonnes.Bloc(b);
            var fin = Math.Min(nombre, (b + 1) * TailleDuBloc);
            for (var i = b * TailleDuBloc; i < fin; i++)
            {
                Tirer(i, out var f);
                colonnes.Remplir(i, in f, tables);
            }
        });
        return colonnes.Terminer(Referentiel, Foyer);
    }

    /// <summary>Tire le foyer d'indice donné.</summary>
    internal void Tirer(int index, out FoyerGenere f)
    {
        var p = Parametres;
        var h = new Hasard(Graine, (ulong)index);
        var d = _dateJour;
        f = default;
        f.Numero = (int)(((ulong)index * 7_654_321UL) % 10_000_000UL);
        f.Commune = _communes[Commune(h.Entier(_cumul[^1]))];

        var avecEnfants = h.Vrai(p.PartAvecEnfants);
        var enCouple = avecEnfants ? !h.Vrai(p.PartMonoparentsParmiFamilles) : h.Vrai(p.PartCouplesSansEnfant);
        var monoparent = avecEnfants && !enCouple;
        var age = avecEnfants ? 20 + (int)h.Entier(36) : 18 + (int)h.Entier(63);
        var naissance = d - (int)(age * 365.2425) - (int)h.Entier(365);
        f.NaissanceAllocataire = naissance;
        f.NaissanceConjoint = enCouple ? naissance + (int)h.Entier(3653) - 1826 : Jours.Aucun;
        var majorite = naissance + 6575;
        f.DateSituation = Math.Max(majorite, d - 30 - (int)h.Entier(enCouple ? 7300 : 3650));
        uint indicateurs = enCouple ? (uint)IndicateursFoyer.EnCouple : 0u;

        if (avecEnfants)
        {
            var u = h.Reel();
            var n = u < 0.45 ? 1 : u < 0.79 ? 2 : u < 0.94 ? 3 : u < 0.98 ? 4 : 5;
            var plusJeune = d - (int)h.Entier(Math.Min(18, age - 17) * 365);
            var minimum = naissance + 5844; // 16 ans après l'allocataire
            Span<int> naissances = stackalloc int[FoyerGenere.EnfantsMax];
            var compte = 0;
            var courant = Math.Max(plusJeune, minimum + 1);
            while (compte < n && courant > minimum && d - courant <= 7670)
            {
                naissances[compte++] = courant;
                courant -= 365 + (int)h.Entier(3 * 365);
            }

            f.NombreEnfants = compte;
            for (var e = 0; e < compte; e++)
            {
                // Du plus âgé au plus jeune, comme Foyer.Enfants.
                f.Enfants[e] = (naissances[compte - 1 - e] << 1) | (h.Vrai(p.TauxHandicapEnfant) ? 1 : 0);
            }
        }

        var rsa = h.Vrai(enCouple ? p.TauxRsaCouple : monoparent ? p.TauxRsaMonoparent : p.TauxRsaSeulSansEnfant);
        f.Ressources = rsa ? (int)h.Entier(60_000) : enCouple ? 120_000 + (int)h.Entier(380_000) : 60_000 + (int)h.Entier(monoparent ? 200_000 : 220_000);
        if (rsa)
        {
            indicateurs |= (uint)IndicateursFoyer.Rsa;
            f.MontantRsa = 30_000 + (int)h.Entier(50_000);
            if (monoparent && h.Vrai(p.PartRsaMajore))
            {
                indicateurs |= (uint)IndicateursFoyer.RsaMajore;
            }
        }

        if (f.NombreEnfants >= 2)
        {
            indicateurs |= (uint)IndicateursFoyer.AllocationsFamiliales;
            f.MontantAf = f.NombreEnfants == 2 ? 14_199 : 32_391 + ((f.NombreEnfants - 3) * 18_192);
        }

        var logement = h.Vrai(p.TauxAideAuLogement);
        if (logement)
        {
            indicateurs |= (uint)IndicateursFoyer.Apl;
            f.MontantApl = 10_000 + (int)h.Entier(30_000);
        }

        if (!rsa && f.Ressources < 180_000 && h.Vrai(0.6))
        {
            indicateurs |= (uint)IndicateursFoyer.PrimeActivite;
            f.MontantPpa = 5_000 + (int)h.Entier(25_000);
        }

        if (monoparent && h.Vrai(0.4))
        {
            indicateurs |= (uint)IndicateursFoyer.AllocationSoutienFamilial;
            f.MontantAsf = 18_441 * f.NombreEnfants;
        }

        f.Prestations = f.MontantRsa + f.MontantAf + f.MontantApl + f.MontantPpa + f.MontantAsf;

        for (var r = 0; r < FoyerGenere.TypesEvenements; r++)
        {
            f.Evenements[r] = Jours.Aucun;
        }

        // Fenêtre de deux ans avant la date des données : probabilité ≈ 2 × fréquence annuelle.
        var debutFenetre = Math.Max(majorite, d - 730);
        var largeur = d - debutFenetre + 1;
        if (!enCouple && h.Vrai(2 * p.TauxSeparationParAn))
        {
            f.Evenements[TypeEvenement.Separation.Rang] = debutFenetre + (int)h.Entier(largeur);
        }

        if (monoparent && h.Vrai(2 * p.TauxMonoparentaliteParAn))
        {
            f.Evenements[TypeEvenement.Monoparentalite.Rang] = debutFenetre + (int)h.Entier(largeur);
        }

        if (logement && h.Vrai(2 * p.TauxImpayeParAn))
        {
            f.Evenements[TypeEvenement.ImpayeDeLoyer.Rang] = debutFenetre + (int)h.Entier(largeur);
        }

        if (!enCouple && age > 40 && h.Vrai(2 * p.TauxDecesConjointParAn))
        {
            f.Evenements[TypeEvenement.DecesConjoint.Rang] = debutFenetre + (int)h.Entier(largeur);
        }

        if (avecEnfants && h.Vrai(2 * p.TauxDecesEnfantParAn))
        {
            f.Evenements[TypeEvenement.DecesEnfant.Rang] = debutFenetre + (int)h.Entier(largeur);
        }

        if (h.Vrai(0.9))
        {
            indicateurs |= (uint)IndicateursFoyer.TelephoneConnu;
        }

        ReadOnlySpan<double> canaux = [0.15, 0.30, 0.80, 0.50, 0.10];
        for (var c = 0; c < canaux.Length; c++)
        {
            if (h.Vrai(canaux[c]))
            {
                indicateurs |= 1u << (15 + c);
            }
        }

        // Soumission aux droits et devoirs (CASF L262-28), tirée en dernier pour ne rien changer aux tirages précédents :
        // connue pour les foyers au RSA, soumis dans 98 % des cas (hypothèse : revenus d'activité rarement au-dessus du
        // seuil), depuis l'ouverture du droit (hypothèse : la date de la situation ou jusqu'à deux ans avant la date des
        // données, la plus récente des deux).
        f.DroitsEtDevoirsDepuis = Jours.Aucun;
        if (rsa)
        {
            indicateurs |= (uint)IndicateursFoyer.DroitsEtDevoirsConnus | (h.Vrai(0.98) ? (uint)IndicateursFoyer.SoumisAuxDroitsEtDevoirs : 0u);
            f.DroitsEtDevoirsDepuis = Math.Max(f.DateSituation, d - 30 - (int)h.Entier(700));
        }

        f.Indicateurs = indicateurs;
    }

    private int Commune(long tirage)
    {
        // Première commune dont la population cumulée dépasse le tirage.
        var lo = 0;
        var hi = _cumul.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_cumul[mid] > tirage)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private Foyer Construire(in FoyerGenere f)
    {
        var b = Caf.Accompagnement.Foyers.Foyer.Builder(NumeroAllocataire.FromValeur(f.Numero), Referentiel[f.Commune].Code, Jours.Date(f.NaissanceAllocataire));
        if (f.NaissanceConjoint != Jours.Aucun)
        {
            b.EnCouple(Jours.Date(f.NaissanceConjoint), Jours.Date(f.DateSituation));
        }
        else
        {
            b.Isole(Jours.Date(f.DateSituation));
        }

        for (var e = 0; e < f.NombreEnfants; e++)
        {
            b.AvecEnfant(Jours.Date(f.Enfant(e) >> 1), (f.Enfant(e) & 1) != 0);
        }

        b.AvecRessources(Montant.FromCentimes(f.Ressources), Montant.FromCentimes(f.Ressources * 12L));
        var ind = (IndicateursFoyer)f.Indicateurs;
        if (ind.HasFlag(IndicateursFoyer.Rsa))
        {
            b.Percoit(Prestation.Rsa, Montant.FromCentimes(f.MontantRsa), ind.HasFlag(IndicateursFoyer.RsaMajore));
        }

        if (ind.HasFlag(IndicateursFoyer.AllocationsFamiliales))
        {
            b.Percoit(Prestation.AllocationsFamiliales, Montant.FromCentimes(f.MontantAf));
        }

        if (ind.HasFlag(IndicateursFoyer.Apl))
        {
            b.Percoit(Prestation.Apl, Montant.FromCentimes(f.MontantApl));
        }

        if (ind.HasFlag(IndicateursFoyer.PrimeActivite))
        {
            b.Percoit(Prestation.PrimeActivite, Montant.FromCentimes(f.MontantPpa));
        }

        if (ind.HasFlag(IndicateursFoyer.AllocationSoutienFamilial))
        {
            b.Percoit(Prestation.AllocationSoutienFamilial, Montant.FromCentimes(f.MontantAsf));
        }

        for (var r = 0; r < FoyerGenere.TypesEvenements; r++)
        {
            if (f.Evenement(r) != Jours.Aucun)
            {
                b.Evenement(TypeEvenement.Toutes[r], Jours.Date(f.Evenement(r)));
            }
        }

        foreach (var canal in CanalDeContact.Toutes)
        {
            if ((f.Indicateurs & (1u << (15 + canal.Bit))) != 0)
            {
                b.Canal(canal);
            }
        }

        if (ind.HasFlag(IndicateursFoyer.DroitsEtDevoirsConnus))
        {
            b.DroitsEtDevoirs(RoleDansLeFoyer.Allocataire, ind.HasFlag(IndicateursFoyer.SoumisAuxDroitsEtDevoirs), Jours.Date(f.DroitsEtDevoirsDepuis));
        }

        b.Telephone(ind.HasFlag(IndicateursFoyer.TelephoneConnu));
        return b.Build().GetValueOrThrow();
    }

    /// <summary>SplitMix64 : un flux de nombres pseudo-aléatoires propre à chaque foyer (graine, indice).</summary>
    private struct Hasard(ulong graine, ulong index)
    {
        private ulong _etat = (graine * 0x9E3779B97F4A7C15UL) ^ (index * 0xD1B54A32D192ED03UL) ^ 0x2545F4914F6CDD1DUL;

        private ulong Suivant()
        {
            var z = _etat += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>Réel uniforme dans [0, 1).</summary>
        internal double Reel() => (Suivant() >> 11) * (1.0 / (1UL << 53));

        /// <summary>Entier uniforme dans [0, n).</summary>
        internal long Entier(long n) => (long)Math.BigMul(Suivant(), (ulong)n, out _);

        internal bool Vrai(double probabilite) => Reel() < probabilite;
    }
}
