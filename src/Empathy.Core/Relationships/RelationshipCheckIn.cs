using Empathy.Core.Privacy;
using Empathy.Core.Utils;

namespace Empathy.Core.Relationships;

/// <summary>
/// A dated check-in on how a relationship is leaving me: depletion, frustration and self-doubt on the
/// library's 0–100 scale, and whether I tried an adjustment (a new rule, a talk, less contact) since the last one.
/// </summary>
/// <remarks>Immutable and thread-safe; validated on every init.</remarks>
public sealed record RelationshipCheckIn
{
    /// <summary>When the check-in was made.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>How drained I feel after time with this person, 0–100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public required int Depletion { get; init => field = Guard.Level(value, nameof(Depletion)); }

    /// <summary>How frustrated I feel, 0–100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public required int Frustration { get; init => field = Guard.Level(value, nameof(Frustration)); }

    /// <summary>How much I doubt myself after time with this person, 0–100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public required int SelfDoubt { get; init => field = Guard.Level(value, nameof(SelfDoubt)); }

    /// <summary>Whether I tried an adjustment since the previous check-in. Default <see langword="false"/>.</summary>
    public bool AdjustmentTried { get; init; }

    /// <summary>A private note; optional.</summary>
    public SensitiveText? Note { get; init; }

    /// <summary>The strain of this check-in: the mean of <see cref="Depletion"/>, <see cref="Frustration"/> and <see cref="SelfDoubt"/>, 0–100.</summary>
    public double Strain => (Depletion + Frustration + SelfDoubt) / 3.0;
}
