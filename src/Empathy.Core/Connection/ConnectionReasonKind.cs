namespace Empathy.Core.Connection;

/// <summary>What a <see cref="ConnectionReason"/> is about.</summary>
public enum ConnectionReasonKind
{
    /// <summary>How the score was summed: the interactions counted, the counted durations and the half-life.</summary>
    Score,

    /// <summary>There was no contact at or before the reading, so the status is red.</summary>
    NoContact,

    /// <summary>The time since the last contact against the ideal window and the maximum gap; decides the <see cref="ContactStatus"/>.</summary>
    LastContact,
}
