using Empathy.Core.Insights.Lexicons;

namespace Empathy.Core.Insights;

/// <summary>
/// Settings of the text checks and the core-thought grouping: the language, changes to the built-in
/// word lists, and the heuristic limits.
/// </summary>
/// <remarks>
/// The checks are heuristics over word lists and patterns: configurable, explainable and never
/// clinically validated. Mutable for configuration; analysers read the options once when they are
/// built. Validate with <see cref="Validate"/> (dependency injection does so at start-up).
/// </remarks>
public sealed class InsightOptions
{
    /// <summary>The languages with a built-in lexicon: English (<c>en</c>, every check) and Spanish (<c>es</c>: observation, message and crisis checks).</summary>
    public static IReadOnlyList<string> BuiltInLanguages => LexiconStore.Languages;

    /// <summary>The language of the analysed text, one of <see cref="BuiltInLanguages"/>. Default <c>en</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>
    /// Whether the observation check treats the words after a verb of speech ("she said I was lazy")
    /// like quoted speech, which it never flags. Default <see langword="true"/>.
    /// </summary>
    public bool TreatReportedSpeechAsQuoted { get; set; } = true;

    /// <summary>
    /// The most words the message check takes from a clause into one part of its suggested
    /// I-statement ("you never <em>listen to me</em>"). Default 24; between 1 and 200.
    /// </summary>
    public int MaxStatementPartWords { get; set; } = 24;

    /// <summary>
    /// The most characters one part of a suggested I-statement takes from the message; a longer part
    /// is cut at the last whole word that fits (or left as its placeholder). Default 200; between 10 and 2,000.
    /// </summary>
    public int MaxStatementPartCharacters { get; set; } = 200;

    /// <summary>How many example thoughts each core-thought theme keeps. Default 3.</summary>
    public int MaxExamplesPerTheme { get; set; } = 3;

    /// <summary>How many thoughts a theme needs before the report lists it. Default 1.</summary>
    public int MinimumThoughtsPerTheme { get; set; } = 1;

    /// <summary>The day a week starts on when counting themes per week. Default Monday.</summary>
    public DayOfWeek FirstDayOfWeek { get; set; } = DayOfWeek.Monday;

    private readonly Lock _compileLock = new();
    private (string Fingerprint, CompiledLexicon Lexicon)? _compiled;

    /// <summary>Changes to rules of the built-in lexicons (or new rules). See <see cref="Rule"/>.</summary>
    public IList<InsightRuleOptions> Rules { get; } = [];

    /// <summary>Changes to word classes of the built-in lexicons. See <see cref="WordClass"/>.</summary>
    public IList<InsightWordClassOptions> WordClasses { get; } = [];

    /// <summary>
    /// The changes to one rule, created on first use: <c>options.Rule("observation.judgement-label").Add("feckless")</c>.
    /// </summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="language">The lexicon's language; <see langword="null"/> for <see cref="Language"/>.</param>
    /// <returns>The rule's changes, for chaining.</returns>
    public InsightRuleOptions Rule(string ruleId, string? language = null)
    {
        var created = new InsightRuleOptions(ruleId, language);
        var existing = Rules.FirstOrDefault(r => r.RuleId == created.RuleId && r.Language == created.Language);
        if (existing is not null)
        {
            return existing;
        }

        Rules.Add(created);
        return created;
    }

    /// <summary>The changes to one word class, created on first use: <c>options.WordClass("label").Add("feckless")</c>.</summary>
    /// <param name="name">The class name.</param>
    /// <param name="language">The lexicon's language; <see langword="null"/> for <see cref="Language"/>.</param>
    /// <returns>The class's changes, for chaining.</returns>
    public InsightWordClassOptions WordClass(string name, string? language = null)
    {
        var created = new InsightWordClassOptions(name, language);
        var existing = WordClasses.FirstOrDefault(c => c.Name == created.Name && c.Language == created.Language);
        if (existing is not null)
        {
            return existing;
        }

        WordClasses.Add(created);
        return created;
    }

    /// <summary>Lists what is wrong with these options, including every changed lexicon's problems; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = SettingProblems();
        foreach (var language in EditedLanguages())
        {
            if (!LexiconStore.IsBuiltIn(language))
            {
                problems.Add($"Lexicon changes name the language '{language}', which has no built-in lexicon; use one of {string.Join(", ", BuiltInLanguages)}.");
                continue;
            }

            if (language == Language)
            {
                // Compiling checks the changed lexicon and keeps the result for the analysers.
                CompileEdited(problems);
                continue;
            }

            var edited = Edit(language, problems);
            problems.AddRange(LexiconCompiler.Check(edited).Select(p => $"[{language}] {p}"));
        }

