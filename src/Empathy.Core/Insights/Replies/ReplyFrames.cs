using Empathy.Core.Components;
using Empathy.Core.Insights.Text;

namespace Empathy.Core.Insights.Replies;

/// <summary>
/// The frames some reply rules need around their words: an exploring phrase is a question, and a
/// reply that tells its own story "turns back" when, later on, it speaks to the other person again
/// ("you", "your") or asks about them. Each reads a bounded number of words, or one pass over the
/// tokens, so the check stays linear.
/// </summary>
internal static class ReplyFrames
{
    /// <summary>How many words after a phrase its sentence may run on before the question mark.</summary>
    public const int SentenceReach = 40;

    /// <summary>
    /// Whether the phrase is asked: its sentence ends with a question mark within
    /// <see cref="SentenceReach"/> words, or it opens the reply's last sentence and nothing ends it.
    /// </summary>
    public static bool IsQuestion(in ScanView view, in RawMatch match) => IsQuestion(view, match, markedOnly: false);

    // With markedOnly, only a question mark counts: a bare "you" that opens the last, unpunctuated
    // sentence ("You are down now and you can ask for help") is a statement, not a question.
    private static bool IsQuestion(in ScanView view, in RawMatch match, bool markedOnly)
    {
        var tokens = view.Tokens;
        var text = view.Text;
        var last = SentenceEnd(tokens, match.Last);

        // A contraction read as two words ("you're" → "you are") gives both the same span, so the next
        // word may start before this one ends.
        var end = last + 1 < tokens.Length ? Math.Max(tokens[last + 1].Start, tokens[last].End) : text.Length;
        var tail = text[tokens[last].End..end];
        if (tail.Contains('?') || tail.Contains('？'))
        {
            return true;
        }

        // "How are you holding up" with no mark at all, at the end of the reply, is still asked.
        var opens = !markedOnly && (match.First == 0 || tokens[match.First].Has(TokenFlags.SentenceBefore));
        return opens && last + 1 == tokens.Length && !tail.ContainsAny('.', '!');
    }

    /// <summary>
    /// Where the reply last turns to the other person: the last second-person word ("you", "your"),
    /// and the first word of the last exploring, affective or concern evidence (an exploring phrase
    /// need not be asked here: "tell me how you are living it" turns back too; a framed rule must
    /// stand in its frame); -1 for none.
    /// </summary>
    public static (int Word, int Evidence) LastTurnBack(in ScanView view, ScopeWords words)
    {
        var tokens = view.Tokens;
        var word = -1;
        for (var k = tokens.Length - 1; k >= 0 && word < 0; k--)
        {
            if (words.Of(tokens[k].Id) == ScopeWord.SecondPerson)
            {
                word = k;
            }
        }

        var evidence = -1;
        foreach (ref readonly var match in view.Matches)
        {
            if (view.Stands(match, RuleRole.Component)
                && (view.Rule(match).Kind == InsightRuleKind.Exploring || view.Rule(match).Component is not EmpathyComponent.Cognitive)
                && (view.Rule(match).Frame == RuleFrame.None || Holds(view, match, words)))
            {
                evidence = match.First;
            }
        }

        return (word, evidence);
    }

    /// <summary>
    /// Whether the match stands where its rule's frame asks (<see cref="RuleFrame"/>): a question to
    /// them, the end of a first-person clause, the reply's opening words. Shared experience is judged
    /// apart, against the reply's self-focus.
    /// </summary>
    public static bool Holds(in ScanView view, in RawMatch match, ScopeWords words)
    {
        var frame = view.Rule(match).Frame;
        if ((frame & RuleFrame.AskedOfThem) != 0)
        {
            return IsAskedOfThem(view, match);
        }

        if (view.Rule(match).Kind == InsightRuleKind.Exploring && !IsQuestion(view, match))
        {
            return false;
        }

        return ((frame & RuleFrame.ClauseEnd) == 0 || EndsOwnClause(view.Tokens, match, words))
            && ((frame & RuleFrame.Opening) == 0 || OpensReply(view.Tokens, match));
    }

    /// <summary>How many words before a clause-end echo ("too", "either") its first-person subject may stand.</summary>
    public const int EchoReach = 12;

