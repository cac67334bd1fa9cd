using System.Text.Json;
using Empathy.Core.Privacy;

namespace Empathy.Core.Serialization;

/// <summary>The two ready-made JSON contexts: the default one that redacts private text, and the revealing one.</summary>
public static class EmpathyJson
{
    /// <summary>
    /// The default context: every <see cref="SensitiveText"/> is written as <see cref="SensitiveText.Redacted"/>.
    /// Safe for logs, diagnostics and anything that leaves the user's device.
    /// </summary>
    public static EmpathyJsonContext Redacting => EmpathyJsonContext.Default;

    /// <summary>
    /// A context that writes and reads the real private text. Use it only for the user's own storage
    /// and for exports the user started.
    /// </summary>
    public static EmpathyJsonContext Revealing { get; } = new(CreateRevealingOptions());

    /// <summary>
    /// The revealing context for documents a person brings back (journal, practice and whole-owner exports):
    /// it reads moments only with their offset from UTC (see <see cref="MomentWithOffsetConverter"/>).
    /// </summary>
    internal static EmpathyJsonContext RevealingImport { get; } = new(new JsonSerializerOptions(CreateRevealingOptions()) { Converters = { new MomentWithOffsetConverter() } });

    private static JsonSerializerOptions CreateRevealingOptions()
    {
        // Copy the generated defaults (naming, enums, null handling) and put the revealing converter
        // first: converters in options take precedence over [JsonConverter] on the type.
        var options = new JsonSerializerOptions(EmpathyJsonContext.Default.Options);
        options.Converters.Insert(0, new RevealingSensitiveTextConverter());
        return options;
    }
}
