using System.Text.Json;

namespace Empathy.Samples.Web.Json;

/// <summary>
/// A request body's moment that is not a date and time with its offset from UTC. System.Text.Json sets its
/// <see cref="JsonException.Path"/> (<c>$.feltAt</c>), which names the member in the field error.
/// </summary>
public sealed class MomentRefusedException : JsonException
{
    /// <summary>What a moment must be, said to the person who wrote the call.</summary>
    public const string Requirement = "Give a date and time with its offset from UTC, such as 2026-12-01T10:00:00+01:00 or 2026-12-01T09:00:00Z; without the offset the time would be read in the server's time zone.";

    /// <summary>Creates the refusal.</summary>
    public MomentRefusedException()
        : base(Requirement)
    {
    }

    /// <summary>The member the refused moment was given in, as the request named it (<c>feltAt</c>), from <see cref="JsonException.Path"/>.</summary>
    public string Member => Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
}
