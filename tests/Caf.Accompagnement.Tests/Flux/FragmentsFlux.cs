using System.Text;
using Caf.Accompagnement.Flux;

namespace Caf.Accompagnement.Tests.Flux;

/// <summary>Des fragments de flux VRSB0801 écrits à la main (données synthétiques : NOM1, NIR manifestement faux).</summary>
internal static class FragmentsFlux
{
    internal const string Entete = """
        <IdentificationFlux>
        <APPLIEME>CRI</APPLIEME>
        <NUMVERSIONAPPLIEME>0801</NUMVERSIONAPPLIEME>
        <TYPEFLUX>M</TYPEFLUX>
        <NATFLUX>D</NATFLUX>
        <DTCREAFLUX>2022-03-05</DTCREAFLUX>
        <HEUCREAFLUX>01:18:36.0000</HEUCREAFLUX>
        <DTREF>2022-02-28</DTREF>
        </IdentificationFlux>
        """;

    internal const string Transmission = """
        <TransmissionFlux>
        <NBTOTDOSRSATRANSM>00000001</NBTOTDOSRSATRANSM>
        <NBTOTDOSRSATRANSMANO>00000000</NBTOTDOSRSATRANSMANO>
        </TransmissionFlux>
        """;

    /// <summary>Un dossier complet : demandeur soumis aux droits et devoirs, conjoint non soumis, un enfant, suspendu (06).</summary>
    internal const string Dossier = """
        <InfosFoyerRSA>
        <IdentificationRSA>
        <Organisme><FONORG>CAF</FONORG><NUMORG>401</NUMORG><MATRICULE>012345600000000</MATRICULE></Organisme>
        <Partenaire><TYPEPARTE>CG </TYPEPARTE><IDEPARTE>040</IDEPARTE></Partenaire>
        <DemandeRSA><DTDEMRSA>2018-08-06</DTDEMRSA><NUMDEMRSA>00000000001</NUMDEMRSA></DemandeRSA>
        </IdentificationRSA>
        <Personne>
        <Identification><QUAL>MME</QUAL><NOM>NOM1</NOM><NOMNAI>NOM1</NOMNAI><PRENOM>PRENOM1</PRENOM><NOMCOMNAI>COMMUNE1</NOMCOMNAI><DTNAI>1982-02-01</DTNAI><NIR>299999999999999</NIR><SEXE>2</SEXE></Identification>
        <DossierCAF><TOPRESPDOS>1</TOPRESPDOS><DDRATDOS>2007-05-15</DDRATDOS></DossierCAF>
        <Prestations><NATPREST>PFA</NATPREST><ROLEPERS>DEM</ROLEPERS><TOPCHAPERS>0</TOPCHAPERS></Prestations>
        <Prestations><NATPREST>RSA</NATPREST><ROLEPERS>DEM</ROLEPERS><TOPCHAPERS>1</TOPCHAPERS></Prestations>
        <Rattachement><NOMNAI>NOM9</NOMNAI><PRENOM>PRENOM9</PRENOM><DTNAI>1950-01-01</DTNAI><NIR>199999999999999</NIR><TYPEPAR>PAR</TYPEPAR></Rattachement>
        <MontantCalculDroitRSAPersonne><TOPPERSDRODEVORSA>1</TOPPERSDRODEVORSA></MontantCalculDroitRSAPersonne>
        </Personne>
        <Personne>
        <Identification><NOM>NOM2</NOM><NOMNAI>NOM2</NOMNAI><PRENOM>PRENOM2</PRENOM><NOMCOMNAI>COMMUNE2</NOMCOMNAI><DTNAI>1977-03-23</DTNAI><SEXE>1</SEXE></Identification>
        <DossierCAF><TOPRESPDOS>0</TOPRESPDOS><DDRATDOS>2007-05-15</DDRATDOS></DossierCAF>
        <Prestations><NATPREST>PFA</NATPREST><ROLEPERS>CJT</ROLEPERS><TOPCHAPERS>0</TOPCHAPERS></Prestations>
        <Prestations><NATPREST>RSA</NATPREST><ROLEPERS>CJT</ROLEPERS><TOPCHAPERS>1</TOPCHAPERS></Prestations>
        <MontantCalculDroitRSAPersonne><TOPPERSDRODEVORSA>0</TOPPERSDRODEVORSA></MontantCalculDroitRSAPersonne>
        </Personne>
        <Personne>
        <Identification><NOM>NOM3</NOM><NOMNAI>NOM3</NOMNAI><PRENOM>PRENOM3</PRENOM><NOMCOMNAI>COMMUNE3</NOMCOMNAI><DTNAI>2015-06-30</DTNAI><SEXE>1</SEXE></Identification>
        <DossierCAF><TOPRESPDOS>0</TOPRESPDOS><DDRATDOS>2015-07-01</DDRATDOS></DossierCAF>
        <Prestations><NATPREST>PFA</NATPREST><ROLEPERS>ENF</ROLEPERS><TOPCHAPERS>1</TOPCHAPERS></Prestations>
        <Prestations><NATPREST>RSA</NATPREST><ROLEPERS>ENF</ROLEPERS><TOPCHAPERS>1</TOPCHAPERS></Prestations>
        </Personne>
        <DonneesAdministratives>
        <SituationFamille><SITFAM>VIM</SITFAM><DDSITFAM>2010-10-27</DDSITFAM></SituationFamille>
        <Adresse>
        <TroncCommunAdresse><RGADR>01</RGADR><PAYS>FRA</PAYS><TYPEADR>D</TYPEADR><ETATADR>CO</ETATADR></TroncCommunAdresse>
        <AdresseDetailleeFrance><COMPLIDEADR /><COMPLADR /><NUMVOIE>1</NUMVOIE><LIBTYPEVOIE>RUE</LIBTYPEVOIE><NOMVOIE>VOIE1</NOMVOIE><LIEUDIST /><NUMCOM>40192</NUMCOM><CODEPOS>40000</CODEPOS><NOMCOM>MONT DE MARSAN</NOMCOM></AdresseDetailleeFrance>
        </Adresse>
        </DonneesAdministratives>
        <PrestationRSA>
        <SituationDossierRSA>
        <EtatDossierRSA><ETATDOSRSA>4</ETATDOSRSA></EtatDossierRSA>
        <SuspensionVersement><MOTISUSVERSRSA>06</MOTISUSVERSRSA><DDSUSVERSRSA>2021-11-01</DDSUSVERSRSA></SuspensionVersement>
        </SituationDossierRSA>
        <DetailDroitRSA><TroncCommunDroitRSA><TOPSANSDOMFIXE>0</TOPSANSDOMFIXE><ORIDEMRSA>DEM</ORIDEMRSA></TroncCommunDroitRSA></DetailDroitRSA>
        </PrestationRSA>
        <Evenement><DTLIQ>2022-02-10</DTLIQ><HEULIQ>10:00:00</HEULIQ><FG>SUSDRO</FG></Evenement>
        </InfosFoyerRSA>
        """;

