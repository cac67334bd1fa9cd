namespace Empathy.Core.Profiles;

/// <summary>How a value was compared with a threshold in a diagnosis reason.</summary>
public enum ThresholdComparison
{
    /// <summary>The value is strictly below the threshold.</summary>
    Below,

    /// <summary>The value is at or above the threshold.</summary>
    AtLeast,
}
