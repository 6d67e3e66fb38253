using System.Collections.Immutable;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Caf.Accompagnement.Testing;

/// <summary>Un parcours généré et la suite des événements qui l'ont produit, dans l'ordre.</summary>
/// <param name="Parcours">Le parcours.</param>
/// <param name="Evenements">Les événements des commandes acceptées (les commandes refusées n'en produisent pas).</param>
public sealed record ParcoursAvecHistorique(Parcours Parcours, ImmutableArray<EvenementParcours> Evenements)
{
    /// <summary>Résumé sans donnée personnelle en clair.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"{Parcours} ; {string.Join(" → ", Evenements.Select(e => e.GetType().Name + " " + Dates.FormaterIso(e.Date)))}";
}

/// <content>Générateurs du module Contrats.</content>
public static partial class GenerateursCaf
{
    private static readonly LocalDate DebutDesParcours = new(2023, 1, 1);
    private static readonly LocalDate FinDesParcours = new(2026, 6, 30);

    private enum Commande
    {
        Etablir,
        Signer,
        Commencer,
        Amender,
        SuivreEngagement,
        Renouveler,
        Rompre,
        Terminer,
        Expirer,
        Orienter,
        Designer,
        Inscrire,
        DeciderOrganisme,
        Sanctionner,
        Sortir,
    }

    /// <summary>Identifiants de bénéficiaires (allocataire ou conjoint) valides.</summary>
    public static Gen<IdentifiantBeneficiaire> IdentifiantBeneficiaire =>
        from numero in NumeroAllocataire
        from role in Gen.Elements(RoleDansLeFoyer.Allocataire, RoleDansLeFoyer.Conjoint)
        select Contrats.IdentifiantBeneficiaire.From(numero, role);

    /// <summary>Actions réciproques valides : domaine, débiteur (bénéficiaire ou référent), échéance 2023-2027, chaque statut de suivi.</summary>
    public static Gen<Engagement> Engagement =>
        from domaine in Gen.Elements(DomaineEngagement.Toutes.ToArray())
        from debiteur in Gen.Elements(DebiteurEngagement.Toutes.ToArray())
        from numero in Gen.Choose(1, 99)
        from echeance in DateEntre(DebutDesParcours, FinDesParcours.PlusYears(1))
        from statut in Gen.Elements(StatutEngagement.Toutes.ToArray())
        select new Engagement(domaine, debiteur, FormattableString.Invariant($"Action {numero}"), echeance, statut);

    /// <summary>
    /// Référents uniques : un travailleur social d'un secteur de la carte (référent de la Caf), ou le référent d'un autre
    /// organisme (conseil départemental, France Travail, mission locale, CCAS, association).
    /// </summary>
    /// <param name="carte">La carte des secteurs (par défaut <see cref="CarteDesLandes"/>).</param>
    /// <returns>Le générateur.</returns>
    public static Gen<Referent> Referent(CarteDesSecteurs? carte = null)
    {
        var travailleurs = (carte ?? CarteDesLandes).Secteurs.SelectMany(s => s.TravailleursSociaux).Distinct().ToArray();
        var autres = from organisme in Gen.Elements(OrganismeReferent.Toutes.Where(o => o != OrganismeReferent.Caf).ToArray())
                     from numero in Gen.Choose(1, 99)
                     select Contrats.Referent.DUnAutreOrganisme(FormattableString.Invariant($"{organisme.Code}-{numero}"), organisme);
        return travailleurs.Length == 0 ? autres : Gen.OneOf(Gen.Elements(travailleurs).Select(Contrats.Referent.DeLaCaf), autres);
    }

