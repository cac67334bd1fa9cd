using Empathy.Core.Boundaries;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Components;
using Empathy.Core.Profiles;
using Empathy.Core.Relationships;
using Empathy.Core.Storage;
using Empathy.Core.Walls;

namespace Empathy.Core.Tests.Utils;

/// <summary>
/// A value no enum member names (cast from a number, or read from a newer version) is refused in words
/// a person reads: what it should have been, never the enum's .NET name.
/// </summary>
public class UndefinedEnumMessageTests
{
    private static readonly DateTimeOffset Day = new(2026, 1, 5, 18, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, Action, string> Setters() => new()
    {
        { nameof(InteractionKind), () => _ = new Interaction { At = Day, Kind = (InteractionKind)42, Proximity = 5 }, "42 is not one of the kinds of contact (in person, a video call, a call, a message, other)" },
        { nameof(BoundaryZone), () => _ = new ZoneAssignment { Person = "Sam", Zone = (BoundaryZone)7 }, "7 is not one of the zones (inside, the doorstep, outside)" },
        { nameof(JournalOrder), () => _ = new JournalQuery { Order = (JournalOrder)7 }, "7 is not one of the orders (oldest first, newest first)" },
        { "PracticeQuery", () => _ = new PracticeQuery { Order = (JournalOrder)7 }, "7 is not one of the orders (oldest first, newest first)" },
        { nameof(WallSignal), () => _ = new WallObservation { Signals = [(WallSignal)99] }, "99 is not one of the wall signals" },
        { nameof(ProfileSignal), () => _ = new ProfileObservation { Levels = new EmpathyLevels(1, 1, 1), Signals = [(ProfileSignal)99] }, "99 is not one of the profile signals" },
        { nameof(StatementPart), () => _ = new MessageCheckResult { ExtractedParts = [(StatementPart)99] }, "99 is not one of the parts of a feeling statement" },
        { "WallSignalCatalogue", () => WallSignalCatalogue.Question((WallSignal)99), "99 is not one of the wall signals" },
    };

    [Theory]
    [MemberData(nameof(Setters))]
    public void UndefinedValue_IsRefusedInWords_NotByTypeName(string enumName, Action set, string words)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(set);

        Assert.StartsWith(words, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(enumName, error.Message, StringComparison.Ordinal);
    }
}
