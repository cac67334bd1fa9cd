using System.Collections.Concurrent;
using System.Text.Json;

namespace Empathy.Core.Insights.Lexicons;

/// <summary>
/// The built-in lexicons, embedded in the assembly as <c>Insights/Lexicons/&lt;language&gt;.json</c>
/// and further parts <c>&lt;language&gt;.&lt;part&gt;.json</c>, each named for what it holds:
/// <c>replies</c> (the reply check), <c>crisis</c>, <c>themes</c> (core thoughts) and <c>language</c>
/// (text-speak, typos, inflections and the scope words), merged into one document.
/// Each is read once, on first use, with the source-generated <see cref="LexiconJsonContext"/>, and
/// compiled once; both steps are lazy and thread-safe.
/// </summary>
internal static class LexiconStore
{
    /// <summary>The languages with a built-in lexicon.</summary>
    public static IReadOnlyList<string> Languages => InsightOptions.BuiltInLanguages;

    private static readonly ConcurrentDictionary<string, Lazy<LexiconDocument>> Documents = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<CompiledLexicon>> Compiled = new(StringComparer.Ordinal);

    public static bool IsBuiltIn(string language) => Languages.Contains(language, StringComparer.Ordinal);

    /// <summary>The parsed lexicon of a language. Callers must not change it: copy it first (<see cref="LexiconEditor"/> does).</summary>
    /// <exception cref="ArgumentException">The language has no built-in lexicon.</exception>
    public static LexiconDocument Document(string language) =>
        Documents.GetOrAdd(Require(language), static l => new Lazy<LexiconDocument>(() => Read(l), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The compiled built-in lexicon of a language, unchanged by options.</summary>
    /// <exception cref="ArgumentException">The language has no built-in lexicon.</exception>
    public static CompiledLexicon Default(string language) =>
        Compiled.GetOrAdd(Require(language), static l => new Lazy<CompiledLexicon>(() => LexiconCompiler.Compile(Document(l)), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static string Require(string language) =>
        IsBuiltIn(language)
            ? language
            : throw new ArgumentException($"There is no built-in insight lexicon for '{language}'; the built-in languages are {string.Join(", ", Languages)}.", nameof(language));

    private static LexiconDocument Read(string language)
    {
        var main = $"Empathy.Core.Insights.Lexicons.{language}.json";
        var document = ReadPart(main, language);
        var partPrefix = $"Empathy.Core.Insights.Lexicons.{language}.";
        var parts = typeof(LexiconStore).Assembly.GetManifestResourceNames()
            .Where(n => n != main && n.StartsWith(partPrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var name in parts)
        {
            Merge(document, ReadPart(name, language), name);
        }

        return document;
    }

    private static LexiconDocument ReadPart(string name, string language)
    {
        using var stream = typeof(LexiconStore).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded lexicon '{name}' is missing from the assembly.");
        var document = JsonSerializer.Deserialize(stream, LexiconJsonContext.Default.LexiconDocument)
            ?? throw new InvalidOperationException($"The embedded lexicon '{name}' is empty.");
        if (document.Language != language)
        {
            throw new InvalidOperationException($"The embedded lexicon '{name}' says it is for '{document.Language}'.");
        }

        return document;
    }

    // A part adds sections the main file does not have (a section written twice is a packaging mistake).
    private static void Merge(LexiconDocument into, LexiconDocument part, string name)
    {
        into.Observation = Take(into.Observation, part.Observation, name);
        into.Message = Take(into.Message, part.Message, name);
        into.Reply = Take(into.Reply, part.Reply, name);
        into.Crisis = Take(into.Crisis, part.Crisis, name);
        into.CoreThoughts = Take(into.CoreThoughts, part.CoreThoughts, name);
        into.Scope = Take(into.Scope, part.Scope, name);
        MergeEntries(into.Classes, part.Classes, name, "word class");
        MergeEntries(into.Inflections, part.Inflections, name, "inflections of");
        MergeEntries(into.Contractions.Words, part.Contractions.Words, name, "contraction");
        MergeEntries(into.Contractions.Suffixes, part.Contractions.Suffixes, name, "contraction suffix");
    }

    // Named entries (word classes, inflections, contractions) may come from any part, each from one only.
    private static void MergeEntries<T>(Dictionary<string, T> into, Dictionary<string, T> added, string name, string what)
    {
        foreach (var (key, value) in added)
        {
            if (!into.TryAdd(key, value))
            {
                throw new InvalidOperationException($"The embedded lexicon '{name}' defines the {what} '{key}' again.");
            }
        }
    }

    private static T? Take<T>(T? existing, T? added, string name)
        where T : class =>
        added is null ? existing
        : existing is null ? added
        : throw new InvalidOperationException($"The embedded lexicon '{name}' repeats a section of its language's other parts.");
}
