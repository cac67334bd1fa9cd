using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Empathy.Samples.Console.Console;

/// <summary>Writes one JSON value per line, through source-generated metadata (no reflection).</summary>
internal static class JsonOutput
{
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
