namespace Empathy.Core.Profiles;

/// <summary>What a <see cref="ProfileReason"/> is about.</summary>
public enum ProfileReasonKind
{
    /// <summary>A component level compared with a threshold.</summary>
    Level,

    /// <summary>Boundary keeping compared with a threshold.</summary>
    BoundaryKeeping,

    /// <summary>An observed <see cref="ProfileSignal"/>.</summary>
    Signal,
}
