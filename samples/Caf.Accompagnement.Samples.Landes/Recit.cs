using Engagement = Caf.Accompagnement.Contrats.Engagement;
using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Dossiers;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Samples.Landes;

/// <summary>
/// Le récit d'une année de la Caf des Landes, sur une carte et une population : la campagne de contacts planifiée sur
/// la population (horizon), les issues enregistrées, la campagne d'appels aux parents séparés, les dossiers ouverts des
/// contacts et des appels, les rendez-vous tenus ou non honorés, les diagnostics et plans, les aides (module Aides) et
/// les contrats (module Contrats) rattachés, les clôtures ; puis le journal et le bilan DÉRIVÉS des dossiers et les
/// mesures de résultat de la campagne. Aucun chiffre n'est ressaisi.
/// </summary>
/// <remarks>
/// Logique pure (aucune sortie) : les étapes de l'exemple l'exécutent pas à pas et l'affichent, le test
/// <c>EchantillonLandesTest</c> la compile (fichier lié) et vérifie que le bilan dérivé égale ses événements sources.
/// Les tirages (issues, réponses, présence) sont déterministes pour une graine donnée. Parts choisies pour l'exemple,
/// non publiées : elles ne reproduisent pas les volumes du bilan 2022, qui couvrent toute l'année et tout le
/// département.
/// </remarks>
internal sealed class Recit
{
    /// <summary>Nombre de jours avant la date de référence pendant lesquels une séparation est « récente ».</summary>
    internal const int SeparationRecenteJours = 90;

    /// <summary>Horizon de la campagne, en jours.</summary>
    internal const int HorizonJours = 90;

    private readonly Random _hasard;
    private readonly Dictionary<NumeroAllocataire, Foyer> _foyers;
    private readonly HashSet<NumeroAllocataire> _separes = [];
    private readonly List<DossierDAccompagnement> _dossiers = [];
    private readonly List<Erreur> _refus = [];
    private readonly List<EntreeJournal> _saisies = [];
    private readonly List<DemandeDAide> _demandes = [];
    private readonly List<Parcours> _parcours = [];
    private readonly Dictionary<IssueDuContact, int> _issues = [];

    private Recit(CarteDesSecteurs carte, IReadOnlyList<Foyer> foyers, LocalDate reference, int graine, bool loire)
    {
        Carte = carte;
        Foyers = foyers;
        Reference = reference;
        Loire = loire;
        _hasard = new Random(graine);
        _foyers = foyers.ToDictionary(f => f.Numero);
        var parametres = new ParametresDeCampagne { Caf = loire ? "Caf de la Loire (scénario 2020 sur la carte des Landes)" : "Caf des Landes", HorizonJours = HorizonJours };
        var catalogue = loire
            ? new CatalogueDesPublics([new PublicAccueilPhysique(), new PublicSuspensionPieceManquante(), new PublicFamillesPrioritaires(new FamillesPrioritairesParCible())])
            : CatalogueDesPublics.ParDefaut();
        Planificateur = new PlanificateurDeCampagne(
            new DetecteurDeRuptures(catalogue, PolitiqueDeCampagne.Create(parametres).GetValueOrThrow()),
            new AffectationParCarte(carte));
        Periode = new DateInterval(new LocalDate(reference.Year, 1, 1), new LocalDate(reference.Year, 12, 31));
        Enveloppe = new EnveloppePartagee(EnveloppeBudgetaire.Create("401", reference.Year, Montant.FromEuros(2_000_000m)).GetValueOrThrow());
    }

    /// <summary>La carte des secteurs.</summary>
    internal CarteDesSecteurs Carte { get; }

    /// <summary>La population (objets foyers).</summary>
    internal IReadOnlyList<Foyer> Foyers { get; }

    /// <summary>La date de référence (planification de la campagne).</summary>
    internal LocalDate Reference { get; }

    /// <summary>Scénario de la Caf de la Loire (2020, seed 004) : ses trois publics (accueil physique sans démarche
    /// depuis le confinement, suspension faute de pièce, familles prioritaires du plan pauvreté).</summary>
    internal bool Loire { get; }

