namespace Empathy.Core.Profiles;

/// <summary>A pattern read from the three empathy levels and from how well boundaries are kept.</summary>
public enum EmpathyProfile
{
    /// <summary>No pattern dominates; the levels do not support any profile with enough margin.</summary>
    Unclear,

    /// <summary>All three components present and boundaries kept: can dive in and surface again.</summary>
    Balanced,

    /// <summary>All three components weak: something fragile is handed over and nothing comes back.</summary>
    DryWell,

    /// <summary>Cognitive empathy high, affective empathy and concern absent: insight used to steer.</summary>
    HuntingGround,

    /// <summary>Affective empathy high while boundaries, cognitive clarity or concern are weak: feels everything, drains.</summary>
    Flood,

    /// <summary>Expression of empathy without the feeling or the action behind it.</summary>
    Performative,
}
