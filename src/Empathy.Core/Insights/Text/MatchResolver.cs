using System.Runtime.CompilerServices;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// Decides which raw matches stand: an exception cancels the matches of its rule that it holds whole
/// (the idiom "to die for" holds no "wanted to die", so "I wanted to die for weeks" stands),
/// quoted or reported words are not findings (when the check asks), and a match inside a longer
/// match of the same role gives way to it ("will never" wins over "never"). The verbs of speech and
/// their stop words, read before resolving (<see cref="MarkReportedSpeech"/>), are dropped.
/// </summary>
/// <remarks>
/// Matches arrive ordered by first token. Every pass only looks back as far as the longest pattern,
/// so resolving is linear in the number of matches.
/// </remarks>
internal static class MatchResolver
{
    /// <param name="matches">The matches, in order of their first token.</param>
    /// <param name="tokens">The text's tokens (their quoted and reported flags).</param>
    /// <param name="matcher">The matcher that found them.</param>
    /// <param name="skipQuoted">Whether findings in quoted or reported words are dropped.</param>
    /// <param name="anyException">Whether some match is an exception (when none is, nothing is cancelled).</param>
    public static void Resolve(Span<RawMatch> matches, ReadOnlySpan<Token> tokens, Matcher matcher, bool skipQuoted, bool anyException)
    {
        var reach = Math.Max(1, matcher.MaxMatchLength);
        long work = 0;

        // One pass, a group of matches with the same first token at a time: first what holds for each
        // match alone (an exception, cancelled by one, quoted), then what holds against the others
        // (inside a longer match). A match can only be held by one that starts at most reach - 1 tokens
        // before it, which is resolved already, or by one of its own group, which has had its first
        // step: the same decisions as a pass of each kind over all the matches, reading them once.
        // The first match that can hold the group only moves forward: one pointer, not a search per match.
        var from = 0;

        // For the roles that give way to a longer match of any rule: the furthest last token of a
        // standing match of the role in the groups before. An earlier match starts before this one, so
        // it holds it exactly when it reaches as far; one comparison instead of reading the matches
        // back. (A match dropped for being inside another reaches no further than that one.)
        var furthest = default(PerRole);
        ((Span<int>)furthest).Fill(-1);

        // The last exception met so far: a match alone at its first token can only be cancelled by an
        // exception before it, so with none since `from` it is not looked for.
        var lastException = -1;
        for (var group = 0; group < matches.Length;)
        {
            var first = matches[group].First;
            var end = group + 1;
            while (end < matches.Length && matches[end].First == first)
            {
                end++;
            }

            from = Advance(matches, from, first - reach + 1);
            if (end == group + 1)
            {
                // Most matches are alone at their first token: the same decisions, in one step and
                // without the loops over a group.
                ResolveAlone(matches, group, from, tokens, skipQuoted, ref lastException, ref furthest, ref work);
                group = end;
                continue;
            }

            for (var m = group; m < end; m++)
            {
                // An exception later in the group may cancel this match: looked for whenever there is one.
                DropAlone(matches, m, from, anyException, tokens, skipQuoted, ref lastException, ref work);
            }

            for (var m = group; m < end; m++)
            {
                if (matches[m].Dropped)
                {
                    continue;
                }

                var role = matches[m].Role;
                var contained = GivesWayAcrossRules(role)
                    ? furthest[(int)role] >= matches[m].Last || IsContainedInGroup(matches, m, group, end, ref work)
                    : IsContained(matches, m, from, ref work);
                if (contained)
                {
                    matches[m].Dropped = true;
                }
            }

            for (var m = group; m < end; m++)
            {
                work++;
                ref readonly var match = ref matches[m];
                if (!match.Dropped && GivesWayAcrossRules(match.Role))
                {
                    furthest[(int)match.Role] = Math.Max(furthest[(int)match.Role], match.Last);
                }
            }

            group = end;
        }

        ScanWork.Add(work);
    }

    // A match that no other match of its group can hold: dropped for what holds of it alone, or for
    // lying inside a longer match that started before it; if it stands, it is the furthest of its role.
    private static void ResolveAlone(Span<RawMatch> matches, int m, int from, ReadOnlySpan<Token> tokens, bool skipQuoted, ref int lastException, ref PerRole furthest, ref long work)
    {
        work++;
        ref var match = ref matches[m];
        if (DropAlone(matches, m, from, lastException >= from, tokens, skipQuoted, ref lastException, ref work))
        {
            return;
        }

        if (GivesWayAcrossRules(match.Role))
        {
            ref var reached = ref furthest[(int)match.Role];
            if (reached >= match.Last)
            {
                match.Dropped = true;
            }
            else
            {
                reached = match.Last;
            }
        }
        else if (IsContained(matches, m, from, ref work))
        {
            match.Dropped = true;
        }
    }

