namespace Empathy.Core.Boundaries;

/// <summary>What happened when an <see cref="IfThenRule"/> was checked against an observed behaviour.</summary>
public enum RuleOutcomeKind
{
    /// <summary>The rule is active, in time, and its behaviour matched: the consequence applies.</summary>
    Fired,

    /// <summary>The rule is switched off (<see cref="IfThenRule.IsActive"/> is <see langword="false"/>).</summary>
    Inactive,

    /// <summary>The behaviour was observed after the rule's <see cref="IfThenRule.Deadline"/>.</summary>
    DeadlinePassed,

    /// <summary>The observed behaviour contains none of the rule's phrases.</summary>
    NoMatch,
}
