namespace Empathy.Core.Insights.Replies;

/// <summary>
/// The empathy mirror: reviews a drafted reply to someone in pain. Flags dismissive moves
/// (platitudes, comparison, unsolicited fixing, minimising, turning the talk to oneself) and
/// recognises the components the reply shows: cognitive (reflecting what was said), affective
/// (naming a feeling) and concern (offering presence or help).
/// </summary>
/// <remarks>Effort first, help second: write the reply yourself, then ask the mirror what you missed.</remarks>
public interface IReplyCheck
{
    /// <summary>Checks a reply.</summary>
    /// <param name="reply">The reply as drafted.</param>
    /// <returns>The dismissive moves, the components shown, and suggestions for the components missing.</returns>
    ReplyCheckResult Check(ReadOnlySpan<char> reply);
}
