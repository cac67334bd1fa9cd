using Empathy.Core.Utils;

namespace Empathy.Core.Walls;

/// <summary>
/// Builds a <see cref="FeelingStatement"/> (an I-statement) part by part: an empty observation or
/// feeling throws; a feeling that is an accusation in disguise comes back as a refusal to show the person.
/// </summary>
/// <remarks>
/// Not thread-safe (it is a builder, meant for one caller); the statements it builds are immutable.
/// A feeling is an accusation in disguise when it contains, as a whole word and ignoring case, one
/// of the words of <see cref="WallOptions.DisguisedAccusations"/> ("ignored", "manipulated", "betrayed", …).
/// </remarks>
public sealed class FeelingStatementBuilder
{
    private readonly IReadOnlyDictionary<string, string[]> _accusations;
    private string? _observation;
    private string? _feeling;
    private string? _need;
    private string? _request;

    /// <summary>Creates a builder that checks feelings against the word list of <paramref name="options"/>, or the default list.</summary>
    /// <param name="options">Options holding <see cref="WallOptions.DisguisedAccusations"/>; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">The options are not valid (see <see cref="WallOptions.Validate"/>).</exception>
    public FeelingStatementBuilder(WallOptions? options = null)
    {
        var source = Guard.ValidOptions(options, o => o.Validate(), nameof(options));

        _accusations = source.Copy().DisguisedAccusations;
    }

    /// <summary>Sets what happened, as a camera would have recorded it, said after "When".</summary>
    /// <param name="observation">"you don't answer my messages".</param>
    /// <returns>This builder.</returns>
    public FeelingStatementBuilder When(string observation)
    {
        _observation = observation;
        return this;
    }

    /// <summary>Sets my own feeling, said after "I feel".</summary>
    /// <param name="feeling">"uneasy".</param>
    /// <returns>This builder.</returns>
    public FeelingStatementBuilder IFeel(string feeling)
    {
        _feeling = feeling;
        return this;
    }

    /// <summary>Sets what I need, said after "because I need"; optional.</summary>
    /// <param name="need">"to know we're all right".</param>
    /// <returns>This builder.</returns>
    public FeelingStatementBuilder BecauseINeed(string need)
    {
        _need = need;
        return this;
    }

    /// <summary>Sets what I ask, said after "Would you"; optional.</summary>
    /// <param name="request">"tell me what you're thinking".</param>
    /// <returns>This builder.</returns>
    public FeelingStatementBuilder WouldYou(string request)
    {
        _request = request;
        return this;
    }

    /// <summary>Checks the parts and builds the statement.</summary>
    /// <returns>
    /// The I-statement, or, when the feeling contains an accusation in disguise, a refusal that names
    /// the word and suggests real feelings (<see cref="FeelingStatementResult.Accepted"/> is <see langword="false"/>).
    /// </returns>
    /// <exception cref="ArgumentException">
    /// The observation or the feeling is missing or blank, the need or request was set blank, or a part is longer than
    /// <see cref="FeelingStatement.MaxPartLength"/>.
    /// </exception>
    public FeelingStatementResult Build()
    {
        if (string.IsNullOrWhiteSpace(_observation))
        {
            throw new ArgumentException(
                "An I-statement starts from an observation: say what happened, as a camera would have recorded it (\"When you don't answer my messages\").",
                "observation");
        }

        if (string.IsNullOrWhiteSpace(_feeling))
        {
            throw new ArgumentException("An I-statement needs your own feeling (\"I feel uneasy\").", "feeling");
        }

        // Too long is refused before the word check, so a refusal never carries a feeling the statement could not hold.
        Guard.Length(_feeling.Trim(), FeelingStatement.MaxPartLength, "The I-statement part 'Feeling'", "feeling");
        if (FindAccusation(_feeling) is { } word)
        {
            return FeelingStatementResult.Refused(new DisguisedAccusation { Feeling = _feeling.Trim(), Word = word, SuggestedFeelings = _accusations[word] });
        }

        return FeelingStatementResult.Built(new FeelingStatement { Observation = _observation, Feeling = _feeling, Need = _need, Request = _request });
    }

    /// <summary>
    /// The first word of <see cref="WallOptions.DisguisedAccusations"/> found in <paramref name="feeling"/>
    /// as a whole word (ignoring case), or <see langword="null"/> when there is none.
    /// </summary>
    /// <param name="feeling">The feeling to check.</param>
    /// <exception cref="ArgumentNullException"><paramref name="feeling"/> is <see langword="null"/>.</exception>
    public string? FindAccusation(string feeling)
    {
        ArgumentNullException.ThrowIfNull(feeling);
        foreach (var word in _accusations.Keys)
        {
            for (var at = feeling.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = feeling.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetter(feeling[at - 1])) && (end == feeling.Length || !char.IsLetter(feeling[end])))
                {
                    return word;
                }
            }
        }

        return null;
    }
}
