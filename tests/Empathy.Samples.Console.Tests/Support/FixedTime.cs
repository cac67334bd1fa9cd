namespace Empathy.Samples.Console.Tests.Support;

/// <summary>A clock that always says the same moment, for commands that compare what they are given with now.</summary>
/// <param name="now">The moment it says.</param>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
