using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Flux;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Tests.Flux;

/// <summary>L'exemple synthétique de <c>docs/exemples/flux-rsa-exemple.xml</c> est écrit par la bibliothèque.</summary>
public sealed partial class FluxRsaTest
{
    private static readonly string CheminExemple = Path.Combine(TrouverRacine(), "docs", "exemples", "flux-rsa-exemple.xml");

    private static string TrouverRacine()
    {
        var dossier = new DirectoryInfo(AppContext.BaseDirectory);
        while (dossier is not null && !File.Exists(Path.Combine(dossier.FullName, "Caf.Accompagnement.sln")))
        {
            dossier = dossier.Parent;
        }

        return dossier?.FullName ?? throw new InvalidOperationException("Racine du dépôt introuvable.");
    }

    /// <summary>Trois dossiers synthétiques : un couple avec enfant suspendu faute de DTR, une personne seule sans
    /// domicile fixe au droit ouvert, un dossier clos après quatre mois sans droit.</summary>
    internal static IEnumerable<DossierRsa> DossiersExemple()
    {
        yield return DossierRsa.Builder(NumeroAllocataire.Parse("0000001"), Reference, EtatDossierRsa.VersementSuspendu)
            .Organisme("401").Demande(new LocalDate(2021, 3, 1)).Situation(SituationFamilleRsa.VieMaritale, new LocalDate(2019, 5, 1))
            .Commune(CodeCommune.Parse("40192"))
            .Personne(RolePersonneRsa.Demandeur, new LocalDate(1990, 1, 1), true)
            .Personne(RolePersonneRsa.Conjoint, new LocalDate(1991, 1, 1), false)
            .Personne(RolePersonneRsa.Enfant, new LocalDate(2020, 1, 1))
            .Suspension(MotifSuspensionRsa.DeclarationTrimestrielleNonFournie, new LocalDate(2022, 2, 1))
            .Build().GetValueOrThrow();
        yield return DossierRsa.Builder(NumeroAllocataire.Parse("0000002"), Reference, EtatDossierRsa.OuvertVersable)
            .Organisme("401").Demande(new LocalDate(2020, 9, 1)).Situation(SituationFamilleRsa.Celibataire, new LocalDate(2008, 1, 1))
            .Commune(CodeCommune.Parse("40088")).SansDomicileFixe()
            .Personne(RolePersonneRsa.Demandeur, new LocalDate(1985, 6, 15), true)
            .Evenement(new LocalDate(2022, 2, 14), "ACTDRO")
            .Build().GetValueOrThrow();
        yield return DossierRsa.Builder(NumeroAllocataire.Parse("0000003"), Reference, EtatDossierRsa.Clos)
            .Organisme("401").Demande(new LocalDate(2019, 1, 1)).Situation(SituationFamilleRsa.Divorce, new LocalDate(2018, 4, 1))
            .Commune(CodeCommune.Parse("40046"))
            .Personne(RolePersonneRsa.Demandeur, new LocalDate(1970, 12, 31), false)
            .Cloture(MotifClotureRsa.EcheanceQuatreMoisSansDroit, new LocalDate(2022, 1, 31))
            .Build().GetValueOrThrow();
    }

    private static EnteteFluxRsa EnteteExemple =>
        EnteteFluxRsa.Create("CRI", "0801", "M", "D", new LocalDate(2022, 3, 5), new LocalTime(1, 0), Reference).GetValueOrThrow();

    [Fact]
    public void L_exemple_de_la_documentation_est_ecrit_par_la_bibliotheque_et_relu_sans_erreur()
    {
        using var texte = new StringWriter();
        FluxRsa.Ecrire(texte, EnteteExemple, DossiersExemple());
        if (Environment.GetEnvironmentVariable("CAF_REGENERER_EXEMPLES") == "1")
        {
            File.WriteAllText(CheminExemple, texte.ToString());
        }

        Assert.Equal(File.ReadAllText(CheminExemple).ReplaceLineEndings("\n"), texte.ToString());
        using var fichier = File.OpenRead(CheminExemple);
        using var lecture = FluxRsa.Lire(fichier);
        var dossiers = lecture.Select(l => l.Resultat.GetValueOrThrow()).ToList();
        Assert.Equal(DossiersExemple().Select(FragmentsFlux.Empreinte), dossiers.Select(FragmentsFlux.Empreinte));
        Assert.Equal(new ResumeDeLecture(3, 3, 0, 3, true, lecture.Resume.Erreurs), lecture.Resume);
        Assert.All(dossiers, d => Assert.True(d.VersFoyer().Reussi));
    }
}
