using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Dossiers;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Testing;
using NodaTime;

namespace Caf.Accompagnement.Tests.Dossiers;

/// <summary>Données de test des dossiers d'accompagnement, sur la carte fixe des Landes de <see cref="GenerateursCaf.CarteDesLandes"/>.</summary>
internal static class FixturesDossiers
{
    internal static readonly CarteDesSecteurs Carte = GenerateursCaf.CarteDesLandes;
    internal static readonly NumeroAllocataire Numero = NumeroAllocataire.Parse("0123456");
    internal static readonly CodeCommune HorsCarte = CodeCommune.Parse("33063");
    internal static readonly LocalDate J0 = new(2024, 3, 1);

    internal static CodeCommune Commune(int secteur, int rang = 0) => Carte.Secteurs[secteur].Communes[rang].Code;

    internal static TravailleurSocial Ts(int secteur) => Carte.Secteurs[secteur].TravailleursSociaux[0];

    internal static DossierDAccompagnement Ouvert(OrigineDuDossier? origine = null) =>
        DossierDAccompagnement.Ouvrir(Numero, Commune(0), origine ?? OrigineDuDossier.DUneDemande(J0), Motif.Parentalite, Ts(0), Carte).Ok();

    /// <summary>Offre acceptée le 5 mars, rendez-vous fixé le 6 pour le 11 et tenu, diagnostic (logement, parentalité) le 11.</summary>
    internal static DossierDAccompagnement Diagnostique() =>
        Ouvert().ProposerOffre(J0.PlusDays(1)).Ok()
            .RepondreALOffre(J0.PlusDays(4), ReponseALOffre.Acceptee).Ok()
            .Convoquer(J0.PlusDays(5), J0.PlusDays(10), CanalDeRendezVous.Domicile).Ok()
            .ConstaterRendezVous(1, J0.PlusDays(10), IssueDuRendezVous.Tenu).Ok()
            .EtablirDiagnostic(J0.PlusDays(10), [DomaineEngagement.Logement, DomaineEngagement.Parentalite]).Ok();

    internal static ObjectifPrevu Objectif(DomaineEngagement? domaine = null, int jours = 90) =>
        new(domaine ?? DomaineEngagement.Logement, "Trouver un logement adapté", J0.PlusDays(jours));

    internal static DossierDAccompagnement Ok(this Resultat<TransitionDuDossier> r) => r.GetValueOrThrow().Dossier;

    internal static void AssertRefus(this Resultat<TransitionDuDossier> r, string code)
    {
        Assert.False(r.Reussi, $"acceptée alors que {code} était attendu");
        Assert.Contains(r.Erreurs, e => e.Code == code);
        Assert.All(r.Erreurs, e => Assert.DoesNotContain(Numero.EnClair, e.ToString(), StringComparison.Ordinal));
    }
}
