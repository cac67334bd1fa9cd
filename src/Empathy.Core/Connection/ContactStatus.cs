namespace Empathy.Core.Connection;

/// <summary>How recent the last contact is, against the ideal and the maximum contact windows.</summary>
public enum ContactStatus
{
    /// <summary>The last contact is within the ideal window (at most <c>IdealContactEvery</c> ago).</summary>
    Green,

    /// <summary>Past the ideal window but within the maximum gap (at most <c>MaximumContactGap</c> ago).</summary>
    Yellow,

    /// <summary>Past the maximum gap, or no contact at all: the connection is being starved.</summary>
    Red,
}