    /// <summary>L'année du bilan.</summary>
    internal DateInterval Periode { get; }

    /// <summary>Le planificateur (détection, affectation par la carte, horizon de 90 jours).</summary>
    internal PlanificateurDeCampagne Planificateur { get; }

    /// <summary>L'enveloppe des aides de l'année.</summary>
    internal EnveloppePartagee Enveloppe { get; }

    /// <summary>La campagne planifiée, avant tout contact.</summary>
    internal Campagne Planifiee { get; private set; } = null!;

    /// <summary>La campagne avec les issues enregistrées.</summary>
    internal Campagne Campagne { get; private set; } = null!;

    /// <summary>La détection ultérieure (fin de l'horizon), pour les droits rétablis.</summary>
    internal Campagne? Ulterieure { get; private set; }

    /// <summary>Les dossiers ouverts depuis les contacts.</summary>
    internal OuverturesDeCampagne Ouvertures { get; private set; } = null!;

    /// <summary>Les issues enregistrées, par issue.</summary>
    internal IReadOnlyDictionary<IssueDuContact, int> Issues => _issues;

    /// <summary>Les parents séparés appelés (séparation récente, hors foyers déjà contactés par la campagne).</summary>
    internal int AppelsSeparation { get; private set; }

    /// <summary>Les parents séparés joints, à qui un rendez-vous est proposé (un dossier s'ouvre).</summary>
    internal int SeparesJoints { get; private set; }

    /// <summary>Tous les dossiers (campagne et séparation), dans leur dernier état.</summary>
    internal IReadOnlyList<DossierDAccompagnement> Dossiers => _dossiers;

    /// <summary>Les commandes refusées (jamais perdues : comptées et affichées).</summary>
    internal IReadOnlyList<Erreur> Refus => _refus;

    /// <summary>Les saisies venues des autres modules : contrats signés, aides versées, séances collectives.</summary>
    internal IReadOnlyList<EntreeJournal> Saisies => _saisies;

    /// <summary>Les demandes d'aide des dossiers, dans leur dernier état.</summary>
    internal IReadOnlyList<DemandeDAide> Demandes => _demandes;

    /// <summary>Les parcours RSA des dossiers, avec leurs contrats.</summary>
    internal IReadOnlyList<Parcours> Parcours => _parcours;

    /// <summary>Le journal dérivé des dossiers et des saisies.</summary>
    internal Journal Journal { get; private set; } = null!;

    /// <summary>Le bilan de l'année.</summary>
    internal BilanAnnuel Bilan { get; private set; } = null!;

    /// <summary>Les mesures de résultat de la campagne, par public.</summary>
    internal ResultatsDeCampagne Resultats { get; private set; } = null!;

    /// <summary>Le récit complet, toutes les étapes.</summary>
    internal static Recit Raconter(CarteDesSecteurs carte, IReadOnlyList<Foyer> foyers, LocalDate reference, int graine, bool loire = false)
    {
        var recit = Commencer(carte, foyers, reference, graine, loire);
        recit.Contacter();
        recit.AppelerLesSepares();
        recit.Accompagner();
        recit.Etablir();
        return recit;
    }

    /// <summary>Première étape : la campagne est planifiée sur la population.</summary>
    internal static Recit Commencer(CarteDesSecteurs carte, IReadOnlyList<Foyer> foyers, LocalDate reference, int graine, bool loire = false)
    {
        var recit = new Recit(carte, foyers, reference, graine, loire);
        recit.Planifiee = recit.Planificateur.Planifier(foyers, reference).GetValueOrThrow();
        recit.Campagne = recit.Planifiee;
        return recit;
    }

    /// <summary>Vrai si le foyer a vécu une séparation dans les 90 jours avant la date de référence.</summary>
    internal static bool SeparationRecente(Foyer foyer, LocalDate reference) =>
        foyer.DernierEvenement(TypeEvenement.Separation, reference) is { } d && d > reference.PlusDays(-SeparationRecenteJours);

