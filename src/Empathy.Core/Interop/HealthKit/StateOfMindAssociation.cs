using System.Text.Json.Serialization;

namespace Empathy.Core.Interop.HealthKit;

/// <summary>
/// The facets of life HealthKit lets a state of mind be associated with (<c>HKStateOfMind.Association</c>),
/// one for each <see cref="Journal.LifeArea"/> of the same name.
/// </summary>
[JsonConverter(typeof(HealthKitNameConverter<StateOfMindAssociation>))]
public enum StateOfMindAssociation
{
    /// <summary><c>community</c>.</summary>
    Community,
    /// <summary><c>currentEvents</c>.</summary>
    CurrentEvents,
    /// <summary><c>dating</c>.</summary>
    Dating,
    /// <summary><c>education</c>.</summary>
    Education,
    /// <summary><c>family</c>.</summary>
    Family,
    /// <summary><c>fitness</c>.</summary>
    Fitness,
    /// <summary><c>friends</c>.</summary>
    Friends,
    /// <summary><c>health</c>.</summary>
    Health,
    /// <summary><c>hobbies</c>.</summary>
    Hobbies,
    /// <summary><c>identity</c>.</summary>
    Identity,
    /// <summary><c>money</c>.</summary>
    Money,
    /// <summary><c>partner</c>.</summary>
    Partner,
    /// <summary><c>selfCare</c>.</summary>
    SelfCare,
    /// <summary><c>spirituality</c>.</summary>
    Spirituality,
    /// <summary><c>tasks</c>.</summary>
    Tasks,
    /// <summary><c>travel</c>.</summary>
    Travel,
    /// <summary><c>work</c>.</summary>
    Work,
    /// <summary><c>weather</c>.</summary>
    Weather,
}
