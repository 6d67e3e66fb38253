using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Caf.Accompagnement.Territoires;
using NodaTime;
using NodaTime.Text;

namespace Caf.Accompagnement.Json;

/// <summary>Écrit un <see cref="Montant"/> comme un nombre décimal exact en euros (<c>1645.58</c>) ; lit un nombre ou une chaîne.</summary>
public sealed class MontantJsonConverter : JsonConverter<Montant>
{
    /// <inheritdoc/>
    public override Montant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var euros))
        {
            var r = Montant.Create(euros);
            return r.TryGetValue(out var m) ? m : throw new JsonException(r.Erreurs[0].Message);
        }

        if (reader.TokenType == JsonTokenType.String && Montant.TryParse(reader.GetString(), out var lu))
        {
            return lu;
        }

        throw new JsonException("Montant attendu : nombre en euros avec au plus deux décimales (1645.58).");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Montant value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Euros);
    }
}

/// <summary>Écrit une <see cref="LocalDate"/> au format ISO <c>aaaa-mm-jj</c>.</summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var r = LocalDatePattern.Iso.Parse(reader.GetString()!);
            if (r.Success)
            {
                return r.Value;
            }
        }

        throw new JsonException("Date attendue au format ISO aaaa-mm-jj.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}

/// <summary>Écrit un <see cref="CodeCommune"/> comme sa chaîne de 5 caractères.</summary>
public sealed class CodeCommuneJsonConverter : JsonConverter<CodeCommune>
{
    /// <inheritdoc/>
    public override CodeCommune Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var r = CodeCommune.Create(reader.TokenType == JsonTokenType.String ? reader.GetString() : null);
        return r.TryGetValue(out var c) ? c : throw new JsonException(r.Erreurs[0].Message);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CodeCommune value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}

/// <summary>Écrit un <see cref="NumeroAllocataire"/> en clair sur 7 chiffres (format d'échange : donnée personnelle, à protéger en transit et au repos).</summary>
public sealed class NumeroAllocataireJsonConverter : JsonConverter<NumeroAllocataire>
{
    /// <inheritdoc/>
    public override NumeroAllocataire Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var r = NumeroAllocataire.Create(reader.TokenType == JsonTokenType.String ? reader.GetString() : null);
        return r.TryGetValue(out var n) ? n : throw new JsonException(r.Erreurs[0].Message);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, NumeroAllocataire value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.EnClair);
    }
}

/// <summary>Écrit une valeur d'énumération du domaine par son code stable ; un code inconnu est refusé avec les codes admis.</summary>
/// <typeparam name="T">Le type d'énumération.</typeparam>
public sealed class EnumerationCafJsonConverter<T> : JsonConverter<T>
    where T : EnumerationCaf<T>, IEnumerationCaf<T>
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var code = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        var r = EnumerationCaf<T>.Create(code, T.NomDuType);
        return r.TryGetValue(out var v) ? v : throw new JsonException(r.Erreurs[0].Message);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Code);
    }
}

/// <summary>Outils communs de lecture JSON : une exception de désérialisation devient une <see cref="Erreur"/> qui nomme le chemin JSON.</summary>
internal static class LectureJson
{
    internal static Erreur VersErreur(JsonException ex, string champ)
    {
        var chemin = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        var ligne = ex.LineNumber is { } l ? (int?)checked((int)l + 1) : null;
        var message = ex.Message.Split(" Path:", 2, StringSplitOptions.None)[0];
        return new Erreur("json.format", champ, null, message.Length == 0 ? "Document JSON invalide." : message, ligne, chemin);
    }

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Première date admise par les lecteurs JSON.</summary>
    internal static readonly LocalDate DateMinimum = new(1, 1, 1);

    /// <summary>
    /// Dernière date admise par les lecteurs JSON : un siècle de marge avant la fin du calendrier (31/12/9999), pour que
    /// les durées du domaine (contrats, échéanciers, sanctions, fenêtres) restent calculables.
    /// </summary>
    internal static readonly LocalDate DateMaximum = new(9899, 12, 31);

    /// <summary>Une date d'un document : format (<c>date.format</c>) puis plage admise (<c>json.date.plage</c>).</summary>
    internal static Resultat<LocalDate> Date(string? texte, string champ) =>
        Dates.Create(texte, champ).Bind(d => d >= DateMinimum && d <= DateMaximum
            ? Resultat<LocalDate>.Succes(d)
            : Resultat<LocalDate>.Echec(new Erreur("json.date.plage", champ, texte, $"Date hors de la plage admise ({Dates.Formater(DateMinimum)} – {Dates.Formater(DateMaximum)}).")));
}
