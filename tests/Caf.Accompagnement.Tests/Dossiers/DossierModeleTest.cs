using System.Globalization;
using System.Text;
using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Dossiers;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Caf.Accompagnement.Tests.Dossiers.FixturesDossiers;

namespace Caf.Accompagnement.Tests.Dossiers;

/// <summary>
/// Tests fondés sur un modèle : des suites aléatoires de commandes appliquées au <see cref="DossierDAccompagnement"/>
/// et à un modèle de référence simple, écrit indépendamment de l'implémentation (listes et drapeaux).
/// </summary>
public sealed class DossierModeleTest
{
    private static readonly DomaineEngagement[] Domaines = [DomaineEngagement.Logement, DomaineEngagement.Parentalite, DomaineEngagement.Sante];
    private static readonly string[] IdentifiantsDAide = ["D-1", "D-2", "D-3", "pas un identifiant"];

    internal enum Sorte
    {
        Offre,
        Reponse,
        Convoquer,
        Rappeler,
        Constater,
        Diagnostic,
        Plan,
        Evaluer,
        ClorePlan,
        Aide,
        Contrat,
        Demenager,
        Clore,
    }

    /// <summary>Une commande générée : sa sorte, son décalage de date sur l'horloge du scénario et trois paramètres.</summary>
    internal sealed record Commande(Sorte Sorte, int Decalage, int A, int B, int C)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Sorte}({Decalage:+0;-0}j, {A}, {B}, {C})");
    }

    private static readonly Gen<Commande> GenCommande =
        from sorte in Gen.Frequency(
            (2, Gen.Constant(Sorte.Offre)),
            (2, Gen.Constant(Sorte.Reponse)),
            (5, Gen.Constant(Sorte.Convoquer)),
            (2, Gen.Constant(Sorte.Rappeler)),
            (5, Gen.Constant(Sorte.Constater)),
            (4, Gen.Constant(Sorte.Diagnostic)),
            (4, Gen.Constant(Sorte.Plan)),
            (4, Gen.Constant(Sorte.Evaluer)),
            (2, Gen.Constant(Sorte.ClorePlan)),
            (2, Gen.Constant(Sorte.Aide)),
            (2, Gen.Constant(Sorte.Contrat)),
            (2, Gen.Constant(Sorte.Demenager)),
            (2, Gen.Constant(Sorte.Clore)))
        from decalage in Gen.Frequency((1, Gen.Choose(-3, -1)), (8, Gen.Choose(0, 12)))
        from a in Gen.Frequency((1, Gen.Choose(-1, 0)), (6, Gen.Choose(0, 6)))
        from b in Gen.Choose(0, 7)
        from c in Gen.Frequency((1, Gen.Constant(-1)), (6, Gen.Constant(30)))
        select new Commande(sorte, decalage, a, b, c);

    /// <summary>La moitié des scénarios commence par une offre acceptée, un rendez-vous tenu et un diagnostic.</summary>
    private static readonly Commande[] Amorce =
    [
        new(Sorte.Offre, 0, 0, 0, 30), new(Sorte.Reponse, 1, 0, 0, 30), new(Sorte.Convoquer, 1, 2, 0, 30),
        new(Sorte.Constater, 2, 0, 0, 30), new(Sorte.Diagnostic, 0, 0, 3, 30),
    ];

    /// <summary>Un scénario : le secteur d'ouverture (0 à 3), une amorce éventuelle, puis 0 à 60 commandes.</summary>
    internal static readonly Arbitrary<(int Secteur, Commande[] Commandes)> Scenarios =
        (from secteur in Gen.Choose(0, 3)
         from amorce in Gen.Elements(false, true)
         from n in Gen.Choose(0, 60)
         from commandes in GenCommande.ArrayOf(n)
         select (secteur, amorce ? [.. Amorce, .. commandes] : commandes)).ToArbitrary();


    [Property(MaxTest = 300)]
    public Property Le_dossier_suit_le_modele_de_reference() =>
        Prop.ForAll(Scenarios, s => Executer(s, (dossier, modele, commande, accepte, attendu, _) =>
        {
            Assert.True(accepte == attendu, $"{commande} : acceptée={accepte}, le modèle attendait {attendu}");
            Assert.Equal(modele.Empreinte(), Empreinte(dossier));
        }));

    [Property(MaxTest = 200)]
    public Property La_cloture_est_definitive() =>
        Prop.ForAll(Scenarios, s => Executer(s, (dossier, _, commande, accepte, _, avant) =>
        {
            if (avant.EstClos)
            {
                Assert.False(accepte, $"{commande} acceptée sur un dossier clos");
                Assert.Same(avant, dossier);
            }
        }));

    [Property(MaxTest = 200)]
    public Property Jamais_deux_plans_ouverts() =>
        Prop.ForAll(Scenarios, s => Executer(s, (dossier, _, commande, _, _, _) =>
            Assert.True(dossier.Plans.Count(p => p.EstOuvert) <= 1, $"après {commande} : {dossier.Plans.Count(p => p.EstOuvert)} plans ouverts")));

    [Property(MaxTest = 200)]
    public Property Une_commande_refusee_ne_change_rien_et_dit_pourquoi() =>
        Prop.ForAll(Scenarios, s => Executer(s, (dossier, _, commande, accepte, _, avant) =>
        {
            if (accepte)
            {
                Assert.Equal(avant.Historique.Length + 1, dossier.Historique.Length);
            }
            else
            {
                Assert.Same(avant, dossier);
                Assert.Equal(Empreinte(avant), Empreinte(dossier));
            }
        }));

    [Property(MaxTest = 200)]
    public Property L_historique_rejoue_donne_le_meme_etat() =>
        Prop.ForAll(Scenarios, s =>
        {
            var dossier = Derouler(s);
            var rejoue = DossierDAccompagnement.Rejouer(dossier.Historique, Carte);
            Assert.True(rejoue.Reussi, rejoue.ToString());
            Assert.Equal(EmpreinteComplete(dossier), EmpreinteComplete(rejoue.Valeur));
            Assert.Equal(dossier.Historique.AsEnumerable(), rejoue.Valeur.Historique.AsEnumerable());
        });

    [Fact]
    public void Les_scenarios_traversent_tout_le_cycle_de_vie()
    {
        var dossiers = Scenarios.Generator.Sample(500, new Rnd(5UL, 7UL), 40).Select(Derouler).ToList();
        Assert.Contains(dossiers, d => d.Plans.Any(p => !p.EstOuvert && p.Objectifs.Any(o => o.Resultat is not null)));
        Assert.Contains(dossiers, d => d.RendezVous.Any(r => !r.Rappels.IsEmpty));
        Assert.Contains(dossiers, d => d.Historique.Any(e => e is DossierTransfere));
        Assert.Contains(dossiers, d => d.Historique.Any(e => e is CommuneChangee));
        Assert.Contains(dossiers, d => d.Cloture?.Motif == MotifDeCloture.Demenagement);
        Assert.Contains(dossiers, d => d.Plans.Any(p => p.Objectifs.Any(o => o.Resultat == ResultatDObjectif.Atteint)));
        Assert.Contains(dossiers, d => d.Offre?.Reponse == ReponseALOffre.Acceptee && d.DelaiPremierRendezVous is not null);
    }

    /// <summary>Le dossier au terme d'un scénario (commandes refusées ignorées).</summary>
    internal static DossierDAccompagnement Derouler((int Secteur, Commande[] Commandes) scenario)
    {
        DossierDAccompagnement dernier = null!;
        Executer(scenario, (d, _, _, _, _, _) => dernier = d);
        return dernier ?? Ouvrir(scenario.Secteur);
    }

    private static DossierDAccompagnement Ouvrir(int secteur) =>
        DossierDAccompagnement.Ouvrir(Numero, Commune(secteur), OrigineDuDossier.DUneCible("PARENTS_SEULS", J0).Valeur, Motif.Insertion, Ts(secteur), Carte).Ok();

    private delegate void Verification(DossierDAccompagnement dossier, Modele modele, Commande commande, bool accepte, bool attendu, DossierDAccompagnement avant);

    private static bool Executer((int Secteur, Commande[] Commandes) scenario, Verification verifier)
    {
        var dossier = Ouvrir(scenario.Secteur);
        var modele = new Modele(scenario.Secteur);
        foreach (var commande in scenario.Commandes)
        {
            var date = modele.Horloge.PlusDays(commande.Decalage);
            var r = Appliquer(dossier, commande, date, modele);
            var attendu = modele.Appliquer(commande, date);
            var avant = dossier;
            if (r.TryGetValue(out var t))
            {
                dossier = t.Dossier;
                modele.Horloge = date;
            }
            else
            {
                Assert.All(r.Erreurs, e => Assert.StartsWith("dossiers.", e.Code, StringComparison.Ordinal));
            }

            verifier(dossier, modele, commande, r.Reussi, attendu, avant);
        }

        return true;
    }

    private static Resultat<TransitionDuDossier> Appliquer(DossierDAccompagnement d, Commande c, LocalDate date, Modele m) => c.Sorte switch
    {
        Sorte.Offre => d.ProposerOffre(date),
        Sorte.Reponse => d.RepondreALOffre(date, Reponse(c.B)),
        Sorte.Convoquer => d.Convoquer(date, date.PlusDays(c.A), CanalDeRendezVous.Toutes[c.B % 4]),
        Sorte.Rappeler => d.Rappeler(m.Vise(c.A), date),
        Sorte.Constater => d.ConstaterRendezVous(m.Vise(c.A), date, IssueDuRendezVous.Toutes[c.B % 3]),
        Sorte.Diagnostic => d.EtablirDiagnostic(date, DomainesDe(MasqueDuDiagnostic(c))),
        Sorte.Plan => d.OuvrirPlan(date, Enumerable.Range(0, Math.Max(0, c.A % 3)).Select(j => new ObjectifPrevu(DomaineDObjectif(c, j), "Objectif", date.PlusDays(c.C)))),
        Sorte.Evaluer => d.EvaluerObjectif(c.A % 3, date, ResultatDObjectif.Toutes[c.B % 4]),
        Sorte.ClorePlan => d.ClorePlan(date),
        Sorte.Aide => d.RattacherAide(IdentifiantsDAide[Math.Abs(c.A) % 4], date),
        Sorte.Contrat => d.RattacherContrat(c.A, date),
        Sorte.Demenager => Demenager(d, c.B % 6, date, m),
        _ => d.Clore(date, MotifDeCloture.Toutes[c.B % 5]),
    };

    private static Resultat<TransitionDuDossier> Demenager(DossierDAccompagnement d, int sorte, LocalDate date, Modele m)
    {
        var autre = (m.SecteurAvant + 1) % 4;
        return sorte switch
        {
            0 => d.Demenager(date, Commune(m.SecteurAvant, m.RangAvant), Carte),
            1 => d.Demenager(date, Commune(m.SecteurAvant, 1 - m.RangAvant), Carte),
            2 => d.Demenager(date, Commune(autre), Carte, Ts(autre)),
            3 => d.Demenager(date, Commune(autre), Carte),
            4 => d.Demenager(date, Commune(autre), Carte, Ts(m.SecteurAvant)),
            _ => d.Demenager(date, HorsCarte, Carte),
        };
    }

    private static ReponseALOffre Reponse(int b) => b < 5 ? ReponseALOffre.Acceptee : ReponseALOffre.Toutes[b % 3];

    /// <summary>Le plus souvent logement et parentalité, parfois aucun domaine.</summary>
    private static int MasqueDuDiagnostic(Commande c) => c.C > 0 ? c.B | 3 : c.B;

    /// <summary>Le domaine du j-ième objectif d'un plan : le plus souvent logement ou parentalité.</summary>
    private static DomaineEngagement DomaineDObjectif(Commande c, int j) => Domaines[(c.B + j) % (c.B > 5 ? 3 : 2)];

    private static DomaineEngagement[] DomainesDe(int masque) => [.. Domaines.Where((_, i) => (masque & (1 << i)) != 0)];

    /// <summary>L'état observable comparé au modèle.</summary>
    internal static string Empreinte(DossierDAccompagnement d)
    {
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"clos={d.EstClos};offre={d.Offre?.Reponse?.Code ?? (d.Offre is null ? "AUCUNE" : "ATTENTE")};");
        s.Append("rdv=").AppendJoin(',', d.RendezVous.Select(r => Dates.FormaterIso(r.DatePrevue) + ":" + (r.Issue?.Code ?? "-"))).Append(';');
        s.Append("diag=").AppendJoin(',', d.Diagnostic?.Domaines.Select(x => x.Code).Order(StringComparer.Ordinal).ToArray() ?? ["-"]).Append(';');
        s.Append("plans=").AppendJoin('|', d.Plans.Select(p => (p.EstOuvert ? "O:" : "F:") + string.Join(',', p.Objectifs.Select(o => o.Domaine.Code + "=" + (o.Resultat?.Code ?? "-"))))).Append(';');
        s.Append("aides=").AppendJoin(',', d.Aides).Append(";contrats=").AppendJoin(',', d.Contrats).Append(';');
        s.Append(CultureInfo.InvariantCulture, $"commune={d.Commune};secteur={d.Secteur};ts={d.TravailleurSocial}");
        return s.ToString();
    }

    /// <summary>Tout l'état public, dates et libellés compris.</summary>
    internal static string EmpreinteComplete(DossierDAccompagnement d)
    {
        var s = new StringBuilder(Empreinte(d));
        s.Append(CultureInfo.InvariantCulture, $";numero={d.Numero.EnClair};origine={d.Origine};motif={d.Motif.Code};offre={d.Offre};cloture={d.Cloture};delai={d.DelaiPremierRendezVous}");
        foreach (var r in d.RendezVous)
        {
            s.Append(CultureInfo.InvariantCulture, $";rdv{r.Numero}={Dates.FormaterIso(r.DateConvocation)},{r.Canal.Code},{r.DateIssue},").AppendJoin(',', r.Rappels.Select(Dates.FormaterIso));
        }

        s.Append(CultureInfo.InvariantCulture, $";diagnostic={d.Diagnostic?.Date}");
        foreach (var p in d.Plans)
        {
            s.Append(CultureInfo.InvariantCulture, $";plan{p.Numero}={p.DateOuverture},{p.DateCloture}:").AppendJoin(',', p.Objectifs);
        }

        return s.ToString();
    }

    /// <summary>Le modèle de référence : l'état réduit à des listes et des drapeaux, et les règles réécrites à plat.</summary>
    private sealed class Modele(int secteur)
    {
        private readonly List<(LocalDate Prevue, IssueDuRendezVous? Issue)> _rdv = [];
        private readonly List<(bool Ouvert, List<(DomaineEngagement Domaine, ResultatDObjectif? Resultat)> Objectifs)> _plans = [];
        private readonly List<string> _aides = [];
        private readonly List<int> _contrats = [];
        private string _offre = "AUCUNE";
        private HashSet<DomaineEngagement>? _diag;
        private bool _clos;
        private int _secteur = secteur;
        private int _rang;

        internal LocalDate Horloge { get; set; } = J0;

        internal int SecteurAvant => _secteur;

        internal int RangAvant => _rang;

        /// <summary>Le rendez-vous visé : le dernier pour 0 à 4, sinon le numéro tel quel (souvent inexistant).</summary>
        internal int Vise(int a) => a is >= 0 and <= 4 ? Math.Max(1, _rdv.Count) : a;

        /// <summary>Applique la commande au modèle ; renvoie <see langword="true"/> si elle doit être acceptée.</summary>
        internal bool Appliquer(Commande c, LocalDate date)
        {
            if (_clos || date < Horloge)
            {
                return false;
            }

            var ouvert = _plans.FindIndex(p => p.Ouvert);
            switch (c.Sorte)
            {
                case Sorte.Offre when _offre == "AUCUNE":
                    _offre = "ATTENTE";
                    return true;
                case Sorte.Reponse when _offre == "ATTENTE":
                    _offre = Reponse(c.B).Code;
                    return true;
                case Sorte.Convoquer when _offre is not ("REFUSEE" or "SANS_REPONSE") && _rdv.All(r => r.Issue is not null) && c.A >= 0:
                    _rdv.Add((date.PlusDays(c.A), null));
                    return true;
                case Sorte.Rappeler when Vise(c.A) is var n && n >= 1 && n <= _rdv.Count && _rdv[n - 1].Issue is null && date <= _rdv[n - 1].Prevue:
                    return true;
                case Sorte.Constater when Vise(c.A) is var k && k >= 1 && k <= _rdv.Count && _rdv[k - 1].Issue is null:
                    var issue = IssueDuRendezVous.Toutes[c.B % 3];
                    var prevue = _rdv[k - 1].Prevue;
                    if (issue == IssueDuRendezVous.Annule ? date > prevue : date < prevue)
                    {
                        return false;
                    }

                    _rdv[k - 1] = (prevue, issue);
                    return true;
                case Sorte.Diagnostic when _diag is null && _rdv.Any(r => r.Issue == IssueDuRendezVous.Tenu) && (MasqueDuDiagnostic(c) & 7) != 0:
                    _diag = [.. DomainesDe(MasqueDuDiagnostic(c))];
                    return true;
                case Sorte.Plan when ouvert < 0 && _diag is not null && c.A % 3 > 0 && c.C >= 0
                                     && Enumerable.Range(0, c.A % 3).All(j => _diag.Contains(DomaineDObjectif(c, j))):
                    _plans.Add((true, [.. Enumerable.Range(0, c.A % 3).Select(j => (DomaineDObjectif(c, j), (ResultatDObjectif?)null))]));
                    return true;
                case Sorte.Evaluer when ouvert >= 0 && c.A % 3 >= 0 && c.A % 3 < _plans[ouvert].Objectifs.Count && _plans[ouvert].Objectifs[c.A % 3].Resultat is null:
                    _plans[ouvert].Objectifs[c.A % 3] = (_plans[ouvert].Objectifs[c.A % 3].Domaine, ResultatDObjectif.Toutes[c.B % 4]);
                    return true;
                case Sorte.ClorePlan when ouvert >= 0 && _plans[ouvert].Objectifs.All(o => o.Resultat is not null):
                    _plans[ouvert] = (false, _plans[ouvert].Objectifs);
                    return true;
                case Sorte.Aide when Math.Abs(c.A) % 4 < 3 && !_aides.Contains(IdentifiantsDAide[Math.Abs(c.A) % 4]):
                    _aides.Add(IdentifiantsDAide[Math.Abs(c.A) % 4]);
                    return true;
                case Sorte.Contrat when c.A >= 1 && !_contrats.Contains(c.A):
                    _contrats.Add(c.A);
                    return true;
                case Sorte.Demenager:
                    return Demenager(c.B % 6, ouvert);
                case Sorte.Clore:
                    var motif = MotifDeCloture.Toutes[c.B % 5];
                    if (motif == MotifDeCloture.ObjectifsAtteints && (ouvert >= 0 || !_plans.Any(p => p.Objectifs.Any(o => o.Resultat == ResultatDObjectif.Atteint))))
                    {
                        return false;
                    }

                    Fermer(ouvert);
                    return true;
                default:
                    return false;
            }
        }

        private bool Demenager(int sorte, int ouvert)
        {
            switch (sorte)
            {
                case 1:
                    _rang = 1 - _rang;
                    return true;
                case 2:
                    _secteur = (_secteur + 1) % 4;
                    _rang = 0;
                    return true;
                case 5:
                    Fermer(ouvert);
                    return true;
                default:
                    return false;
            }
        }

        private void Fermer(int ouvert)
        {
            _clos = true;
            if (ouvert >= 0)
            {
                _plans[ouvert] = (false, _plans[ouvert].Objectifs);
            }
        }

        internal string Empreinte()
        {
            var s = new StringBuilder();
            s.Append(CultureInfo.InvariantCulture, $"clos={_clos};offre={_offre};");
            s.Append("rdv=").AppendJoin(',', _rdv.Select(r => Dates.FormaterIso(r.Prevue) + ":" + (r.Issue?.Code ?? "-"))).Append(';');
            s.Append("diag=").AppendJoin(',', _diag?.Select(x => x.Code).Order(StringComparer.Ordinal).ToArray() ?? ["-"]).Append(';');
            s.Append("plans=").AppendJoin('|', _plans.Select(p => (p.Ouvert ? "O:" : "F:") + string.Join(',', p.Objectifs.Select(o => o.Domaine.Code + "=" + (o.Resultat?.Code ?? "-"))))).Append(';');
            s.Append("aides=").AppendJoin(',', _aides).Append(";contrats=").AppendJoin(',', _contrats).Append(';');
            s.Append(CultureInfo.InvariantCulture, $"commune={Commune(_secteur, _rang)};secteur={Carte.Secteurs[_secteur].Nom};ts={Ts(_secteur)}");
            return s.ToString();
        }
    }
}
