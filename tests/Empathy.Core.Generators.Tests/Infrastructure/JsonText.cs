using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Empathy.Core.Generators.Tests.Infrastructure;

/// <summary>
/// Writes JSON for tests that build or mutate packs. Unlike System.Text.Json's writer it writes any
/// string, unpaired surrogates included (as <c>\uXXXX</c>), which is exactly what those tests need.
/// </summary>
internal static class JsonText
{
    /// <summary>A JSON string literal: ASCII only, everything else escaped.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < ' ' || c > '~')
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Writes a node tree, one member or item a line, so that problems get distinct lines.</summary>
    public static string Write(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node, 0);
        return builder.Append('\n').ToString();
    }

    private static void Write(StringBuilder builder, JsonNode? node, int depth)
    {
        var indent = new string(' ', (depth + 1) * 2);
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                builder.Append("{\n");
                var first = true;
                foreach (var (name, value) in obj)
                {
                    builder.Append(first ? "" : ",\n").Append(indent).Append(Quote(name)).Append(": ");
                    Write(builder, value, depth + 1);
                    first = false;
                }

                builder.Append('\n').Append(' ', depth * 2).Append('}');
                break;
            case JsonArray array:
                builder.Append("[\n");
                for (var i = 0; i < array.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ",\n").Append(indent);
                    Write(builder, array[i], depth + 1);
                }

                builder.Append('\n').Append(' ', depth * 2).Append(']');
                break;
            default:
                builder.Append(node.GetValueKind() == JsonValueKind.String ? Quote(node.GetValue<string>()) : node.ToJsonString());
                break;
        }
    }
}
