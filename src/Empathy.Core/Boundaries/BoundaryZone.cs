namespace Empathy.Core.Boundaries;

/// <summary>How far into one's inner world a person is allowed: the territory has an inside, a doorstep and an outside.</summary>
public enum BoundaryZone
{
    /// <summary>Welcome inside for a visit: trusted with feelings and private matters.</summary>
    Inside,

    /// <summary>Spoken to at the door: polite, limited contact, nothing private.</summary>
    Doorstep,

    /// <summary>Kept out: no access to one's inner world.</summary>
    Outside,
}
