using System.Text;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Json;

// Chaque document JSON s'écrit et se lit aussi par flux (synchrone et asynchrone) : mêmes octets, même résultat.
public sealed class FluxJsonTest
{
    private static readonly LocalDate Reference = new(2022, 6, 30);

    private static byte[] Octets(Action<Stream> ecrire)
    {
        using var m = new MemoryStream();
        ecrire(m);
        return m.ToArray();
    }

    private static MemoryStream Flux(string json) => new(Encoding.UTF8.GetBytes(json));

    // Écrire par flux donne les mêmes octets que la chaîne ; lire par flux (synchrone et asynchrone) redonne le même document.
    private static bool AllerRetour<T>(T valeur, Func<T, string> ecrire, Action<T, Stream> ecrireFlux, Func<T, Stream, Task> ecrireAsync,
        Func<Stream, Resultat<T>> lire, Func<Stream, Task<Resultat<T>>> lireAsync)
        where T : notnull
    {
        var texte = ecrire(valeur);
        var octets = Octets(s => ecrireFlux(valeur, s));
        var asynchrone = Octets(s => ecrireAsync(valeur, s).GetAwaiter().GetResult());
        var relu = lire(new MemoryStream(octets)).GetValueOrThrow();
        var reluAsync = lireAsync(new MemoryStream(octets)).GetAwaiter().GetResult().GetValueOrThrow();
        return Encoding.UTF8.GetString(octets) == texte && asynchrone.SequenceEqual(octets)
            && ecrire(relu) == texte && ecrire(reluAsync) == texte;
    }

    [Property(MaxTest = 20)]
    public Property Parcours_par_flux() => Prop.ForAll(GenerateursCaf.Parcours().Select(p => p.Parcours).ToArbitrary(), p =>
        AllerRetour(p, ParcoursJson.Ecrire, ParcoursJson.Ecrire, (x, s) => ParcoursJson.EcrireAsync(x, s), s => ParcoursJson.Lire(s), s => ParcoursJson.LireAsync(s)));

    [Property(MaxTest = 20)]
    public Property Prets_par_flux() => Prop.ForAll(GenerateursCaf.Pret.ToArbitrary(), p =>
        AllerRetour(p, PretsJson.Ecrire, PretsJson.Ecrire, (x, s) => PretsJson.EcrireAsync(x, s), PretsJson.Lire, s => PretsJson.LireAsync(s)));

    [Property(MaxTest = 20)]
    public Property Demandes_par_flux() => Prop.ForAll(GenerateursCaf.DemandeDAide().ToArbitrary(), d =>
        AllerRetour(d, DemandesJson.Ecrire, DemandesJson.Ecrire, (x, s) => DemandesJson.EcrireAsync(x, s), s => DemandesJson.Lire(s), s => DemandesJson.LireAsync(s)));

    [Property(MaxTest = 20)]
    public Property Enveloppes_par_flux() => Prop.ForAll(GenerateursCaf.EnveloppeBudgetaire.ToArbitrary(), e =>
        AllerRetour(e, EnveloppesJson.Ecrire, EnveloppesJson.Ecrire, (x, s) => EnveloppesJson.EcrireAsync(x, s), EnveloppesJson.Lire, s => EnveloppesJson.LireAsync(s)));

    [Property(MaxTest = 10)]
    public Property Campagnes_par_flux() => Prop.ForAll(GenerateursCaf.Campagne(Reference).ToArbitrary(), c =>
        AllerRetour(c, CampagnesJson.Ecrire, CampagnesJson.Ecrire, (x, s) => CampagnesJson.EcrireAsync(x, s), CampagnesJson.Lire, s => CampagnesJson.LireAsync(s)));

    [Property(MaxTest = 5)]
    public Property Cartes_par_flux() => Prop.ForAll(GenerateursCaf.CarteDesSecteurs().ToArbitrary(), c =>
        AllerRetour(c, CartesJson.Ecrire, CartesJson.Ecrire, (x, s) => CartesJson.EcrireAsync(x, s), s => CartesJson.Lire(s), s => CartesJson.LireAsync(s)));

    [Property(MaxTest = 10)]
    public Property Journaux_par_flux() => Prop.ForAll(GenerateursCaf.Journal(new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31))).ToArbitrary(), j =>
        AllerRetour(j, JournauxJson.Ecrire, JournauxJson.Ecrire, (x, s) => JournauxJson.EcrireAsync(x, s), s => JournauxJson.Lire(s), s => JournauxJson.LireAsync(s)));

    [Property(MaxTest = 20)]
    public Property Foyers_par_flux() => Prop.ForAll(GenerateursCaf.Foyer(Reference).ArrayOf().ToArbitrary(), foyers =>
    {
        var texte = FoyersJson.Ecrire(foyers);
        var octets = Octets(s => FoyersJson.Ecrire(foyers, s));
        var relu = FoyersJson.Lire(new MemoryStream(octets)).GetValueOrThrow();
        var reluAsync = FoyersJson.LireAsync(new MemoryStream(octets)).GetAwaiter().GetResult().GetValueOrThrow();
        return Encoding.UTF8.GetString(octets) == texte && FoyersJson.Ecrire(relu) == texte && FoyersJson.Ecrire(reluAsync) == texte;
    });

    [Fact]
    public void Les_exports_sans_lecture_s_ecrivent_aussi_par_flux()
    {
        var bilan = Gen.Sample(GenerateursCaf.BilanAnnuel(2022), 1)[0];
        Assert.Equal(BilansJson.Ecrire(bilan), Encoding.UTF8.GetString(Octets(s => BilansJson.Ecrire(bilan, s))));
    }

    [Fact]
    public async Task Un_flux_mal_forme_ou_mal_encode_donne_une_erreur_jamais_une_exception()
    {
        byte[][] flux = [[0xFF, 0xFE, 0x7B], [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D], Encoding.UTF8.GetBytes("{\"version\":1,"), [], Encoding.UTF8.GetBytes("null")];
        foreach (var octets in flux)
        {
            Assert.False(ParcoursJson.Lire(new MemoryStream(octets)).Reussi);
            Assert.False((await PretsJson.LireAsync(new MemoryStream(octets))).Reussi);
            Assert.False(FoyersJson.Lire(new MemoryStream(octets)).Reussi);
        }

        Assert.Contains(FoyersJson.Lire(Flux("{\"version\":1,\"foyers\":null}")).Erreurs, e => e.Code == "json.absent");
    }

    [Fact]
    public void Une_campagne_s_exporte_sans_explications_mais_ne_se_relit_pas_ainsi()
    {
        var campagne = Gen.Sample(GenerateursCaf.Campagne(Reference).Where(c => c.Contacts.Length > 0), 1)[0];
        var complet = Octets(s => CampagnesJson.Ecrire(campagne, s, avecExplications: true));
        var sans = Octets(s => CampagnesJson.Ecrire(campagne, s, avecExplications: false));
        Assert.Equal(CampagnesJson.Ecrire(campagne), Encoding.UTF8.GetString(complet));
        Assert.True(sans.Length < complet.Length / 2, $"{sans.Length} octets sans explications, {complet.Length} avec");
        Assert.DoesNotContain("contribution", Encoding.UTF8.GetString(sans), StringComparison.Ordinal);
        Assert.Contains(CampagnesJson.Lire(new MemoryStream(sans)).Erreurs, e => e.Code == "json.absent");
    }
}
