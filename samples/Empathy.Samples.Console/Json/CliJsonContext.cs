using System.Text.Json.Serialization;

namespace Empathy.Samples.Console.Json;

/// <summary>
/// Source-generated JSON metadata for the shapes only the command line writes (listings, the id of a
/// new entry, analysis lines): camelCase, enum values named as the library's own JSON context names
/// them (a test holds the two together), no reflection.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<ExerciseListing>))]
[JsonSerializable(typeof(CreatedEntry))]
[JsonSerializable(typeof(ObservationLine))]
[JsonSerializable(typeof(MessageLine))]
[JsonSerializable(typeof(ReplyLine))]
[JsonSerializable(typeof(RefusedLine))]
[JsonSerializable(typeof(JournalEntryInput))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
