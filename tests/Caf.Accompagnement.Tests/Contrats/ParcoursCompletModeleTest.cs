using System.Globalization;
using Caf.Accompagnement.Contrats;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Caf.Accompagnement.Tests.Contrats.Fixtures;

namespace Caf.Accompagnement.Tests.Contrats;

/// <summary>
/// Test fondé sur un modèle du parcours complet, de 2024 à 2026 (à travers le 1er janvier et le 1er juin 2025) :
/// orientation → référent → contrat → inscription à France Travail et organisme référent → manquements et sanctions →
/// reprise → radiation ou sortie. Le modèle prédit, avec ses propres règles écrites depuis les textes, l'acceptation des
/// commandes de la loi pour le plein emploi, des sanctions et de la sortie ; pour les orientations, référents et contrats
/// (couverts par <see cref="ParcoursModeleTest"/>), il reprend l'état du parcours, et vérifie qu'un parcours clos refuse
/// tout.
/// </summary>
public sealed class ParcoursCompletModeleTest
{
    private static readonly LocalDate Origine = new(2024, 3, 1);
    private static readonly LocalDate PleinEmploi = new(2025, 1, 1);
    private static readonly LocalDate Remobilisation = new(2025, 6, 1);
    private static readonly Referent[] Referents = [Ts1, Cd, Ft, Referent.DUnAutreOrganisme("ML-2", OrganismeReferent.MissionLocale)];

    internal enum Sorte
    {
        Orienter,
        Designer,
        EtablirEtSigner,
        Terminer,
        Inscrire,
        DeciderOrganisme,
        Sanctionner,
        Reprendre,
        Radier,
        Sortir,
    }

