using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Tests.Cibles;

/// <summary>Les règles datées : soumission aux droits et devoirs, situation familiale en vigueur à la date, prémisse des événements.</summary>
public sealed partial class CiblesTest
{
    private static readonly CibleRsaMonoparent RsaLandes = new(ParametresRsaMonoparent.Landes);
    private static readonly CibleRsaMonoparent RsaLandesStricte = new(ParametresRsaMonoparent.Landes with { PresumerSoumisSiInconnu = false });

    private static Foyer RsaMonoparent(LocalDate? situationDepuis = null, (bool Soumis, LocalDate Depuis)? droitsEtDevoirs = null)
    {
        var naissance = new LocalDate(1990, 1, 1);
        var b = Foyer.Builder(NumeroAllocataire.FromValeur(7654321), CodeCommune.Parse("40192"), naissance)
            .Isole(situationDepuis ?? new LocalDate(2020, 1, 1))
            .AvecEnfant(new LocalDate(2019, 3, 1))
            .Percoit(Prestation.Rsa, Montant.FromEuros(700m));
        if (droitsEtDevoirs is { } dd)
        {
            b.DroitsEtDevoirs(RoleDansLeFoyer.Allocataire, dd.Soumis, dd.Depuis);
        }

        return b.Build().GetValueOrThrow();
    }

    [Theory]
    [InlineData(-1, true)] // soumis depuis la veille
    [InlineData(0, true)] // soumis depuis le jour même
    [InlineData(1, true)] // soumis à partir du lendemain : inconnu à la date, présumé soumis par défaut
    public void Rsa_monoparent_compte_un_allocataire_soumis_aux_droits_et_devoirs(int ecart, bool attendu) =>
        Assert.Equal(attendu, Contient(RsaLandes, RsaMonoparent(droitsEtDevoirs: (true, Reference.PlusDays(ecart))), Reference));