    /// <summary>
    /// Parcours d'insertion à divers états de leur cycle de vie, avec l'historique cohérent qui les a produits : une
    /// orientation et la désignation d'un référent (du secteur de la commune sur la carte), puis une suite aléatoire
    /// de commandes datées dans l'ordre (établir, signer, commencer, amender, suivre une action, renouveler, rompre,
    /// terminer, constater l'expiration, réorienter, changer de référent) entre 2023 et 2027, qui traverse le passage
    /// du contrat d'engagements réciproques au contrat d'engagement (1er janvier 2025). Les commandes refusées par
    /// l'agrégat sont ignorées : tout état produit est atteignable par le cycle de vie.
    /// </summary>
    /// <param name="carte">La carte des secteurs (par défaut <see cref="CarteDesLandes"/>).</param>
    /// <returns>Le générateur.</returns>
    public static Gen<ParcoursAvecHistorique> Parcours(CarteDesSecteurs? carte = null)
    {
        var c = carte ?? CarteDesLandes;
        var communes = c.Secteurs.SelectMany(s => s.Communes).Select(x => x.Code).ToArray();
        var commande = from sorte in Gen.Frequency(
                           (4, Gen.Constant(Commande.Etablir)),
                           (5, Gen.Constant(Commande.Signer)),
                           (2, Gen.Constant(Commande.Commencer)),
                           (2, Gen.Constant(Commande.Amender)),
                           (2, Gen.Constant(Commande.SuivreEngagement)),
                           (3, Gen.Constant(Commande.Renouveler)),
                           (1, Gen.Constant(Commande.Rompre)),
                           (1, Gen.Constant(Commande.Terminer)),
                           (2, Gen.Constant(Commande.Expirer)),
                           (1, Gen.Constant(Commande.Orienter)),
                           (1, Gen.Constant(Commande.Designer)),
                           (1, Gen.Constant(Commande.Inscrire)),
                           (1, Gen.Constant(Commande.DeciderOrganisme)),
                           (2, Gen.Constant(Commande.Sanctionner)),
                           (1, Gen.Constant(Commande.Sortir)))
                       from decalage in Gen.Frequency((4, Gen.Choose(0, 30)), (2, Gen.Choose(31, 120)), (1, Gen.Choose(121, 400)))
                       from parametre in Gen.Choose(0, 1000)
                       select (sorte, decalage, parametre);
        return from beneficiaire in IdentifiantBeneficiaire
               from commune in Gen.Elements(communes)
               from debut in DateEntre(DebutDesParcours, FinDesParcours)
               from orientation in Gen.Elements(TypeOrientation.Toutes.ToArray())
               from caf in Gen.Elements(true, true, false)
               from n in Gen.Choose(0, 12)
               from commandes in commande.ArrayOf(n)
               select Rejouer(c, beneficiaire, commune, debut, orientation, caf, commandes);
    }

    /// <summary>Contrats (CER ou contrat d'engagement selon la date) à tous les statuts, pris dans des parcours générés.</summary>
    /// <param name="carte">La carte des secteurs (par défaut <see cref="CarteDesLandes"/>).</param>
    /// <returns>Le générateur.</returns>
    public static Gen<Contrat> Contrat(CarteDesSecteurs? carte = null) =>
        Parcours(carte).Where(p => !p.Parcours.Contrats.IsEmpty).SelectMany(p => Gen.Elements(p.Parcours.Contrats.ToArray()));

