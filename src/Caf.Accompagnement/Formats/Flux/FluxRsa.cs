using System.Globalization;
using System.Text;
using System.Xml;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Utility;
using NodaTime;
using NodaTime.Text;

namespace Caf.Accompagnement.Flux;

/// <summary>
/// Le flux XML « RSA bénéficiaires » que la Caf (et la MSA) transmet chaque mois et chaque jour au département :
/// schéma VRSB0801 (publié par le projet carnet-de-bord, <c>backend/cdb/caf_msa/vrsb0801.xsd</c>). Lecture en continu
/// d'un dossier à la fois (<see cref="Lire(Stream)"/>) et écriture (<see cref="Ecrire(TextWriter, EnteteFluxRsa, IEnumerable{DossierRsa})"/>).
/// </summary>
/// <remarks>
/// <para><b>Sûreté.</b> Le lecteur interdit les DTD (<see cref="DtdProcessing.Prohibit"/>), n'a aucun résolveur
/// d'entités externes ni de schéma : ni XXE, ni expansion d'entités (« billion laughs »). Un document qui déclare une
/// DTD est refusé par l'erreur <c>flux.xml.illisible</c>.</para>
/// <para><b>Validation.</b> Sans <c>XmlSchemaSet</c> (qui ne survit pas au découpage AOT) : le lecteur vérifie à la main
/// les éléments obligatoires des blocs qu'il parcourt, les listes de codes, les dates, heures, booléens, entiers et
/// longueurs ; chaque écart est une <see cref="Erreur"/> avec sa ligne et son chemin XML. L'ordre des éléments d'une
/// séquence n'est pas vérifié, et les blocs que le modèle ne reprend pas (ressources, activités, contrôles…) sont
/// sautés sans être validés : voir <c>docs/flux.md</c>.</para>
/// <para><b>Minimisation.</b> Nom, prénoms, nom et commune de naissance, NIR et adresse postale sont sautés sans être
/// lus : ils ne sont ni gardés ni cités dans une erreur.</para>
/// <para><b>Encodage.</b> Les flux publiés déclarent <c>windows-1252</c> : la lecture d'un <see cref="Stream"/>
/// enregistre pour cela le fournisseur d'encodages <see cref="CodePagesEncodingProvider"/> (une fois, pour le
/// processus). L'écriture produit de l'UTF-8.</para>
/// </remarks>
/// <example>
/// <code>
/// using var lecture = FluxRsa.Lire(fichier);
/// foreach (var lu in lecture)
/// {
///     if (lu.Resultat.TryGetValue(out var dossier)) { /* dossier.VersFoyer()… */ }
///     else foreach (var e in lu.Resultat.Erreurs) journal.WriteLine(e); // ligne, chemin, code : sans donnée personnelle
/// }
/// Console.WriteLine(lecture.Resume); // lus = acceptés + refusés
/// </code>
/// </example>
public static class FluxRsa
{
    private static readonly LocalTimePattern Heure = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss");
    private static int _encodagesEnregistres;

    /// <summary>
    /// Commence la lecture d'un flux (octets ; encodage déclaré par le document, <c>windows-1252</c> compris), les
    /// dossiers lus en lots parallèles, un fil par processeur (voir <see cref="Lire(Stream, int)"/>).
    /// </summary>
    /// <param name="flux">Le flux d'entrée ; il reste ouvert, à la charge de l'appelant.</param>
    /// <returns>La lecture, à énumérer une fois.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flux"/> est <see langword="null"/>.</exception>
    public static LectureFluxRsa Lire(Stream flux) => Lire(flux, Environment.ProcessorCount);

    /// <summary>
    /// Commence la lecture d'un flux (octets ; encodage déclaré par le document), les dossiers lus en lots par
    /// <paramref name="parallelisme"/> fils au plus, rendus dans l'ordre du document, un à la fois.
    /// </summary>
    /// <remarks>
    /// <para>Les dossiers, leurs rangs, lignes, erreurs et le bilan sont ceux de la lecture d'un trait
    /// (<paramref name="parallelisme"/> = 1) : un fil parcourt les octets et confie des lots de dossiers consécutifs (64
    /// au plus, 1 Mio au plus) à d'autres fils, le document lui-même (identification, transmissions, éléments
    /// inattendus) étant lu à part ; au premier octet qu'il ne sait pas trancher sans lire le XML (commentaire, section
    /// CDATA, dossier à attributs, imbriqué ou inachevé, UTF-8 invalide, encodage de plusieurs octets autre que
    /// l'UTF-8…), le reste du document est lu d'un trait. Mémoire bornée : quatre lots en attente par fil au plus.</para>
    /// <para>Abandonner l'énumération en cours : disposer la lecture (<c>using</c>) arrête les fils avant de rendre la main.
    /// Dans un navigateur ou sous WASI, la lecture est toujours d'un trait.</para>
    /// </remarks>
    /// <param name="flux">Le flux d'entrée ; il reste ouvert, à la charge de l'appelant.</param>
    /// <param name="parallelisme">Le nombre de fils qui lisent les lots (1 : lecture d'un trait, sans autre fil).</param>
    /// <returns>La lecture, à énumérer une fois.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flux"/> est <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parallelisme"/> est inférieur à 1.</exception>
    public static LectureFluxRsa Lire(Stream flux, int parallelisme) => Lire(flux, parallelisme, 64);

