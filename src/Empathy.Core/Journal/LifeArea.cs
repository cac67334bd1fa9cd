namespace Empathy.Core.Journal;

/// <summary>
/// A part of life an entry is about. The names follow the association identifiers of Apple
/// HealthKit's state-of-mind records, so entries can be exchanged with apps that use them.
/// </summary>
public enum LifeArea
{
    /// <summary>Community.</summary>
    Community,
    /// <summary>Current events.</summary>
    CurrentEvents,
    /// <summary>Dating.</summary>
    Dating,
    /// <summary>Education.</summary>
    Education,
    /// <summary>Family.</summary>
    Family,
    /// <summary>Fitness.</summary>
    Fitness,
    /// <summary>Friends.</summary>
    Friends,
    /// <summary>Health.</summary>
    Health,
    /// <summary>Hobbies.</summary>
    Hobbies,
    /// <summary>Identity.</summary>
    Identity,
    /// <summary>Money.</summary>
    Money,
    /// <summary>Partner.</summary>
    Partner,
    /// <summary>Self-care.</summary>
    SelfCare,
    /// <summary>Spirituality.</summary>
    Spirituality,
    /// <summary>Tasks.</summary>
    Tasks,
    /// <summary>Travel.</summary>
    Travel,
    /// <summary>Weather.</summary>
    Weather,
    /// <summary>Work.</summary>
    Work,
}
