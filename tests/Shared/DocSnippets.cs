using System.Text.RegularExpressions;

namespace Empathy.Tests.Shared;

/// <summary>
/// Reads the two sides of "the docs show compiled code": the <c>```csharp</c> blocks of a Markdown file,
/// and the <c>// snippet: name</c> … <c>// end snippet</c> regions of C# files. A block may open with
/// using directives; they must be among the region's file's own usings.
/// </summary>
public static partial class DocSnippets
{
    public sealed record Region(string Name, string Text, IReadOnlyList<string> FileUsings, string File);

    public static List<string> CSharpBlocks(string markdownFile) => Blocks(markdownFile, "csharp");

    public static List<string> Blocks(string markdownFile, string language) =>
        [.. FencedBlock().Matches(File.ReadAllText(markdownFile).ReplaceLineEndings("\n"))
            .Where(m => m.Groups["language"].Value == language)
            .Select(m => m.Groups["code"].Value.TrimEnd('\n'))];

    public static (IReadOnlyList<string> Directives, string Body) SplitUsings(string block)
    {
        var lines = block.Split('\n');
        var directives = lines.TakeWhile(l => IsUsingDirective(l) || l.Length == 0).Where(l => l.Length > 0).ToList();
        var body = string.Join('\n', lines.SkipWhile(l => IsUsingDirective(l) || l.Length == 0));
        return (directives, body);
    }

    public static bool IsUsingDirective(string line) =>
        line.StartsWith("using ", StringComparison.Ordinal) && !line.StartsWith("using var ", StringComparison.Ordinal) && line.EndsWith(';');

    /// <summary>Every region of <paramref name="files"/>; a region without its end throws.</summary>
    public static IReadOnlyList<Region> Regions(IEnumerable<string> files)
    {
        var regions = new List<Region>();
        foreach (var file in files)
        {
            var lines = File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n');
            var usings = lines.Where(IsUsingDirective).ToList();
            for (var i = 0; i < lines.Length; i++)
            {
                var start = lines[i].Trim();
                if (!start.StartsWith("// snippet: ", StringComparison.Ordinal))
                {
                    continue;
                }

                var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "// end snippet");
                if (end < 0)
                {
                    throw new InvalidOperationException($"Snippet '{start}' in {Path.GetFileName(file)} has no '// end snippet'.");
                }

                regions.Add(new Region(start["// snippet: ".Length..], Dedent(lines[(i + 1)..end]), usings, file));
                i = end;
            }
        }

        return regions;
    }

    private static string Dedent(string[] lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart(' ').Length);
        return string.Join('\n', lines.Select(l => l.Trim().Length == 0 ? "" : l[indent..]));
    }

    [GeneratedRegex(@"^```(?<language>[a-z]*)\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
