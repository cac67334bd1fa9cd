namespace Empathy.Core.Insights.Messages;

/// <summary>
/// Checks a message about to be sent to someone behind a wall of defence: tells accusations ("you
/// always…", "why can't you ever…", "you're such a…", labels aimed at "you") from statements of
/// an observation and one's own feeling, and suggests an I-statement filled in with what it can take
/// from the message.
/// </summary>
public interface IMessageCheck
{
    /// <summary>Checks a message.</summary>
    /// <param name="text">The message as drafted.</param>
    /// <returns>The accusations and, when there are any, the I-statement suggestion. A clean message allocates nothing.</returns>
    MessageCheckResult Check(ReadOnlySpan<char> text);
}
