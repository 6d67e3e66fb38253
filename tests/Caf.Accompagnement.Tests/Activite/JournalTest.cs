using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Tests.Contrats;
using NodaTime;

namespace Caf.Accompagnement.Tests.Activite;

public sealed class JournalTest
{
    private static readonly LocalDate Date = new(2022, 5, 12);

    [Fact]
    public void Un_motif_inconnu_est_refuse_avec_les_codes_admis()
    {
        var r = Intervention.Create(Date, "DIVORCE", "S1", "TS-1");
        var erreur = Assert.Single(r.Erreurs);
        Assert.Equal("activite.motif.inconnu", erreur.Code);
        Assert.Equal("motif", erreur.Champ);
        Assert.Equal("DIVORCE", erreur.Valeur);
        Assert.Contains("PARENTALITE", erreur.Message, StringComparison.Ordinal);
        Assert.Contains("n'est pas comptée", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Une_saisie_rapporte_toutes_ses_erreurs_en_une_fois()
    {
        var r = RendezVous.Create(Date, "FAIT", "APPEL_SORTANT", " ", null, "MARIAGE");
        Assert.Equal(
            ["activite.rendez_vous.statut_inconnu", "activite.rendez_vous.evenement_inconnu", "activite.secteur.absent", "activite.travailleur.absent"],
            r.Erreurs.Select(e => e.Code));
    }

    [Fact]
    public void Une_entree_hors_periode_est_refusee_et_le_journal_est_inchange()
    {
        var journal = Journal.Vide(2022).Ajouter(new NouvelleDemande(Date, Motif.Insertion, "S1")).Valeur;
        var r = journal.Ajouter(new NouvelleDemande(new LocalDate(2023, 1, 1), Motif.Insertion, "S1"));
        var erreur = Assert.Single(r.Erreurs);
        Assert.Equal("activite.entree.hors_periode", erreur.Code);
        Assert.Equal("2023-01-01", erreur.Valeur);
        Assert.Contains("01/01/2023", erreur.Message, StringComparison.Ordinal);
        Assert.Single(journal.Entrees);
        Assert.Equal(1, journal.Chiffres(journal.Periode).Valeur.NouvellesDemandes);
    }

    [Fact]
    public void La_creation_en_bloc_signale_chaque_entree_hors_periode_avec_son_rang()
    {
        EntreeJournal[] entrees =
        [
            new NouvelleDemande(Date, Motif.Insertion, "S1"),
            new NouvelleDemande(new LocalDate(2021, 12, 31), Motif.Insertion, "S1"),
            new NouvelleDemande(new LocalDate(2023, 1, 1), Motif.Insertion, "S1"),
        ];
        var r = Journal.Create(new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31)), entrees);
        Assert.Equal(["$[1]", "$[2]"], r.Erreurs.Select(e => e.Chemin));
    }

    [Fact]
    public void Un_bilan_hors_de_la_periode_du_journal_est_refuse()
    {
        var r = BilanAnnuel.Etablir(Journal.Vide(2022), 2023);
        Assert.Equal("activite.periode.hors_journal", Assert.Single(r.Erreurs).Code);
    }

    [Fact]
    public void Sans_annee_precedente_le_bilan_n_a_pas_de_comparaison_mais_un_journal_precedent_la_donne()
    {
        var j2021 = Journal.Vide(2021).Ajouter(new Intervention(new LocalDate(2021, 3, 1), Motif.Parentalite, "S1", "TS-1")).Valeur;
        var j2022 = Journal.Vide(2022).Ajouter(new Intervention(Date, Motif.Parentalite, "S1", "TS-1")).Valeur
            .Ajouter(new Intervention(Date, Motif.Insertion, "S2", "TS-2")).Valeur;
        Assert.Null(BilanAnnuel.Etablir(j2022, 2022).Valeur.ChiffresPrecedents);
        Assert.DoesNotContain("par rapport", BilanAnnuel.Etablir(j2022, 2022).Valeur.EnTexte(), StringComparison.Ordinal);
        var bilan = BilanAnnuel.Etablir(j2022, 2022, j2021).Valeur;
        Assert.Equal(100, bilan.EvolutionDesInterventions);
        Assert.Equal(["S1", "S2"], bilan.Secteurs.Select(s => s.Secteur));
        Assert.Equal(0, bilan.Secteurs[1].ChiffresPrecedents!.Interventions);
    }