    /// <summary>Les issues des contacts (parts fixes, tirage déterministe), puis les dossiers ouverts des rendez-vous.</summary>
    internal void Contacter()
    {
        var campagne = Campagne;
        foreach (var contact in Planifiee.Contacts.OrderBy(c => c.DatePrevue).ThenBy(c => c.Numero.Valeur))
        {
            var tirage = _hasard.Next(100);
            var issue = tirage switch
            {
                < 20 => IssueDuContact.RendezVousTravailleurSocial,
                < 30 => IssueDuContact.RendezVousTelephonique,
                < 35 => IssueDuContact.RendezVousPropose,
                < 60 => IssueDuContact.Joint,
                < 70 => IssueDuContact.DemarcheFaiteEnLigne,
                < 95 => IssueDuContact.Injoignable,
                _ => IssueDuContact.Refus,
            };
            var r = campagne.Enregistrer(contact.Numero, contact.DatePrevue, issue);
            if (r.TryGetValue(out var modifiee))
            {
                campagne = modifiee.Campagne;
                _issues[issue] = _issues.GetValueOrDefault(issue) + 1;
            }
            else
            {
                _refus.AddRange(r.Erreurs);
            }
        }

        Campagne = campagne;
        Ouvertures = DossiersDeCampagne.OuvrirTout(campagne, Carte);
        _refus.AddRange(Ouvertures.Erreurs);
        _dossiers.AddRange(Ouvertures.Dossiers);
    }

    /// <summary>
    /// La campagne d'appels sortants aux parents séparés (séparation dans les 90 jours, foyer sans dossier) : huit
    /// appels par jour à partir du lendemain de la référence ; 80 % joints, un rendez-vous leur est proposé (dossier
    /// ouvert, origine : la cible séparation, motif parentalité, rendez-vous liés à la séparation).
    /// </summary>
    internal void AppelerLesSepares()
    {
        var suivis = _dossiers.Select(d => d.Numero).ToHashSet();
        var code = CibleEvenementDeVie.CodePour(TypeEvenement.Separation);
        var rang = 0;
        foreach (var foyer in Foyers.Where(f => !suivis.Contains(f.Numero) && SeparationRecente(f, Reference)))
        {
            var date = Reference.PlusDays(1 + (rang++ / 8));
            AppelsSeparation++;
            if (_hasard.Next(100) >= 80 || !Carte.TryGetSecteur(foyer.Commune, out var secteur) || secteur.TravailleursSociaux.Count == 0)
            {
                continue;
            }

            var ouvert = DossierDAccompagnement.Ouvrir(foyer.Numero, foyer.Commune, OrigineDuDossier.DUneCible(code, date).GetValueOrThrow(), Motif.Parentalite, secteur.TravailleursSociaux[0], Carte)
                .Bind(t => t.Dossier.ProposerOffre(date));
            if (ouvert.TryGetValue(out var t))
            {
                SeparesJoints++;
                _separes.Add(foyer.Numero);
                _dossiers.Add(t.Dossier);
            }
            else
            {
                _refus.AddRange(ouvert.Erreurs);
            }
        }
    }

    /// <summary>Vrai si les rendez-vous du dossier sont liés à une séparation (dossier de la campagne d'appels).</summary>
    internal bool LieALaSeparation(DossierDAccompagnement dossier) => _separes.Contains(dossier.Numero);

    /// <summary>
    /// L'accompagnement de chaque dossier : réponse à l'offre (85 % acceptée), convocation, rappel, rendez-vous (75 %
    /// tenu), diagnostic, plan, aide (un dossier sur trois) et contrat pour les bénéficiaires du RSA, évaluation,
    /// clôture ; plus trois séances collectives PALS.
    /// </summary>
    internal void Accompagner()
    {
        for (var i = 0; i < _dossiers.Count; i++)
        {
            _dossiers[i] = Suivre(_dossiers[i], i);
        }

        for (var i = 0; i < 3; i++)
        {
            _saisies.Add(new SeanceCollective(new LocalDate(Reference.Year, 3 + (i * 3), 10), ThemeDeSeance.Pals, ModaliteDeSeance.Presentiel, Carte.Secteurs[(i * 3) % Carte.Secteurs.Count].Nom, _hasard.Next(8, 20)));
        }
    }

