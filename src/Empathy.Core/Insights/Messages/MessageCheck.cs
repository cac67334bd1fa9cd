using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Text;
using Empathy.Core.Walls;

namespace Empathy.Core.Insights.Messages;

/// <summary>
/// The default <see cref="IMessageCheck"/>: the lexicon's accusation rules, and an I-statement built
/// from the lexicon's template and markers ("you never X" gives the observation "you do not X" and
/// the request "X"; "I feel sad" gives the feeling).
/// </summary>
/// <remarks>
/// Thread-safe; the options are read once, at construction. A heuristic over word lists: the
/// suggestion is a starting point for the writer, never a finished message.
/// </remarks>
public sealed class MessageCheck : IMessageCheck
{
    private static readonly ScanReader<MessageCheck, MessageCheckResult> ReadResult = Read;

    private readonly TextScanner _scanner;
    private readonly MessageLexicon _rules;
    private readonly CrisisSinks _sinks;
    private readonly ScopeWords _scope;
    private readonly int _maxPartWords;
    private readonly int _maxPartCharacters;

    /// <summary>Creates a check.</summary>
    /// <param name="options">Language and word-list changes; <see langword="null"/> for the defaults.</param>
    /// <param name="sinks">Who to tell about crisis signals; may be empty.</param>
    /// <exception cref="ArgumentException">The options are not valid (see <see cref="InsightOptions.Validate"/>).</exception>
    /// <exception cref="NotSupportedException">The language's lexicon has no message rules.</exception>
    public MessageCheck(InsightOptions? options = null, IEnumerable<ICrisisSignalSink>? sinks = null)
        : this(options, sinks, InsightLexicons.Shared)
    {
    }

    internal MessageCheck(InsightOptions? options, IEnumerable<ICrisisSignalSink>? sinks, InsightLexicons lexicons)
    {
        options ??= new InsightOptions();
        var lexicon = lexicons.For(options);
        _rules = lexicon.Message ?? throw new NotSupportedException($"The '{lexicon.Language}' lexicon has no message rules.");
        // Quoted words are reported, not said ("Yesterday you said 'you never listen'").
        _scanner = new TextScanner(lexicon.Tokenizer, _rules.Matcher, skipQuoted: true, options.MaxTextCharacters);
        _sinks = new CrisisSinks(sinks);
        _scope = lexicon.Scope;
        _maxPartWords = options.MaxStatementPartWords;
        _maxPartCharacters = options.MaxStatementPartCharacters;
    }

    /// <inheritdoc />
    public MessageCheckResult Check(ReadOnlySpan<char> text) => _scanner.Scan(text, this, ReadResult, MessageCheckResult.Clean);

    private static MessageCheckResult Read(in ScanView view, in MessageCheck check)
    {
        var findings = view.Findings(RuleRole.Finding);
        var (crisis, mentions) = CrisisReading.Read(view, check._scope, InsightSource.Message);
        if (findings.Length == 0 && mentions.Length == 0)
        {
            return MessageCheckResult.Clean;
        }

        check._sinks.Raise(crisis);
        if (findings.Length == 0)
        {
            return new MessageCheckResult { Crisis = crisis, CrisisMentions = mentions };
        }

        var (statement, extracted) = check.Suggest(view);
        return new MessageCheckResult
        {
            Findings = findings,
            Statement = statement,
            ExtractedParts = extracted,
            Suggestion = check.Fill(statement),
            Crisis = crisis,
            CrisisMentions = mentions,
        };
    }

