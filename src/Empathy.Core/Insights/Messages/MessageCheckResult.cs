using Empathy.Core.Insights.Crisis;
using Empathy.Core.Privacy;

namespace Empathy.Core.Insights.Messages;

/// <summary>
/// What the message check found in a message about to be sent: the accusations, and an I-statement
/// to say instead.
/// </summary>
/// <remarks>Immutable and thread-safe; equality compares findings by their items.</remarks>
public sealed record MessageCheckResult
{
    /// <summary>Whether the message accuses: at least one rule found an accusation in it.</summary>
    public bool IsAccusation => Findings.Count > 0;

    /// <summary>The accusations found, in text order.</summary>
    /// <exception cref="ArgumentException">The list contains null.</exception>
    public IReadOnlyList<InsightFinding> Findings
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Findings));
            field = value.Any(f => f is null) ? throw new ArgumentException("Findings must not contain null.", nameof(Findings)) : [.. value];
        }
    } = [];

    /// <summary>The I-statement to say instead, as one sentence; <see langword="null"/> when the message does not accuse.</summary>
    public SensitiveText? Suggestion { get; init; }

    /// <summary>The parts of <see cref="Suggestion"/>, and which of them came from the message.</summary>
    public FirstPersonStatement? Statement { get; init; }

    /// <summary>The crisis signal, when the text has words that suggest self-harm or suicide.</summary>
    public CrisisSignal? Crisis { get; init; }

    /// <summary>Whether a crisis signal was raised.</summary>
    public bool HasCrisisSignal => Crisis is not null;

    /// <summary>The result for a message with nothing to report (shared, so a clean message allocates nothing).</summary>
    internal static MessageCheckResult Clean { get; } = new();

    /// <inheritdoc />
    public bool Equals(MessageCheckResult? other) =>
        other is not null
        && Findings.SequenceEqual(other.Findings)
        && Suggestion == other.Suggestion
        && Statement == other.Statement
        && Crisis == other.Crisis;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Findings.Count, Suggestion, Statement, Crisis);
}