    /// <summary>Le journal dérivé, le bilan et les mesures de résultat (détection ultérieure à la fin de l'horizon).</summary>
    internal void Etablir()
    {
        Journal = JournalDesDossiers.Creer(Periode, _dossiers, _saisies, d => LieALaSeparation(d) ? TypeEvenement.Separation : null).GetValueOrThrow();
        Bilan = BilanAnnuel.Etablir(Journal, Reference.Year).GetValueOrThrow();
        var contactes = Campagne.Contacts.Select(c => c.Numero).Where(_foyers.ContainsKey).Select(n => _foyers[n]);
        Ulterieure = Planificateur.MettreAJour(Campagne, contactes, [], Reference.PlusDays(HorizonJours));
        Resultats = ResultatsDeCampagne.Calculer(Campagne, _dossiers, Ulterieure);
    }

    private DossierDAccompagnement Suivre(DossierDAccompagnement dossier, int rang)
    {
        var d = dossier.DerniereDate;
        var tirage = _hasard.Next(100);
        var reponse = tirage < 85 ? ReponseALOffre.Acceptee : tirage < 95 ? ReponseALOffre.Refusee : ReponseALOffre.SansReponse;
        var jour = d.PlusDays(1 + _hasard.Next(3));
        if (!Appliquer(ref dossier, dossier.RepondreALOffre(jour, reponse)))
        {
            return dossier;
        }

        if (reponse != ReponseALOffre.Acceptee)
        {
            Appliquer(ref dossier, dossier.Clore(jour, reponse == ReponseALOffre.Refusee ? MotifDeCloture.Refus : MotifDeCloture.SansContact));
            return dossier;
        }

        var prevu = jour.PlusDays(7 + _hasard.Next(14));
        var canal = LieALaSeparation(dossier) ? CanalDeRendezVous.Permanence : CanalDeRendezVous.Toutes[rang % CanalDeRendezVous.Toutes.Count];
        if (!Appliquer(ref dossier, dossier.Convoquer(jour, prevu, canal)) || !Appliquer(ref dossier, dossier.Rappeler(1, prevu.PlusDays(-1))))
        {
            return dossier;
        }

        if (_hasard.Next(100) >= 75)
        {
            if (Appliquer(ref dossier, dossier.ConstaterRendezVous(1, prevu, IssueDuRendezVous.NonHonore)))
            {
                Appliquer(ref dossier, dossier.Clore(prevu.PlusDays(15), MotifDeCloture.SansContact));
            }

            return dossier;
        }

        var domaine = dossier.Motif == Motif.Insertion ? DomaineEngagement.InsertionSociale : dossier.Motif == Motif.Parentalite ? DomaineEngagement.Parentalite : DomaineEngagement.Autre;
        if (!Appliquer(ref dossier, dossier.ConstaterRendezVous(1, prevu, IssueDuRendezVous.Tenu))
            || !Appliquer(ref dossier, dossier.EtablirDiagnostic(prevu, [domaine, DomaineEngagement.Logement]))
            || !Appliquer(ref dossier, dossier.OuvrirPlan(prevu, [new ObjectifPrevu(domaine, "Démarche prioritaire du projet", prevu.PlusDays(60))])))
        {
            return dossier;
        }

        var foyer = _foyers.GetValueOrDefault(dossier.Numero);
        if (foyer is not null && rang % 3 == 0)
        {
            Aider(ref dossier, foyer, prevu.PlusDays(3), rang);
        }

        if (foyer is not null && foyer.Prestations.Any(p => p.Prestation == Prestation.Rsa))
        {
            Contractualiser(ref dossier, foyer, prevu.PlusDays(5));
        }

        var bilan = prevu.PlusDays(60);
        var resultat = _hasard.Next(100) < 70 ? ResultatDObjectif.Atteint : ResultatDObjectif.Partiel;
        if (Appliquer(ref dossier, dossier.EvaluerObjectif(0, bilan, resultat)) && Appliquer(ref dossier, dossier.ClorePlan(bilan)))
        {
            Appliquer(ref dossier, dossier.Clore(bilan, resultat == ResultatDObjectif.Atteint ? MotifDeCloture.ObjectifsAtteints : MotifDeCloture.Autre));
        }

        return dossier;
    }

