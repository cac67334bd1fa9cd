using Empathy.Core.People;
using Empathy.Core.Utils;

namespace Empathy.Core.Relationships;

/// <summary>
/// One real relationship, the one thing a host stores and shows: who it is with, every interaction
/// (read by the connection diagnosis), every check-in on how it leaves me (read by the exit signal),
/// and, optionally, this relationship's own contact windows.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe; <see cref="WithInteraction"/> and <see cref="WithCheckIn"/> return a new
/// relationship. Interactions and check-ins are each kept in time order (stable for equal times); a
/// <see langword="null"/> list reads as empty. Equality compares the person (ignoring case, as
/// <see cref="PersonName"/> does) and the lists by their items. JSON round-trips through the library's context.
/// </para>
/// <para>
/// Read by <c>Connection.IConnectionDiagnoser</c> (Proximity × Time) and <c>Boundaries.IExitDiagnoser</c>
/// (continuous depletion despite adjustments); without its own windows, the connection options' defaults apply.
/// </para>
/// </remarks>
public sealed record Relationship
{
    /// <summary>The other person.</summary>
    /// <exception cref="ArgumentException">The name is <see langword="default"/>.</exception>
    public required PersonName Person { get; init => field = PersonName.Require(value, nameof(Person)); }

    /// <summary>The interactions, oldest first.</summary>
    /// <exception cref="ArgumentException">The list holds <see langword="null"/>.</exception>
    public IReadOnlyList<Interaction> Interactions
    {
        get;
        init => field = [.. Guard.List(value, nameof(Interactions)).OrderBy(i => i.At)];
    } = [];

    /// <summary>The check-ins on how the relationship leaves me, oldest first.</summary>
    /// <exception cref="ArgumentException">The list holds <see langword="null"/>.</exception>
    public IReadOnlyList<RelationshipCheckIn> CheckIns
    {
        get;
        init => field = [.. Guard.List(value, nameof(CheckIns)).OrderBy(c => c.At)];
    } = [];

    /// <summary>How often this relationship would ideally have contact; <see langword="null"/> for the connection options' default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public TimeSpan? IdealContactEvery { get; init => field = Positive(value, nameof(IdealContactEvery)); }

    /// <summary>The longest gap this relationship can take; <see langword="null"/> for the connection options' default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public TimeSpan? MaximumContactGap { get; init => field = Positive(value, nameof(MaximumContactGap)); }

    /// <summary>A new relationship with <paramref name="interaction"/> added in time order; the contact timer restarts from it.</summary>
    /// <param name="interaction">The interaction to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="interaction"/> is <see langword="null"/>.</exception>
    public Relationship WithInteraction(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return this with { Interactions = [.. Interactions, interaction] };
    }

    /// <summary>A new relationship with <paramref name="checkIn"/> added in time order.</summary>
    /// <param name="checkIn">The check-in to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="checkIn"/> is <see langword="null"/>.</exception>
    public Relationship WithCheckIn(RelationshipCheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return this with { CheckIns = [.. CheckIns, checkIn] };
    }

    /// <inheritdoc />
    public bool Equals(Relationship? other) =>
        other is not null
        && Person == other.Person
        && IdealContactEvery == other.IdealContactEvery
        && MaximumContactGap == other.MaximumContactGap
        && Interactions.SequenceEqual(other.Interactions)
        && CheckIns.SequenceEqual(other.CheckIns);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Person, IdealContactEvery, MaximumContactGap, Interactions.Count, CheckIns.Count);

    private static TimeSpan? Positive(TimeSpan? value, string name) =>
        value is { } span && span <= TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(name, span, $"'{name}' must be longer than zero.")
            : value;
}
