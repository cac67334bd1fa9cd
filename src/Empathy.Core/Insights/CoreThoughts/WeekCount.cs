namespace Empathy.Core.Insights.CoreThoughts;

/// <summary>How many thoughts of a theme were felt in one week.</summary>
/// <param name="WeekStart">The first day of the week (see <see cref="InsightOptions.FirstDayOfWeek"/>).</param>
/// <param name="Count">How many thoughts of the theme were felt that week.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record WeekCount(DateOnly WeekStart, int Count);
