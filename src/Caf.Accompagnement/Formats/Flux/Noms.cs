using System.Xml;

namespace Caf.Accompagnement.Flux;

/// <summary>Les noms d'éléments du schéma VRSB0801, atomisés dans une table de noms : le lecteur les compare par référence.</summary>
internal sealed class Noms
{
    /// <summary>Les valeurs courtes déjà lues par le lecteur (ou le fil) qui tient cette table, une chaîne par valeur.</summary>
    internal readonly HashSet<string> Valeurs = new(StringComparer.Ordinal);

    /// <summary>La recherche dans <see cref="Valeurs"/> par les caractères d'une valeur, sans chaîne.</summary>
    internal readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ValeursParCaracteres;

    private const int ValeursGardees = 4096;
    private const int TailleDuCache = 1024;

    // Le cache direct des valeurs courtes : la clé est la valeur elle-même (4 caractères de 16 bits au plus, longueur en tête).
    private readonly (ulong Cle, string? Valeur)[] _cache = new (ulong, string?)[TailleDuCache];

    /// <summary>
    /// La chaîne d'une valeur : pour une valeur courte (codes, indicateurs, petits nombres : 4 caractères au plus), la
    /// chaîne déjà rendue pour les mêmes caractères (un cache direct, puis une table bornée à 4 096 valeurs) ; une chaîne
    /// neuve sinon.
    /// </summary>
    internal string Chaine(ReadOnlySpan<char> valeur)
    {
        if (valeur.Length > 4)
        {
            return valeur.ToString();
        }

        var cle = (ulong)valeur.Length << 60;
        for (var i = 0; i < valeur.Length; i++)
        {
            cle ^= (ulong)valeur[i] << (i * 15);
        }

        ref var entree = ref _cache[(int)((cle * 0x9E3779B97F4A7C15UL) >> 54)];
        if (entree.Valeur is { } connue && entree.Cle == cle && valeur.SequenceEqual(connue))
        {
            return connue;
        }

        if (!ValeursParCaracteres.TryGetValue(valeur, out var chaine))
        {
            chaine = valeur.ToString();
            if (Valeurs.Count < ValeursGardees)
            {
                Valeurs.Add(chaine);
            }
        }

        entree = (cle, chaine);
        return chaine;
    }

    /// <summary>Le tampon où une valeur est lue avant d'être cherchée dans <see cref="Valeurs"/>.</summary>
    internal char[] TamponDeValeur = new char[256];

