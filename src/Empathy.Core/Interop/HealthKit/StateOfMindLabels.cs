using System.Collections.Frozen;

namespace Empathy.Core.Interop.HealthKit;

/// <summary>
/// Finds the HealthKit label for an emotion name: Apple's own label names first (any case), then a
/// small table of our own words that mean the same (<see cref="DefaultSynonyms"/>, tabled in
/// docs/interop.md). A name that fits neither keeps our own name and gets no label.
/// </summary>
public static class StateOfMindLabels
{
    /// <summary>
    /// Our words that HealthKit names differently, each mapped to the label it means. A heuristic
    /// table, not a clinical one; replace or extend it with <see cref="StateOfMindOptions.LabelSynonyms"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, StateOfMindLabel> DefaultSynonyms { get; } = new Dictionary<string, StateOfMindLabel>(StringComparer.OrdinalIgnoreCase)
    {
        ["afraid"] = StateOfMindLabel.Scared,
        ["frightened"] = StateOfMindLabel.Scared,
        ["fearful"] = StateOfMindLabel.Scared,
        ["nervous"] = StateOfMindLabel.Anxious,
        ["tense"] = StateOfMindLabel.Stressed,
        ["tired"] = StateOfMindLabel.Drained,
        ["exhausted"] = StateOfMindLabel.Drained,
        ["mad"] = StateOfMindLabel.Angry,
        ["furious"] = StateOfMindLabel.Angry,
        ["irritable"] = StateOfMindLabel.Irritated,
        ["envious"] = StateOfMindLabel.Jealous,
        ["thankful"] = StateOfMindLabel.Grateful,
        ["glad"] = StateOfMindLabel.Happy,
        ["joy"] = StateOfMindLabel.Joyful,
        ["relaxed"] = StateOfMindLabel.Calm,
        ["guilt"] = StateOfMindLabel.Guilty,
        ["shame"] = StateOfMindLabel.Ashamed,
        ["alone"] = StateOfMindLabel.Lonely,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, StateOfMindLabel> ByName =
        Enum.GetValues<StateOfMindLabel>().ToFrozenDictionary(label => label.ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The label for <paramref name="emotion"/> by Apple's names, then by <paramref name="synonyms"/>.</summary>
    /// <param name="emotion">An emotion name from a journal entry.</param>
    /// <param name="synonyms">Our words for labels; <see langword="null"/> means <see cref="DefaultSynonyms"/>.</param>
    /// <returns>The label, or <see langword="null"/> when none fits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="emotion"/> is <see langword="null"/>.</exception>
    public static StateOfMindLabel? Find(string emotion, IReadOnlyDictionary<string, StateOfMindLabel>? synonyms = null)
    {
        ArgumentNullException.ThrowIfNull(emotion);
        var name = emotion.Trim();
        if (ByName.TryGetValue(name, out var label))
        {
            return label;
        }

        return (synonyms ?? DefaultSynonyms).TryGetValue(name, out label) ? label : null;
    }

    /// <summary>Apple's Swift case name of <paramref name="label"/> (<c>anxious</c>).</summary>
    /// <param name="label">A label.</param>
    public static string NameOf(StateOfMindLabel label)
    {
        var name = label.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
