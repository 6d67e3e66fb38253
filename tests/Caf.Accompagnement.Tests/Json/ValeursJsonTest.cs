using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Testing;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Json;

/// <summary>Chaque valeur publique fait l'aller-retour JSON par son convertisseur ; une valeur mal formée est refusée.</summary>
public sealed class ValeursJsonTest
{
    private static readonly JsonSerializerOptions Options = new();

    internal static string Ecrire<T>(JsonConverter<T> convertisseur, T valeur)
    {
        using var flux = new MemoryStream();
        using (var writer = new Utf8JsonWriter(flux))
        {
            convertisseur.Write(writer, valeur, Options);
        }

        return Encoding.UTF8.GetString(flux.ToArray());
    }

    internal static T Lire<T>(JsonConverter<T> convertisseur, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return convertisseur.Read(ref reader, typeof(T), Options)!;
    }

    private static bool AllerRetour<T>(JsonConverter<T> convertisseur, T valeur) =>
        EqualityComparer<T>.Default.Equals(Lire(convertisseur, Ecrire(convertisseur, valeur)), valeur);

    [Property(MaxTest = 300)]
    public Property Montant_exact_en_euros() =>
        Prop.ForAll(GenerateursCaf.Montant.ToArbitrary(), m =>
            AllerRetour(new MontantJsonConverter(), m) && Ecrire(new MontantJsonConverter(), m) == m.Euros.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Property(MaxTest = 300)]
    public Property Date_iso() =>
        Prop.ForAll(GenerateursCaf.Date.ToArbitrary(), d => AllerRetour(new LocalDateJsonConverter(), d) && Ecrire(new LocalDateJsonConverter(), d) == $"\"{Dates.FormaterIso(d)}\"");

    [Property(MaxTest = 300)]
    public Property Numero_allocataire_et_commune() =>
        Prop.ForAll(GenerateursCaf.NumeroAllocataire.ToArbitrary(), GenerateursCaf.CodeCommune.ToArbitrary(), (n, c) =>
            AllerRetour(new NumeroAllocataireJsonConverter(), n) && AllerRetour(new CodeCommuneJsonConverter(), c));

    private static readonly Gen<string> Texte =
        Gen.Elements("commune.code.format", "é", "\"guillemets\"", "ligne\nsuivante", "$.foyers[3].commune", "x", "Valeur attendue entre 1 et 10.", "\u00A0€");

    private static readonly Gen<Erreur> Erreurs =
        from code in Texte
        from champ in Texte
        from valeur in Gen.OneOf(Gen.Constant<string?>(null), Texte.Select(t => (string?)t), Gen.Constant<string?>(string.Empty))
        from message in Texte
        from ligne in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, 1_000_000).Select(l => (int?)l))
        from chemin in Gen.OneOf(Gen.Constant<string?>(null), Texte.Select(t => (string?)t))
        select new Erreur(code, champ, valeur, message, ligne, chemin);

    [Property(MaxTest = 300)]
    public Property Erreur_avec_sa_position() =>
        Prop.ForAll(Erreurs.ToArbitrary(), e => AllerRetour(new ErreurJsonConverter(), e));

    /// <summary>Toutes les énumérations du domaine (types publics dérivés de <see cref="EnumerationCaf{TSelf}"/>).</summary>
    public static TheoryData<string> Enumerations()
    {
        var donnees = new TheoryData<string>();
        foreach (var t in TypesEnumeres())
        {
            donnees.Add(t.FullName!);
        }

        return donnees;
    }

    private static IEnumerable<Type> TypesEnumeres() =>
        typeof(Montant).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(EnumerationCaf<>))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Fact]
    public void Les_enumerations_sont_trouvees() => Assert.True(TypesEnumeres().Count() >= 20);

    [Theory]
    [MemberData(nameof(Enumerations))]
    public void Chaque_valeur_d_enumeration_par_son_code(string type)
    {
        var t = typeof(Montant).Assembly.GetType(type)!;
        typeof(ValeursJsonTest).GetMethod(nameof(VerifierEnumeration), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(t).Invoke(null, null);
    }

    private static void VerifierEnumeration<T>()
        where T : EnumerationCaf<T>, IEnumerationCaf<T>
    {
        var convertisseur = new EnumerationCafJsonConverter<T>();
        Assert.NotEmpty(T.Toutes);
        foreach (var valeur in T.Toutes)
        {
            var json = Ecrire(convertisseur, valeur);
            Assert.Equal($"\"{valeur.Code}\"", json);
            Assert.Same(valeur, Lire(convertisseur, json));
        }

        var ex = Assert.Throws<JsonException>(() => Lire(convertisseur, "\"CODE_INCONNU\""));
        Assert.Contains(T.NomDuType, ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Throws<JsonException>(() => Lire(convertisseur, "12"));
    }

    [Theory]
    [InlineData("1.234")]
    [InlineData("\"douze\"")]
    [InlineData("true")]
    public void Montant_mal_forme(string json) => Assert.Throws<JsonException>(() => Lire(new MontantJsonConverter(), json));

    [Theory]
    [InlineData("\"2022-02-30\"")]
    [InlineData("\"30/06/2022\"")]
    [InlineData("20220630")]
    public void Date_mal_formee(string json) => Assert.Throws<JsonException>(() => Lire(new LocalDateJsonConverter(), json));

    [Theory]
    [InlineData("\"12\"")]
    [InlineData("1234567")]
    public void Numero_mal_forme_sans_le_divulguer(string json)
    {
        var ex = Assert.Throws<JsonException>(() => Lire(new NumeroAllocataireJsonConverter(), json));
        Assert.DoesNotContain("1234567", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"code":"x","champ":"y"}""")]
    [InlineData("""{"code":"x","champ":"y","message":"m","ligne":0}""")]
    [InlineData("""{"code":"x","champ":"y","message":"m","autre":1}""")]
    [InlineData("""["x"]""")]
    public void Erreur_mal_formee(string json) => Assert.Throws<JsonException>(() => Lire(new ErreurJsonConverter(), json));

    [Fact]
    public void Commune_mal_formee() => Assert.Throws<JsonException>(() => Lire(new CodeCommuneJsonConverter(), "\"4O192\""));
}
