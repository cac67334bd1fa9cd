namespace Empathy.Core.Insights.Text;

/// <summary>
/// The one scan pipeline every text check runs: tokenize, read past a leading interjection's comma
/// (when the check has interjections), find every pattern of the matcher,
/// mark reported speech (when asked), resolve exceptions, quotes and overlaps, then let the check
/// read what stands. Working memory is on the stack or pooled, so a text with nothing to report
/// allocates nothing.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
internal sealed class TextScanner
{
    private readonly Tokenizer _tokenizer;
    private readonly bool _skipQuoted;
    private readonly bool _reportedSpeech;
    private readonly int _maxCharacters;
    private readonly uint _resultRoles;
    private readonly InsightFindingText[] _findingTexts;

    /// <param name="tokenizer">The lexicon's tokenizer.</param>
    /// <param name="matcher">The check's rules.</param>
    /// <param name="skipQuoted">Whether findings inside quoted (or reported) words are dropped.</param>
    /// <param name="maxCharacters">The longest text accepted (<see cref="InsightOptions.MaxTextCharacters"/>).</param>
    /// <param name="reportedSpeech">Whether the words after a verb of speech count as reported.</param>
    /// <param name="resultRoles">
    /// The roles without whose matches the reader returns <c>nothing</c> (the observation check's findings
    /// and crisis words); a text with none of them is not resolved or read at all. Empty: every role counts.
    /// </param>
    public TextScanner(Tokenizer tokenizer, Matcher matcher, bool skipQuoted, int maxCharacters, bool reportedSpeech = false, params ReadOnlySpan<RuleRole> resultRoles)
    {
        _resultRoles = resultRoles.IsEmpty ? uint.MaxValue : 0;
        foreach (var role in resultRoles)
        {
            _resultRoles |= MatchList.RoleBit(role);
        }

        _maxCharacters = maxCharacters;
        _tokenizer = tokenizer;
        Matcher = matcher;
        _findingTexts = FindingTexts.Of(matcher);
        _skipQuoted = skipQuoted;
        _reportedSpeech = reportedSpeech;
    }

    public Matcher Matcher { get; }

    /// <summary>The interjections whose trailing punctuation is read past when they open the text (the reply check's); none by default.</summary>
    public LeadingInterjections Interjections { get; init; } = LeadingInterjections.None;

    /// <summary>Scans <paramref name="text"/> and returns what <paramref name="read"/> makes of it, or <paramref name="nothing"/> when no pattern matched.</summary>
    /// <exception cref="ArgumentException">The text is longer than the options allow.</exception>
    public TResult Scan<TState, TResult>(ReadOnlySpan<char> text, in TState state, ScanReader<TState, TResult> read, TResult nothing)
    {
        if (text.Length > _maxCharacters)
        {
            throw new ArgumentException(
                $"The text has {text.Length} characters; the insight checks read at most {_maxCharacters} (InsightOptions.MaxTextCharacters). Split it into paragraphs or raise the limit.",
                nameof(text));
        }

        var session = new ScanSession(_tokenizer, text);
        try
        {
            Interjections.Join(session.Tokens);
            session.Scan(Matcher);
            if (session.Matches.Count == 0)
            {
                return nothing;
            }

            // What the matches hold was noted as they were found: a text with no match of a role the
            // reader needs is not resolved, and a pass that no match asks for is not run.
            if ((session.Matches.Roles & _resultRoles) == 0)
            {
                return nothing;
            }

            var matches = session.Matches.Items;
            if (_reportedSpeech && session.Matches.Holds(RuleRole.ReportedSpeech))
            {
                MatchResolver.MarkReportedSpeech(matches, session.Tokens);
            }

            MatchResolver.Resolve(matches, session.Tokens, Matcher, _skipQuoted, session.Matches.HoldsException);
            return read(new ScanView(text, session.Tokens, matches, Matcher, _findingTexts, session.Matches.Roles), state);
        }
        finally
        {
            session.Dispose();
        }
    }
}