    /// <summary>La lecture en lots de <paramref name="dossiersParLot"/> dossiers au plus.</summary>
    internal static LectureFluxRsa Lire(Stream flux, int parallelisme, int dossiersParLot)
    {
        Preconditions.CheckNotNull(flux);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelisme, 1);
        if (Interlocked.Exchange(ref _encodagesEnregistres, 1) == 0)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }

        var noms = new Noms();
        if (parallelisme == 1 || OperatingSystem.IsBrowser() || OperatingSystem.IsWasi())
        {
            // D'un trait : demandé, ou sans fils (navigateur, WASI), où le fil du parcours ne pourrait pas tourner.
            return new LectureFluxRsa(new LecteurFluxRsa(XmlReader.Create(flux, LecteurFluxRsa.Reglages(noms)), noms));
        }

        var lots = new DecoupageEnLots(flux, parallelisme, dossiersParLot);
        return new LectureFluxRsa(new LecteurFluxRsa(XmlReader.Create(lots.Squelette, LecteurFluxRsa.Reglages(noms)), noms, lots));
    }

    /// <summary>
    /// Commence la lecture asynchrone d'un flux (octets ; encodage déclaré par le document) : les mêmes dossiers que
    /// <see cref="Lire(Stream)"/>, énumérés par <c>await foreach</c>, les octets étant lus par
    /// <see cref="Stream.ReadAsync(Memory{byte}, CancellationToken)"/> (voir <see cref="LectureFluxRsaAsync"/>).
    /// </summary>
    /// <param name="flux">Le flux d'entrée ; il reste ouvert, à la charge de l'appelant.</param>
    /// <param name="annulation">Annule la lecture (vérifié avant chaque dossier et transmis aux lectures du flux).</param>
    /// <returns>La lecture, à énumérer une fois.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flux"/> est <see langword="null"/>.</exception>
    public static LectureFluxRsaAsync LireAsync(Stream flux, CancellationToken annulation = default)
    {
        Preconditions.CheckNotNull(flux);
        return new LectureFluxRsaAsync(flux, annulation);
    }

    /// <summary>Commence la lecture d'un flux déjà décodé (l'encodage déclaré par le document est alors ignoré).</summary>
    /// <param name="lecteur">Le texte ; il reste ouvert, à la charge de l'appelant.</param>
    /// <returns>La lecture, à énumérer une fois.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lecteur"/> est <see langword="null"/>.</exception>
    public static LectureFluxRsa Lire(TextReader lecteur)
    {
        Preconditions.CheckNotNull(lecteur);
        var noms = new Noms();
        return new LectureFluxRsa(new LecteurFluxRsa(XmlReader.Create(lecteur, LecteurFluxRsa.Reglages(noms)), noms));
    }

    /// <summary>Écrit un flux valide au regard du schéma VRSB0801, en UTF-8.</summary>
    /// <param name="flux">Le flux de sortie (il reste ouvert).</param>
    /// <param name="entete">L'identification du flux.</param>
    /// <param name="dossiers">Les dossiers, écrits au fil de l'énumération.</param>
    /// <returns>Le nombre de dossiers écrits.</returns>
    /// <exception cref="ArgumentException">Un dossier n'est pas daté de la date de référence du flux.</exception>
    public static int Ecrire(Stream flux, EnteteFluxRsa entete, IEnumerable<DossierRsa> dossiers)
    {
        Preconditions.CheckNotNull(flux);
        using var ecrivain = new StreamWriter(flux, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        return Ecrire(ecrivain, entete, dossiers);
    }

    /// <summary>
    /// Écrit un flux valide au regard du schéma VRSB0801 : l'identification, chaque dossier, puis le bloc
    /// <c>TransmissionFlux</c> qui en donne le nombre.
    /// </summary>
    /// <param name="ecrivain">La sortie (elle reste ouverte).</param>
    /// <param name="entete">L'identification du flux.</param>
    /// <param name="dossiers">Les dossiers, écrits au fil de l'énumération.</param>
    /// <returns>Le nombre de dossiers écrits.</returns>
    /// <exception cref="ArgumentException">Un dossier n'est pas daté de la date de référence du flux.</exception>
    /// <remarks>
    /// <para>Le document déclare l'encodage UTF-8 : <paramref name="ecrivain"/> doit écrire en UTF-8 (c'est le cas de
    /// <see cref="Ecrire(Stream, EnteteFluxRsa, IEnumerable{DossierRsa})"/>).</para>
    /// <para>Relire le flux écrit rend les mêmes dossiers (propriété vérifiée par les tests). Les éléments obligatoires du
    /// schéma que le modèle ne garde pas reçoivent des valeurs de remplissage visibles : identité <c>NOM1</c>,
    /// <c>PRENOM1</c>… (rang de la personne), sexe <c>1</c>, partenaire <c>CG</c> <c>000</c>, numéro de demande
    /// <c>00000000000</c>, rattachement au dossier à la date de la demande, adresse sans voie ni code postal
    /// (<c>00000</c>), origine de la demande <c>DEM</c>, heure de liquidation <c>00:00:00</c> ; aucun NIR. Le matricule est
    /// le numéro allocataire suivi de 8 zéros (forme des flux publiés).</para>
    /// </remarks>
    public static int Ecrire(TextWriter ecrivain, EnteteFluxRsa entete, IEnumerable<DossierRsa> dossiers)
    {
        Preconditions.CheckNotNull(ecrivain);
        Preconditions.CheckNotNull(entete);
        Preconditions.CheckNotNull(dossiers);
        var reglages = new XmlWriterSettings { Indent = true, IndentChars = "\t", OmitXmlDeclaration = true, NewLineChars = "\n", CloseOutput = false };

        // Le document déclare l'UTF-8 quel que soit l'écrivain (un StringWriter se dit UTF-16).
        ecrivain.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        using var x = XmlWriter.Create(ecrivain, reglages);
        x.WriteStartElement("Racine");
        x.WriteStartElement("IdentificationFlux");
        x.WriteElementString("APPLIEME", entete.Application);
        x.WriteElementString("NUMVERSIONAPPLIEME", entete.Version);
        x.WriteElementString("TYPEFLUX", entete.TypeFlux);
        x.WriteElementString("NATFLUX", entete.NatureFlux);
        x.WriteElementString("DTCREAFLUX", Date(entete.DateCreation));
        x.WriteElementString("HEUCREAFLUX", entete.HeureCreation.ToString("HH:mm:ss.FFFFFFFFF", CultureInfo.InvariantCulture));
        x.WriteElementString("DTREF", Date(entete.DateReference));
        x.WriteEndElement();
        var nombre = 0;
        foreach (var dossier in dossiers)
        {
            Preconditions.CheckNotNull(dossier);
            Preconditions.CheckArgument(dossier.DateDesDonnees == entete.DateReference, nameof(dossiers), "Chaque dossier est daté de la date de référence du flux (DTREF).");
            EcrireDossier(x, dossier);
            nombre++;
        }

        x.WriteStartElement("TransmissionFlux");
        x.WriteElementString("NBTOTDOSRSATRANSM", nombre.ToString("D8", CultureInfo.InvariantCulture));
        x.WriteElementString("NBTOTDOSRSATRANSMANO", "00000000");
        x.WriteEndElement();
        x.WriteEndElement();
        x.Flush();
        ecrivain.Write('\n');
        return nombre;
    }

    private static void EcrireDossier(XmlWriter x, DossierRsa d)
    {
        x.WriteStartElement("InfosFoyerRSA");
        x.WriteStartElement("IdentificationRSA");
        x.WriteStartElement("Organisme");
        x.WriteElementString("FONORG", "CAF");
        x.WriteElementString("NUMORG", d.Organisme);
        x.WriteElementString("MATRICULE", string.Concat(d.Numero.EnClair, "00000000"));
        x.WriteEndElement();
        x.WriteStartElement("Partenaire");
        x.WriteElementString("TYPEPARTE", "CG");
        x.WriteElementString("IDEPARTE", "000");
        x.WriteEndElement();
        x.WriteStartElement("DemandeRSA");
        x.WriteElementString("DTDEMRSA", Date(d.DateDemande));
        x.WriteElementString("NUMDEMRSA", "00000000000");
        x.WriteEndElement();
        x.WriteEndElement();
        var rang = 0;
        foreach (var p in d.Personnes)
        {
            rang++;
            var n = rang.ToString(CultureInfo.InvariantCulture);
            x.WriteStartElement("Personne");
            x.WriteStartElement("Identification");
            x.WriteElementString("NOM", "NOM" + n);
            x.WriteElementString("NOMNAI", "NOM" + n);
            x.WriteElementString("PRENOM", "PRENOM" + n);
            x.WriteElementString("NOMCOMNAI", "COMMUNE");
            x.WriteElementString("DTNAI", Date(p.DateNaissance));
            x.WriteElementString("SEXE", "1");
            x.WriteEndElement();
            x.WriteStartElement("DossierCAF");
            x.WriteElementString("TOPRESPDOS", p.Role == RolePersonneRsa.Demandeur ? "1" : "0");
            x.WriteElementString("DDRATDOS", Date(d.DateDemande));
            x.WriteEndElement();
            foreach (var nature in (ReadOnlySpan<string>)["PFA", "RSA"])
            {
                x.WriteStartElement("Prestations");
                x.WriteElementString("NATPREST", nature);
                x.WriteElementString("ROLEPERS", p.Role.Code);
                x.WriteElementString("TOPCHAPERS", "1");
                x.WriteEndElement();
            }

            if (p.DroitsEtDevoirs is { } dd)
            {
                x.WriteStartElement("MontantCalculDroitRSAPersonne");
                x.WriteElementString("TOPPERSDRODEVORSA", dd.Soumis ? "1" : "0");
                x.WriteEndElement();
            }

            x.WriteEndElement();
        }

        x.WriteStartElement("DonneesAdministratives");
        x.WriteStartElement("SituationFamille");
        x.WriteElementString("SITFAM", d.SituationFamille.Code);
        x.WriteElementString("DDSITFAM", Date(d.DateSituation));
        x.WriteEndElement();
        x.WriteStartElement("Adresse");
        x.WriteStartElement("TroncCommunAdresse");
        x.WriteElementString("RGADR", "01");
        x.WriteElementString("PAYS", d.Commune is null ? "HOR" : "FRA");
        x.WriteElementString("TYPEADR", "D");
        x.WriteElementString("ETATADR", "CO");
        x.WriteEndElement();
        if (d.Commune is { } commune)
        {
            x.WriteStartElement("AdresseDetailleeFrance");
            foreach (var vide in (ReadOnlySpan<string>)["COMPLIDEADR", "COMPLADR", "NUMVOIE", "LIBTYPEVOIE", "NOMVOIE", "LIEUDIST"])
            {
                x.WriteElementString(vide, string.Empty);
            }

            x.WriteElementString("NUMCOM", commune.ToString());
            x.WriteElementString("CODEPOS", "00000");
            x.WriteElementString("NOMCOM", string.Empty);
            x.WriteEndElement();
        }

        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteStartElement("PrestationRSA");
        x.WriteStartElement("SituationDossierRSA");
        x.WriteStartElement("EtatDossierRSA");
        x.WriteElementString("ETATDOSRSA", d.Etat.Code);
        x.WriteEndElement();
        foreach (var s in d.Suspensions)
        {
            x.WriteStartElement("SuspensionVersement");
            x.WriteElementString("MOTISUSVERSRSA", s.Motif.Code);
            x.WriteElementString("DDSUSVERSRSA", Date(s.Depuis));
            x.WriteEndElement();
        }

        if (d.Cloture is { } c)
        {
            x.WriteStartElement(d.Etat == EtatDossierRsa.ClosMoisAnterieur ? "FinDroitMoisAnterieur" : "FinDroit");
            x.WriteElementString("MOTICLORSA", c.Motif.Code);
            x.WriteElementString("DTCLORSA", Date(c.Date));
            x.WriteEndElement();
        }

        x.WriteEndElement();
        x.WriteStartElement("DetailDroitRSA");
        x.WriteStartElement("TroncCommunDroitRSA");
        x.WriteElementString("TOPSANSDOMFIXE", d.SansDomicileFixe ? "1" : "0");
        x.WriteElementString("ORIDEMRSA", "DEM");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        foreach (var e in d.Evenements)
        {
            x.WriteStartElement("Evenement");
            x.WriteElementString("DTLIQ", Date(e.DateLiquidation));
            x.WriteElementString("HEULIQ", Heure.Format(LocalTime.Midnight));
            x.WriteElementString("FG", e.FaitGenerateur);
            x.WriteEndElement();
        }

        x.WriteEndElement();
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
