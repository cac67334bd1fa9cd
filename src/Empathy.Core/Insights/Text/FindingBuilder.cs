using Empathy.Core.Insights.Crisis;
using Empathy.Core.Journal;

namespace Empathy.Core.Insights.Text;

/// <summary>Turns resolved matches into public findings and crisis signals. Allocates only for what it reports.</summary>
internal static class FindingBuilder
{
    public static InsightFinding Create(Matcher matcher, in RawMatch match, ReadOnlySpan<Token> tokens)
    {
        var rule = matcher.RuleOf(match);
        var start = tokens[match.First].Start;
        return new InsightFinding
        {
            RuleId = rule.Id,
            Kind = rule.Kind,
            Start = start,
            Length = tokens[match.Last].End - start,
            Phrase = matcher.Patterns[match.Pattern].Phrase,
            Why = rule.Why,
            TryInstead = rule.TryInstead,
        };
    }

    /// <summary>How many standing matches have the role.</summary>
    public static int Count(Matcher matcher, ReadOnlySpan<RawMatch> matches, RuleRole role)
    {
        var count = 0;
        foreach (ref readonly var match in matches)
        {
            if (!match.Dropped && matcher.RuleOf(match).Role == role)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The standing matches of a role as findings, in text order; empty (and not allocated) when there are none.</summary>
    public static InsightFinding[] Findings(Matcher matcher, ReadOnlySpan<RawMatch> matches, ReadOnlySpan<Token> tokens, RuleRole role)
    {
        var count = Count(matcher, matches, role);
        if (count == 0)
        {
            return [];
        }

        var findings = new InsightFinding[count];
        var i = 0;
        foreach (ref readonly var match in matches)
        {
            if (!match.Dropped && matcher.RuleOf(match).Role == role)
            {
                findings[i++] = Create(matcher, match, tokens);
            }
        }

        return findings;
    }

    /// <summary>A crisis signal from the standing crisis matches, or <see langword="null"/> when there are none.</summary>
    public static CrisisSignal? Crisis(Matcher matcher, ReadOnlySpan<RawMatch> matches, ReadOnlySpan<Token> tokens, InsightSource source, JournalEntryId? entryId = null, int? itemIndex = null)
    {
        var findings = Findings(matcher, matches, tokens, RuleRole.Crisis);
        return findings.Length == 0
            ? null
            : new CrisisSignal { Source = source, EntryId = entryId, ItemIndex = itemIndex, Findings = findings };
    }
}
