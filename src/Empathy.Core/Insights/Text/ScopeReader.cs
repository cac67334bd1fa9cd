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
/// herself": another person); otherwise the nearest person word before it in its clause ("my friend
/// wants to die": another person; "if you ever want to die": the reader); none means the writer;</item>
/// <item><b>negation</b>: a negation word between the subject and the phrase, at most
/// <see cref="ClauseReach"/> words back, not across punctuation, and not lifted by the word after it
/// (a lifter within <see cref="LifterReach"/> words after it: "can't stop thinking about it" affirms);</item>
/// <item><b>time</b>: a past phrase of the lexicon in the sentence ("years ago", "when I was 15").</item>
/// </list>
/// </remarks>
internal static class ScopeReader
{
    /// <summary>How many words before a phrase its clause is read for negation and person.</summary>
    public const int ClauseReach = 8;

    /// <summary>How many words each way a phrase's sentence reaches at most.</summary>
    public const int SentenceReach = 40;

    /// <summary>How many words after a negation a lifter is looked for.</summary>
    public const int LifterReach = 2;

    private static readonly (int, int) None = (-1, -1);

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
        var negated = false;
        var negationWord = None;
        for (var k = match.First - 1; k >= Math.Max(0, match.First - ClauseReach); k--)
        {
            if (tokens[k + 1].Has(TokenFlags.BreakBefore))
            {
                break; // punctuation ends the clause before the phrase
            }

            var kind = words.Of(tokens[k].Id);
            if (kind == ScopeWord.Negation && !negated && !IsLifted(tokens, k, match.First, words))
            {
                negated = true;
                negationWord = (tokens[k].Start, tokens[k].End);
            }
            else if (kind is ScopeWord.FirstPerson or ScopeWord.SecondPerson or ScopeWord.ThirdPerson)
            {
                if (!personSet)
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

                break; // the subject (or the phrase names its own): a negation before it belongs to another clause
            }
        }

        var (past, timeWords) = PastIn(view, first, last);
        return new PhraseScope(person, negated, past, first, last, negationWord, personWord, timeWords);
    }

    // "kill myself", "without me": the phrase names the writer; "kill herself": another person.
    private static (ScopePerson Person, bool Set, (int, int) Word) PersonInside(ReadOnlySpan<Token> tokens, in RawMatch match, ScopeWords words)
    {
        for (var k = match.First; k <= match.Last; k++)
        {
            var inside = words.Of(tokens[k].Id);
            if (inside is ScopeWord.FirstPerson or ScopeWord.ThirdPerson)
            {
                return inside == ScopeWord.FirstPerson ? (ScopePerson.Writer, true, None) : (ScopePerson.Another, true, None);
            }
        }

        return (ScopePerson.Writer, false, None);
    }

    // "I can't stop…", "no puedo dejar de…": a lifter among the two words after the negation (before
    // the phrase) makes it an affirmation.
    private static bool IsLifted(ReadOnlySpan<Token> tokens, int negation, int phraseFirst, ScopeWords words)
    {
        for (var k = negation + 1; k < phraseFirst && k <= negation + LifterReach; k++)
        {
            if (words.Of(tokens[k].Id) == ScopeWord.NegationLifter)
            {
                return true;
            }
        }

        return false;
    }

    private static (bool Past, (int, int) Words) PastIn(in ScanView view, int first, int last)
    {
        var matches = view.Matches;
        var tokens = view.Tokens;
        for (var o = MatchResolver.LowerBound(matches, first); o < matches.Length; o++)
        {
            ref readonly var other = ref matches[o];
            if (other.First > last)
            {
                break;
            }

            if (view.Stands(other, RuleRole.PastMarker))
            {
                return (true, (tokens[other.First].Start, tokens[other.Last].End));
            }
        }

        return (false, None);
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
