namespace Empathy.Core.Relationships;

/// <summary>How two people were in contact.</summary>
public enum InteractionKind
{
    /// <summary>Together in the same place.</summary>
    InPerson,

    /// <summary>A video call.</summary>
    VideoCall,

    /// <summary>A voice call.</summary>
    Call,

    /// <summary>Written messages (texts, letters, emails).</summary>
    Message,

    /// <summary>Any other kind of contact.</summary>
    Other,
}
