using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Ruptures;
using NodaTime;

namespace Caf.Accompagnement.Tests.Droits;

public sealed class DetecteurDeRupturesTest
{
    private static readonly LocalDate Reference = new(2020, 6, 15);

    private static IReadOnlyList<string> Codes(Foyer foyer, LocalDate reference, PolitiqueDeCampagne? politique = null) =>
        [.. new DetecteurDeRuptures(CatalogueDesPublics.ParDefaut(), politique ?? PolitiqueDeCampagne.ParDefaut).Detecter(foyer, reference).Signaux.Select(s => s.CodePublic)];

    private static FoyerBuilder AccueilSeulement() =>
        Foyer.Builder(FoyersDeTest.Numero(7), FoyersDeTest.MontDeMarsan, new LocalDate(1970, 1, 1))
            .Isole(new LocalDate(2000, 1, 1))
            .Canal(CanalDeContact.AccueilPhysique);

    // --- Accueil physique : date du confinement ---

    [Theory]
    [InlineData(2020, 3, 16, true)]
    [InlineData(2020, 3, 17, false)]
    [InlineData(2019, 1, 1, true)]
    public void Derniere_demarche_avant_ou_le_jour_du_confinement(int annee, int mois, int jour, bool signal)
    {
        var foyer = AccueilSeulement().Demarche(new LocalDate(annee, mois, jour), CanalDeContact.AccueilPhysique).Valide();

        Assert.Equal(signal, Codes(foyer, Reference).Contains(PublicAccueilPhysique.CodePublic));
    }

    [Fact]
    public void Aucune_demarche_enregistree_donne_le_signal() =>
        Assert.Equal([PublicAccueilPhysique.CodePublic], Codes(AccueilSeulement().Valide(), Reference));

    [Fact]
    public void Demarche_posterieure_a_la_date_de_reference_ignoree()
    {
        var foyer = AccueilSeulement().Demarche(Reference.PlusDays(1), CanalDeContact.AccueilPhysique).Valide();

        Assert.Contains(PublicAccueilPhysique.CodePublic, Codes(foyer, Reference));
        Assert.DoesNotContain(PublicAccueilPhysique.CodePublic, Codes(foyer, Reference.PlusDays(1)));
    }

    [Fact]
    public void Un_autre_canal_ou_aucun_canal_exclut_le_public()
    {
        var mixte = AccueilSeulement().Canal(CanalDeContact.Telephone).Valide();
        var sansCanal = Foyer.Builder(FoyersDeTest.Numero(8), FoyersDeTest.Dax, new LocalDate(1970, 1, 1)).Valide();

        Assert.Empty(Codes(mixte, Reference));
        Assert.Empty(Codes(sansCanal, Reference));
    }

    [Fact]
    public void Avant_la_date_du_critere_personne_n_est_signale() =>
        Assert.Empty(Codes(AccueilSeulement().Valide(), new LocalDate(2020, 3, 16)));

    // --- Accueil physique : N jours ---

    [Theory]
    [InlineData(0, false)]
    [InlineData(89, false)]
    [InlineData(90, true)]
    [InlineData(91, true)]
    public void Derniere_demarche_il_y_a_N_jours(int joursAvant, bool signal)
    {
        var politique = FoyersDeTest.Politique(p => p.SansDemarchePendantJours = 90);
        var foyer = AccueilSeulement().Demarche(Reference.PlusDays(-joursAvant), CanalDeContact.AccueilPhysique).Valide();

        Assert.Equal(signal, Codes(foyer, Reference, politique).Contains(PublicAccueilPhysique.CodePublic));
    }

