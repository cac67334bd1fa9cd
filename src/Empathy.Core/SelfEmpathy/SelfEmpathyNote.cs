using Empathy.Core.Privacy;

namespace Empathy.Core.SelfEmpathy;

/// <summary>
/// A note to oneself written the way one would speak to a good friend who just failed, in four
/// moves, each required: acknowledge the feeling, say it is normal, credit the effort, look to the
/// next try. Not self-pity and not excuses.
/// </summary>
/// <remarks>Immutable and thread-safe; the text is private (<see cref="SensitiveText"/>).</remarks>
public sealed record SelfEmpathyNote
{
    /// <summary>Acknowledge the feeling ("I feel ashamed of how that went").</summary>
    /// <exception cref="ArgumentException">The text is null or blank.</exception>
    public required SensitiveText AcknowledgeFeeling { get; init => field = Require(value, nameof(AcknowledgeFeeling)); }

    /// <summary>Say it is normal ("anyone would feel this after a rejection").</summary>
    /// <exception cref="ArgumentException">The text is null or blank.</exception>
    public required SensitiveText Normalise { get; init => field = Require(value, nameof(Normalise)); }

    /// <summary>Credit the effort ("I prepared for a week and I showed up").</summary>
    /// <exception cref="ArgumentException">The text is null or blank.</exception>
    public required SensitiveText CreditEffort { get; init => field = Require(value, nameof(CreditEffort)); }

    /// <summary>Look to the next try ("next time I'll ask for feedback first").</summary>
    /// <exception cref="ArgumentException">The text is null or blank.</exception>
    public required SensitiveText NextStep { get; init => field = Require(value, nameof(NextStep)); }

    private static SensitiveText Require(SensitiveText? value, string move) =>
        value is null || value.IsBlank
            ? throw new ArgumentException($"A self-empathy note needs all four moves; '{move}' is empty.", move)
            : value;
}
