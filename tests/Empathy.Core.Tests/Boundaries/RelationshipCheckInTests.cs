using Empathy.Core.Relationships;
using Empathy.Core.Boundaries;

namespace Empathy.Core.Tests.Boundaries;

public class RelationshipCheckInTests
{
    private static readonly DateTimeOffset Day = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Strain_IsTheMeanOfTheThreeLevels() =>
        Assert.Equal(50, new RelationshipCheckIn { At = Day, Depletion = 90, Frustration = 40, SelfDoubt = 20 }.Strain);

    [Theory]
    [InlineData(-1, 0, 0, "Depletion")]
    [InlineData(0, 101, 0, "Frustration")]
    [InlineData(0, 0, 200, "SelfDoubt")]
    public void Level_OffTheScale_Throws(int depletion, int frustration, int selfDoubt, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new RelationshipCheckIn { At = Day, Depletion = depletion, Frustration = frustration, SelfDoubt = selfDoubt });

        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void Record_KeepsCheckInsInTimeOrder()
    {
        var late = new RelationshipCheckIn { At = Day.AddDays(3), Depletion = 1, Frustration = 1, SelfDoubt = 1 };
        var early = late with { At = Day };

        var record = new Relationship { Person = "Alex", CheckIns = [late] }.WithCheckIn(early);

        Assert.Equal([early, late], record.CheckIns);
    }

    [Fact]
    public void Record_BlankPerson_Throws() => Assert.Throws<ArgumentException>(() => new Relationship { Person = " " });
}
