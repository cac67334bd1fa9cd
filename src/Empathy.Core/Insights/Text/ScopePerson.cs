namespace Empathy.Core.Insights.Text;

/// <summary>Who a phrase is about, as the scope rules read it.</summary>
internal enum ScopePerson : byte
{
    /// <summary>The writer ("I", "myself"), or no subject named.</summary>
    Writer,

    /// <summary>The reader, addressed as "you" (advice, a question, a hypothetical).</summary>
    Reader,

    /// <summary>Someone else ("she", "my brother").</summary>
    Another,

    /// <summary>No one: a topic named with no subject ("what are suicidal thoughts?").</summary>
    Unnamed,
}
