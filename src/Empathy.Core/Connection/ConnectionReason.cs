namespace Empathy.Core.Connection;

/// <summary>One reason behind a <see cref="ConnectionDiagnosis"/>: the score or the contact status, with a sentence that gives the figures.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ConnectionReason
{
    /// <summary>What the reason is about.</summary>
    public required ConnectionReasonKind Kind { get; init; }

    /// <summary>For <see cref="ConnectionReasonKind.Score"/>, how many interactions at or before the reading were counted; otherwise <see langword="null"/>.</summary>
    public int? InteractionsCounted { get; init; }

    /// <summary>For <see cref="ConnectionReasonKind.LastContact"/>, how long ago the last contact was; otherwise <see langword="null"/>.</summary>
    public TimeSpan? SinceLastContact { get; init; }

    /// <summary>For the status reasons, the status they lead to; <see langword="null"/> for the score.</summary>
    public ContactStatus? Status { get; init; }

    /// <summary>A plain sentence with the figures and thresholds behind the reason.</summary>
    public required string Explanation { get; init; }
}
