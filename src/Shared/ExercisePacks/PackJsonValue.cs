using System.Collections.Generic;

namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// One JSON value read by <see cref="PackJsonReader"/>, with where it starts in the file (named apart
/// from System.Text.Json.Nodes.JsonNode, which the runtime library also uses). Object
/// members keep their order and duplicates, so that the rules can report them.
/// </summary>
internal sealed class PackJsonValue
{
    private static readonly List<PackJsonMember> NoMembers = new();
    private static readonly List<PackJsonValue> NoItems = new();

    public PackJsonValue(PackJsonKind kind, SourceSpan span, string? text = null, List<PackJsonMember>? members = null, List<PackJsonValue>? items = null)
    {
        Kind = kind;
        Span = span;
        Text = text;
        Members = members ?? NoMembers;
        Items = items ?? NoItems;
    }

    public PackJsonKind Kind { get; }

    /// <summary>The token: the whole literal for scalars, the opening bracket for objects and arrays.</summary>
    public SourceSpan Span { get; }

    /// <summary>The unescaped string, or the number exactly as written.</summary>
    public string? Text { get; }

    public List<PackJsonMember> Members { get; }

    public List<PackJsonValue> Items { get; }

    /// <summary>How the kind is named in messages ("a string", "an object", ...).</summary>
    public string Describe() => Kind switch
    {
        PackJsonKind.Object => "an object",
        PackJsonKind.Array => "an array",
        PackJsonKind.String => "a string",
        PackJsonKind.Number => "a number",
        PackJsonKind.True or PackJsonKind.False => "a boolean",
        _ => "null",
    };
}
