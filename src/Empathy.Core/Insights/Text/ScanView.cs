using System.Numerics;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// One text after scanning and resolving: its characters, tokens and the matches that stand, with
/// the helpers every check uses to turn them into findings. Lives only while the scan does.
/// </summary>
internal readonly ref struct ScanView
{
    public ScanView(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<RawMatch> matches, Matcher matcher, InsightFindingText[] findingTexts, uint roles)
    {
        _findingTexts = findingTexts;
        Text = text;
        Tokens = tokens;
        Matches = matches;
        Matcher = matcher;
        _roles = roles;
    }

    private readonly uint _roles;

    // The matcher's finding texts by pattern (FindingTexts.Of(Matcher)).
    private readonly InsightFindingText[] _findingTexts;

    public ReadOnlySpan<char> Text { get; }

    public ReadOnlySpan<Token> Tokens { get; }

    /// <summary>Every match, in text order; the ones that do not stand are <see cref="RawMatch.Dropped"/>.</summary>
    public ReadOnlySpan<RawMatch> Matches { get; }

    public Matcher Matcher { get; }

    public CompiledRule Rule(in RawMatch match) => Matcher.RuleOf(match);

    /// <summary>The phrase of the lexicon that matched (its expanded form, such as "you are so lazy").</summary>
    public string Phrase(in RawMatch match) => Matcher.Patterns[match.Pattern].Phrase;

    /// <summary>Where the match is in the text, in characters.</summary>
    public (int Start, int Length) Span(in RawMatch match)
    {
        var start = Tokens[match.First].Start;
        return (start, Tokens[match.Last].End - start);
    }

    /// <summary>Whether a match stands and has the role.</summary>
    public bool Stands(in RawMatch match, RuleRole role) => !match.Dropped && match.Role == role;

    /// <summary>Whether some match (standing or not) has the role: when none has, a reader skips its pass.</summary>
    public bool MayHold(RuleRole role) => (_roles & MatchList.RoleBit(role)) != 0;

    /// <summary>How many standing matches have the role.</summary>
    public int Count(RuleRole role)
    {
        if (!MayHold(role))
        {
            return 0;
        }

        var count = 0;
        foreach (ref readonly var match in Matches)
        {
            if (Stands(match, role))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The standing matches of a role as findings, in text order; empty (and not allocated) when there are none.</summary>
    public InsightFinding[] Findings(RuleRole role) => Findings(role, default(EveryStanding));

    /// <summary>The standing matches of a role that pass <paramref name="test"/>, as findings in text order; empty (and not allocated) when there are none.</summary>
    public InsightFinding[] Findings<TTest>(RuleRole role, TTest test)
        where TTest : struct, IFindingTest
    {
        if (!MayHold(role))
        {
            return [];
        }

        if (Matches.Length <= MaxSelected)
        {
            // One pass: the matches that become findings are noted as bits, then built.
            var selected = 0UL;
            for (var m = 0; m < Matches.Length; m++)
            {
                if (Stands(Matches[m], role) && test.Keeps(this, Matches[m]))
                {
                    selected |= 1UL << m;
                }
            }

            return Findings(selected);
        }

        // More matches than bits (rare: a long text full of phrases): one pass to count, one to build.
        var count = 0;
        foreach (ref readonly var match in Matches)
        {
            if (Stands(match, role) && test.Keeps(this, match))
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var findings = new InsightFinding[count];
        var i = 0;
        foreach (ref readonly var match in Matches)
        {
            if (Stands(match, role) && test.Keeps(this, match))
            {
                findings[i++] = Finding(match);
            }
        }

        return findings;
    }

    /// <summary>The most matches <see cref="Findings{TTest}"/> picks in one pass, one bit each of a 64-bit set.</summary>
    public const int MaxSelected = 64;

    // The matches whose bits are set in `selected` (bit m for match m) as findings, in text order.
    private InsightFinding[] Findings(ulong selected)
    {
        if (selected == 0)
        {
            return [];
        }

        var findings = new InsightFinding[BitOperations.PopCount(selected)];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = Finding(Matches[BitOperations.TrailingZeroCount(selected)]);
            selected &= selected - 1;
        }

        return findings;
    }

    /// <summary>A public finding for one match: its rule, words, span and explanation.</summary>
    public InsightFinding Finding(in RawMatch match)
    {
        var (start, length) = Span(match);
        return new InsightFinding(_findingTexts[match.Pattern], start, length);
    }

    // Every standing match is a finding.
    private readonly struct EveryStanding : IFindingTest
    {
        public bool Keeps(in ScanView view, in RawMatch match) => true;
    }
}
