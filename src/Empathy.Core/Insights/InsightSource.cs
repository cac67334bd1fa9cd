namespace Empathy.Core.Insights;

/// <summary>Where a piece of analysed text came from.</summary>
public enum InsightSource
{
    /// <summary>Any text, with no further context.</summary>
    Text,

    /// <summary>Text given to the observation check (usually the "what happened" layer).</summary>
    Observation,

    /// <summary>A message about to be sent, given to the message check.</summary>
    Message,

    /// <summary>A drafted reply, given to the reply check.</summary>
    Reply,

    /// <summary>The "what happened" layer of a journal entry.</summary>
    WhatHappened,

    /// <summary>One automatic thought of a journal entry.</summary>
    AutomaticThought,

    /// <summary>One body sensation of a journal entry.</summary>
    BodySensation,

    /// <summary>The "what I did" layer of a journal entry.</summary>
    WhatIDid,
}