    internal Noms()
    {
        ValeursParCaracteres = Valeurs.GetAlternateLookup<ReadOnlySpan<char>>();
        Table = new NameTable();
        APPLIEME = Table.Add(nameof(APPLIEME));
        Activite = Table.Add(nameof(Activite));
        Adresse = Table.Add(nameof(Adresse));
        AdresseDetailleeFrance = Table.Add(nameof(AdresseDetailleeFrance));
        AdresseHorsFrance = Table.Add(nameof(AdresseHorsFrance));
        Anomalie = Table.Add(nameof(Anomalie));
        AvisCGSSDOMPersonne = Table.Add(nameof(AvisCGSSDOMPersonne));
        AvisPCGDroitRSA = Table.Add(nameof(AvisPCGDroitRSA));
        AvisPCGPersonne = Table.Add(nameof(AvisPCGPersonne));
        Controle = Table.Add(nameof(Controle));
        DDRATDOS = Table.Add(nameof(DDRATDOS));
        DDSITFAM = Table.Add(nameof(DDSITFAM));
        DDSUSVERSRSA = Table.Add(nameof(DDSUSVERSRSA));
        DFRATDOS = Table.Add(nameof(DFRATDOS));
        DTCLORSA = Table.Add(nameof(DTCLORSA));
        DTCREAFLUX = Table.Add(nameof(DTCREAFLUX));
        DTDEMRSA = Table.Add(nameof(DTDEMRSA));
        DTEMM = Table.Add(nameof(DTEMM));
        DTLIQ = Table.Add(nameof(DTLIQ));
        DTNAI = Table.Add(nameof(DTNAI));
        DTORIDEMRSA = Table.Add(nameof(DTORIDEMRSA));
        DTREF = Table.Add(nameof(DTREF));
        DemandeRMI = Table.Add(nameof(DemandeRMI));
        DemandeRSA = Table.Add(nameof(DemandeRSA));
        DetailCalculDroitRSA = Table.Add(nameof(DetailCalculDroitRSA));
        DetailDroitRSA = Table.Add(nameof(DetailDroitRSA));
        DonneesAdministratives = Table.Add(nameof(DonneesAdministratives));
        DossierCAF = Table.Add(nameof(DossierCAF));
        DossierPoleEmploi = Table.Add(nameof(DossierPoleEmploi));
        ETATADR = Table.Add(nameof(ETATADR));
        ETATDOSRSA = Table.Add(nameof(ETATDOSRSA));
        EtatDossierRSA = Table.Add(nameof(EtatDossierRSA));
        Evenement = Table.Add(nameof(Evenement));
        FG = Table.Add(nameof(FG));
        FONORG = Table.Add(nameof(FONORG));
        FinDroit = Table.Add(nameof(FinDroit));
        FinDroitMoisAnterieur = Table.Add(nameof(FinDroitMoisAnterieur));
        Grossesse = Table.Add(nameof(Grossesse));
        HEUCREAFLUX = Table.Add(nameof(HEUCREAFLUX));
        HEULIQ = Table.Add(nameof(HEULIQ));
        IDEPARTE = Table.Add(nameof(IDEPARTE));
        Identification = Table.Add(nameof(Identification));
        IdentificationFlux = Table.Add(nameof(IdentificationFlux));
        IdentificationRSA = Table.Add(nameof(IdentificationRSA));
        InformationsAgricoles = Table.Add(nameof(InformationsAgricoles));
        InfosFoyerRSA = Table.Add(nameof(InfosFoyerRSA));
        MATRICULE = Table.Add(nameof(MATRICULE));
        MOTICLORSA = Table.Add(nameof(MOTICLORSA));
        MOTISUSVERSRSA = Table.Add(nameof(MOTISUSVERSRSA));
        MTPERSABANEURSA = Table.Add(nameof(MTPERSABANEURSA));
        MTPERSRESSMENRSA = Table.Add(nameof(MTPERSRESSMENRSA));
        MontantCalculDroitRSAPersonne = Table.Add(nameof(MontantCalculDroitRSAPersonne));
        MontantsCalculDroitRSA = Table.Add(nameof(MontantsCalculDroitRSA));
        NATFLUX = Table.Add(nameof(NATFLUX));
        NATPREST = Table.Add(nameof(NATPREST));
        NBENFAUTCHA = Table.Add(nameof(NBENFAUTCHA));
        NBTOTDOSRSATRANSM = Table.Add(nameof(NBTOTDOSRSATRANSM));
        NBTOTDOSRSATRANSMANO = Table.Add(nameof(NBTOTDOSRSATRANSMANO));
        NIR = Table.Add(nameof(NIR));
        NOM = Table.Add(nameof(NOM));
        NOMCOMNAI = Table.Add(nameof(NOMCOMNAI));
        NOMNAI = Table.Add(nameof(NOMNAI));
        NUMCOM = Table.Add(nameof(NUMCOM));
        NUMDEMRSA = Table.Add(nameof(NUMDEMRSA));
        NUMDEMRSAPRECE = Table.Add(nameof(NUMDEMRSAPRECE));
        NUMORG = Table.Add(nameof(NUMORG));
        NUMVERSIONAPPLIEME = Table.Add(nameof(NUMVERSIONAPPLIEME));
        ORIDEMRSA = Table.Add(nameof(ORIDEMRSA));
        Organisme = Table.Add(nameof(Organisme));
        OrganismeCedant = Table.Add(nameof(OrganismeCedant));
        OrganismePrenant = Table.Add(nameof(OrganismePrenant));
        PAYS = Table.Add(nameof(PAYS));
        PRENOM = Table.Add(nameof(PRENOM));
        PRENOM2 = Table.Add(nameof(PRENOM2));
        PRENOM3 = Table.Add(nameof(PRENOM3));
        Partenaire = Table.Add(nameof(Partenaire));
        PensionAlimentaire = Table.Add(nameof(PensionAlimentaire));
        Personne = Table.Add(nameof(Personne));
        PrestationRSA = Table.Add(nameof(PrestationRSA));
        Prestations = Table.Add(nameof(Prestations));
        QUAL = Table.Add(nameof(QUAL));
        REGAGRIFAM = Table.Add(nameof(REGAGRIFAM));
        RGADR = Table.Add(nameof(RGADR));
        RGNAI = Table.Add(nameof(RGNAI));
        ROLEPERS = Table.Add(nameof(ROLEPERS));
        Racine = Table.Add(nameof(Racine));
        Rattachement = Table.Add(nameof(Rattachement));
        Refus = Table.Add(nameof(Refus));
        Ressources = Table.Add(nameof(Ressources));
        SEXE = Table.Add(nameof(SEXE));
        SITFAM = Table.Add(nameof(SITFAM));
        SituationDossierRSA = Table.Add(nameof(SituationDossierRSA));
        SituationFamille = Table.Add(nameof(SituationFamille));
        SpecificiteDOM = Table.Add(nameof(SpecificiteDOM));
        SuspensionDroit = Table.Add(nameof(SuspensionDroit));
        SuspensionVersement = Table.Add(nameof(SuspensionVersement));
        TOPCHAPERS = Table.Add(nameof(TOPCHAPERS));
        TOPFOYDRODEVORSA = Table.Add(nameof(TOPFOYDRODEVORSA));
        TOPPERSDRODEVORSA = Table.Add(nameof(TOPPERSDRODEVORSA));
        TOPPERSENTDRODEVORSA = Table.Add(nameof(TOPPERSENTDRODEVORSA));
        TOPRESPDOS = Table.Add(nameof(TOPRESPDOS));
        TOPSANSDOMFIXE = Table.Add(nameof(TOPSANSDOMFIXE));
        TOPVALIEC = Table.Add(nameof(TOPVALIEC));
        TYPEADR = Table.Add(nameof(TYPEADR));
        TYPEDTNAI = Table.Add(nameof(TYPEDTNAI));
        TYPEFLUX = Table.Add(nameof(TYPEFLUX));
        TYPEPARTE = Table.Add(nameof(TYPEPARTE));
        TransmissionFlux = Table.Add(nameof(TransmissionFlux));
        TroncCommunAdresse = Table.Add(nameof(TroncCommunAdresse));
        TroncCommunDroitRSA = Table.Add(nameof(TroncCommunDroitRSA));
    }