    /// <summary>
    /// Sanctions décidées par <see cref="Sanctions.Decider(DemandeDeSanction)"/> entre 2024 et 2026, sous les deux
    /// régimes : taux et durée tirés dans les bornes du barème en vigueur à la date de la décision
    /// (<see cref="Sanctions.BaremeOfficiel"/>), premier manquement ou réitération, foyer seul, de plusieurs personnes ou
    /// bénéficiant de la majoration pour isolement, suspension ou suppression quand le barème l'admet ; manquement prévu
    /// par la loi à sa date ; audition par l'équipe pluridisciplinaire (avant le 1er juin 2025) ou observations
    /// préalables (depuis).
    /// </summary>
    public static Gen<Sanction> Sanction =>
        from beneficiaire in IdentifiantBeneficiaire
        from constat in DateEntre(new LocalDate(2024, 1, 1), new LocalDate(2026, 10, 31))
        from typeIndex in Gen.Choose(0, 100)
        from delai in Gen.Choose(0, 60)
        from saisineAvant in Gen.Choose(0, 20)
        from audition in Gen.Frequency((3, Gen.Choose(0, 28).Select(j => (int?)j)), (1, Gen.Constant<int?>(null)))
        from reiteration in Gen.Elements(false, true)
        from plusieurs in Gen.Elements(false, true)
        from majoration in Gen.Elements(false, true)
        from suppression in Gen.Elements(false, true)
        from taux in Gen.Choose(0, 1000)
        from duree in Gen.Choose(0, 1000)
        select DeciderSanction(beneficiaire, constat, typeIndex, constat.PlusDays(delai), saisineAvant, audition, reiteration, plusieurs, majoration, suppression, taux, duree);

