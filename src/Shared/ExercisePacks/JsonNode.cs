using System.Collections.Generic;

namespace Empathy.Shared.ExercisePacks;

/// <summary>The kind of a JSON value.</summary>
internal enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// One JSON value read by <see cref="PackJsonReader"/>, with where it starts in the file. Object
/// members keep their order and duplicates, so that the rules can report them.
/// </summary>
internal sealed class JsonNode
{
    private static readonly List<JsonMember> NoMembers = new();
    private static readonly List<JsonNode> NoItems = new();

    public JsonNode(JsonNodeKind kind, SourceSpan span, string? text = null, List<JsonMember>? members = null, List<JsonNode>? items = null)
    {
        Kind = kind;
        Span = span;
        Text = text;
        Members = members ?? NoMembers;
        Items = items ?? NoItems;
    }

    public JsonNodeKind Kind { get; }

    /// <summary>The token: the whole literal for scalars, the opening bracket for objects and arrays.</summary>
    public SourceSpan Span { get; }

    /// <summary>The unescaped string, or the number exactly as written.</summary>
    public string? Text { get; }

    public List<JsonMember> Members { get; }

    public List<JsonNode> Items { get; }

    /// <summary>How the kind is named in messages ("a string", "an object", ...).</summary>
    public string Describe() => Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.True or JsonNodeKind.False => "a boolean",
        _ => "null",
    };
}

/// <summary>One <c>"name": value</c> pair of a JSON object.</summary>
internal sealed class JsonMember
{
    public JsonMember(string name, SourceSpan nameSpan, JsonNode value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }

    public SourceSpan NameSpan { get; }

    public JsonNode Value { get; }
}
