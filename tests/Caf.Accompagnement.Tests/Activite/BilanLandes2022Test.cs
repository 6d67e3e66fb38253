using System.Globalization;
using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Foyers;
using Sylvan.Data.Csv;

namespace Caf.Accompagnement.Tests.Activite;

/// <summary>Le bilan 2022 de l'accompagnement social de la Caf des Landes, reproduit depuis un journal.</summary>
public sealed class BilanLandes2022Test
{
    private static readonly Lazy<BilanAnnuel> Bilan = new(() => BilanAnnuel.Etablir(JournalLandes.Construire(), 2022).Valeur);

    [Fact]
    public void Interventions_et_evolution_sur_2021()
    {
        var b = Bilan.Value;
        Assert.Equal(2243, b.Chiffres.Interventions);
        Assert.Equal(1885, b.ChiffresPrecedents!.Interventions);
        Assert.Equal(19, b.EvolutionDesInterventions);
        Assert.Equal("+19 %", Evolution.Formater(2243, 1885));
    }

    [Fact]
    public void Nouvelles_demandes_par_motif()
    {
        var c = Bilan.Value.Chiffres;
        Assert.Equal(3310, c.NouvellesDemandes);
        Assert.Equal(1950, c.NouvellesDemandesPour(Motif.Parentalite));
        Assert.Equal(1218, c.NouvellesDemandesPour(Motif.Insertion));
        Assert.Equal(142, c.NouvellesDemandesPour(Motif.ImpayesDeLoyer));
        Assert.Equal(0, c.NouvellesDemandesPour(Motif.Autre));
    }

    [Fact]
    public void Rendez_vous_lies_a_la_separation_seances_et_contrats()
    {
        var b = Bilan.Value;
        Assert.Equal(1345, b.Chiffres.RendezVous(StatutDeRendezVous.Tenu, TypeEvenement.Separation));
        Assert.Equal(887, b.ChiffresPrecedents!.RendezVous(StatutDeRendezVous.Tenu, TypeEvenement.Separation));
        Assert.Equal(1345, b.Chiffres.RendezVous(StatutDeRendezVous.Tenu, TypeEvenement.Separation, OrigineDeRendezVous.AppelSortant));
        Assert.Equal(120, b.Chiffres.RendezVous(StatutDeRendezVous.NonHonore));
        Assert.Equal(3, b.Chiffres.Seances(ThemeDeSeance.Pals, ModaliteDeSeance.Presentiel));
        Assert.Equal(1, b.Chiffres.Seances(ThemeDeSeance.Pals, ModaliteDeSeance.Webinaire));
        Assert.Equal(342, b.Chiffres.ContratsSignes);
        Assert.Equal(342, b.Chiffres.ContratsSignesSelon(RegimeContrat.ContratEngagementsReciproques));
        Assert.Equal(0, b.Chiffres.SignaturesTardives);
    }

    [Fact]
    public void Aides_par_type_categorie_et_forme()
    {
        var b = Bilan.Value;
        var a = b.Aides;
        Assert.Equal(1411, a.TotalVersees.Nombre);
        Assert.Equal(Montant.FromEuros(448_428m), a.TotalVersees.Montant);
        Assert.Equal(1151, b.AidesPrecedentes!.TotalVersees.Nombre);
        Assert.Equal(1114, a.DeLaCategorie(CategorieAide.CoupDePouce).Nombre);
        Assert.Equal(867, b.AidesPrecedentes.DeLaCategorie(CategorieAide.CoupDePouce).Nombre);
        Assert.Equal(414, a.DuType(AidesDeReference.Projets).Nombre);
        Assert.Equal(77, a.DuType(AidesDeReference.VacancesFamiliales).Nombre);
        Assert.Equal(56, a.DuType(AidesDeReference.VacancesSociales).Nombre);
        Assert.Equal(456, a.DuType(AidesDeReference.GardeHorairesDecales).Nombre);
        Assert.Equal(98, a.DuType(AidesDeReference.Jeunes).Nombre);
        Assert.Equal(13, a.DuType(AidesDeReference.Urgence).Nombre);
        var cadre = a.DeLaCategorie(CategorieAide.CadreDeVie);
        Assert.Equal((293, Montant.FromEuros(121_519m), Montant.FromEuros(101_575m)), (cadre.Nombre, cadre.Montant, cadre.MontantEnPrets));
        Assert.Equal(278, a.DuType(AidesDeReference.EquipementMenager).Nombre);
        Assert.Equal(4, a.DeLaCategorie(CategorieAide.PrecariteEnergetique).Nombre);
        Assert.Equal(132, a.DeLaCategorie(CategorieAide.Services).Nombre);
        Assert.Equal(50, a.DuType(AidesDeReference.ControleDecence).Nombre);

        // Les compteurs du journal s'accordent avec le bilan du module des aides.
        Assert.Equal(new TotalDAides(1411, Montant.FromEuros(448_428m)), b.Chiffres.AidesIndividuellesVersees);
        Assert.Equal(Montant.FromEuros(101_575m), b.Chiffres.AidesVersees(forme: FormeAide.Pret).Montant);
        Assert.Equal(1151, b.ChiffresPrecedents!.AidesIndividuellesVersees.Nombre);
    }