    internal XmlNameTable Table { get; }

    internal string APPLIEME { get; }

    internal string Activite { get; }

    internal string Adresse { get; }

    internal string AdresseDetailleeFrance { get; }

    internal string AdresseHorsFrance { get; }

    internal string Anomalie { get; }

    internal string AvisCGSSDOMPersonne { get; }

    internal string AvisPCGDroitRSA { get; }

    internal string AvisPCGPersonne { get; }

    internal string Controle { get; }

    internal string DDRATDOS { get; }

    internal string DDSITFAM { get; }

    internal string DDSUSVERSRSA { get; }

    internal string DFRATDOS { get; }

    internal string DTCLORSA { get; }

    internal string DTCREAFLUX { get; }

    internal string DTDEMRSA { get; }

    internal string DTEMM { get; }

    internal string DTLIQ { get; }

    internal string DTNAI { get; }

    internal string DTORIDEMRSA { get; }

    internal string DTREF { get; }

    internal string DemandeRMI { get; }

    internal string DemandeRSA { get; }

    internal string DetailCalculDroitRSA { get; }

    internal string DetailDroitRSA { get; }

    internal string DonneesAdministratives { get; }

    internal string DossierCAF { get; }

    internal string DossierPoleEmploi { get; }

    internal string ETATADR { get; }

