using System.Runtime.CompilerServices;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// The shared texts of a matcher's findings (<see cref="InsightFindingText"/>), one per pattern, made
/// once per matcher and kept as long as it lives, so every check on that matcher builds a finding
/// from one array read.
/// </summary>
/// <remarks>Thread-safe: the table makes the array at most once per matcher.</remarks>
internal static class FindingTexts
{
    private static readonly ConditionalWeakTable<Matcher, InsightFindingText[]> ByMatcher = new();

    /// <summary>The texts of <paramref name="matcher"/>'s findings, indexed by pattern.</summary>
    public static InsightFindingText[] Of(Matcher matcher) => ByMatcher.GetValue(matcher, Make);

    private static InsightFindingText[] Make(Matcher matcher)
    {
        var texts = new InsightFindingText[matcher.Patterns.Length];
        for (var p = 0; p < texts.Length; p++)
        {
            var pattern = matcher.Patterns[p];
            var rule = matcher.Rules[pattern.Rule];
            texts[p] = new InsightFindingText(rule.Id, rule.Kind, pattern.Phrase, rule.Why, rule.TryInstead);
        }

        return texts;
    }
}
