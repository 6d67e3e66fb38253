using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Tests.Foyers;

public sealed class DroitsEtDevoirsTest
{
    private static readonly LocalDate Reference = new(2022, 6, 30);
    private static readonly LocalDate Naissance = new(1990, 3, 15);

    private static FoyerBuilder Builder() => Foyer.Builder(NumeroAllocataire.Parse("0123456"), CodeCommune.Parse("40192"), Naissance);

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, null)]
    public void La_valeur_vaut_a_partir_de_sa_date(int ecart, bool? attendu)
    {
        var foyer = Builder().Isole(Naissance.PlusYears(20)).DroitsEtDevoirs(RoleDansLeFoyer.Allocataire, true, Reference.PlusDays(ecart)).Build().GetValueOrThrow();
        Assert.Equal(attendu, foyer.Allocataire.EstSoumisAuxDroitsEtDevoirs(Reference));
        Assert.Null(foyer.Conjoint);
    }

    [Fact]
    public void Sans_valeur_la_soumission_est_inconnue()
    {
        var foyer = Builder().Build().GetValueOrThrow();
        Assert.Null(foyer.Allocataire.DroitsEtDevoirs);
        Assert.Null(foyer.Allocataire.EstSoumisAuxDroitsEtDevoirs(Reference));
    }

    [Fact]
    public void Le_conjoint_a_sa_propre_valeur()
    {
        var foyer = Builder().EnCouple(new LocalDate(1988, 1, 1), new LocalDate(2015, 1, 1))
            .DroitsEtDevoirs(RoleDansLeFoyer.Allocataire, true, new LocalDate(2022, 1, 1))
            .DroitsEtDevoirs(RoleDansLeFoyer.Conjoint, false, new LocalDate(2022, 2, 1))
            .Build().GetValueOrThrow();
        Assert.Equal(new DroitsEtDevoirs(false, new LocalDate(2022, 2, 1)), foyer.Conjoint!.DroitsEtDevoirs);
        Assert.False(foyer.Conjoint.EstSoumisAuxDroitsEtDevoirs(Reference));
        Assert.True(foyer.Allocataire.EstSoumisAuxDroitsEtDevoirs(Reference));
    }

    [Fact]
    public void Les_valeurs_incoherentes_sont_refusees_avec_un_code_stable()
    {
        var erreurs = Builder().Isole(Naissance.PlusYears(20))
            .DroitsEtDevoirs(RoleDansLeFoyer.Allocataire, true, Naissance.PlusDays(-1))
            .DroitsEtDevoirs(RoleDansLeFoyer.Conjoint, true, Reference)
            .DroitsEtDevoirs(RoleDansLeFoyer.Enfant, true, Reference)
            .Build().Erreurs.Select(e => e.Code).Order(StringComparer.Ordinal);
        Assert.Equal(["foyer.droits_devoirs.conjoint", "foyer.droits_devoirs.date", "foyer.droits_devoirs.role"], erreurs);

        // La date de naissance elle-même est admise.
        Assert.True(Builder().DroitsEtDevoirs(RoleDansLeFoyer.Allocataire, true, Naissance).Build().Reussi);
    }

    [Theory]
    [InlineData(-1, "ISOLE")]
    [InlineData(0, "ISOLE")]
    [InlineData(1, null)]
    public void La_situation_en_vigueur_a_une_date(int ecart, string? attendu)
    {
        var foyer = Builder().Isole(Reference.PlusDays(ecart)).Build().GetValueOrThrow();
        Assert.Equal(attendu, foyer.SituationAu(Reference)?.Code);
    }

    [Fact]
    public void Le_texte_dit_la_valeur_et_sa_date() =>
        Assert.Equal("soumis aux droits et devoirs depuis le 01/03/2024", new DroitsEtDevoirs(true, new LocalDate(2024, 3, 1)).ToString());
}
