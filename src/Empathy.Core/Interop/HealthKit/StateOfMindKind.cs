using System.Text.Json.Serialization;

namespace Empathy.Core.Interop.HealthKit;

/// <summary>
/// The two kinds of HealthKit state of mind (<c>HKStateOfMind.Kind</c>): how one feels at a moment,
/// or how the day has felt as a whole.
/// </summary>
[JsonConverter(typeof(HealthKitNameConverter<StateOfMindKind>))]
public enum StateOfMindKind
{
    /// <summary>An emotion felt at one moment (<c>momentaryEmotion</c>); what a journal entry records.</summary>
    MomentaryEmotion,

    /// <summary>The mood of a whole day (<c>dailyMood</c>); an entry tagged with <see cref="StateOfMindOptions.DailyMoodTag"/>.</summary>
    DailyMood,
}