        return problems;
    }

    /// <summary>
    /// The compiled lexicon these options describe for <see cref="Language"/>: the shared built-in one
    /// when nothing is changed. A changed lexicon is compiled once and kept until the changes change,
    /// so analysers built from the same options share it.
    /// </summary>
    /// <exception cref="ArgumentException">The options are not valid; the message lists every problem.</exception>
    internal CompiledLexicon CompileLexicon()
    {
        var problems = SettingProblems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), "options");
        }

        if (!EditedLanguages().Contains(Language, StringComparer.Ordinal))
        {
            return LexiconStore.Default(Language);
        }

        var lexicon = CompileEdited(problems);
        return lexicon ?? throw new ArgumentException(string.Join(" ", problems), "options");
    }

    // Compiles this language's lexicon with the changes, once per set of changes; on failure adds the
    // problems (prefixed with the language) and returns null.
    private CompiledLexicon? CompileEdited(List<string> problems)
    {
        var fingerprint = Fingerprint();
        lock (_compileLock)
        {
            if (_compiled is { } cached && cached.Fingerprint == fingerprint)
            {
                return cached.Lexicon;
            }

            var found = new List<string>();
            var edited = Edit(Language, found);
            if (found.Count == 0)
            {
                try
                {
                    var lexicon = LexiconCompiler.Compile(edited);
                    _compiled = (fingerprint, lexicon);
                    return lexicon;
                }
                catch (LexiconException error)
                {
                    found.AddRange(error.Problems);
                }
            }

            problems.AddRange(found.Select(p => $"[{Language}] {p}"));
            return null;
        }
    }

    private List<string> SettingProblems()
    {
        var problems = new List<string>();
        if (!LexiconStore.IsBuiltIn(Language))
        {
            problems.Add($"Insight language '{Language}' has no built-in lexicon; use one of {string.Join(", ", BuiltInLanguages)}.");
        }

        if (MaxExamplesPerTheme is < 0 or > 100)
        {
            problems.Add($"{nameof(MaxExamplesPerTheme)} must be between 0 and 100; it is {MaxExamplesPerTheme}.");
        }

        if (MaxStatementPartWords is < 1 or > 200)
        {
            problems.Add($"{nameof(MaxStatementPartWords)} must be between 1 and 200; it is {MaxStatementPartWords}.");
        }

        if (MaxStatementPartCharacters is < 10 or > 2000)
        {
            problems.Add($"{nameof(MaxStatementPartCharacters)} must be between 10 and 2000; it is {MaxStatementPartCharacters}.");
        }

        if (MinimumThoughtsPerTheme < 1)
        {
            problems.Add($"{nameof(MinimumThoughtsPerTheme)} must be at least 1; it is {MinimumThoughtsPerTheme}.");
        }

        if (!Enum.IsDefined(FirstDayOfWeek))
        {
            problems.Add($"{nameof(FirstDayOfWeek)} '{FirstDayOfWeek}' is not a day of the week.");
        }

        return problems;
    }

    // Everything that changes the compiled lexicon, as one string.
    private string Fingerprint()
    {
        var text = new System.Text.StringBuilder(Language).Append('\u001F');
        foreach (var rule in Rules.Where(r => (r.Language ?? Language) == Language))
        {
            text.AppendJoin('\u001E', [rule.RuleId, rule.Disabled.ToString(), rule.Kind?.ToString(), rule.Component?.ToString(), rule.Why, rule.TryInstead, rule.Label])
                .Append('\u001D').AppendJoin('\u001E', rule.AddedPhrases)
                .Append('\u001D').AppendJoin('\u001E', rule.RemovedPhrases)
                .Append('\u001D').Append(rule.ReplacementPhrases is null ? "\u0000" : string.Join('\u001E', rule.ReplacementPhrases))
                .Append('\u001D').AppendJoin('\u001E', rule.AddedExceptions)
                .Append('\u001F');
        }

        foreach (var wordClass in WordClasses.Where(c => (c.Language ?? Language) == Language))
        {
            text.Append(wordClass.Name)
                .Append('\u001D').AppendJoin('\u001E', wordClass.AddedEntries)
                .Append('\u001D').AppendJoin('\u001E', wordClass.RemovedEntries)
                .Append('\u001D').Append(wordClass.ReplacementEntries is null ? "\u0000" : string.Join('\u001E', wordClass.ReplacementEntries))
                .Append('\u001F');
        }

        return text.ToString();
    }

    private IEnumerable<string> EditedLanguages() =>
        Rules.Select(r => r.Language ?? Language).Concat(WordClasses.Select(c => c.Language ?? Language)).Distinct(StringComparer.Ordinal);

    private LexiconDocument Edit(string language, List<string> problems) =>
        LexiconEditor.Apply(
            LexiconStore.Document(language),
            Rules.Where(r => (r.Language ?? Language) == language),
            WordClasses.Where(c => (c.Language ?? Language) == language),
            problems);
}
