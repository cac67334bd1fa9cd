namespace Empathy.Core.Insights;

/// <summary>When a crisis phrase happens, read from time words in its sentence.</summary>
public enum CrisisTime
{
    /// <summary>Now (the default when the sentence names no other time).</summary>
    Current,

    /// <summary>In the past ("when I was 15", "years ago", "back then", "I used to").</summary>
    Past,
}