    internal string ETATDOSRSA { get; }

    internal string EtatDossierRSA { get; }

    internal string Evenement { get; }

    internal string FG { get; }

    internal string FONORG { get; }

    internal string FinDroit { get; }

    internal string FinDroitMoisAnterieur { get; }

    internal string Grossesse { get; }

    internal string HEUCREAFLUX { get; }

    internal string HEULIQ { get; }

    internal string IDEPARTE { get; }

    internal string Identification { get; }

    internal string IdentificationFlux { get; }

    internal string IdentificationRSA { get; }

    internal string InformationsAgricoles { get; }

    internal string InfosFoyerRSA { get; }

    internal string MATRICULE { get; }

    internal string MOTICLORSA { get; }

    internal string MOTISUSVERSRSA { get; }

    internal string MTPERSABANEURSA { get; }

    internal string MTPERSRESSMENRSA { get; }

    internal string MontantCalculDroitRSAPersonne { get; }

    internal string MontantsCalculDroitRSA { get; }

    internal string NATFLUX { get; }

    internal string NATPREST { get; }

    internal string NBENFAUTCHA { get; }

    internal string NBTOTDOSRSATRANSM { get; }

    internal string NBTOTDOSRSATRANSMANO { get; }

    internal string NIR { get; }

    internal string NOM { get; }

    internal string NOMCOMNAI { get; }

    internal string NOMNAI { get; }

    internal string NUMCOM { get; }

    internal string NUMDEMRSA { get; }

    internal string NUMDEMRSAPRECE { get; }

    internal string NUMORG { get; }

    internal string NUMVERSIONAPPLIEME { get; }

    internal string ORIDEMRSA { get; }

    internal string Organisme { get; }

    internal string OrganismeCedant { get; }

    internal string OrganismePrenant { get; }

    internal string PAYS { get; }

    internal string PRENOM { get; }

    internal string PRENOM2 { get; }

    internal string PRENOM3 { get; }

    internal string Partenaire { get; }

    internal string PensionAlimentaire { get; }

    internal string Personne { get; }

    internal string PrestationRSA { get; }

    internal string Prestations { get; }

    internal string QUAL { get; }

    internal string REGAGRIFAM { get; }

    internal string RGADR { get; }

    internal string RGNAI { get; }

    internal string ROLEPERS { get; }

    internal string Racine { get; }

    internal string Rattachement { get; }

    internal string Refus { get; }

    internal string Ressources { get; }

    internal string SEXE { get; }

    internal string SITFAM { get; }

    internal string SituationDossierRSA { get; }

    internal string SituationFamille { get; }

    internal string SpecificiteDOM { get; }

    internal string SuspensionDroit { get; }

    internal string SuspensionVersement { get; }

    internal string TOPCHAPERS { get; }

    internal string TOPFOYDRODEVORSA { get; }

    internal string TOPPERSDRODEVORSA { get; }

    internal string TOPPERSENTDRODEVORSA { get; }

    internal string TOPRESPDOS { get; }

    internal string TOPSANSDOMFIXE { get; }

    internal string TOPVALIEC { get; }

    internal string TYPEADR { get; }

    internal string TYPEDTNAI { get; }

    internal string TYPEFLUX { get; }

    internal string TYPEPARTE { get; }

    internal string TransmissionFlux { get; }

    internal string TroncCommunAdresse { get; }

    internal string TroncCommunDroitRSA { get; }
}