    // A : taux ; B : durée ou choix ; C : variantes ; Drapeau : réitération volontairement fausse ; Mode : date aux limites
    // (1 : le lendemain de la fin de la dernière sanction, 2 : ce dernier jour même).
    internal sealed record Commande(Sorte Sorte, int Decalage, int A, int B, int C, bool Drapeau, int Mode = 0)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Sorte}(+{Decalage}j, {A}, {B}, {C}, {Drapeau}, mode {Mode})");
    }

    private static readonly Gen<Commande> GenCommande =
        from sorte in Gen.Frequency(
            (2, Gen.Constant(Sorte.Orienter)),
            (2, Gen.Constant(Sorte.Designer)),
            (3, Gen.Constant(Sorte.EtablirEtSigner)),
            (2, Gen.Constant(Sorte.Terminer)),
            (1, Gen.Constant(Sorte.Inscrire)),
            (2, Gen.Constant(Sorte.DeciderOrganisme)),
            (6, Gen.Constant(Sorte.Sanctionner)),
            (1, Gen.Constant(Sorte.Reprendre)),
            (3, Gen.Constant(Sorte.Radier)),
            (1, Gen.Constant(Sorte.Sortir)))
        from decalage in Gen.Frequency((3, Gen.Choose(0, 40)), (2, Gen.Choose(41, 150)))
        from a in Gen.Frequency((3, Gen.Elements(30, 50, 80, 100, 100, 100)), (1, Gen.Choose(-5, 110)))
        from b in Gen.Frequency((2, Gen.Constant(4)), (3, Gen.Choose(1, 4)), (1, Gen.Choose(0, 6)))
        from c in Gen.Choose(0, 30)
        from drapeau in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from mode in Gen.Frequency((2, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)))
        select new Commande(sorte, decalage, a, b, c, drapeau, mode);

    private static readonly Arbitrary<Commande[]> Scenarios =
        (from n in Gen.Choose(1, 40)
         from suite in GenCommande.ArrayOf(n)
         select (Commande[])[new Commande(Sorte.Orienter, 0, 0, 0, 0, false), new Commande(Sorte.Designer, 0, 0, 0, 0, false), .. suite])
        .ToArbitrary();

    [Property(MaxTest = 400)]
    public Property Le_parcours_complet_suit_le_modele() =>
        Prop.ForAll(Scenarios, commandes =>
        {
            var parcours = Parcours.Ouvrir(Beneficiaire(), CarteDeTest.MontDeMarsan);
            var modele = new Modele();
            var horloge = Origine;
            foreach (var commande in commandes)
            {
                var (c, date) = Concretiser(parcours, commande, horloge.PlusDays(commande.Decalage));
                var attendu = modele.Predire(parcours, c, date);
                var resultat = Appliquer(parcours, c, date);
                Assert.True(attendu is null || attendu == resultat.Reussi,
                    $"{c} le {date} : acceptée={resultat.Reussi} ({string.Join(",", resultat.Erreurs.Select(e => e.Code))}), le modèle attendait {attendu}");
                if (resultat.TryGetValue(out var t))
                {
                    parcours = t.Parcours;
                    modele.Enregistrer(c, date, t);
                    horloge = date > horloge ? date : horloge;
                }

                Assert.Equal(modele.Sortie, parcours.Sortie?.Date);
                Assert.Equal(modele.Sanctions.Count, parcours.Sanctions.Length);
                Assert.All(parcours.Sanctions, s => Assert.True(SanctionsProprietesTest.LicitesSelonLesTextes(s.Demande)));
            }
        });

    // Rend la commande concrète : la réitération est celle de l'historique sauf si le drapeau la fausse, et la date peut
    // être placée à la limite de la dernière sanction.
    private static (Commande, LocalDate) Concretiser(Parcours p, Commande c, LocalDate date)
    {
        if (c.Sorte is Sorte.Sanctionner or Sorte.Radier && !p.Sanctions.IsEmpty && c.Mode != 0)
        {
            date = c.Mode == 1 ? p.Sanctions[^1].Fin.PlusDays(1) : p.Sanctions[^1].Fin;
        }

        return (c.Sorte == Sorte.Sanctionner ? c with { Drapeau = c.Drapeau != !p.Sanctions.IsEmpty } : c, date);
    }

    private static DemandeDeSanction Demande(Commande c, LocalDate decision) =>
        new(
            new Manquement(Beneficiaire(), TypeManquement.NonRespect, decision.PlusDays(-25 - c.C)),
            decision,
            c.A,
            c.B == 0 ? null : c.B,
            new AuditionEquipePluridisciplinaire(decision.PlusDays(-40), decision.PlusDays(-30)),
            c.Drapeau,
            c.C % 3 == 0,
            c.C % 5 == 0,
            c.C % 2 == 0 ? NatureSanction.Suppression : NatureSanction.Suspension,
            new ObservationsPrealables(decision.PlusDays(-20), decision.PlusDays(-5)));

    private static Resultat<Transition> Appliquer(Parcours p, Commande c, LocalDate date) => c.Sorte switch
    {
        Sorte.Orienter => p.Orienter(TypeOrientation.Toutes[c.B % 3], date),
        Sorte.Designer => p.DesignerReferent(Referents[c.B % 4], date, CarteDeTest.Instance),
        Sorte.EtablirEtSigner => p.EtablirContrat(date, Actions(date.PlusMonths(2)), PlanSelon(date), 1 + (c.C % 12))
            .Bind(t => t.Parcours.Signer(t.Parcours.Contrats.Length, date)),
        Sorte.Terminer => p.Contrats.LastOrDefault(k => k.Statut.EstVivant) is { } k ? p.Terminer(k.Numero, date, "Fin anticipée") : p.Terminer(99, date, "Aucun"),
        Sorte.Inscrire => p.InscrireAFranceTravail(date, "FT" + c.C.ToString(CultureInfo.InvariantCulture)),
        Sorte.DeciderOrganisme => p.DeciderOrganismeReferent(OrganismeReferent.Toutes[c.B % OrganismeReferent.Toutes.Count], date),
        Sorte.Sanctionner => p.Sanctionner(Demande(c, date)),
        Sorte.Reprendre => p.Contrats.LastOrDefault(k => k.DateSignature is not null) is { DateSignature: { } s } ? p.ReprendreLeVersement(s) : p.ReprendreLeVersement(date),
        Sorte.Radier => p.Radier(date),
        Sorte.Sortir => p.Sortir(date, MotifSortie.Toutes[c.B % MotifSortie.Toutes.Count]),
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    private static bool Accompagne(OrganismeReferent o, TypeOrientation t) =>
        t == TypeOrientation.Sociale ? o.Code is "CAF" or "CD" or "CCAS" or "ASSO"
        : t == TypeOrientation.Professionnelle ? o.Code is "FT" or "ML" or "ASSO"
        : o.Code is "ML" or "FT";

    private sealed class Modele
    {
        private readonly List<(LocalDate Date, OrganismeReferent Organisme)> _organismes = [];
        private bool _inscrit;

        internal List<(LocalDate Debut, LocalDate Fin, DemandeDeSanction Demande, bool Reprise)> Sanctions { get; } = [];

        internal LocalDate? Sortie { get; private set; }

        // null : le modèle reprend la décision du parcours (orientations, référents, contrats ouverts).
        internal bool? Predire(Parcours p, Commande c, LocalDate date)
        {
            if (Sortie is not null)
            {
                return false;
            }

            var vivants = p.Contrats.Where(k => k.Statut.EstVivant && k.FinEffective >= date).ToList();
            switch (c.Sorte)
            {
                case Sorte.Inscrire:
                    return date >= PleinEmploi && !_inscrit;
                case Sorte.DeciderOrganisme:
                    var organisme = OrganismeReferent.Toutes[c.B % OrganismeReferent.Toutes.Count];
                    var orientation = p.Orientations.LastOrDefault(o => o.Debut <= date && (o.Fin is null || date <= o.Fin));
                    var dernier = _organismes.Count == 0 ? ((LocalDate, OrganismeReferent)?)null : _organismes[^1];
                    return date >= PleinEmploi && orientation is not null && Accompagne(organisme, orientation.Type)
                        && (dernier is not { } d || (date > d.Item1 && organisme != d.Item2));
                case Sorte.Sanctionner:
                    var demande = Demande(c, date);
                    var precedente = Sanctions.Count == 0 ? ((LocalDate Debut, LocalDate Fin, DemandeDeSanction Demande, bool Reprise)?)null : Sanctions[^1];
                    return SanctionsProprietesTest.LicitesSelonLesTextes(demande)
                        && demande.Manquement.Date >= p.Orientations[0].Debut
                        && demande.Reiteration == (precedente is not null)
                        && (precedente is not { } pr || date > pr.Fin);
                case Sorte.Reprendre:
                    var signature = p.Contrats.LastOrDefault(k => k.DateSignature is not null)?.DateSignature ?? date;
                    return p.Contrats.Any(k => k.DateSignature == signature) && Sanctions.Count > 0
                        && Sanctions[^1] is var derniere && derniere.Debut < Remobilisation && !derniere.Reprise
                        && signature > derniere.Debut && signature <= derniere.Fin;
                case Sorte.Radier:
                    if (Sanctions.Count == 0)
                    {
                        return false;
                    }

                    var s = Sanctions[^1];
                    var radiable = !s.Reprise && s.Demande.TauxPourcent == 100 && s.Demande.DureeEnMois >= 4
                        && (s.Debut < Remobilisation || s.Demande.Nature == NatureSanction.Suppression);
                    return radiable && date > s.Fin && vivants.Count == 0;
                case Sorte.Sortir:
                    return MotifSortie.Toutes[c.B % MotifSortie.Toutes.Count] != MotifSortie.Radiation
                        && date >= p.Orientations[^1].Debut && vivants.Count == 0;
                default:
                    return null;
            }
        }

        internal void Enregistrer(Commande c, LocalDate date, Transition t)
        {
            switch (c.Sorte)
            {
                case Sorte.Inscrire:
                    _inscrit = true;
                    break;
                case Sorte.DeciderOrganisme:
                    _organismes.Add((date, OrganismeReferent.Toutes[c.B % OrganismeReferent.Toutes.Count]));
                    break;
                case Sorte.Sanctionner:
                    var d = Demande(c, date);
                    Sanctions.Add((date, date.PlusMonths(d.DureeEnMois!.Value).PlusDays(-1), d, false));
                    break;
                case Sorte.Reprendre:
                    var levee = ((SanctionLevee)t.Evenement).Date;
                    Sanctions[^1] = Sanctions[^1] with { Fin = levee.PlusDays(-1), Reprise = true };
                    break;
                case Sorte.Radier:
                case Sorte.Sortir:
                    Sortie = date;
                    break;
            }
        }
    }
}
