using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Caf.Accompagnement.Testing;

/// <content>Générateurs des droits et des campagnes de contact (module Droits).</content>
public static partial class GenerateursCaf
{
    /// <summary>
    /// Paramètres de politique de campagne valides (bornes de <see cref="PolitiqueDeCampagne.Create"/>) : date et durée
    /// sans démarche, jours avant échéance et après clôture, capacités journalières, délais de contact et de nouvelle
    /// tentative, nombre de tentatives, fenêtre sans nouvel appel, motifs de suspension pour pièce manquante.
    /// </summary>
    public static Gen<PolitiqueDeCampagne> PolitiqueDeCampagne =>
        from sansDemarcheDepuis in DateEntre(new LocalDate(2019, 1, 1), new LocalDate(2022, 12, 31))
        from sansDemarchePendant in Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Choose(30, 730).Select(j => (int?)j)))
        from avantEcheance in Gen.Choose(0, 60)
        from apresCloture in Gen.Choose(0, 365)
        from capaciteCaf in Gen.Choose(1, 60)
        from capaciteTs in Gen.Choose(1, 10)
        from delaiContact in Gen.Choose(0, 30)
        from delaiTentative in Gen.Choose(1, 14)
        from tentatives in Gen.Choose(1, 4)
        from fenetre in Gen.Choose(1, 90)
        from motifs in Gen.SubListOf(MotifSuspensionRsa.Toutes.ToArray())
        select CreerPolitique(sansDemarcheDepuis, sansDemarchePendant, avantEcheance, apresCloture, capaciteCaf, capaciteTs, delaiContact, delaiTentative, tentatives, fenetre, motifs);

    /// <summary>
    /// Foyers valides portant aussi des droits (dossier RSA dans chacun de ses états, avec motifs de suspension ou de
    /// clôture cohérents ; prime d'activité ouverte, suspendue ou close) et des pièces demandées, reçues ou non : ils
    /// couvrent les publics des campagnes de contact.
    /// </summary>
    /// <param name="reference">La date de référence.</param>
    /// <param name="communes">Les communes où placer les foyers (par défaut : tout code valide).</param>
    /// <returns>Le générateur.</returns>
    public static Gen<Foyer> FoyerAvecDroits(LocalDate reference, IReadOnlyList<CodeCommune>? communes = null) =>
        FoyerAvecDroits(reference, communes, NumeroAllocataire);

    /// <summary>Détections de ruptures de droits sur des foyers générés, par le détecteur des publics intégrés.</summary>
    /// <param name="reference">La date de référence.</param>
    /// <param name="politique">La politique (<see cref="Caf.Accompagnement.Ruptures.PolitiqueDeCampagne.ParDefaut"/> par défaut).</param>
    /// <returns>Le générateur.</returns>
    public static Gen<DetectionFoyer> DetectionFoyer(LocalDate reference, PolitiqueDeCampagne? politique = null)
    {
        var detecteur = new DetecteurDeRuptures(CatalogueDesPublics.ParDefaut(), politique ?? Caf.Accompagnement.Ruptures.PolitiqueDeCampagne.ParDefaut);
        return FoyerAvecDroits(reference).Select(f => detecteur.Detecter(f, reference));
    }

    /// <summary>Signaux de rupture émis par les publics intégrés sur des foyers générés.</summary>
    /// <param name="reference">La date de référence.</param>
    /// <returns>Le générateur.</returns>
    public static Gen<Signal> Signal(LocalDate reference) =>
        DetectionFoyer(reference).ArrayOf(8)
            .Select(d => d.SelectMany(x => x.Signaux).ToArray())
            .Where(s => s.Length > 0)
            .SelectMany(s => Gen.Elements(s));

    /// <summary>
    /// Campagnes de contact planifiées par <see cref="PlanificateurDeCampagne"/> sur 0 à 40 foyers (numéros distincts,
    /// communes de la carte), avec des issues enregistrées pour une partie des contacts ; une fois sur deux, la
    /// campagne est replanifiée quelques jours plus tard à partir de la précédente (fenêtre sans nouvel appel, nouvelles
    /// tentatives, refus), puis de nouvelles issues sont enregistrées.
    /// </summary>
    /// <param name="reference">La date de la première planification.</param>
    /// <param name="carte">La carte des secteurs (par défaut <see cref="CarteDesLandes"/>).</param>
    /// <returns>Le générateur.</returns>
    public static Gen<Campagne> Campagne(LocalDate reference, CarteDesSecteurs? carte = null)
    {
        var c = carte ?? CarteDesLandes;
        var communes = c.Secteurs.SelectMany(s => s.Communes).Select(x => x.Code).ToArray();
        var affectation = new AffectationParCarte(c);
        var issue = Gen.Frequency(
            (2, Gen.Constant<IssueDuContact?>(null)),
            (5, Gen.Elements(IssueDuContact.Toutes.ToArray()).Select(i => (IssueDuContact?)i)));
        return from politique in PolitiqueDeCampagne
               from n in Gen.Choose(0, 40)
               from foyers in Gen.CollectToArray(Enumerable.Range(0, n).Select(i =>
                   FoyerAvecDroits(reference, communes, Gen.Constant(Accompagnement.NumeroAllocataire.FromValeur(1_000_000 + i)))))
               from issues in (from i in issue from j in Gen.Choose(0, 5) select (i, j)).ArrayOf(n)
               from suite in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(1, 60)))
               from issuesSuite in (from i in issue from j in Gen.Choose(0, 5) select (i, j)).ArrayOf(n)
               select PlanifierCampagne(new PlanificateurDeCampagne(new DetecteurDeRuptures(CatalogueDesPublics.ParDefaut(), politique), affectation), foyers, reference, issues, suite, issuesSuite);
    }

    private static Campagne PlanifierCampagne(
        PlanificateurDeCampagne planificateur, Foyer[] foyers, LocalDate reference, (IssueDuContact? Issue, int Jours)[] issues, int suite, (IssueDuContact? Issue, int Jours)[] issuesSuite)
    {
        var campagne = Enregistrer(planificateur.Planifier(foyers, reference).Valeur, issues);
        return suite == 0 ? campagne : Enregistrer(planificateur.Planifier(foyers, reference.PlusDays(suite), campagne).Valeur, issuesSuite);
    }

    private static Campagne Enregistrer(Campagne campagne, (IssueDuContact? Issue, int Jours)[] issues)
    {
        var contacts = campagne.Contacts;
        for (var i = 0; i < contacts.Length && i < issues.Length; i++)
        {
            if (issues[i].Issue is { } issue && campagne.Enregistrer(contacts[i].Numero, contacts[i].DatePrevue.PlusDays(issues[i].Jours), issue).TryGetValue(out var modifiee))
            {
                campagne = modifiee.Campagne;
            }
        }

        return campagne;
    }

    private static PolitiqueDeCampagne CreerPolitique(
        LocalDate sansDemarcheDepuis, int? sansDemarchePendant, int avantEcheance, int apresCloture, int capaciteCaf, int capaciteTs, int delaiContact, int delaiTentative, int tentatives, int fenetre, IList<MotifSuspensionRsa> motifs)
    {
        var parametres = new ParametresDeCampagne
        {
            Caf = "Caf des Landes",
            SansDemarcheDepuis = sansDemarcheDepuis,
            SansDemarchePendantJours = sansDemarchePendant,
            JoursAvantEcheance = avantEcheance,
            JoursApresCloture = apresCloture,
            CapaciteJournaliereCaf = capaciteCaf,
            CapaciteJournaliereTravailleurSocial = capaciteTs,
            DelaiDeContactJours = delaiContact,
            DelaiNouvelleTentativeJours = delaiTentative,
            TentativesMaximum = tentatives,
            FenetreSansNouvelAppelJours = fenetre,
        };
        if (motifs.Count > 0)
        {
            parametres.MotifsPieceManquante.Clear();
            foreach (var m in motifs)
            {
                parametres.MotifsPieceManquante.Add(m);
            }
        }

        return Caf.Accompagnement.Ruptures.PolitiqueDeCampagne.Create(parametres).GetValueOrThrow();
    }

    private static Gen<Foyer> FoyerAvecDroits(LocalDate reference, IReadOnlyList<CodeCommune>? communes, Gen<NumeroAllocataire> numeros)
    {
        var droits = from rsa in Gen.Elements(false, true)
                     from etat in Gen.Elements(EtatDossierRsa.Toutes.ToArray())
                     from depuisRsa in Gen.Choose(-10, 200)
                     from suspension in Gen.Elements(MotifSuspensionRsa.Toutes.ToArray())
                     from cloture in Gen.Elements(MotifClotureRsa.Toutes.ToArray())
                     from avecMotif in Gen.Elements(false, true, true)
                     from autre in Gen.Elements(false, false, true)
                     from etatDroit in Gen.Elements(EtatDroit.Toutes.ToArray())
                     from depuisDroit in Gen.Choose(-10, 200)
                     from drapeau in Gen.Elements(false, true)
                     from pieces in (from nature in Gen.Elements(NaturePiece.Toutes.ToArray())
                                     from avant in Gen.Choose(0, 60)
                                     from delai in Gen.Choose(0, 60)
                                     from recue in Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 70).Select(j => (int?)j)))
                                     select (nature, avant, delai, recue)).ArrayOf().Select(a => a.Take(2).ToArray())
                     select (Action<FoyerBuilder>)(b =>
                     {
                         if (rsa)
                         {
                             b.AvecDroitRsa(
                                 etat,
                                 reference.PlusDays(-depuisRsa),
                                 avecMotif && etat.EtatGenerique == EtatDroit.Suspendu ? suspension : null,
                                 avecMotif && etat.EtatGenerique == EtatDroit.Clos ? cloture : null);
                         }

                         if (autre)
                         {
                             b.AvecDroit(Prestation.PrimeActivite, etatDroit, reference.PlusDays(-depuisDroit), drapeau && etatDroit == EtatDroit.Suspendu, drapeau && etatDroit == EtatDroit.Clos);
                         }

                         foreach (var (nature, avant, delai, recue) in pieces)
                         {
                             var demande = reference.PlusDays(-avant);
                             b.AvecPieceDemandee(nature, demande, demande.PlusDays(delai), recue is { } j ? demande.PlusDays(j) : null);
                         }
                     });
        return from b in BuilderDeFoyer(reference, communes, numeros)
               from d in droits
               let r = Avec(b, d).Build()
               where r.Reussi
               select r.GetValueOrThrow();
    }

    private static FoyerBuilder Avec(FoyerBuilder b, Action<FoyerBuilder> ajout)
    {
        ajout(b);
        return b;
    }
}