    /// <summary>Une aide aux projets (module Aides) : éligibilité, dépôt, instruction, accord, versement, rattachement.</summary>
    private void Aider(ref DossierDAccompagnement dossier, Foyer foyer, LocalDate date, int rang)
    {
        var type = AidesDeReference.Projets;
        var eligibilite = type.Evaluer(ContexteEligibilite.Create(foyer, date, coutDuProjet: Montant.FromEuros(600m)));
        var montant = eligibilite.EstEligible ? eligibilite.MontantMaximum : Montant.FromEuros(600m);
        var depot = DemandeDAide.Deposer($"{date.Year}-{rang + 1:00000}", foyer.Numero, type, montant, FormeAide.Subvention, date)
            .Bind(a => a.Instruire(date.PlusDays(2)))
            .Bind(e => (Resultat<DemandeDAide>)e.Etat);
        if (!depot.TryGetValue(out var demande))
        {
            _refus.AddRange(depot.Erreurs);
            return;
        }

        if (!Appliquer(ref dossier, dossier.RattacherAide(demande.Identifiant, date)))
        {
            return;
        }

        var decision = eligibilite.EstEligible
            ? InstructionDesAides.Accorder(demande, Enveloppe, date.PlusDays(5), montant, FormeAide.Subvention).Bind(e => InstructionDesAides.Verser(e.Etat, Enveloppe, date.PlusDays(10))).Bind(e => (Resultat<DemandeDAide>)e.Etat)
            : demande.Refuser(date.PlusDays(5), "Conditions non remplies").Bind(e => (Resultat<DemandeDAide>)e.Etat);
        if (!decision.TryGetValue(out demande))
        {
            _refus.AddRange(decision.Erreurs);
            return;
        }

        _demandes.Add(demande);
        if (demande.PourLeBilan() is { } versee)
        {
            _saisies.Add(new VersementDAide(versee, dossier.Secteur));
        }
    }

    /// <summary>Un contrat d'engagements réciproques (module Contrats) : orientation sociale, référent du dossier, signature.</summary>
    private void Contractualiser(ref DossierDAccompagnement dossier, Foyer foyer, LocalDate date)
    {
        var beneficiaire = IdentifiantBeneficiaire.From(foyer.Numero, RoleDansLeFoyer.Allocataire);
        var signature = date.PlusDays(10 + _hasard.Next(30));
        var referent = Referent.DeLaCaf(dossier.TravailleurSocial);
        var transition = Contrats.Parcours.Ouvrir(beneficiaire, foyer.Commune)
            .Orienter(TypeOrientation.Sociale, date)
            .Bind(t => t.Parcours.DesignerReferent(referent, date, Carte))
            .Bind(t => t.Parcours.EtablirContrat(date, Engagements(date)))
            .Bind(t => t.Parcours.Signer(1, signature));
        var saisie = transition.Bind(t => SignatureDeContrat.Depuis(t, Carte));
        if (!transition.TryGetValue(out var t) || !saisie.TryGetValue(out var s))
        {
            _refus.AddRange(transition.Erreurs.Concat(saisie.Erreurs));
            return;
        }

        if (Appliquer(ref dossier, dossier.RattacherContrat(1, signature)))
        {
            _parcours.Add(t.Parcours);
            _saisies.Add(s);
        }
    }

    private bool Appliquer(ref DossierDAccompagnement dossier, Resultat<TransitionDuDossier> resultat)
    {
        if (resultat.TryGetValue(out var t))
        {
            dossier = t.Dossier;
            return true;
        }

        _refus.AddRange(resultat.Erreurs);
        return false;
    }

    private static Engagement[] Engagements(LocalDate date) =>
    [
        new(DomaineEngagement.Parentalite, DebiteurEngagement.Beneficiaire, "Trouver un mode de garde", date.PlusMonths(3)),
        new(DomaineEngagement.InsertionSociale, DebiteurEngagement.Referent, "Rendez-vous mensuel de suivi", date.PlusMonths(1)),
    ];
}
