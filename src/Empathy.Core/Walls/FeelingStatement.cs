using Empathy.Core.Utils;

namespace Empathy.Core.Walls;

/// <summary>
/// An I-statement, the "reduce threat" move put into words, in four typed parts: what I observed,
/// what I feel, what I need, and what I ask. Rendered as "When …, I feel …, because I need …. Would you …?".
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe; every part is trimmed and checked on init: not blank, and at most
/// <see cref="MaxPartLength"/> characters.
/// </para>
/// <para>
/// Build one with <see cref="FeelingStatementBuilder"/> (or <see cref="IWallDiagnoser.StartFeelingStatement"/>)
/// to have the feeling checked for accusations in disguise; the record alone cannot know the configured word list.
/// </para>
/// </remarks>
public sealed record FeelingStatement
{
    /// <summary>
    /// The longest text allowed for each part (<see cref="Observation"/>, <see cref="Feeling"/>, <see cref="Need"/>,
    /// <see cref="Request"/>), in characters after trimming: 2,500. A part is a clause, far shorter in practice; the
    /// limit leaves room for the longest part the message check may suggest (up to 2,000 characters taken from the
    /// message, <c>InsightOptions.MaxStatementPartCharacters</c>, plus the words its language puts before them), so a
    /// suggestion is never refused by the statement it fills.
    /// </summary>
    public const int MaxPartLength = 2_500;

    /// <summary>What happened, as a camera would have recorded it, said after "When" ("you don't answer my messages"); required, at most <see cref="MaxPartLength"/> characters.</summary>
    /// <exception cref="ArgumentException">The text is blank or too long.</exception>
    public required string Observation { get; init => field = Require(value, nameof(Observation)); }

    /// <summary>My own feeling, said after "I feel" ("uneasy"); required, at most <see cref="MaxPartLength"/> characters.</summary>
    /// <exception cref="ArgumentException">The text is blank or too long.</exception>
    public required string Feeling { get; init => field = Require(value, nameof(Feeling)); }

    /// <summary>What I need, said after "because I need" ("to know we're all right"); optional, at most <see cref="MaxPartLength"/> characters.</summary>
    /// <exception cref="ArgumentException">The text is empty or white space (use <see langword="null"/> for none), or too long.</exception>
    public string? Need { get; init => field = value is null ? null : Require(value, nameof(Need)); }

    /// <summary>What I ask, said after "Would you" ("tell me what you're thinking"); optional, at most <see cref="MaxPartLength"/> characters.</summary>
    /// <exception cref="ArgumentException">The text is empty or white space (use <see langword="null"/> for none), or too long.</exception>
    public string? Request { get; init => field = value is null ? null : Require(value, nameof(Request)); }

    /// <summary>
    /// The statement as a sentence: "When {observation}, I feel {feeling}[, because I need {need}].[ Would you {request}?]".
    /// Trailing punctuation in the parts is dropped.
    /// </summary>
    public string Render()
    {
        var need = Need is null ? "" : $", because I need {Clause(Need)}";
        var request = Request is null ? "" : $" Would you {Clause(Request)}?";
        return $"When {Clause(Observation)}, I feel {Clause(Feeling)}{need}.{request}";
    }

    private static string Require(string? value, string part) =>
        Guard.Text(value, MaxPartLength, $"The I-statement part '{part}'", part, $"The I-statement part '{part}' must not be empty.");

    private static string Clause(string text) => text.TrimEnd('.', '?', '!', ',', ' ');
}
