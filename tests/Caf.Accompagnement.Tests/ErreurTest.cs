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

    [Fact]
    public void Texte_sans_ligne_avec_chemin_et_valeur_absente()
    {
        var e = new Erreur("foyer.numero.absent", "numero", null, "Obligatoire.", chemin: "$.foyers[0]");
        Assert.Equal("$.foyers[0], champ « numero », valeur absente : Obligatoire. [foyer.numero.absent]", e.ToString());
        Assert.Equal("champ « x », valeur «  » : m [c]", new Erreur("c", "x", "", "m").ToString());
    }

    [Fact]
    public void Egalite_champ_par_champ()
    {
        var e = new Erreur("c", "champ", "v", "m", 2, "$.a");
        Assert.Equal(e, new Erreur("c", "champ", "v", "m", 2, "$.a"));
        Assert.Equal(e.GetHashCode(), new Erreur("c", "champ", "v", "m", 2, "$.a").GetHashCode());
        Assert.True(e.Equals((object)new Erreur("c", "champ", "v", "m", 2, "$.a")));
        Assert.NotEqual(e, new Erreur("d", "champ", "v", "m", 2, "$.a"));
        Assert.NotEqual(e, new Erreur("c", "autre", "v", "m", 2, "$.a"));
        Assert.NotEqual(e, new Erreur("c", "champ", "w", "m", 2, "$.a"));
        Assert.NotEqual(e, new Erreur("c", "champ", "v", "n", 2, "$.a"));
        Assert.NotEqual(e, new Erreur("c", "champ", "v", "m", 3, "$.a"));
        Assert.NotEqual(e, new Erreur("c", "champ", "v", "m", 2, "$.b"));
        Assert.False(e.Equals(null));
        Assert.False(e.Equals("c"));
    }

    [Fact]
    public void Les_copies_ne_changent_qu_un_champ()
    {
        var e = new Erreur("c", "champ", "v", "m", 2, "$.a");
        Assert.Equal(new Erreur("c", "champ", "v", "m", 5, "$.a"), e.ALigne(5));
        Assert.Equal(new Erreur("c", "champ", "v", "m", 2, "$.b"), e.AuChemin("$.b"));
        Assert.Equal(new Erreur("c", "valeur", "v", "m", 2, "$.a"), e.PourChamp("valeur"));
    }

    [Theory]
    [InlineData(" ", "champ", "m")]
    [InlineData("c", " ", "m")]
    [InlineData("c", "champ", " ")]
    public void Code_champ_et_message_obligatoires(string code, string champ, string message) =>
        Assert.Throws<ArgumentException>(() => new Erreur(code, champ, null, message));

    [Fact]
    public void Ligne_un_acceptee() => Assert.Equal(1, new Erreur("c", "champ", null, "m", 1).Ligne);

    [Fact]
    public void Liste_d_erreurs()
    {
        var a = new Erreur("a", "x", null, "m");
        var b = new Erreur("b", "y", null, "m");
        var liste = new Erreurs(a).Ajouter(new Erreurs(b));
        Assert.Equal(2, liste.Count);
        Assert.Same(b, liste[1]);
        Assert.Equal(new[] { a, b }, liste.AsEnumerable());
        Assert.Equal(new int?[] { 3, 3 }, liste.ALigne(3).Select(e => e.Ligne));
        Assert.Equal(new Erreurs(a, b), liste);
        Assert.Equal(new Erreurs(a, b).GetHashCode(), liste.GetHashCode());
        Assert.NotEqual(new Erreurs(b, a), liste);
        Assert.NotEqual(new Erreurs(a, b).GetHashCode(), new Erreurs(a).GetHashCode());
        Assert.False(liste.Equals(null));
        Assert.True(liste.Equals((object)new Erreurs(a, b)));
        Assert.Equal(a + Environment.NewLine + b, liste.ToString());
        Assert.Throws<ArgumentException>(() => new Erreurs(a, null!));
        Assert.Throws<ArgumentNullException>(() => new Erreurs((IEnumerable<Erreur>)null!));
        Assert.Equal(2, ((System.Collections.IEnumerable)liste).Cast<Erreur>().Count());
    }

    [Fact]
    public void Resultat_programmation_refusee_et_texte()
    {
        Assert.Throws<ArgumentNullException>(() => Resultat<string>.Succes(null!));
        Assert.Throws<ArgumentNullException>(() => Resultat<string>.Echec((Erreur)null!));
        Assert.Throws<ArgumentNullException>(() => Resultat<string>.Echec((Erreurs)null!));
        Assert.Throws<ArgumentNullException>(() => Resultat<string>.Succes("a").Select<int>(null!));
        Assert.Throws<ArgumentNullException>(() => Resultat<string>.Succes("a").Bind<int>(null!));
        var erreur = new Erreur("c", "x", null, "m");
        Resultat<string> ko = new Erreurs(erreur);
        Assert.Equal("Échec :" + Environment.NewLine + erreur, ko.ToString());
        Assert.Equal("Succès : a", Resultat<string>.Succes("a").ToString());
        Assert.Equal(erreur, Assert.Single(ko.Select(s => s.Length).Erreurs));
        Assert.Equal(erreur, Assert.Single(Resultat<int>.Echec(new List<Erreur> { erreur }).Erreurs));
        Assert.Equal(2, Resultat<string>.Succes("ab").Bind(s => Resultat<int>.Succes(s.Length)).Valeur);
        Assert.True(Resultat<string>.Succes("a").TryGetValue(out var v) && v == "a");
        Assert.Equal("L'opération a échoué :" + Environment.NewLine + erreur, Assert.Throws<InvalidOperationException>(() => ko.Valeur).Message);
    }

    [Fact]
    public void Liste_d_erreurs_nulle_refusee_comme_erreur_de_programmation() =>
        Assert.Throws<ArgumentNullException>(() => new Erreurs((IEnumerable<Erreur>)null!));
}
