namespace Empathy.Core.Insights.Text;

/// <summary>
/// Reads the scope of a matched phrase from the words around it, for any check: its sentence, who it
/// is about, whether it is negated and whether it is told in the past. Every step reads a bounded
/// number of words, so reading the scope of every match stays linear in the text.
/// </summary>
/// <remarks>
/// The rules, each a heuristic over the lexicon's <c>scope</c> section:
/// <list type="bullet">
/// <item><b>sentence</b>: out to the nearest sentence end, at most <see cref="SentenceReach"/> words each way;</item>
/// <item><b>person</b>: a person word inside the phrase decides ("kill myself": the writer; "kill
/// herself": another person; "kill yourself": the reader); otherwise the nearest person word before it
/// in its clause ("my friend wants to die": another person; "if you ever want to die": the reader);
/// none means the writer, except for a rule that needs a subject (topic words such as "suicidal
/// thoughts"): with no person word in its clause and no first-person word in its sentence it is about no one named. A quoted phrase about the writer is the
/// speaker's: the nearest person word before the quotation, or just after it ("she said 'I want to die'");</item>
/// <item><b>clause</b>: read back at most <see cref="ClauseReach"/> words, not across punctuation and not
/// across a clause-break word ("if", "that", "because": "not sure if it is normal to want to die" is no denial);</item>
/// <item><b>negation</b>: a negation word between the subject and the phrase in its clause, not lifted
/// by the word after it (a lifter within <see cref="LifterReach"/> words after it: "can't stop thinking
/// about it" affirms) nor cancelled by a privative between it and the phrase (a double negation: "I
/// can't go a day without thinking about suicide" affirms);</item>
/// <item><b>time</b>: a past phrase of the lexicon in the sentence within <see cref="TimeReach"/> words of
/// the phrase ("years ago", "when I was 15"), unless a present phrase ("tonight", "right now") stands
/// nearer: "two years ago I planned it, and now I am planning to kill myself tonight" is current.</item>
/// </list>
/// The observation check reads negation only, and nearer (<see cref="IsNegatedNearby"/>): a verdict is
/// denied by a negation just before it ("he is not lazy"), while a crisis phrase is read through its
/// whole clause, with its subject and time.
/// </remarks>
internal static class ScopeReader
{
    /// <summary>How many words before a phrase a negation may stand in the short reading of <see cref="IsNegatedNearby"/>.</summary>
    public const int NearbyNegationReach = 3;

    /// <summary>How many words before a phrase its clause is read for negation and person.</summary>
    public const int ClauseReach = 8;

    /// <summary>How many words each way a phrase's sentence reaches at most.</summary>
    public const int SentenceReach = 40;

    /// <summary>How many words from a phrase a past or present phrase sets its time (unpunctuated posts run far longer than a clause).</summary>
    public const int TimeReach = 12;

    /// <summary>How many words after a closing quotation its speaker is looked for ("'…,' she said").</summary>
    public const int SpeakerReach = 2;

    /// <summary>How many words after a negation a lifter is looked for.</summary>
    public const int LifterReach = 2;

    private static readonly (int Start, int End) None = (-1, -1);