    [Theory]
    [InlineData(-1, false)] // non soumis depuis la veille (revenus d'activité au-dessus du seuil)
    [InlineData(0, false)]
    [InlineData(1, true)] // non soumis à partir du lendemain : inconnu à la date, présumé soumis
    public void Rsa_monoparent_ne_compte_pas_un_allocataire_non_soumis(int ecart, bool attendu) =>
        Assert.Equal(attendu, Contient(RsaLandes, RsaMonoparent(droitsEtDevoirs: (false, Reference.PlusDays(ecart))), Reference));

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)] // inconnue à la date : la variante stricte ne la présume pas
    public void Rsa_monoparent_strict_ne_retient_que_les_soumissions_connues(int ecart, bool attendu)
    {
        Assert.Equal(attendu, Contient(RsaLandesStricte, RsaMonoparent(droitsEtDevoirs: (true, Reference.PlusDays(ecart))), Reference));
        Assert.False(Contient(RsaLandesStricte, RsaMonoparent(), Reference));
        Assert.True(Contient(RsaLandes, RsaMonoparent(), Reference));
    }

    [Fact]
    public void L_explication_du_rsa_monoparent_cite_les_droits_et_devoirs()
    {
        var foyer = RsaMonoparent(droitsEtDevoirs: (false, new LocalDate(2022, 4, 1)));
        var e = RsaLandes.ADate(Reference, Jeu).GetValueOrThrow().Expliquer(foyer);

        Assert.False(e.EstSatisfaite);
        var donnee = Assert.Single(e.Donnees, d => d.Nom.Contains("droits et devoirs", StringComparison.Ordinal));
        Assert.Equal("non soumis aux droits et devoirs depuis le 01/04/2022", donnee.Valeur);
        Assert.Contains("TOPPERSDRODEVORSA", donnee.Source, StringComparison.Ordinal);
        var operation = Assert.Single(e.Operations, o => o.Contains("droits et devoirs", StringComparison.Ordinal));
        Assert.Contains("CASF L262-28", operation, StringComparison.Ordinal);
        Assert.EndsWith("non soumis ; condition non remplie.", operation, StringComparison.Ordinal);

        var inconnue = RsaLandes.ADate(Reference, Jeu).GetValueOrThrow().Expliquer(RsaMonoparent());
        Assert.Contains(inconnue.Operations, o => o.Contains("inconnue à cette date, présumée soumise (paramètre) ; condition remplie", StringComparison.Ordinal));
        Assert.Contains(inconnue.Parametres, p => p.Nom.StartsWith("Soumission aux droits et devoirs inconnue", StringComparison.Ordinal) && p.Valeur == "présumée");
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)] // situation connue à partir du lendemain : l'isolement n'est pas établi à la date
    public void Une_situation_datee_apres_la_date_de_reference_n_etablit_pas_l_isolement(int ecart, bool attendu)
    {
        var foyer = RsaMonoparent(situationDepuis: Reference.PlusDays(ecart));
        Assert.Equal(attendu, Contient(RsaLandes, foyer, Reference));
        Assert.Equal(attendu, Contient(new CibleFamillePrioritaire(), foyer, Reference));
        Assert.Equal(attendu ? SituationFamiliale.Isole : null, foyer.SituationAu(Reference));
    }

    [Fact]
    public void L_explication_d_une_situation_posterieure_le_dit()
    {
        var foyer = RsaMonoparent(situationDepuis: Reference.PlusDays(1));
        var e = RsaLandes.ADate(Reference, Jeu).GetValueOrThrow().Expliquer(foyer);
        Assert.Contains(e.Operations, o => o.Contains("après le 30/06/2022 : la situation au 30/06/2022 n'est pas établie par le dossier ; condition non remplie", StringComparison.Ordinal));
        Assert.Contains(e.Donnees, d => d.Valeur == "Personne seule depuis le 01/07/2022");
    }

    [Theory]
    [InlineData("SEPARATION", false, -1, true)] // seul depuis la séparation
    [InlineData("SEPARATION", true, -1, false)] // de nouveau en couple à la date
    [InlineData("SEPARATION", true, 0, false)] // en couple depuis le jour même
    [InlineData("SEPARATION", true, 1, true)] // en couple à partir du lendemain : situation non établie à la date, le foyer n'est pas retenu
    [InlineData("MONOPARENTALITE", true, -1, false)]
    [InlineData("MONOPARENTALITE", false, -1, true)]
    [InlineData("IMPAYE_LOYER", true, -1, true)] // pas de prémisse d'isolement
    [InlineData("DECES_CONJOINT", true, -1, true)] // le parent décédé peut être l'autre parent de l'enfant
    public void Un_evenement_qui_suppose_une_personne_seule_ne_compte_pas_en_couple_a_la_date(string type, bool couple, int ecartSituation, bool attendu)
    {
        var evenement = TypeEvenement.Create(type, "type").GetValueOrThrow();
        var naissance = new LocalDate(1990, 1, 1);
        var b = Foyer.Builder(NumeroAllocataire.FromValeur(7654321), CodeCommune.Parse("40192"), naissance).AvecEnfant(new LocalDate(2018, 1, 1));
        var depuis = Reference.PlusDays(ecartSituation);
        if (couple)
        {
            b.EnCouple(new LocalDate(1988, 5, 5), depuis);
        }
        else
        {
            b.Isole(depuis);
        }

        var foyer = b.Evenement(evenement, Reference.PlusDays(-30)).Build().GetValueOrThrow();

        // Un foyer en couple « à partir du lendemain » : situation non établie au 30/06 ; une cible à prémisse ne le retient pas.
        var attenduReel = evenement.SupposeUnePersonneSeule && ecartSituation > 0 ? false : attendu;
        Assert.Equal(attenduReel, Contient(new CibleEvenementDeVie(evenement), foyer, Reference));
    }
}
