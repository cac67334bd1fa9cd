using System.Globalization;
using System.Text;
using Empathy.Core.Insights;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;

namespace Empathy.Evaluation.Digest;

/// <summary>
/// Writes everything the checks report about one text as plain canonical lines: every finding (rule id,
/// kind, span, phrase), every crisis mention with its scope, the crisis flag, the reply's evidence and
/// dismissive flag, and the message's suggestion and extracted parts. Every check runs on every text,
/// whatever its file's check, so a change to any finding anywhere changes the record.
/// </summary>
/// <remarks>Thread-safe, like the checks it holds. The record is for hashing: nothing of it is printed.</remarks>
internal sealed class FindingRecorder
{
    private readonly ObservationCheck _observation;
    private readonly MessageCheck _message;
    private readonly ReplyCheck _reply;
    private readonly CrisisDetector _crisis;

    /// <summary>Builds the checks once, with the given options (the library's defaults when <see langword="null"/>).</summary>
    public FindingRecorder(InsightOptions? options = null)
    {
        _observation = new ObservationCheck(options);
        _message = new MessageCheck(options);
        _reply = new ReplyCheck(options);
        _crisis = new CrisisDetector(options);
    }

    /// <summary>Appends the record of one text to <paramref name="record"/>.</summary>
    public void Record(string text, StringBuilder record)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(record);

        var observation = _observation.Check(text);
        record.Append("observation objective=").Append(observation.IsObjective).Append(" hint=").Append(observation.RewriteHint is not null).Append('\n');
        Findings(record, "  finding", observation.Findings);
        Crisis(record, observation.Crisis, observation.CrisisMentions);

        var message = _message.Check(text);
        record.Append("message accusation=").Append(message.IsAccusation)
            .Append(" suggestion=").Append(message.Suggestion ?? "-")
            .Append(" parts=").AppendJoin(',', message.ExtractedParts).Append('\n');
        Findings(record, "  finding", message.Findings);
        Crisis(record, message.Crisis, message.CrisisMentions);

        var reply = _reply.Check(text);
        record.Append("reply dismissive=").Append(reply.IsDismissive)
            .Append(" explores=").Append(reply.Explores)
            .Append(" components=").AppendJoin(',', reply.Components)
            .Append(" suggestions=").AppendJoin(" | ", reply.Suggestions).Append('\n');
        Findings(record, "  finding", reply.Findings);
        foreach (var evidence in reply.Evidence)
        {
            record.Append("  evidence ").Append(evidence.Component).Append(' ').Append(evidence.RuleId)
                .Append(" exploring=").Append(evidence.IsExploring)
                .Append(' ').Append(Span(evidence.Start, evidence.Length))
                .Append(" \"").Append(evidence.Phrase).Append("\"\n");
        }

        Crisis(record, reply.Crisis, reply.CrisisMentions);

        record.Append("crisis-detector\n");
        foreach (var mention in _crisis.Mentions(text))
        {
            Mention(record, mention);
        }
    }

    private static void Crisis(StringBuilder record, CrisisSignal? signal, IReadOnlyList<CrisisMention> mentions)
    {
        record.Append("  crisis flag=").Append(signal is not null).Append('\n');
        if (signal is not null)
        {
            Findings(record, "    raised", signal.Findings);
        }

        foreach (var mention in mentions)
        {
            Mention(record, mention);
        }
    }

    private static void Mention(StringBuilder record, CrisisMention mention)
    {
        Findings(record, "  mention", [mention.Finding]);
        record.Append("    scope person=").Append(mention.Person)
            .Append(" negated=").Append(mention.IsNegated)
            .Append(" time=").Append(mention.Time)
            .Append(" sentence=").Append(Span(mention.SentenceStart, mention.SentenceLength))
            .Append(" words=\"").Append(mention.ScopeWords).Append("\" raises=").Append(mention.RaisesFlag).Append('\n');
    }

    private static void Findings(StringBuilder record, string label, IReadOnlyList<InsightFinding> findings)
    {
        foreach (var finding in findings)
        {
            record.Append(label).Append(' ').Append(finding.RuleId).Append(' ').Append(finding.Kind)
                .Append(' ').Append(Span(finding.Start, finding.Length))
                .Append(" \"").Append(finding.Phrase).Append("\"\n");
        }
    }

    private static string Span(int start, int length) => string.Create(CultureInfo.InvariantCulture, $"{start}+{length}");
}
