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
    /// Whether the phrase is asked: it opens its sentence, or its sentence ends with a question mark
    /// within <see cref="SentenceReach"/> words.
    /// </summary>
    public static bool IsQuestion(in ScanView view, in RawMatch match)
    {
        var tokens = view.Tokens;
        var text = view.Text;
        var last = match.Last;
        for (var steps = 0; last + 1 < tokens.Length && !tokens[last + 1].Has(TokenFlags.SentenceBefore) && steps < SentenceReach; steps++)
        {
            last++;
        }

        var end = last + 1 < tokens.Length ? tokens[last + 1].Start : text.Length;
        var tail = text[tokens[last].End..end];
        if (tail.Contains('?') || tail.Contains('？'))
        {
            return true;
        }

        // "How are you holding up" without its question mark still opens its sentence as a question.
        return match.First == 0 || tokens[match.First].Has(TokenFlags.SentenceBefore);
    }

    /// <summary>The last token where the reply turns to the other person (a second-person word), or -1.</summary>
    public static int LastTurnBack(in ScanView view, ScopeWords words)
    {
        var tokens = view.Tokens;
        for (var k = tokens.Length - 1; k >= 0; k--)
        {
            if (words.Of(tokens[k].Id) == ScopeWord.SecondPerson)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether the reply speaks to the other person again after the match.</summary>
    public static bool TurnsBack(in RawMatch match, int lastTurnBack) => lastTurnBack > match.Last;

    /// <summary>
    /// Whether the match overlaps a self-focus finding that stands (one the reply does not turn back
    /// from). Looks only at matches that start within the longest pattern before it.
    /// </summary>
    public static bool OverlapsSelfFocus(in ScanView view, in RawMatch match, int lastTurnBack)
    {
        var matches = view.Matches;
        var reach = Math.Max(1, view.Matcher.MaxPatternLength);
        for (var o = MatchResolver.LowerBound(matches, match.First - reach + 1); o < matches.Length && matches[o].First <= match.Last; o++)
        {
            ref readonly var other = ref matches[o];
            if (other.Last >= match.First
                && view.Stands(other, RuleRole.Finding)
                && view.Rule(other).Kind == InsightRuleKind.SelfFocus
                && !TurnsBack(other, lastTurnBack))
            {
                return true;
            }
        }

        return false;
    }
}