    /// <summary>The scope of <paramref name="match"/> in <paramref name="view"/>.</summary>
    public static PhraseScope Read(in ScanView view, in RawMatch match, ScopeWords words)
    {
        var tokens = view.Tokens;
        var first = match.First;
        for (var steps = 0; first > 0 && !tokens[first].Has(TokenFlags.SentenceBefore) && steps < SentenceReach; steps++)
        {
            first--;
        }

        var last = match.Last;
        for (var steps = 0; last + 1 < tokens.Length && !tokens[last + 1].Has(TokenFlags.SentenceBefore) && steps < SentenceReach; steps++)
        {
            last++;
        }

        var (person, personSet, personWord) = PersonInside(tokens, match, words);
        var subjectFound = personSet;
        var negated = false;
        var clauseClosed = words.Of(tokens[match.First].Id) == ScopeWord.ClauseBreak; // "…know why I am still alive": the phrase opens its own clause
        var negationWord = None;
        for (var k = match.First - 1; k >= Math.Max(0, match.First - ClauseReach); k--)
        {
            if (tokens[k + 1].Has(TokenFlags.BreakBefore))
            {
                break; // punctuation ends the clause before the phrase
            }

            var kind = words.Of(tokens[k].Id);
            if (kind == ScopeWord.ClauseBreak)
            {
                // "if", "that", "because": a new clause starts here. A negation before it belongs to the
                // other clause; the subject is still looked for (a Spanish verb often names its own).
                clauseClosed = true;
                continue;
            }

            if (kind is ScopeWord.FirstPersonVerb or ScopeWord.ThirdPersonVerb)
            {
                // "no quiero…", "nunca he…": the verb names the subject, and the negation stands before it.
                if (!personSet && !subjectFound)
                {
                    person = kind == ScopeWord.ThirdPersonVerb ? ScopePerson.Another : ScopePerson.Writer;
                    personWord = kind == ScopeWord.ThirdPersonVerb ? (tokens[k].Start, tokens[k].End) : None;
                }

                subjectFound = true;
                continue;
            }

            if (kind == ScopeWord.Negation && !negated && !clauseClosed && !IsLifted(tokens, k, match.First, words))
            {
                negated = true;
                negationWord = (tokens[k].Start, tokens[k].End);
            }
            else if (kind is ScopeWord.FirstPerson or ScopeWord.SecondPerson or ScopeWord.ThirdPerson)
            {
                if (!personSet && !subjectFound)
                {
                    person = kind switch
                    {
                        ScopeWord.SecondPerson => ScopePerson.Reader,
                        ScopeWord.ThirdPerson => ScopePerson.Another,
                        _ => ScopePerson.Writer,
                    };
                    if (person != ScopePerson.Writer)
                    {
                        personWord = (tokens[k].Start, tokens[k].End);
                    }
                }

                subjectFound = true;
                break; // the subject (or the phrase names its own): a negation before it belongs to another clause
            }
        }

        if (!subjectFound && view.Matcher.RuleOf(match).NeedsSubject && !NamesTheWriter(tokens, first, last, words))
        {
            person = ScopePerson.Unnamed; // "suicidal thoughts are common": a topic, nobody's statement
        }

        if (person == ScopePerson.Writer && tokens[match.First].Has(TokenFlags.Quoted) && Speaker(tokens, match, first, last, words) is { Person: not ScopePerson.Writer } speaker)
        {
            (person, personWord) = speaker; // "she said 'I want to die'": her words, quoted
        }

        var (past, timeWords) = PastIn(view, match, first, last);
        return new PhraseScope(person, negated, past, first, last, negationWord, personWord, timeWords);
    }

    // "kill myself", "without me": the phrase names the writer; "kill herself": another person; "kill
    // yourself": the reader (advice or an insult, not the writer's own words).
    private static (ScopePerson Person, bool Set, (int Start, int End) Word) PersonInside(ReadOnlySpan<Token> tokens, in RawMatch match, ScopeWords words)
    {
        var third = false;
        (int Start, int End) reader = None;
        for (var k = match.First; k <= match.Last; k++)
        {
            switch (words.Of(tokens[k].Id))
            {
                case ScopeWord.FirstPerson or ScopeWord.FirstPersonVerb:
                    return (ScopePerson.Writer, true, None); // the writer wins: "better off without me", "by the time you read this I…"
                case ScopeWord.ThirdPerson or ScopeWord.ThirdPersonVerb:
                    third = true;
                    break;
                case ScopeWord.SecondPerson when reader.Start < 0:
                    reader = (tokens[k].Start, tokens[k].End);
                    break;
            }
        }

        return third ? (ScopePerson.Another, true, None)
            : reader.Start >= 0 ? (ScopePerson.Reader, true, reader)
            : (ScopePerson.Writer, false, None);
    }

    // Who speaks a quoted phrase: the nearest person word before the quotation (within the clause
    // reach and the sentence), or one just after its end ("'…,' she said"); none leaves the words' own reading.
    private static (ScopePerson Person, (int Start, int End) Word)? Speaker(ReadOnlySpan<Token> tokens, in RawMatch match, int first, int last, ScopeWords words)
    {
        var open = match.First;
        while (open > first && tokens[open - 1].Has(TokenFlags.Quoted) && !tokens[open].Has(TokenFlags.BreakBefore))
        {
            open--;
        }

        var close = match.Last;
        while (close < last && tokens[close + 1].Has(TokenFlags.Quoted))
        {
            close++;
        }

        for (var k = open - 1; k >= Math.Max(first, open - ClauseReach); k--)
        {
            if (PersonOf(words.Of(tokens[k].Id)) is { } before)
            {
                return (before, (tokens[k].Start, tokens[k].End));
            }
        }

        for (var k = close + 1; k <= Math.Min(last, close + SpeakerReach); k++)
        {
            if (PersonOf(words.Of(tokens[k].Id)) is { } after)
            {
                return (after, (tokens[k].Start, tokens[k].End));
            }
        }

        return null;
    }

    // Whether a first-person word stands anywhere in the sentence ("I guess it helps to talk about these suicidal thoughts").
    private static bool NamesTheWriter(ReadOnlySpan<Token> tokens, int first, int last, ScopeWords words)
    {
        for (var k = first; k <= last; k++)
        {
            if (words.Of(tokens[k].Id) is ScopeWord.FirstPerson or ScopeWord.FirstPersonVerb)
            {
                return true;
            }
        }

        return false;
    }

