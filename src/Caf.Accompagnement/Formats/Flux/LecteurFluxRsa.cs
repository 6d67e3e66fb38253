using System.Globalization;
using System.Text;
using System.Xml;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Territoires;
using NodaTime;
using NodaTime.Text;

namespace Caf.Accompagnement.Flux;

/// <summary>
/// Le lecteur du flux VRSB0801, élément par élément sur un <see cref="XmlReader"/> (DTD interdite, aucune résolution
/// externe) : un dossier à la fois, les éléments obligatoires, les listes de codes et les formats vérifiés à la main.
/// </summary>
internal sealed class LecteurFluxRsa : IDisposable
{
    private static readonly LocalTimePattern Heure = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss.FFFFFFFFF");

    private readonly XmlReader _r;
    private readonly IXmlLineInfo? _lignes;
    private readonly LecteurXmlRapide? _rapide;
    private readonly Noms _n;
    private readonly List<string> _chemin = new(8);
    private readonly List<Erreur> _globales = [];
    private readonly EtatDossier _d = new();
    private List<Erreur> _erreurs;
    private int _lus;
    private int _acceptes;
    private int _refuses;
    private int? _annonces;
    private bool _complet;
    private bool _dansDossier;
    private int _ligneDossier;
    private bool _libere;

    // La lecture en lots : la source des lots lus en parallèle, le lot en cours de remise, et le décalage des lignes
    // d'un lot (lu hors de son document).
    private readonly DecoupageEnLots? _lots;

    [ThreadStatic]
    private static Noms? _nomsDuFil;

    [ThreadStatic]
    private static LecteurXmlRapide? _rapideDuFil;


    private LotDeDossiers? _lot;
    private int _rendus;
    private int _decalage;
    private int _erreursEnFinDeDossier;

    internal LecteurFluxRsa(XmlReader lecteur, Noms noms, DecoupageEnLots? lots = null)
        : this(lecteur, noms)
    {
        _lots = lots;
    }

    internal LecteurFluxRsa(XmlReader lecteur, Noms noms)
    {
        _r = lecteur;
        _lignes = lecteur as IXmlLineInfo;
        _rapide = lecteur as LecteurXmlRapide;
        _n = noms;
        _erreurs = _globales;
    }

    internal EnteteFluxRsa? Entete { get; private set; }

    private int Ligne => _rapide is { } r ? r.LineNumber + _decalage : _lignes is { } l && l.HasLineInfo() ? l.LineNumber + _decalage : 0;

