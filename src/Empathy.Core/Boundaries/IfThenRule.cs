using System.Globalization;
using Empathy.Core.Utils;

namespace Empathy.Core.Boundaries;

/// <summary>
/// An explicit rule, IF (their behaviour) THEN (what I will do), with an optional time frame and
/// deadline. It is both a personal boundary and the Walls concept's "switch to their channel" move:
/// the one IF-THEN type of the library.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe; validated on every init. Each text (the clauses, the time frame, every match
/// phrase) is at most <see cref="MaxTextLength"/> characters; one stored or exported before the limit existed
/// still loads as it was written (docs/storage.md).
/// </para>
/// <para>
/// Rendered by <see cref="Render"/> as "If you interrupt me in the next meeting, then I will stop and
/// ask you to finish first.": the clauses are written as they should be said, <see cref="Behaviour"/>
/// after "If" and <see cref="Consequence"/> after "then".
/// </para>
/// <para>
/// Matching (<see cref="Check"/>) is deliberately simple: an observed behaviour matches when it
/// contains <see cref="Behaviour"/> or one of <see cref="MatchPhrases"/> as a substring, ignoring
/// case (ordinal). There is no stemming: add "interrupt" to <see cref="MatchPhrases"/> to match both
/// "interrupts" and "interrupted".
/// </para>
/// </remarks>
public sealed record IfThenRule
{
    /// <summary>
    /// The longest text allowed for <see cref="Behaviour"/>, <see cref="Consequence"/>, <see cref="Timeframe"/>
    /// and each of <see cref="MatchPhrases"/>, in characters after trimming: 500, a clause said in one breath.
    /// </summary>
    public const int MaxTextLength = 500;

    /// <summary>The IF clause: their behaviour, as said after "If" ("you interrupt me"); trimmed, not blank, at most <see cref="MaxTextLength"/> characters.</summary>
    /// <exception cref="ArgumentException">The text is blank or too long.</exception>
    public required string Behaviour
    {
        get;
        init => field = Guard.Text(value, MaxTextLength, "The IF part of a rule (their behaviour)", nameof(Behaviour), "The IF part of a rule (their behaviour) must not be empty or white space.");
    }

    /// <summary>The THEN clause: what I will do, as said after "then" ("I will stop and ask you to finish first"); trimmed, not blank, at most <see cref="MaxTextLength"/> characters.</summary>
    /// <exception cref="ArgumentException">The text is blank or too long.</exception>
    public required string Consequence
    {
        get;
        init => field = Guard.Text(value, MaxTextLength, "The THEN part of a rule (what you will do)", nameof(Consequence), "The THEN part of a rule (what you will do) must not be empty or white space.");
    }

    /// <summary>When the rule applies, in words, said after the behaviour ("in the next meeting"); optional, at most <see cref="MaxTextLength"/> characters.</summary>
    /// <exception cref="ArgumentException">The text is empty or white space (use <see langword="null"/> for none), or too long.</exception>
    public string? Timeframe
    {
        get;
        init => field = value is null ? null : Guard.Text(value, MaxTextLength, "A rule's time frame", nameof(Timeframe), "A rule's time frame must not be empty or white space; leave it out for none.");
    }

    /// <summary>
    /// The last moment the rule holds; optional. Behaviour observed after it does not fire the rule.
    /// </summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>Whether the rule is in force. An inactive rule is kept but never fires. Default <see langword="true"/>.</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>
    /// Further phrases that count as this behaviour ("interrupt", "talks over me"); trimmed, blank ones
    /// refused, each at most <see cref="MaxTextLength"/> characters, duplicates (ignoring case) removed.
    /// <see cref="Behaviour"/> itself always matches.
    /// </summary>
    /// <exception cref="ArgumentException">A phrase is blank or too long (the message counts phrases from 1).</exception>
    public IReadOnlyList<string> MatchPhrases
    {
        get;
        init => field = [.. Guard.List<string, string>(value, (p, i) => Guard.Text(p, MaxTextLength, $"Match phrase {i + 1} of a rule", nameof(MatchPhrases), $"Match phrase {i + 1} of a rule must not be empty or white space.")).Distinct(StringComparer.OrdinalIgnoreCase)];
    } = [];

    /// <summary>
    /// The rule as a sentence: "If {behaviour}[ {timeframe}], then {consequence}." followed by
    /// "(until {deadline})" when there is a deadline. Trailing full stops in the clauses are dropped.
    /// </summary>
    public string Render()
    {
        var timeframe = Timeframe is null ? "" : " " + Clause(Timeframe);
        var deadline = Deadline is { } d ? " (until " + d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) + ")" : "";
        return $"If {Clause(Behaviour)}{timeframe}, then {Clause(Consequence)}.{deadline}";
    }

    /// <summary>Checks whether <paramref name="observedBehaviour"/>, seen at <paramref name="observedAt"/>, fires this rule.</summary>
    /// <param name="observedBehaviour">What the other person did, in words ("You interrupted me twice").</param>
    /// <param name="observedAt">When it happened; compared with <see cref="Deadline"/>.</param>
    /// <returns>The outcome: fired (with the phrase that matched) or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observedBehaviour"/> is <see langword="null"/>.</exception>
    public RuleOutcome Check(string observedBehaviour, DateTimeOffset observedAt)
    {
        ArgumentNullException.ThrowIfNull(observedBehaviour);
        if (!IsActive)
        {
            return RuleOutcome.NotFired(this, RuleOutcomeKind.Inactive, $"\"{Render()}\" is not active.");
        }

        if (Deadline is { } deadline && observedAt > deadline)
        {
            return RuleOutcome.NotFired(this, RuleOutcomeKind.DeadlinePassed, $"\"{Render()}\" held only until {Moments.InWords(deadline)}; the behaviour was observed on {Moments.InWords(observedAt)}.");
        }

        foreach (var phrase in Phrases())
        {
            if (observedBehaviour.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return new RuleOutcome
                {
                    Rule = this,
                    Kind = RuleOutcomeKind.Fired,
                    MatchedPhrase = phrase,
                    Explanation = $"The observed behaviour contains \"{phrase}\", so \"{Render()}\" fires: {Clause(Consequence)}.",
                };
            }
        }

        return RuleOutcome.NotFired(this, RuleOutcomeKind.NoMatch, $"The observed behaviour contains none of: {string.Join(", ", Phrases().Select(p => $"\"{p}\""))}.");
    }

    /// <inheritdoc />
    public bool Equals(IfThenRule? other) =>
        other is not null
        && Behaviour == other.Behaviour
        && Consequence == other.Consequence
        && Timeframe == other.Timeframe
        && Deadline == other.Deadline
        && IsActive == other.IsActive
        && MatchPhrases.SequenceEqual(other.MatchPhrases);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Behaviour, Consequence, Timeframe, Deadline, IsActive);

    private IEnumerable<string> Phrases()
    {
        yield return Behaviour;
        foreach (var phrase in MatchPhrases)
        {
            yield return phrase;
        }
    }

    private static string Clause(string text) => text.TrimEnd('.', ' ');
}
