namespace Empathy.Core.Insights;

/// <summary>
/// Settings of the text checks and the core-thought grouping: the language, changes to the built-in
/// word lists, and the heuristic limits.
/// </summary>
/// <remarks>
/// The checks are heuristics over word lists and patterns: configurable, explainable and never
/// clinically validated. Plain, mutable data for configuration: analysers read the options once when
/// they are built, and an internal service compiles (and caches) the lexicon they describe. Validate
/// with <see cref="Validate"/> (dependency injection does so at start-up).
/// </remarks>
public sealed class InsightOptions
{
    /// <summary>The languages with a built-in lexicon, each for every check and the core-thought themes: English (<c>en</c>) and Spanish (<c>es</c>).</summary>
    public static IReadOnlyList<string> BuiltInLanguages { get; } = ["en", "es"];

    /// <summary>
    /// Lists a set of options' lexicon problems. Set by the lexicon layer when the assembly loads, so the
    /// options (the shared models every insights namespace uses) do not depend back on that layer.
    /// </summary>
    internal static Func<InsightOptions, IReadOnlyList<string>> LexiconProblems { get; set; } = static _ => [];

    /// <summary>The language of the analysed text, one of <see cref="BuiltInLanguages"/>. Default <c>en</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>
    /// Whether the observation check treats the words after a verb of speech ("she said I was lazy")
    /// like quoted speech, which it never flags. Default <see langword="true"/>.
    /// </summary>
    public bool TreatReportedSpeechAsQuoted { get; set; } = true;

    /// <summary>
    /// The longest text a check reads, in characters (UTF-16 code units). A longer text is refused
    /// with an <see cref="ArgumentException"/> before any work is done, so one input cannot hold a
    /// host's memory or time; split long documents into paragraphs. Default 1,000,000; between 1,000 and 100,000,000.
    /// </summary>
    public int MaxTextCharacters { get; set; } = 1_000_000;

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

    /// <summary>
    /// A copy of these options for text in <paramref name="language"/>: the same settings and word-list
    /// changes, with <see cref="Language"/> set to it. A change that names no language was written for
    /// this set's <see cref="Language"/>, so the copy keeps it for that language and does not apply it to
    /// the other. How a host that serves people in several languages builds one check per language
    /// (<c>AddEmpathy</c> registers them keyed by language).
    /// </summary>
    /// <param name="language">One of <see cref="BuiltInLanguages"/>, such as <c>es</c>.</param>
    /// <returns>A new set of options; changing it leaves these as they are.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> has no built-in lexicon.</exception>
    public InsightOptions ForLanguage(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (!BuiltInLanguages.Contains(language, StringComparer.Ordinal))
        {
            throw new ArgumentException(NoLexicon(language), nameof(language));
        }

        var copy = new InsightOptions
        {
            Language = language,
            TreatReportedSpeechAsQuoted = TreatReportedSpeechAsQuoted,
            MaxTextCharacters = MaxTextCharacters,
            MaxStatementPartWords = MaxStatementPartWords,
            MaxStatementPartCharacters = MaxStatementPartCharacters,
            MaxExamplesPerTheme = MaxExamplesPerTheme,
            MinimumThoughtsPerTheme = MinimumThoughtsPerTheme,
            FirstDayOfWeek = FirstDayOfWeek,
        };
        foreach (var rule in Rules)
        {
            copy.Rules.Add(rule.CopyFor(rule.Language ?? Language));
        }

        foreach (var wordClass in WordClasses)
        {
            copy.WordClasses.Add(wordClass.CopyFor(wordClass.Language ?? Language));
        }

        return copy;
    }

    /// <summary>Lists what is wrong with these options, including every changed lexicon's problems; empty when they are valid.</summary>
    /// <remarks>Compiles each changed lexicon to find its problems, and keeps nothing: the options stay plain data.</remarks>
    public IReadOnlyList<string> Validate() => [.. SettingProblems(), .. LexiconProblems(this)];

    private static string NoLexicon(string language) =>
        $"Insight language '{language}' has no built-in lexicon; use one of {string.Join(", ", BuiltInLanguages)}.";

    /// <summary>The problems of the settings other than the word lists.</summary>
    internal List<string> SettingProblems()
    {
        var problems = new List<string>();
        if (!BuiltInLanguages.Contains(Language, StringComparer.Ordinal))
        {
            problems.Add(NoLexicon(Language));
        }

        if (MaxExamplesPerTheme is < 0 or > 100)
        {
            problems.Add($"{nameof(MaxExamplesPerTheme)} must be between 0 and 100; it is {MaxExamplesPerTheme}.");
        }

        if (MaxTextCharacters is < 1_000 or > 100_000_000)
        {
            problems.Add($"{nameof(MaxTextCharacters)} must be between 1000 and 100000000; it is {MaxTextCharacters}.");
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
}
