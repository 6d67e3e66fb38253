using System.Text;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Flux;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;
using static Caf.Accompagnement.Tests.Flux.FragmentsFlux;

namespace Caf.Accompagnement.Tests.Flux;

public sealed partial class FluxRsaTest
{
    private static readonly LocalDate Reference = new(2022, 2, 28);

    private static DossierLu LireUn(string dossier)
    {
        var (dossiers, resume) = Lire(Document(dossier));
        Assert.Equal(1, resume.Lus);
        return Assert.Single(dossiers);
    }

    private static Erreur Echec(string dossier)
    {
        var lu = LireUn(dossier);
        Assert.False(lu.Accepte);
        return lu.Resultat.Erreurs[0];
    }

    [Fact]
    public void Un_dossier_complet_est_lu_et_reduit_aux_valeurs_du_modele()
    {
        var (dossiers, resume) = Lire(Document(Dossier));

        var d = Assert.Single(dossiers).Resultat.GetValueOrThrow();
        Assert.Equal("0123456", d.Numero.EnClair);
        Assert.Equal("401", d.Organisme);
        Assert.Equal(Reference, d.DateDesDonnees);
        Assert.Equal(new LocalDate(2018, 8, 6), d.DateDemande);
        Assert.Equal([RolePersonneRsa.Demandeur, RolePersonneRsa.Conjoint, RolePersonneRsa.Enfant], d.Personnes.Select(p => p.Role));
        Assert.Equal(new DroitsEtDevoirs(true, Reference), d.Personnes[0].DroitsEtDevoirs);
        Assert.Equal(new DroitsEtDevoirs(false, Reference), d.Personnes[1].DroitsEtDevoirs);
        Assert.Null(d.Personnes[2].DroitsEtDevoirs);
        Assert.Same(SituationFamilleRsa.VieMaritale, d.SituationFamille);
        Assert.Equal(CodeCommune.Parse("40192"), d.Commune);
        Assert.Same(EtatDossierRsa.VersementSuspendu, d.Etat);
        Assert.Equal([new SuspensionVersementRsa(MotifSuspensionRsa.DeclarationTrimestrielleNonFournie, new LocalDate(2021, 11, 1))], d.Suspensions.ToArray());
        Assert.Null(d.Cloture);
        Assert.False(d.SansDomicileFixe);
        Assert.Equal([new EvenementFluxRsa(new LocalDate(2022, 2, 10), "SUSDRO")], d.Evenements.ToArray());
        Assert.Equal(new ResumeDeLecture(1, 1, 0, 1, true, []), resume with { Erreurs = [] });
        Assert.Empty(resume.Erreurs);
        Assert.DoesNotContain("0123456", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void L_identification_du_flux_est_lue()
    {
        using var lecture = FluxRsa.Lire(new StringReader(Document(Dossier)));
        Assert.Null(lecture.Entete);
        Assert.Throws<InvalidOperationException>(() => lecture.Resume);
        _ = lecture.Terminer();
        var entete = lecture.Entete!;
        Assert.Equal(("CRI", "0801", "M", "D"), (entete.Application, entete.Version, entete.TypeFlux, entete.NatureFlux));
        Assert.Equal(new LocalDate(2022, 3, 5), entete.DateCreation);
        Assert.Equal(new LocalTime(1, 18, 36), entete.HeureCreation);
        Assert.Equal(Reference, entete.DateReference);
        Assert.Throws<InvalidOperationException>(() => lecture.GetEnumerator());
    }

    [Fact]
    public void Le_dossier_devient_un_foyer_du_modele()
    {
        var foyer = LireUn(Dossier).Resultat.GetValueOrThrow().VersFoyer().GetValueOrThrow();

        Assert.Equal("0123456", foyer.Numero.EnClair);
        Assert.Equal(CodeCommune.Parse("40192"), foyer.Commune);
        Assert.Same(SituationFamiliale.EnCouple, foyer.Situation);
        Assert.Equal(new LocalDate(2010, 10, 27), foyer.DateSituation);
        Assert.Equal(new LocalDate(1982, 2, 1), foyer.Allocataire.DateNaissance);
        Assert.Equal(new DroitsEtDevoirs(true, Reference), foyer.Allocataire.DroitsEtDevoirs);
        Assert.Equal(new DroitsEtDevoirs(false, Reference), foyer.Conjoint!.DroitsEtDevoirs);
        Assert.Equal([new LocalDate(2015, 6, 30)], foyer.Enfants.Select(e => e.DateNaissance));
        var droit = foyer.DroitA(Prestation.Rsa)!;
        Assert.Same(EtatDossierRsa.VersementSuspendu, droit.EtatRsa);
        Assert.Same(MotifSuspensionRsa.DeclarationTrimestrielleNonFournie, droit.MotifSuspensionRsa);
        Assert.True(droit.SuspenduFauteDePiece);
        Assert.Equal(new LocalDate(2021, 11, 1), droit.Depuis);
    }

    [Fact]
    public void Un_dossier_sans_commune_ne_devient_pas_un_foyer()
    {
        var sansAdresse = Dossier.Replace("<NUMCOM>40192</NUMCOM>", "<NUMCOM />", StringComparison.Ordinal);
        var d = LireUn(sansAdresse).Resultat.GetValueOrThrow();
        Assert.Null(d.Commune);
        Assert.Equal("flux.foyer.commune", d.VersFoyer().Erreurs[0].Code);
    }

    public static TheoryData<string> Etats => [.. EtatDossierRsa.Toutes.Select(e => e.Code)];

    public static TheoryData<string> Motifs => [.. MotifSuspensionRsa.Toutes.Select(e => e.Code)];

    public static TheoryData<string> MotifsDeCloture => [.. MotifClotureRsa.Toutes.Select(e => e.Code)];

    public static TheoryData<string> Roles => [.. RolePersonneRsa.Toutes.Select(e => e.Code)];

    public static TheoryData<string> Situations => [.. SituationFamilleRsa.Toutes.Select(e => e.Code)];

    [Theory]
    [MemberData(nameof(Etats))]
    public void Chaque_code_ETATDOSRSA_est_lu(string code)
    {
        var d = LireUn(Dossier.Replace("<ETATDOSRSA>4</ETATDOSRSA>", $"<ETATDOSRSA>{code}</ETATDOSRSA>", StringComparison.Ordinal)).Resultat.GetValueOrThrow();
        Assert.Equal(code, d.Etat.Code);
    }

    [Theory]
    [MemberData(nameof(Motifs))]
    public void Chaque_code_MOTISUSVERSRSA_est_lu_meme_avec_des_blancs(string code)
    {
        var d = LireUn(Dossier.Replace("<MOTISUSVERSRSA>06</MOTISUSVERSRSA>", $"<MOTISUSVERSRSA>{code} </MOTISUSVERSRSA>", StringComparison.Ordinal)).Resultat.GetValueOrThrow();
        Assert.Equal(code, d.Suspensions[0].Motif.Code);
    }

    [Theory]
    [MemberData(nameof(MotifsDeCloture))]
    public void Chaque_code_MOTICLORSA_est_lu_dans_FinDroit_et_FinDroitMoisAnterieur(string code)
    {
        foreach (var (etat, bloc) in new[] { ("5", "FinDroit"), ("6", "FinDroitMoisAnterieur") })
        {
            var dossier = Dossier
                .Replace("<ETATDOSRSA>4</ETATDOSRSA>", $"<ETATDOSRSA>{etat}</ETATDOSRSA>", StringComparison.Ordinal)
                .Replace("</SituationDossierRSA>", $"<{bloc}><MOTICLORSA>{code}</MOTICLORSA><DTCLORSA>2021-11-30</DTCLORSA></{bloc}></SituationDossierRSA>", StringComparison.Ordinal);
            var d = LireUn(dossier).Resultat.GetValueOrThrow();
            Assert.Equal(new ClotureRsa(MotifClotureRsa.FromCode(code), new LocalDate(2021, 11, 30)), d.Cloture);
            var droit = d.VersFoyer().GetValueOrThrow().DroitA(Prestation.Rsa)!;
            Assert.Equal(code, droit.MotifClotureRsa!.Code);
            Assert.Equal(code == "ECH", droit.ClosApresAbsenceDeDroit);
        }
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Chaque_code_ROLEPERS_est_lu(string code)
    {
        var d = LireUn(Dossier.Replace("<ROLEPERS>ENF</ROLEPERS>", $"<ROLEPERS>{code}</ROLEPERS>", StringComparison.Ordinal)).Resultat.GetValueOrThrow();
        Assert.Equal(code, d.Personnes[2].Role.Code);
    }

    [Theory]
    [MemberData(nameof(Situations))]
    public void Chaque_code_SITFAM_est_lu(string code)
    {
        var d = LireUn(Dossier.Replace("<SITFAM>VIM</SITFAM>", $"<SITFAM>{code}</SITFAM>", StringComparison.Ordinal)).Resultat.GetValueOrThrow();
        Assert.Equal(code, d.SituationFamille.Code);
    }

    [Theory]
    [InlineData("<ETATDOSRSA>4</ETATDOSRSA>", "<ETATDOSRSA>9</ETATDOSRSA>", "/Racine/InfosFoyerRSA[1]/PrestationRSA/SituationDossierRSA/EtatDossierRSA/ETATDOSRSA", "9")]
    [InlineData("<MOTISUSVERSRSA>06</MOTISUSVERSRSA>", "<MOTISUSVERSRSA>07</MOTISUSVERSRSA>", "/Racine/InfosFoyerRSA[1]/PrestationRSA/SituationDossierRSA/SuspensionVersement[1]/MOTISUSVERSRSA", "07")]
    [InlineData("<ROLEPERS>CJT</ROLEPERS><TOPCHAPERS>1</TOPCHAPERS>", "<ROLEPERS>XXX</ROLEPERS><TOPCHAPERS>1</TOPCHAPERS>", "/Racine/InfosFoyerRSA[1]/Personne[2]/Prestations[2]/ROLEPERS", "XXX")]
    [InlineData("<SITFAM>VIM</SITFAM>", "<SITFAM>ZZZ</SITFAM>", "/Racine/InfosFoyerRSA[1]/DonneesAdministratives/SituationFamille/SITFAM", "ZZZ")]
    [InlineData("<NATPREST>RSA</NATPREST><ROLEPERS>DEM", "<NATPREST>AAH</NATPREST><ROLEPERS>DEM", "/Racine/InfosFoyerRSA[1]/Personne[1]/Prestations[2]/NATPREST", "AAH")]
    public void Un_code_inconnu_est_refuse_a_son_chemin(string avant, string apres, string chemin, string valeur)
    {
        var erreur = Echec(Dossier.Replace(avant, apres, StringComparison.Ordinal));
        Assert.Equal("flux.code.inconnu", erreur.Code);
        Assert.Equal(chemin, erreur.Chemin);
        Assert.Equal(valeur, erreur.Valeur);
        Assert.NotNull(erreur.Ligne);
    }

    [Theory]
    [InlineData("<ETATDOSRSA>4</ETATDOSRSA>", "/Racine/InfosFoyerRSA[1]/PrestationRSA/SituationDossierRSA/EtatDossierRSA/ETATDOSRSA")]
    [InlineData("<MATRICULE>012345600000000</MATRICULE>", "/Racine/InfosFoyerRSA[1]/IdentificationRSA/Organisme/MATRICULE")]
    [InlineData("<TOPSANSDOMFIXE>0</TOPSANSDOMFIXE>", "/Racine/InfosFoyerRSA[1]/PrestationRSA/DetailDroitRSA/TroncCommunDroitRSA/TOPSANSDOMFIXE")]
    [InlineData("<DTNAI>1977-03-23</DTNAI>", "/Racine/InfosFoyerRSA[1]/Personne[2]/Identification/DTNAI")]
    [InlineData("<NOM>NOM3</NOM>", "/Racine/InfosFoyerRSA[1]/Personne[3]/Identification/NOM")]
    [InlineData("<TOPPERSDRODEVORSA>1</TOPPERSDRODEVORSA>", "/Racine/InfosFoyerRSA[1]/Personne[1]/MontantCalculDroitRSAPersonne/TOPPERSDRODEVORSA")]
    [InlineData("<DDSITFAM>2010-10-27</DDSITFAM>", "/Racine/InfosFoyerRSA[1]/DonneesAdministratives/SituationFamille/DDSITFAM")]
    [InlineData("<DDSUSVERSRSA>2021-11-01</DDSUSVERSRSA>", "/Racine/InfosFoyerRSA[1]/PrestationRSA/SituationDossierRSA/SuspensionVersement[1]/DDSUSVERSRSA")]
    [InlineData("<FG>SUSDRO</FG>", "/Racine/InfosFoyerRSA[1]/Evenement[1]/FG")]
    public void Un_element_obligatoire_absent_est_refuse_a_son_chemin(string element, string chemin)
    {
        var erreur = Echec(Dossier.Replace(element, string.Empty, StringComparison.Ordinal));
        Assert.Equal("flux.element.absent", erreur.Code);
        Assert.Equal(chemin, erreur.Chemin);
        Assert.Null(erreur.Valeur);
    }

    [Fact]
    public void Un_bloc_obligatoire_absent_est_refuse()
    {
        var sansPrestation = Dossier[..Dossier.IndexOf("<PrestationRSA>", StringComparison.Ordinal)] + Dossier[(Dossier.IndexOf("</PrestationRSA>", StringComparison.Ordinal) + "</PrestationRSA>".Length)..];
        var erreur = Echec(sansPrestation);
        Assert.Equal(("flux.element.absent", "/Racine/InfosFoyerRSA[1]/PrestationRSA"), (erreur.Code, erreur.Chemin));
    }

    [Theory]
    [InlineData("<DTDEMRSA>2018-08-06</DTDEMRSA>", "<DTDEMRSA>2018-02-30</DTDEMRSA>", "flux.date.format", "2018-02-30")]
    [InlineData("<DTDEMRSA>2018-08-06</DTDEMRSA>", "<DTDEMRSA>06/08/2018</DTDEMRSA>", "flux.date.format", "06/08/2018")]
    [InlineData("<TOPSANSDOMFIXE>0</TOPSANSDOMFIXE>", "<TOPSANSDOMFIXE>oui</TOPSANSDOMFIXE>", "flux.booleen.format", "oui")]
    [InlineData("<RGADR>01</RGADR>", "<RGADR>1A</RGADR>", "flux.entier.format", "1A")]
    [InlineData("<HEULIQ>10:00:00</HEULIQ>", "<HEULIQ>25:00:00</HEULIQ>", "flux.heure.format", "25:00:00")]
    [InlineData("<NUMORG>401</NUMORG>", "<NUMORG>4010</NUMORG>", "flux.texte.longueur", "4010")]
    [InlineData("<NUMCOM>40192</NUMCOM>", "<NUMCOM>4O192</NUMCOM>", "commune.code.format", "4O192")]
    public void Un_format_fautif_est_refuse_avec_sa_valeur(string avant, string apres, string code, string valeur)
    {
        var erreur = Echec(Dossier.Replace(avant, apres, StringComparison.Ordinal));
        Assert.Equal(code, erreur.Code);
        Assert.Equal(valeur, erreur.Valeur);
    }

    [Theory]
    [InlineData("2018-08-06Z")]
    [InlineData("2018-08-06+01:00")]
    [InlineData(" 2018-08-06 ")]
    public void Une_date_xsd_avec_fuseau_est_admise(string texte)
    {
        var d = LireUn(Dossier.Replace("<DTDEMRSA>2018-08-06</DTDEMRSA>", $"<DTDEMRSA>{texte}</DTDEMRSA>", StringComparison.Ordinal)).Resultat.GetValueOrThrow();
        Assert.Equal(new LocalDate(2018, 8, 6), d.DateDemande);
    }

    [Theory]
    [InlineData("012345600000000", "0123456")]
    [InlineData("12345600000000", "0123456")]
    [InlineData("123456", "0123456")]
    [InlineData("9999999", "9999999")]
    public void Le_matricule_Caf_donne_le_numero_allocataire(string matricule, string numero)
    {
        var d = LireUn(Dossier.Replace("012345600000000", matricule, StringComparison.Ordinal)).Resultat.GetValueOrThrow();
        Assert.Equal(numero, d.Numero.EnClair);
    }

    [Theory]
    [InlineData("012345600000001")]
    [InlineData("12345678")]
    [InlineData("0123456000000000")]
    [InlineData("01234A6")]
    public void Un_matricule_fautif_est_masque(string matricule)
    {
        var erreur = Echec(Dossier.Replace("012345600000000", matricule, StringComparison.Ordinal));
        Assert.Equal("flux.matricule.format", erreur.Code);
        Assert.Equal(Erreur.ValeurMasquee, erreur.Valeur);
        Assert.DoesNotContain(matricule, erreur.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Une_date_de_naissance_fautive_est_masquee()
    {
        var erreur = Echec(Dossier.Replace("<DTNAI>1982-02-01</DTNAI>", "<DTNAI>1982-02-31</DTNAI>", StringComparison.Ordinal));
        Assert.Equal(("flux.date.format", Erreur.ValeurMasquee), (erreur.Code, erreur.Valeur));
        Assert.DoesNotContain("1982", erreur.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Un_dossier_MSA_est_refuse_sans_numero_allocataire_Caf()
    {
        var erreur = Echec(Dossier.Replace("<FONORG>CAF</FONORG>", "<FONORG>MSA</FONORG>", StringComparison.Ordinal));
        Assert.Equal("flux.organisme.msa", erreur.Code);
    }

    [Fact]
    public void Un_dossier_refuse_n_arrete_pas_la_lecture_des_suivants()
    {
        var fautif = Dossier.Replace("<ETATDOSRSA>4</ETATDOSRSA>", "<ETATDOSRSA>X</ETATDOSRSA>", StringComparison.Ordinal);
        var (dossiers, resume) = Lire(Document(Dossier, fautif, Dossier));
        Assert.Equal([true, false, true], dossiers.Select(d => d.Accepte));
        Assert.Equal([1, 2, 3], dossiers.Select(d => d.Rang));
        Assert.Equal((3, 2, 1, true), (resume.Lus, resume.Acceptes, resume.Refuses, resume.Complet));
        Assert.StartsWith("/Racine/InfosFoyerRSA[2]/", dossiers[1].Resultat.Erreurs[0].Chemin, StringComparison.Ordinal);
        Assert.True(dossiers[1].Ligne > dossiers[0].Ligne);
    }

    [Fact]
    public void Un_xml_mal_forme_est_une_erreur_et_pas_une_exception()
    {
        var coupe = Document(Dossier, Dossier);
        coupe = coupe[..(coupe.LastIndexOf("<PrestationRSA>", StringComparison.Ordinal) + 20)];
        var (dossiers, resume) = Lire(coupe);
        Assert.Equal([true, false], dossiers.Select(d => d.Accepte));
        Assert.Equal("flux.xml.illisible", dossiers[1].Resultat.Erreurs[^1].Code);
        Assert.Equal((2, 1, 1, false), (resume.Lus, resume.Acceptes, resume.Refuses, resume.Complet));

        var (aucun, vide) = Lire("<Racine><IdentificationFlux><APPLIEME>CRI</APP");
        Assert.Empty(aucun);
        Assert.Equal("flux.xml.illisible", Assert.Single(vide.Erreurs).Code);
        Assert.False(vide.Complet);

        var (rien, pasDeXml) = Lire("pas du XML");
        Assert.Empty(rien);
        Assert.Equal("flux.xml.illisible", pasDeXml.Erreurs[0].Code);
    }

    [Fact]
    public void Une_DTD_est_refusee_sans_expansion_d_entites()
    {
        const string MilliardDeRires = """
            <?xml version="1.0"?>
            <!DOCTYPE Racine [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <Racine><IdentificationFlux><APPLIEME>&lol3;</APPLIEME></IdentificationFlux></Racine>
            """;
        const string EntiteExterne = """
            <?xml version="1.0"?>
            <!DOCTYPE Racine [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <Racine>&xxe;</Racine>
            """;
        foreach (var document in new[] { MilliardDeRires, EntiteExterne })
        {
            var (dossiers, resume) = Lire(document);
            Assert.Empty(dossiers);
            Assert.Equal("flux.xml.illisible", Assert.Single(resume.Erreurs).Code);
            var (depuisOctets, resumeOctets) = Lire(Encoding.UTF8.GetBytes(document));
            Assert.Empty(depuisOctets);
            Assert.Equal("flux.xml.illisible", Assert.Single(resumeOctets.Erreurs).Code);
        }
    }

    [Fact]
    public void Une_racine_ou_une_identification_fautive_arrete_la_lecture()
    {
        Assert.Equal("flux.racine.inattendue", Lire("<Flux/>").Resume.Erreurs[0].Code);
        var sansEntete = Document(Dossier).Replace(Entete, string.Empty, StringComparison.Ordinal);
        var (dossiers, resume) = Lire(sansEntete);
        Assert.Empty(dossiers);
        Assert.Equal(("flux.element.absent", "/Racine/IdentificationFlux"), (resume.Erreurs[0].Code, resume.Erreurs[0].Chemin));
        var dateFausse = Document(Dossier).Replace("<DTREF>2022-02-28</DTREF>", "<DTREF>2022-02-29</DTREF>", StringComparison.Ordinal);
        Assert.Equal(("flux.date.format", "/Racine/IdentificationFlux/DTREF"), (Lire(dateFausse).Resume.Erreurs[0].Code, Lire(dateFausse).Resume.Erreurs[0].Chemin));
    }

    [Fact]
    public void Un_flux_windows_1252_est_decode()
    {
        var document = Document(Dossier.Replace("MONT DE MARSAN", "MONT-DE-MARSAN ÉÈ", StringComparison.Ordinal))
            .Replace("encoding=\"utf-8\"", "encoding=\"windows-1252\"", StringComparison.Ordinal);
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var octets = Encoding.GetEncoding(1252).GetBytes(document);
        var (dossiers, resume) = Lire(octets);
        Assert.True(Assert.Single(dossiers).Accepte);
        Assert.True(resume.Complet);
    }

    [Fact]
    public void Aucune_donnee_personnelle_dans_les_erreurs_d_un_dossier_fautif()
    {
        var fautif = Dossier
            .Replace("<DTNAI>1982-02-01</DTNAI>", "<DTNAI>NOM1</DTNAI>", StringComparison.Ordinal)
            .Replace("<MATRICULE>012345600000000</MATRICULE>", "<MATRICULE>0123456X</MATRICULE>", StringComparison.Ordinal)
            .Replace("<NOM>NOM2</NOM>", "<NOM><X>NOM2</X></NOM>", StringComparison.Ordinal);
        var texte = string.Join("\n", LireUn(fautif).Resultat.Erreurs);
        foreach (var personnel in new[] { "NOM1", "NOM2", "NOM9", "PRENOM", "299999999999999", "199999999999999", "0123456", "VOIE1", "1982" })
        {
            Assert.DoesNotContain(personnel, texte, StringComparison.Ordinal);
        }
    }
}
