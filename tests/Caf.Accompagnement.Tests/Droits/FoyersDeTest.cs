using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Tests.Droits;

/// <summary>Foyers et secteurs de test, construits uniquement par les fabriques publiques de la bibliothèque.</summary>
internal static class FoyersDeTest
{
    internal static readonly CodeCommune MontDeMarsan = CodeCommune.Parse("40192");
    internal static readonly CodeCommune Dax = CodeCommune.Parse("40088");
    internal static readonly CodeCommune Biscarrosse = CodeCommune.Parse("40046");
    internal static readonly CodeCommune Mimizan = CodeCommune.Parse("40184");
    internal static readonly CodeCommune HorsSecteur = CodeCommune.Parse("40279");
    internal static readonly CodeCommune[] Communes = [MontDeMarsan, Dax, Biscarrosse, Mimizan, HorsSecteur];

    internal static readonly Intervenant TsNord = new("TS-NORD", "Travailleur social du secteur Nord", TypeIntervenant.TravailleurSocial);
    internal static readonly Intervenant TsSud = new("TS-SUD", "Travailleur social du secteur Sud", TypeIntervenant.TravailleurSocial);

    internal static readonly AffectationParCommune Affectation = new(
    [
        new SecteurAffecte("NORD", TsNord, [MontDeMarsan, Biscarrosse, Mimizan]),
        new SecteurAffecte("SUD", TsSud, [Dax]),
    ]);

    internal static NumeroAllocataire Numero(int i) => NumeroAllocataire.FromValeur(1_000_000 + i);

    /// <summary>Un foyer sans signal : personne seule sans enfant, canal caf.fr, sans droit particulier.</summary>
    internal static FoyerBuilder Builder(int i = 1, CodeCommune? commune = null) =>
        Foyer.Builder(Numero(i), commune ?? MontDeMarsan, new LocalDate(1985, 1, 1))
            .Isole(new LocalDate(2010, 1, 1))
            .AvecRessources(Montant.FromEuros(1500m), Montant.FromEuros(18000m))
            .Canal(CanalDeContact.CafFr);



    internal static Foyer Valide(this FoyerBuilder b) => b.Build().GetValueOrThrow();

    internal static PolitiqueDeCampagne Politique(Action<ParametresDeCampagne>? configurer = null)
    {
        var p = new ParametresDeCampagne();
        configurer?.Invoke(p);
        return PolitiqueDeCampagne.Create(p).GetValueOrThrow();
    }

    internal static PlanificateurDeCampagne Planificateur(PolitiqueDeCampagne? politique = null) =>
        new(new DetecteurDeRuptures(CatalogueDesPublics.ParDefaut(), politique ?? PolitiqueDeCampagne.ParDefaut), Affectation);

    /// <summary>Un foyer aléatoire (déterministe pour une graine), qui couvre tous les publics.</summary>
    internal static Foyer Aleatoire(Random r, int index, LocalDate reference)
    {
        var naissance = reference.PlusYears(-r.Next(20, 60)).PlusDays(-r.Next(365));
        var b = Foyer.Builder(Numero(index), Communes[r.Next(Communes.Length)], naissance);
        if (r.Next(2) == 0)
        {
            b.Isole(naissance.PlusYears(18));
        }
        else
        {
            b.EnCouple(naissance.PlusDays(r.Next(-1000, 1000)), naissance.PlusYears(19));
        }

        var enfants = r.Next(0, 4);
        for (var e = 0; e < enfants; e++)
        {
            b.AvecEnfant(naissance.PlusYears(17).PlusDays(r.Next(1, 3000)));
        }

        b.AvecRessources(Montant.FromCentimes(r.Next(0, 300_000)), Montant.FromCentimes(r.Next(0, 3_000_000)));
        if (r.Next(10) < 4)
        {
            b.Canal(CanalDeContact.AccueilPhysique);
            var n = r.Next(0, 3);
            for (var d = 0; d < n; d++)
            {
                var date = r.Next(2) == 0 ? new LocalDate(2020, 3, 17).PlusDays(r.Next(-400, 400)) : reference.PlusDays(-r.Next(-20, 400));
                b.Demarche(date, CanalDeContact.AccueilPhysique);
            }
        }
        else
        {
            b.Demarche(reference.PlusDays(-r.Next(0, 200)), CanalDeContact.Toutes[r.Next(1, CanalDeContact.Toutes.Count)]);
        }

        b.Telephone(r.Next(3) > 0);
        if (r.Next(2) == 0)
        {
            var etat = EtatDossierRsa.Toutes[r.Next(EtatDossierRsa.Toutes.Count)];
            var depuis = reference.PlusDays(-r.Next(-10, 200));
            var suspension = etat.EtatGenerique == EtatDroit.Suspendu && r.Next(4) > 0 ? MotifSuspensionRsa.Toutes[r.Next(MotifSuspensionRsa.Toutes.Count)] : null;
            if (suspension is not null && r.Next(2) == 0)
            {
                suspension = MotifSuspensionRsa.DeclarationTrimestrielleNonFournie;
            }

            var cloture = etat.EtatGenerique == EtatDroit.Clos && r.Next(4) > 0 ? MotifClotureRsa.Toutes[r.Next(MotifClotureRsa.Toutes.Count)] : null;
            if (cloture is not null && r.Next(2) == 0)
            {
                cloture = MotifClotureRsa.EcheanceQuatreMoisSansDroit;
            }

            b.AvecDroitRsa(etat, depuis, suspension, cloture);
        }

        if (r.Next(3) == 0)
        {
            var etat = EtatDroit.Toutes[r.Next(EtatDroit.Toutes.Count)];
            b.AvecDroit(Prestation.PrimeActivite, etat, reference.PlusDays(-r.Next(-10, 200)), etat == EtatDroit.Suspendu && r.Next(2) == 0, etat == EtatDroit.Clos && r.Next(2) == 0);
        }

        var pieces = r.Next(0, 3);
        for (var p = 0; p < pieces; p++)
        {
            var demande = reference.PlusDays(-r.Next(0, 60));
            var limite = demande.PlusDays(r.Next(0, 60));
            LocalDate? recue = r.Next(3) == 0 ? demande.PlusDays(r.Next(0, 70)) : null;
            b.AvecPieceDemandee(NaturePiece.Toutes[r.Next(NaturePiece.Toutes.Count)], demande, limite, recue);
        }

        return b.Valide();
    }

    internal static List<Foyer> Population(Random r, int taille, LocalDate reference) =>
        [.. Enumerable.Range(0, taille).Select(i => Aleatoire(r, i, reference))];
}
