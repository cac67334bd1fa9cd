using Empathy.Core.Utils;

namespace Empathy.Core.Connection;

/// <summary>
/// A relationship over time: who it is with, every interaction, and, optionally, this relationship's
/// own contact windows (otherwise those of <see cref="ConnectionOptions"/>).
/// </summary>
/// <remarks>
/// Immutable and thread-safe; <see cref="WithInteraction"/> returns a new relationship. Interactions
/// are kept in time order (stable for equal times). Equality compares interactions by their items.
/// </remarks>
public sealed record Relationship
{
    /// <summary>The other person, as the user names them; trimmed, not blank.</summary>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public required string Person
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Person));
    }

    /// <summary>The interactions, oldest first.</summary>
    /// <exception cref="ArgumentException">The list holds <see langword="null"/>.</exception>
    public IReadOnlyList<Interaction> Interactions
    {
        get;
        init => field = [.. Guard.List(value, nameof(Interactions)).OrderBy(i => i.At)];
    } = [];

    /// <summary>How often this relationship would ideally have contact; <see langword="null"/> for <see cref="ConnectionOptions.IdealContactEvery"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public TimeSpan? IdealContactEvery { get; init => field = Positive(value, nameof(IdealContactEvery)); }

    /// <summary>The longest gap this relationship can take; <see langword="null"/> for <see cref="ConnectionOptions.MaximumContactGap"/>.</summary>
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

    /// <inheritdoc />
    public bool Equals(Relationship? other) =>
        other is not null
        && Person == other.Person
        && IdealContactEvery == other.IdealContactEvery
        && MaximumContactGap == other.MaximumContactGap
        && Interactions.SequenceEqual(other.Interactions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Person, IdealContactEvery, MaximumContactGap, Interactions.Count);

    private static TimeSpan? Positive(TimeSpan? value, string name) =>
        value is { } span && span <= TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(name, span, $"'{name}' must be longer than zero.")
            : value;
}
