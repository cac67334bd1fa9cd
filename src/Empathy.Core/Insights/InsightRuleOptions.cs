using Empathy.Core.Components;

namespace Empathy.Core.Insights;

/// <summary>
/// Changes to one rule of a built-in lexicon: phrases added, removed or replaced, exceptions added,
/// or its texts reworded. With a rule id the lexicon does not have, it defines a new rule (then
/// <see cref="Kind"/>, <see cref="Why"/> and <see cref="TryInstead"/> are required).
/// </summary>
/// <remarks>
/// Mutable configuration, read when an analyser is built; validated by <see cref="InsightOptions.Validate"/>.
/// Phrases are plain words, normalised like analysed text (case, accents, apostrophes and
/// contractions do not matter); <c>*</c> stands for "any one word or none" and <c>{name}</c> for any
/// entry of a word class. A rule id starts with its check: <c>observation.</c>, <c>message.</c>,
/// <c>reply.</c>, <c>crisis.</c> or <c>theme.</c>.
/// </remarks>
public sealed class InsightRuleOptions
{
    /// <summary>Starts an empty set of changes to a rule.</summary>
    /// <param name="ruleId">The rule's id, such as <c>observation.judgement-label</c>.</param>
    /// <param name="language">The lexicon's language; <see langword="null"/> for <see cref="InsightOptions.Language"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is blank.</exception>
    public InsightRuleOptions(string ruleId, string? language = null)
    {
        if (string.IsNullOrWhiteSpace(ruleId))
        {
            throw new ArgumentException("A rule id is required, such as 'observation.judgement-label'.", nameof(ruleId));
        }

        RuleId = ruleId.Trim();
        Language = string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant();
    }

    /// <summary>The rule's id.</summary>
    public string RuleId { get; }

    /// <summary>The lexicon's language, or <see langword="null"/> for <see cref="InsightOptions.Language"/>.</summary>
    public string? Language { get; }

    /// <summary>Phrases to add to the rule.</summary>
    public IList<string> AddedPhrases { get; } = [];

    /// <summary>Phrases to remove from the rule, written as in the lexicon.</summary>
    public IList<string> RemovedPhrases { get; } = [];

    /// <summary>When set, the rule's phrases are replaced by these (before additions and removals).</summary>
    public IList<string>? ReplacementPhrases { get; set; }

    /// <summary>Exceptions to add: phrases that cancel the rule where they overlap its match.</summary>
    public IList<string> AddedExceptions { get; } = [];

    /// <summary>Whether to switch the rule off.</summary>
    public bool Disabled { get; set; }

    /// <summary>The kind, required for a new rule; ignored for a built-in one.</summary>
    public InsightRuleKind? Kind { get; set; }

    /// <summary>For a new reply rule of kind <see cref="InsightRuleKind.ComponentEvidence"/>: the component it shows.</summary>
    public EmpathyComponent? Component { get; set; }

    /// <summary>A new "why it matters" sentence, or <see langword="null"/> to keep the lexicon's.</summary>
    public string? Why { get; set; }

    /// <summary>A new "what to try instead" sentence, or <see langword="null"/> to keep the lexicon's.</summary>
    public string? TryInstead { get; set; }

    /// <summary>For a theme: a new label ("I'm not good enough"), or <see langword="null"/> to keep the lexicon's.</summary>
    public string? Label { get; set; }

    /// <summary>Adds phrases.</summary>
    /// <param name="phrases">The phrases.</param>
    /// <returns>These options, for chaining.</returns>
    public InsightRuleOptions Add(params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            AddedPhrases.Add(phrase);
        }

        return this;
    }

    /// <summary>Removes phrases (written as in the lexicon).</summary>
    /// <param name="phrases">The phrases.</param>
    /// <returns>These options, for chaining.</returns>
    public InsightRuleOptions Remove(params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            RemovedPhrases.Add(phrase);
        }

        return this;
    }

    /// <summary>Replaces all of the rule's phrases.</summary>
    /// <param name="phrases">The new phrases.</param>
    /// <returns>These options, for chaining.</returns>
    public InsightRuleOptions Replace(params string[] phrases)
    {
        ReplacementPhrases = [.. phrases];
        return this;
    }

    /// <summary>Adds exceptions: phrases that cancel the rule where they overlap its match.</summary>
    /// <param name="phrases">The exception phrases.</param>
    /// <returns>These options, for chaining.</returns>
    public InsightRuleOptions Except(params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            AddedExceptions.Add(phrase);
        }

        return this;
    }

    /// <summary>A copy of these changes for <paramref name="language"/>'s lexicon (its lists copied too).</summary>
    internal InsightRuleOptions CopyFor(string language)
    {
        var copy = new InsightRuleOptions(RuleId, language)
        {
            ReplacementPhrases = ReplacementPhrases is null ? null : [.. ReplacementPhrases],
            Disabled = Disabled,
            Kind = Kind,
            Component = Component,
            Why = Why,
            TryInstead = TryInstead,
            Label = Label,
        };
        Append(copy.AddedPhrases, AddedPhrases);
        Append(copy.RemovedPhrases, RemovedPhrases);
        Append(copy.AddedExceptions, AddedExceptions);
        return copy;
    }

    private static void Append(IList<string> to, IList<string> from)
    {
        foreach (var item in from)
        {
            to.Add(item);
        }
    }
}
