using System.Collections.Concurrent;
using System.Text;

namespace Empathy.Core.Insights.Lexicons;

/// <summary>
/// The service that turns <see cref="InsightOptions"/> into the compiled lexicon they describe: the
/// shared built-in one when nothing is changed, otherwise the built-in lexicon with the changes,
/// compiled once per set of changes and kept for every analyser built from the same changes.
/// </summary>
/// <remarks>
/// Registered as a singleton by <c>AddEmpathy</c>; analysers built directly use <see cref="Shared"/>.
/// Thread-safe: a set of changes is compiled at most once, however many threads ask for it.
/// </remarks>
internal sealed class InsightLexicons
{
    /// <summary>At most this many changed lexicons are kept; past it the cache starts afresh (an app has a handful).</summary>
    private const int MaxKept = 64;

    private readonly ConcurrentDictionary<string, Lazy<Compiled>> _edited = new(StringComparer.Ordinal);

    /// <summary>The instance used by analysers built without dependency injection.</summary>
    public static InsightLexicons Shared { get; } = new();

    /// <summary>The compiled lexicon the options describe for their <see cref="InsightOptions.Language"/>.</summary>
    /// <exception cref="ArgumentException">The options are not valid; the message lists every problem.</exception>
    public CompiledLexicon For(InsightOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.SettingProblems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        if (!EditedLanguages(options).Contains(options.Language, StringComparer.Ordinal))
        {
            return LexiconStore.Default(options.Language);
        }

        if (_edited.Count >= MaxKept)
        {
            _edited.Clear();
        }

        var compiled = _edited.GetOrAdd(Fingerprint(options), _ => new Lazy<Compiled>(() => Compile(options, options.Language), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        return compiled.Lexicon ?? throw new ArgumentException(string.Join(" ", compiled.Problems), nameof(options));
    }

    /// <summary>The problems of every lexicon the options change (each prefixed with its language); empty when they all compile.</summary>
    public static IReadOnlyList<string> LexiconProblems(InsightOptions options)
    {
        var problems = new List<string>();
        foreach (var language in EditedLanguages(options))
        {
            if (!LexiconStore.IsBuiltIn(language))
            {
                problems.Add($"Lexicon changes name the language '{language}', which has no built-in lexicon; use one of {string.Join(", ", InsightOptions.BuiltInLanguages)}.");
                continue;
            }

            var found = new List<string>();
            var edited = Edit(options, language, found);
            if (found.Count == 0)
            {
                found.AddRange(LexiconCompiler.Check(edited));
            }

            problems.AddRange(found.Select(p => $"[{language}] {p}"));
        }

        return problems;
    }

    private static Compiled Compile(InsightOptions options, string language)
    {
        var found = new List<string>();
        var edited = Edit(options, language, found);
        if (found.Count == 0)
        {
            try
            {
                return new Compiled(LexiconCompiler.Compile(edited), []);
            }
            catch (LexiconException error)
            {
                found.AddRange(error.Problems);
            }
        }

        return new Compiled(null, [.. found.Select(p => $"[{language}] {p}")]);
    }

    private static IEnumerable<string> EditedLanguages(InsightOptions options) =>
        options.Rules.Select(r => r.Language ?? options.Language)
            .Concat(options.WordClasses.Select(c => c.Language ?? options.Language))
            .Distinct(StringComparer.Ordinal);

    private static LexiconDocument Edit(InsightOptions options, string language, List<string> problems) =>
        LexiconEditor.Apply(
            LexiconStore.Document(language),
            options.Rules.Where(r => (r.Language ?? options.Language) == language),
            options.WordClasses.Where(c => (c.Language ?? options.Language) == language),
            problems);

    // Everything that changes the compiled lexicon of the options' language, as one string.
    private static string Fingerprint(InsightOptions options)
    {
        var language = options.Language;
        var text = new StringBuilder(language).Append('\u001F');
        foreach (var rule in options.Rules.Where(r => (r.Language ?? language) == language))
        {
            text.AppendJoin('\u001E', [rule.RuleId, rule.Disabled.ToString(), rule.Kind?.ToString(), rule.Component?.ToString(), rule.Why, rule.TryInstead, rule.Label])
                .Append('\u001D').AppendJoin('\u001E', rule.AddedPhrases)
                .Append('\u001D').AppendJoin('\u001E', rule.RemovedPhrases)
                .Append('\u001D').Append(rule.ReplacementPhrases is null ? "\u0000" : string.Join('\u001E', rule.ReplacementPhrases))
                .Append('\u001D').AppendJoin('\u001E', rule.AddedExceptions)
                .Append('\u001F');
        }

        foreach (var wordClass in options.WordClasses.Where(c => (c.Language ?? language) == language))
        {
            text.Append(wordClass.Name)
                .Append('\u001D').AppendJoin('\u001E', wordClass.AddedEntries)
                .Append('\u001D').AppendJoin('\u001E', wordClass.RemovedEntries)
                .Append('\u001D').Append(wordClass.ReplacementEntries is null ? "\u0000" : string.Join('\u001E', wordClass.ReplacementEntries))
                .Append('\u001F');
        }

        return text.ToString();
    }

    private sealed record Compiled(CompiledLexicon? Lexicon, string[] Problems);
}
