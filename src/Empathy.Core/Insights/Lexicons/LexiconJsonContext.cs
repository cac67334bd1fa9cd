using System.Text.Json.Serialization;

namespace Empathy.Core.Insights.Lexicons;

/// <summary>
/// The source-generated JSON context for lexicon files (internal: lexicons are data of the library,
/// not public models). Unknown members are errors, so a typo in a lexicon fails loudly.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(LexiconDocument))]
internal sealed partial class LexiconJsonContext : JsonSerializerContext;
