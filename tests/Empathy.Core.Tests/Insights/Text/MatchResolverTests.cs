using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Text;

namespace Empathy.Core.Tests.Insights.Text;

/// <summary>
/// Resolving in one pass (a group of same-start matches at a time, the furthest reach per role) decides
/// exactly what a pass of each kind over all the matches decides: checked against that plain reading
/// on random matches (seeded, so a failure repeats).
/// </summary>
public class MatchResolverTests
{
    private static readonly Matcher Matcher = LexiconStore.Default("en").Observation!.Matcher;

    private static readonly RuleRole[] Roles = [RuleRole.Finding, RuleRole.Crisis, RuleRole.ReportedSpeech, RuleRole.SpeechStop, RuleRole.Theme, RuleRole.Component];

    // The resolver keeps one reach per role in a fixed inline array, and the match list one bit per
    // role in 32: a role added past either would fail there, so it fails here first.
    [Fact]
    public void EveryRole_FitsThePerRoleStateAndTheRoleBits()
    {
        var largest = Enum.GetValues<RuleRole>().Max(r => (int)r);

        Assert.True(largest < MatchResolver.RoleCapacity, $"RuleRole {largest} does not fit MatchResolver's {MatchResolver.RoleCapacity} per-role slots.");
        Assert.True(largest < 32, $"RuleRole {largest} does not fit MatchList's 32 role bits.");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Resolve_OnRandomMatches_DropsWhatSeparatePassesDrop(int seed)
    {
        var random = new Random(seed);
        for (var text = 0; text < 500; text++)
        {
            var tokens = RandomTokens(random);
            var matches = RandomMatches(random, tokens.Length);
            var expected = matches.ToArray();
            var anyException = matches.Any(m => m.IsException);
            var skipQuoted = random.Next(2) == 0;

            ResolveInPasses(expected, tokens, skipQuoted);
            MatchResolver.Resolve(matches, tokens, Matcher, skipQuoted, anyException);

            Assert.Equal(expected.Select(m => m.Dropped), matches.Select(m => m.Dropped));
        }
    }

    private static Token[] RandomTokens(Random random)
    {
        var tokens = new Token[random.Next(1, 40)];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = new Token(1, i * 2, 1, random.Next(8) == 0 ? TokenFlags.Quoted : TokenFlags.None);
        }

        return tokens;
    }

    private static RawMatch[] RandomMatches(Random random, int tokenCount)
    {
        var matches = new List<RawMatch>();
        for (var first = 0; first < tokenCount; first++)
        {
            for (var n = random.Next(4) == 0 ? random.Next(1, 5) : 0; n > 0; n--)
            {
                var last = Math.Min(tokenCount - 1, first + random.Next(Matcher.MaxMatchLength));
                matches.Add(new RawMatch(0, first, last, random.Next(3), Roles[random.Next(Roles.Length)], random.Next(10) == 0));
            }
        }

        return [.. matches];
    }

    // The plain reading: exceptions, cancelling and quotes for every match, then containment for every match.
    private static void ResolveInPasses(RawMatch[] matches, Token[] tokens, bool skipQuoted)
    {
        var anyException = matches.Any(m => m.IsException);
        for (var m = 0; m < matches.Length; m++)
        {
            var match = matches[m];
            var cancelled = anyException && matches.Any(e => e.IsException && e.Rule == match.Rule && e.First <= match.First && e.Last >= match.Last);
            var quoted = skipQuoted && match.Role == RuleRole.Finding && tokens[match.First..(match.Last + 1)].Any(t => t.Has(TokenFlags.Quoted | TokenFlags.Reported));
            var speechMarker = match.Role is RuleRole.ReportedSpeech or RuleRole.SpeechStop; // read before resolving, by nothing after
            matches[m].Dropped = match.IsException || speechMarker || cancelled || quoted;
        }

        for (var m = 0; m < matches.Length; m++)
        {
            if (matches[m].Dropped)
            {
                continue;
            }

            var match = matches[m];
            var acrossRules = match.Role is RuleRole.Finding or RuleRole.Crisis or RuleRole.ReportedSpeech;
            for (var o = 0; o < matches.Length; o++)
            {
                var other = matches[o];
                var sameSpan = other.First == match.First && other.Last == match.Last;
                if (o != m && !other.Dropped && other.Role == match.Role && (acrossRules || other.Rule == match.Rule)
                    && other.First <= match.First && other.Last >= match.Last && (!sameSpan || o < m))
                {
                    matches[m].Dropped = true;
                    break;
                }
            }
        }
    }
}