    private static ScopePerson? PersonOf(ScopeWord kind) => kind switch
    {
        ScopeWord.FirstPerson or ScopeWord.FirstPersonVerb => ScopePerson.Writer,
        ScopeWord.SecondPerson => ScopePerson.Reader,
        ScopeWord.ThirdPerson or ScopeWord.ThirdPersonVerb => ScopePerson.Another,
        _ => null,
    };

    // "I can't stop…", "no puedo dejar de…": a lifter among the two words after the negation (before
    // the phrase) makes it an affirmation; so does a privative anywhere between the negation and the
    // phrase, a double negation ("not a day without…", "no paso un día sin…"). The words between lie
    // inside the clause reach, so the look stays bounded.
    private static bool IsLifted(ReadOnlySpan<Token> tokens, int negation, int phraseFirst, ScopeWords words)
    {
        for (var k = negation + 1; k < phraseFirst; k++)
        {
            var kind = words.Of(tokens[k].Id);
            if (kind == ScopeWord.Privative || (kind == ScopeWord.NegationLifter && k <= negation + LifterReach))
            {
                return true;
            }
        }

        return false;
    }

    // The nearest past phrase within reach of the phrase, in its sentence, sets the past, unless a
    // present phrase stands at least as near ("years ago … and tonight I want to die").
    private static (bool Past, (int, int) Words) PastIn(in ScanView view, in RawMatch match, int first, int last)
    {
        var matches = view.Matches;
        var tokens = view.Tokens;
        var from = Math.Max(first, match.First - TimeReach);
        var to = Math.Min(last, match.Last + TimeReach);
        var pastDistance = int.MaxValue;
        var presentDistance = int.MaxValue;
        var pastWords = None;
        for (var o = MatchResolver.LowerBound(matches, from); o < matches.Length; o++)
        {
            ref readonly var other = ref matches[o];
            if (other.First > to)
            {
                break;
            }

            var distance = other.Last < match.First ? match.First - other.Last : Math.Max(0, other.First - match.Last);
            if (view.Stands(other, RuleRole.PastMarker) && distance < pastDistance)
            {
                pastDistance = distance;
                pastWords = (tokens[other.First].Start, tokens[other.Last].End);
            }
            else if (view.Stands(other, RuleRole.PresentMarker))
            {
                presentDistance = Math.Min(presentDistance, distance);
            }
        }

        return pastDistance < presentDistance ? (true, pastWords) : (false, None);
    }

    /// <summary>
    /// The short negation reading: a negation word of the scope ("not", "never", the "n't" of a
    /// contraction) at most <see cref="NearbyNegationReach"/> words before the phrase, not across
    /// punctuation. "He is not lazy", "I don't think she hates me", "it was never a disaster" state no verdict.
    /// </summary>
    /// <remarks>
    /// A negation that belongs to another verb ("I can't believe how rude he was") still counts, so such a
    /// finding is missed; one further back ("I don't know why I keep thinking everyone hates me") does not.
    /// </remarks>
    public static bool IsNegatedNearby(ReadOnlySpan<Token> tokens, in RawMatch match, ScopeWords words)
    {
        for (var k = match.First - 1; k >= Math.Max(0, match.First - NearbyNegationReach); k--)
        {
            if (tokens[k + 1].Has(TokenFlags.BreakBefore))
            {
                return false; // punctuation ends the clause before the phrase
            }

            if (words.Of(tokens[k].Id) == ScopeWord.Negation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The standing matches of a role that are not negated in the short reading (<see cref="IsNegatedNearby"/>), as findings in text order; empty (and not allocated) when there are none.</summary>
    public static InsightFinding[] UnnegatedFindings(in ScanView view, RuleRole role, ScopeWords words) =>
        view.Findings(role, new NotNegatedNearby(words));

    // The finding test of UnnegatedFindings.
    private readonly struct NotNegatedNearby(ScopeWords words) : IFindingTest
    {
        public bool Keeps(in ScanView view, in RawMatch match) => !IsNegatedNearby(view.Tokens, match, words);
    }

    /// <summary>The words that set the scope, each as written, joined with " · " (only the words, never the text between them); empty when the defaults hold.</summary>
    public static string Words(ReadOnlySpan<char> text, in PhraseScope scope)
    {
        Span<(int Start, int End)> ranges = [scope.NegationWord, scope.PersonWord, scope.TimeWords];
        var words = new List<string>(3);
        foreach (var (start, end) in ranges)
        {
            if (start >= 0)
            {
                words.Add(text[start..end].ToString());
            }
        }

        return string.Join(" · ", words);
    }
}
