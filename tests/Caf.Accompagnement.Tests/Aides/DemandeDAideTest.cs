using Caf.Accompagnement.Aides;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Aides;

public sealed class DemandeDAideTest
{
    private static readonly LocalDate Depot = new(2022, 3, 1);
    private static readonly NumeroAllocataire Numero = NumeroAllocataire.FromValeur(1234567);

    private static DemandeDAide Deposer(TypeDAide type, decimal montant, FormeAide forme, string id = "2022-0001") =>
        DemandeDAide.Deposer(id, Numero, type, Montant.FromEuros(montant), forme, Depot).GetValueOrThrow();

    private static DemandeDAide Etat(Resultat<Evolution<DemandeDAide>> r) => r.GetValueOrThrow().Etat;

    [Fact]
    public void Le_changement_de_statut_enumere_les_pieces_demandees()
    {
        var d = Etat(Etat(Deposer(AidesDeReference.Projets, 100m, FormeAide.Subvention).Instruire(Depot)).DemanderDesPieces(Depot.PlusDays(1), ["Devis", "Facture"]));
        var texte = d.Historique.OfType<ChangementDeStatut>().Last().ToString();
        Assert.Contains("pièces demandées : Devis, Facture", texte, StringComparison.Ordinal);
        Assert.StartsWith("02/03/2022 : ", texte, StringComparison.Ordinal);
        Assert.DoesNotContain("ImmutableArray", texte, StringComparison.Ordinal);
    }

