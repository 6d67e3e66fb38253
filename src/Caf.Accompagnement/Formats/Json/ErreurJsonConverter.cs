using System.Text.Json;
using System.Text.Json.Serialization;

namespace Caf.Accompagnement.Json;

/// <summary>
/// Écrit une <see cref="Erreur"/> comme un objet <c>{"code","champ","valeur","message","ligne","chemin"}</c> (les
/// propriétés absentes sont omises) ; lit le même objet, et refuse un code, un champ ou un message vide, une ligne non
/// positive ou une propriété inconnue.
/// </summary>
/// <remarks>Permet d'échanger les erreurs d'une lecture (rapport de rejet d'un import) sans perdre leur position.</remarks>
public sealed class ErreurJsonConverter : JsonConverter<Erreur>
{
    /// <inheritdoc/>
    public override Erreur Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Erreur attendue : un objet avec code, champ et message.");
        }

        string? code = null, champ = null, valeur = null, message = null, chemin = null;
        int? ligne = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException("Propriété attendue.");
            }

            var nom = reader.GetString();
            reader.Read();
            if (nom == "ligne")
            {
                ligne = reader.TokenType == JsonTokenType.Null ? null
                    : reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var l) && l > 0 ? l
                    : throw new JsonException("La ligne est un entier à partir de 1.");
                continue;
            }

            var texte = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Null => null,
                _ => throw new JsonException($"Texte attendu pour « {nom} »."),
            };
            switch (nom)
            {
                case "code": code = texte; break;
                case "champ": champ = texte; break;
                case "valeur": valeur = texte; break;
                case "message": message = texte; break;
                case "chemin": chemin = texte; break;
                default: throw new JsonException($"Propriété inconnue « {nom} ».");
            }
        }

        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(champ) || string.IsNullOrWhiteSpace(message))
        {
            throw new JsonException("Une erreur a un code, un champ et un message non vides.");
        }

        return new Erreur(code, champ, valeur, message, ligne, chemin);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Erreur value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteString("champ", value.Champ);
        if (value.Valeur is not null)
        {
            writer.WriteString("valeur", value.Valeur);
        }

        writer.WriteString("message", value.Message);
        if (value.Ligne is { } ligne)
        {
            writer.WriteNumber("ligne", ligne);
        }

        if (value.Chemin is not null)
        {
            writer.WriteString("chemin", value.Chemin);
        }

        writer.WriteEndObject();
    }
}
