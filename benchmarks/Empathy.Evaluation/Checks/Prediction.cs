using Empathy.Core.Components;

namespace Empathy.Evaluation.Checks;

/// <summary>What a check said about one text.</summary>
/// <param name="Positive">Whether it found what the check is there to catch.</param>
/// <param name="Fired">The rules that fired, each as <c>rule-id "phrase"</c>, in text order (also on a miss: evidence that did not count).</param>
/// <param name="Components">For a reply, the empathy components it showed evidence of; empty otherwise.</param>
/// <param name="Explores">For a reply, whether it made an exploring move (an open question about the other's experience).</param>
/// <param name="Crisis">For the crisis check, the kinds of crisis mention in the text (also those that did not raise the flag).</param>
internal sealed record Prediction(
    bool Positive,
    IReadOnlyList<string> Fired,
    IReadOnlySet<EmpathyComponent> Components,
    bool Explores = false,
    CrisisMentionKinds Crisis = CrisisMentionKinds.None);
