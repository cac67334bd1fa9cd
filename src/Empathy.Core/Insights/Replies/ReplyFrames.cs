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
    public static bool IsQuestion(in ScanView view, in RawMatch match)
    {
        var tokens = view.Tokens;
        var text = view.Text;
        var last = SentenceEnd(tokens, match.Last);

        var end = last + 1 < tokens.Length ? tokens[last + 1].Start : text.Length;
        var tail = text[tokens[last].End..end];
        if (tail.Contains('?') || tail.Contains('？'))
        {
            return true;
        }

        // "How are you holding up" with no mark at all, at the end of the reply, is still asked.
        var opens = match.First == 0 || tokens[match.First].Has(TokenFlags.SentenceBefore);
        return opens && last + 1 == tokens.Length && !tail.ContainsAny('.', '!');
    }

    /// <summary>
    /// Where the reply last turns to the other person: the last second-person word ("you", "your"),
    /// and the first word of the last exploring, affective or concern evidence; -1 for none.
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
                && (view.Rule(match).Kind == InsightRuleKind.Exploring || view.Rule(match).Component is not EmpathyComponent.Cognitive))
            {
                evidence = match.First;
            }
        }

        return (word, evidence);
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
            if (other.Last >= match.First
                && view.Stands(other, RuleRole.Finding)
                && view.Rule(other).Kind == InsightRuleKind.SelfFocus
                && !TurnsBack(view, other, lastTurnBack))
            {
                return true;
            }
        }

        return false;
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