    /// <summary>Crée les réglages sûrs : DTD interdite, aucun résolveur, aucun schéma, blancs et commentaires ignorés.</summary>
    internal static XmlReaderSettings Reglages(Noms noms) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        ValidationType = ValidationType.None,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        NameTable = noms.Table,
        CloseInput = false,
        MaxCharactersFromEntities = 0,
    };

    internal ResumeDeLecture Bilan() => new(_lus, _acceptes, _refuses, _annonces, _complet && _globales.Count == 0, _globales.ToArray());

    public void Dispose()
    {
        if (!_libere)
        {
            _libere = true;
            _r.Dispose();
            _lots?.Dispose();
        }
    }

    /// <summary>Lit la racine et l'identification du flux ; <see langword="false"/> si la lecture ne peut continuer.</summary>
    internal bool LireDebut()
    {
        try
        {
            _r.MoveToContent();
            if (TypeDeNoeud != XmlNodeType.Element || (object)NomLocal != _n.Racine || _r.NamespaceURI.Length != 0)
            {
                Ajouter("flux.racine.inattendue", "Racine", null, "L'élément racine d'un flux RSA bénéficiaires est Racine (sans espace de noms).", Ligne, "/");
                return false;
            }

            _chemin.Add(_n.Racine);
            var ligne = Ligne;
            if (!Ouvrir() || !Enfant() || (object)NomLocal != _n.IdentificationFlux)
            {
                Absent(_n.IdentificationFlux, ligne);
                return false;
            }

            LireIdentificationFlux();
            _lots?.EnteteLue(Entete);
            return Entete is not null;
        }
        catch (XmlException e)
        {
            Illisible(e);
            return false;
        }
        finally
        {
            if (Entete is null)
            {
                _lots?.EnteteLue(null);
            }
        }
    }

    /// <summary>Avance au dossier suivant ; <see langword="false"/> quand la lecture est finie (le dossier éventuel est rendu).</summary>
    internal bool Suivant(out DossierLu? dossier)
    {
        dossier = null;
        if (_lot is not null)
        {
            return RendreDuLot(out dossier);
        }

        try
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.InfosFoyerRSA)
                {
                    // Un lot lu en parallèle tient la place de ses dossiers : un élément vide, dont le lot attend déjà.
                    if (_lots is not null && ElementVide && _lots.TryPrendre(out var lot))
                    {
                        _lot = lot.Arret ? lot : Passer(lot);
                        _rendus = 0;
                        return RendreDuLot(out dossier);
                    }

                    dossier = LireDossier();
                    return true;
                }

                if ((object)nom == _n.TransmissionFlux)
                {
                    LireTransmission();
                }
                else
                {
                    Inattendu(nom);
                }
            }

            // Fin de Racine : rien d'autre que des blancs ou des commentaires n'est admis ensuite.
            while (Avancer())
            {
                if (TypeDeNoeud == XmlNodeType.Element)
                {
                    Ajouter("flux.racine.inattendue", NomLocal, null, "Le document n'a qu'un élément racine.", Ligne, "/");
                    return false;
                }
            }

            _complet = true;
            return false;
        }
        catch (XmlException e)
        {
            if (_dansDossier)
            {
                _erreurs.Add(ErreurIllisible(e));
                dossier = Refuser();
            }
            else
            {
                Illisible(e);
            }

            return false;
        }
    }

    /// <summary>
    /// Passe le remplaçant d'un lot. Comme la lecture d'un trait, qui lit le nœud suivant en finissant le dernier dossier
    /// du lot : si ce nœud est mal formé, ce dossier est refusé (les erreurs qu'il avait à sa balise fermante, puis
    /// l'erreur XML) et la lecture s'arrête après lui.
    /// </summary>
    private LotDeDossiers Passer(LotDeDossiers lot)
    {
        try
        {
            Avancer();
            return lot;
        }
        catch (XmlException e)
        {
            var dernier = lot.Dossiers[^1];
            var erreurs = dernier.Resultat.Reussi ? [] : dernier.Resultat.Erreurs.Take(lot.ErreursDuDernierAvantSaFin).ToList();
            _chemin.Add(Indice(_n.InfosFoyerRSA, dernier.Rang));
            erreurs.Add(ErreurIllisible(e));
            _chemin.RemoveAt(_chemin.Count - 1);
            var dossiers = lot.Dossiers.ToArray();
            dossiers[^1] = new DossierLu(dernier.Rang, dernier.Ligne, Resultat<DossierRsa>.Echec(erreurs));
            return new LotDeDossiers(dossiers, Arret: true);
        }
    }

    /// <summary>Rend le dossier suivant du lot en cours, compté comme s'il avait été lu ici ; faux après le dernier dossier d'un lot arrêté.</summary>
    private bool RendreDuLot(out DossierLu? dossier)
    {
        var lot = _lot!;
        dossier = lot.Dossiers[_rendus++];
        _lus++;
        if (dossier.Accepte)
        {
            _acceptes++;
        }
        else
        {
            _refuses++;
        }

        if (_rendus < lot.Dossiers.Length)
        {
            return true;
        }

        _lot = null;
        return !lot.Arret;
    }

    /// <summary>
    /// Lit un lot : des dossiers consécutifs du flux, séparés par des blancs, tels que la lecture d'un trait les lirait
    /// (rangs, lignes, colonnes et chemins compris) ; le texte est précédé d'autant d'espaces que la colonne de son
    /// premier caractère en a devant lui, ses lignes décalées de celles qui le précèdent.
    /// </summary>
    /// <exception cref="InvalidOperationException">Le lot ne contient pas <paramref name="attendus"/> dossiers (erreur du découpage).</exception>
    internal static LotDeDossiers LireLot(byte[] octets, int taille, Encoding encodage, int ligne, int premierRang, int attendus, EnteteFluxRsa entete)
    {
        // La table des noms d'un fil sert à tous les lots qu'il lit (une table ne se partage pas entre fils).
        var noms = _nomsDuFil ??= new Noms();
        if (encodage.CodePage == Encoding.UTF8.CodePage)
        {
            // Le lecteur rapide d'abord ; au premier octet qu'il ne lit pas, le lot entier est relu par le lecteur XML.
            var rapide = _rapideDuFil ??= new LecteurXmlRapide(noms.Table);
            rapide.Charger(octets, taille);
            try
            {
                return LireLot(rapide, noms, ligne, premierRang, attendus, entete);
            }
            catch (LecteurXmlRapide.HorsDuSousEnsemble)
            {
                // Relu plus bas, en entier.
            }
        }

        var reglages = Reglages(noms);
        reglages.ConformanceLevel = ConformanceLevel.Fragment;
        using var x = XmlReader.Create(new MemoryStream(octets, 0, taille, writable: false), reglages, new XmlParserContext(noms.Table, null, null, XmlSpace.None, encodage));
        return LireLot(x, noms, ligne, premierRang, attendus, entete);
    }

    private static LotDeDossiers LireLot(XmlReader x, Noms noms, int ligne, int premierRang, int attendus, EnteteFluxRsa entete)
    {
        var l = new LecteurFluxRsa(x, noms) { Entete = entete, _decalage = ligne - 1, _lus = premierRang - 1 };
        l._chemin.Add(noms.Racine);
        var dossiers = new List<DossierLu>();
        try
        {
            x.MoveToContent();
            while (x.NodeType == XmlNodeType.Element)
            {
                dossiers.Add(l.LireDossier());
                x.MoveToContent();
            }
        }
        catch (XmlException e) when (l._dansDossier)
        {
            // Comme la lecture d'un trait : le dossier en cours est refusé, la lecture s'arrête.
            l._erreurs.Add(l.ErreurIllisible(e));
            dossiers.Add(l.Refuser());
            return new LotDeDossiers([.. dossiers], Arret: true);
        }

        // Le découpage a compté les dossiers du lot : un autre nombre serait une erreur du découpage, non du document.
        return dossiers.Count == attendus
            ? new LotDeDossiers([.. dossiers], Arret: false, l._erreursEnFinDeDossier)
            : throw new InvalidOperationException($"Lot de {dossiers.Count} dossier(s) lu(s) pour {attendus} découpé(s).");
    }

    private DossierLu LireDossier()
    {
        _lus++;
        _dansDossier = true;
        _ligneDossier = Ligne;
        _erreurs = [];
        _d.Reinitialiser();
        _chemin.Add(Indice(_n.InfosFoyerRSA, _lus));
        var ligne = _ligneDossier;
        bool identification = false, administratives = false, prestation = false;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.IdentificationRSA)
                {
                    identification = Repete(identification, nom);
                    LireIdentificationRsa();
                }
                else if ((object)nom == _n.Personne)
                {
                    LirePersonne();
                }
                else if ((object)nom == _n.DonneesAdministratives)
                {
                    administratives = Repete(administratives, nom);
                    LireDonneesAdministratives();
                }
                else if ((object)nom == _n.PrestationRSA)
                {
                    prestation = Repete(prestation, nom);
                    LirePrestationRsa();
                }
                else if ((object)nom == _n.Evenement)
                {
                    LireEvenement();
                }
                else if ((object)nom == _n.Controle || (object)nom == _n.Anomalie)
                {
                    Sauter();
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        _erreursEnFinDeDossier = _erreurs.Count;
        if (!identification)
        {
            Absent(_n.IdentificationRSA, ligne);
        }

        if (_d.Personnes.Count == 0 && _d.RangPersonne == 0)
        {
            Absent(_n.Personne, ligne);
        }

        if (!administratives)
        {
            Absent(_n.DonneesAdministratives, ligne);
        }

        if (!prestation)
        {
            Absent(_n.PrestationRSA, ligne);
        }

        if (_erreurs.Count == 0)
        {
            var construit = Construire();
            if (!construit.Reussi)
            {
                var chemin = Chemin(null);
                foreach (var e in construit.Erreurs)
                {
                    _erreurs.Add(new Erreur(e.Code, e.Champ, e.Valeur, e.Message, ligne > 0 ? ligne : null, chemin));
                }
            }
            else
            {
                _chemin.RemoveAt(_chemin.Count - 1);
                _dansDossier = false;
                _acceptes++;

                // Ce qui suit le dossier (élément inattendu, texte…) est une erreur du document, non du dossier.
                _erreurs = _globales;
                return new DossierLu(_lus, _ligneDossier, construit);
            }
        }

        return Refuser();
    }

    private DossierLu Refuser()
    {
        while (_chemin.Count > 1)
        {
            _chemin.RemoveAt(_chemin.Count - 1);
        }

        _dansDossier = false;
        _refuses++;
        var erreurs = _erreurs;
        _erreurs = _globales;
        return new DossierLu(_lus, _ligneDossier, Resultat<DossierRsa>.Echec(erreurs));
    }

    private Resultat<DossierRsa> Construire()
    {
        var d = _d;
        var numero = d.Numero!.Value;
        var b = DossierRsa.Builder(numero, Entete!.DateReference, d.Etat!)
            .Organisme(d.Organisme ?? string.Empty)
            .Commune(d.Commune)
            .SansDomicileFixe(d.SansDomicileFixe ?? false);
        if (d.DateDemande is { } demande)
        {
            b.Demande(demande);
        }

        if (d.Situation is { } situation && d.DateSituation is { } depuis)
        {
            b.Situation(situation, depuis);
        }

        foreach (var p in d.Personnes)
        {
            b.Personne(p.Role, p.Naissance, p.Soumis);
        }

        foreach (var s in d.Suspensions)
        {
            b.Suspension(s.Motif, s.Depuis);
        }

        if (d.Cloture is { } c)
        {
            b.Cloture(c.Motif, c.Date);
        }

        foreach (var e in d.Evenements)
        {
            b.Evenement(e.DateLiquidation, e.FaitGenerateur);
        }

        return b.Build();
    }

    private void LireIdentificationFlux()
    {
        var ligne = Ligne;
        _chemin.Add(_n.IdentificationFlux);
        string? application = null, version = null, type = null, nature = null;
        LocalDate? creation = null, reference = null;
        LocalTime? heure = null;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.APPLIEME)
                {
                    application = LireTexte(nom, 3, application);
                }
                else if ((object)nom == _n.NUMVERSIONAPPLIEME)
                {
                    version = LireTexte(nom, 4, version);
                }
                else if ((object)nom == _n.TYPEFLUX)
                {
                    type = LireTexte(nom, 1, type);
                }
                else if ((object)nom == _n.NATFLUX)
                {
                    nature = LireTexte(nom, 1, nature);
                }
                else if ((object)nom == _n.DTCREAFLUX)
                {
                    creation = LireDate(nom, creation);
                }
                else if ((object)nom == _n.HEUCREAFLUX)
                {
                    heure = LireHeure(nom, heure);
                }
                else if ((object)nom == _n.DTREF)
                {
                    reference = LireDate(nom, reference);
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        Requis(application, _n.APPLIEME, ligne);
        Requis(version, _n.NUMVERSIONAPPLIEME, ligne);
        Requis(type, _n.TYPEFLUX, ligne);
        Requis(nature, _n.NATFLUX, ligne);
        Requis(creation, _n.DTCREAFLUX, ligne);
        Requis(heure, _n.HEUCREAFLUX, ligne);
        Requis(reference, _n.DTREF, ligne);
        if (_globales.Count == 0)
        {
            var entete = EnteteFluxRsa.Create(application!.Trim(), version!.Trim(), type!.Trim(), nature!.Trim(), creation!.Value, heure!.Value, reference!.Value);
            Entete = entete.TryGetValue(out var e) ? e : null;
        }

        _chemin.RemoveAt(_chemin.Count - 1);
    }

    private void LireTransmission()
    {
        var ligne = Ligne;
        _chemin.Add(_n.TransmissionFlux);
        int? total = null, anomalies = null;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.NBTOTDOSRSATRANSM)
                {
                    total = LireEntier(nom, 8, total);
                }
                else if ((object)nom == _n.NBTOTDOSRSATRANSMANO)
                {
                    anomalies = LireEntier(nom, 8, anomalies);
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        Requis(total, _n.NBTOTDOSRSATRANSM, ligne);
        Requis(anomalies, _n.NBTOTDOSRSATRANSMANO, ligne);
        _annonces = total;
        _chemin.RemoveAt(_chemin.Count - 1);
    }

    private void LireIdentificationRsa()
    {
        var ligne = Ligne;
        _chemin.Add(_n.IdentificationRSA);
        bool organisme = false, partenaire = false, demande = false;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.Organisme)
                {
                    organisme = Repete(organisme, nom);
                    LireOrganisme();
                }
                else if ((object)nom == _n.Partenaire)
                {
                    partenaire = Repete(partenaire, nom);
                    LireBlocDeTextes(nom, _n.TYPEPARTE, 4, _n.IDEPARTE, 3);
                }
                else if ((object)nom == _n.DemandeRSA)
                {
                    demande = Repete(demande, nom);
                    LireDemandeRsa();
                }
                else if ((object)nom == _n.DemandeRMI || (object)nom == _n.OrganismeCedant || (object)nom == _n.OrganismePrenant)
                {
                    Sauter();
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        RequisBloc(organisme, _n.Organisme, ligne);
        RequisBloc(partenaire, _n.Partenaire, ligne);
        RequisBloc(demande, _n.DemandeRSA, ligne);
        _chemin.RemoveAt(_chemin.Count - 1);
    }

    private void LireOrganisme()
    {
        var ligne = Ligne;
        _chemin.Add(_n.Organisme);
        string? fonction = null, matricule = null;
        var ligneMatricule = ligne;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.FONORG)
                {
                    fonction = LireTexte(nom, 3, fonction);
                }
                else if ((object)nom == _n.NUMORG)
                {
                    _d.Organisme = LireTexte(nom, 3, _d.Organisme)?.Trim();
                }
                else if ((object)nom == _n.MATRICULE)
                {
                    ligneMatricule = Ligne;
                    if (matricule is not null)
                    {
                        Repete(true, nom);
                    }

                    matricule = Texte(nom);
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        Requis(fonction, _n.FONORG, ligne);
        Requis(_d.Organisme, _n.NUMORG, ligne);
        Requis(matricule, _n.MATRICULE, ligne);
        var fonctionConnue = fonction?.Trim() switch
        {
            null => true,
            "CAF" => true,
            "MSA" => false,
            _ => Inconnu(_n.FONORG, fonction, "CAF, MSA", ligne),
        };
        if (fonction?.Trim() == "MSA")
        {
            Ajouter("flux.organisme.msa", _n.FONORG, "MSA", "Un dossier servi par la MSA n'a pas de numéro allocataire Caf : il n'est pas pris en charge.", ligne, Chemin(_n.FONORG));
        }
        else if (fonctionConnue && matricule is not null)
        {
            if (Matricule(matricule) is { } numero)
            {
                _d.Numero = numero;
            }
            else
            {
                Ajouter("flux.matricule.format", _n.MATRICULE, Erreur.ValeurMasquee, "Le matricule d'un dossier Caf est le numéro allocataire (7 chiffres), suivi ou non de 8 zéros (15 chiffres).", ligneMatricule, Chemin(_n.MATRICULE));
            }
        }

        _chemin.RemoveAt(_chemin.Count - 1);
    }

    private void LireDemandeRsa()
    {
        var ligne = Ligne;
        _chemin.Add(_n.DemandeRSA);
        string? numero = null;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.DTDEMRSA)
                {
                    _d.DateDemande = LireDate(nom, _d.DateDemande);
                }
                else if ((object)nom == _n.NUMDEMRSA)
                {
                    numero = LireTexte(nom, 11, numero);
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        Requis(_d.DateDemande, _n.DTDEMRSA, ligne);
        Requis(numero, _n.NUMDEMRSA, ligne);
        _chemin.RemoveAt(_chemin.Count - 1);
    }

    private void LirePersonne()
    {
        var ligne = Ligne;
        _d.RangPersonne++;
        _chemin.Add(Indice(_n.Personne, _d.RangPersonne));
        bool identification = false, dossierCaf = false, montant = false;
        LocalDate? naissance = null;
        bool? soumis = null;
        RolePersonneRsa? role = null;
        var prestations = 0;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.Identification)
                {
                    identification = Repete(identification, nom);
                    naissance = LireIdentification();
                }
                else if ((object)nom == _n.DossierCAF)
                {
                    dossierCaf = Repete(dossierCaf, nom);
                    LireDossierCaf();
                }
                else if ((object)nom == _n.Prestations)
                {
                    prestations++;
                    if (LirePrestations(prestations) is { } r)
                    {
                        Repete(role is not null, _n.NATPREST);
                        role ??= r;
                    }
                }
                else if ((object)nom == _n.MontantCalculDroitRSAPersonne)
                {
                    montant = Repete(montant, nom);
                    soumis = LireMontantCalcul();
                }
                else if (EstBlocDePersonneIgnore(nom))
                {
                    // Rattachement, ressources, activités… : non repris (Rattachement porte nom et NIR, jamais lus).
                    Sauter();
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        RequisBloc(identification, _n.Identification, ligne);
        RequisBloc(dossierCaf, _n.DossierCAF, ligne);
        if (prestations != 2)
        {
            Ajouter("flux.prestations.nombre", _n.Prestations, prestations.ToString(CultureInfo.InvariantCulture), "Une personne a deux blocs Prestations (PFA et RSA).", ligne, Chemin(_n.Prestations));
        }
        else if (role is null && _erreurs.Count == 0)
        {
            Ajouter("flux.personne.role", _n.ROLEPERS, null, "La personne n'a pas de rôle RSA (bloc Prestations de nature RSA).", ligne, Chemin(_n.Prestations));
        }

        if (role is not null && naissance is { } n)
        {
            _d.Personnes.Add((role, n, soumis));
        }

        _chemin.RemoveAt(_chemin.Count - 1);
    }

    private bool EstBlocDePersonneIgnore(string nom) =>
        (object)nom == _n.Rattachement || (object)nom == _n.DossierPoleEmploi || (object)nom == _n.Ressources
        || (object)nom == _n.Activite || (object)nom == _n.PensionAlimentaire || (object)nom == _n.Grossesse
        || (object)nom == _n.InformationsAgricoles || (object)nom == _n.AvisPCGPersonne || (object)nom == _n.AvisCGSSDOMPersonne;

    private LocalDate? LireIdentification()
    {
        var ligne = Ligne;
        _chemin.Add(_n.Identification);
        bool nomDeFamille = false, nomDeNaissance = false, prenom = false, communeDeNaissance = false, sexe = false;
        LocalDate? naissance = null;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;

                // Nom, prénoms, commune de naissance, NIR : présence vérifiée, contenu jamais lu.
                if ((object)nom == _n.NOM)
                {
                    nomDeFamille = true;
                    Sauter();
                }
                else if ((object)nom == _n.NOMNAI)
                {
                    nomDeNaissance = true;
                    Sauter();
                }
                else if ((object)nom == _n.PRENOM)
                {
                    prenom = true;
                    Sauter();
                }
                else if ((object)nom == _n.NOMCOMNAI)
                {
                    communeDeNaissance = true;
                    Sauter();
                }
                else if ((object)nom == _n.SEXE)
                {
                    sexe = true;
                    Sauter();
                }
                else if ((object)nom == _n.DTNAI)
                {
                    naissance = LireDate(nom, naissance, personnelle: true);
                }
                else if ((object)nom == _n.QUAL || (object)nom == _n.PRENOM2 || (object)nom == _n.PRENOM3 || (object)nom == _n.RGNAI
                    || (object)nom == _n.TYPEDTNAI || (object)nom == _n.NIR || (object)nom == _n.TOPVALIEC)
                {
                    Sauter();
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        RequisBloc(nomDeFamille, _n.NOM, ligne);
        RequisBloc(nomDeNaissance, _n.NOMNAI, ligne);
        RequisBloc(prenom, _n.PRENOM, ligne);
        RequisBloc(communeDeNaissance, _n.NOMCOMNAI, ligne);
        Requis(naissance, _n.DTNAI, ligne);
        RequisBloc(sexe, _n.SEXE, ligne);
        _chemin.RemoveAt(_chemin.Count - 1);
        return naissance;
    }

    private void LireDossierCaf()
    {
        var ligne = Ligne;
        _chemin.Add(_n.DossierCAF);
        bool? responsable = null;
        LocalDate? rattachement = null;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.TOPRESPDOS)
                {
                    responsable = LireBooleen(nom, responsable);
                }
                else if ((object)nom == _n.DDRATDOS)
                {
                    rattachement = LireDate(nom, rattachement);
                }
                else if ((object)nom == _n.DFRATDOS || (object)nom == _n.NUMDEMRSAPRECE)
                {
                    Sauter();
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        Requis(responsable, _n.TOPRESPDOS, ligne);
        Requis(rattachement, _n.DDRATDOS, ligne);
        _chemin.RemoveAt(_chemin.Count - 1);
    }

    private RolePersonneRsa? LirePrestations(int rang)
    {
        var ligne = Ligne;
        _chemin.Add(Indice(_n.Prestations, rang));
        string? nature = null;
        RolePersonneRsa? role = null;
        bool? charge = null;
        var ligneRole = ligne;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.NATPREST)
                {
                    nature = LireTexte(nom, 3, nature)?.Trim();
                    if (nature is not null and not "RSA" and not "PFA")
                    {
                        Inconnu(nom, nature, "PFA, RSA", Ligne);
                    }
                }
                else if ((object)nom == _n.ROLEPERS)
                {
                    ligneRole = Ligne;
                    role = LireCode<RolePersonneRsa>(nom, role);
                }
                else if ((object)nom == _n.TOPCHAPERS)
                {
                    charge = LireBooleen(nom, charge);
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        Requis(nature, _n.NATPREST, ligne);
        Requis(role, _n.ROLEPERS, ligne);
        Requis(charge, _n.TOPCHAPERS, ligne);
        _chemin.RemoveAt(_chemin.Count - 1);
        return nature == "RSA" ? role : null;
    }

    private bool? LireMontantCalcul()
    {
        var ligne = Ligne;
        _chemin.Add(_n.MontantCalculDroitRSAPersonne);
        bool? soumis = null;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.TOPPERSDRODEVORSA)
                {
                    soumis = LireBooleen(nom, soumis);
                }
                else if ((object)nom == _n.TOPPERSENTDRODEVORSA || (object)nom == _n.MTPERSRESSMENRSA || (object)nom == _n.MTPERSABANEURSA)
                {
                    Sauter();
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        Requis(soumis, _n.TOPPERSDRODEVORSA, ligne);
        _chemin.RemoveAt(_chemin.Count - 1);
        return soumis;
    }

    private void LireDonneesAdministratives()
    {
        var ligne = Ligne;
        _chemin.Add(_n.DonneesAdministratives);
        var situation = false;
        var adresses = 0;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.SituationFamille)
                {
                    situation = Repete(situation, nom);
                    LireSituationFamille();
                }
                else if ((object)nom == _n.Adresse)
                {
                    adresses++;
                    LireAdresse(adresses);
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        RequisBloc(situation, _n.SituationFamille, ligne);
        if (adresses is < 1 or > 3)
        {
            Ajouter("flux.adresses.nombre", _n.Adresse, adresses.ToString(CultureInfo.InvariantCulture), "Un dossier a de une à trois adresses.", ligne, Chemin(_n.Adresse));
        }

        _d.Commune = _d.CommuneDerniereAdresse ?? _d.CommuneAutreAdresse;
        _chemin.RemoveAt(_chemin.Count - 1);
    }

    private void LireSituationFamille()
    {
        var ligne = Ligne;
        _chemin.Add(_n.SituationFamille);
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.SITFAM)
                {
                    _d.Situation = LireCode<SituationFamilleRsa>(nom, _d.Situation);
                }
                else if ((object)nom == _n.DDSITFAM)
                {
                    _d.DateSituation = LireDate(nom, _d.DateSituation);
                }
                else if ((object)nom == _n.REGAGRIFAM)
                {
                    Sauter();
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        Requis(_d.Situation, _n.SITFAM, ligne);
        Requis(_d.DateSituation, _n.DDSITFAM, ligne);
        _chemin.RemoveAt(_chemin.Count - 1);
    }

    private void LireAdresse(int rang)
    {
        var ligne = Ligne;
        _chemin.Add(Indice(_n.Adresse, rang));
        var tronc = false;
        int? rangAdresse = null;
        CodeCommune? commune = null;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.TroncCommunAdresse)
                {
                    tronc = Repete(tronc, nom);
                    rangAdresse = LireTroncCommunAdresse();
                }
                else if ((object)nom == _n.AdresseDetailleeFrance)
                {
                    commune = LireAdresseDetaillee();
                }
                else if ((object)nom == _n.AdresseHorsFrance)
                {
                    Sauter();
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        RequisBloc(tronc, _n.TroncCommunAdresse, ligne);
        if (commune is { } c)
        {
            if (rangAdresse == 1)
            {
                _d.CommuneDerniereAdresse ??= c;
            }
            else
            {
                _d.CommuneAutreAdresse ??= c;
            }
        }

        _chemin.RemoveAt(_chemin.Count - 1);
    }

    private int? LireTroncCommunAdresse()
    {
        var ligne = Ligne;
        _chemin.Add(_n.TroncCommunAdresse);
        int? rang = null;
        string? pays = null, type = null, etat = null;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.RGADR)
                {
                    rang = LireEntier(nom, 2, rang);
                }
                else if ((object)nom == _n.PAYS)
                {
                    pays = LireTexte(nom, 3, pays);
                }
                else if ((object)nom == _n.TYPEADR)
                {
                    type = LireTexte(nom, 1, type);
                }
                else if ((object)nom == _n.ETATADR)
                {
                    etat = LireTexte(nom, 2, etat);
                }
                else if ((object)nom == _n.DTEMM)
                {
                    Sauter();
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        Requis(rang, _n.RGADR, ligne);
        Requis(pays, _n.PAYS, ligne);
        Requis(type, _n.TYPEADR, ligne);
        Requis(etat, _n.ETATADR, ligne);
        _chemin.RemoveAt(_chemin.Count - 1);
        return rang;
    }

    private CodeCommune? LireAdresseDetaillee()
    {
        _chemin.Add(_n.AdresseDetailleeFrance);
        CodeCommune? commune = null;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.NUMCOM)
                {
                    var ligne = Ligne;
                    var texte = Texte(nom).Trim();
                    if (texte.Length > 0)
                    {
                        var code = CodeCommune.Create(texte, nom);
                        if (code.TryGetValue(out var c))
                        {
                            commune = c;
                        }
                        else
                        {
                            foreach (var e in code.Erreurs)
                            {
                                Ajouter(e.Code, nom, e.Valeur, e.Message, ligne, Chemin(nom));
                            }
                        }
                    }
                }
                else
                {
                    // Voie, lieu-dit, code postal, nom de commune : adresse postale, non reprise.
                    Sauter();
                }
            }
        }

        _chemin.RemoveAt(_chemin.Count - 1);
        return commune;
    }

    private void LirePrestationRsa()
    {
        var ligne = Ligne;
        _chemin.Add(_n.PrestationRSA);
        bool situation = false, detail = false;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.SituationDossierRSA)
                {
                    situation = Repete(situation, nom);
                    LireSituationDossier();
                }
                else if ((object)nom == _n.DetailDroitRSA)
                {
                    detail = Repete(detail, nom);
                    LireDetailDroit();
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        RequisBloc(situation, _n.SituationDossierRSA, ligne);
        RequisBloc(detail, _n.DetailDroitRSA, ligne);
        _chemin.RemoveAt(_chemin.Count - 1);
    }

    private void LireSituationDossier()
    {
        var ligne = Ligne;
        _chemin.Add(_n.SituationDossierRSA);
        var etat = false;
        var suspensions = 0;
        var fin = false;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.EtatDossierRSA)
                {
                    etat = Repete(etat, nom);
                    var l = Ligne;
                    _chemin.Add(nom);
                    if (Ouvrir())
                    {
                        while (Enfant())
                        {
                            if ((object)NomLocal == _n.ETATDOSRSA)
                            {
                                _d.Etat = LireCode<EtatDossierRsa>(NomLocal, _d.Etat);
                            }
                            else
                            {
                                Inattendu(NomLocal);
                            }
                        }
                    }

                    Requis(_d.Etat, _n.ETATDOSRSA, l);
                    _chemin.RemoveAt(_chemin.Count - 1);
                }
                else if ((object)nom == _n.SuspensionVersement)
                {
                    suspensions++;
                    LireSuspension(suspensions);
                }
                else if ((object)nom == _n.FinDroit || (object)nom == _n.FinDroitMoisAnterieur)
                {
                    fin = Repete(fin, nom);
                    LireFinDroit(nom);
                }
                else if ((object)nom == _n.Refus || (object)nom == _n.SuspensionDroit)
                {
                    Sauter();
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        RequisBloc(etat, _n.EtatDossierRSA, ligne);
        _chemin.RemoveAt(_chemin.Count - 1);
    }

    private void LireSuspension(int rang)
    {
        var ligne = Ligne;
        _chemin.Add(Indice(_n.SuspensionVersement, rang));
        MotifSuspensionRsa? motif = null;
        LocalDate? depuis = null;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.MOTISUSVERSRSA)
                {
                    motif = LireCode<MotifSuspensionRsa>(nom, motif);
                }
                else if ((object)nom == _n.DDSUSVERSRSA)
                {
                    depuis = LireDate(nom, depuis);
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        Requis(motif, _n.MOTISUSVERSRSA, ligne);
        Requis(depuis, _n.DDSUSVERSRSA, ligne);
        if (motif is not null && depuis is { } d)
        {
            _d.Suspensions.Add(new SuspensionVersementRsa(motif, d));
        }

        _chemin.RemoveAt(_chemin.Count - 1);
    }

    private void LireFinDroit(string bloc)
    {
        var ligne = Ligne;
        _chemin.Add(bloc);
        MotifClotureRsa? motif = null;
        LocalDate? date = null;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.MOTICLORSA)
                {
                    motif = LireCode<MotifClotureRsa>(nom, motif);
                }
                else if ((object)nom == _n.DTCLORSA)
                {
                    date = LireDate(nom, date);
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        Requis(motif, _n.MOTICLORSA, ligne);
        Requis(date, _n.DTCLORSA, ligne);
        if (motif is not null && date is { } d)
        {
            _d.Cloture = new ClotureRsa(motif, d);
        }

        _chemin.RemoveAt(_chemin.Count - 1);
    }

    private void LireDetailDroit()
    {
        var ligne = Ligne;
        _chemin.Add(_n.DetailDroitRSA);
        var tronc = false;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.TroncCommunDroitRSA)
                {
                    tronc = Repete(tronc, nom);
                    var l = Ligne;
                    _chemin.Add(nom);
                    string? origine = null;
                    if (Ouvrir())
                    {
                        while (Enfant())
                        {
                            var n = NomLocal;
                            if ((object)n == _n.TOPSANSDOMFIXE)
                            {
                                _d.SansDomicileFixe = LireBooleen(n, _d.SansDomicileFixe);
                            }
                            else if ((object)n == _n.ORIDEMRSA)
                            {
                                origine = LireTexte(n, 3, origine);
                            }
                            else if ((object)n == _n.NBENFAUTCHA || (object)n == _n.DTORIDEMRSA || (object)n == _n.TOPFOYDRODEVORSA)
                            {
                                Sauter();
                            }
                            else
                            {
                                Inattendu(n);
                            }
                        }
                    }

                    Requis(_d.SansDomicileFixe, _n.TOPSANSDOMFIXE, l);
                    Requis(origine, _n.ORIDEMRSA, l);
                    _chemin.RemoveAt(_chemin.Count - 1);
                }
                else if ((object)nom == _n.SpecificiteDOM || (object)nom == _n.MontantsCalculDroitRSA
                    || (object)nom == _n.DetailCalculDroitRSA || (object)nom == _n.AvisPCGDroitRSA)
                {
                    Sauter();
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        RequisBloc(tronc, _n.TroncCommunDroitRSA, ligne);
        _chemin.RemoveAt(_chemin.Count - 1);
    }

    private void LireEvenement()
    {
        var ligne = Ligne;
        _d.RangEvenement++;
        _chemin.Add(Indice(_n.Evenement, _d.RangEvenement));
        LocalDate? date = null;
        LocalTime? heure = null;
        string? fait = null;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == _n.DTLIQ)
                {
                    date = LireDate(nom, date);
                }
                else if ((object)nom == _n.HEULIQ)
                {
                    heure = LireHeure(nom, heure);
                }
                else if ((object)nom == _n.FG)
                {
                    fait = LireTexte(nom, 9, fait)?.Trim();
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        Requis(date, _n.DTLIQ, ligne);
        Requis(heure, _n.HEULIQ, ligne);
        Requis(fait, _n.FG, ligne);
        if (date is { } d && fait is not null)
        {
            _d.Evenements.Add(new EvenementFluxRsa(d, fait));
        }

        _chemin.RemoveAt(_chemin.Count - 1);
    }

    private void LireBlocDeTextes(string bloc, string premier, int maxPremier, string second, int maxSecond)
    {
        var ligne = Ligne;
        _chemin.Add(bloc);
        string? a = null, b = null;
        if (Ouvrir())
        {
            while (Enfant())
            {
                var nom = NomLocal;
                if ((object)nom == premier)
                {
                    a = LireTexte(nom, maxPremier, a);
                }
                else if ((object)nom == second)
                {
                    b = LireTexte(nom, maxSecond, b);
                }
                else
                {
                    Inattendu(nom);
                }
            }
        }

        Requis(a, premier, ligne);
        Requis(b, second, ligne);
        _chemin.RemoveAt(_chemin.Count - 1);
    }

    // --- Primitives de parcours -------------------------------------------------------------------------------------

    // Le lecteur rapide (classe scellée) est appelé sans appel virtuel ; tout autre lecteur par XmlReader.
    private XmlNodeType TypeDeNoeud => _rapide is { } r ? r.NodeType : _r.NodeType;

    private string NomLocal => _rapide is { } r ? r.LocalName : _r.LocalName;

    private bool ElementVide => _rapide is { } r ? r.IsEmptyElement : _r.IsEmptyElement;

    private bool FinDuDocument => _rapide is { } r ? r.EOF : _r.EOF;

    private bool Avancer() => _rapide is { } r ? r.Read() : _r.Read();

    private void Sauter()
    {
        if (_rapide is { } r)
        {
            r.Skip();
        }
        else
        {
            _r.Skip();
        }
    }

    /// <summary>Sur une balise ouvrante : entre dans l'élément ; <see langword="false"/> pour un élément vide (déjà passé).</summary>
    private bool Ouvrir()
    {
        if (ElementVide)
        {
            Avancer();
            return false;
        }

        Avancer();
        return true;
    }

    /// <summary>Avance jusqu'au prochain élément enfant (<see langword="true"/>) ou passe la balise fermante du parent.</summary>
    private bool Enfant()
    {
        while (true)
        {
            switch (TypeDeNoeud)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement:
                    Avancer();
                    return false;
                case XmlNodeType.None when FinDuDocument:
                    return false;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    Ajouter("flux.element.texte", _chemin.Count > 0 ? _chemin[^1] : "Racine", null, "Un bloc ne contient que des éléments, pas de texte.", Ligne, Chemin(null));
                    Avancer();
                    break;
                default:
                    if (!Avancer())
                    {
                        return false;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// La valeur du nœud de texte courant : lue dans un tampon (<see cref="XmlReader.ReadValueChunk"/>, ou les caractères
    /// du lecteur rapide), puis rendue par <see cref="Noms.Chaine"/> (une chaîne par valeur courte, non par nœud).
    /// </summary>
    private string Valeur()
    {
        ReadOnlySpan<char> valeur;
        if (_rapide is { } rapide)
        {
            valeur = rapide.ValeurCourante();
        }
        else if (!_r.CanReadValueChunk)
        {
            return _r.Value;
        }
        else
        {
            var n = 0;
            int lus;
            while ((lus = _r.ReadValueChunk(_n.TamponDeValeur, n, _n.TamponDeValeur.Length - n)) > 0)
            {
                n += lus;
                if (n == _n.TamponDeValeur.Length)
                {
                    Array.Resize(ref _n.TamponDeValeur, n * 2);
                }
            }

            valeur = _n.TamponDeValeur.AsSpan(0, n);
        }

        return _n.Chaine(valeur);
    }

    /// <summary>Le texte d'un élément simple (la balise fermante est passée).</summary>
    private string Texte(string champ)
    {
        if (_rapide is { } r && r.TexteSimple(out var simple))
        {
            return _n.Chaine(simple);
        }

        if (ElementVide)
        {
            Avancer();
            return string.Empty;
        }

        Avancer();
        string? premier = null;
        StringBuilder? suite = null;
        while (true)
        {
            switch (TypeDeNoeud)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (premier is null)
                    {
                        premier = Valeur();
                    }
                    else
                    {
                        (suite ??= new StringBuilder(premier)).Append(_r.Value);
                    }

                    Avancer();
                    break;
                case XmlNodeType.EndElement:
                    Avancer();
                    return suite?.ToString() ?? premier ?? string.Empty;
                case XmlNodeType.Element:
                    Ajouter("flux.element.contenu", champ, null, $"L'élément {champ} ne contient que du texte.", Ligne, Chemin(champ));
                    Sauter();
                    break;
                default:
                    Avancer();
                    break;
            }
        }
    }

    private string? LireTexte(string champ, int maximum, string? deja)
    {
        var ligne = Ligne;
        Repete(deja is not null, champ);
        var texte = Texte(champ);
        if (texte.Length > maximum)
        {
            Ajouter("flux.texte.longueur", champ, texte, $"L'élément {champ} a au plus {maximum} caractère(s) (schéma VRSB0801).", ligne, Chemin(champ));
            return null;
        }

        return texte;
    }

    private LocalDate? LireDate(string champ, LocalDate? deja, bool personnelle = false)
    {
        var ligne = Ligne;
        Repete(deja is not null, champ);
        string texte;
        if (_rapide is { } r && r.TexteSimple(out var simple))
        {
            // Une date se lit dans les caractères mêmes du texte, sans chaîne.
            if (TryDate(simple, out var lue))
            {
                return lue;
            }

            texte = simple.ToString();
        }
        else
        {
            texte = Texte(champ);
        }

        if (TryDate(texte, out var date))
        {
            return date;
        }

        Ajouter("flux.date.format", champ, personnelle ? Erreur.ValeurMasquee : texte, $"L'élément {champ} est une date aaaa-mm-jj (xsd:date).", ligne, Chemin(champ));
        return null;
    }

    private LocalTime? LireHeure(string champ, LocalTime? deja)
    {
        var ligne = Ligne;
        Repete(deja is not null, champ);
        var texte = Texte(champ);
        var heure = Heure.Parse(texte.Trim());
        if (heure.Success)
        {
            return heure.Value;
        }

        Ajouter("flux.heure.format", champ, texte, $"L'élément {champ} est une heure hh:mm:ss (xsd:time).", ligne, Chemin(champ));
        return null;
    }

    private bool? LireBooleen(string champ, bool? deja)
    {
        var ligne = Ligne;
        Repete(deja is not null, champ);
        var texte = Texte(champ);
        switch (texte.Trim())
        {
            case "1" or "true":
                return true;
            case "0" or "false":
                return false;
            default:
                Ajouter("flux.booleen.format", champ, texte, $"L'élément {champ} vaut 0, 1, true ou false (xsd:boolean).", ligne, Chemin(champ));
                return null;
        }
    }

    private int? LireEntier(string champ, int chiffres, int? deja)
    {
        var ligne = Ligne;
        Repete(deja is not null, champ);
        var texte = Texte(champ);
        var t = texte.AsSpan().Trim();
        if (t.Length > 0 && t[0] == '+')
        {
            t = t[1..];
        }

        var significatifs = t.TrimStart('0').Length;
        if (t.Length > 0 && significatifs <= chiffres && !t.ContainsAnyExceptInRange('0', '9')
            && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var valeur))
        {
            return valeur;
        }

        Ajouter("flux.entier.format", champ, texte, $"L'élément {champ} est un entier positif d'au plus {chiffres} chiffre(s).", ligne, Chemin(champ));
        return null;
    }

    private T? LireCode<T>(string champ, T? deja)
        where T : EnumerationCaf<T>, IEnumerationCaf<T>
    {
        var ligne = Ligne;
        Repete(deja is not null, champ);
        var texte = Texte(champ);
        if (EnumerationCaf<T>.TryFromCode(texte, out var valeur))
        {
            return valeur;
        }

        Inconnu(champ, texte, string.Join(", ", T.Toutes.Select(t => t.Code)), ligne, T.NomDuType);
        return null;
    }

    private bool Inconnu(string champ, string? valeur, string admis, int ligne, string? type = null)
    {
        Ajouter("flux.code.inconnu", champ, valeur?.Trim(), $"Code inconnu pour {type ?? champ} ; codes admis : {admis}.", ligne, Chemin(champ));
        return false;
    }

    /// <summary>Signale un élément unique répété ; rend toujours <see langword="true"/> (l'élément est vu).</summary>
    private bool Repete(bool deja, string champ)
    {
        if (deja)
        {
            Ajouter("flux.element.repete", champ, null, $"L'élément {champ} n'apparaît qu'une fois ici (schéma VRSB0801).", Ligne, Chemin(champ));
        }

        return true;
    }

    private void Requis<T>(T? valeur, string champ, int ligneParent)
    {
        if (valeur is null)
        {
            Absent(champ, ligneParent);
        }
    }

    private void RequisBloc(bool vu, string champ, int ligneParent)
    {
        if (!vu)
        {
            Absent(champ, ligneParent);
        }
    }

    private void Absent(string champ, int ligneParent) =>
        Ajouter("flux.element.absent", champ, null, $"L'élément {champ} est obligatoire (schéma VRSB0801).", ligneParent, Chemin(champ));

    private void Inattendu(string nom)
    {
        Ajouter("flux.element.inattendu", nom, null, $"L'élément {nom} n'est pas prévu ici par le schéma VRSB0801.", Ligne, Chemin(nom));
        Sauter();
    }

    private void Illisible(XmlException e) => _globales.Add(ErreurIllisible(e));

    private Erreur ErreurIllisible(XmlException e) =>
        new(
            "flux.xml.illisible",
            "document",
            null,
            $"Document XML mal formé ou refusé (DTD et entités interdites), colonne {e.LinePosition.ToString(CultureInfo.InvariantCulture)}.",
            e.LineNumber > 0 ? e.LineNumber + _decalage : null,
            _chemin.Count > 0 ? Chemin(null) : "/");

    private void Ajouter(string code, string champ, string? valeur, string message, int ligne, string chemin)
    {
        if (_erreurs.Count >= Erreurs.MaximumParImport)
        {
            return;
        }

        _erreurs.Add(new Erreur(code, champ, valeur, message, ligne > 0 ? ligne : null, chemin));
    }

    private string Chemin(string? feuille)
    {
        var sb = new StringBuilder();
        foreach (var segment in _chemin)
        {
            sb.Append('/').Append(segment);
        }

        if (feuille is not null)
        {
            sb.Append('/').Append(feuille);
        }

        return sb.Length == 0 ? "/" : sb.ToString();
    }

    private static string Indice(string nom, int rang) => string.Create(CultureInfo.InvariantCulture, $"{nom}[{rang}]");

    /// <summary>
    /// Le numéro allocataire d'un matricule Caf (<c>xsd:integer</c> de 15 chiffres au plus) : la valeur elle-même si
    /// elle a 7 chiffres au plus ; les 7 premiers chiffres d'une valeur complétée par 8 zéros (forme des flux publiés).
    /// </summary>
    internal static NumeroAllocataire? Matricule(string texte)
    {
        var t = texte.AsSpan().Trim();
        if (t.Length > 0 && t[0] == '+')
        {
            t = t[1..];
        }

        if (t.Length is 0 or > 15 || t.ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        var valeur = long.Parse(t, NumberStyles.None, CultureInfo.InvariantCulture);
        if (valeur <= 9_999_999)
        {
            return NumeroAllocataire.FromValeur((int)valeur);
        }

        const long Complement = 100_000_000;
        return valeur % Complement == 0 && valeur / Complement <= 9_999_999 ? NumeroAllocataire.FromValeur((int)(valeur / Complement)) : null;
    }

    /// <summary>Une date <c>xsd:date</c> : <c>aaaa-mm-jj</c>, éventuellement suivie d'un fuseau (<c>Z</c>, <c>+01:00</c>) ignoré.</summary>
    internal static bool TryDate(ReadOnlySpan<char> texte, out LocalDate date)
    {
        date = default;
        var t = texte.Trim();
        if (t.Length == 11 && t[10] == 'Z')
        {
            t = t[..10];
        }
        else if (t.Length == 16 && t[10] is '+' or '-' && t[13] == ':' && Chiffres(t.Slice(11, 2), out var h) && Chiffres(t.Slice(14, 2), out var m) && h <= 14 && m <= 59)
        {
            t = t[..10];
        }

        if (t.Length != 10 || t[4] != '-' || t[7] != '-'
            || !Chiffres(t[..4], out var annee) || !Chiffres(t.Slice(5, 2), out var mois) || !Chiffres(t.Slice(8, 2), out var jour))
        {
            return false;
        }

        if (annee < 1 || mois is < 1 or > 12 || jour < 1 || jour > CalendarSystem.Iso.GetDaysInMonth(annee, mois))
        {
            return false;
        }

        date = new LocalDate(annee, mois, jour);
        return true;
    }

    private static bool Chiffres(ReadOnlySpan<char> s, out int valeur)
    {
        valeur = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            valeur = (valeur * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>Les valeurs d'un dossier en cours de lecture (réutilisées d'un dossier à l'autre).</summary>
    private sealed class EtatDossier
    {
        internal NumeroAllocataire? Numero { get; set; }

        internal string? Organisme { get; set; }

        internal LocalDate? DateDemande { get; set; }

        internal List<(RolePersonneRsa Role, LocalDate Naissance, bool? Soumis)> Personnes { get; } = [];

        internal int RangPersonne { get; set; }

        internal SituationFamilleRsa? Situation { get; set; }

        internal LocalDate? DateSituation { get; set; }

        internal CodeCommune? CommuneDerniereAdresse { get; set; }

        internal CodeCommune? CommuneAutreAdresse { get; set; }

        internal CodeCommune? Commune { get; set; }

        internal EtatDossierRsa? Etat { get; set; }

        internal List<SuspensionVersementRsa> Suspensions { get; } = [];

        internal ClotureRsa? Cloture { get; set; }

        internal bool? SansDomicileFixe { get; set; }

        internal List<EvenementFluxRsa> Evenements { get; } = [];

        internal int RangEvenement { get; set; }

        internal void Reinitialiser()
        {
            Numero = null;
            Organisme = null;
            DateDemande = null;
            Personnes.Clear();
            RangPersonne = 0;
            Situation = null;
            DateSituation = null;
            CommuneDerniereAdresse = null;
            CommuneAutreAdresse = null;
            Commune = null;
            Etat = null;
            Suspensions.Clear();
            Cloture = null;
            SansDomicileFixe = null;
            Evenements.Clear();
            RangEvenement = 0;
        }
    }
}
