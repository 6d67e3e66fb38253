using System.Runtime.CompilerServices;

namespace Caf.Accompagnement.Cibles;

/// <summary>Un foyer tiré par le générateur, en valeurs brutes (jours, centimes, bits), avant d'être écrit en colonnes ou construit en <see cref="Foyers.Foyer"/>.</summary>
internal struct FoyerGenere
{
    internal const int EnfantsMax = 6;

    /// <summary>Les types d'événements que tire le générateur : rangs 0 à 4 de <see cref="Foyers.TypeEvenement"/> (décès du conjoint, décès d'un enfant, séparation, impayé de loyer, monoparentalité).</summary>
    internal const int TypesEvenements = 5;

    internal int Numero;
    internal int Commune;
    internal uint Indicateurs;
    internal int NaissanceAllocataire;
    internal int NaissanceConjoint;
    internal int DateSituation;

    /// <summary>Date de la soumission de l'allocataire aux droits et devoirs (valeur dans <see cref="Indicateurs"/>), ou <see cref="Jours.Aucun"/>.</summary>
    internal int DroitsEtDevoirsDepuis;
    internal int Ressources;
    internal int Prestations;
    internal int MontantRsa;
    internal int MontantAf;
    internal int MontantApl;
    internal int MontantPpa;
    internal int MontantAsf;
    internal int NombreEnfants;
    internal EnfantsGeneres Enfants;
    internal EvenementsGeneres Evenements;

    /// <summary>L'enfant de rang <paramref name="e"/> (du plus âgé au plus jeune), encodé <c>jour × 2 + handicap</c>.</summary>
    internal readonly int Enfant(int e) => Enfants[e];

    internal readonly int Evenement(int rang) => Evenements[rang];

    [InlineArray(EnfantsMax)]
    internal struct EnfantsGeneres
    {
        private int _premier;
    }

    [InlineArray(TypesEvenements)]
    internal struct EvenementsGeneres
    {
        private int _premier;
    }
}