    private (FeelingStatement Statement, List<StatementPart> Extracted) Suggest(in ScanView view)
    {
        var text = view.Text;
        var tokens = view.Tokens;
        var statement = _rules.Statement;
        string? observation = null, feeling = null, need = null, request = null;
        long work = 0;
        foreach (ref readonly var match in view.Matches)
        {
            work++;
            if (observation is not null && feeling is not null && need is not null && request is not null)
            {
                break; // every part is filled: the later markers cannot change the suggestion
            }

            if (!view.Stands(match, RuleRole.StatementMarker))
            {
                continue;
            }

            var marker = statement.Markers[view.Rule(match).MarkerIndex];
            if (marker.Feeling)
            {
                if (feeling is null && tokens[match.Last].Length <= _maxPartCharacters)
                {
                    feeling = text.Slice(tokens[match.Last].Start, tokens[match.Last].Length).ToString();
                }

                continue;
            }

            var fills = (marker.Observation is not null && observation is null)
                || (marker.Request is not null && request is null)
                || (marker.Need is not null && need is null);
            if (!fills)
            {
                continue; // nothing left for this marker to fill: do not read its clause
            }

            var (first, last) = RestOfClause(tokens, match.Last + 1, ref work);
            if (first > last)
            {
                continue;
            }

            var rest = text[tokens[first].Start..tokens[last].End];
            var past = marker.Negates && IsPast(text.Slice(tokens[first].Start, tokens[first].Length));
            if (marker.Observation is { } before && observation is null && !past)
            {
                observation = Join(before, rest);
            }

            if (marker.Request is { } ask && request is null && !past)
            {
                request = Join(ask, rest);
            }

            if (marker.Need is { } needBefore && need is null)
            {
                need = Join(needBefore, rest);
            }
        }

        ScanWork.Add(work);
        var extracted = new List<StatementPart>(4);
        if (observation is not null)
        {
            extracted.Add(StatementPart.Observation);
        }

        if (feeling is not null)
        {
            extracted.Add(StatementPart.Feeling);
        }

        if (need is not null)
        {
            extracted.Add(StatementPart.Need);
        }

        if (request is not null)
        {
            extracted.Add(StatementPart.Request);
        }

        var parts = new FeelingStatement
        {
            Observation = observation ?? statement.ObservationPlaceholder,
            Feeling = feeling ?? statement.FeelingPlaceholder,
            Need = need ?? statement.NeedPlaceholder,
            Request = request ?? statement.RequestPlaceholder,
        };
        return (parts, extracted);
    }

    // The lexicon's template, in its language (FeelingStatement.Render speaks English only).
    private string Fill(FeelingStatement statement) =>
        _rules.Statement.Template
            .Replace("{observation}", statement.Observation, StringComparison.Ordinal)
            .Replace("{feeling}", statement.Feeling, StringComparison.Ordinal)
            .Replace("{need}", statement.Need, StringComparison.Ordinal)
            .Replace("{request}", statement.Request, StringComparison.Ordinal);

    // The words after a marker, up to punctuation or a word that starts a new clause ("and", "when"),
    // and at most the configured number of words and characters, so a part stays a phrase and reading
    // it costs a bounded number of steps however long the clause runs.
    private (int First, int Last) RestOfClause(ReadOnlySpan<Token> tokens, int first, ref long work)
    {
        var last = first - 1;
        var limit = Math.Min(tokens.Length, first + _maxPartWords);
        for (var k = first; k < limit; k++)
        {
            work++;
            if (tokens[k].Has(TokenFlags.BreakBefore) || (uint)tokens[k].Id < (uint)_rules.RestStop.Length && _rules.RestStop[tokens[k].Id])
            {
                break;
            }

            if (tokens[k].End - tokens[first].Start > _maxPartCharacters)
            {
                break;
            }

            last = k;
        }

        // A contraction is two tokens sharing one span: do not end halfway through it.
        while (last + 1 < tokens.Length && last >= first && tokens[last + 1].Start == tokens[last].Start)
        {
            work++;
            last++;
        }

        return (first, last);
    }

    private bool IsPast(ReadOnlySpan<char> word)
    {
        var folded = CharRules.FoldWord(word);
        foreach (var suffix in _rules.PastSuffixes)
        {
            if (folded.Length > suffix.Length + 1 && folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Join(string before, ReadOnlySpan<char> rest) =>
        before.Length == 0 ? rest.ToString() : string.Concat(before, " ", rest);
}
