using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;

namespace Caf.Accompagnement.Tests;

public sealed class EnumerationCafTest
{
    [Fact]
    public void Recherche_par_code_sans_reflexion()
    {
        Assert.Same(Prestation.Rsa, Prestation.FromCode("RSA"));
        Assert.True(TypeEvenement.TryFromCode(" SEPARATION ", out var t));
        Assert.Same(TypeEvenement.Separation, t);
        Assert.Equal(Prestation.Toutes.Count, Prestation.Toutes.Select(p => p.Code).Distinct().Count());
        Assert.Equal(TypeEvenement.Toutes.Select((e, i) => i), TypeEvenement.Toutes.Select(e => e.Rang));
        Assert.Equal(CanalDeContact.Toutes.Select((e, i) => i), CanalDeContact.Toutes.Select(e => e.Bit));
    }

    [Fact]
    public void Code_inconnu_refuse_avec_les_codes_admis()
    {
        var e = Assert.Single(SituationFamiliale.Create("MARIE", "situation").Erreurs);
        Assert.Equal(("code.inconnu", "situation", "MARIE"), (e.Code, e.Champ, e.Valeur));
        Assert.Contains("ISOLE, COUPLE", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Prestation.FromCode("XYZ"));
    }

    [Fact]
    public void Toutes_correspond_a_la_liste_par_reflexion_de_SmartEnum()
    {
        Assert.Equal(Prestation.List.OrderBy(p => p.Code), Prestation.Toutes.OrderBy(p => p.Code));
        Assert.Equal(TypeEvenement.List.OrderBy(p => p.Code), TypeEvenement.Toutes.OrderBy(p => p.Code));
        Assert.Equal(CanalDeContact.List.OrderBy(p => p.Code), CanalDeContact.Toutes.OrderBy(p => p.Code));
        Assert.Equal(RoleDansLeFoyer.List.OrderBy(p => p.Code), RoleDansLeFoyer.Toutes.OrderBy(p => p.Code));
        Assert.Equal(SituationFamiliale.List.OrderBy(p => p.Code), SituationFamiliale.Toutes.OrderBy(p => p.Code));
    }
}
