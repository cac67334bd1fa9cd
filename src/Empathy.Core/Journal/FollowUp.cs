using Empathy.Core.Privacy;

namespace Empathy.Core.Journal;

/// <summary>A planned look back at an entry: when to do it and, once done, what came of it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FollowUp
{
    /// <summary>When to look back.</summary>
    public required DateOnly Due { get; init; }

    /// <summary>What came of it, private; <see langword="null"/> until the follow-up is done.</summary>
    public SensitiveText? Outcome { get; init; }

    /// <summary>Whether an outcome has been written.</summary>
    public bool IsDone => Outcome is { IsBlank: false };
}
