using Empathy.Core.Components;
using Empathy.Core.Insights;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;

namespace Empathy.Evaluation.Checks;

/// <summary>
/// Runs the library's checks through their public API, the way <c>empathy analyze … --format json</c>
/// does, and reduces each result to a <see cref="Prediction"/>. The one place the runner depends on the
/// checks' result types: a change to what a check reports is adapted here.
/// </summary>
/// <remarks>Thread-safe, like the checks it holds.</remarks>
internal sealed class CheckRunner
{
    private readonly ObservationCheck _observation;
    private readonly MessageCheck _message;
    private readonly ReplyCheck _reply;

    /// <summary>Builds the checks once, with the given options (the library's defaults when <see langword="null"/>).</summary>
    public CheckRunner(InsightOptions? options = null)
    {
        _observation = new ObservationCheck(options);
        _message = new MessageCheck(options);
        _reply = new ReplyCheck(options);
    }

    /// <summary>Runs the check of <paramref name="kind"/> on one text.</summary>
    public Prediction Predict(CheckKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        switch (kind)
        {
            case CheckKind.Observation:
                var observation = _observation.Check(text);
                return new Prediction(!observation.IsObjective, Describe(observation.Findings), NoComponents);

            case CheckKind.Message:
                var message = _message.Check(text);
                return new Prediction(message.IsAccusation, Describe(message.Findings), NoComponents);

            case CheckKind.Reply:
                var reply = _reply.Check(text);
                var fired = Describe(reply.Findings).Concat(reply.Evidence.Select(e => $"{e.RuleId} \"{e.Phrase}\"")).ToArray();
                return new Prediction(reply.IsDismissive, fired, reply.Components.ToHashSet(), reply.Explores);

            case CheckKind.Crisis:
                // The crisis flag a host reads on a journal line: the observation result's signal.
                var result = _observation.Check(text);
                var crisis = result.Crisis;
                return new Prediction(crisis is not null, crisis is null ? [] : Describe(crisis.Findings), NoComponents, Crisis: Kinds(result.CrisisMentions));

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a check.");
        }
    }

    private static readonly IReadOnlySet<EmpathyComponent> NoComponents = new HashSet<EmpathyComponent>();

    /// <summary>The kinds of the mentions of one text, all of them (a raising one, and each scope that kept one from raising).</summary>
    internal static CrisisMentionKinds Kinds(IReadOnlyList<CrisisMention> mentions)
    {
        var kinds = CrisisMentionKinds.None;
        foreach (var mention in mentions)
        {
            kinds |= mention.RaisesFlag ? CrisisMentionKinds.Raising : CrisisMentionKinds.None;
            kinds |= mention.Person switch
            {
                CrisisPerson.Another => CrisisMentionKinds.Another,
                CrisisPerson.Reader => CrisisMentionKinds.Reader,
                CrisisPerson.Unnamed => CrisisMentionKinds.Unnamed,
                _ => CrisisMentionKinds.None,
            };
            kinds |= mention.IsNegated ? CrisisMentionKinds.Negated : CrisisMentionKinds.None;
            kinds |= mention.Time == CrisisTime.Past ? CrisisMentionKinds.Past : CrisisMentionKinds.None;
            kinds |= mention is { Person: CrisisPerson.Self, IsNegated: false, Time: CrisisTime.Past } ? CrisisMentionKinds.WriterPast : CrisisMentionKinds.None;
        }

        return kinds;
    }

    private static string[] Describe(IReadOnlyList<InsightFinding> findings) =>
        [.. findings.Select(f => $"{f.RuleId} \"{f.Phrase}\"")];
}
