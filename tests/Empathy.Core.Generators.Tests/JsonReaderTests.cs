using System.Text;
using System.Text.Json;
using Empathy.Shared.ExercisePacks;
using FsCheck;
using FsCheck.Fluent;

namespace Empathy.Core.Generators.Tests;

/// <summary>The small JSON reader shared by the generator and the runtime: values, errors and positions.</summary>
public class JsonReaderTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(300);

    /// <summary>The 1-based line and column of <paramref name="offset"/>, counted independently of the reader.</summary>
    private static (int Line, int Column) Position(string text, int offset)
    {
        int line = 1, column = 1;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (text[i] != '\r')
            {
                column++;
            }
        }

        return (line, column);
    }

    private static IEnumerable<PackJsonValue> Walk(PackJsonValue node) =>
        new[] { node }.Concat(node.Members.SelectMany(m => Walk(m.Value))).Concat(node.Items.SelectMany(Walk));

    [Fact]
    public void Reader_OnArbitraryText_NeverThrows_AndPlacesErrorsInsideTheText() =>
        Prop.ForAll<string>(text =>
        {
            text ??= "";
            var result = PackJsonReader.Read(text);
            return result.Root is not null
                || (result.ErrorSpan.Offset <= text.Length && result.ErrorSpan.Line >= 1 && result.ErrorSpan.Column >= 1);
        }).Check(Quick);

    [Fact]
    public void Reader_ReadsBackWhatSystemTextJsonWrites_WithEveryPositionRight() =>
        Prop.ForAll<string[], int[], bool>((keys, numbers, indented) =>
        {
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                var written = new List<string>();
                foreach (var key in (keys ?? []).Where(k => k is not null).Distinct())
                {
                    writer.WriteStartArray(key);
                    foreach (var number in numbers ?? [])
                    {
                        writer.WriteNumberValue(number);
                    }

                    writer.WriteStringValue(key);
                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            var text = Encoding.UTF8.GetString(buffer.ToArray());
            var root = PackJsonReader.Read(text).Root;
            if (root is null)
            {
                return false;
            }

            var expectedKeys = (keys ?? []).Where(k => k is not null).Distinct().ToList();
            var shapeIsRight = root.Members.Select(m => m.Name).SequenceEqual(expectedKeys)
                && root.Members.All(m => m.Value.Items.Count == (numbers?.Length ?? 0) + 1
                    && m.Value.Items[^1].Text == m.Name
                    && m.Value.Items.Take(numbers?.Length ?? 0).Select(n => int.Parse(n.Text!, System.Globalization.CultureInfo.InvariantCulture)).SequenceEqual(numbers ?? []));
            var positionsAreRight = Walk(root).All(node => Position(text, node.Span.Offset) == (node.Span.Line, node.Span.Column))
                && root.Members.All(m => Position(text, m.NameSpan.Offset) == (m.NameSpan.Line, m.NameSpan.Column) && text[m.NameSpan.Offset] == '"');
            return shapeIsRight && positionsAreRight;
        }).Check(Quick);

    [Theory]
    [InlineData("\"a\\u00e9\\n\\\"b\"", "aé\n\"b")]
    [InlineData("\"\\ud83d\\ude42\"", "🙂")]
    [InlineData("\"tab\\there\"", "tab\there")]
    public void Reader_UnescapesStrings(string json, string expected) =>
        Assert.Equal(expected, PackJsonReader.Read(json).Root!.Text);

    [Theory]
    [InlineData("{\"a\": 1,}", 1, 8)]
    [InlineData("[1 2]", 1, 4)]
    [InlineData("{\r\n  \"a\": tru\r\n}", 2, 8)]
    [InlineData("{\"a\": 01}", 1, 8)]
    [InlineData("\"\\x\"", 1, 3)]
    [InlineData("{} {}", 1, 4)]
    public void Reader_ReportsTheFirstErrorWhereItIs(string json, int line, int column)
    {
        var result = PackJsonReader.Read(json);

        Assert.Null(result.Root);
        Assert.Equal((line, column), (result.ErrorSpan.Line, result.ErrorSpan.Column));
    }

    [Fact]
    public void Reader_SkipsAByteOrderMark_WithoutCountingAColumn()
    {
        var root = PackJsonReader.Read("\uFEFF{\"a\": 1}").Root!;

        Assert.Equal((1, 1), (root.Span.Line, root.Span.Column));
        Assert.Equal(7, root.Members[0].Value.Span.Column);
    }

    [Fact]
    public void Reader_AcceptsNestingUpToTheLimit_AndRefusesDeeper()
    {
        Assert.NotNull(PackJsonReader.Read(new string('[', PackJsonReader.MaxDepth) + new string(']', PackJsonReader.MaxDepth)).Root);
        Assert.Null(PackJsonReader.Read(new string('[', PackJsonReader.MaxDepth + 1) + new string(']', PackJsonReader.MaxDepth + 1)).Root);
    }
}
