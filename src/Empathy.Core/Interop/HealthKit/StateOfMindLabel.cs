using System.Text.Json.Serialization;

namespace Empathy.Core.Interop.HealthKit;

/// <summary>
/// The words HealthKit offers to describe a felt experience (<c>HKStateOfMind.Label</c>, iOS 18), in
/// Apple's order. In JSON each is Apple's Swift case name (<c>anxious</c>, <c>joyful</c>).
/// </summary>
[JsonConverter(typeof(HealthKitNameConverter<StateOfMindLabel>))]
public enum StateOfMindLabel
{
    /// <summary><c>amazed</c>.</summary>
    Amazed,
    /// <summary><c>amused</c>.</summary>
    Amused,
    /// <summary><c>angry</c>.</summary>
    Angry,
    /// <summary><c>anxious</c>.</summary>
    Anxious,
    /// <summary><c>ashamed</c>.</summary>
    Ashamed,
    /// <summary><c>brave</c>.</summary>
    Brave,
    /// <summary><c>calm</c>.</summary>
    Calm,
    /// <summary><c>content</c>.</summary>
    Content,
    /// <summary><c>disappointed</c>.</summary>
    Disappointed,
    /// <summary><c>discouraged</c>.</summary>
    Discouraged,
    /// <summary><c>disgusted</c>.</summary>
    Disgusted,
    /// <summary><c>embarrassed</c>.</summary>
    Embarrassed,
    /// <summary><c>excited</c>.</summary>
    Excited,
    /// <summary><c>frustrated</c>.</summary>
    Frustrated,
    /// <summary><c>grateful</c>.</summary>
    Grateful,
    /// <summary><c>guilty</c>.</summary>
    Guilty,
    /// <summary><c>happy</c>.</summary>
    Happy,
    /// <summary><c>hopeless</c>.</summary>
    Hopeless,
    /// <summary><c>irritated</c>.</summary>
    Irritated,
    /// <summary><c>jealous</c>.</summary>
    Jealous,
    /// <summary><c>joyful</c>.</summary>
    Joyful,
    /// <summary><c>lonely</c>.</summary>
    Lonely,
    /// <summary><c>passionate</c>.</summary>
    Passionate,
    /// <summary><c>peaceful</c>.</summary>
    Peaceful,
    /// <summary><c>proud</c>.</summary>
    Proud,
    /// <summary><c>relieved</c>.</summary>
    Relieved,
    /// <summary><c>sad</c>.</summary>
    Sad,
    /// <summary><c>scared</c>.</summary>
    Scared,
    /// <summary><c>stressed</c>.</summary>
    Stressed,
    /// <summary><c>surprised</c>.</summary>
    Surprised,
    /// <summary><c>worried</c>.</summary>
    Worried,
    /// <summary><c>annoyed</c>.</summary>
    Annoyed,
    /// <summary><c>confident</c>.</summary>
    Confident,
    /// <summary><c>drained</c>.</summary>
    Drained,
    /// <summary><c>hopeful</c>.</summary>
    Hopeful,
    /// <summary><c>indifferent</c>.</summary>
    Indifferent,
    /// <summary><c>overwhelmed</c>.</summary>
    Overwhelmed,
    /// <summary><c>satisfied</c>.</summary>
    Satisfied,
}
