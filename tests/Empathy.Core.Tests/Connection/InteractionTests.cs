using Empathy.Core.Relationships;
using Empathy.Core.Connection;

namespace Empathy.Core.Tests.Connection;

public class InteractionTests
{
    private static readonly DateTimeOffset Day = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Proximity_OffTheScale_Throws(int proximity) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Interaction { At = Day, Kind = InteractionKind.Call, Proximity = proximity });

    [Fact]
    public void Duration_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Interaction { At = Day, Kind = InteractionKind.Call, Proximity = 5, Duration = TimeSpan.FromMinutes(-1) });

    [Fact]
    public void Kind_Undefined_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Interaction { At = Day, Kind = (InteractionKind)42, Proximity = 5 });

    [Fact]
    public void Relationship_KeepsInteractionsInTimeOrder()
    {
        var late = new Interaction { At = Day.AddDays(2), Kind = InteractionKind.Message, Proximity = 5 };
        var early = late with { At = Day };

        Assert.Equal([early, late], new Relationship { Person = "Sam", Interactions = [late] }.WithInteraction(early).Interactions);
    }

    [Fact]
    public void Relationship_ZeroWindow_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Relationship { Person = "Sam", MaximumContactGap = TimeSpan.Zero });

    [Fact]
    public void Relationship_BlankPerson_Throws() => Assert.Throws<ArgumentException>(() => new Relationship { Person = "" });
}
