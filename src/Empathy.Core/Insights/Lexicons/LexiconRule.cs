using Empathy.Core.Components;
using Empathy.Core.Insights.Text;

namespace Empathy.Core.Insights.Lexicons;

/// <summary>One rule of a lexicon: its id, kind, explanation, phrases and the exceptions that cancel it.</summary>
internal sealed class LexiconRule
{
    public string Id { get; set; } = "";

    public InsightRuleKind Kind { get; set; }

    public string Why { get; set; } = "";

    public string TryInstead { get; set; } = "";

    /// <summary>For core-thought themes: the theme as the writer might say it ("I'm not good enough").</summary>
    public string? Label { get; set; }

    /// <summary>For component evidence in replies: the component shown.</summary>
    public EmpathyComponent? Component { get; set; }

    /// <summary>For component evidence in replies: where the words must stand to count (none: anywhere).</summary>
    public RuleFrame[] Frames { get; set; } = [];

    public string[] Phrases { get; set; } = [];

    /// <summary>
    /// For crisis rules whose phrases name a topic, not who it is about ("suicidal thoughts", "self harm"):
    /// a match is about the writer only when a first-person word is its subject; with none it is about no one named.
    /// </summary>
    public bool NeedsSubject { get; set; }

    /// <summary>Phrases that, where they overlap a match of this rule, cancel it ("lazy sunday").</summary>
    public string[] Except { get; set; } = [];
}
