using Empathy.Core.Insights.Text;
using Empathy.Core.Journal;

namespace Empathy.Core.Insights.Crisis;

/// <summary>
/// Reads the crisis phrases of a scanned text with their scope, and raises the signal only for a
/// current, non-negated phrase about the writer. Every step looks a bounded number of words around
/// the phrase, so reading stays linear in the text.
/// </summary>
/// <remarks>The scope rules are the shared ones of <see cref="ScopeReader"/>, which every check can use.</remarks>
internal static class CrisisReading
{
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
        var scope = ScopeReader.Read(view, match, words);
        var tokens = view.Tokens;
        var sentenceStart = tokens[scope.SentenceFirst].Start;
        return new CrisisMention
        {
            Finding = view.Finding(match),
            Person = scope.Person switch
            {
                ScopePerson.Reader => CrisisPerson.Reader,
                ScopePerson.Another => CrisisPerson.Another,
                ScopePerson.Unnamed => CrisisPerson.Unnamed,
                _ => CrisisPerson.Self,
            },
            IsNegated = scope.IsNegated,
            Time = scope.IsPast ? CrisisTime.Past : CrisisTime.Current,
            SentenceStart = sentenceStart,
            SentenceLength = tokens[scope.SentenceLast].End - sentenceStart,
            ScopeWords = ScopeReader.Words(view.Text, scope),
        };
    }
}
