using Empathy.Core.Components;

namespace Empathy.Core.Insights.Text;

/// <summary>A rule as a matcher uses it: identity, role and the texts its findings carry.</summary>
/// <param name="Id">The rule id (<c>observation.absolute</c>).</param>
/// <param name="Kind">What the rule looks for.</param>
/// <param name="Role">What its matches are used for.</param>
/// <param name="Why">Why a match matters.</param>
/// <param name="TryInstead">What to try instead.</param>
/// <param name="Label">A theme's label, for <see cref="RuleRole.Theme"/>.</param>
/// <param name="Component">The component shown, for <see cref="RuleRole.Component"/>.</param>
/// <param name="Index">The rule's position in its matcher (themes use it to count).</param>
/// <param name="MarkerIndex">For <see cref="RuleRole.StatementMarker"/>, the marker it stands for.</param>
/// <param name="NeedsSubject">Its phrases name a topic: a match is about the writer only when a first-person word is its subject.</param>
/// <param name="Frame">For <see cref="RuleRole.Component"/>, where its words must stand to count.</param>
internal sealed record CompiledRule(
    string Id,
    InsightRuleKind Kind,
    RuleRole Role,
    string Why,
    string TryInstead,
    string? Label,
    EmpathyComponent? Component,
    int Index,
    int MarkerIndex = -1,
    bool NeedsSubject = false,
    RuleFrame Frame = RuleFrame.None);
