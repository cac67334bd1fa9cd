namespace Empathy.Core.Insights.Messages;

/// <summary>One of the four parts of an I-statement.</summary>
public enum StatementPart
{
    /// <summary>What happened, as a camera would have recorded it ("when you didn't answer my call").</summary>
    Observation,

    /// <summary>One's own feeling ("I feel uneasy").</summary>
    Feeling,

    /// <summary>The need behind the feeling ("because I need to know you're safe").</summary>
    Need,

    /// <summary>One concrete, doable request ("Could you text me when you'll be late?").</summary>
    Request,
}
