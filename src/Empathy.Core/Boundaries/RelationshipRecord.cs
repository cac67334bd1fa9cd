using Empathy.Core.Utils;

namespace Empathy.Core.Boundaries;

/// <summary>The record of a relationship from the boundary point of view: who it is with, and the dated check-ins.</summary>
/// <remarks>
/// Immutable and thread-safe; <see cref="WithCheckIn"/> returns a new record. Check-ins are kept in
/// time order (stable for equal times). Equality compares check-ins by their items.
/// </remarks>
public sealed record RelationshipRecord
{
    /// <summary>The other person, as the user names them; trimmed, not blank.</summary>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public required string Person
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Person));
    }

    /// <summary>The check-ins, oldest first.</summary>
    /// <exception cref="ArgumentException">The list holds <see langword="null"/>.</exception>
    public IReadOnlyList<RelationshipCheckIn> CheckIns
    {
        get;
        init => field = [.. Guard.List(value, nameof(CheckIns)).OrderBy(c => c.At)];
    } = [];

    /// <summary>A new record with <paramref name="checkIn"/> added in time order.</summary>
    /// <param name="checkIn">The check-in to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="checkIn"/> is <see langword="null"/>.</exception>
    public RelationshipRecord WithCheckIn(RelationshipCheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return this with { CheckIns = [.. CheckIns, checkIn] };
    }

    /// <inheritdoc />
    public bool Equals(RelationshipRecord? other) =>
        other is not null && Person == other.Person && CheckIns.SequenceEqual(other.CheckIns);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Person, CheckIns.Count);
}
