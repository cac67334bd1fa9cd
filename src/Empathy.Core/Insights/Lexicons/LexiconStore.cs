using System.Collections.Concurrent;
using System.Text.Json;

namespace Empathy.Core.Insights.Lexicons;

/// <summary>
/// The built-in lexicons, embedded in the assembly as <c>Insights/Lexicons/&lt;language&gt;.json</c>.
/// Each is read once, on first use, with the source-generated <see cref="LexiconJsonContext"/>, and
/// compiled once; both steps are lazy and thread-safe.
/// </summary>
internal static class LexiconStore
{
    /// <summary>The languages with a built-in lexicon.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "es"];

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
        var name = $"Empathy.Core.Insights.Lexicons.{language}.json";
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
}
