using Empathy.Core.Privacy;

namespace Empathy.Core.Insights.Messages;

/// <summary>
/// An I-statement suggested in place of an accusation, in four parts: observation, feeling, need
/// and request. Parts the message check could take from the message are filled in; the others hold
/// a bracketed placeholder for the writer to complete.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The parts can hold the writer's own words, so they are
/// <see cref="SensitiveText"/>. Equality compares every part and the list of extracted parts.
/// </remarks>
public sealed record FirstPersonStatement
{
    /// <summary>What happened, or a placeholder.</summary>
    public required SensitiveText Observation { get; init => field = value ?? throw new ArgumentNullException(nameof(Observation)); }

    /// <summary>The writer's feeling, or a placeholder.</summary>
    public required SensitiveText Feeling { get; init => field = value ?? throw new ArgumentNullException(nameof(Feeling)); }

    /// <summary>The need behind the feeling, or a placeholder.</summary>
    public required SensitiveText Need { get; init => field = value ?? throw new ArgumentNullException(nameof(Need)); }

    /// <summary>The request, or a placeholder.</summary>
    public required SensitiveText Request { get; init => field = value ?? throw new ArgumentNullException(nameof(Request)); }

    /// <summary>The parts taken from the message; the others are placeholders.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A part is not a defined <see cref="StatementPart"/>.</exception>
    public IReadOnlyList<StatementPart> Extracted
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Extracted));
            foreach (var part in value)
            {
                if (!Enum.IsDefined(part))
                {
                    throw new ArgumentOutOfRangeException(nameof(Extracted), part, $"'{part}' is not a defined {nameof(StatementPart)}.");
                }
            }

            field = [.. value.Distinct()];
        }
    } = [];

    /// <inheritdoc />
    public bool Equals(FirstPersonStatement? other) =>
        other is not null
        && Observation == other.Observation
        && Feeling == other.Feeling
        && Need == other.Need
        && Request == other.Request
        && Extracted.SequenceEqual(other.Extracted);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Observation, Feeling, Need, Request);
}