    /// <summary>Un document complet autour de dossiers.</summary>
    internal static string Document(params string[] dossiers) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Racine>\n{Entete}\n{string.Join("\n", dossiers)}\n{Transmission}\n</Racine>\n";

    /// <summary>Lit un document texte jusqu'au bout.</summary>
    internal static (List<DossierLu> Dossiers, ResumeDeLecture Resume) Lire(string document)
    {
        using var lecture = FluxRsa.Lire(new StringReader(document));
        var dossiers = lecture.ToList();
        return (dossiers, lecture.Resume);
    }

    /// <summary>Lit des octets jusqu'au bout, d'un trait (la lecture de référence).</summary>
    internal static (List<DossierLu> Dossiers, ResumeDeLecture Resume) Lire(byte[] octets) => Lire(octets, 1);

    /// <summary>Lit des octets jusqu'au bout, en lots lus par <paramref name="parallelisme"/> fils.</summary>
    internal static (List<DossierLu> Dossiers, ResumeDeLecture Resume) Lire(byte[] octets, int parallelisme)
    {
        using var flux = new MemoryStream(octets);
        using var lecture = FluxRsa.Lire(flux, parallelisme);
        var dossiers = lecture.ToList();
        return (dossiers, lecture.Resume);
    }

    /// <summary>Toutes les valeurs reprises d'un dossier, en clair (pour comparer deux dossiers dans les tests).</summary>
    internal static string Empreinte(DossierRsa d)
    {
        var sb = new StringBuilder();
        sb.Append(d.Numero.EnClair).Append('|').Append(d.Organisme).Append('|').Append(d.DateDesDonnees).Append('|').Append(d.DateDemande)
            .Append('|').Append(d.SituationFamille.Code).Append('|').Append(d.DateSituation).Append('|').Append(d.Commune?.ToString() ?? "-")
            .Append('|').Append(d.Etat.Code).Append('|').Append(d.SansDomicileFixe);
        foreach (var p in d.Personnes)
        {
            sb.Append("|P:").Append(p.Role.Code).Append(',').Append(p.DateNaissance).Append(',').Append(p.DroitsEtDevoirs?.ToString() ?? "-");
        }

        foreach (var s in d.Suspensions)
        {
            sb.Append("|S:").Append(s.Motif.Code).Append(',').Append(s.Depuis);
        }

        sb.Append("|C:").Append(d.Cloture is { } c ? $"{c.Motif.Code},{c.Date}" : "-");
        foreach (var e in d.Evenements)
        {
            sb.Append("|E:").Append(e.DateLiquidation).Append(',').Append(e.FaitGenerateur);
        }

        return sb.ToString();
    }
}
