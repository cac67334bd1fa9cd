using Empathy.Core.Boundaries;

namespace Empathy.Core.Tests.Boundaries;

public class BoundaryMapTests
{
    private static readonly DateTimeOffset Noon = new(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WithZone_PlacesThePerson_AndLeavesTheOriginalUnchanged()
    {
        var original = BoundaryMap.Empty;

        var map = original.WithZone("Sam", BoundaryZone.Inside);

        Assert.Equal(BoundaryZone.Inside, map.ZoneOf("Sam"));
        Assert.Null(original.ZoneOf("Sam"));
    }

    [Fact]
    public void WithZone_SamePersonIgnoringCase_ReplacesTheZone()
    {
        var map = BoundaryMap.Empty.WithZone("Sam", BoundaryZone.Inside).WithZone(" sam ", BoundaryZone.Outside);

        Assert.Single(map.Zones);
        Assert.Equal(BoundaryZone.Outside, map.ZoneOf("SAM"));
    }

    [Fact]
    public void ZoneOf_UnplacedPerson_IsNull() => Assert.Null(BoundaryMap.Empty.WithZone("Sam", BoundaryZone.Doorstep).ZoneOf("Alex"));

    [Fact]
    public void WithoutPerson_RemovesOnlyThem()
    {
        var map = BoundaryMap.Empty.WithZone("Sam", BoundaryZone.Inside).WithZone("Alex", BoundaryZone.Doorstep).WithoutPerson("sam");

        Assert.Null(map.ZoneOf("Sam"));
        Assert.Equal(BoundaryZone.Doorstep, map.ZoneOf("Alex"));
    }

    [Fact]
    public void WithoutPerson_Unplaced_ReturnsTheSameMap()
    {
        var map = BoundaryMap.Empty.WithZone("Sam", BoundaryZone.Inside);

        Assert.Same(map, map.WithoutPerson("Alex"));
    }

    [Fact]
    public void Zones_SamePersonTwice_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new BoundaryMap
        {
            Zones = [new() { Person = "Sam", Zone = BoundaryZone.Inside }, new() { Person = "SAM", Zone = BoundaryZone.Outside }],
        });

        Assert.Contains("more than one zone", error.Message);
    }

    [Fact]
    public void ZoneAssignment_UndefinedZone_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ZoneAssignment { Person = "Sam", Zone = (BoundaryZone)7 });

    [Fact]
    public void ZoneAssignment_BlankPerson_Throws() =>
        Assert.Throws<ArgumentException>(() => new ZoneAssignment { Person = "", Zone = BoundaryZone.Inside });

    [Fact]
    public void WithRule_ThenWithoutRule_RoundTrips()
    {
        var rule = new IfThenRule { Behaviour = "you shout", Consequence = "I will leave the room" };

        var map = BoundaryMap.Empty.WithRule(rule);

        Assert.Equal([rule], map.Rules);
        Assert.Empty(map.WithoutRule(rule).Rules);
    }

    [Fact]
    public void Evaluate_ReturnsOnlyActiveRulesThatFire()
    {
        var shouting = new IfThenRule { Behaviour = "shout", Consequence = "I will leave the room" };
        var shoutingOld = new IfThenRule { Behaviour = "shout", Consequence = "I will hang up", IsActive = false };
        var lateness = new IfThenRule { Behaviour = "late", Consequence = "I will start without you" };
        var map = BoundaryMap.Empty.WithRule(shouting).WithRule(shoutingOld).WithRule(lateness);

        var evaluation = map.Evaluate("She shouted at me at dinner", Noon);

        Assert.Equal([shouting], evaluation.Fired);
        Assert.Equal([RuleOutcomeKind.Fired, RuleOutcomeKind.Inactive, RuleOutcomeKind.NoMatch], evaluation.Outcomes.Select(o => o.Kind));
    }

    [Fact]
    public void Evaluate_NoRules_FiresNothing() => Assert.Empty(BoundaryMap.Empty.Evaluate("anything", Noon).Fired);
}