    [Theory]
    [InlineData("2243 interventions, soit +19 % par rapport à 2021")]
    [InlineData("3310 nouvelles demandes dont 1950 pour la parentalité, 1218 pour l'insertion et 142 pour des impayés de loyer")]
    [InlineData("1345 rendez-vous liés à la séparation tenus en 2022 (887 en 2021)")]
    [InlineData("3 infos collectives en présentiel PALS (Parents Après La Séparation) et un webinaire")]
    [InlineData("342 contrats d'engagements réciproques ont été signés en 2022")]
    [InlineData("1411 aides versées pour 448 428 € (1151 aides en 2021)")]
    [InlineData("Coup de pouce : 1114 aides (contre 867 en 2021)")]
    [InlineData("133 séjours de vacances (dont 77 ")]
    [InlineData("Cadre de vie : 293 aides (contre 284 en 2021) pour un montant de 121 519 € (dont 101 575 € en prêts)")]
    public void Le_texte_reprend_les_phrases_du_bilan_publie(string phrase) =>
        Assert.Contains(phrase, Bilan.Value.EnTexte(), StringComparison.Ordinal);

    [Fact]
    public void Les_secteurs_somment_au_departement()
    {
        var b = Bilan.Value;
        Assert.Equal(9, b.Secteurs.Count);
        Assert.Equal(b.Chiffres, ChiffresDActivite.Sommer(b.Secteurs.Select(s => s.Chiffres)));
        Assert.Equal(1411, b.Secteurs.Sum(s => s.Aides.TotalVersees.Nombre));
    }

    [Fact]
    public void Le_markdown_contient_le_tableau_et_les_secteurs()
    {
        var md = Bilan.Value.EnMarkdown();
        Assert.Contains("| Indicateur | 2022 | 2021 | Évolution |", md, StringComparison.Ordinal);
        Assert.Contains("| Interventions | 2243 | 1885 | +19 % |", md, StringComparison.Ordinal);
        Assert.Contains("| **Département** | 2243 | 3310 | 1345 | 4 | 342 | 1411 | 448 428 € |", md, StringComparison.Ordinal);
        var ligneAides = md.Split(Environment.NewLine).Last(l => l.StartsWith("| **Département** | 1114 | ", StringComparison.Ordinal));
        Assert.Contains(" | 293 | 121 519 € | 4 | ", ligneAides, StringComparison.Ordinal);
        Assert.EndsWith("| 132 | 0 € | 101 575 € |" + Environment.NewLine, md, StringComparison.Ordinal);
    }

    [Fact]
    public void L_export_csv_se_relit_et_ses_lignes_somment_aux_totaux()
    {
        using var ecrit = new StringWriter(CultureInfo.InvariantCulture);
        Bilan.Value.EcrireCsv(ecrit);
        using var csv = CsvDataReader.Create(new StringReader(ecrit.ToString()));
        Assert.Equal(BilanAnnuel.ColonnesCsv, Enumerable.Range(0, csv.FieldCount).Select(csv.GetName));
        var lignes = new List<(string Debut, string Perimetre, string Rubrique, string A, long Nombre, decimal Montant)>();
        while (csv.Read())
        {
            lignes.Add((csv.GetString(0), csv.GetString(2), csv.GetString(3), csv.GetString(4), long.Parse(csv.GetString(7), CultureInfo.InvariantCulture), decimal.Parse(csv.GetString(8), CultureInfo.InvariantCulture)));
        }

        long Somme(string debut, Func<string, bool> perimetre, string rubrique) =>
            lignes.Where(l => l.Debut == debut && perimetre(l.Perimetre) && l.Rubrique == rubrique).Sum(l => l.Nombre);

        Assert.Equal(2243, Somme("2022-01-01", p => p == BilanAnnuel.PerimetreDepartement, "INTERVENTION"));
        Assert.Equal(1885, Somme("2021-01-01", p => p == BilanAnnuel.PerimetreDepartement, "INTERVENTION"));
        Assert.Equal(2243, Somme("2022-01-01", p => p != BilanAnnuel.PerimetreDepartement, "INTERVENTION"));
        Assert.Equal(3310, Somme("2022-01-01", p => p == BilanAnnuel.PerimetreDepartement, "DEMANDE"));
        Assert.Equal(342, Somme("2022-01-01", p => p != BilanAnnuel.PerimetreDepartement, "CONTRAT_SIGNE"));
        Assert.Equal(448_428m, lignes.Where(l => l.Debut == "2022-01-01" && l.Perimetre == BilanAnnuel.PerimetreDepartement && l.Rubrique == "AIDE_VERSEE" && l.A != CategorieAide.Services.Code).Sum(l => l.Montant));
    }
}
