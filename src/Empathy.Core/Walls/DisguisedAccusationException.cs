namespace Empathy.Core.Walls;

/// <summary>
/// Thrown when the "feeling" of an I-statement is an accusation in disguise ("I feel ignored" says
/// what the other person did, not what I feel). Names the word and suggests real feelings.
/// </summary>
public sealed class DisguisedAccusationException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="word"/> found in <paramref name="feeling"/>.</summary>
    /// <param name="feeling">The feeling as written.</param>
    /// <param name="word">The accusation word found in it.</param>
    /// <param name="suggestedFeelings">Real feelings that may lie under it.</param>
    public DisguisedAccusationException(string feeling, string word, IReadOnlyList<string> suggestedFeelings)
        : base(
            $"\"{word}\" in the feeling \"{feeling}\" is an accusation in disguise: it says what you believe they did to you, not what you feel. " +
            $"Name your own feeling instead, for example: {string.Join(", ", suggestedFeelings)}.",
            "feeling")
    {
        ArgumentNullException.ThrowIfNull(suggestedFeelings);
        Feeling = feeling;
        Word = word;
        SuggestedFeelings = [.. suggestedFeelings];
    }

    /// <summary>The feeling as written.</summary>
    public string Feeling { get; }

    /// <summary>The accusation word found (as listed in <see cref="WallOptions.DisguisedAccusations"/>).</summary>
    public string Word { get; }

    /// <summary>Real feelings that may lie under the accusation.</summary>
    public IReadOnlyList<string> SuggestedFeelings { get; }
}
