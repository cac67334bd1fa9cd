using System.Globalization;
using Empathy.Core.People;
using Empathy.Core.Utils;

namespace Empathy.Core.Connection;

/// <summary>
/// How a relationship stands at a moment: the connection score (Proximity × Time, decayed), how
/// recent the last contact is against the contact windows, and why.
/// </summary>
/// <remarks>Immutable and thread-safe; equality compares reasons by their items.</remarks>
public sealed record ConnectionDiagnosis
{
    /// <summary>The other person.</summary>
    public required PersonName Person { get; init; }

    /// <summary>The moment of the reading.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>
    /// The connection score in "close hours": the hours of fully present contact it equals, after
    /// decay (see <see cref="ConnectionDiagnoser"/> for the formula). 0 with no contact.
    /// </summary>
    public required double Score { get; init; }

    /// <summary>Green, yellow or red, from the time since the last contact.</summary>
    public required ContactStatus Status { get; init; }

    /// <summary>When the last contact at or before <see cref="At"/> was; <see langword="null"/> when there was none.</summary>
    public DateTimeOffset? LastContactAt { get; init; }

    /// <summary>How long ago the last contact was; <see langword="null"/> when there was none.</summary>
    public TimeSpan? SinceLastContact { get; init; }

    /// <summary>When the ideal window closes (last contact + ideal window); <see langword="null"/> when there was no contact.</summary>
    public DateTimeOffset? IdealContactBy { get; init; }

    /// <summary>The ideal contact window applied (the relationship's own, or the options' default).</summary>
    public required TimeSpan IdealContactEvery { get; init; }

    /// <summary>The maximum gap applied (the relationship's own, or the options' default).</summary>
    public required TimeSpan MaximumContactGap { get; init; }

    /// <summary>The reasons behind the score and the status, with the figures behind them: the score first, then the status.</summary>
    public required IReadOnlyList<ConnectionReason> Reasons
    {
        get;
        init => field = Guard.List(value, nameof(Reasons));
    }

    /// <summary>A one-paragraph explanation: the person, the status, the score and every reason.</summary>
    public string Explain() =>
        string.Create(CultureInfo.InvariantCulture, $"{Person}: {Status.ToString().ToLowerInvariant()}, score {Score:0.##} close hours. ") + string.Join(" ", Reasons.Select(r => r.Explanation));

    /// <inheritdoc />
    public bool Equals(ConnectionDiagnosis? other) =>
        other is not null
        && Person == other.Person
        && At == other.At
        && Score.Equals(other.Score)
        && Status == other.Status
        && LastContactAt == other.LastContactAt
        && SinceLastContact == other.SinceLastContact
        && IdealContactBy == other.IdealContactBy
        && IdealContactEvery == other.IdealContactEvery
        && MaximumContactGap == other.MaximumContactGap
        && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Person, At, Score, Status);
}
