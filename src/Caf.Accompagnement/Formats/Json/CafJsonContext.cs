using System.Text.Json.Serialization;

namespace Caf.Accompagnement.Json;

/// <summary>Contexte System.Text.Json généré (interne) à la compilation : fonctionne dans une application découpée (trimming) ou AOT.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(FoyersDocument))]
[JsonSerializable(typeof(FoyerDocument))]
[JsonSerializable(typeof(CampagneDocument))]
[JsonSerializable(typeof(ParcoursDocument))]
[JsonSerializable(typeof(CarteDesSecteursDocument))]
[JsonSerializable(typeof(PretDocument))]
[JsonSerializable(typeof(DemandeDAideDocument))]
[JsonSerializable(typeof(EvaluationsDocument))]
[JsonSerializable(typeof(BilanDocument))]
[JsonSerializable(typeof(EnveloppeBudgetaireDocument))]
[JsonSerializable(typeof(JournalDocument))]
[JsonSerializable(typeof(DossierDAccompagnementDocument))]
internal sealed partial class CafJsonContext : JsonSerializerContext
{
}
