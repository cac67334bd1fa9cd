using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Empathy.Core.Serialization;
using Empathy.Samples.Console.Json;

namespace Empathy.Samples.Console.Json;

/// <summary>Writes one JSON value per line, through source-generated metadata (no reflection).</summary>
internal static class JsonOutput
{
    /// <summary>
    /// The library's redacting context with relaxed escaping, so "+" and quotes read as themselves in a
    /// terminal. Safe here: the output is never embedded in HTML.
    /// </summary>
    public static EmpathyJsonContext Library { get; } = new(new JsonSerializerOptions(EmpathyJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>
    /// The library's revealing context (private text in the clear) with relaxed escaping: only for what
    /// the journal's owner asked to see.
    /// </summary>
    public static EmpathyJsonContext Revealing { get; } = new(new JsonSerializerOptions(EmpathyJson.Revealing.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The command line's own context (<see cref="CliJsonContext"/>), with the same relaxed escaping.</summary>
    public static CliJsonContext Cli { get; } = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes <paramref name="value"/> as compact JSON followed by a newline.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="output">Where to write.</param>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">The value's generated JSON metadata.</param>
    public static void WriteLine<T>(TextWriter output, T value, JsonTypeInfo<T> typeInfo)
    {
        output.WriteLine(JsonSerializer.Serialize(value, typeInfo));
        output.Flush();
    }
}
