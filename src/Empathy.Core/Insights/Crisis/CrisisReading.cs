using Empathy.Core.Insights.Text;
using Empathy.Core.Journal;

namespace Empathy.Core.Insights.Crisis;

/// <summary>
/// Reads the crisis phrases of a scanned text with their scope, and raises the signal only for a
/// current, non-negated phrase about the writer. Every step looks a bounded number of words around
/// the phrase, so reading stays linear in the text.
/// </summary>
/// <remarks>
/// The scope rules, in order: the sentence is the phrase's words out to the nearest sentence end (at
/// most <see cref="SentenceReach"/> words each way). Negation: a negation word in the clause before the
/// phrase and after its subject, at most <see cref="ClauseReach"/> words back. Person: a person word
/// inside the phrase decides ("kill myself": the writer; "kill herself": another person); otherwise the nearest person word before it in the clause
/// decides ("my friend wants to die": another person; "if you ever want to die": the reader); none
/// means the writer. Time: a past phrase of the lexicon in the sentence ("years ago") makes it past.
/// </remarks>
internal static class CrisisReading
{
    public const int ClauseReach = 8;

    public const int SentenceReach = 40;

    /// <summary>The signal (when a mention raises it) and every mention; nothing is allocated when the text has no crisis phrase.</summary>
    public static (CrisisSignal? Signal, CrisisMention[] Mentions) Read(in ScanView view, ScopeWords words, InsightSource source, JournalEntryId? entryId = null, int? itemIndex = null)
    {
        var count = view.Count(RuleRole.Crisis);
        if (count == 0)
        {
            return (null, []);
        }

        var mentions = new CrisisMention[count];
        var raising = 0;
        var i = 0;
        foreach (ref readonly var match in view.Matches)
        {
            if (view.Stands(match, RuleRole.Crisis))
            {
                var mention = Mention(view, match, words);
                mentions[i++] = mention;
                raising += mention.RaisesFlag ? 1 : 0;
            }
        }

        if (raising == 0)
        {
            return (null, mentions);
        }

        var signal = new CrisisSignal
        {
            Source = source,
            EntryId = entryId,
            ItemIndex = itemIndex,
            Findings = [.. mentions.Where(m => m.RaisesFlag).Select(m => m.Finding)],
            Mentions = mentions,
        };
        return (signal, mentions);
    }

    private static CrisisMention Mention(in ScanView view, in RawMatch match, ScopeWords words)
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

        var person = CrisisPerson.Self;
        var personSet = false;
        for (var k = match.First; k <= match.Last && !personSet; k++)
        {
            // "kill myself", "without me": the phrase names the writer; "kill herself": another person.
            var inside = words.Of(tokens[k].Id);
            if (inside is ScopeWord.FirstPerson or ScopeWord.ThirdPerson)
            {
                personSet = true;
                person = inside == ScopeWord.FirstPerson ? CrisisPerson.Self : CrisisPerson.Another;
            }
        }

        var negated = false;
        Span<(int Start, int End)> scope = [(-1, -1), (-1, -1), (-1, -1)]; // negation, person, time
        for (var k = match.First - 1; k >= Math.Max(0, match.First - ClauseReach); k--)
        {
            if (tokens[k + 1].Has(TokenFlags.BreakBefore))
            {
                break; // punctuation ends the clause before the phrase
            }

            var kind = words.Of(tokens[k].Id);
            if (kind == ScopeWord.Negation && !negated)
            {
                negated = true;
                scope[0] = (tokens[k].Start, tokens[k].End);
            }
            else if (kind is ScopeWord.FirstPerson or ScopeWord.SecondPerson or ScopeWord.ThirdPerson)
            {
                if (personSet)
                {
                    break; // the phrase names its own subject ("kill myself"): nothing before it is its scope
                }

                personSet = true;
                person = kind switch
                {
                    ScopeWord.SecondPerson => CrisisPerson.Reader,
                    ScopeWord.ThirdPerson => CrisisPerson.Another,
                    _ => CrisisPerson.Self,
                };
                if (person != CrisisPerson.Self)
                {
                    scope[1] = (tokens[k].Start, tokens[k].End);
                }

                break; // the subject: a negation before it belongs to another clause
            }
        }

        var time = CrisisTime.Current;
        var matches = view.Matches;
        for (var o = MatchResolver.LowerBound(matches, first); o < matches.Length; o++)
        {
            ref readonly var other = ref matches[o];
            if (other.First > last)
            {
                break;
            }

            if (view.Stands(other, RuleRole.PastMarker))
            {
                time = CrisisTime.Past;
                scope[2] = (tokens[other.First].Start, tokens[other.Last].End);
                break;
            }
        }

        var sentenceStart = tokens[first].Start;
        return new CrisisMention
        {
            Finding = view.Finding(match),
            Person = person,
            IsNegated = negated,
            Time = time,
            SentenceStart = sentenceStart,
            SentenceLength = tokens[last].End - sentenceStart,
            ScopeWords = Words(view.Text, scope),
        };
    }

    // The words that set the scope, each as written, joined with " · " (only the words, never the text between them).
    private static string Words(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> scope)
    {
        var words = new List<string>(3);
        foreach (var (start, end) in scope)
        {
            if (start >= 0)
            {
                words.Add(text[start..end].ToString());
            }
        }

        return string.Join(" · ", words);
    }
}