    [Fact]
    public void Cycle_complet_d_un_pret()
    {
        var d = Deposer(AidesDeReference.EquipementMenager, 1000m, FormeAide.Pret);
        d = Etat(d.Instruire(Depot.PlusDays(2)));
        d = Etat(d.DemanderDesPieces(Depot.PlusDays(3), ["Devis", "Avis d'imposition"]));
        Assert.Equal(StatutDemande.EnAttenteDePieces, d.Statut);
        Assert.Equal(2, d.PiecesAttendues.Length);
        d = Etat(d.RecevoirLesPieces(Depot.PlusDays(10)));
        d = Etat(d.Accorder(Depot.PlusDays(15), Montant.FromEuros(1000m), FormeAide.Pret));
        d = Etat(d.Decaisser(Depot.PlusDays(20), 3, new LocalDate(2022, 4, 5), new RetenueSurPrestations(Montant.FromEuros(500m))));
        Assert.Equal(StatutDemande.EnRemboursement, d.Statut);
        d = Etat(d.Rembourser(new LocalDate(2022, 4, 5), Montant.FromEuros(333.33m), parRetenue: true));
        d = Etat(d.Rembourser(new LocalDate(2022, 5, 5), Montant.FromEuros(333.33m), parRetenue: true));
        d = Etat(d.Rembourser(new LocalDate(2022, 6, 5), Montant.FromEuros(333.34m), parRetenue: true));
        Assert.Equal(StatutDemande.Soldee, d.Statut);
        Assert.Equal(Montant.Zero, d.Pret!.Solde);
        Assert.Equal(FormeAide.Pret, d.PourLeBilan()!.Forme);
        Assert.DoesNotContain("1234567", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cycle_d_une_subvention_ajournee_puis_reprise()
    {
        var d = Etat(Deposer(AidesDeReference.VacancesFamiliales, 460m, FormeAide.Subvention).Instruire(Depot));
        d = Etat(d.Ajourner(Depot.PlusDays(5), "Commission du mois suivant"));
        Assert.Equal(StatutDemande.Ajournee, d.Statut);
        d = Etat(d.Reprendre(Depot.PlusDays(30)));
        d = Etat(d.Accorder(Depot.PlusDays(31), Montant.FromEuros(400m), FormeAide.Subvention));
        d = Etat(d.Verser(Depot.PlusDays(40)));
        Assert.Equal(StatutDemande.Versee, d.Statut);
        Assert.Equal(Montant.FromEuros(400m), d.PourLeBilan()!.Montant);
    }

    public static TheoryData<string, Func<DemandeDAide, Resultat<Evolution<DemandeDAide>>>> CommandesRefusees => new()
    {
        { "aides.demande.montant_accorde", d => d.Accorder(Depot.PlusDays(5), Montant.FromEuros(1000.01m), FormeAide.Pret) },
        { "aides.demande.chronologie", d => d.Accorder(Depot.PlusDays(-1), Montant.FromEuros(500m), FormeAide.Pret) },
        { "aides.demande.chronologie", d => d.Refuser(Depot.PlusDays(1), "trop tôt") },
        { "aides.demande.motif", d => d.Refuser(Depot.PlusDays(5), " ") },
        { "aides.demande.forme", d => d.Accorder(Depot.PlusDays(5), Montant.FromEuros(500m), FormeAide.Service) },
        { "aides.demande.transition", d => d.Verser(Depot.PlusDays(5)) },
        { "aides.demande.transition", d => d.Instruire(Depot.PlusDays(5)) },
        { "aides.demande.transition", d => d.Rembourser(Depot.PlusDays(5), Montant.FromEuros(1m)) },
        { "aides.demande.montant_accorde", d => d.Accorder(Depot.PlusDays(5), Montant.Zero, FormeAide.Subvention) },
    };

    [Theory]
    [MemberData(nameof(CommandesRefusees))]
    public void Une_commande_refusee_renvoie_la_regle_et_ne_change_rien(string code, Func<DemandeDAide, Resultat<Evolution<DemandeDAide>>> commande)
    {
        var d = Etat(Deposer(AidesDeReference.EquipementMenager, 1000m, FormeAide.Pret).Instruire(Depot.PlusDays(2)));
        var historique = d.Historique;
        var r = commande(d);
        Assert.Equal(code, Assert.Single(r.Erreurs).Code);
        Assert.Equal(StatutDemande.EnInstruction, d.Statut);
        Assert.Equal(historique, d.Historique);
        Assert.Null(d.MontantAccorde);
    }

    [Property(MaxTest = 200)]
    public Property Le_montant_accorde_ne_depasse_jamais_le_montant_demande_ni_la_decision_la_demande() =>
        Prop.ForAll(
            Gen.Choose(1, 300_000).ToArbitrary(),
            Gen.Choose(-100_000, 400_000).ToArbitrary(),
            Gen.Choose(-60, 60).ToArbitrary(),
            (demande, accorde, jours) =>
            {
                var d = Etat(DemandeDAide.Deposer("X", Numero, AidesDeReference.EquipementMenager, Montant.FromCentimes(demande), FormeAide.Pret, Depot).GetValueOrThrow().Instruire(Depot));
                var r = d.Accorder(Depot.PlusDays(jours), Montant.FromCentimes(accorde), FormeAide.Pret);
                var attendu = accorde > 0 && accorde <= demande && jours >= 0;
                return r.Reussi == attendu
                    && (!r.Reussi || (r.GetValueOrThrow().Etat.MontantAccorde <= d.MontantDemande && r.GetValueOrThrow().Evenement.Date >= d.DateDepot))
                    && d.Statut == StatutDemande.EnInstruction;
            });

    [Fact]
    public void Une_demande_de_pieces_sans_piece_est_refusee() =>
        Assert.Equal("aides.demande.motif", Assert.Single(Etat(Deposer(AidesDeReference.Projets, 100m, FormeAide.Subvention).Instruire(Depot)).DemanderDesPieces(Depot, [" "]).Erreurs).Code);

    [Fact]
    public void Un_depot_invalide_rapporte_toutes_ses_erreurs()
    {
        var r = DemandeDAide.Deposer(" ", default, AidesDeReference.VacancesFamiliales, Montant.Zero, FormeAide.Pret, Depot);
        Assert.Equal(["aides.demande.identifiant", "aides.demande.numero", "aides.demande.forme", "aides.demande.montant_demande"], r.Erreurs.Select(e => e.Code).ToArray());
    }

    [Fact]
    public void L_instruction_reporte_les_decisions_sur_l_enveloppe()
    {
        var enveloppe = new EnveloppePartagee(EnveloppeBudgetaire.Create("401", 2022, Montant.FromEuros(1200m)).GetValueOrThrow());
        var a = Etat(Deposer(AidesDeReference.EquipementMenager, 1000m, FormeAide.Pret, "A").Instruire(Depot));
        var b = Etat(Deposer(AidesDeReference.Projets, 500m, FormeAide.Subvention, "B").Instruire(Depot));
        a = Etat(InstructionDesAides.Accorder(a, enveloppe, Depot.PlusDays(1), Montant.FromEuros(1000m), FormeAide.Pret));
        var refus = InstructionDesAides.Accorder(b, enveloppe, Depot.PlusDays(1), Montant.FromEuros(500m), FormeAide.Subvention);
        Assert.Contains("200,00 €", Assert.Single(refus.Erreurs).Message, StringComparison.Ordinal);
        Assert.Equal(StatutDemande.EnInstruction, b.Statut);
        b = Etat(InstructionDesAides.Accorder(b, enveloppe, Depot.PlusDays(1), Montant.FromEuros(200m), FormeAide.Subvention));
        a = Etat(InstructionDesAides.Decaisser(a, enveloppe, Depot.PlusDays(2), 40, Depot.PlusMonths(1)));
        b = Etat(InstructionDesAides.Verser(b, enveloppe, Depot.PlusDays(2)));
        a = Etat(InstructionDesAides.Rembourser(a, enveloppe, Depot.PlusMonths(1), Montant.FromEuros(25m)));
        var e = enveloppe.Etat;
        Assert.Equal(Montant.FromEuros(1200m), e.Consomme);
        Assert.Equal(Montant.FromEuros(1000m), e.CapitalPrete);
        Assert.Equal(Montant.FromEuros(25m), e.Remboursements);
        Assert.Equal(StatutDemande.Versee, b.Statut);
    }

    [Property(MaxTest = 100)]
    public Property L_historique_partage_reste_celui_de_chaque_etat_meme_apres_des_branches() =>
        Prop.ForAll(Gen.Choose(0, 1000).ArrayOf().ToArbitrary(), parents =>
        {
            var d = Deposer(AidesDeReference.EquipementMenager, 1000m, FormeAide.Pret);
            d = Etat(Etat(Etat(d.Instruire(Depot)).Accorder(Depot, Montant.FromEuros(1000m), FormeAide.Pret)).Decaisser(Depot, 12, new LocalDate(2022, 4, 5)));
            var etats = new List<DemandeDAide> { d };
            var attendus = new List<List<EvenementAide>> { d.Historique.ToList() };
            foreach (var p in parents)
            {
                // Un état déjà prolongé est prolongé une seconde fois (branche) une fois sur deux.
                var i = p % 2 == 0 ? etats.Count - 1 : p % etats.Count;
                var e = etats[i].Rembourser(Depot.PlusDays(1), Montant.FromCentimes(1 + (p % 7))).GetValueOrThrow();
                etats.Add(e.Etat);
                attendus.Add([.. attendus[i], e.Evenement]);
            }

            return etats.Zip(attendus).All(x => x.First.Historique.SequenceEqual(x.Second) && x.First.DateDernierEvenement == x.Second[^1].Date);
        });
}

/// <summary>Les événements des aides s'écrivent en français, datés au format français.</summary>
public sealed class EvenementsDesAidesEnFrancaisTest
{
    private static readonly string[] Anglais = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "ImmutableArray", "{ "];

    private static bool EnFrancais(EvenementAide e)
    {
        var texte = e.ToString();
        return System.Text.RegularExpressions.Regex.IsMatch(texte, @"^\d{2}/\d{2}/\d{4} : ")
            && !Anglais.Any(a => texte.Contains(a, StringComparison.Ordinal))
            && !texte.Contains(": " + e.GetType().Name, StringComparison.Ordinal);
    }

    [Property(MaxTest = 100)]
    public bool Chaque_evenement_d_une_demande_s_ecrit_en_francais(DemandeDAide demande) => demande.Historique.All(EnFrancais);

    [Property(MaxTest = 100)]
    public bool Chaque_mouvement_d_un_pret_s_ecrit_en_francais(Pret pret) => pret.Mouvements.All(EnFrancais);
}
