using System.Text;
using System.Text.Json.Nodes;

namespace Empathy.Core.Generators.Tests.Infrastructure;

/// <summary>
/// Seeded mutations of a pack file for the fuzz test: byte-level (bits flipped, bytes cut, copied or
/// inserted in the UTF-8 text) and structure-level (names, texts, numbers and kinds swapped for the
/// values that once broke the generated code, members removed, items repeated).
/// </summary>
internal sealed class PackMutator(int seed)
{
    /// <summary>Ids, names and texts that are valid JSON but awkward as C# (keywords, member names, reserved namespaces).</summary>
    private static readonly string[] Words =
    [
        "p", "p-pack", "pack", "all", "equals", "to-string", "get-type", "exercise", "response", "title", "steps", "validate",
        "listen-first", "listen-first-exercise", "listen-first-response", "kindness-pack", "a_b", "a-b", "x1", "_", "",
        "__arglist", "__makeref", "__reftype", "__refvalue", "global", "class", "var", "record", "value", "nameof",
        "Empathy.Core.Exercises", "Empathy.Core.Exercises.BuiltIn", "Empathy.Core", "Empathy.Core.Tests", "System", "System.Net",
        "Microsoft.Extensions", "App", "App.Exercises", "App.Exercises.KindnessPack", "KindnessPack", "ÄÖ.π", "A..B", "A.1",
    ];

    /// <summary>Characters that are hard to carry into C# literals and XML doc comments.</summary>
    private static readonly string[] Characters =
    [
        "\u0000", "\u0001", "\u0008", "\t", "\n", "\r", "\u001f", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029",
        "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF", "\uD800", "\uDBFF", "\uDC00", "\uD83D\uDE42", "\"", "\\", "<", ">", "&",
        "</summary>", "*/", "/*", "{0}", "\u202e", "é", " ",
    ];

    private static readonly string[] Numbers = ["0", "1", "-1", "2147483647", "-2147483648", "2147483648", "1.5", "1e3", "10", "600"];

    private static readonly byte[] InterestingBytes = "\"\\{}[],:-0.e\u0001"u8.ToArray().Concat(new byte[] { 0x00, 0x0a, 0x7f, 0xc3, 0xff }).ToArray();

    private readonly Random _random = new(seed);

    /// <summary>One to three byte-level changes to the UTF-8 text.</summary>
    public string MutateBytes(string text)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(text));
        for (var n = _random.Next(1, 4); n > 0 && bytes.Count > 0; n--)
        {
            var at = _random.Next(bytes.Count);
            var length = Math.Min(bytes.Count - at, _random.Next(1, 16));
            switch (_random.Next(5))
            {
                case 0: bytes[at] ^= (byte)(1 << _random.Next(8)); break;
                case 1: bytes.RemoveRange(at, length); break;
                case 2: bytes.InsertRange(at, bytes.GetRange(at, length)); break;
                case 3: bytes.Insert(at, InterestingBytes[_random.Next(InterestingBytes.Length)]); break;
                default: bytes[at] = InterestingBytes[_random.Next(InterestingBytes.Length)]; break;
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    /// <summary>One to three structure-level changes; the text is written back as JSON.</summary>
    public string MutateStructure(string text)
    {
        var root = JsonNode.Parse(text)!;
        for (var n = _random.Next(1, 4); n > 0; n--)
        {
            var nodes = Descendants(root).ToList();
            var node = nodes[_random.Next(nodes.Count)];
            switch (_random.Next(6))
            {
                case 0 or 1:
                    ReplaceString(nodes);
                    break;
                case 2 when node.Parent is JsonObject owner:
                    owner.Remove(node.GetPropertyName());
                    break;
                case 3 when node.Parent is JsonArray array:
                    array.Insert(node.GetElementIndex(), node.DeepClone());
                    break;
                case 4:
                    ReplaceNumber(nodes);
                    break;
                default:
                    SetKind(nodes);
                    break;
            }
        }

        return JsonText.Write(root);
    }

    private void ReplaceString(List<JsonNode> nodes)
    {
        var strings = nodes.Where(n => n is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String).ToList();
        if (strings.Count == 0)
        {
            return;
        }

        var target = strings[_random.Next(strings.Count)];
        var current = target.GetValue<string>();
        var value = _random.Next(3) switch
        {
            0 => Words[_random.Next(Words.Length)],
            1 => current.Insert(_random.Next(current.Length + 1), Characters[_random.Next(Characters.Length)]),
            _ => Characters[_random.Next(Characters.Length)] + current + Characters[_random.Next(Characters.Length)],
        };
        target.ReplaceWith(JsonValue.Create(value));
    }

    private void ReplaceNumber(List<JsonNode> nodes)
    {
        var numbers = nodes.Where(n => n is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number).ToList();
        if (numbers.Count > 0)
        {
            numbers[_random.Next(numbers.Count)].ReplaceWith(JsonNode.Parse(Numbers[_random.Next(Numbers.Length)]));
        }
    }

    private void SetKind(List<JsonNode> nodes)
    {
        var steps = nodes.OfType<JsonObject>().Where(o => o.ContainsKey("kind")).ToList();
        if (steps.Count > 0)
        {
            steps[_random.Next(steps.Count)]["kind"] = new[] { "info", "text", "choice", "scale", "timer" }[_random.Next(5)];
        }
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children)
        {
            if (child is null)
            {
                continue;
            }

            yield return child;
            foreach (var inner in Descendants(child))
            {
                yield return inner;
            }
        }
    }
}
