namespace Caf.Accompagnement.Tests;

public sealed class ErreurTest
{
    [Fact]
    public void Texte_lisible_avec_ligne_champ_valeur_et_code()
    {
        var e = new Erreur("commune.code.format", "code_insee", "4O001", "Caractère invalide.", 3);
        Assert.Equal("ligne 3, champ « code_insee », valeur « 4O001 » : Caractère invalide. [commune.code.format]", e.ToString());
        Assert.Equal(e, e.ALigne(3));
        Assert.NotEqual(e, e.ALigne(4));
        Assert.Equal("$.foyers[2]", e.AuChemin("$.foyers[2]").Chemin);
    }

    [Fact]
    public void Erreurs_jamais_vide_et_programmation_refusee()
    {
        Assert.Throws<ArgumentException>(() => new Erreurs(Array.Empty<Erreur>()));
        Assert.Throws<ArgumentException>(() => new Erreur("", "c", null, "m"));
        Assert.Throws<ArgumentException>(() => new Erreur("c", "c", null, "m", 0));
    }

    [Fact]
    public void Resultat_succes_et_echec()
    {
        Resultat<Montant> ok = Montant.FromEuros(3m);
        Assert.True(ok.Reussi);
        Assert.Empty(ok.Erreurs);
        Assert.Equal(Montant.FromEuros(6m), ok.Select(m => m * 2).Valeur);

        var ko = Montant.Create("x", "prix");
        Assert.False(ko.TryGetValue(out _));
        var ex = Assert.Throws<InvalidOperationException>(() => ko.GetValueOrThrow());
        Assert.Contains("prix", ex.Message, StringComparison.Ordinal);
        Assert.False(ko.Bind(m => Resultat<int>.Succes(1)).Reussi);
        Assert.Equal("montant.format", ko.Match(_ => "ok", e => e[0].Code));
    }
}
