using Caf.Accompagnement.Aides;
using NodaTime;

namespace Caf.Accompagnement.Tests.Aides;

public sealed class BilanDesAidesTest
{
    private static readonly LocalDate Date = new(2022, 12, 31);

    /// <summary>Les aides 2022 de la Caf des Landes, dans la structure du bilan publié.</summary>
    internal static List<AideVersee> AidesLandes2022()
    {
        var aides = new List<AideVersee>();

        // Cadre de vie : 293 aides pour 121 519 € dont 101 575 € en prêts (278 équipement ménager et mobilier).
        var prets = Montant.FromEuros(101_575m).Repartir(150);
        var subventionsCadre = Montant.FromEuros(121_519m - 101_575m).Repartir(143);
        for (var i = 0; i < 150; i++)
        {
            aides.Add(AideVersee.Create(AidesDeReference.EquipementMenager, FormeAide.Pret, prets[i], Date).GetValueOrThrow());
        }

        for (var i = 0; i < 143; i++)
        {
            var type = i < 128 ? AidesDeReference.EquipementMenager : AidesDeReference.CadreDeVieAutre;
            aides.Add(AideVersee.Create(type, FormeAide.Subvention, subventionsCadre[i], Date).GetValueOrThrow());
        }

        // Coup de pouce (1 114) et précarité énergétique (4) : le reste des 448 428 €.
        (TypeDAide Type, int Nombre)[] autres =
        [
            (AidesDeReference.Projets, 414), (AidesDeReference.VacancesFamiliales, 77), (AidesDeReference.VacancesSociales, 56),
            (AidesDeReference.GardeHorairesDecales, 456), (AidesDeReference.Jeunes, 98), (AidesDeReference.Urgence, 13),
            (AidesDeReference.PrecariteEnergetique, 4),
        ];
        var reste = Montant.FromEuros(448_428m - 121_519m).Repartir(autres.Sum(a => a.Nombre));
        var k = 0;
        foreach (var (type, nombre) in autres)
        {
            for (var i = 0; i < nombre; i++)
            {
                aides.Add(AideVersee.Create(type, FormeAide.Subvention, reste[k++], Date).GetValueOrThrow());
            }
        }

        // Services : 132 constats techniques de logement, dont 50 contrôles de décence.
        for (var i = 0; i < 132; i++)
        {
            aides.Add(AideVersee.Create(i < 50 ? AidesDeReference.ControleDecence : AidesDeReference.ConstatTechniqueLogement, FormeAide.Service, Montant.Zero, Date).GetValueOrThrow());
        }

        return aides;
    }

    [Fact]
    public void Structure_du_bilan_des_Landes_2022()
    {
        var bilan = BilanDesAides.Calculer(AidesLandes2022());
        Assert.Equal(1411, bilan.TotalVersees.Nombre);
        Assert.Equal(Montant.FromEuros(448_428m), bilan.TotalVersees.Montant);
        Assert.Equal(1114, bilan.DeLaCategorie(CategorieAide.CoupDePouce).Nombre);
        var cadre = bilan.DeLaCategorie(CategorieAide.CadreDeVie);
        Assert.Equal(293, cadre.Nombre);
        Assert.Equal(Montant.FromEuros(121_519m), cadre.Montant);
        Assert.Equal(Montant.FromEuros(101_575m), cadre.MontantEnPrets);
        Assert.Equal(4, bilan.DeLaCategorie(CategorieAide.PrecariteEnergetique).Nombre);
        Assert.Equal(278, bilan.DuType(AidesDeReference.EquipementMenager).Nombre);
        Assert.Equal(133, bilan.DuType(AidesDeReference.VacancesFamiliales).Nombre + bilan.DuType(AidesDeReference.VacancesSociales).Nombre);
        Assert.Equal(132, bilan.DeLaCategorie(CategorieAide.Services).Nombre);
        Assert.Equal(50, bilan.DuType(AidesDeReference.ControleDecence).Nombre);
        Assert.Equal(Montant.FromEuros(101_575m), bilan.DeLaForme(FormeAide.Pret).Montant);
        Assert.Equal(bilan.TotalVersees.Nombre, bilan.ParCategorie.Where(l => l.Code != CategorieAide.Services.Code).Sum(l => l.Nombre));
    }

    [Fact]
    public void Une_forme_non_admise_est_refusee()
    {
        var r = AideVersee.Create(AidesDeReference.VacancesFamiliales, FormeAide.Pret, Montant.FromEuros(100m), Date);
        Assert.Equal("aides.versement.forme", Assert.Single(r.Erreurs).Code);
    }
}
