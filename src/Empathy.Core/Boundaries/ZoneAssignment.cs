using Empathy.Core.People;
using Empathy.Core.Utils;

namespace Empathy.Core.Boundaries;

/// <summary>One person placed in one <see cref="BoundaryZone"/>.</summary>
/// <remarks>Immutable and thread-safe; validated on every init.</remarks>
public sealed record ZoneAssignment
{
    /// <summary>The person, as the user names them ("Sam", "my manager"); trimmed, not blank.</summary>
    /// <exception cref="ArgumentException">The name is <see langword="default"/>.</exception>
    public required PersonName Person { get; init => field = PersonName.Require(value, nameof(Person)); }

    /// <summary>The zone the person is allowed into.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The zone is not a defined <see cref="BoundaryZone"/>.</exception>
    public required BoundaryZone Zone
    {
        get;
        init => field = Guard.Defined(value, nameof(Zone), "zones (inside, the doorstep, outside)");
    }
}
