namespace Empathy.Core.Walls;

/// <summary>
/// The answer to <see cref="FeelingStatementBuilder.Build"/>: the I-statement, or the accusation in
/// disguise that stopped it, with a sentence to show the person.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. A disguised accusation is an expected answer to show the person (like a
/// refused dive, <c>DiveResult</c>), so it is a result, not an exception; missing or blank parts are
/// mistakes of the calling code and still throw.
/// </remarks>
public sealed record FeelingStatementResult
{
    /// <summary>Whether the statement was built (the feeling is a real feeling).</summary>
    public bool Accepted => Statement is not null;

    /// <summary>The I-statement when accepted; otherwise <see langword="null"/>.</summary>
    public FeelingStatement? Statement { get; init; }

    /// <summary>The accusation in disguise found in the feeling when refused; otherwise <see langword="null"/>.</summary>
    public DisguisedAccusation? Accusation { get; init; }

    /// <summary>A sentence for the person: the rendered statement, or why it was refused and what to say instead.</summary>
    public string Explain() => Statement?.Render() ?? Accusation?.Explain() ?? "";

    internal static FeelingStatementResult Built(FeelingStatement statement) => new() { Statement = statement };

    internal static FeelingStatementResult Refused(DisguisedAccusation accusation) => new() { Accusation = accusation };
}
