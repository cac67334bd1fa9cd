using Empathy.Core.Interop.HealthKit;
using Empathy.Core.Journal;

namespace Empathy.Core.Interop.Tests.HealthKit;

public class StateOfMindSampleTests
{
    private static readonly DateTimeOffset Felt = new(2026, 11, 28, 15, 30, 0, TimeSpan.FromHours(-5));

    private static StateOfMindSample Sample() => new() { EntryId = JournalEntryId.New(), Date = Felt, Kind = StateOfMindKind.MomentaryEmotion, Valence = 0 };

    public static TheoryData<string, Action, string> UndefinedValues() => new()
    {
        { nameof(StateOfMindKind), () => _ = Sample() with { Kind = (StateOfMindKind)9 }, "9 is not one of the state-of-mind kinds (a momentary emotion, a daily mood)" },
        { nameof(StateOfMindLabel), () => _ = Sample() with { Labels = [(StateOfMindLabel)999] }, "999 is not one of the HealthKit labels" },
        { nameof(StateOfMindAssociation), () => _ = Sample() with { Associations = [(StateOfMindAssociation)999] }, "999 is not one of the HealthKit associations" },
        { nameof(StateOfMindLabel), () => _ = new StateOfMindEmotion { Name = "afraid", Label = (StateOfMindLabel)999, IntensityBefore = 10 }, "999 is not one of the HealthKit labels" },
    };

    [Theory]
    [MemberData(nameof(UndefinedValues))]
    public void UndefinedValue_IsRefusedInWords_NotByTypeName(string enumName, Action set, string words)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(set);

        Assert.StartsWith(words, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(enumName, error.Message, StringComparison.Ordinal);
    }
}