    private static Sanction DeciderSanction(
        IdentifiantBeneficiaire beneficiaire, LocalDate constat, int typeIndex, LocalDate decision, int saisineAvant, int? audition,
        bool reiteration, bool plusieurs, bool majoration, bool suppression, int taux, int duree)
    {
        var prevus = TypeManquement.PrevusAu(constat).ToArray();
        var manquement = new Manquement(beneficiaire, prevus[typeIndex % prevus.Length], constat);
        var bareme = Sanctions.BaremeOfficiel.ValeurAuOuLever(decision).Valeur;
        var bornes = bareme.Bornes(reiteration);
        var maximum = bareme.TauxMaximum(reiteration, plusieurs, majoration);
        var tauxRetenu = bornes.TauxMinimum + (taux % (maximum - bornes.TauxMinimum + 1));
        var dureeRetenue = bornes.DureeMinimaleEnMois + (duree % (bornes.DureeMaximaleEnMois - bornes.DureeMinimaleEnMois + 1));
        var nature = suppression && reiteration && bareme.SuppressionPossible ? NatureSanction.Suppression : NatureSanction.Suspension;
        AuditionEquipePluridisciplinaire? equipe = null;
        ObservationsPrealables? observations = null;
        if (bareme.DelaiObservationsEnJours is { } jours)
        {
            // Information entre le constat et la décision, au moins le délai avant la décision ou observations reçues avant.
            var information = Max(constat, decision.PlusDays(-jours - saisineAvant));
            LocalDate? recues = audition is { } j ? Min(information.PlusDays(j % (jours + 1)), decision) : null;
            if (recues is null && information.PlusDays(jours) > decision)
            {
                recues = information;
            }

            observations = new ObservationsPrealables(information, recues);
        }
        else
        {
            // Saisine au moins un mois avant la décision : l'audition (ou la fin du délai) la précède.
            var saisine = decision.Plus(Period.FromMonths(-1)).PlusDays(-saisineAvant);
            var limite = saisine.Plus(Sanctions.DelaiAudition);
            LocalDate? entendu = audition is { } j ? Min(saisine.PlusDays(j), limite) : null;
            equipe = new AuditionEquipePluridisciplinaire(saisine, entendu);
        }

        var demande = new DemandeDeSanction(manquement, decision, tauxRetenu, dureeRetenue, equipe, reiteration, plusieurs, majoration, nature, observations);
        return Sanctions.Decider(demande).GetValueOrThrow();
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    // Une demande licite à sa date, dont la réitération est celle de l'historique du parcours.
    private static DemandeDeSanction DemandeDansLeParcours(Parcours parcours, LocalDate decision, int p)
    {
        var bareme = Sanctions.BaremeOfficiel.ValeurAuOuLever(decision).Valeur;
        var reiteration = !parcours.Sanctions.IsEmpty;
        var bornes = bareme.Bornes(reiteration);
        var plusieurs = p % 3 == 0;
        var maximum = bareme.TauxMaximum(reiteration, plusieurs, false);
        var constat = decision.PlusDays(-25);
        var type = TypeManquement.PrevusAu(constat).ToArray();
        return new DemandeDeSanction(
            new Manquement(parcours.Beneficiaire, type[p % type.Length], constat),
            decision,
            bornes.TauxMinimum + (p % (maximum - bornes.TauxMinimum + 1)),
            bornes.DureeMinimaleEnMois + (p % (bornes.DureeMaximaleEnMois - bornes.DureeMinimaleEnMois + 1)),
            new AuditionEquipePluridisciplinaire(decision.PlusDays(-40), decision.PlusDays(-30)),
            reiteration,
            plusieurs,
            Nature: reiteration && bareme.SuppressionPossible && p % 2 == 0 ? NatureSanction.Suppression : NatureSanction.Suspension,
            Observations: new ObservationsPrealables(decision.PlusDays(-20), decision.PlusDays(-5)));
    }

    // Un référent d'un organisme qui accompagne le parcours (OrganismeReferent.PeutAccompagner).
    private static Referent ReferentPour(CarteDesSecteurs carte, CodeCommune commune, bool caf, int rang, TypeOrientation? orientation)
    {
        if (orientation == TypeOrientation.Professionnelle || orientation == TypeOrientation.MoinsDe25Ans)
        {
            var organisme = orientation == TypeOrientation.MoinsDe25Ans ? OrganismeReferent.MissionLocale : caf ? OrganismeReferent.FranceTravail : OrganismeReferent.Association;
            return Contrats.Referent.DUnAutreOrganisme(FormattableString.Invariant($"{organisme.Code}-{commune.Departement}-{(rang % 3) + 1}"), organisme);
        }

        if (caf && carte.TryGetSecteur(commune, out var secteur) && secteur is { TravailleursSociaux.Count: > 0 })
        {
            return Contrats.Referent.DeLaCaf(secteur.TravailleursSociaux[rang % secteur.TravailleursSociaux.Count]);
        }

        return Contrats.Referent.DUnAutreOrganisme(FormattableString.Invariant($"CD-{commune.Departement}-{(rang % 3) + 1}"), OrganismeReferent.ConseilDepartemental);
    }

    private static Engagement[] Actions(LocalDate date, int parametre) =>
        [.. Enumerable.Range(0, 1 + (parametre % 3)).Select(i => new Engagement(
            DomaineEngagement.Toutes[(parametre + i) % DomaineEngagement.Toutes.Count],
            DebiteurEngagement.Toutes[i % DebiteurEngagement.Toutes.Count],
            FormattableString.Invariant($"Action {i + 1}"),
            date.PlusMonths(3)))];

    private static PlanDAction? PlanPour(RegimeContrat regime) =>
        regime.ExigePlanDAction ? PlanDAction.Create(15).GetValueOrThrow() : null;

    private static ParcoursAvecHistorique Rejouer(
        CarteDesSecteurs carte,
        IdentifiantBeneficiaire beneficiaire,
        CodeCommune commune,
        LocalDate debut,
        TypeOrientation orientation,
        bool caf,
        (Commande Sorte, int Decalage, int Parametre)[] commandes)
    {
        var evenements = ImmutableArray.CreateBuilder<EvenementParcours>();
        var parcours = Contrats.Parcours.Ouvrir(beneficiaire, commune);
        void Appliquer(Resultat<Transition> r)
        {
            if (r.TryGetValue(out var t))
            {
                parcours = t.Parcours;
                evenements.Add(t.Evenement);
            }
        }

        Appliquer(parcours.Orienter(orientation, debut));
        Appliquer(parcours.DesignerReferent(ReferentPour(carte, commune, caf, 0, orientation), debut, carte));
        var horloge = debut;
        foreach (var (sorte, decalage, p) in commandes)
        {
            var date = horloge.PlusDays(decalage);
            var dernier = parcours.Contrats.IsEmpty ? null : parcours.Contrats[^1];
            var vivant = parcours.Contrats.LastOrDefault(x => x.Statut.EstVivant);
            switch (sorte)
            {
                case Commande.Etablir:
                    Appliquer(parcours.EtablirContrat(date, Actions(date, p), PlanPour(RegimeContrat.Au(date)), p % 4 == 0 ? 1 + (p % parcours.Parametres.DureeMaximaleEnMois) : null));
                    break;
                case Commande.Signer when parcours.Brouillon is { } brouillon:
                    Appliquer(parcours.Signer(brouillon.Numero, date));
                    break;
                case Commande.Commencer when dernier is { Debut: { } d } && dernier.Statut == StatutContrat.Signe:
                    date = d > date ? d : date;
                    Appliquer(parcours.Commencer(dernier.Numero, date));
                    break;
                case Commande.Amender when vivant is not null:
                    Appliquer(parcours.Amender(vivant.Numero, date, "Avenant", Actions(date, p + 1), PlanPour(vivant.Regime)));
                    break;
                case Commande.SuivreEngagement when vivant is not null:
                    Appliquer(parcours.SuivreEngagement(vivant.Numero, p % vivant.Engagements.Length, StatutEngagement.Toutes[p % StatutEngagement.Toutes.Count], date));
                    break;
                case Commande.Renouveler when vivant is { Fin: { } fin } && fin >= horloge:
                    date = date > fin ? fin : date;
                    Appliquer(parcours.Renouveler(vivant.Numero, date, Actions(date, p), PlanPour(RegimeContrat.Au(date))));
                    break;
                case Commande.Rompre when vivant is { Debut: { } d }:
                    date = d > date ? d : date;
                    Appliquer(parcours.Rompre(vivant.Numero, date, "Engagements non respectés"));
                    break;
                case Commande.Terminer when vivant is { Debut: { } d }:
                    date = d > date ? d : date;
                    Appliquer(parcours.Terminer(vivant.Numero, date, "Sortie du RSA"));
                    break;
                case Commande.Expirer when vivant is { Fin: { } fin }:
                    date = fin.PlusDays(1 + (decalage % 30)) > date ? fin.PlusDays(1 + (decalage % 30)) : date;
                    Appliquer(parcours.ConstaterExpiration(vivant.Numero, date));
                    break;
                case Commande.Orienter:
                    Appliquer(parcours.Orienter(TypeOrientation.Toutes[p % TypeOrientation.Toutes.Count], date));
                    break;
                case Commande.Designer:
                    Appliquer(parcours.DesignerReferent(ReferentPour(carte, commune, p % 3 != 0, p, parcours.OrientationAu(date)?.Type), date, carte));
                    break;
                case Commande.Inscrire:
                    Appliquer(parcours.InscrireAFranceTravail(date, FormattableString.Invariant($"FT{p}")));
                    break;
                case Commande.DeciderOrganisme when parcours.ReferentAu(date) is { } actuel:
                    Appliquer(parcours.DeciderOrganismeReferent(actuel.Organisme, date));
                    break;
                case Commande.Sanctionner:
                    Appliquer(parcours.Sanctionner(DemandeDansLeParcours(parcours, date, p)));
                    break;
                case Commande.Sortir when p % 4 == 0:
                    Appliquer(parcours.Sortir(date, MotifSortie.Toutes[1 + (p % (MotifSortie.Toutes.Count - 1))]));
                    break;
            }

            // L'horloge n'avance que si la commande a été acceptée : l'historique reste daté dans l'ordre.
            if (evenements.Count > 0 && evenements[^1].Date > horloge)
            {
                horloge = evenements[^1].Date;
            }
        }

        return new ParcoursAvecHistorique(parcours, evenements.ToImmutable());
    }
}