    /// <summary>
    /// Marks the words after a verb of speech, to the end of the clause or an earlier stop word, as
    /// reported speech ("she said I was lazy": "I was lazy" is what she said, not an interpretation).
    /// </summary>
    /// <remarks>
    /// Linear in tokens and matches: the stop words are marked on their tokens first (one pass over
    /// the matches), and a verb whose words run into the stretch the previous verb already marked
    /// ends where that stretch ends, so no token is walked twice ("said said said…").
    /// </remarks>
    public static void MarkReportedSpeech(ReadOnlySpan<RawMatch> matches, Span<Token> tokens)
    {
        long work = matches.Length;
        foreach (ref readonly var match in matches)
        {
            if (match.Role == RuleRole.SpeechStop)
            {
                tokens[match.First].Flags |= TokenFlags.SpeechStop;
            }
        }

        // The stretch the last verb marked: tokens regionFirst..regionEnd-1.
        int regionFirst = -1, regionEnd = -1;
        for (var m = 0; m < matches.Length; m++)
        {
            work++;
            if (matches[m].Role != RuleRole.ReportedSpeech)
            {
                continue;
            }

            var k = matches[m].Last + 1;
            if (k >= tokens.Length || tokens[k].Has(TokenFlags.SentenceBefore))
            {
                continue;
            }

            // "He said, you are lazy": a comma or colon right after the verb opens the reported words.
            var first = k;
            for (; k < tokens.Length; k++)
            {
                work++;
                if (k > regionFirst && k < regionEnd)
                {
                    // From here on this verb's words follow the same breaks and stops as the last
                    // verb's, so they end where those ended, and are marked already.
                    k = regionEnd;
                    break;
                }

                if (k > first && tokens[k].Has(TokenFlags.BreakBefore))
                {
                    break;
                }

                if (tokens[k].Has(TokenFlags.SpeechStop))
                {
                    break;
                }

                tokens[k].Flags |= TokenFlags.Reported;
            }

            if (k > regionEnd)
            {
                (regionFirst, regionEnd) = (first, k);
            }
        }

        ScanWork.Add(work);
    }

    private static bool AnyQuoted(ReadOnlySpan<Token> tokens, in RawMatch match)
    {
        for (var t = match.First; t <= match.Last; t++)
        {
            if (tokens[t].Has(TokenFlags.Quoted | TokenFlags.Reported))
            {
                return true;
            }
        }

        return false;
    }

    private static int Advance(ReadOnlySpan<RawMatch> matches, int from, int first)
    {
        while (from < matches.Length && matches[from].First < first)
        {
            from++;
        }

        return from;
    }

    private static bool IsCancelled(ReadOnlySpan<RawMatch> matches, int m, int from, ref long work)
    {
        var match = matches[m];
        for (var e = from; e < matches.Length && matches[e].First <= match.First; e++)
        {
            work++;
            if (matches[e].IsException && matches[e].Rule == match.Rule && matches[e].Last >= match.Last)
            {
                return true;
            }
        }

        return false;
    }

    // Within one group (the same first token): a standing match of the role that reaches further, or
    // as far and comes first.
    private static bool IsContainedInGroup(ReadOnlySpan<RawMatch> matches, int m, int group, int end, ref long work)
    {
        ref readonly var match = ref matches[m];
        for (var o = group; o < end; o++)
        {
            work++;
            ref readonly var other = ref matches[o];
            if (o != m && !other.Dropped && other.Role == match.Role && (other.Last > match.Last || (other.Last == match.Last && o < m)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsContained(ReadOnlySpan<RawMatch> matches, int m, int from, ref long work)
    {
        var match = matches[m];
        var acrossRules = GivesWayAcrossRules(match.Role);
        var rule = acrossRules ? -1 : match.Rule;
        for (var o = from; o < matches.Length && matches[o].First <= match.First; o++)
        {
            work++;
            if (o == m || matches[o].Dropped)
            {
                continue;
            }

            var other = matches[o];
            if (other.Role != match.Role || (!acrossRules && other.Rule != rule))
            {
                continue;
            }

            if (other.First <= match.First && other.Last >= match.Last)
            {
                var sameSpan = other.First == match.First && other.Last == match.Last;
                if (!sameSpan || o < m)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // What holds of a match alone: an exception is never reported itself; a verb of speech or its stop
    // word is dropped (see IsSpeechMarker); a match an exception cancels (looked for only when
    // mayBeCancelled), or a finding in quoted words (when the check skips them), is dropped. True when dropped.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool DropAlone(Span<RawMatch> matches, int m, int from, bool mayBeCancelled, ReadOnlySpan<Token> tokens, bool skipQuoted, ref int lastException, ref long work)
    {
        ref var match = ref matches[m];
        if (match.IsException)
        {
            lastException = m;
        }
        else if (!IsSpeechMarker(match.Role)
            && !(mayBeCancelled && IsCancelled(matches, m, from, ref work))
            && !(skipQuoted && match.Role == RuleRole.Finding && AnyQuoted(tokens, match)))
        {
            return false;
        }

        match.Dropped = true;
        return true;
    }

    // The verbs of speech and their stop words are read before resolving (MarkReportedSpeech) and by
    // nothing after it, and they hold or cancel only matches of their own roles: they are dropped
    // without being resolved (a quarter of the matches of an ordinary journal text).
    private static bool IsSpeechMarker(RuleRole role) => role is RuleRole.ReportedSpeech or RuleRole.SpeechStop;

    // Findings, crisis words and statement markers give way to a longer match of any rule of their
    // role; a theme or a component only to a longer match of the same rule, so that one thought can
    // show two themes and one reply two components.
    private static bool GivesWayAcrossRules(RuleRole role) =>
        role is RuleRole.Finding or RuleRole.Crisis or RuleRole.StatementMarker or RuleRole.ReportedSpeech or RuleRole.SpeechStop;

    /// <summary>How many roles <see cref="PerRole"/> holds: more than <see cref="RuleRole"/> has (a test holds it so).</summary>
    internal const int RoleCapacity = 16;

    // One value per role, kept in the frame: no stack allocation, so the method goes through tiering
    // like the rest of the scan.
    [System.Runtime.CompilerServices.InlineArray(RoleCapacity)]
    private struct PerRole
    {
        private int _first;
    }

    /// <summary>The index of the first match that starts at or after token <paramref name="first"/>.</summary>
    public static int LowerBound(ReadOnlySpan<RawMatch> matches, int first)
    {
        int lo = 0, hi = matches.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (matches[mid].First < first)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
