using System.Globalization;
using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Dossiers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Caf.Accompagnement.Tests.Dossiers.FixturesDossiers;

namespace Caf.Accompagnement.Tests.Dossiers;

/// <summary>
/// Tests fondés sur un modèle de la file d'attente et des rappels : des suites aléatoires de commandes (offre, réponse,
/// convocation, constat, rappel, relance, pause, clôture, temps qui passe) appliquées au dossier et au suivi, comparées
/// à un modèle de référence qui compte les jours ouvrés un par un.
/// </summary>
public sealed class FileDAttenteModeleTest
{
    private static readonly CalendrierOuvre Calendrier = CalendrierOuvre.Metropole;

    internal enum Sorte
    {
        Avancer,
        Offre,
        Reponse,
        Convoquer,
        Constater,
        Rappeler,
        Relancer,
        Pause,
        Clore,
    }

    internal sealed record Commande(Sorte Sorte, int A, int B)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Sorte}({A}, {B})");
    }

    internal sealed record Scenario(int Delai, int Maximum, int Avant, Commande[] Commandes)
    {
        public override string ToString() => $"relance {Delai} j.o., {Maximum} au plus, rappel {Avant} j.o. avant : {string.Join(", ", Commandes.AsEnumerable())}";
    }

    private static readonly Gen<Commande> GenCommande =
        from sorte in Gen.Frequency(
            (6, Gen.Constant(Sorte.Avancer)),
            (2, Gen.Constant(Sorte.Offre)),
            (2, Gen.Constant(Sorte.Reponse)),
            (3, Gen.Constant(Sorte.Convoquer)),
            (2, Gen.Constant(Sorte.Constater)),
            (2, Gen.Constant(Sorte.Rappeler)),
            (3, Gen.Constant(Sorte.Relancer)),
            (2, Gen.Constant(Sorte.Pause)),
            (1, Gen.Constant(Sorte.Clore)))
        from a in Gen.Choose(-2, 9)
        from b in Gen.Choose(0, 8)
        select new Commande(sorte, a, b);

    internal static readonly Arbitrary<Scenario> Scenarios =
        (from delai in Gen.Choose(1, 5)
         from max in Gen.Choose(0, 3)
         from avant in Gen.Choose(0, 3)
         from n in Gen.Choose(0, 40)
         from commandes in GenCommande.ArrayOf(n)
         select new Scenario(delai, max, avant, commandes)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property La_file_suit_le_modele_de_reference() =>
        Prop.ForAll(Scenarios, s => Executer(s, (dossier, suivi, regle, modele, date) =>
        {
            for (var k = 0; k <= 12; k++)
            {
                var jour = date.PlusDays(k);
                var element = FileDAttente.ElementDe(dossier, suivi, regle, jour);
                var attendu = modele.Element(jour, s);
                Assert.True(
                    Equals(attendu, element is null ? null : ((string, bool, bool, int)?)(element.Etape.Code, element.RappelDu, element.EnPause, element.Relances)),
                    $"au {Dates.FormaterIso(jour)} : {element?.ToString() ?? "aucun élément"} / modèle {attendu}");
            }
        }));

    [Property(MaxTest = 300)]
    public Property Aucun_rappel_du_pendant_une_pause() =>
        Prop.ForAll(Scenarios, s => Executer(s, (dossier, suivi, regle, _, date) =>
        {
            for (var k = 0; k <= 12; k++)
            {
                var jour = date.PlusDays(k);
                var file = FileDAttente.Etablir(Ts(0), [dossier], suivi, regle, jour);
                Assert.All(file.RappelsDus, e => Assert.False(suivi.EstEnPause(e.Numero, jour), $"rappel dû au {Dates.FormaterIso(jour)} pendant une pause"));
            }
        }));

    [Fact]
    public void Les_scenarios_rencontrent_relances_rappels_et_pauses()
    {
        var vus = new HashSet<string>();
        foreach (var s in Scenarios.Generator.Sample(300, new Rnd(3UL, 11UL), 30))
        {
            Executer(s, (d, suivi, regle, _, date) =>
            {
                if (FileDAttente.ElementDe(d, suivi, regle, date) is { } e)
                {
                    vus.Add(e.Etape.Code + (e.RappelDu ? "+rappel" : string.Empty) + (e.EnPause ? "+pause" : string.Empty));
                }
            });
        }

        Assert.Superset(new HashSet<string> { "OFFRE_EN_ATTENTE+rappel", "OFFRE_EN_ATTENTE+pause", "RDV_A_VENIR+rappel", "RDV_A_VENIR+pause", "A_CONVOQUER" }, vus);
    }

    private delegate void Verification(DossierDAccompagnement dossier, SuiviDesRappels suivi, RegleDeRappel regle, Modele modele, LocalDate date);

    private static bool Executer(Scenario s, Verification verifier)
    {
        var regle = RegleDeRappel.Create(s.Delai, s.Maximum, s.Avant).GetValueOrThrow();
        var dossier = Ouvert();
        var suivi = SuiviDesRappels.Vide;
        var modele = new Modele();
        var date = J0;
        verifier(dossier, suivi, regle, modele, date);
        foreach (var c in s.Commandes)
        {
            switch (c.Sorte)
            {
                case Sorte.Avancer:
                    date = date.PlusDays(Math.Abs(c.A));
                    break;
                case Sorte.Relancer:
                    {
                        var r = suivi.RelancerOffre(dossier, date);
                        var attendu = modele.PeutRelancer(date);
                        Assert.True(r.Reussi == attendu, $"{c} au {Dates.FormaterIso(date)} : acceptée={r.Reussi}, modèle {attendu}");
                        if (r.TryGetValue(out var nouveau))
                        {
                            suivi = nouveau;
                            modele.Relances.Add(date);
                        }

                        break;
                    }

                case Sorte.Pause:
                    {
                        var debut = date.PlusDays(c.A);
                        var fin = debut.PlusDays(c.B - 1);
                        var r = suivi.Suspendre(Numero, debut, fin);
                        Assert.Equal(fin >= debut, r.Reussi);
                        if (r.TryGetValue(out var nouveau))
                        {
                            suivi = nouveau;
                            modele.Pauses.Add((debut, fin));
                        }

                        break;
                    }

                default:
                    {
                        var r = Appliquer(dossier, c, date);
                        if (r.TryGetValue(out var t))
                        {
                            dossier = t.Dossier;
                            modele.Suivre(t.Evenement);
                        }

                        break;
                    }
            }

            verifier(dossier, suivi, regle, modele, date);
        }

        return true;
    }

    private static Resultat<TransitionDuDossier> Appliquer(DossierDAccompagnement d, Commande c, LocalDate date) => c.Sorte switch
    {
        Sorte.Offre => d.ProposerOffre(date),
        Sorte.Reponse => d.RepondreALOffre(date, ReponseALOffre.Toutes[c.B % 3]),
        Sorte.Convoquer => d.Convoquer(date, date.PlusDays(Math.Abs(c.A)), CanalDeRendezVous.Toutes[c.B % 4]),
        Sorte.Constater => d.ConstaterRendezVous(d.RendezVous.Length, date, IssueDuRendezVous.Toutes[c.B % 3]),
        Sorte.Rappeler => d.Rappeler(d.RendezVous.Length, date),
        _ => d.Clore(date, MotifDeCloture.Autre),
    };

    /// <summary>Le modèle de référence : des drapeaux et des listes, et des jours ouvrés comptés un par un.</summary>
    private sealed class Modele
    {
        internal LocalDate? Proposition { get; set; }

        internal ReponseALOffre? Reponse { get; set; }

        internal (LocalDate Convocation, LocalDate Prevue, int Rappels)? AVenir { get; set; }

        internal bool Tenu { get; set; }

        internal bool Clos { get; set; }

        internal List<LocalDate> Relances { get; } = [];

        internal List<(LocalDate Debut, LocalDate Fin)> Pauses { get; } = [];

        internal void Suivre(EvenementDossier e)
        {
            switch (e)
            {
                case OffreProposee o:
                    Proposition = o.Date;
                    break;
                case OffreRepondue r:
                    Reponse = r.Reponse;
                    break;
                case RendezVousFixe f:
                    AVenir = (f.Date, f.DatePrevue, 0);
                    break;
                case RappelEnvoye:
                    AVenir = AVenir!.Value with { Rappels = AVenir.Value.Rappels + 1 };
                    break;
                case RendezVousConstate c:
                    Tenu |= c.Issue == IssueDuRendezVous.Tenu;
                    AVenir = null;
                    break;
                case DossierClos:
                    Clos = true;
                    break;
                default:
                    break;
            }
        }

        internal bool EnPause(LocalDate d) => Pauses.Exists(p => d >= p.Debut && d <= p.Fin);

        internal bool OffreEnAttente => !Clos && Proposition is not null && Reponse is null;

        internal bool PeutRelancer(LocalDate d) =>
            OffreEnAttente && !EnPause(d) && d >= (Relances.Count == 0 ? Proposition!.Value : Relances[^1]);

        internal (string, bool, bool, int)? Element(LocalDate t, Scenario s)
        {
            if (Clos)
            {
                return null;
            }

            var pause = EnPause(t);
            if (AVenir is { } rdv)
            {
                var entre = OuvresEntre(t, rdv.Prevue);
                var proche = s.Avant == 0 ? t >= rdv.Prevue : entre < s.Avant;
                return ("RDV_A_VENIR", !pause && rdv.Rappels == 0 && t >= rdv.Convocation && t <= rdv.Prevue && proche, pause, 0);
            }

            if (OffreEnAttente)
            {
                var depuis = Relances.Count == 0 ? Proposition!.Value : Relances[^1];
                var ecoules = OuvresEntre(depuis, t.PlusDays(1));
                return ("OFFRE_EN_ATTENTE", !pause && Relances.Count < s.Maximum && ecoules >= s.Delai, pause, Relances.Count);
            }

            return (Reponse is null || Reponse == ReponseALOffre.Acceptee) && !Tenu ? ("A_CONVOQUER", false, pause, 0) : null;
        }

        /// <summary>Les jours ouvrés strictement entre deux dates.</summary>
        private static int OuvresEntre(LocalDate a, LocalDate b)
        {
            var n = 0;
            for (var d = a.PlusDays(1); d < b; d = d.PlusDays(1))
            {
                n += Calendrier.EstOuvre(d) ? 1 : 0;
            }

            return n;
        }
    }
}
