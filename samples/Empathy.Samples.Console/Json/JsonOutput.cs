using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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

    /// <summary>How many decimal places a number that is not whole keeps (scores, confidences, weights).</summary>
    public const int Decimals = 2;

    /// <summary>
    /// Writes <paramref name="value"/> as compact JSON followed by a newline. Numbers that are not whole
    /// are rounded to <see cref="Decimals"/> places (half away from zero), so sums of weights read
    /// <c>1.3</c>, not <c>1.2999999999999998</c>; whole numbers are written as they are.
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="output">Where to write.</param>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">The value's generated JSON metadata.</param>
    public static void WriteLine<T>(TextWriter output, T value, JsonTypeInfo<T> typeInfo)
    {
        output.WriteLine(Rounded(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), typeInfo.Options.Encoder));
        output.Flush();
    }

    /// <summary>
    /// Writes a JSON document built from several values (each made with <see cref="Node{T}"/>) as one
    /// compact line, rounded as <see cref="WriteLine{T}(TextWriter, T, JsonTypeInfo{T})"/> does.
    /// </summary>
    /// <param name="output">Where to write.</param>
    /// <param name="node">The document.</param>
    public static void WriteLine(TextWriter output, JsonNode node)
    {
        var options = Cli.Options;
        output.WriteLine(Rounded(Encoding.UTF8.GetBytes(node.ToJsonString(options)), options.Encoder));
        output.Flush();
    }

    /// <summary>A value as a JSON node, through its generated metadata, to be combined into a larger document.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">The value's generated JSON metadata.</param>
    public static JsonNode Node<T>(T value, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.SerializeToNode(value, typeInfo) ?? throw new InvalidOperationException($"{typeof(T).Name} was written as JSON null.");

    private static string Rounded(byte[] json, JavaScriptEncoder? encoder)
    {
        var buffer = new ArrayBufferWriter<byte>(json.Length);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            var reader = new Utf8JsonReader(json);
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                    case JsonTokenType.EndObject: writer.WriteEndObject(); break;
                    case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                    case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                    case JsonTokenType.PropertyName: writer.WritePropertyName(reader.GetString()!); break;
                    case JsonTokenType.String: writer.WriteStringValue(reader.GetString()); break;
                    case JsonTokenType.True: writer.WriteBooleanValue(true); break;
                    case JsonTokenType.False: writer.WriteBooleanValue(false); break;
                    case JsonTokenType.Null: writer.WriteNullValue(); break;
                    case JsonTokenType.Number when reader.TryGetInt64(out var whole): writer.WriteNumberValue(whole); break;
                    case JsonTokenType.Number: writer.WriteNumberValue(Math.Round(reader.GetDouble(), Decimals, MidpointRounding.AwayFromZero)); break;
                }
            }
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