    // --- Pièce à brève échéance (N = 15 par défaut) ---

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(15, true)]
    [InlineData(16, false)]
    public void Date_limite_dans_la_fenetre_de_N_jours(int joursApres, bool signal)
    {
        var foyer = FoyersDeTest.Builder()
            .AvecPieceDemandee(NaturePiece.DeclarationTrimestrielle, Reference.PlusDays(-30), Reference.PlusDays(joursApres), prestation: Prestation.Rsa)
            .Valide();

        var detection = new DetecteurDeRuptures(CatalogueDesPublics.ParDefaut(), PolitiqueDeCampagne.ParDefaut).Detecter(foyer, Reference);

        Assert.Equal(signal, detection.Signaux.Any(s => s.CodePublic == PublicEcheanceProche.CodePublic));
        if (signal)
        {
            Assert.Equal(Reference.PlusDays(joursApres), detection.Signaux[0].Echeance);
        }
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void Piece_recue_avant_ou_apres_la_date_de_reference(int receptionApres, bool signal)
    {
        var foyer = FoyersDeTest.Builder()
            .AvecPieceDemandee(NaturePiece.DeclarationTrimestrielle, Reference.PlusDays(-30), Reference.PlusDays(5), Reference.PlusDays(receptionApres))
            .Valide();

        Assert.Equal(signal, Codes(foyer, Reference).Contains(PublicEcheanceProche.CodePublic));
    }

    [Theory]
    [InlineData(3, 3, true)]
    [InlineData(3, 4, false)]
    public void Fenetre_d_echeance_parametrable(int n, int joursApres, bool signal)
    {
        var foyer = FoyersDeTest.Builder().AvecPieceDemandee(NaturePiece.Autre, Reference.PlusDays(-1), Reference.PlusDays(joursApres)).Valide();

        Assert.Equal(signal, Codes(foyer, Reference, FoyersDeTest.Politique(p => p.JoursAvantEcheance = n)).Contains(PublicEcheanceProche.CodePublic));
    }

    // --- Suspension faute de pièce ---

    [Fact]
    public void Prestation_generique_suspendue_faute_de_piece()
    {
        var suspendue = FoyersDeTest.Builder().AvecDroit(Prestation.PrimeActivite, EtatDroit.Suspendu, Reference.PlusDays(-5), fauteDePiece: true).Valide();
        var autre = FoyersDeTest.Builder().AvecDroit(Prestation.PrimeActivite, EtatDroit.Suspendu, Reference.PlusDays(-5)).Valide();

        Assert.Equal([PublicSuspensionPieceManquante.CodePublic], Codes(suspendue, Reference));
        Assert.Empty(Codes(autre, Reference));
    }

    [Fact]
    public void Suspension_connue_seulement_a_partir_de_sa_date()
    {
        var foyer = FoyersDeTest.Builder().AvecDroitRsa(EtatDossierRsa.VersementSuspendu, Reference, MotifSuspensionRsa.DeclarationTrimestrielleNonFournie).Valide();

        Assert.Empty(Codes(foyer, Reference.PlusDays(-1)));
        Assert.Equal([PublicSuspensionPieceManquante.CodePublic], Codes(foyer, Reference));
    }

    [Fact]
    public void Motifs_de_piece_manquante_fixes_par_la_Caf()
    {
        var foyer = FoyersDeTest.Builder().AvecDroitRsa(EtatDossierRsa.VersementSuspendu, Reference, MotifSuspensionRsa.TitreDeSejourNonValide).Valide();
        var politique = FoyersDeTest.Politique(p => p.MotifsPieceManquante.Add(MotifSuspensionRsa.TitreDeSejourNonValide));

        Assert.Empty(Codes(foyer, Reference));
        Assert.Equal([PublicSuspensionPieceManquante.CodePublic], Codes(foyer, Reference, politique));
    }

    // --- Rupture consommée (90 jours par défaut) ---

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(90, true)]
    [InlineData(91, false)]
    public void Cloture_ECH_rappelee_pendant_N_jours(int joursDepuis, bool signal)
    {
        var foyer = FoyersDeTest.Builder().AvecDroitRsa(EtatDossierRsa.Clos, Reference.PlusDays(-joursDepuis), cloture: MotifClotureRsa.EcheanceQuatreMoisSansDroit).Valide();

        Assert.Equal(signal, Codes(foyer, Reference).Contains(PublicRuptureConsommee.CodePublic));
    }

    // --- Familles prioritaires ---

    [Fact]
    public void Famille_monoparentale_pour_le_travailleur_social()
    {
        var foyer = FoyersDeTest.Builder().AvecEnfant(new LocalDate(2015, 5, 1)).Valide();

        var signal = Assert.Single(new DetecteurDeRuptures(CatalogueDesPublics.ParDefaut(), PolitiqueDeCampagne.ParDefaut).Detecter(foyer, Reference).Signaux);

        Assert.Equal(PublicFamillesPrioritaires.CodePublic, signal.CodePublic);
        Assert.Equal(TypeIntervenant.TravailleurSocial, signal.Intervenant);
        Assert.Contains("monoparentale", signal.Explication.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Couple_avec_enfants_sous_le_seuil_de_pauvrete_et_au_dessus()
    {
        FoyerBuilder Couple(decimal ressources) =>
            FoyersDeTest.Builder().EnCouple(new LocalDate(1986, 1, 1), new LocalDate(2010, 1, 1))
                .AvecEnfant(new LocalDate(2012, 1, 1)).AvecEnfant(new LocalDate(2016, 1, 1))
                .AvecRessources(Montant.FromEuros(ressources), Montant.Zero);

        // 2,1 UC (1 + 0,5 + 0,3 + 0,3) ; seuil 2019 : 1 102 €. 2 314,18 € / 2,1 = 1 101,99 € ; 2 314,20 € / 2,1 = 1 102,00 €.
        Assert.Equal([PublicFamillesPrioritaires.CodePublic], Codes(Couple(2314.18m).Valide(), Reference));
        Assert.Empty(Codes(Couple(2314.20m).Valide(), Reference));
    }

    [Fact]
    public void Chaque_signal_porte_une_explication_en_quatre_points()
    {
        var foyer = AccueilSeulement()
            .AvecEnfant(new LocalDate(2015, 1, 1))
            .AvecDroitRsa(EtatDossierRsa.VersementSuspendu, Reference.PlusDays(-3), MotifSuspensionRsa.DeclarationTrimestrielleNonFournie)
            .AvecDroit(Prestation.Apl, EtatDroit.Clos, Reference.PlusDays(-10), apresAbsenceDeDroit: true)
            .AvecPieceDemandee(NaturePiece.DeclarationTrimestrielle, Reference.PlusDays(-10), Reference.PlusDays(2))
            .Valide();

        var signaux = new DetecteurDeRuptures(CatalogueDesPublics.ParDefaut(), PolitiqueDeCampagne.ParDefaut).Detecter(foyer, Reference).Signaux;

        Assert.Equal(
            [PublicRuptureConsommee.CodePublic, PublicSuspensionPieceManquante.CodePublic, PublicEcheanceProche.CodePublic, PublicFamillesPrioritaires.CodePublic, PublicAccueilPhysique.CodePublic],
            signaux.Select(s => s.CodePublic));
        Assert.All(signaux, s =>
        {
            Assert.True(s.Explication.EstSatisfaite);
            Assert.NotEmpty(s.Explication.Donnees);
            Assert.NotEmpty(s.Explication.Operations);
            Assert.DoesNotContain(foyer.Numero.EnClair, s.Explication.ToString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Politique_refuse_des_parametres_hors_bornes()
    {
        var r = PolitiqueDeCampagne.Create(new ParametresDeCampagne { CapaciteJournaliereCaf = 0, JoursAvantEcheance = -1, Caf = " " });

        Assert.Equal(["campagne.parametre.caf", "campagne.parametre.borne", "campagne.parametre.borne"], r.Erreurs.Select(e => e.Code));
    }
}
