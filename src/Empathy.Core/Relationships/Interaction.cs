using Empathy.Core.Utils;

namespace Empathy.Core.Relationships;

/// <summary>One moment of contact in a relationship: when, how, how close it felt, and how long it lasted.</summary>
/// <remarks>Immutable and thread-safe; validated on every init.</remarks>
public sealed record Interaction
{
    /// <summary>When it happened.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>How the contact happened.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not a defined <see cref="InteractionKind"/>.</exception>
    public required InteractionKind Kind
    {
        get;
        init => field = Guard.Defined(value, nameof(Kind), "kinds of contact (in person, a video call, a call, a message, other)");
    }

    /// <summary>How close the contact felt, 0 (distant, going through the motions) to 100 (fully present, open).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public required int Proximity { get; init => field = Guard.Level(value, nameof(Proximity)); }

    /// <summary>How long it lasted; zero when not known (a message). Counted within the bounds of <see cref="Connection.ConnectionOptions"/>.</summary>
    /// <remarks>
    /// Any kind may carry a duration, a <see cref="InteractionKind.Message"/> included (an app may know how long a live
    /// chat went on, and records saved with one stay readable). A host whose people log messages without one should
    /// refuse a duration for a message where it is typed, as the console host does.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative.</exception>
    public TimeSpan Duration
    {
        get;
        init => field = value >= TimeSpan.Zero
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Duration), value, "An interaction's duration cannot be negative; use zero when it is not known.");
    }
}
