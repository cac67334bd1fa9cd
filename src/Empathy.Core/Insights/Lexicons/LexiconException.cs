namespace Empathy.Core.Insights.Lexicons;

/// <summary>A lexicon (built in, or changed by options) that cannot be compiled; the message lists every problem.</summary>
internal sealed class LexiconException(IReadOnlyList<string> problems)
    : InvalidOperationException("The insight lexicon is not valid: " + string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
