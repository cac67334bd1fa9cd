using System.Text.Json;

namespace Empathy.Core.Storage;

/// <summary>
/// Where a value sits in a JSON document's text, found by its path: for an error raised after the document was
/// read (a model's own check), which System.Text.Json reports without a line.
/// </summary>
internal static class JsonPositions
{
    /// <summary>
    /// The line and the byte within it where the value at <paramref name="path"/> (member names and array
    /// indexes, from the root) starts, both counted from 0 as System.Text.Json counts; <see langword="null"/>
    /// when the document has no such value.
    /// </summary>
    public static (long Line, long Byte)? Find(ReadOnlySpan<byte> utf8Json, IReadOnlyList<object> path)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var keys = new List<object>();      // the path of the container being read
        var nextIndex = new List<int>();    // per open container: the next array index, or -1 in an object
        string? member = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    member = reader.GetString();
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    nextIndex.RemoveAt(nextIndex.Count - 1);
                    if (keys.Count > 0 && nextIndex.Count > 0)
                    {
                        keys.RemoveAt(keys.Count - 1);
                    }

                    continue;
            }

            var isRoot = nextIndex.Count == 0;
            if (!isRoot)
            {
                keys.Add(nextIndex[^1] >= 0 ? nextIndex[^1]++ : member!);
                if (keys.SequenceEqual(path))
                {
                    return Position(utf8Json, reader.TokenStartIndex);
                }
            }
            else if (path.Count == 0)
            {
                return Position(utf8Json, reader.TokenStartIndex);
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                nextIndex.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
            }
            else if (!isRoot)
            {
                keys.RemoveAt(keys.Count - 1);
            }
        }

        return null;
    }

    private static (long Line, long Byte) Position(ReadOnlySpan<byte> utf8Json, long start)
    {
        var before = utf8Json[..(int)start];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n'), start - lineStart);
    }
}