    [Fact]
    public void Une_forme_d_aide_non_admise_ou_un_type_inconnu_est_refuse()
    {
        Assert.Equal("activite.aide.forme_non_admise", Assert.Single(AttributionDAide.Create(Date, AidesDeReference.VacancesFamiliales, FormeAide.Pret, Montant.FromEuros(300m), "S1").Erreurs).Code);
        Assert.Equal("aides.versement.forme", Assert.Single(VersementDAide.Create(CatalogueDesAides.Reference, Date, "AVF", "PRET", Montant.FromEuros(300m), "S1").Erreurs).Code);
        Assert.False(VersementDAide.Create(CatalogueDesAides.Reference, Date, "PERMIS_DE_CONDUIRE", "SUBVENTION", Montant.FromEuros(300m), "S1").Reussi);
    }

    [Fact]
    public void Seules_une_signature_ou_un_renouvellement_comptent_comme_contrat_signe()
    {
        var etabli = Fixtures.Oriente(Date).EtablirContrat(Date, Fixtures.Actions(Date.PlusMonths(3))).Valeur;
        Assert.Equal("activite.contrat.pas_une_signature", Assert.Single(SignatureDeContrat.Depuis(etabli, "S1").Erreurs).Code);
        var signe = etabli.Parcours.Signer(1, Date.PlusMonths(3)).Valeur;
        var entree = SignatureDeContrat.Depuis(signe, CarteDeTest.Instance).Valeur;
        Assert.Equal(("S1", true, Date.PlusMonths(3)), (entree.Secteur, entree.SignatureTardive, entree.Date));
        Assert.DoesNotContain("1234567", entree.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2243, 1885, 19, "+19 %")]
    [InlineData(887, 1345, -34, "-34 %")]
    [InlineData(100, 100, 0, "0 %")]
    [InlineData(3, 2, 50, "+50 %")]
    [InlineData(5, 0, null, "")]
    public void Evolution_en_pourcentage_arrondi(long courant, long precedent, int? attendu, string texte)
    {
        Assert.Equal(attendu, Evolution.PourcentageArrondi(courant, precedent));
        Assert.Equal(texte, Evolution.Formater(courant, precedent));
    }
}

public sealed class JournalSecteursTest
{
    /// <summary>Une carte des Landes en neuf secteurs : les 18 EPCI regroupés deux à deux (carte illustrative).</summary>
    internal static Caf.Accompagnement.Territoires.CarteDesSecteurs CarteLandes()
    {
        var communes = Caf.Accompagnement.Territoires.ReferentielCommunes.Cog2026.DuDepartement("40");
        var epci = communes.Select(c => c.CodeEpci ?? string.Empty).Distinct().Order(StringComparer.Ordinal).ToList();
        var builder = Caf.Accompagnement.Territoires.CarteDesSecteurs.Builder("40");
        foreach (var groupe in communes.GroupBy(c => $"S{(epci.IndexOf(c.CodeEpci ?? string.Empty) / 2) + 1}"))
        {
            builder.AjouterSecteur(groupe.Key, Caf.Accompagnement.Territoires.TravailleurSocial.FromIdentifiant("TS-" + groupe.Key))
                .Affecter(groupe.Key, groupe.Select(c => c.Code));
        }

        return builder.Build().Valeur;
    }

    [Fact]
    public void Un_secteur_absent_de_la_carte_est_signale_pour_chaque_entree()
    {
        var carte = CarteLandes();
        Assert.Equal(9, carte.Secteurs.Count);
        var journal = Journal.Create(
            Journal.Vide(2022).Periode,
            [
                new NouvelleDemande(new NodaTime.LocalDate(2022, 2, 1), Motif.Insertion, "S3"),
                new NouvelleDemande(new NodaTime.LocalDate(2022, 2, 1), Motif.Insertion, "Grand Dax"),
            ]).Valeur;
        var erreur = Assert.Single(journal.VerifierSecteurs(carte).Erreurs);
        Assert.Equal(("activite.secteur.inconnu", "Grand Dax", "$[1]"), (erreur.Code, erreur.Valeur, erreur.Chemin));
        Assert.True(Journal.Vide(2022).VerifierSecteurs(carte).Reussi);
    }
}