    /// <summary>
    /// Whether the words end their clause and a first-person word stands before them in it, at most
    /// <see cref="EchoReach"/> words back ("I don't know how to stop <em>either</em>").
    /// </summary>
    private static bool EndsOwnClause(ReadOnlySpan<Token> tokens, in RawMatch match, ScopeWords words)
    {
        var next = match.Last + 1;
        if (next < tokens.Length && !tokens[next].Has(TokenFlags.BreakBefore))
        {
            return false;
        }

        for (var k = match.First - 1; k >= 0 && match.First - k <= EchoReach && !tokens[k + 1].Has(TokenFlags.BreakBefore); k--)
        {
            if (words.Of(tokens[k].Id) == ScopeWord.FirstPerson)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the match is a self-focus finding that stands: the reply turns to its own story and
    /// neither turns back to them after it nor only echoes what they said (<see cref="ClosesAsEcho"/>).
    /// </summary>
    public static bool IsOwnStory(in ScanView view, in RawMatch match, (int Word, int Evidence) lastTurnBack) =>
        view.Stands(match, RuleRole.Finding)
        && view.Rule(match).Kind == InsightRuleKind.SelfFocus
        && !TurnsBack(view, match, lastTurnBack)
        && !ClosesAsEcho(view.Tokens, match);

    /// <summary>
    /// Whether the words close the reply after other words of their own sentence ("People hardly
    /// notice me too"): the reply echoes what they said and tells no story of its own after it.
    /// </summary>
    public static bool ClosesAsEcho(ReadOnlySpan<Token> tokens, in RawMatch match) =>
        match.Last == tokens.Length - 1 && match.First > 0 && !tokens[match.First].Has(TokenFlags.BreakBefore);

    // The reply's first words, with their clause ending right after them ("Same. …", "Me too, …").
    private static bool OpensReply(ReadOnlySpan<Token> tokens, in RawMatch match) =>
        match.First == 0 && (match.Last + 1 == tokens.Length || tokens[match.Last + 1].Has(TokenFlags.BreakBefore));

    /// <summary>
    /// Whether the words sit in a question to the other person: the sentence is asked, holds no
    /// dismissive finding ("have you tried…?" is a fix), and this is its first such move: no other
    /// exploring phrase stands in it, and no earlier word of this frame.
    /// </summary>
    private static bool IsAskedOfThem(in ScanView view, in RawMatch match)
    {
        if (!IsQuestion(view, match, markedOnly: true))
        {
            return false;
        }

        var tokens = view.Tokens;
        var first = SentenceStart(tokens, match.First);
        var last = SentenceEnd(tokens, match.Last);
        var matches = view.Matches;
        for (var o = MatchResolver.LowerBound(matches, first); o < matches.Length && matches[o].First <= last; o++)
        {
            ref readonly var other = ref matches[o];
            if (view.Stands(other, RuleRole.Finding))
            {
                return false;
            }

            if (!view.Stands(other, RuleRole.Component) || view.Rule(other).Kind != InsightRuleKind.Exploring || other.First == match.First && other.Pattern == match.Pattern)
            {
                continue;
            }

            var otherFrame = view.Rule(other).Frame;
            if ((otherFrame & RuleFrame.AskedOfThem) == 0 ? IsQuestion(view, other) : other.First < match.First)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the reply turns back to them after the match: with later evidence of empathy, or by
    /// speaking to them in a later sentence ("… te cuento" in the same sentence is still one's own story).
    /// </summary>
    public static bool TurnsBack(in ScanView view, in RawMatch match, (int Word, int Evidence) last)
    {
        if (last.Evidence > match.Last)
        {
            return true;
        }

        var tokens = view.Tokens;
        var end = SentenceEnd(tokens, match.Last);

        return last.Word > end;
    }

    /// <summary>
    /// Whether the match overlaps a self-focus finding that stands (one the reply does not turn back
    /// from). Looks only at matches that start within the longest pattern before it.
    /// </summary>
    public static bool OverlapsSelfFocus(in ScanView view, in RawMatch match, (int Word, int Evidence) lastTurnBack)
    {
        var matches = view.Matches;
        var reach = Math.Max(1, view.Matcher.MaxPatternLength);
        for (var o = MatchResolver.LowerBound(matches, match.First - reach + 1); o < matches.Length && matches[o].First <= match.Last; o++)
        {
            ref readonly var other = ref matches[o];
            if (other.Last >= match.First && IsOwnStory(view, other, lastTurnBack))
            {
                return true;
            }
        }

        return false;
    }

    // The first token of the sentence that holds token k, at most SentenceReach words back.
    private static int SentenceStart(ReadOnlySpan<Token> tokens, int k)
    {
        for (var steps = 0; k > 0 && !tokens[k].Has(TokenFlags.SentenceBefore) && steps < SentenceReach; steps++)
        {
            k--;
        }

        return k;
    }

    // The last token of the sentence that holds token k, at most SentenceReach words on.
    private static int SentenceEnd(ReadOnlySpan<Token> tokens, int k)
    {
        for (var steps = 0; k + 1 < tokens.Length && !tokens[k + 1].Has(TokenFlags.SentenceBefore) && steps < SentenceReach; steps++)
        {
            k++;
        }

        return k;
    }
}
